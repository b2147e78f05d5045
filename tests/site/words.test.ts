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
