// A long list split into pages, each knowing its number and its neighbours'. Where each page
// lives is src/present/routes.ts's business.
export interface ListPage<T> {
  items: T[];
  /** From 1. */
  number: number;
  /** The number of the last page. */
  last: number;
  /** How many items there are over all the pages. */
  total: number;
  prev?: number;
  next?: number;
}

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
      ...(number > 1 ? { prev: number - 1 } : {}),
      ...(number < last ? { next: number + 1 } : {}),
    };
  });
}
