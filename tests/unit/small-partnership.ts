// A small partnership worked out by hand, shared by the tests of what is published from it (feeds,
// calendars, open data) and of its reviews in those feeds, its input's story and its year's report.
import type { PortalInput } from '../../src/model/read-model.ts';
import { SITE } from './site-settings.ts';

// Built on 1 April 2025. Worked out by hand:
//   line  Council, made 1 Jan, due 1 March; updates u1 20 Jan in progress (10%), u2 20 Feb at risk,
//         u3 1 May delivered (after the build day: not seen). So at risk, overdue since 2 March
//         (31 days overdue on 1 April), last update 20 Feb (40 days ago), not stale.
//   beds  Council, made 5 Jan, due 1 December; u4 10 March delivered. Not overdue.
//   m-jan 15 Jan, Forum, topic crisis, discussed line; A1 open due 1 Feb; A2 done, closed 1 Feb.
//   AB-2025-1 received 15 Jan, about crisis, led to line, acted on.
//   Forum's next meeting: 10 April.
export const input: PortalInput = {
  site: SITE,
  partners: [{ id: 'council', data: { name: 'Council', kind: 'council' } }],
  themes: [{ id: 'crisis', data: { name: 'Crisis' } }],
  groups: [{ id: 'forum', data: { name: 'Forum', kind: 'forum', description: 'Open.', nextMeeting: '2025-04-10' } }],
  visions: [
    {
      id: 'v',
      data: {
        title: 'V',
        summary: 's',
        status: 'adopted',
        adopted: '2024-12-01',
        coProduction: 'c',
        aims: [{ id: 'a1', title: 'A1', description: 'd' }],
      },
    },
  ],
  commitments: [
    {
      id: 'line',
      data: {
        title: 'Line',
        summary: 'A line.',
        partner: 'council',
        vision: 'v',
        aims: ['a1'],
        made: '2025-01-01',
        due: '2025-03-01',
      },
    },
    {
      id: 'beds',
      data: {
        title: 'Beds',
        summary: 'Beds.',
        partner: 'council',
        vision: 'v',
        aims: ['a1'],
        made: '2025-01-05',
        due: '2025-12-01',
      },
    },
  ],
  updates: [
    {
      id: 'u1',
      data: { title: 'Started', date: '2025-01-20', commitment: 'line', status: 'in-progress', progress: 10 },
    },
    { id: 'u2', data: { title: 'Trouble', date: '2025-02-20', commitment: 'line', status: 'at-risk' } },
    { id: 'u3', data: { title: 'Done', date: '2025-05-01', commitment: 'line', status: 'delivered' } },
    { id: 'u4', data: { title: 'Open', date: '2025-03-10', commitment: 'beds', status: 'delivered' } },
  ],
  minutes: [
    {
      id: 'm-jan',
      data: {
        title: 'Forum, January',
        date: '2025-01-15',
        group: 'forum',
        attendance: { total: 12 },
        themes: ['crisis'],
        commitments: ['line'],
        actions: [
          { id: 'A1', action: 'Write to the trust', owner: 'Chair', status: 'open', due: '2025-02-01' },
          { id: 'A2', action: 'Book a room', owner: 'Secretary', status: 'done', closed: '2025-02-01' },
        ],
      },
    },
  ],
  inputs: [
    {
      id: 'ab-2025-1',
      data: {
        ref: 'AB-2025-1',
        received: '2025-01-15',
        source: 'Forum',
        themes: ['crisis'],
        said: 'Open later.',
        response: 'We will.',
        outcome: 'acted-on',
        commitments: ['line'],
      },
    },
  ],
};
export const TODAY = '2025-04-01';

// Its reviews, worked out by hand against what Council had reported by each review's day:
//   line-2025-01-10  Forum, too early to judge, which neither agrees nor disputes; dated before
//                    AB-2025-1 was said (15 Jan), so not part of its story.
//   line-2025-03-15  Forum, not delivered, 3 people took part; Council reported at risk on 20 Feb,
//                    which claims more than nothing done: disputed. Council replied on 25 March.
//   beds-2025-03-20  Forum, delivered, nobody counted; Council reported delivered on 10 March: agrees.
export const reviews: NonNullable<PortalInput['reviews']> = [
  {
    id: 'line-2025-01-10',
    data: {
      title: 'Early look at the line',
      date: '2025-01-10',
      group: 'forum',
      commitment: 'line',
      verdict: 'too-early',
      method: 'Forum discussion',
    },
    html: '<p>Too soon.</p>',
  },
  {
    id: 'line-2025-03-15',
    data: {
      title: 'The forum’s review of the line',
      date: '2025-03-15',
      group: 'forum',
      commitment: 'line',
      verdict: 'not-delivered',
      method: 'Forum discussion',
      participants: 3,
      reply: { date: '2025-03-25', text: 'We are hiring.', role: 'Head of Services' },
    },
    html: '<p>Nobody answers at night.</p>',
  },
  {
    id: 'beds-2025-03-20',
    data: {
      title: 'The forum’s review of the beds',
      date: '2025-03-20',
      group: 'forum',
      commitment: 'beds',
      verdict: 'delivered',
      method: 'Visit',
    },
    html: '<p>The beds are open.</p>',
  },
];
