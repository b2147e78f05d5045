// An English word agreeing with a number, for what is only ever English: the content check's messages
// to volunteers and the feeds' sentences. The site's pages use plurals in the catalogues instead
// (src/present/catalogues), which follow each language's own rules.

/** The word that goes with `n`: `one` for exactly 1, else `many` (the word with an s, unless given). */
export function pluralWord(n: number, one: string, many = `${one}s`): string {
  return n === 1 ? one : many;
}

/** The number and its word: "1 day", "12 days", "1 commitment is", "3 commitments are". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${pluralWord(n, one, many)}`;
}
