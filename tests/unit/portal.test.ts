import { inputsAround } from '../../src/model/story.ts';
import { describe, expect, it } from 'vitest';
import {
  buildPortal,
  orderActions,
  upcomingMeetings,
  type Entry,
  type Portal,
  type PortalInput,
} from '../../src/model/read-model.ts';
import type { Group, Minutes } from '../../src/contract/index.ts';
import { SITE } from './site-settings.ts';

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

// A small partnership, built on 1 April 2025, with every answer below worked out by hand.
//
// Partners: Council, Trust. Topics, as read: Crisis, Housing, Rights. Groups, as read: Forum (next
// meets 10 April), Board (next meeting 1 March, already past). One vision with two aims, in this
// order: a1 "Night help", a2 "A home".
//
// Commitments (by title: Beds, Homes, Line):
//   line  Council, aims a1,     due 1 March    updates 20 Jan in progress, 20 Feb at risk, 1 May delivered
//   homes Council, aims a2, a1, due 20 March   no update
//   beds  Trust,   aims a2,     due 1 December update 10 March delivered
// The 1 May update is after the build day, so it is not seen yet: Line is at risk and 31 days overdue
// (1 March to 1 April); Homes has no update and is 12 days overdue; Beds is delivered.
//
// Minutes (newest first: m-mar, m-feb, m-jan):
//   m-jan 15 Jan Forum, topics Housing then Crisis, discussed Line and Homes; A1 open, due 1 Feb; A2 done 1 Feb
//   m-feb 10 Feb Forum, no topics, no actions
//   m-mar  5 Mar Board, topic Crisis, discussed Beds; B1 open
// Open actions, longest waiting first: A1 (76 days since 15 Jan), B1 (27 days since 5 March); then A2.
//
// Inputs (by code number: AB-2025-9, AB-2025-10, AB-2025-11):
//   i9  AB-2025-9   Housing and Crisis, said at m-jan, led to Homes,         considering
//   i10 AB-2025-10  Crisis,             said at m-jan, led to Line and Beds, acted on
//   i11 AB-2025-11  Housing,            not at a meeting, led to nothing,   in progress
const input: PortalInput = {
  site: SITE,
  partners: [
    { id: 'trust', data: { name: 'Trust', kind: 'nhs' } },
    { id: 'council', data: { name: 'Council', kind: 'council' } },
  ],
  themes: [
    { id: 'crisis', data: { name: 'Crisis' } },
    { id: 'homes', data: { name: 'Housing' } },
    { id: 'rights', data: { name: 'Rights' } },
  ],
  groups: [
    { id: 'forum', data: { name: 'Forum', kind: 'forum', description: 'd', nextMeeting: '2025-04-10' } },
    { id: 'board', data: { name: 'Board', kind: 'board', description: 'd', nextMeeting: '2025-03-01' } },
  ],
  visions: [
    {
      id: 'v',
      data: {
        title: 'V',
        summary: 's',
        status: 'draft',
        coProduction: 'c',
        aims: [
          { id: 'a1', title: 'Night help', description: 'd' },
          { id: 'a2', title: 'A home', description: 'd' },
        ],
      },
      html: '<p>Our vision.</p>',
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
        aims: ['a1'],
        made: '2025-01-01',
        due: '2025-03-01',
      },
    },
    {
      id: 'homes',
      data: {
        title: 'Homes',
        summary: 's',
        partner: 'council',
        vision: 'v',
        aims: ['a2', 'a1'],
        made: '2025-01-01',
        due: '2025-03-20',
      },
    },
    {
      id: 'beds',
      data: {
        title: 'Beds',
        summary: 's',
        partner: 'trust',
        vision: 'v',
        aims: ['a2'],
        made: '2025-02-01',
        due: '2025-12-01',
      },
    },
  ],
  updates: [
    { id: 'u-old', data: { title: 'Old', date: '2025-01-20', commitment: 'line', status: 'in-progress' } },
    {
      id: 'u-new',
      data: { title: 'New', date: '2025-02-20', commitment: 'line', status: 'at-risk' },
      html: '<p>Slipping.</p>',
    },
    { id: 'u-future', data: { title: 'Later', date: '2025-05-01', commitment: 'line', status: 'delivered' } },
    {
      id: 'u-beds',
      data: {
        title: 'Beds open',
        date: '2025-03-10',
        commitment: 'beds',
        status: 'delivered',
        evidence: [{ label: 'Report', url: 'https://example.org/report' }],
      },
    },
  ],
  minutes: [
    {
      id: 'm-jan',
      data: {
        title: 'January',
        date: '2025-01-15',
        group: 'forum',
        attendance: { total: 5 },
        themes: ['homes', 'crisis'],
        commitments: ['line', 'homes'],
        actions: [
          { id: 'A1', action: 'x', owner: 'o', status: 'open', due: '2025-02-01' },
          { id: 'A2', action: 'x', owner: 'o', status: 'done', closed: '2025-02-01' },
        ],
      },
    },
    {
      id: 'm-mar',
      data: {
        title: 'March',
        date: '2025-03-05',
        group: 'board',
        attendance: { total: 5 },
        themes: ['crisis'],
        commitments: ['beds'],
        actions: [{ id: 'B1', action: 'x', owner: 'o', status: 'open' }],
      },
    },
    {
      id: 'm-feb',
      data: { title: 'February', date: '2025-02-10', group: 'forum', attendance: { total: 5 }, decisions: [] },
    },
  ],
  inputs: [
    {
      id: 'i10',
      data: {
        ref: 'AB-2025-10',
        received: '2025-01-15',
        source: 'Forum',
        meeting: 'm-jan',
        themes: ['crisis'],
        said: 's',
        response: 'r',
        outcome: 'acted-on',
        commitments: ['line', 'beds'],
      },
    },
    {
      id: 'i9',
      data: {
        ref: 'AB-2025-9',
        received: '2025-01-15',
        source: 'Forum',
        meeting: 'm-jan',
        themes: ['homes', 'crisis'],
        said: 's',
        response: 'r',
        outcome: 'considering',
        commitments: ['homes'],
      },
    },
    {
      id: 'i11',
      data: {
        ref: 'AB-2025-11',
        received: '2025-02-01',
        source: 'Survey',
        themes: ['homes'],
        said: 's',
        response: 'r',
        outcome: 'in-progress',
      },
    },
  ],
};
const portal = buildPortal(input, '2025-04-01');

