// A group's next meeting, worked out by hand for each case, and the contract's rule for its details.
import { describe, expect, it } from 'vitest';
import { groupSchema, type Group } from '../../src/contract/index.ts';
import { buildPortal } from '../../src/model/read-model.ts';
import { nextMeetingOf } from '../../src/model/next-meeting.ts';
import { SITE } from './site-settings.ts';

const group = (more: Partial<Group>): Group => ({ name: 'Forum', kind: 'forum', description: 'd', ...more });

describe('nextMeetingOf', () => {
  it('gives the day with when, where and how to join, when the day is still to come', () => {
    const g = group({
      nextMeeting: '2026-12-08',
      nextMeetingTime: '6pm to 8pm',
      nextMeetingPlace: 'Library, community room',
      nextMeetingAddress: '1 Market Square',
      nextMeetingOnline: 'email us for a link',
    });
    expect(nextMeetingOf(g, '2026-12-03')).toEqual({
      date: '2026-12-08',
      time: '6pm to 8pm',
      place: 'Library, community room',
      address: '1 Market Square',
      online: 'email us for a link',
    });
  });
  it('counts the day itself as still to come', () => {
    expect(nextMeetingOf(group({ nextMeeting: '2026-12-08' }), '2026-12-08')).toEqual({ date: '2026-12-08' });
  });
  it('treats a day that has passed as no day set, details and all', () => {
    expect(
      nextMeetingOf(
        group({ nextMeeting: '2026-11-24', nextMeetingTime: '2pm', nextMeetingPlace: 'Hall' }),
        '2026-11-25',
      ),
    ).toBeUndefined();
  });
  it('gives nothing when no day is set', () => {
    expect(nextMeetingOf(group({}), '2026-12-03')).toBeUndefined();
  });
  it('is what the group’s view carries, beside the day the home page lists', () => {
    const portal = buildPortal(
      {
        site: SITE,
        partners: [],
        themes: [],
        visions: [],
        commitments: [],
        updates: [],
        minutes: [],
        inputs: [],
        groups: [
          { id: 'soon', data: group({ nextMeeting: '2026-12-08', nextMeetingPlace: 'Hall' }) },
          { id: 'gone', data: group({ nextMeeting: '2026-11-24', nextMeetingTime: '2pm' }) },
        ],
      },
      '2026-12-03',
    );
    const [soon, gone] = portal.groups;
    expect(soon!.next).toEqual({ date: '2026-12-08', place: 'Hall' });
    expect(soon!.upcoming).toBe('2026-12-08');
    expect(gone!.next).toBeUndefined();
    expect(gone!.upcoming).toBeUndefined();
  });
});

describe('the next meeting’s fields in the contract', () => {
  it('are optional: a group without them is valid, as before', () => {
    expect(
      groupSchema.safeParse({ name: 'F', kind: 'forum', description: 'd', nextMeeting: '2026-12-08' }).success,
    ).toBe(true);
  });
  it('refuse a time or place with no day, naming the field and how to fix it', () => {
    const result = groupSchema.safeParse({
      name: 'F',
      kind: 'forum',
      description: 'd',
      nextMeetingTime: '6pm',
      nextMeetingPlace: 'Hall',
    });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      [
        'nextMeetingTime',
        '`nextMeetingTime` says more about the next meeting, but there is no `nextMeeting` day. Add `nextMeeting:` with the day, written YYYY-MM-DD, or remove `nextMeetingTime` until the day is set.',
      ],
      [
        'nextMeetingPlace',
        '`nextMeetingPlace` says more about the next meeting, but there is no `nextMeeting` day. Add `nextMeeting:` with the day, written YYYY-MM-DD, or remove `nextMeetingPlace` until the day is set.',
      ],
    ]);
  });
  it('refuse an empty place', () => {
    const result = groupSchema.safeParse({
      name: 'F',
      kind: 'forum',
      description: 'd',
      nextMeeting: '2026-12-08',
      nextMeetingPlace: '  ',
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['nextMeetingPlace', 'must not be empty'],
    ]);
  });
});
