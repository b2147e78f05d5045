import { describe, expect, it } from 'vitest';
import { siteSchema } from '../../src/contract/site.ts';
import { allowListOf } from '../../src/check/personal-data-check.ts';
import { SITE } from './site-settings.ts';

describe('the partnership’s own phone, address and accessibility testing in site.yaml', () => {
  it('takes a phone number, an address and a test date', () => {
    const site = siteSchema.parse({
      ...SITE,
      phone: '01632 960 123',
      address: ['1 Street', 'Town'],
      accessibility: { tested: '2026-11-18' },
    });
    expect(site.accessibility).toEqual({ tested: '2026-11-18' });
  });
  it('refuses a phone number with words, and a test date that is not a real day, saying how to fix it', () => {
    const phone = siteSchema.safeParse({ ...SITE, phone: 'ring 01632 960123' });
    expect(phone.error?.issues[0]?.path).toEqual(['phone']);
    expect(phone.error?.issues[0]?.message).toMatch(/must be a phone number of digits/);
    const day = siteSchema.safeParse({ ...SITE, accessibility: { tested: '2026-02-30' } });
    expect(day.error?.issues[0]?.path).toEqual(['accessibility', 'tested']);
    expect(day.error?.issues[0]?.message).toMatch(/real date written YYYY-MM-DD/);
  });
  it('lets the partnership’s own number appear in content, like the help numbers', () => {
    expect(allowListOf({ ...SITE, phone: '01632 960 123' }).phones).toContain('01632 960 123');
    expect(allowListOf(SITE).phones).not.toContain('01632 960 123');
  });
});
