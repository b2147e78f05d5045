// A long list split into pages for a listing, with the address of each page. Pages after the
// first live under `page/N/`, a path no entry id can take (ids are one path segment).
export interface ListPage<T> {
  items: T[];
  number: number;
  last: number;
  total: number;
  /** The page's path segment after the listing's own address: '' for the first, 'page/2' for the second. */
  segment: string;
  prev?: string;
  next?: string;
}

export const segmentOf = (n: number) => (n === 1 ? '' : `page/${n}`);

/** Splits `items` into pages of `size` (always at least one page, so an empty list still has its page). */
export function splitPages<T>(items: readonly T[], size: number): ListPage<T>[] {
  const last = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: last }, (_, i) => {
    const number = i + 1;
    return {
      items: items.slice(i * size, number * size),
      number,
      last,
      total: items.length,
      segment: segmentOf(number),
      ...(number > 1 ? { prev: segmentOf(number - 1) } : {}),
      ...(number < last ? { next: segmentOf(number + 1) } : {}),
    };
  });
}