const ids = (entries: { id: string }[]) => entries.map((e) => e.id);
function view<K extends 'commitments' | 'partners' | 'themes' | 'groups' | 'minutes' | 'inputs' | 'updates'>(
  kind: K,
  id: string,
): Portal[K][number] {
  const found = (portal[kind] as Portal[K][number][]).find((v) => v.id === id);
  if (!found) throw new Error(`no ${kind} ${id}`);
  return found;
}

describe('buildPortal: commitments', () => {
  it('lists commitments by title', () => {
    expect(ids(portal.commitments)).toEqual(['beds', 'homes', 'line']);
  });
  it('finds a commitment’s updates up to the build day, newest first, by looking back from the updates', () => {
    expect(ids(view('commitments', 'line').updates.items)).toEqual(['u-new', 'u-old']);
    expect(view('commitments', 'line').updates.count).toBe(2);
  });
  it('derives each commitment’s status and flags as of the build day', () => {
    expect(view('commitments', 'line').state).toMatchObject({ status: 'at-risk', overdue: 31 });
    expect(view('commitments', 'homes').state).toMatchObject({ status: 'no-update', overdue: 12 });
  });
  it('finds the inputs and meetings that point at a commitment', () => {
    expect(ids(view('commitments', 'line').inputs.items)).toEqual(['i10']);
    expect(ids(view('commitments', 'line').minutes.items)).toEqual(['m-jan']);
    expect(ids(view('commitments', 'beds').minutes.items)).toEqual(['m-mar']);
  });
  it('gives a commitment its aims in the vision’s order, and their titles for search in its own order', () => {
    const homes = view('commitments', 'homes');
    expect(homes.aims.map((a) => a.title)).toEqual(['Night help', 'A home']);
    expect(homes.aimTitles).toEqual(['A home', 'Night help']);
  });
  it('links a commitment to its partner’s view, which links back to it', () => {
    const line = view('commitments', 'line');
    expect(line.partner.id).toBe('council');
    expect(line.partner.commitments.items).toContain(line);
  });
});

