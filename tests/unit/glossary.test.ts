import { describe, expect, it } from 'vitest';
import { GLOSSARY, termId } from '../../src/present/glossary.ts';
import { ACTION_LABELS, FLAG_LABELS, OUTCOME_LABELS, STATUS_LABELS } from '../../src/present/labels.ts';
import { routes } from '../../src/present/routes.ts';

const terms = GLOSSARY.flatMap((s) => s.terms);
const meaningOf = (term: string) => terms.find((t) => t.term === term)?.meaning;

describe('the glossary', () => {
  it('defines the jargon a first reading found: co-production, reference code, overdue, no recent update', () => {
    expect(meaningOf('Co-production')).toMatch(/working together as equals/);
    expect(meaningOf('Reference code')).toMatch(/YS stands for “You said”/);
    expect(meaningOf('Overdue')).toMatch(/date it should have been done by has passed/);
    expect(meaningOf('No recent update')).toMatch(/more than 6 months/);
  });
  it('defines every status, outcome, flag and action state by the very words the site shows', () => {
    for (const label of [
      ...Object.values(STATUS_LABELS),
      ...Object.values(OUTCOME_LABELS),
      ...Object.values(FLAG_LABELS),
    ])
      expect(meaningOf(label), label).toBeTruthy();
    for (const label of Object.values(ACTION_LABELS)) expect(meaningOf(`${label} (action)`), label).toBeTruthy();
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
    const words = [...Object.values(STATUS_LABELS), ...Object.values(FLAG_LABELS)];
    expect(new Set(words).size).toBe(words.length);
    expect(STATUS_LABELS['no-update']).toBe('No update yet');
    expect(FLAG_LABELS.stale).toBe('No recent update');
  });
});
