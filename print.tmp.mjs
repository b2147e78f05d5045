import { chromium } from 'playwright-core';
const [base, p] = [process.argv[2], process.argv[3]];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking'] });
const page = await browser.newPage();
await page.goto(base + p);
await page.emulateMedia({ media: 'print' });
await page.pdf({ path: '/tmp/shots/print.pdf', format: 'A4' });
await browser.close();