describe('buildPortal: partners', () => {
  it('gives a partner its commitments, by title', () => {
    expect(ids(view('partners', 'council').commitments.items)).toEqual(['homes', 'line']);
    expect(ids(view('partners', 'trust').commitments.items)).toEqual(['beds']);
  });
  it('gives each partner a scorecard of its own commitments', () => {
    // Council: Homes (no update, 12 days overdue) and Line (at risk, 31 days overdue, last update 20 Feb).
    expect(view('partners', 'council').scorecard).toMatchObject({
      made: 2,
      delivered: 0,
      atRisk: 1,
      overdue: 2,
      lastUpdate: '2025-02-20',
    });
    expect(view('partners', 'trust').scorecard).toMatchObject({ made: 1, delivered: 1, overdue: 0 });
  });
  it('lists partners by name', () => {
    expect(ids(portal.lists.partners)).toEqual(['council', 'trust']);
  });
});

describe('buildPortal: visions and aims', () => {
  it('gives each aim the commitments towards it, by title', () => {
    const [nightHelp, aHome] = portal.visions[0]!.aims;
    expect(ids(nightHelp!.commitments.items)).toEqual(['homes', 'line']);
    expect(ids(aHome!.commitments.items)).toEqual(['beds', 'homes']);
    expect(aHome!.commitments.items.map((c) => c.state.status)).toEqual(['delivered', 'no-update']);
  });
  it('lists every aim of every vision, vision by vision', () => {
    expect(portal.aims.map((a) => a.title)).toEqual(['Night help', 'A home']);
  });
  it('keeps a body’s HTML with its entry', () => {
    expect(portal.visions[0]!.html).toBe('<p>Our vision.</p>');
    expect(view('updates', 'u-new').html).toBe('<p>Slipping.</p>');
  });
});

describe('buildPortal: topics', () => {
  it('gives a topic what people said about it, by code number, with their outcomes', () => {
    const crisis = view('themes', 'crisis');
    expect(ids(crisis.inputs.items)).toEqual(['i9', 'i10']);
    expect(crisis.outcomes).toEqual(['considering', 'acted-on']);
  });
  it('gives a topic the meetings that discussed it, newest first', () => {
    expect(ids(view('themes', 'crisis').meetings.items)).toEqual(['m-mar', 'm-jan']);
    expect(ids(view('themes', 'homes').meetings.items)).toEqual(['m-jan']);
  });
  it('gives a topic the commitments that what people said about it led to, each once, by title', () => {
    // Crisis: i9 led to Homes, i10 to Line and Beds.
    expect(ids(view('themes', 'crisis').commitments.items)).toEqual(['beds', 'homes', 'line']);
    expect(ids(view('themes', 'homes').commitments.items)).toEqual(['homes']);
  });
  it('gives a topic nobody raised empty lists', () => {
    const rights = view('themes', 'rights');
    expect([rights.inputs.count, rights.meetings.count, rights.commitments.count]).toEqual([0, 0, 0]);
  });
  it('lists topics by name, and separately the topics something was said about, as read', () => {
    expect(ids(portal.lists.themes)).toEqual(['crisis', 'homes', 'rights']);
    expect(ids(portal.lists.themesWithInputs)).toEqual(['crisis', 'homes']);
  });
});

