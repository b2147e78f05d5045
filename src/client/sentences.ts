// Finishes, in the browser, a sentence the page made ready from the catalogue (src/present/client-words.ts):
// picks the plural form for the number, fills in the values, and writes numbers the language's way,
// just as the catalogue's formatter does when the page is built.
import type { SentenceBook } from '../present/client-words.ts';

/** What a sentence fills in: a number for its plural, words typed or ticked. */
export type SentenceValues = Record<string, string | number>;

/** Words set apart from a right-to-left sentence, so a left-to-right name keeps its own direction there. */
export function isolated(book: SentenceBook, words: string): string {
  return book.dir === 'rtl' ? `\u2068${words}\u2069` : words;
}

/** Sentence `name` of `book` with `values` filled in. */
export function say(book: SentenceBook, name: string, values: SentenceValues = {}): string {
  const sentence = book.sentences[name];
  if (!sentence) throw new Error(`The page gave no words for "${name}".`);
  let form = 'other';
  if (sentence.plural) {
    const n = Number(values[sentence.plural]);
    form = `=${n}` in sentence.forms ? `=${n}` : new Intl.PluralRules(book.locale).select(n);
  }
  const parts = sentence.forms[form] ?? sentence.forms.other ?? [];
  return parts
    .map((part) => {
      if (typeof part === 'string') return part;
      const value = values[part.value];
      if (value === undefined) throw new Error(`The words for "${name}" need a value for {${part.value}}.`);
      if (part.number) return new Intl.NumberFormat(book.locale).format(Number(value));
      return typeof value === 'string' ? isolated(book, value) : String(value);
    })
    .join('');
}
