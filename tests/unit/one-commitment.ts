// The smallest content the read model builds: one council, one vision with one aim, and the
// commitments given, for tests of how a portal reads in another language.
import type { Commitment, Site } from '../../src/contract/index.ts';
import type { Entry, PortalInput } from '../../src/model/read-model.ts';

export function oneVisionInput(site: Site, commitments: Entry<Commitment>[]): PortalInput {
  return {
    site,
    partners: [{ id: 'council', data: { name: 'Wrenfold Council', kind: 'council' } }],
    themes: [],
    groups: [],
    visions: [
      {
        id: 'plan',
        data: {
          title: 'Our plan',
          summary: 's',
          status: 'adopted',
          adopted: '2025-01-01',
          coProduction: 'c',
          aims: [{ id: 'crisis', title: 'Crisis help', description: 'd' }],
        },
      },
    ],
    commitments,
    updates: [],
    minutes: [],
    inputs: [],
  };
}
