// What the search page's script says, in the page's language: the sentences it needs, by the keys
// of the catalogues they come from, and the announcement of what a search found.
import type { SentenceBook } from '../present/client-words.ts';
import { isolated, say } from './sentences.ts';

/** The script's sentences: its name for each, and the catalogue key the page takes it from. */
export const SEARCH_SENTENCES = {
  searching: 'search.searching',
  pinnedTitle: 'youSaid.refTitle',
  referenceCode: 'glossary.referenceCode',
  youSaid: 'search.typeYouSaid',
  pinnedSaid: 'search.pinnedSaid',
  none: 'search.none',
  noneFor: 'search.noneFor',
  found: 'search.found',
  foundFor: 'search.foundFor',
  foundFiltered: 'search.foundFiltered',
  foundForFiltered: 'search.foundForFiltered',
} as const;

/**
 * The sentence a screen reader hears once a search has its results: how many, for what words, and
 * with which filters, named as the page's boxes name them.
 */
export function announcement(book: SentenceBook, total: number, words: string, ticked: readonly string[]): string {
  if (total === 0) return say(book, words ? 'noneFor' : 'none', { words });
  // A plain list, neither "and" nor "or": ticks in one filter widen the search, in two narrow it.
  const filters = new Intl.ListFormat(book.locale, { type: 'unit' }).format(ticked.map((t) => isolated(book, t)));
  const name = words ? (ticked.length ? 'foundForFiltered' : 'foundFor') : ticked.length ? 'foundFiltered' : 'found';
  return say(book, name, { count: total, words, filters });
}
