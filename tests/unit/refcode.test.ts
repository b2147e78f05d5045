import { describe, expect, it } from 'vitest';
import { lookUpRef, refKey } from '../../src/model/refcode.ts';

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
