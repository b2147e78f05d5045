// The reference-code box, used as a member would: typing a code from a letter.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { servedSite } from '../helpers/site.ts';

const site = servedSite();

async function youSaid(javaScriptEnabled = true): Promise<Page> {
  const context = await site.browser.newContext({ javaScriptEnabled });
  const page = await context.newPage();
  await page.goto(`${site.server.origin}/you-said/`);
  return page;
}

describe('the reference-code box', () => {
  it('takes a member straight to their input, whatever the letter case', async () => {
    const page = await youSaid();
    await page.getByLabel('Your reference code').fill('ys-2025-014');
    await Promise.all([page.waitForURL('**/you-said/ys-2025-014/'), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toBe('YS-2025-014: what happened');
    await page.context().close();
  });

  it('works by keyboard alone, with the button', async () => {
    const page = await youSaid();
    await page.getByLabel('Your reference code').focus();
    await page.keyboard.type('YS 2025 7');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Find what happened');
    await Promise.all([page.waitForURL('**/you-said/ys-2025-007/'), page.keyboard.press('Enter')]);
    await page.context().close();
  });

  it('explains an unknown code, in words announced to screen readers, and stays on the page', async () => {
    const page = await youSaid();
    await page.getByLabel('Your reference code').fill('YS-2025-999');
    await page.keyboard.press('Enter');
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toContain('We could not find the code YS-2025-999');
    expect(await status.textContent()).toContain('the list of all codes');
    expect(page.url()).toBe(`${site.server.origin}/you-said/`);
    expect(await page.getByLabel('Your reference code').getAttribute('aria-invalid')).toBe('true');
    await page.context().close();
  });

  it('fetches no codes until one is looked up, then only the year of that code', async () => {
    const page = await youSaid();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    expect(await page.locator('[data-feature="code-lookup"]').getAttribute('data-refs')).toBeNull();
    await page.getByLabel('Your reference code').fill('YS-2025-014');
    await Promise.all([page.waitForURL('**/you-said/ys-2025-014/'), page.keyboard.press('Enter')]);
    expect(fetched.filter((path) => path.includes('/you-said/codes/'))).toEqual(['/you-said/codes/2025.json']);
    await page.context().close();
  });

  it('says so, and points to the list of codes, when the codes cannot be fetched', async () => {
    const page = await youSaid();
    await page.route('**/you-said/codes/**', (route) => route.abort('internetdisconnected'));
    await page.getByLabel('Your reference code').fill('YS-2025-014');
    await page.keyboard.press('Enter');
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toContain('We could not look up codes just now');
    expect(await status.locator('a').textContent()).toBe('the list of all codes');
    expect(page.url()).toBe(`${site.server.origin}/you-said/`);
    await page.context().close();
  });

  it('says what a code looks like when something else is typed', async () => {
    const page = await youSaid();
    await page.getByLabel('Your reference code').fill('crisis');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toContain('That does not look like a reference code');
    await page.context().close();
  });

  it('is near the top of the home page on a phone, before the charts', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/`);
    const box = await page.getByLabel('Your reference code').boundingBox();
    // Before the change it was about 4,200px down; now it follows the vision, within two screens.
    console.log(`The reference-code box on a 320px phone: ${Math.round(box!.y)}px down the home page.`);
    expect(box!.y).toBeLessThan(1280);
    expect(box!.y).toBeLessThan((await page.locator('figure').first().boundingBox())!.y);
    await context.close();
  });

  it('with JavaScript off, the home page still tells a member with a code how to reach their input', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${site.server.origin}/`);
    const said = page.locator('section', {
      has: page.getByRole('heading', { name: 'What happened to what you said?' }),
    });
    expect(await said.innerText()).toContain('reference code');
    const link = said.getByRole('link', { name: 'the list of all reference codes' });
    const y = (await link.boundingBox())!.y;
    console.log(`The link to the list of codes, JavaScript off, on a 320px phone: ${Math.round(y)}px down.`);
    expect(y).toBeLessThan(1500);
    await link.click();
    await page.waitForURL('**/you-said/#codes');
    await page.locator('#codes ~ ul').getByRole('link', { name: 'YS-2025-014' }).click();
    await page.waitForURL('**/you-said/ys-2025-014/');
    expect(await page.locator('h1').textContent()).toBe('YS-2025-014: what happened');
    await context.close();
  });

  it('is hidden with JavaScript off, and the list of codes does the job', async () => {
    const page = await youSaid(false);
    expect(await page.getByLabel('Your reference code').isVisible()).toBe(false);
    await page.locator('#codes ~ ul').getByRole('link', { name: 'YS-2025-014' }).click();
    await page.waitForURL('**/you-said/ys-2025-014/');
    await page.context().close();
  });
});
