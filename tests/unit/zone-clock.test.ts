// Moments on the partnership's clocks: a time or a day in a time zone as the moment it is.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { startOfDay, utcOf, zonedOf } from '../../src/model/zone-clock.ts';

describe('utcOf: a time on the partnership’s clocks, as a moment in UTC', () => {
  it.each([
    ['2025-01-14', '18:00', 'Europe/London', '20250114T180000Z'],
    ['2025-04-10', '18:00', 'Europe/London', '20250410T170000Z'],
    // The clocks went forward at 1am on 30 March 2025 and back at 2am on 26 October 2025.
    ['2025-03-30', '10:00', 'Europe/London', '20250330T090000Z'],
    ['2025-03-30', '00:30', 'Europe/London', '20250330T003000Z'],
    ['2025-10-26', '10:00', 'Europe/London', '20251026T100000Z'],
    ['2025-10-25', '23:30', 'Europe/London', '20251025T223000Z'],
    ['2025-12-31', '24:00', 'Europe/London', '20260101T000000Z'],
    ['2025-01-14', '18:00', 'America/Toronto', '20250114T230000Z'],
    ['2025-07-01', '09:15', 'Europe/Dublin', '20250701T081500Z'],
  ])('%s at %s in %s is %s', (day, time, zone, utc) => {
    expect(utcOf(day, time, zone)).toBe(utc);
  });

  it('is read back on the partnership’s clocks as the same day and time, whatever the day', () => {
    const clock = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/London',
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }),
        // From 2am: the hour the clocks skip in spring (1am to 2am) is no time at all in London.
        fc.integer({ min: 2 * 60, max: 23 * 60 + 59 }),
        (date, minutes) => {
          const day = date.toISOString().slice(0, 10);
          const time = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
          const utc = utcOf(day, time, 'Europe/London');
          const instant = new Date(
            `${utc.slice(0, 4)}-${utc.slice(4, 6)}-${utc.slice(6, 8)}T${utc.slice(9, 11)}:${utc.slice(11, 13)}:00Z`,
          );
          const parts = Object.fromEntries(clock.formatToParts(instant).map((p) => [p.type, p.value]));
          expect(`${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`).toBe(`${day} ${time}`);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('zonedOf: a time on the partnership’s clocks, with their offset from UTC', () => {
  it.each([
    ['in summer', '2026-06-09', '18:00', 'Europe/London', '2026-06-09T18:00:00+01:00'],
    ['in winter', '2026-12-08', '18:00', 'Europe/London', '2026-12-08T18:00:00+00:00'],
    [
      'on the morning the clocks go forward (1am, 29 March 2026)',
      '2026-03-29',
      '10:00',
      'Europe/London',
      '2026-03-29T10:00:00+01:00',
    ],
    [
      'on the morning the clocks go back (2am, 25 October 2026)',
      '2026-10-25',
      '10:00',
      'Europe/London',
      '2026-10-25T10:00:00+00:00',
    ],
    ['behind UTC', '2026-12-08', '10:00', 'America/New_York', '2026-12-08T10:00:00-05:00'],
    ['half an hour off the hour', '2026-06-09', '18:30', 'Asia/Kolkata', '2026-06-09T18:30:00+05:30'],
  ])('%s', (_, day, time, zone, expected) => {
    expect(zonedOf(day, time, zone)).toBe(expected);
  });

  it('is the moment the calendar gives, and keeps the wall time written, for any day in daytime hours', () => {
    const compact = (s: string) => s.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 6, max: 22 }),
        fc.constantFrom(0, 15, 30, 45),
        fc.constantFrom('Europe/London', 'America/New_York', 'Australia/Sydney', 'Asia/Kolkata'),
        (date, hour, minute, zone) => {
          const day = date.toISOString().slice(0, 10);
          const time = `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
          const zoned = zonedOf(day, time, zone);
          return (
            Date.parse(zoned) === Date.parse(compact(utcOf(day, time, zone))) && zoned.startsWith(`${day}T${time}:00`)
          );
        },
      ),
    );
  });
});

describe('startOfDay', () => {
  it.each([
    ['in winter in London', '2026-01-10', 'Europe/London', '2026-01-10T00:00:00+00:00'],
    ['in summer in London', '2026-07-15', 'Europe/London', '2026-07-15T00:00:00+01:00'],
    ['behind UTC', '2026-01-10', 'America/Toronto', '2026-01-10T00:00:00-05:00'],
    ['on a day the clocks go forward at midnight', '2026-09-06', 'America/Santiago', '2026-09-06T01:00:00-03:00'],
    ['in a zone half an hour off the hour', '2026-06-09', 'Asia/Kolkata', '2026-06-09T00:00:00+05:30'],
  ])('%s', (_, day, zone, expected) => {
    expect(startOfDay(day, zone)).toBe(expected);
  });

  // Every zone the runtime knows: the moment is on the day on the zone's clocks, and a minute before
  // it is the day before, which is what the start of a day means.
  const formats = new Map<string, Intl.DateTimeFormat>();
  /** An instant as the clocks of a zone show it: its day (2026-01-10), or its hour and minute. */
  const shownIn = (instant: number, zone: string, part: 'day' | 'time') => {
    const key = `${zone} ${part}`;
    if (!formats.has(key))
      formats.set(
        key,
        new Intl.DateTimeFormat(
          'en-CA',
          part === 'day'
            ? { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }
            : { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
        ),
      );
    return formats.get(key)!.format(instant);
  };
  const dayIn = (instant: number, zone: string) => shownIn(instant, zone, 'day');
  const isStartOf = (day: string, zone: string) => {
    const start = Date.parse(startOfDay(day, zone));
    return dayIn(start, zone) === day && dayIn(start - 60_000, zone) < day;
  };
  it('is the first minute of the day on the clocks of any zone, on any day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(...Intl.supportedValuesOf('timeZone')),
        (date, zone) => isStartOf(date.toISOString().slice(0, 10), zone),
      ),
      { numRuns: 2000 },
    );
  });
  it('is the first minute of the day on every day a zone changes its clocks, in every zone, from 2024 to 2030', () => {
    // The clocks' time at noon UTC changes on the days the offset does: each month is looked at whole
    // only when its first and last days differ.
    const clockAt = (t: number, zone: string) => shownIn(t, zone, 'time');
    const DAY = 86_400_000;
    const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
    const changes: [string, string][] = [];
    for (const zone of Intl.supportedValuesOf('timeZone'))
      for (let month = 0; month < 7 * 12; month++) {
        const first = Date.UTC(2024, month, 1, 12);
        const last = Date.UTC(2024, month + 1, 1, 12);
        if (clockAt(first, zone) === clockAt(last, zone)) continue;
        for (let t = first + DAY; t <= last; t += DAY)
          if (clockAt(t, zone) !== clockAt(t - DAY, zone)) changes.push([iso(t), zone], [iso(t - DAY), zone]);
      }
    // About two changes a year in the zones that move their clocks: the search found them.
    expect(changes.length).toBeGreaterThan(1000);
    expect(changes.filter(([day, zone]) => !isStartOf(day, zone))).toEqual([]);
  });
});
