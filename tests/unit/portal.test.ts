import { describe, expect, it } from 'vitest';
import {
  buildPortal,
  orderActions,
  upcomingMeetings,
  type Entry,
  type PortalInput,
} from '../../src/model/read-model.ts';
import type { Group, Minutes } from '../../src/contract/index.ts';

const group: Entry<Group> = { id: 'forum', data: { name: 'Forum', kind: 'forum', description: 'Open.' } };
const meeting = (id: string, date: string, actions: Minutes['actions']): Entry<Minutes> => ({
  id,
  data: { title: id, date, group: 'forum', attendance: { total: 10 }, actions },
});

describe('orderActions', () => {
  // Today is 2025-06-01. Worked out by hand:
  // A1 open since 2025-01-10 (142 days), due 2025-03-01 so 92 days overdue;
  // B1 open since 2025-04-01 (61 days), not due yet;
  // A2 done on 2025-02-01; B2 dropped on 2025-05-15; B3 done on 2025-04-20.
  const minutes = [
    meeting('jan', '2025-01-10', [
      { id: 'A1', action: 'x', owner: 'Chair', status: 'open', due: '2025-03-01' },
      { id: 'A2', action: 'x', owner: 'Chair', status: 'done', closed: '2025-02-01' },
    ]),
    meeting('apr', '2025-04-01', [
      { id: 'B1', action: 'x', owner: 'Chair', status: 'open', due: '2025-07-01' },
      { id: 'B2', action: 'x', owner: 'Chair', status: 'dropped', closed: '2025-05-15' },
      { id: 'B3', action: 'x', owner: 'Chair', status: 'done', closed: '2025-04-20' },
    ]),
  ];
  const ordered = orderActions(minutes, [group], '2025-06-01');

  it('puts open actions first, longest waiting first, then closed ones, most recently closed first', () => {
    expect(ordered.map((v) => v.action.id)).toEqual(['A1', 'B1', 'B2', 'B3', 'A2']);
  });
  it('gives an open action’s age in days since its meeting', () => {
    expect(ordered.map((v) => v.age)).toEqual([142, 61, 44, 19, 22]);
  });
  it('says how overdue an open action is, and only an open one', () => {
    expect(ordered.map((v) => v.overdue)).toEqual([92, null, null, null, null]);
  });
});

describe('buildPortal', () => {
  const input: PortalInput = {
    site: {
      name: 'n',
      partnership: 'p',
      description: 'd',
      contact: 'a@b.example',
      exampleContent: false,
      locale: 'en-GB',
    },
    partners: [{ id: 'council', data: { name: 'Council', kind: 'council' } }],
    themes: [{ id: 'crisis', data: { name: 'Crisis' } }],
    groups: [group],
    visions: [
      {
        id: 'v',
        data: {
          title: 'V',
          summary: 's',
          status: 'draft',
          coProduction: 'c',
          aims: [{ id: 'a', title: 'A', description: 'd' }],
        },
      },
    ],
    commitments: [
      {
        id: 'line',
        data: {
          title: 'Line',
          summary: 's',
          partner: 'council',
          vision: 'v',
          aims: ['a'],
          made: '2025-01-01',
          due: '2025-03-01',
        },
      },
      {
        id: 'homes',
        data: { title: 'Homes', summary: 's', partner: 'council', vision: 'v', aims: ['a'], made: '2025-01-01' },
      },
    ],
    updates: [
      { id: 'u-old', data: { title: 'Old', date: '2025-01-20', commitment: 'line', status: 'in-progress' } },
      { id: 'u-new', data: { title: 'New', date: '2025-02-20', commitment: 'line', status: 'at-risk' } },
    ],
    minutes: [
      {
        id: 'm',
        data: { title: 'M', date: '2025-02-01', group: 'forum', attendance: { total: 5 }, commitments: ['line'] },
      },
    ],
    inputs: [
      {
        id: 'i',
        data: {
          ref: 'AB-2025-1',
          received: '2025-02-01',
          source: 'Forum',
          themes: ['crisis'],
          said: 's',
          response: 'r',
          outcome: 'acted-on',
          commitments: ['line'],
        },
      },
    ],
  };
  const portal = buildPortal(input, '2025-04-01');
  const line = portal.commitmentViews.find((c) => c.id === 'line')!;

  it('finds a commitment’s updates, newest first, by looking back from the updates', () => {
    expect(line.updates.map((u) => u.id)).toEqual(['u-new', 'u-old']);
  });
  it('finds the inputs and meetings that point at a commitment', () => {
    expect(line.inputs.map((i) => i.id)).toEqual(['i']);
    expect(line.minutes.map((m) => m.id)).toEqual(['m']);
  });
  it('derives each commitment’s status and flags as of the build day', () => {
    expect(line.state).toMatchObject({ status: 'at-risk', overdue: 31 });
  });
  it('gives each partner a scorecard', () => {
    expect(portal.scorecards.get('council')).toMatchObject({
      made: 2,
      atRisk: 1,
      overdue: 1,
      lastUpdate: '2025-02-20',
    });
  });
});

describe('upcomingMeetings', () => {
  const groups: Entry<Group>[] = [
    { id: 'late', data: { name: 'Late', kind: 'board', description: 'd', nextMeeting: '2025-03-01' } },
    { id: 'past', data: { name: 'Past', kind: 'forum', description: 'd', nextMeeting: '2025-01-31' } },
    { id: 'today', data: { name: 'Today', kind: 'forum', description: 'd', nextMeeting: '2025-02-01' } },
    { id: 'none', data: { name: 'None', kind: 'other', description: 'd' } },
  ];
  it('lists groups meeting today or later, soonest first, and drops past and unset dates', () => {
    expect(upcomingMeetings(groups, '2025-02-01').map((g) => g.id)).toEqual(['today', 'late']);
  });
});
