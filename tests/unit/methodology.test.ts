// The methodology page says what the code does: its words come from the rules' own constants and
// functions, so changing a rule changes the page. And the structured data says the same status.
import { describe, expect, it } from 'vitest';
import { methodologySections } from '../../src/present/methodology.ts';
import { ACTION, jsonLdText } from '../../src/present/json-ld.ts';
import { COMMITMENT_STATUSES } from '../../src/model/status.ts';
import { labels } from '../../src/present/labels.ts';
import { en } from '../helpers/messages.ts';

const sections = methodologySections(en, '2026-12-03');
const text = (id: string) => {
  const s = sections.find((x) => x.id === id)!;
  return [...s.paragraphs, ...(s.list ?? [])].join(' ');
};

describe('the methodology page', () => {
  it('has a section for statuses, finished, overdue, stale, the charts and dates, each with its own id', () => {
    expect(sections.map((s) => s.id)).toEqual(['statuses', 'final', 'overdue', 'stale', 'charts', 'dates']);
  });
  it('lists every status the site shows', () => {
    for (const s of COMMITMENT_STATUSES) expect(sections[0]!.list).toContain(labels(en).status[s]);
  });
  it('names the finished statuses and the six months, worked out by hand', () => {
    expect(text('final')).toContain('“Delivered”, “Partly delivered”, “Not delivered” or “Withdrawn”');
    expect(text('stale')).toContain('more than 6 months old');
    // Last updated 31 January 2026: six months on is 31 July; stale from the day after.
    expect(text('stale')).toContain('from 1 August 2026');
    // Due 31 March 2026: overdue from 1 April.
    expect(text('overdue')).toContain('counts as overdue from 1 April 2026');
    expect(text('charts')).toContain('under a month, 1 to 3 months, 3 to 6 months, 6 months to a year and over a year');
  });
});

describe('structured data', () => {
  it('gives every status a schema.org action status', () => {
    expect(Object.keys(ACTION).sort()).toEqual([...COMMITMENT_STATUSES].sort());
    expect(ACTION.delivered).toEqual({ status: 'CompletedActionStatus', ended: true });
    expect(ACTION['partly-delivered']).toEqual({ status: 'FailedActionStatus', ended: true });
    expect(ACTION['in-progress']).toEqual({ status: 'ActiveActionStatus', ended: false });
    expect(ACTION.withdrawn).toEqual({ status: 'FailedActionStatus', ended: true });
  });
  it('writes JSON-LD that cannot close its script element and reads back the same', () => {
    const data = { name: '</script><script>alert(1)</script> & more' };
    const written = jsonLdText(data);
    expect(written).not.toContain('<');
    expect(JSON.parse(written)).toEqual(data);
  });
});
