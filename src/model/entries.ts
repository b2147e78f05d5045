// Entries as the model receives them, and the few tools every view is built with: lists that
// carry their count, indexes by id, buckets, and the orders the site lists things in. Each tool
// walks its input once, so the read model is built in time linear in the content.
import type { LanguageState, Translations } from './translations.ts';

export interface Entry<T> {
  id: string;
  data: T;
  /** The entry's body as HTML, rendered and sanitised by the content check; absent when it has none. */
  html?: string;
  /** Its translations, for `inLanguage` (./translations.ts). */
  translations?: Translations;
  /** In a portal built in a language: how much of this entry is in it. */
  translation?: LanguageState;
}

/** A list as it is shown: its items in order, and how many there are. */
export interface Listing<T> {
  items: T[];
  count: number;
}

export function listing<T>(items: T[]): Listing<T> {
  return { items, count: items.length };
}

/** The list when it has something in it, else undefined: for the parts of an entry shown only when there are some. */
export function nonEmpty<T>(items: T[] | undefined): T[] | undefined {
  return items !== undefined && items.length > 0 ? items : undefined;
}

/** Views found by id, each with its place in the order they were indexed in. */
export interface Index<T extends { id: string }> {
  get(id: string): T | undefined;
  /** The view with this id; a missing one is a broken reference the content check should have caught. */
  must(id: string, from: string): T;
  /** The views `ids` name, each once, in the index's order; an id that names nothing is left out. */
  pick(ids: readonly string[] | undefined): T[];
}

export function indexById<T extends { id: string }>(ordered: readonly T[]): Index<T> {
  const byId = new Map<string, { view: T; place: number }>();
  ordered.forEach((view, place) => byId.set(view.id, { view, place }));
  return {
    get: (id) => byId.get(id)?.view,
    must(id, from) {
      const found = byId.get(id);
      if (!found) throw new Error(`${from} names "${id}", which does not exist.`);
      return found.view;
    },
    pick(ids = []) {
      return [...new Set(ids)]
        .flatMap((id) => byId.get(id) ?? [])
        .sort((a, b) => a.place - b.place)
        .map((found) => found.view);
    },
  };
}

/**
 * The items sorted into buckets by the keys each one names (an item goes into a bucket once, however
 * often it names the key), keeping the items' order inside each bucket.
 */
export function bucket<T>(
  items: readonly T[],
  keysOf: (item: T) => readonly string[] | string | undefined,
): Buckets<T> {
  const buckets = new Map<string, T[]>();
  for (const item of items) {
    const keys = keysOf(item);
    for (const key of new Set(typeof keys === 'string' ? [keys] : (keys ?? []))) {
      const list = buckets.get(key);
      if (list) list.push(item);
      else buckets.set(key, [item]);
    }
  }
  return { of: (key) => buckets.get(key) ?? [] };
}

export interface Buckets<T> {
  /** The items in the bucket for `key`, in order; none when no item named it. */
  of(key: string): T[];
}

/** Newest first by date; the id settles a tie, so the order is the same on every build. */
export const newestFirst = <T extends { date: string }>(a: Entry<T>, b: Entry<T>) =>
  b.data.date.localeCompare(a.data.date) || b.id.localeCompare(a.id);

export const byTitle = <T extends { title: string }>(a: Entry<T>, b: Entry<T>) =>
  a.data.title.localeCompare(b.data.title);

export const byName = <T extends { name: string }>(a: Entry<T>, b: Entry<T>) => a.data.name.localeCompare(b.data.name);

/** Reference codes in number order: YS-2025-9 before YS-2025-10. */
export const byRefNumber = <T extends { ref: string }>(a: Entry<T>, b: Entry<T>) =>
  a.data.ref.localeCompare(b.data.ref, 'en', { numeric: true });

/**
 * Reference codes compared as plain text: the order a commitment's page has always listed its
 * inputs in. It agrees with {@link byRefNumber} while codes' numbers have the same number of digits.
 */
export const byRefText = <T extends { ref: string }>(a: Entry<T>, b: Entry<T>) => a.data.ref.localeCompare(b.data.ref);
