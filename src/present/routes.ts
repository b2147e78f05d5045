declare const __PORTAL_BASE__: string | undefined;

/** The base path the site is built for, set in astro.config.mjs; `/` outside a build. */
const BASE = (typeof __PORTAL_BASE__ === 'string' ? __PORTAL_BASE__ : '/').replace(/\/+$/, '');

/**
 * A path inside the site, under the base path it is published at (`/` normally; something like
 * `/portal/` on a GitHub Pages project site). Every internal link goes through this.
 */
export function href(path: string): string {
  return `${BASE}${path.startsWith('/') ? path : `/${path}`}`;
}
