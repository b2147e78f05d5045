/**
 * A path inside the site, under the base path it is published at (`/` normally; something like
 * `/portal/` on a GitHub Pages project site). Every internal link goes through this.
 */
export function href(path: string): string {
  const base = (import.meta.env.BASE_URL ?? '/').replace(/\/+$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}
