// A group's next meeting, as a reader needs it: the day, and when, where and how to join.
import type { Group } from '../contract/index.ts';
import type { MeetingHours } from './meeting-hours.ts';

export interface NextMeeting {
  /** YYYY-MM-DD: today or later. */
  date: string;
  time?: string;
  place?: string;
  address?: string;
  /** How to join online. */
  online?: string;
  /**
   * When it starts and ends, when the time's words give them plainly: read from the original's
   * words, as the calendar reads them, so every language's page gives the same hours.
   */
  hours?: MeetingHours;
}

/**
 * The group's next meeting as of `today`, or undefined when no day is set. A day that has passed
 * counts as no day set: the meeting is over, and a volunteer cannot be expected to edit the file
 * the morning after, so the site says "no date is set yet" rather than show an old meeting as next
 * (or fail the build, or warn on every unrelated pull request until someone writes the next day).
 */
export function nextMeetingOf(group: Group, today: string): NextMeeting | undefined {
  const date = group.nextMeeting;
  if (date === undefined || date < today) return undefined;
  const details = {
    time: group.nextMeetingTime,
    place: group.nextMeetingPlace,
    address: group.nextMeetingAddress,
    online: group.nextMeetingOnline,
  };
  return {
    date,
    ...Object.fromEntries(Object.entries(details).filter(([, value]) => value !== undefined)),
  };
}
