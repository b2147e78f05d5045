// The accessibility statement says what site.yaml says about testing, contact and known problems:
// no claim of full compliance, and the test date the partnership set, not the build day.
import { describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT } from '../helpers/fixture.ts';
import { fileFor } from '../gates/gates.ts';
import { formatDate } from '../../src/model/days.ts';

const siteDir = inject('siteDir');
const site = parse(readFileSync(join(PROJECT, 'src/content/site.yaml'), 'utf8'));
const html = readFileSync(fileFor(siteDir, '/accessibility/'), 'utf8');
const text = html
  .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
  .replace(/<[^>]+>/g, ' ')
  .replace(/&#39;/g, "'")
  .replace(/\s+/g, ' ');
const tested = String(
  site.accessibility.tested instanceof Date
    ? site.accessibility.tested.toISOString().slice(0, 10)
    : site.accessibility.tested,
);

describe('the accessibility statement', () => {
  it('gives the day people last tested the site, from site.yaml, as a date', () => {
    expect(html).toContain(`<time datetime="${tested}">${formatDate(tested)}</time>`);
    expect(html).toContain(`${formatDate(tested)}</time>, by ${site.accessibility.testedBy.replace(/'/g, '&#39;')}.`);
  });
  it('does not claim full compliance, and lists every known problem from site.yaml', () => {
    expect(text).not.toMatch(/fully compliant/i);
    expect(text).toMatch(/partially meets/);
    for (const issue of site.accessibility.knownIssues) expect(text).toContain(issue);
  });
  it('says how it was tested: automated checks on every page, and by people', () => {
    expect(text).toMatch(/axe tool, on every page/);
    expect(text).toMatch(
      /by keyboard alone, on a phone-sized screen and a wide one, zoomed in to 400%, with JavaScript turned off/,
    );
  });
  it('offers email, phone and post from site.yaml for another format, and the EASS for complaints', () => {
    expect(html).toContain(`href="mailto:${site.contact}"`);
    expect(html).toContain(`href="tel:${site.phone.replace(/\D/g, '')}"`);
    expect(text).toContain(site.address.join(', '));
    expect(text).toContain('Equality Advisory and Support Service');
  });
  it('gives the EASS numbers the service publishes: freephone 0808 800 0082, textphone 0808 800 0084, each a phone link', () => {
    const words = text.replace(/\u00a0|&nbsp;/g, ' ');
    expect(words).toContain('by freephone on 0808 800 0082 or by textphone on 0808 800 0084');
    expect(html).toContain('href="tel:08088000082"');
    expect(html).toContain('href="tel:08088000084"');
  });
});
