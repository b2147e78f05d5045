import { chromium } from 'playwright-core';
const [base, p, width, count] = [process.argv[2], process.argv[3], Number(process.argv[4]||375), Number(process.argv[5]||2)];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const ctx = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: process.env.SCHEME || 'light', javaScriptEnabled: !process.env.NOJS });
const page = await ctx.newPage();
await page.goto(base + p);
const h = await page.evaluate(() => document.body.scrollHeight);
const name = p.replace(/\W+/g,'_');
for (let i = 0; i < count && i*800 < h; i++) {
  await page.screenshot({ path: `/tmp/shots/s${name}-${width}-${i}.png`, fullPage: true, clip: { x: 0, y: i*800, width, height: Math.min(800, h - i*800) } });
}
console.log('height', h);
await browser.close();