describe('buildPortal: groups', () => {
  it('gives a group its meetings, newest first', () => {
    expect(ids(view('groups', 'forum').meetings.items)).toEqual(['m-feb', 'm-jan']);
    expect(ids(view('groups', 'board').meetings.items)).toEqual(['m-mar']);
  });
  it('gives a group its actions in the order of every action, and how many are open', () => {
    const forum = view('groups', 'forum');
    expect(forum.actions.items.map((a) => a.action.id)).toEqual(['A1', 'A2']);
    expect(forum.openActions).toBe(1);
    expect(view('groups', 'board').actions.items.map((a) => a.action.id)).toEqual(['B1']);
  });
  it('gives a group its next meeting only when that is still to come', () => {
    expect(view('groups', 'forum').upcoming).toBe('2025-04-10');
    expect(view('groups', 'board').upcoming).toBeUndefined();
    expect(ids(portal.home.upcoming.items)).toEqual(['forum']);
  });
  it('orders every action: open ones first, longest waiting first', () => {
    expect(portal.actions.map((a) => a.action.id)).toEqual(['A1', 'B1', 'A2']);
    expect(portal.actions.map((a) => a.age)).toEqual([76, 27, 17]);
  });
});

describe('buildPortal: meetings', () => {
  it('lists minutes newest first', () => {
    expect(ids(portal.minutes)).toEqual(['m-mar', 'm-feb', 'm-jan']);
  });
  it('gives a meeting its group', () => {
    expect(view('minutes', 'm-mar').group.id).toBe('board');
  });
  it('gives a meeting its topics in the topics’ order, and their names for search in its own order', () => {
    const jan = view('minutes', 'm-jan');
    expect(ids(jan.themes.items)).toEqual(['crisis', 'homes']);
    expect(jan.themeNames).toEqual(['Housing', 'Crisis']);
  });
  it('gives a meeting the commitments it discussed, by title', () => {
    expect(ids(view('minutes', 'm-jan').commitments.items)).toEqual(['homes', 'line']);
  });
  it('gives a meeting what people said there, by code number', () => {
    expect(ids(view('minutes', 'm-jan').inputs.items)).toEqual(['i9', 'i10']);
    expect(view('minutes', 'm-mar').inputs.count).toBe(0);
  });
  it('leaves out decisions and actions a meeting has none of', () => {
    const feb = view('minutes', 'm-feb');
    expect(feb.decisions).toBeUndefined();
    expect(feb.actions).toBeUndefined();
    expect(view('minutes', 'm-jan').actions?.map((a) => a.action.id)).toEqual(['A1', 'A2']);
  });
});

describe('buildPortal: inputs', () => {
  it('lists inputs by the number in their code, not letter by letter', () => {
    expect(portal.inputs.map((i) => i.data.ref)).toEqual(['AB-2025-9', 'AB-2025-10', 'AB-2025-11']);
  });
  it('gives an input its topics, its meeting and the commitments it led to', () => {
    const i10 = view('inputs', 'i10');
    expect(ids(i10.themes.items)).toEqual(['crisis']);
    expect(i10.meeting?.id).toBe('m-jan');
    expect(ids(i10.commitments.items)).toEqual(['beds', 'line']);
    expect(view('inputs', 'i11').meeting).toBeUndefined();
  });
  it('gives an input the partners of the commitments it led to, each once, by name', () => {
    expect(ids(view('inputs', 'i10').partners)).toEqual(['council', 'trust']);
    expect(ids(view('inputs', 'i9').partners)).toEqual(['council']);
    expect(view('inputs', 'i11').partners).toEqual([]);
  });
});

describe('buildPortal: updates', () => {
  it('lists every update newest first, including one dated after the build day', () => {
    expect(ids(portal.updates)).toEqual(['u-future', 'u-beds', 'u-new', 'u-old']);
  });
  it('gives an update its commitment and that commitment’s partner', () => {
    const beds = view('updates', 'u-beds');
    expect(beds.commitment.id).toBe('beds');
    expect(beds.partner.id).toBe('trust');
  });
  it('keeps an update’s evidence only when it has some', () => {
    expect(view('updates', 'u-beds').evidence).toHaveLength(1);
    expect(view('updates', 'u-new').evidence).toBeUndefined();
  });
  it('splits the updates into pages, with their total', () => {
    expect(portal.lists.updatePages).toHaveLength(1);
    expect(portal.lists.updatePages[0]).toMatchObject({ number: 1, last: 1, total: 4 });
  });
});

