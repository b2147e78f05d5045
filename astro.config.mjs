// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';

// Where the site is published. PORTAL_BASE_PATH is the path under the domain (like /portal/ for a
// GitHub Pages project site); PORTAL_SITE_URL the full address. Both are optional.
const base = process.env.PORTAL_BASE_PATH || '/';
const site = process.env.PORTAL_SITE_URL || undefined;

export default defineConfig({
  base,
  site,
  // The content check comes first so that no content is compiled before it has passed.
  integrations: [contentCheck(), mdx()],
  trailingSlash: 'always',
  build: { format: 'directory' },
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
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
