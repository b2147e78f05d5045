import { describe, expect, it } from 'vitest';
import { addMonths, daysBetween, formatDate } from '../../src/model/days.ts';

describe('daysBetween', () => {
  it('counts 29 February in a leap year', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });
  it('counts no 29 February in other years', () => {
    expect(daysBetween('2023-02-28', '2023-03-01')).toBe(1);
  });
  it('is negative when the second day is earlier', () => {
    expect(daysBetween('2025-01-10', '2025-01-03')).toBe(-7);
  });
  it('counts across the clocks changing without losing an hour', () => {
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2);
  });
});

describe('addMonths', () => {
  it('keeps the day of the month where it can', () => {
    expect(addMonths('2025-01-15', 6)).toBe('2025-07-15');
  });
  it('moves the 31st to the last day of a shorter month', () => {
    expect(addMonths('2024-08-31', 6)).toBe('2025-02-28');
  });
  it('lands on 29 February in a leap year', () => {
    expect(addMonths('2023-08-31', 6)).toBe('2024-02-29');
  });
  it('crosses into the next year', () => {
    expect(addMonths('2025-11-30', 3)).toBe('2026-02-28');
  });
});

describe('formatDate', () => {
  it('writes a date as people in the UK read it', () => {
    expect(formatDate('2025-03-12')).toBe('12 March 2025');
  });
  it('keeps each locale apart when formatters are reused', () => {
    expect(formatDate('2025-03-12', 'en-US')).toBe('March 12, 2025');
    expect(formatDate('2025-03-12')).toBe('12 March 2025');
    expect(formatDate('2025-12-01', 'en-US')).toBe('December 1, 2025');
  });
});
