import { chromium } from 'playwright-core';
import { findChrome } from './tests/helpers/find-chrome.ts';
import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
const root = '/tmp/i12-dist';
const types: Record<string,string> = { '.html':'text/html', '.css':'text/css', '.js':'text/javascript', '.svg':'image/svg+xml', '.woff2':'font/woff2', '.json':'application/json' };
const server = createServer((req, res) => {
  let p = join(root, decodeURIComponent(new URL(req.url!, 'http://x').pathname));
  if (existsSync(p) && statSync(p).isDirectory()) p = join(p, 'index.html');
  if (!existsSync(p)) { res.statusCode = 404; return res.end('nf'); }
  res.setHeader('content-type', types[extname(p)] ?? 'application/octet-stream');
  res.end(readFileSync(p));
}).listen(4399);
const browser = await chromium.launch({ executablePath: findChrome()!, args: ['--no-sandbox','--disable-gpu'] });
const jobs = JSON.parse(process.argv[2]!) as [string, string, number, string, boolean][];
for (const [path, selector, w, scheme, js] of jobs) {
  const ctx = await browser.newContext({ viewport: { width: w, height: 900 }, colorScheme: scheme as 'light', javaScriptEnabled: js });
  const page = await ctx.newPage();
  await page.goto(`http://127.0.0.1:4399${path}`);
  await page.waitForTimeout(600);
  const name = `s-${path.replace(/\//g,'_')}-${selector.replace(/[^a-z0-9]/gi,'')}-${w}-${scheme}${js?'':'-nojs'}.png`;
  await page.locator(selector).first().screenshot({ path: `/tmp/i12/${name}` });
  console.log(name);
  await ctx.close();
}
await browser.close(); server.close();
