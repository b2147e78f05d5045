import { describe, expect, it } from 'vitest';
import { buildPortal, type PortalInput } from '../../src/model/read-model.ts';
import {
  commitmentFacets,
  filterValues,
  inputFacets,
  minutesFacets,
  updateFacets,
  visionFacets,
} from '../../src/present/search-facets.ts';

const input: PortalInput = {
  site: {
    name: 'n',
    partnership: 'p',
    description: 'd',
    contact: 'a@b.example',
    exampleContent: false,
    locale: 'en-GB',
  },
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
const line = portal.commitmentViews.find((c) => c.id === 'line')!;
const homes = portal.commitmentViews.find((c) => c.id === 'homes')!;

describe('search facets', () => {
  it('files a commitment under its partner, current status, aims and the year it was made', () => {
    expect(commitmentFacets(line, portal.visions)).toEqual({
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
  it('files an update under its own status, not its commitment’s current one', () => {
    expect(updateFacets(portal.updates[0]!, line, portal.visions).filters.status).toEqual(['At risk']);
    expect(commitmentFacets(homes, portal.visions).filters.status).toEqual(['No update yet']);
  });
  it('files a meeting under its group and topics', () => {
    expect(minutesFacets(portal.minutes[0]!, portal.groups, portal.themes).filters).toEqual({
      type: ['Meeting'],
      year: ['2024'],
      group: ['Open Forum'],
      theme: ['Housing', 'Crisis help'],
    });
  });
  it('files an input under its outcome, topics and the partners of the commitments it led to', () => {
    expect(inputFacets(portal.inputs[0]!, portal.themes, portal.commitmentViews).filters).toEqual({
      type: ['You said'],
      year: ['2024'],
      status: ['Being considered'],
      theme: ['Crisis help'],
      partner: ['Northmoor Council', 'Peer Voices, North'],
    });
  });
  it('names every partner of an input in the line shown with its result', () => {
    expect(inputFacets(portal.inputs[0]!, portal.themes, portal.commitmentViews).meta.partner).toBe(
      'Northmoor Council and Peer Voices, North',
    );
  });
  it('lists every filter value once, sorted, with years newest first', () => {
    const all = [
      visionFacets(portal.visions[0]!),
      commitmentFacets(line, portal.visions),
      commitmentFacets(homes, portal.visions),
      inputFacets(portal.inputs[0]!, portal.themes, portal.commitmentViews),
    ];
    expect(filterValues(all)).toEqual({
      type: ['Vision', 'Commitment', 'You said'],
      partner: ['Northmoor Council', 'Peer Voices, North'],
      status: ['At risk', 'Being considered', 'No update yet'],
      theme: ['Crisis help'],
      aim: ['A home', 'Help at night'],
      group: [],
      year: ['2025', '2024'],
    });
  });
});
