// The search page's script and the open data pages in other languages, as built: the script is
// handed its sentences in the page's language and ships none of its own in English, and the open
// data page writes English only where it marks it as English (the contract's descriptions of columns).
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileFor } from '../gates/gates.ts';
import type { SentenceBook } from '../../src/present/client-words.ts';
import { announcement } from '../../src/client/search-words.ts';
import { say } from '../../src/client/sentences.ts';

const siteDir = inject('siteDir');
const htmlOf = (path: string) => readFileSync(fileFor(siteDir, path), 'utf8');
const mainOf = (path: string) => /<main\b[\s\S]*<\/main>/.exec(htmlOf(path))![0];
const unescape = (text: string) =>
  text
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** The sentences the search page hands its script. */
const bookOf = (path: string) => JSON.parse(unescape(/data-words="([^"]*)"/.exec(htmlOf(path))![1]!)) as SentenceBook;
/** The search page's own script, as the browser fetches it. */
const scriptOf = (path: string) =>
  readFileSync(join(siteDir, /<script type="module" src="([^"]+)"/.exec(htmlOf(path))![1]!), 'utf8');

// What the script wrote in English before it spoke the page's language (its code names results, so
// the sentences are looked for whole).
const ENGLISH = [
  'Searching…',
  'what happened',
  'Reference code',
  'You said',
  'results for',
  ' result.',
  'filtered by',
  'not working right now',
  'Try other words',
];

describe('the search page’s script', () => {
  it('is handed Turkish words on the Turkish page', () => {
    const book = bookOf('/tr/search/');
    expect(say(book, 'searching')).toBe('Aranıyor…');
    expect(announcement(book, 3, 'kafe', [])).toBe('“kafe” için 3 sonuç.');
    expect(say(book, 'pinnedTitle', { ref: 'YS-2025-014' })).toBe('YS-2025-014: ne oldu');
  });
  it('is handed Arabic words on the Arabic page, to be read right to left', () => {
    const book = bookOf('/ar/search/');
    expect(book.dir).toBe('rtl');
    expect(say(book, 'searching')).toBe('جارٍ البحث…');
    expect(announcement(book, 2, '', [])).toBe('نتيجتان.');
    expect(htmlOf('/ar/search/')).toMatch(/<html lang="ar" dir="rtl"/);
  });
  it.each(['/tr/search/', '/ar/search/'])('on %s, is handed none of the words it used to write in English', (path) => {
    const handed = JSON.stringify(bookOf(path));
    for (const english of ENGLISH) expect(handed).not.toContain(english);
  });
  it('carries no English sentences of its own', () => {
    const script = scriptOf('/tr/search/');
    for (const english of ENGLISH) expect(script).not.toContain(english);
  });
  it('says search is not working in Turkish, with links to the Turkish lists', () => {
    const words = /<template data-message="search-unavailable"[^>]*>([\s\S]*?)<\/template>/.exec(
      htmlOf('/tr/search/'),
    )![1]!;
    expect(words).toContain('Arama şu anda çalışmıyor.');
    expect(words).toContain('<a href="/tr/commitments/#by-status">');
    expect(words).toContain('<a href="/tr/you-said/">');
  });
});

/** The page's main words, leaving out what is marked as English and what is code (names of fields and files). */
const unmarkedWords = (path: string) =>
  mainOf(path)
    .replace(/<(\w+) lang="en"[^>]*>[\s\S]*?<\/\1>/g, ' ')
    .replace(/<code\b[^>]*>[^<]*<\/code>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

// Words no Turkish, Polish or Arabic sentence has, but nearly every English one does.
const ENGLISH_WORDS = /\b(the|and|of|is|are|its|what|with|from|every|row|rows|text|worked|written)\b/i;

describe('the open data pages in other languages', () => {
  it.each(['/tr/data/', '/pl/data/', '/ar/data/', '/tr/data/schema/', '/ar/data/schema/'])(
    '%s has no English outside what it marks as English',
    (path) => {
      expect(unmarkedWords(path).match(ENGLISH_WORDS)?.[0]).toBeUndefined();
    },
  );
  it('marks the description of every column as English, written left to right', () => {
    const main = mainOf('/tr/data/');
    const rows = main
      .match(/<tbody>[\s\S]*?<\/tbody>/g)!
      .join('')
      .match(/<tr>/g)!.length;
    expect(rows).toBeGreaterThan(100);
    expect(main.match(/<span lang="en" dir="ltr">/g)).toHaveLength(rows);
  });
  it('says once, in Turkish, that the descriptions are in English', () => {
    expect(mainOf('/tr/data/').match(/İngilizce açıklanmıştır/g)).toHaveLength(1);
  });
  it('shows each field’s name as code, left to right', () => {
    const names = mainOf('/ar/data/').match(/<th scope="row">[\s\S]*?<\/th>/g)!;
    for (const name of names) expect(name).toMatch(/^<th scope="row"><code dir="ltr">[\w]+<\/code><\/th>$/);
  });
  it('names each table and counts its rows in Polish', () => {
    const main = mainOf('/pl/data/');
    expect(main).toContain('<h3 id="table-partners">Partnerzy</h3>');
    expect(main).toMatch(/Każdy wpis na stronie, jeden w wierszu: [^<]*\. 7 wierszy\./);
  });
});

describe('the open data page in English', () => {
  it('reads as it did, with no note that its descriptions are in English', () => {
    const main = mainOf('/data/');
    expect(main).toContain('<h3 id="table-partners">Partners</h3>');
    expect(main).toMatch(/the fields volunteers write, and what the site works out about each\. 7 rows\./);
    expect(main).not.toContain('described in English');
  });
});
