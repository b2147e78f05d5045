// @ts-check
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { editor } from './src/integrations/editor.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { uploads } from './src/integrations/uploads.ts';

// Where the site is published. PORTAL_BASE_PATH is the path under the domain (like /portal/ for a
// GitHub Pages project site); PORTAL_SITE_URL the full address. Both are optional.
const base = process.env.PORTAL_BASE_PATH || '/';
const site = process.env.PORTAL_SITE_URL || undefined;

export default defineConfig({
  base,
  site,
  // The content check comes first. Content is never compiled: the collections load the HTML the
  // check's reader rendered and sanitised (src/check), so no MDX integration is needed.
  integrations: [contentCheck(), uploads(), pagefind(), editor(), sitemap()],
  trailingSlash: 'always',
  // Shiki colours code with inline styles, which the CSP forbids; the content has no code to colour.
  markdown: { syntaxHighlight: false },
  // Eight pages at a time: with one, the build waits on each page's write before rendering the
  // next, and at 10,000 entries a quarter of page generation was that wait (npm run bench).
  build: { format: 'directory', concurrency: 8 },
  vite: {
    plugins: [tailwindcss()],
    // The base path as a constant of the build, for src/present/routes.ts: import.meta.env.BASE_URL can be
    // overridden by a BASE_URL variable in the environment of whoever builds the site.
    define: { __PORTAL_BASE__: JSON.stringify(base) },
  },
  devToolbar: { enabled: false },
  // Astro's log without a line for every page written (thousands on a large partnership); the
  // content check's report, warnings, errors and the pages-built summary all still show.
  logger: { entrypoint: './src/integrations/quiet-logger.ts' },
  // A strict Content-Security-Policy in every page: Astro hashes each script and style it emits,
  // and nothing may load from another origin. (A <meta> policy cannot set frame-ancestors; the
  // host's headers should, where it allows.)
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  server: { port: 4321 },
});
