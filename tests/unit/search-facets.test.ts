import { describe, expect, it } from 'vitest';
import { buildPortal, type CommitmentView, type PortalInput } from '../../src/model/read-model.ts';
import {
  commitmentFacets,
  easyReadFacets,
  everyFacet,
  groupFacets,
  pageFacets,
  partnerFacets,
  themeFacets,
  filterValues,
  offeredFilters,
  inputFacets,
  minutesFacets,
  updateFacets,
  visionFacets,
} from '../../src/present/search-facets.ts';
import { SITE } from './site-settings.ts';
import { en } from '../helpers/messages.ts';

const input: PortalInput = {
  site: SITE,
  partners: [
    { id: 'council', data: { name: 'Northmoor Council', kind: 'council' } },
    { id: 'voices', data: { name: 'Peer Voices, North', kind: 'user-led' } },
  ],
  themes: [
    { id: 'crisis', data: { name: 'Crisis help' } },
    { id: 'homes', data: { name: 'Housing' } },
  ],
  groups: [{ id: 'forum', data: { name: 'Open Forum', kind: 'forum', description: 'd' } }],
  visions: [
    {
      id: 'v',
      data: {
        title: 'V',
        summary: 's',
        status: 'adopted',
        adopted: '2024-01-10',
        coProduction: 'c',
        aims: [
          { id: 'night', title: 'Help at night', description: 'd' },
          { id: 'home', title: 'A home', description: 'd' },
        ],
      },
    },
  ],
  commitments: [
    {
      id: 'line',
      data: { title: 'Line', summary: 's', partner: 'council', vision: 'v', aims: ['night'], made: '2024-02-01' },
    },
    {
      id: 'homes',
      data: {
        title: 'Homes',
        summary: 's',
        partner: 'voices',
        vision: 'v',
        aims: ['home', 'night'],
        made: '2025-03-01',
      },
    },
  ],
  updates: [{ id: 'u', data: { title: 'U', date: '2025-05-01', commitment: 'line', status: 'at-risk' } }],
  minutes: [
    {
      id: 'm',
      data: { title: 'M', date: '2024-04-02', group: 'forum', attendance: { total: 5 }, themes: ['homes', 'crisis'] },
    },
  ],
  inputs: [
    {
      id: 'i',
      data: {
        ref: 'NM-2024-1',
        received: '2024-04-02',
        source: 's',
        themes: ['crisis'],
        said: 's',
        response: 'r',
        outcome: 'considering',
        commitments: ['line', 'homes'],
      },
    },
  ],
};
const portal = buildPortal(input, '2025-06-01');
// Commitments come by title: Homes, then Line.
const [homes, line] = portal.commitments as [CommitmentView, CommitmentView];

describe('search facets', () => {
  it('files a commitment under its partner, current status, aims and the year it was made', () => {
    expect(commitmentFacets(en, line)).toEqual({
      type: 'Commitment',
      date: '2024-02-01',
      filters: {
        type: ['Commitment'],
        year: ['2024'],
        partner: ['Northmoor Council'],
        status: ['At risk'],
        aim: ['Help at night'],
      },
      meta: { type: 'Commitment', date: '2024-02-01', status: 'At risk', partner: 'Northmoor Council' },
    });
  });
  it('files a commitment under its aims in the order the commitment names them, not the vision’s', () => {
    // Homes names "home" then "night"; the vision lists "night" first.
    expect(commitmentFacets(en, homes).filters.aim).toEqual(['A home', 'Help at night']);
  });
  it('files an update under its own status, not its commitment’s current one', () => {
    expect(updateFacets(en, portal.updates[0]!).filters.status).toEqual(['At risk']);
    expect(commitmentFacets(en, homes).filters.status).toEqual(['No update yet']);
  });
  it('files a meeting under its group and topics', () => {
    expect(minutesFacets(en, portal.minutes[0]!).filters).toEqual({
      type: ['Meeting'],
      year: ['2024'],
      group: ['Open Forum'],
      theme: ['Housing', 'Crisis help'],
    });
  });
  it('files an input under its outcome, topics and the partners of the commitments it led to', () => {
    expect(inputFacets(en, portal.inputs[0]!).filters).toEqual({
      type: ['You said'],
      year: ['2024'],
      status: ['Being considered'],
      theme: ['Crisis help'],
      partner: ['Northmoor Council', 'Peer Voices, North'],
    });
  });
  it('names every partner of an input in the line shown with its result', () => {
    expect(inputFacets(en, portal.inputs[0]!).meta.partner).toBe('Northmoor Council and Peer Voices, North');
  });
  it('lists every filter value once, sorted, with years newest first', () => {
    const all = [
      visionFacets(en, portal.visions[0]!),
      commitmentFacets(en, line),
      commitmentFacets(en, homes),
      inputFacets(en, portal.inputs[0]!),
    ];
    expect(filterValues(en, all)).toEqual({
      type: ['Vision', 'Commitment', 'You said'],
      partner: ['Northmoor Council', 'Peer Voices, North'],
      status: ['At risk', 'Being considered', 'No update yet'],
      // No review, so nothing to file under a verdict.
      verdict: [],
      disputed: [],
      theme: ['Crisis help'],
      aim: ['A home', 'Help at night'],
      group: [],
      year: ['2025', '2024'],
    });
  });
  it('files the pages of partners, groups and topics under their own name, with no date or year', () => {
    expect(partnerFacets(en, portal.partners[1]!)).toEqual({
      type: 'Partner',
      filters: { type: ['Partner'], partner: ['Peer Voices, North'] },
      meta: { type: 'Partner', date: undefined, status: undefined, partner: 'Peer Voices, North' },
    });
    expect(groupFacets(en, portal.groups[0]!).filters).toEqual({ type: ['Group'], group: ['Open Forum'] });
    expect(themeFacets(en, portal.themes[1]!).filters).toEqual({ type: ['Topic'], theme: ['Housing'] });
    expect(pageFacets(en)).toMatchObject({ type: 'Page', filters: { type: ['Page'] } });
    expect(pageFacets(en).date).toBeUndefined();
  });
  it('files an Easy Read version as Easy Read, dated and aimed as its vision', () => {
    expect(easyReadFacets(en, portal.visions[0]!).filters).toEqual({
      type: ['Easy Read'],
      year: ['2024'],
      aim: ['Help at night', 'A home'],
    });
  });
  it('offers only the filters that have a value, in the search page’s order, each with its label', () => {
    // One vision, two commitments, an update, a meeting and an input: every filter has a value, so
    // all seven are offered, in the order FILTERS gives.
    const offered = offeredFilters(en, filterValues(en, everyFacet(en, portal)));
    expect(offered.map((f) => f.label)).toEqual([
      'Type',
      'Partner',
      'Status or outcome',
      'Topic',
      'Aim',
      'Group',
      'Year',
    ]);
    // The vision has no Easy Read version, so no Easy Read type; the get-involved page is the one Page.
    expect(offered[0]!.values).toEqual([
      'Vision',
      'Commitment',
      'Update',
      'Meeting',
      'You said',
      'Partner',
      'Group',
      'Topic',
      'Page',
    ]);
    // Without the meeting and the group's own page, no value names a group, so the group filter is not offered.
    const noMeeting = offeredFilters(en, filterValues(en, everyFacet(en, { ...portal, minutes: [], groups: [] })));
    expect(noMeeting.map((f) => f.name)).not.toContain('group');
  });
});
