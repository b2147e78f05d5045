// Writes /sitemap.xml when the build finishes, listing every page the build wrote. A sitemap must
// give full addresses, so it is written only when the build knows the site's (PORTAL_SITE_URL).
import { readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitemapPaths, sitemapXml } from '../present/sitemap.ts';

/** Every HTML page under `dir`, as its site path ('/', '/commitments/'). */
function pagePaths(dir: string): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((item) =>
      item.isDirectory() ? walk(join(folder, item.name)) : item.name.endsWith('.html') ? [join(folder, item.name)] : [],
    );
  return walk(dir).map((file) => `/${relative(dir, file).split('\\').join('/')}`.replace(/index\.html$/, ''));
}

export function sitemap(): AstroIntegration {
  let site: string | undefined;
  let base = '/';
  return {
    name: 'sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
        base = config.base;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!site) {
          logger.info('No sitemap written: a sitemap needs the site’s full address; set PORTAL_SITE_URL.');
          return;
        }
        const out = fileURLToPath(dir);
        const paths = pagePaths(out);
        writeFileSync(join(out, 'sitemap.xml'), sitemapXml(paths, site, base));
        logger.info(`Sitemap written: ${sitemapPaths(paths).length} pages.`);
      },
    },
  };
}
