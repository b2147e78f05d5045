import { describe, expect, it } from 'vitest';
import { codesByYear, lookUpRef, refKey, refYear } from '../../src/model/refcode.ts';

const refs = ['YS-2025-014', 'YS-2025-001', 'WG-2026-3'];

describe('lookUpRef', () => {
  it('finds a code typed exactly', () => {
    expect(lookUpRef('YS-2025-014', refs)).toEqual({ found: true, ref: 'YS-2025-014' });
  });
  it('finds a code in lower case, with spaces around it', () => {
    expect(lookUpRef('  ys-2025-014 ', refs)).toEqual({ found: true, ref: 'YS-2025-014' });
  });
  it('finds a code typed with spaces instead of hyphens', () => {
    expect(lookUpRef('YS 2025 014', refs)).toEqual({ found: true, ref: 'YS-2025-014' });
  });
  it('finds a code with its leading zeros left out, or added', () => {
    expect(lookUpRef('YS-2025-14', refs)).toEqual({ found: true, ref: 'YS-2025-014' });
    expect(lookUpRef('wg-2026-003', refs)).toEqual({ found: true, ref: 'WG-2026-3' });
  });
  it('says a well-formed code is unknown rather than matching a near one', () => {
    expect(lookUpRef('YS-2025-015', refs)).toEqual({ found: false, reason: 'unknown', typed: 'YS-2025-015' });
  });
  it('says when what was typed is not a code at all', () => {
    expect(lookUpRef('crisis café', refs)).toMatchObject({ found: false, reason: 'not-a-code' });
  });
  it('says when nothing was typed', () => {
    expect(lookUpRef('   ', refs)).toMatchObject({ found: false, reason: 'empty' });
  });
});

describe('refKey', () => {
  it('does not mix up years', () => {
    expect(refKey('YS-2025-1')).not.toBe(refKey('YS-2026-1'));
  });
});

describe('refYear', () => {
  it('reads the year of a code however it was typed', () => {
    expect(refYear(' ys 2025 14 ')).toBe('2025');
    expect(refYear('WG-2026-003')).toBe('2026');
  });
  it('has no year for words that are not a code', () => {
    expect(refYear('crisis café 2025')).toBeUndefined();
  });
});

describe('codesByYear', () => {
  it('puts each code under its own year, oldest year first, with what was said', () => {
    const inputs = [
      { ref: 'YS-2026-002', said: 'More evening hours.' },
      { ref: 'YS-2025-014', said: 'A quieter waiting room.' },
      { ref: 'WG-2026-3', said: 'Leaflets in Polish.' },
    ];
    expect(codesByYear(inputs)).toEqual([
      { year: '2025', codes: { 'YS-2025-014': 'A quieter waiting room.' } },
      { year: '2026', codes: { 'YS-2026-002': 'More evening hours.', 'WG-2026-3': 'Leaflets in Polish.' } },
    ]);
  });
  it('finds each code in the list of its own year, so the box can find every one', () => {
    const inputs = refs.map((ref) => ({ ref, said: ref }));
    for (const ref of refs) {
      const year = codesByYear(inputs).find((y) => y.year === refYear(ref))!;
      expect(lookUpRef(ref, Object.keys(year.codes))).toEqual({ found: true, ref });
    }
  });
});
