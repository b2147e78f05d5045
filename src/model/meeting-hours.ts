// When a meeting starts and ends, read from the words a volunteer wrote for it ("6pm to 8pm",
// "18:00–20:00", "10.30am to 12 noon (doors open at 5.30pm)", "od 18:00 do 20:00"), so a calendar
// can hold the hours and not only the day. Only the plain forms: anything else is no hours, and the
// calendar keeps the meeting as a day, with the words in its description as before.

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
