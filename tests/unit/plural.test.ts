import { describe, expect, it } from 'vitest';
import { plural, pluralWord } from '../../src/present/plural.ts';

describe('plural', () => {
  it('uses the single word for exactly one', () => {
    expect(plural(1, 'day')).toBe('1 day');
  });
  it('adds an s for none and for more than one', () => {
    expect(plural(0, 'day')).toBe('0 days');
    expect(plural(12, 'day')).toBe('12 days');
  });
  it('takes the plural form when adding an s would be wrong', () => {
    expect(plural(1, 'commitment is', 'commitments are')).toBe('1 commitment is');
    expect(plural(3, 'is', 'are')).toBe('3 are');
  });
  it('gives the word alone, for a sentence where the number stands elsewhere', () => {
    expect(pluralWord(1, 'was', 'were')).toBe('was');
    expect(pluralWord(2, 'was', 'were')).toBe('were');
  });
});
