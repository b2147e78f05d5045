import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { collections } from '../../src/contract/index.ts';
import { fileText, freeId, idFor, nextRef, slugify, withValue } from '../../src/contract/new-entry.ts';

describe('slugify', () => {
  it('turns a title into a file name', () => {
    expect(slugify('Crisis café: open four evenings!')).toBe('crisis-cafe-open-four-evenings');
    expect(slugify('Housing & support')).toBe('housing-and-support');
  });
  it('writes the letters of Turkish, Polish and other Latin alphabets as a web address can', () => {
    expect(slugify('Açık kapı günü')).toBe('acik-kapi-gunu');
    expect(slugify('Łódź: Spotkanie w środę')).toBe('lodz-spotkanie-w-srode');
    expect(slugify('Straße, Ærø, Œuvre')).toBe('strasse-aero-oeuvre');
    expect(slugify('İstanbul')).toBe('istanbul');
  });
  it('gives a name a web address can take, or none, for any text in any script', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) =>
        /^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/.test(slugify(text)),
      ),
      { numRuns: 500 },
    );
  });
  it('keeps it short', () => {
    expect(slugify('one two three four five six seven eight nine ten')).toBe('one-two-three-four-five-six-seven-eight');
  });
});

describe('freeId', () => {
  it('adds a number when the name is taken', () => {
    expect(freeId('crisis-cafe-2026-11-21', new Set(['crisis-cafe-2026-11-21', 'crisis-cafe-2026-11-21-2']))).toBe(
      'crisis-cafe-2026-11-21-3',
    );
  });
  it('keeps the name when it is free', () => {
    expect(freeId('new-theme', new Set(['old-theme']))).toBe('new-theme');
  });
});

describe('nextRef', () => {
  it('follows the highest number used this year, padded like the others', () => {
    expect(nextRef(['YS-2026-001', 'YS-2026-006', 'YS-2025-020'], '2026')).toBe('YS-2026-007');
  });
  it('starts again at 1 in a new year', () => {
    expect(nextRef(['YS-2025-020'], '2027')).toBe('YS-2027-001');
  });
  it('uses the letters most codes use, and their width', () => {
    expect(nextRef(['NM-2024-1', 'NM-2024-2', 'XX-2024-010'], '2024')).toBe('NM-2024-3');
  });
  it('starts a partnership’s first code', () => {
    expect(nextRef([], '2026')).toBe('YS-2026-001');
  });
});

describe('fileText', () => {
  it('writes front matter and a body for collections with text', () => {
    expect(fileText(collections.updates, { title: 'A: title', date: '2026-11-21' }, 'What happened.')).toBe(
      '---\ntitle: "A: title"\ndate: 2026-11-21\n---\n\nWhat happened.\n',
    );
  });
  it('writes plain YAML for collections of fields alone', () => {
    expect(fileText(collections.themes, { name: 'Housing' })).toBe('name: Housing\n');
  });
  it('writes the fields in the order the contract lists them, whatever order they were answered in', () => {
    expect(
      fileText(collections.minutes, {
        group: 'forum',
        attendance: { livedExperience: 4, total: 9 },
        title: 'Forum, May',
        date: '2026-05-01',
      }),
    ).toBe(
      '---\ntitle: Forum, May\ndate: 2026-05-01\ngroup: forum\nattendance:\n  total: 9\n  livedExperience: 4\n---\n',
    );
  });
});

describe('idFor', () => {
  it('names an update by its commitment and date', () => {
    expect(idFor(collections.updates, { commitment: 'crisis-cafe', date: '2026-03-02', title: 'Open' })).toBe(
      'crisis-cafe-2026-03-02',
    );
  });
  it('names a commitment by its title, and an input by its code in lower case', () => {
    expect(idFor(collections.commitments, { title: 'A 24-hour crisis line' })).toBe('a-24-hour-crisis-line');
    expect(idFor(collections.inputs, { ref: 'YS-2026-007' })).toBe('ys-2026-007');
  });
});

describe('withValue', () => {
  it('sets a nested field without losing its neighbours', () => {
    expect(withValue({ attendance: { roles: ['Chair'] } }, 'attendance.total', 12)).toEqual({
      attendance: { roles: ['Chair'], total: 12 },
    });
  });
});
