// The sitemap (sitemaps.org protocol 0.9): every public page's full address, for search engines.
import { xmlText } from './atom.ts';

/** Site paths ('/', '/commitments/', '/404.html') of the pages a sitemap lists: not the error page nor the content editor. */
export function sitemapPaths(paths: readonly string[]): string[] {
  return paths.filter((p) => !p.endsWith('404.html') && !p.startsWith('/admin/')).sort();
}

/** The sitemap for pages at `paths` under `base` (like '/' or '/portal/') on `site` (like 'https://portal.example.org'). */
export function sitemapXml(paths: readonly string[], site: string, base: string): string {
  const root = new URL(base.endsWith('/') ? base : `${base}/`, site);
  const urls = sitemapPaths(paths).map((p) => new URL(p.replace(/^\//, ''), root).href);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((url) => `  <url><loc>${xmlText(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
