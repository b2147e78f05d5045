// What "harmless" means for a page, judged by a real HTML parser (parse5, through hast), the way
// a browser reads it: no element that runs or loads anything, no event handler, no address that
// runs code, and no secret from the environment.
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

const DANGEROUS = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'meta',
  'base',
  'link',
  'form',
  'input',
  'button',
  'svg',
  'math',
  'template',
  'noscript',
]);
const URLS = ['href', 'src', 'action', 'formAction', 'xLinkHref', 'poster', 'cite', 'background', 'data', 'srcSet'];

/** Everything in `html` that is not harmless, in words; empty when the HTML is safe to publish. */
export function unsafeParts(html: string, secrets: string[] = []): string[] {
  const found: string[] = [];
  const tree = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node: Element) => {
    // A checkbox from a Markdown task list is the one input content may make, and it is disabled.
    const taskBox =
      node.tagName === 'input' && node.properties.type === 'checkbox' && node.properties.disabled === true;
    if (DANGEROUS.has(node.tagName) && !taskBox) found.push(`<${node.tagName}>`);
    for (const [name, value] of Object.entries(node.properties)) {
      if (/^on/i.test(name)) found.push(`${name} on <${node.tagName}>`);
      if (name === 'style') found.push(`style on <${node.tagName}>`);
      if (URLS.includes(name)) {
        const url = String(Array.isArray(value) ? value.join(' ') : value)
          .replace(/[\p{Cc} ]/gu, '')
          .toLowerCase();
        if (/^(javascript|vbscript|data|file):/.test(url))
          found.push(`${name}=${url.slice(0, 20)} on <${node.tagName}>`);
        if (/^\/\//.test(url) || (/^https?:/.test(url) && name === 'src'))
          found.push(`${name} to another site on <${node.tagName}>`);
      }
      if (name === 'id' && typeof value === 'string' && ['main', 'site-search', 'search'].includes(value))
        found.push(`id=${value}`);
    }
  });
  for (const secret of secrets) if (html.includes(secret)) found.push('a secret from the environment');
  return found;
}
