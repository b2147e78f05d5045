// Moments on a place's clocks: a time or a day in a time zone (site.yaml's `timeZone`) as the moment
// it is, written as iCalendar, schema.org and Atom take it, so calendars, structured data and feeds
// show the partnership's hours and days right wherever their reader is.

// Making an Intl.DateTimeFormat costs more than using one: one per time zone, made on first use.
const zoneClocks = new Map<string, Intl.DateTimeFormat>();

/** How far the clocks in `timeZone` are ahead of UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  let clock = zoneClocks.get(timeZone);
  if (!clock) {
    clock = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zoneClocks.set(timeZone, clock);
  }
  const parts = Object.fromEntries(clock.formatToParts(new Date(instant)).map((p) => [p.type, Number(p.value)]));
  const shown = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return shown - instant;
}

/** The moment, in milliseconds, a time (HH:MM) on the clocks of `timeZone` falls at on a day. */
function instantOf(day: string, time: string, timeZone: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const [h, min] = time.split(':').map(Number) as [number, number];
  const asIfUtc = Date.UTC(y, m - 1, d, h, min);
  // The offset at the wall time read as UTC, then at the first guess: the second settles a change
  // of the clocks between the two.
  const guess = asIfUtc - offsetAt(asIfUtc, timeZone);
  return asIfUtc - offsetAt(guess, timeZone);
}

/**
 * The moment a time on the clocks of `timeZone` falls at on a day (HH:MM, 24:00 being the next
 * midnight), written as iCalendar writes a UTC time: 20250410T170000Z for 18:00 in London in
 * summer. So a calendar shows the meeting at the right hour wherever its reader is.
 */
export function utcOf(day: string, time: string, timeZone: string): string {
  return new Date(instantOf(day, time, timeZone))
    .toISOString()
    .replace(/\.\d{3}/, '')
    .replace(/[-:]/g, '');
}

/**
 * The same moment as ISO 8601 writes it with the clocks' offset from UTC, as schema.org's dates
 * take it: 2025-04-10T18:00:00+01:00 for 18:00 in London in summer. The wall time stays the one
 * the volunteer wrote, and the offset says which moment it is wherever the reader is.
 */
export function zonedOf(day: string, time: string, timeZone: string): string {
  const instant = instantOf(day, time, timeZone);
  const offset = Math.round(offsetAt(instant, timeZone) / 60_000);
  const wall = new Date(instant + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${wall}${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/**
 * The moment a day starts on the clocks of `timeZone`, as zonedOf writes it: its midnight, or,
 * where the clocks go forward at midnight (Santiago, Havana), the moment they jump to. So a day
 * given as a moment is that day for readers on the partnership's clocks, wherever UTC is.
 */
export function startOfDay(day: string, timeZone: string): string {
  const midnight = zonedOf(day, '00:00', timeZone);
  return midnight.startsWith(day) ? midnight : zonedOf(day, '01:00', timeZone);
}
