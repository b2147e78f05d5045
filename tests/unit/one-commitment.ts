// The smallest content the read model builds: one council, one vision with one aim, and the
// commitments given, for tests of how a portal reads in another language.
import type { Commitment, Site, Vision } from '../../src/contract/index.ts';
import type { Entry, PortalInput } from '../../src/model/read-model.ts';

/** The one vision, with its one aim. */
export const plan: Entry<Vision> = {
  id: 'plan',
  data: {
    title: 'Our plan',
    summary: 's',
    status: 'adopted',
    adopted: '2025-01-01',
    coProduction: 'c',
    aims: [{ id: 'crisis', title: 'Crisis help', description: 'd' }],
  },
};

/** The council's crisis café towards the vision's aim, with one measure; tests add their own body and measures. */
export const cafe: Entry<Commitment> = {
  id: 'cafe',
  data: {
    title: 'A crisis café',
    summary: 'Somewhere to go in the evening.',
    partner: 'council',
    vision: 'plan',
    aims: ['crisis'],
    made: '2025-01-10',
    due: '2025-12-01',
    measures: [{ name: 'Evenings open', target: 'Four a week' }],
  },
};

export function oneVisionInput(site: Site, commitments: Entry<Commitment>[]): PortalInput {
  return {
    site,
    partners: [{ id: 'council', data: { name: 'Wrenfold Council', kind: 'council' } }],
    themes: [],
    groups: [],
    visions: [plan],
    commitments,
    updates: [],
    minutes: [],
    inputs: [],
  };
}
