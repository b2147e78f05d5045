// Calendars of meetings (iCalendar, RFC 5545) a member can subscribe to: each group's next meeting
// and its past meetings, which link to their minutes. A meeting's UID is made from its group and
// day, so the next meeting and, later, its minutes are the same event in a subscriber's calendar.
// A calendar is one file for every reader, so its words are in the content's own language: callers
// pass that language's messages (`calendar.*` in the catalogues).
import { addDays } from '../model/days.ts';
import type { GroupView, Portal } from '../model/read-model.ts';
import { meetingHours, type MeetingHours } from '../model/meeting-hours.ts';
import { utcOf } from '../model/zone-clock.ts';
import { nextMeetingOf } from '../model/next-meeting.ts';
import { timeZoneOf } from '../contract/index.ts';
import { absolute, stableUuid, type Publisher } from './atom.ts';
import type { Messages } from './messages.ts';
import { routes } from './routes.ts';

export interface CalendarEvent {
  /** The group's id and the day: stable across builds. */
  key: string;
  /** The day; an all-day event unless `hours` are known. */
  date: string;
  /** When it starts and ends, when the words for its time give them plainly (src/model/meeting-hours.ts). */
  hours?: MeetingHours;
  /** Where it is: the place and its address. */
  location?: string;
  title: string;
  description: string;
  /** The minutes of a past meeting, or the group's page for the next one. */
  path: string;
  /** What the address after the description leads to (Minutes, More), in the calendar's language. */
  pathLabel: string;
}

export interface CalendarDoc {
  key: string;
  name: string;
  /**
   * What the calendar holds, said two ways: with the links to the minutes its events carry when the
   * build knows the site's address, and without, as an event then holds no address to follow.
   */
  description: { linked: string; unlinked: string };
  /** The time zone meetings' hours are on the clocks of (site.yaml's `timeZone`). */
  timeZone: string;
  /** The day the calendar is made as of: no event's stamp is later. */
  today: string;
  /** Soonest first. */
  events: CalendarEvent[];
}

function groupEvents(m: Messages, g: GroupView): CalendarEvent[] {
  const past = g.meetings.items.map((meeting): CalendarEvent => ({
    key: `${g.id}/${meeting.data.date}`,
    date: meeting.data.date,
    title: meeting.data.title,
    description: m.t('calendar.pastDescription', { group: g.data.name, date: m.date(meeting.data.date) }),
    path: routes.minutes(meeting.id),
    pathLabel: m.t('calendar.minutesLabel'),
  }));
  // Its day is upcoming already (g.upcoming): asked as of that day, the meeting is the group's next.
  const { time, place, address, online } = (g.upcoming && nextMeetingOf(g.data, g.upcoming)) || {};
  const hours = meetingHours(time);
  const location = [place, address].filter(Boolean).join(', ');
  const next: CalendarEvent[] =
    g.upcoming === undefined || past.some((e) => e.date === g.upcoming)
      ? []
      : [
          {
            key: `${g.id}/${g.upcoming}`,
            date: g.upcoming,
            ...(hours ? { hours } : {}),
            ...(location ? { location } : {}),
            title: m.t('calendar.nextTitle', { group: g.data.name }),
            description: [
              m.t('calendar.nextDescription', { group: g.data.name, hasTime: time ? 'yes' : 'no', time: time ?? '' }),
              online ? m.t('calendar.online', { online }) : '',
              g.data.meets,
              g.data.join,
            ]
              .filter(Boolean)
              .join(' '),
            path: routes.group(g.id),
            pathLabel: m.t('calendar.moreLabel'),
          },
        ];
  return [...past, ...next];
}

const soonestFirst = (a: CalendarEvent, b: CalendarEvent) => a.date.localeCompare(b.date) || a.key.localeCompare(b.key);

/** What a calendar needs to know of the whole site: its time zone and the day it is built as of. */
export interface CalendarSettings {
  timeZone: string;
  today: string;
}

/** The calendar settings of a portal. */
export const calendarSettings = (portal: Portal): CalendarSettings => ({
  timeZone: timeZoneOf(portal.site),
  today: portal.today,
});

export function groupCalendar(m: Messages, g: GroupView, settings: CalendarSettings): CalendarDoc {
  return {
    ...settings,
    key: `group/${g.id}`,
    name: m.t('calendar.name', { name: g.data.name }),
    description: {
      linked: m.t('calendar.groupLinked', { group: g.data.name }),
      unlinked: m.t('calendar.groupUnlinked', { group: g.data.name }),
    },
    events: groupEvents(m, g).sort(soonestFirst),
  };
}

export function meetingsCalendar(m: Messages, portal: Portal): CalendarDoc {
  const { partnership } = portal.site;
  return {
    ...calendarSettings(portal),
    key: 'meetings',
    name: m.t('calendar.name', { name: partnership }),
    description: {
      linked: m.t('calendar.allLinked', { partnership }),
      unlinked: m.t('calendar.allUnlinked', { partnership }),
    },
    events: portal.groups.flatMap((g) => groupEvents(m, g)).sort(soonestFirst),
  };
}

/** Text as an iCalendar value holds it: backslash, semicolon and comma escaped, line breaks as \n. */
export function icalText(text: string): string {
  return [...text]
    .filter((c) => c === '\n' || c === '\r' || c === '\t' || (c >= ' ' && c !== '\u007f'))
    .join('')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r?\n/g, '\\n');
}

/** A content line folded at 75 octets, as RFC 5545 asks, never inside a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    // The first line holds 75 octets; each continuation line starts with a space, so holds 74 more.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const compact = (day: string) => day.replace(/-/g, '');

/** The calendar as an iCalendar file, with CRLF line ends. */
export function icsFile(doc: CalendarDoc, publisher: Publisher): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${icalText(publisher.partnership)}//Co-production portal//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${icalText(doc.name)}`,
    // Links only when the events below carry them (a URL needs the site's address).
    `X-WR-CALDESC:${icalText(publisher.origin ? doc.description.linked : doc.description.unlinked)}`,
  ];
  for (const e of doc.events) {
    lines.push(
      'BEGIN:VEVENT',
      // As a feed's ids are: the same on every build and any host, so a calendar imported again
      // after the site moves to another address updates its events rather than doubling them.
      `UID:${stableUuid(publisher.partnership, `meeting/${e.key}`)}`,
      // When this description of the event was made: a past meeting's own day, which does not move
      // with the build; for one to come, the day the calendar is built, never a day still to come.
      `DTSTAMP:${compact(e.date < doc.today ? e.date : doc.today)}T000000Z`,
      // With its hours: on the partnership's clocks, written in UTC so every calendar shows them
      // at the right hour wherever its reader is.
      ...(e.hours
        ? [`DTSTART:${utcOf(e.date, e.hours.start, doc.timeZone)}`, `DTEND:${utcOf(e.date, e.hours.end, doc.timeZone)}`]
        : [`DTSTART;VALUE=DATE:${compact(e.date)}`, `DTEND;VALUE=DATE:${compact(addDays(e.date, 1))}`]),
      `SUMMARY:${icalText(e.title)}`,
      ...(e.location ? [`LOCATION:${icalText(e.location)}`] : []),
      // A calendar app cannot follow a path: the page's address only when the build knows the site's.
      `DESCRIPTION:${icalText(publisher.origin ? `${e.description} ${e.pathLabel}: ${absolute(e.path, publisher.origin)}` : e.description)}`,
      // A URL property must be a full address, so it is there when the build knows the site's.
      ...(publisher.origin ? [`URL:${absolute(e.path, publisher.origin)}`] : []),
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
