// The schema.org structured data and the sitemap, from the small partnership worked out by hand
// (small-partnership.ts, built on 1 April 2025); the sitemap read back by fast-xml-parser.
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildPortal } from '../../src/model/read-model.ts';
import { commitmentLd, datasetLd, groupLd, minutesLd, partnerLd } from '../../src/present/json-ld.ts';
import { sitemapXml } from '../../src/present/sitemap.ts';
import { SITE } from './site-settings.ts';
import { input, TODAY } from './small-partnership.ts';

const portal = buildPortal(input, TODAY);
const origin = 'https://portal.example.org';
const commitment = (id: string) => portal.commitments.find((c) => c.id === id)!;

describe('structured data', () => {
  it('a commitment is an Action whose status is the one worked out for the build day', () => {
    // Line: at risk since 20 February (in progress on schema.org's terms); due 1 March.
    expect(commitmentLd(commitment('line'), origin)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Action',
      name: 'Line',
      description: 'A line.',
      url: 'https://portal.example.org/commitments/line/',
      actionStatus: 'https://schema.org/ActiveActionStatus',
      agent: { '@type': 'Organization', name: 'Council', url: 'https://portal.example.org/partners/council/' },
      startTime: '2025-01-01',
      endTime: '2025-03-01',
    });
    // Beds: delivered on 10 March.
    expect(commitmentLd(commitment('beds'), origin).actionStatus).toBe('https://schema.org/CompletedActionStatus');
  });

  it('a partner is an Organization', () => {
    expect(partnerLd(portal.partners[0]!, origin)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Council',
      url: 'https://portal.example.org/partners/council/',
    });
  });

  it('a meeting is an Event on its day, organised by its group, and so is a group’s next meeting', () => {
    expect(minutesLd(portal.minutes[0]!, origin)).toMatchObject({
      '@type': 'Event',
      name: 'Forum, January',
      startDate: '2025-01-15',
      url: 'https://portal.example.org/minutes/m-jan/',
      organizer: { '@type': 'Organization', name: 'Forum', url: 'https://portal.example.org/groups/forum/' },
    });
    expect(groupLd(portal.groups[0]!, origin).map((e) => [e.name, e.startDate])).toEqual([
      ['Forum: next meeting', '2025-04-10'],
    ]);
    const after = buildPortal(input, '2025-04-11');
    expect(groupLd(after.groups[0]!, origin)).toEqual([]);
  });

  it('the open data is a Dataset under the partnership’s licence with a DataDownload for each file', () => {
    const ld = datasetLd(SITE, TODAY, [{ name: 'Commitments', file: 'commitments.csv', format: 'text/csv' }], origin);
    expect(ld).toMatchObject({
      '@type': 'Dataset',
      license: SITE.licence.url,
      dateModified: '2025-04-01',
      distribution: [
        {
          '@type': 'DataDownload',
          name: 'Commitments',
          encodingFormat: 'text/csv',
          contentUrl: 'https://portal.example.org/data/commitments.csv',
        },
      ],
    });
  });
});

describe('the sitemap', () => {
  it('gives every page’s full address under the base path, sorted, without the error page or the editor', () => {
    const xml = sitemapXml(
      ['/commitments/', '/', '/404.html', '/admin/', '/search/?q=a&b'],
      'https://portal.example.org',
      '/portal',
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = new XMLParser().parse(xml).urlset.url as { loc: string }[];
    expect(urls.map((u) => u.loc)).toEqual([
      'https://portal.example.org/portal/',
      'https://portal.example.org/portal/commitments/',
      'https://portal.example.org/portal/search/?q=a&b',
    ]);
  });
});
