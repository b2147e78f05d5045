// When a meeting starts and ends, read from the words a volunteer wrote for it ("6pm to 8pm",
// "18:00–20:00", "10.30am to 12 noon (doors open at 5.30pm)", "od 18:00 do 20:00"), so a calendar can hold the hours
// and not only the day. Only the plain forms: anything else is no hours, and the calendar keeps
// the meeting as a day, with the words in its description as before.

/** Hours as HH:MM on a 24-hour clock; the end is after the start. */
export interface MeetingHours {
  start: string;
  end: string;
}

// One time: 6pm, 6.30pm, 6:30 pm, 18:00, 18.30, noon, 12 noon, midday. A bare number (6) only
// before a range's end that says am or pm (6 to 8pm).
const TIME = String.raw`(\d{1,2})(?:[.:](\d{2}))?\s*(am|pm|a\.m\.|p\.m\.)?|(?:12\s*)?(noon|midday)`;
// The words around a range in the languages the site is offered in: from 6pm to 8pm, od 18:00 do
// 20:00 (Polish), saat 18.00 ile 20.00 arası (Turkish), من 18:00 إلى 20:00 (Arabic).
const FROM = String.raw`(?:from|od|saat|من)`;
const TO = String.raw`(?:to|until|till|do|ile|إلى|الى|حتى|-|–|—)`;
const RANGE = new RegExp(String.raw`^\s*(?:${FROM}\s+)?(?:${TIME})\s*${TO}\s*(?:${TIME})(?![\p{L}\p{N}])`, 'iu');

/** Minutes after midnight, or undefined when the time cannot be one. */
function minutesOf(
  hour: string | undefined,
  minute: string | undefined,
  half: string | undefined,
  noon: string | undefined,
): number | undefined {
  if (noon) return 12 * 60;
  const h = Number(hour);
  const m = minute === undefined ? 0 : Number(minute);
  if (!Number.isInteger(h) || m > 59) return undefined;
  const pm = half?.toLowerCase().startsWith('p');
  if (half) {
    if (h < 1 || h > 12) return undefined;
    return ((h % 12) + (pm ? 12 : 0)) * 60 + m;
  }
  return h <= 23 ? h * 60 + m : undefined;
}

const clock = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The hours the words give, read from their start; undefined when they give none plainly. */
export function meetingHours(words: string | undefined): MeetingHours | undefined {
  const m = words === undefined ? null : RANGE.exec(words);
  if (!m) return undefined;
  const [, h1, m1, half1, noon1, h2, m2, half2, noon2] = m;
  // A start written without am or pm takes the end's (6 to 8pm); with neither, it is a 24-hour clock
  // only when written with minutes (18:00 to 20:00): 6 to 8 says nothing about the time of day.
  const bare = !half1 && !noon1;
  if (bare && !half2 && !noon2 && (m1 === undefined || m2 === undefined)) return undefined;
  const endMinutes = minutesOf(h2, m2, half2, noon2);
  let startMinutes = minutesOf(h1, m1, bare && half2 ? half2 : half1, noon1);
  if (startMinutes === undefined || endMinutes === undefined) return undefined;
  // 11 to 1pm starts in the morning.
  if (bare && half2 && startMinutes > endMinutes && startMinutes >= 12 * 60) startMinutes -= 12 * 60;
  return startMinutes < endMinutes ? { start: clock(startMinutes), end: clock(endMinutes) } : undefined;
}

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
