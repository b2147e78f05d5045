// The content editor at /admin/: served from the site, configured from the schemas, and sealed
// off from the public pages.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cmsConfig } from '../../src/contract/editor-config.ts';
import { collections } from '../../src/contract/index.ts';
import { EDITOR_CSP, repositoryOf } from '../../src/integrations/editor.ts';
import { servedSite } from '../helpers/site.ts';
import { fileFor, listPages } from '../gates/gates.ts';

const site = servedSite();

describe('the content editor', () => {
  it('opens, offering to sign in, with every request kept on the site and its fonts served from it', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const foreign: string[] = [];
    const fonts: string[] = [];
    const refused: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') refused.push(m.text());
    });
    page.on('response', (r) => {
      if (r.url().endsWith('.woff2') && r.ok()) fonts.push(new URL(r.url()).pathname);
    });
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(site.server.origin) || /^(data|blob):/.test(url)) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    await page.goto(`${site.server.origin}/admin/`);
    await page.getByText('Sign In Using Access Token').waitFor();
    await page.waitForLoadState('networkidle');
    expect(foreign).toEqual([]);
    expect(fonts.sort()).toEqual([
      '/admin/fonts/material-symbols-outlined-latin-wght-normal.woff2',
      '/admin/fonts/source-sans-3-latin-wght-normal.woff2',
    ]);
    // The editor also tries to check for a newer version and GitHub's status: its policy refuses both.
    for (const message of refused) expect(message, message).toMatch(/Content Security Policy|Refused to connect/);
    await context.close();
  });

  it('has a policy of its own, and the configuration written from the schemas', () => {
    expect(readFileSync(fileFor(site.dir, '/admin/'), 'utf8')).toContain(`content="${EDITOR_CSP}"`);
    const { languages } = parse(readFileSync('src/content/site.yaml', 'utf8')) as { languages: string[] };
    expect(parse(readFileSync(fileFor(site.dir, '/admin/config.yml'), 'utf8'))).toEqual(
      cmsConfig('example/wrenfold-portal', 'main', collections, languages),
    );
  });

  it('is neither linked from nor loaded by any public page', () => {
    for (const path of listPages(site.dir)) {
      const html = readFileSync(fileFor(site.dir, path), 'utf8');
      expect(html, path).not.toMatch(/\s(href|src|action)="[^"]*(\/admin\/|sveltia)/i);
    }
  });
});

describe('which repository the editor edits', () => {
  it('is PORTAL_REPOSITORY when set, and nothing when it is not owner/name', () => {
    expect(repositoryOf('/nowhere', { PORTAL_REPOSITORY: 'council/portal' })).toBe('council/portal');
    expect(repositoryOf('/nowhere', { PORTAL_REPOSITORY: 'https://evil.example/x y' })).toBeUndefined();
  });
  it('is not guessed when there is no GitHub remote, so no editor is built', () => {
    expect(repositoryOf('/', {})).toBeUndefined();
  });
});