describe('buildPortal: lists and counts', () => {
  it('groups commitments by status, only the statuses some commitment has, in the site’s order', () => {
    expect(portal.lists.commitmentsByStatus.map((g) => [g.status, ids(g.commitments.items)])).toEqual([
      ['no-update', ['homes']],
      ['at-risk', ['line']],
      ['delivered', ['beds']],
    ]);
  });
  it('lists overdue commitments, longest overdue first', () => {
    expect(ids(portal.lists.overdue.items)).toEqual(['line', 'homes']);
    expect(portal.lists.overdue.count).toBe(2);
  });
  it('counts commitments, inputs and actions over everything', () => {
    expect(portal.totals.commitments).toMatchObject({ made: 3, delivered: 1, atRisk: 1, overdue: 2 });
    expect(portal.totals.inputs).toBe(3);
    expect(portal.totals.outcomes).toEqual(['considering', 'acted-on', 'in-progress']);
    expect([portal.totals.actions, portal.totals.openActions]).toEqual([3, 2]);
  });
  it('gives the home page the newest four updates, the newest three minutes and every code', () => {
    expect(ids(portal.home.latestUpdates.items)).toEqual(['u-future', 'u-beds', 'u-new', 'u-old']);
    expect(ids(portal.home.recentMinutes.items)).toEqual(['m-mar', 'm-feb', 'm-jan']);
    expect(portal.home.refs.items).toEqual(['AB-2025-9', 'AB-2025-10', 'AB-2025-11']);
  });
  it('shows what a reference code looks like with the first of the partnership’s own codes, and its year', () => {
    expect(portal.home.exampleRef).toEqual({ code: 'AB-2025-9', year: '2025' });
  });
  it('shows, before anyone has a code, the first code `npm run new` would give in the year of the build', () => {
    const none = buildPortal({ ...input, inputs: [], minutes: [] }, '2026-03-02');
    expect(none.home.exampleRef).toEqual({ code: 'YS-2026-001', year: '2026' });
  });
  it('shows the adopted vision on the home page, or the first when none is adopted', () => {
    expect(portal.home.vision?.id).toBe('v');
    const two = buildPortal(
      {
        ...input,
        visions: [
          ...input.visions,
          { id: 'w', data: { ...input.visions[0]!.data, status: 'adopted', adopted: '2025-01-01' } },
        ],
      },
      '2025-04-01',
    );
    expect(two.home.vision?.id).toBe('w');
    expect(ids(two.lists.visions)).toEqual(['w', 'v']);
  });
});

describe('buildPortal: broken references', () => {
  it('names the entry and the missing id, rather than failing later on a page', () => {
    const broken = {
      ...input,
      updates: [{ ...input.updates[0]!, data: { ...input.updates[0]!.data, commitment: 'gone' } }],
    };
    expect(() => buildPortal(broken, '2025-04-01')).toThrow('The update u-old names "gone", which does not exist.');
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

describe('inputsAround', () => {
  it('puts what was said on or before the day a commitment was made as leading to it, and what came after apart', () => {
    const said = (ref: string, received: string) => ({ ref, data: { received } });
    const { ledTo, since } = inputsAround({ data: { made: '2025-03-10' } }, [
      said('a', '2025-01-02'),
      said('b', '2025-03-10'),
      said('c', '2025-03-11'),
      said('d', '2024-12-01'),
    ]);
    expect([ledTo.map((i) => i.ref), since.map((i) => i.ref)]).toEqual([['a', 'b', 'd'], ['c']]);
  });
});
