// The search page's script speaks the page's language: the page makes its sentences ready from the
// catalogue (src/present/client-words.ts) and the browser finishes them (src/client/sentences.ts).
// Run here in Node, with the same Intl the browser has.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { announcement, SEARCH_SENTENCES } from '../../src/client/search-words.ts';
import { say } from '../../src/client/sentences.ts';
import { NotForTheBrowser, sentenceBook, sentenceOf } from '../../src/present/client-words.ts';
import { formatDate } from '../../src/model/days.ts';
import { messagesOf } from '../../src/present/messages.ts';
import { catalogueCodes, messagesIn } from '../helpers/messages.ts';

// Each language read once: reading a catalogue costs far more than any one check here.
const messages = new Map(catalogueCodes().map((lang) => [lang, messagesIn(lang)]));
const books = new Map([...messages].map(([lang, m]) => [lang, sentenceBook(m, SEARCH_SENTENCES)]));
const bookIn = (lang: string) => books.get(lang)!;
const en = bookIn('en');
const pl = bookIn('pl');
const ar = bookIn('ar');

describe('the announcement of what a search found', () => {
  it('counts results in English as the search page always has', () => {
    expect(announcement(en, 1, '', [])).toBe('1 result.');
    expect(announcement(en, 3, 'advocate', [])).toBe('3 results for “advocate”.');
  });
  it('writes a large count with the language’s thousands separator', () => {
    expect(announcement(en, 1234, 'housing', [])).toBe('1,234 results for “housing”.');
  });
  it('says when nothing was found, and suggests other words or fewer filters', () => {
    expect(announcement(en, 0, 'zebra', ['Meeting'])).toBe(
      'No results for “zebra”. Try other words, or fewer filters.',
    );
    expect(announcement(en, 0, '', ['Meeting'])).toBe('No results. Try other words, or fewer filters.');
  });
  it('names the filters ticked as the page’s boxes name them', () => {
    expect(announcement(en, 2, 'crisis', ['Meeting', 'Kestrel House Wellbeing'])).toBe(
      '2 results for “crisis”, filtered by Meeting, Kestrel House Wellbeing.',
    );
    expect(announcement(en, 4, '', ['Disputed'])).toBe('4 results, filtered by Disputed.');
  });
  it('counts in Polish with its forms for one, a few and many: 1 wynik, 2 wyniki, 5 wyników, 12 wyników, 22 wyniki', () => {
    expect([1, 2, 5, 12, 22, 25, 104].map((n) => announcement(pl, n, '', []))).toEqual([
      '1 wynik.',
      '2 wyniki.',
      '5 wyników.',
      '12 wyników.',
      '22 wyniki.',
      '25 wyników.',
      '104 wyniki.',
    ]);
  });
  it('puts Polish quotation marks round the words searched for', () => {
    expect(announcement(pl, 22, 'mieszkanie', [])).toBe('22 wyniki dla „mieszkanie”.');
  });
  it('counts in Arabic with its forms for one, two, a few and many', () => {
    expect([1, 2, 3, 11, 100].map((n) => announcement(ar, n, '', []))).toEqual([
      'نتيجة واحدة.',
      'نتيجتان.',
      '3 نتائج.',
      '11 نتيجة.',
      '100 نتيجة.',
    ]);
  });
  it('keeps the words searched for apart in Arabic, so an English word keeps its own direction', () => {
    expect(announcement(ar, 3, 'housing', [])).toBe('3 نتائج عن «\u2068housing\u2069».');
  });
});

describe('the sentences finished in the browser', () => {
  const sentences = Object.keys(SEARCH_SENTENCES) as (keyof typeof SEARCH_SENTENCES)[];
  it('say exactly what the catalogue’s own formatter says, in every language, for any count and any words', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...catalogueCodes()),
        fc.constantFrom(...sentences),
        fc.nat({ max: 2_000_000 }),
        fc.string(),
        fc.string(),
        (lang, name, count, words, filters) => {
          const values = { count, words, filters, ref: words, said: words };
          expect(say(bookIn(lang), name, values)).toBe(messages.get(lang)!.t(SEARCH_SENTENCES[name], values));
        },
      ),
    );
  });
  it('choose an exact form for its number before the number’s category, as the formatter does', () => {
    const m = messagesOf('en', { left: '{count, plural, =0 {none left} one {# left} other {# left}} of {count}' });
    const book = sentenceBook(m, { left: 'left' });
    expect([0, 1, 2].map((count) => say(book, 'left', { count }))).toEqual([
      'none left of 0',
      '1 left of 1',
      '2 left of 2',
    ]);
  });
  it('are refused when they hold a link, which only the page can write', () => {
    expect(() => sentenceOf(messages.get('en')!, 'search.unavailable')).toThrow(NotForTheBrowser);
  });
  it('carry only the forms the language has: Polish one, few, many and other', () => {
    expect(Object.keys(pl.sentences.found!.forms).sort()).toEqual(['few', 'many', 'one', 'other']);
    expect(en.sentences.searching).toEqual({ forms: { other: ['Searching…'] } });
  });
});

describe('the dates of results', () => {
  it('are written as the page’s language writes them', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...catalogueCodes()),
        fc.date({ min: new Date('1990-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        (lang, when) => {
          const day = when.toISOString().slice(0, 10);
          expect(formatDate(day, bookIn(lang).locale)).toBe(messages.get(lang)!.date(day));
        },
      ),
    );
  });
  it('read 12 Mart 2026 on the Turkish page', () => {
    expect(formatDate('2026-03-12', bookIn('tr').locale)).toBe('12 Mart 2026');
  });
});
