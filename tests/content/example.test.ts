// The example partnership must pass the check and exercise every feature of the portal.
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check.ts';
import { addMonths } from '../../src/model/days.ts';
import { deriveStatus, COMMITMENT_STATUSES } from '../../src/model/status.ts';
import { GROUP_KINDS, OUTCOMES, PARTNER_KINDS } from '../../src/contract/index.ts';
import { PROJECT } from '../helpers/fixture.ts';
import { easyReadView } from '../../src/model/easy-read.ts';

const content = checkContent(PROJECT);

describe('the example content', () => {
  it('passes the content check with no problems', () => {
    expect(content.problems).toEqual([]);
  });
  it('says it is an example', () => {
    expect(content.site?.data.exampleContent).toBe(true);
  });
  it('has an adopted vision with at least 4 aims and an Easy Read version', () => {
    const adopted = content.visions.filter((v) => v.data.status === 'adopted');
    expect(adopted.length).toBeGreaterThanOrEqual(1);
    expect(adopted[0]!.data.aims.length).toBeGreaterThanOrEqual(4);
    expect(easyReadView(adopted[0]!.data)?.sections.length).toBeGreaterThan(0);
  });
  it('has partners of every kind', () => {
    expect(content.partners.length).toBeGreaterThanOrEqual(5);
    expect(new Set(content.partners.map((p) => p.data.kind))).toEqual(new Set(PARTNER_KINDS));
  });
  it('has at least 8 themes and a group at each level of representation', () => {
    expect(content.themes.length).toBeGreaterThanOrEqual(8);
    const kinds = new Set(content.groups.map((g) => g.data.kind));
    for (const kind of GROUP_KINDS.filter((k) => k !== 'other')) expect(kinds).toContain(kind);
  });
  it('has at least 15 commitments covering every status, including no update yet', () => {
    expect(content.commitments.length).toBeGreaterThanOrEqual(15);
    const statuses = new Set(
      content.commitments.map((c) =>
        deriveStatus(
          content.updates.filter((u) => u.data.commitment === c.raw.id).map((u) => ({ id: u.raw.id, ...u.data })),
        ),
      ),
    );
    expect([...statuses].sort()).toEqual([...COMMITMENT_STATUSES].sort());
  });
  it('has at least 30 updates spread over at least 18 months', () => {
    expect(content.updates.length).toBeGreaterThanOrEqual(30);
    const dates = content.updates.map((u) => u.data.date).sort();
    expect(addMonths(dates[0]!, 18) <= dates[dates.length - 1]!).toBe(true);
  });
  it('has at least 6 sets of minutes with actions of every status', () => {
    const withActions = content.minutes.filter((m) => (m.data.actions ?? []).length > 0);
    expect(withActions.length).toBeGreaterThanOrEqual(6);
    expect(new Set(withActions.flatMap((m) => m.data.actions!.map((a) => a.status)))).toEqual(
      new Set(['open', 'done', 'dropped']),
    );
  });
  it('has at least 25 inputs covering every outcome', () => {
    expect(content.inputs.length).toBeGreaterThanOrEqual(25);
    expect(new Set(content.inputs.map((i) => i.data.outcome))).toEqual(new Set(OUTCOMES));
  });
});
