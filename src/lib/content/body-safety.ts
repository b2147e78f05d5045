// MDX is a programming language: an import, an export or a {…} expression in a contributed file
// runs while the site builds, and can read secrets and files. Raw HTML can run in readers'
// browsers. So every body is checked before any of it is compiled, and only plain Markdown and
// the site's own components get through.
import type { Problem } from './problem.ts';
import type { RawEntry } from './read.ts';
import { didYouMean } from './suggest.ts';

/** Components a contributor may use in MDX; the site passes them in (src/components/content), so no import is needed. */
export const CONTENT_COMPONENTS = ['Quote', 'Callout'] as const;

/** HTML elements that are never allowed in content. */
const FORBIDDEN_TAGS = ['script', 'style', 'iframe', 'object', 'embed', 'frame', 'frameset', 'form', 'input', 'button', 'textarea', 'select', 'link', 'meta', 'base', 'svg', 'math', 'template', 'applet'];

/** A comment in MDX ({/* … *\/}), which compiles to nothing: the one kind of braces allowed. */
const MDX_COMMENT = /\{\s*\/\*[\s\S]*?\*\/\s*\}/g;

/** The text as a browser would read a link in it: character references decoded, tabs and newlines gone. */
function decoded(text: string): string {
  const named: Record<string, string> = { colon: ':', tab: '', newline: '', sol: '/', lpar: '(', rpar: ')' };
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&([a-z]+);/gi, (m, name: string) => named[name.toLowerCase()] ?? m)
    .replace(/[\t\r\n\u0000-\u001f]/g, '');
}

interface Line {
  number: number;
  text: string;
}

/** The body's lines outside fenced code blocks, with inline code blanked out (code is shown, never run). */
function proseLines(body: string, firstLine: number): Line[] {
  const lines: Line[] = [];
  let fence: string | undefined;
  body.split(/\r?\n/).forEach((text, i) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(text)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return;
    }
    if (marker) {
      fence = marker;
      return;
    }
    lines.push({ number: firstLine + i, text: text.replace(/(`+)[^`]*?\1/g, (m) => ' '.repeat(m.length)) });
  });
  return lines;
}

/** What a body may not contain, line by line, with how to fix each thing. */
export function unsafeBody(entry: RawEntry): Problem[] {
  const isMdx = entry.file.endsWith('.mdx');
  const problems: Problem[] = [];
  const say = (line: number, message: string) => problems.push({ file: entry.file, line, field: 'text', message });
  for (const { number, text } of proseLines(entry.body, entry.bodyLine)) {
    const plain = isMdx ? text.replace(MDX_COMMENT, (m) => ' '.repeat(m.length)) : text;
    if (isMdx && /^\s*(import|export)\b/.test(plain)) {
      say(number, 'The text has an `import` or `export` line, which would run as code when the site is built. Remove the line: the components the site offers (Quote and Callout) work without importing them.');
      continue;
    }
    if (isMdx && /[{}]/.test(plain)) {
      say(number, 'The text has a curly bracket `{` or `}`, which MDX runs as code when the site is built. Remove it, or write it as `\\{` to show the bracket itself.');
    }
    if (isMdx && /<!--/.test(plain)) {
      say(number, 'HTML comments (`<!-- … -->`) break MDX files. Write a comment as `{/* … */}` instead, or remove it.');
    }
    for (const tag of new Set([...plain.matchAll(/<\/?\s*([A-Za-z][\w.-]*)/g)].map((m) => m[1]!))) {
      if (FORBIDDEN_TAGS.includes(tag.toLowerCase())) {
        say(number, `\`<${tag}>\` is not allowed in content: it could run code or load things from other websites in readers' browsers. Remove it.`);
      } else if (isMdx && /^[A-Z]/.test(tag) && !(CONTENT_COMPONENTS as readonly string[]).includes(tag)) {
        say(number, `\`<${tag}>\` is not one of the components the site offers.${didYouMean(tag, CONTENT_COMPONENTS)} You can use: ${CONTENT_COMPONENTS.map((c) => `<${c}>`).join(', ')}.`);
      }
    }
    if (/<[^>]*\son[a-z]+\s*=/i.test(plain)) {
      say(number, 'An `on…=` attribute (like `onclick`) would run code in readers\' browsers. Remove it.');
    }
    for (const [, url] of decoded(plain).matchAll(/(?:\]\(\s*<?|^\s*\[[^\]]+\]:\s*<?|<|(?:href|src|action|formaction|xlink:href)\s*=\s*["']?)\s*([a-z][a-z0-9+.-]*:)/gi)) {
      if (/^(javascript|data|vbscript|file):$/i.test(url!)) {
        say(number, `A \`${url!.toLowerCase()}\` link could run code or hide content. Link only to web addresses starting with https://.`);
      }
    }
  }
  return problems;
}
