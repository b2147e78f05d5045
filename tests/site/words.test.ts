// The words of the built pages as a reader meets them: one label for each idea, and no jargon the
// first reading tripped over.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileFor, listPages } from '../gates/gates.ts';

const siteDir = inject('siteDir');
const pages = listPages(siteDir);
const textOf = (path: string) =>
  readFileSync(fileFor(siteDir, path), 'utf8')
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\s+/g, ' ');

describe('one label per idea across the built pages', () => {
  // Other ways the same two facts were once said, and wording a reader found hard.
  const retired = [
    /no update for over six months/i,
    /not updated for/i,
    /fallen due/i,
    /all told/i,
    /Overdue \(any status\)/i,
  ];
  it.each(pages)('%s says “no recent update” and “no update yet” one way only, in plain words', (path) => {
    const text = textOf(path);
    expect(retired.filter((r) => r.test(text)).map(String)).toEqual([]);
  });
  it('every page links to the glossary, and the glossary defines the terms it is linked for', () => {
    const glossary = readFileSync(fileFor(siteDir, '/glossary/'), 'utf8');
    for (const id of ['co-production', 'reference-code', 'overdue', 'no-recent-update', 'no-update-yet'])
      expect(glossary, id).toContain(`id="${id}"`);
    for (const path of pages.filter((p) => p !== '/404.html')) {
      const prefix = /^\/(tr|pl|ar)\//.exec(path)?.[0].slice(0, -1) ?? '';
      expect(readFileSync(fileFor(siteDir, path), 'utf8'), path).toContain(`href="${prefix}/glossary/"`);
    }
  });
  it('says a review that judged no level of involvement did not assess it, never that the commitment was not reviewed', () => {
    expect(textOf('/partners/wrenfold-council/')).toContain(
      'Twelve peer support workers Co-produced Not assessed in their review',
    );
  });
  it('marks English words as English inside a translated sentence, a link’s words and a review’s method too', () => {
    const html = (path: string) => readFileSync(fileFor(siteDir, path), 'utf8');
    expect(html('/tr/you-said/ys-2025-009/')).toContain(
      '"><span lang="en" dir="ltr">A housing pathway for people leaving hospital</span> değerlendirmesine verilen yanıtı okuyun</a>',
    );
    expect(html('/tr/commitments/crisis-cafe/')).toMatch(/Nasıl: <span lang="en" dir="ltr">Forum discussion/);
  });
  it('says the reply-time bands in the page’s language', () => {
    expect(textOf('/pl/you-said/')).toContain('Od 6 do 10 dni roboczych');
    expect(textOf('/tr/you-said/')).toContain('6–10 iş günü');
    expect(textOf('/pl/you-said/')).not.toContain('working days');
  });
  it('says on an Easy Read page that a promise is late, by the date last agreed, and only then', () => {
    expect(textOf('/commitments/crisis-cafe/easy-read/')).toContain(
      'It is late. It should have been done by 31 March 2026.',
    );
    expect(textOf('/pl/commitments/crisis-cafe/easy-read/')).toContain(
      'Jest opóźnione. Miało być gotowe do 31 marca 2026.',
    );
    expect(textOf('/commitments/crisis-line-24-7/easy-read/')).not.toContain('It is late');
  });
  it('credits the Easy Read pictures in the page’s language', () => {
    const credits = {
      '': 'The pictures are from OpenMoji , shared under the licence CC BY-SA 4.0 .',
      '/pl': 'Obrazki pochodzą z OpenMoji i są udostępnione na licencji CC BY-SA 4.0 .',
      '/tr': 'Resimler OpenMoji kaynağındandır ve CC BY-SA 4.0 lisansıyla paylaşılmaktadır.',
      '/ar': 'الصور من OpenMoji ، وهي متاحة بموجب الترخيص CC BY-SA 4.0 .',
    };
    for (const [prefix, credit] of Object.entries(credits))
      // Arabic isolates each value from the words around it (U+2068 … U+2069).
      expect(
        textOf(`${prefix}/commitments/crisis-cafe/easy-read/`).replace(/[\u2068\u2069]/g, ''),
        prefix || 'en',
      ).toContain(credit);
  });
  it('promises on /get-involved/ the reply time the you-said pages promise, from site.yaml or its default', () => {
    // The example sets no respondWithin: the default, 20 working days, as on /you-said/.
    expect(textOf('/get-involved/')).toContain('We will reply within 20 working days.');
    expect(textOf('/you-said/')).toContain('We promise to reply within 20 working days');
  });
  it('explains co-production and shows a reference code of the example’s own on the home page', () => {
    const home = textOf('/');
    expect(home).toMatch(/co-production : people who use mental health services/);
    expect(home).toMatch(/gets a reference code , like YS-2025-001, and a reply/);
  });
});
