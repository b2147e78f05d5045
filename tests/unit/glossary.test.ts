import { describe, expect, it } from 'vitest';
import { glossary, termId } from '../../src/present/glossary.ts';
import { labels } from '../../src/present/labels.ts';
import { en } from '../helpers/messages.ts';
import { routes } from '../../src/present/routes.ts';

const terms = glossary(en, 'HT-2026-001').flatMap((s) => s.terms);
const meaningOf = (term: string) => terms.find((t) => t.term === term)?.meaning;

describe('the glossary', () => {
  it('defines the jargon a first reading found: co-production, reference code, overdue, no recent update', () => {
    expect(meaningOf('Co-production')).toMatch(/working together as equals/);
    expect(meaningOf('Reference code')).toMatch(/code given to something people told us/);
    expect(meaningOf('Overdue')).toMatch(/date it should have been done by has passed/);
    expect(meaningOf('No recent update')).toMatch(/more than 6 months/);
  });
  it('shows a reference code in the partnership’s own letters, and never says what letters it does not use stand for', () => {
    expect(meaningOf('Reference code')).toBe(
      'The code given to something people told us, like HT-2026-001: a few letters, the year it was given and a number. Use the code to find what happened to it.',
    );
  });
  it('defines every status, outcome, flag and action state by the very words the site shows', () => {
    for (const label of [
      ...Object.values(labels(en).status),
      ...Object.values(labels(en).outcome),
      ...Object.values(labels(en).flag),
    ])
      expect(meaningOf(label), label).toBeTruthy();
    for (const label of Object.values(labels(en).action)) expect(meaningOf(`${label} (action)`), label).toBeTruthy();
  });
  it('gives each term its own place on the page, which a link can point at', () => {
    const ids = terms.map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(termId('No update yet')).toBe('no-update-yet');
    expect(routes.glossaryTerm(termId('Co-production'))).toBe('/glossary/#co-production');
  });
  it('says each meaning in plain, short sentences', () => {
    for (const t of terms)
      for (const sentence of t.meaning.split(/(?<=[.!?])\s+/))
        expect(sentence.split(/\s+/).length, `${t.term}: ${sentence}`).toBeLessThanOrEqual(35);
  });
});

describe('one label per idea', () => {
  it('names “never updated” and “not updated lately” differently, and no flag the same as a status', () => {
    const words = [...Object.values(labels(en).status), ...Object.values(labels(en).flag)];
    expect(new Set(words).size).toBe(words.length);
    expect(labels(en).status['no-update']).toBe('No update yet');
    expect(labels(en).flag.stale).toBe('No recent update');
  });
});
