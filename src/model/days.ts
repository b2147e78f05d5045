// Day arithmetic on YYYY-MM-DD strings, in UTC so a build's time zone cannot move a date.

function toUtc(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** The same day `months` later; the 31st becomes the month's last day where there is no 31st. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, lastDay));
  return first.toISOString().slice(0, 10);
}

/** Today's date as YYYY-MM-DD in UTC. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

// Making an Intl.DateTimeFormat costs far more than using one, and a large site formats tens of
// thousands of dates: one formatter per locale, made on first use.
const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date as people read it in the UK: 12 March 2025. */
export function formatDate(day: string, locale = 'en-GB'): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    formatters.set(locale, formatter);
  }
  return formatter.format(new Date(toUtc(day)));
}

/** A day with its weekday, like "Tuesday, 8 December 2026": for a meeting someone may come to. */
export function formatDayOfWeek(day: string, locale = 'en-GB'): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(toUtc(day)));
}

/** The day `days` later (earlier when negative). */
export function addDays(day: string, days: number): string {
  return new Date(toUtc(day) + days * 86_400_000).toISOString().slice(0, 10);
}
