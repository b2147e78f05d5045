// Working days, as a reply standard counts them: Monday to Friday, not bank holidays. The day
// something arrives is not counted, so a reply on the next working day took 1 working day.
import { daysBetween } from './days.ts';

/**
 * The bank holidays of England and Wales, 2024 to 2027, as GOV.UK lists them (with the days in
 * lieu when Christmas or Boxing Day falls at a weekend). A partnership adds others in site.yaml.
 */
export const ENGLAND_AND_WALES_BANK_HOLIDAYS: readonly string[] = [
  '2024-01-01',
  '2024-03-29',
  '2024-04-01',
  '2024-05-06',
  '2024-05-27',
  '2024-08-26',
  '2024-12-25',
  '2024-12-26',
  '2025-01-01',
  '2025-04-18',
  '2025-04-21',
  '2025-05-05',
  '2025-05-26',
  '2025-08-25',
  '2025-12-25',
  '2025-12-26',
  '2026-01-01',
  '2026-04-03',
  '2026-04-06',
  '2026-05-04',
  '2026-05-25',
  '2026-08-31',
  '2026-12-25',
  '2026-12-28',
  '2027-01-01',
  '2027-03-26',
  '2027-03-29',
  '2027-05-03',
  '2027-05-31',
  '2027-08-30',
  '2027-12-27',
  '2027-12-28',
];

/** The promise when site.yaml makes none: a reply within 20 working days. */
export const DEFAULT_RESPOND_WITHIN = 20;

const utc = (day: string) => new Date(`${day}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

export function isWorkingDay(day: string, holidays: ReadonlySet<string>): boolean {
  const weekday = utc(day).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(day);
}

/** Working days after `from`, up to and including `to`; 0 when `to` is not after `from`. */
export function workingDaysBetween(from: string, to: string, holidays: ReadonlySet<string>): number {
  const span = daysBetween(from, to);
  let count = 0;
  const d = utc(from);
  for (let i = 0; i < span; i++) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (isWorkingDay(iso(d), holidays)) count++;
  }
  return count;
}

/** The day `n` working days after `from`: the last day a reply keeps a promise of `n` working days. */
export function addWorkingDays(from: string, n: number, holidays: ReadonlySet<string>): string {
  const d = utc(from);
  for (let left = n; left > 0;) {
    d.setUTCDate(d.getUTCDate() + 1);
    if (isWorkingDay(iso(d), holidays)) left--;
  }
  return iso(d);
}

/** The shipped bank holidays and the partnership's own. */
export function holidaysFor(extra: readonly string[] = []): ReadonlySet<string> {
  return new Set([...ENGLAND_AND_WALES_BANK_HOLIDAYS, ...extra]);
}
