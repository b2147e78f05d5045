// Names are never translated, so on another language's pages the site's views of them say they are
// in the original's language: a chart's rows, a search filter's values, the follow page's groups
// and the year's report. On the original's own pages they say nothing.
import { describe, expect, it } from 'vitest';
import type { Group } from '../../src/contract/index.ts';
import { buildPortal, type Entry, type PortalInput } from '../../src/model/read-model.ts';
import { actionsChart, agreementChart } from '../../src/present/charts.ts';
import { followPage } from '../../src/present/follow.ts';
import { involvementYear } from '../../src/model/involvement.ts';
import { involvementTables } from '../../src/present/replies.ts';
import { filterValueIn } from '../../src/present/words-language.ts';
import { en, messagesIn } from '../helpers/messages.ts';
import { oneVisionInput } from './one-commitment.ts';
import { SITE } from './site-settings.ts';

const tr = messagesIn('tr');
const forum: Entry<Group> = {
  id: 'forum',
  data: { name: 'Wrenfold Community Forum', kind: 'forum', description: 'Residents who meet.' },
};
const input: PortalInput = {
  ...oneVisionInput({ ...SITE, languages: ['en', 'tr'] }, []),
  groups: [forum],
  translations: [{ collection: 'groups', of: 'forum', language: 'tr', data: { description: 'Buluşan sakinler.' } }],
};
const inTurkish = buildPortal(input, '2025-06-01', 'tr');
const inEnglish = buildPortal(input, '2025-06-01');

describe('a search filter’s value', () => {
  it('is a partner’s name in English on a Turkish page', () => {
    expect(filterValueIn(inTurkish, 'partner', 'Wrenfold Council')).toBe('en');
  });

  it('is a group’s name in English on a Turkish page, though the group’s words are translated', () => {
    expect(filterValueIn(inTurkish, 'group', 'Wrenfold Community Forum')).toBe('en');
  });

  it('is in the page’s language on the English pages', () => {
    expect(filterValueIn(inEnglish, 'partner', 'Wrenfold Council')).toBeUndefined();
  });

  it('is in the page’s language when it is one of the site’s own words, like a status', () => {
    expect(filterValueIn(inTurkish, 'status', 'Wrenfold Council')).toBeUndefined();
  });
});

describe('a chart of partners or groups', () => {
  it('says each partner’s row is in English on a Turkish page', () => {
    expect(agreementChart(tr, inTurkish.partners).categoriesIn).toEqual(['en']);
  });

  it('says nothing of its rows’ language on the English pages', () => {
    expect(agreementChart(en, inEnglish.partners).categoriesIn).toBeUndefined();
  });

  it('of actions says each group’s row is in the language it is given in', () => {
    const groups = [{ id: 'forum', name: 'Wrenfold Community Forum', nameIn: 'en' }];
    expect(actionsChart(tr, [], groups).categoriesIn).toEqual(['en']);
  });
});

describe('the follow page', () => {
  it('names each group in English on a Turkish page', () => {
    expect(followPage(tr, inTurkish.groups).groups.map((g) => [g.name, g.nameIn])).toEqual([
      ['Wrenfold Community Forum', 'en'],
    ]);
  });

  it('names each group in the page’s language on the English pages', () => {
    expect(followPage(en, inEnglish.groups).groups.map((g) => g.nameIn)).toEqual([undefined]);
  });
});

describe('the year’s report', () => {
  it('gives the meetings table’s group rows in English on a Turkish page, and its total row in Turkish', () => {
    const year = involvementYear(
      { groups: inTurkish.groups, minutes: [], inputs: [], commitments: [] },
      '2025',
      '2025-06-01',
    );
    expect(involvementTables(tr, year).find((t) => t.id === 'meetings')!.rowsIn).toEqual(['en', undefined]);
  });
});
