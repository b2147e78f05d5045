// Working days, as a reply standard counts them: Monday to Friday, not bank holidays. The day
// something arrives is not counted, so a reply on the next working day took 1 working day.
import { daysBetween } from './days.ts';

const utc = (day: string) => new Date(`${day}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

/** Easter Sunday in the Gregorian calendar (the anonymous algorithm of Meeus, Jones and Butcher). */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const date = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(day(year, month, date));
}

const plus = (d: Date, days: number) => new Date(d.getTime() + days * 86_400_000);
/** The Monday on or after a day. */
const mondayFrom = (d: Date) => plus(d, (8 - d.getUTCDay()) % 7);
/** The day itself, or the Monday after when it falls at a weekend. */
const weekdayFrom = (d: Date) => (d.getUTCDay() % 6 === 0 ? mondayFrom(d) : d);
/** The last Monday of a month. */
const lastMonday = (year: number, month: number) => {
  const end = day(year, month + 1, 0);
  return plus(end, -((end.getUTCDay() + 6) % 7));
};

/**
 * Days the government moved or added by proclamation, which no rule gives: three jubilees, a royal
 * wedding, VE Day's 75th anniversary, a state funeral and a coronation.
 */
const PROCLAIMED: Record<number, { moved?: string[]; added: string[] }> = {
  2002: { moved: ['2002-05-27'], added: ['2002-06-03', '2002-06-04'] },
  2011: { added: ['2011-04-29'] },
  2012: { moved: ['2012-05-28'], added: ['2012-06-04', '2012-06-05'] },
  2020: { moved: ['2020-05-04'], added: ['2020-05-08'] },
  2022: { moved: ['2022-05-30'], added: ['2022-06-02', '2022-06-03', '2022-09-19'] },
  2023: { added: ['2023-05-08'] },
};

/**
 * The bank holidays of England and Wales in a year, by the rules GOV.UK's list follows: New Year's
 * Day, Good Friday, Easter Monday, the first and last Mondays of May, the last Monday of August,
 * Christmas Day and Boxing Day, each at a weekend given on the next weekday that is not one, and the
 * days proclaimed. So the count keeps working in years no list was shipped for.
 */
export function englandAndWalesBankHolidays(year: number): string[] {
  const easter = utc(easterSunday(year));
  const christmas = day(year, 12, 25);
  const weekday = christmas.getUTCDay();
  // Christmas on a Friday: Boxing Day's holiday is Monday; on a Saturday or Sunday, both move on.
  const [christmasOff, boxingOff] =
    weekday === 6 ? [27, 28] : weekday === 0 ? [27, 26] : weekday === 5 ? [25, 28] : [25, 26];
  const rules = [
    weekdayFrom(day(year, 1, 1)),
    plus(easter, -2),
    plus(easter, 1),
    mondayFrom(day(year, 5, 1)),
    lastMonday(year, 5),
    lastMonday(year, 8),
    day(year, 12, christmasOff),
    day(year, 12, boxingOff),
  ].map(iso);
  const proclaimed = PROCLAIMED[year];
  return [...rules.filter((d) => !proclaimed?.moved?.includes(d)), ...(proclaimed?.added ?? [])].sort();
}

/** The promise when site.yaml makes none: a reply within 20 working days. */
export const DEFAULT_RESPOND_WITHIN = 20;

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

/** The years whose England and Wales bank holidays are counted: any reply a portal will record. */
const YEARS = { from: 2000, to: 2100 };
let englandAndWales: readonly string[] | undefined;

/**
 * The days that are not working days: the partnership's own (site.yaml's `bankHolidays`), and the
 * bank holidays of England and Wales unless site.yaml says the partnership is elsewhere.
 */
export function holidaysFor(extra: readonly string[] = [], inEnglandAndWales = true): ReadonlySet<string> {
  if (!inEnglandAndWales) return new Set(extra);
  englandAndWales ??= Array.from({ length: YEARS.to - YEARS.from + 1 }, (_, i) =>
    englandAndWalesBankHolidays(YEARS.from + i),
  ).flat();
  return new Set([...englandAndWales, ...extra]);
}
