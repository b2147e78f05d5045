import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { meetingHours } from '../../src/model/meeting-hours.ts';

describe('meetingHours', () => {
  it.each([
    ['6pm to 8pm', '18:00', '20:00'],
    ['6pm to 8pm (doors open at 5.30pm)', '18:00', '20:00'],
    ['6.30pm – 8pm', '18:30', '20:00'],
    ['6:30 pm - 8:15 pm', '18:30', '20:15'],
    ['6 to 8pm', '18:00', '20:00'],
    ['11 to 1pm', '11:00', '13:00'],
    ['10am to 12 noon', '10:00', '12:00'],
    ['10.30am until midday', '10:30', '12:00'],
    ['noon to 2pm', '12:00', '14:00'],
    ['18:00–20:00', '18:00', '20:00'],
    ['From 9.15am to 11am', '09:15', '11:00'],
    ['10 a.m. to 12.30 p.m.', '10:00', '12:30'],
    ['Od 18:00 do 20:00 (w bibliotece)', '18:00', '20:00'],
    ['saat 18.00 ile 20.00 arası', '18:00', '20:00'],
    ['18.00-20.00', '18:00', '20:00'],
    ['من 18:00 إلى 20:00', '18:00', '20:00'],
    ['من 10:30 حتى 12:00', '10:30', '12:00'],
  ])('reads %s as %s to %s', (words, start, end) => {
    expect(meetingHours(words)).toEqual({ start, end });
  });

  it.each([
    ['no words', undefined],
    ['a time with no end', '6pm'],
    ['words before the time', 'Evening, 6pm to 8pm'],
    ['a range without the time of day', '6 to 8'],
    ['an end before the start', '8pm to 6pm'],
    ['an hour that is no hour', '13pm to 14pm'],
    ['minutes that are no minutes', '6.75pm to 8pm'],
    ['a 24-hour clock past midnight', '25:00 to 26:00'],
    ['a day, not a time', '6 to 8 December'],
    ['a Polish range of days', 'od 6 do 8 grudnia'],
    ['a Turkish range without the time of day', 'saat 6 ile 8 arası'],
  ])('gives no hours for %s', (_, words) => {
    expect(meetingHours(words)).toBeUndefined();
  });

  it('reads any range of whole hours written in am and pm back to the same 24-hour clock', () => {
    const twelve = (h: number) => `${h % 12 === 0 ? 12 : h % 12}${h < 12 ? 'am' : 'pm'}`;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 22 }), fc.integer({ min: 1, max: 12 }), (start, length) => {
        const end = Math.min(23, start + length);
        const clock = (h: number) => `${String(h).padStart(2, '0')}:00`;
        expect(meetingHours(`${twelve(start)} to ${twelve(end)}`)).toEqual({ start: clock(start), end: clock(end) });
      }),
    );
  });

  it('never gives an end at or before the start, nor a time outside the day, whatever is written', () => {
    fc.assert(
      fc.property(fc.string(), (words) => {
        const hours = meetingHours(words);
        if (!hours) return;
        expect(hours.start < hours.end).toBe(true);
        for (const t of [hours.start, hours.end]) expect(t).toMatch(/^(?:[01]\d|2[0-3]):[0-5]\d$/);
      }),
      { numRuns: 2000 },
    );
  });
});
