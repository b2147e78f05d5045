// The help page and the page-not-found page in other languages, as built: someone in distress who
// reads Turkish or Arabic meets no English around the services, phone numbers keep their digits in
// order in Arabic, and the one 404 page points each language to its own home.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileFor } from '../gates/gates.ts';

const siteDir = inject('siteDir');
const htmlOf = (path: string) => readFileSync(fileFor(siteDir, path), 'utf8');
/** The words of the page's main part, as a reader meets them. */
const mainText = (path: string) =>
  /<main\b[\s\S]*<\/main>/
    .exec(htmlOf(path))![0]
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\s+/g, ' ');

describe('the help page in Turkish', () => {
  it('is headed and explained in Turkish', () => {
    const text = mainText('/tr/help/');
    expect(text).toContain('Hemen yardım alın');
    expect(text).toContain('Bu site bir kriz hizmeti değildir.');
  });
  it('has none of the English words around the services left', () => {
    const text = mainText('/tr/help/');
    for (const english of ['Get help now', 'About this website', 'not a crisis service', 'Website:', 'Open:'])
      expect(text).not.toContain(english);
  });
});

describe('the help page in Arabic', () => {
  it('is right to left, and every phone number inside it is written left to right', () => {
    const html = htmlOf('/ar/help/');
    expect(html).toMatch(/<html lang="ar" dir="rtl"/);
    const main = /<main\b[\s\S]*<\/main>/.exec(html)![0];
    const calls = main.match(/<a [^>]*href="tel:[^"]*"[^>]*>/g) ?? [];
    expect(calls.length).toBeGreaterThan(0);
    for (const call of calls) expect(call).toContain('dir="ltr"');
  });
});

describe('the page not found', () => {
  it('says in Turkish, Polish and Arabic, each marked with its language and direction, where its home is', () => {
    const html = htmlOf('/404.html');
    expect(html).toMatch(/<p lang="tr" dir="ltr"[^>]*>[^<]*<a href="\/tr\/"[^>]*>Türkçe ana sayfaya gidin<\/a>/);
    expect(html).toMatch(
      /<p lang="pl" dir="ltr"[^>]*>[^<]*<a href="\/pl\/"[^>]*>Przejdź do strony głównej po polsku<\/a>/,
    );
    expect(html).toMatch(
      /<p lang="ar" dir="rtl"[^>]*>[^<]*<a href="\/ar\/"[^>]*>انتقل إلى الصفحة الرئيسية بالعربية<\/a>/,
    );
  });
});
