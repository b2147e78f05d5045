// Turns a contributed body into HTML the site can publish, and says what in it the site will not
// publish. The body is parsed once (./parse.ts), MDX code nodes are refused and never run, HTML
// goes through hast-util-sanitize (./sanitize-schema.ts), the site's components are filled in from
// templates (./components.ts), and the HTML is written by hast-util-to-html. The content check
// turns the problems into errors; the build publishes the HTML, which is safe whether or not
// anyone read the problems.
import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import { find, html } from 'property-information';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toString as hastText } from 'hast-util-to-string';
import type { Nodes as MdastNodes, Root as MdastRoot } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toHast, type Handler, type State } from 'mdast-util-to-hast';
import { SKIP, visit } from 'unist-util-visit';
import { VFile } from 'vfile';
import { UNTYPED } from '../../contract/fields.ts';
import { didYouMean } from '../suggest.ts';
import { expandComponents } from './components.ts';
import { parseBody, VOID_ELEMENTS, type BodyKind } from './parse.ts';
import { checkImages } from './images.ts';
import { smartPunctuation } from './smart-punctuation.ts';
import {
  COMPONENT_NAMES,
  COMPONENT_TAGS,
  CONTENT_COMPONENTS,
  DANGEROUS_TAGS,
  URL_ATTRIBUTES,
  sanitizeSchema,
  type ComponentName,
} from './sanitize-schema.ts';

export interface BodyProblem {
  /** 1-based line in the body. */
  line: number;
  message: string;
}

export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** A run of text as a reader sees it (wrapped lines joined, character references decoded), for the personal-data scan. */
export interface ReadableText {
  text: string;
  /** The body line (1-based) of the character at `offset`. */
  lineAt(offset: number): number;
}

/** A link or a picture in a body: the address as the sanitiser kept it (before the base path is added), and its body line. */
export interface BodyAddress {
  kind: 'link' | 'picture';
  address: string;
  line: number;
}

/** A comment written as the last thing on its line, as the parser found it: never published. */
export interface LineEndComment {
  /** What is inside it: the words between `{/*` and `*\/}` in MDX, or `<!--` and `-->` in Markdown. */
  words: string;
  /** Its body line (1-based). */
  line: number;
}

export interface RenderedBody {
  html: string;
  headings: Heading[];
  problems: BodyProblem[];
  readable: ReadableText[];
  addresses: BodyAddress[];
  comments: LineEndComment[];
}

export interface RenderOptions {
  /** True when a site path like /uploads/photo.jpg names a file the site serves. */
  imageExists(path: string): boolean;
  /** The path the site is published under, like /portal/; site-relative links and images get it. Default `/`. */
  base?: string;
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

const componentList = COMPONENT_NAMES.map((c) => `<${c}>`).join(', ');

/** Every MDX node that would be code, and every component or attribute the site does not offer, as problems. */
function refuseCode(tree: MdastRoot): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const say = (node: MdastNodes, message: string) => problems.push({ line: node.position?.start.line ?? 1, message });
  visit(tree, (node) => {
    switch (node.type) {
      case 'mdxjsEsm':
        say(
          node,
          'The text has an `import` or `export` line, which would be code. Remove the line: the components the site offers (Quote and Callout) work without importing them.',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node))
          say(
            node,
            'The text has curly brackets `{…}`, which MDX reads as code, so the site will not publish it. Remove them, or write `\\{` and `\\}` to show the brackets themselves.',
          );
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        problems.push(...refuseElement(node));
        break;
      default:
    }
  });
  return problems;
}

/** An MDX comment, `{/* … *\/}`: an expression the JavaScript parser finds holds nothing but comments. */
function isComment(node: { data?: { estree?: { body: unknown[]; comments?: unknown[] } | null } }): boolean {
  const program = node.data?.estree;
  return Boolean(program && program.body.length === 0 && (program.comments?.length ?? 0) > 0);
}

function refuseElement(node: JsxElement): BodyProblem[] {
  const line = node.position?.start.line ?? 1;
  const name = node.name;
  if (name === null) return [{ line, message: 'Empty tags `<>` and `</>` are not used in content. Remove them.' }];
  const isComponent = (COMPONENT_NAMES as string[]).includes(name);
  if (!isComponent && !/^[a-z][a-z0-9]*$/.test(name)) {
    return [
      {
        line,
        message: `\`<${name}>\` is not one of the components the site offers.${didYouMean(name, COMPONENT_NAMES)} You can use: ${componentList}.`,
      },
    ];
  }
  const allowed: readonly string[] | undefined = isComponent ? CONTENT_COMPONENTS[name as ComponentName] : undefined;
  // A component with nothing inside would publish an empty box: a quote of nothing (a callout's
  // title alone says something).
  const titled = node.attributes.some((a) => a.type === 'mdxJsxAttribute' && a.name === 'title' && a.value);
  const empty =
    isComponent && node.children.length === 0 && !titled
      ? [
          {
            line,
            message: `\`<${name}>\` here holds nothing: write the words it shows between \`<${name}>\` and \`</${name}>\`, or remove it.`,
          },
        ]
      : [];
  // An attribute given twice keeps only its last value: say so, rather than drop the first.
  const seen = new Set<string>();
  const twice = node.attributes.flatMap((attribute) => {
    if (attribute.type !== 'mdxJsxAttribute') return [];
    if (!seen.has(attribute.name)) {
      seen.add(attribute.name);
      return [];
    }
    return [
      {
        line,
        message: `\`${attribute.name}\` is given twice on \`<${name}>\`, and only one can be kept. Keep one of them.`,
      },
    ];
  });
  return [...empty, ...twice, ...refuseAttributes(node, name, line, allowed)];
}

function refuseAttributes(
  node: JsxElement,
  name: string,
  line: number,
  allowed: readonly string[] | undefined,
): BodyProblem[] {
  return node.attributes.flatMap((attribute: MdxJsxAttribute | MdxJsxExpressionAttribute) => {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      return [{ line, message: `\`<${name}>\` has \`{…}\` among its attributes, which MDX reads as code. Remove it.` }];
    }
    if (attribute.value !== null && typeof attribute.value === 'object') {
      return [
        {
          line,
          message: `\`${attribute.name}\` on \`<${name}>\` is given in curly brackets, which MDX reads as code. Write the value in quotes instead, like ${attribute.name}="…".`,
        },
      ];
    }
    if (attribute.name in Object.prototype) {
      return [
        {
          line,
          message: `\`${attribute.name}\` is not an attribute content may use on \`<${name}>\`, so the site removes it. Remove it.`,
        },
      ];
    }
    if (allowed && !allowed.includes(attribute.name)) {
      const offered = allowed.length ? `It takes ${allowed.map((a) => `\`${a}\``).join(', ')}.` : 'It takes none.';
      return [
        {
          line,
          message: `\`<${name}>\` does not take \`${attribute.name}\`.${didYouMean(attribute.name, allowed)} ${offered}`,
        },
      ];
    }
    return [];
  });
}

/** JSX elements become hast elements: the site's components as stand-ins, HTML names as themselves, anything else as its children only. */
const jsxElement: Handler = (state: State, node: JsxElement) => {
  const children = state.all(node);
  const name = node.name;
  const strings = Object.fromEntries(
    node.attributes.flatMap((a) =>
      a.type === 'mdxJsxAttribute' && !(a.name in Object.prototype) && (typeof a.value === 'string' || a.value === null)
        ? [[a.name, a.value ?? true]]
        : [],
    ),
  );
  let element: Element;
  if (name && (COMPONENT_NAMES as string[]).includes(name)) {
    const allowed: readonly string[] = CONTENT_COMPONENTS[name as ComponentName];
    const props = Object.fromEntries(
      Object.entries(strings).filter(([key, value]) => allowed.includes(key) && typeof value === 'string'),
    );
    element = { type: 'element', tagName: COMPONENT_TAGS[name as ComponentName], properties: props, children };
  } else if (name && /^[a-z][a-z0-9]*$/.test(name)) {
    element = h(name, strings, children);
  } else return children;
  state.patch(node, element);
  return element;
};

/** ESM and expressions are never rendered: an MDX comment is a comment, and code is refused. */
const nothing: Handler = () => undefined;

/** A paragraph holding only components (one written on a single line) gives way to them: a <figure> cannot sit in a <p>. */
function unwrapComponentParagraphs(node: HastRoot | Element): void {
  const stand = new Set<string>(Object.values(COMPONENT_TAGS));
  node.children = (node.children as ElementContent[]).flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    unwrapComponentParagraphs(child);
    const solid = child.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
    return child.tagName === 'p' && solid.length > 0 && solid.every((c) => c.type === 'element' && stand.has(c.tagName))
      ? solid
      : [child];
  });
}

/**
 * A Mastodon handle (@wrenfold@mastodon.social) is a handle, not an address: GitHub's Markdown would
 * make its second half a mail link (mailto:wrenfold@mastodon.social), sending readers' mail to a
 * server. Such a link, made by the reader from bare text straight after an @, is left as the text.
 */
function handlesAsText(tree: MdastRoot, text: string): void {
  visit(tree, 'link', (node, index, parent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (!parent || index === undefined || start === undefined || end === undefined) return;
    if (text[start - 1] !== '@' || !node.url.startsWith('mailto:') || text.slice(start, end) !== node.url.slice(7))
      return;
    parent.children.splice(index, 1, ...node.children);
    return [SKIP, index];
  });
}

function toTree(tree: MdastRoot, kind: BodyKind, text: string): HastRoot {
  const handlers = {
    mdxJsxFlowElement: jsxElement,
    mdxJsxTextElement: jsxElement,
    mdxjsEsm: nothing,
    mdxFlowExpression: nothing,
    mdxTextExpression: nothing,
  };
  const hast = toHast(tree, { allowDangerousHtml: kind === 'md', handlers }) as HastRoot;
  // Raw HTML in Markdown is parsed by a real HTML parser (parse5), so the sanitiser judges
  // what a browser would see, with character references decoded.
  // Given the file, it keeps each element's position, so a removal can be reported at its line.
  const parsed = kind === 'md' ? (raw(hast, { file: new VFile({ value: text }) }) as HastRoot) : hast;
  unwrapComponentParagraphs(parsed);
  placeCodeText(parsed, text);
  return parsed;
}

/**
 * A code block's text is made without a place of its own: it is given the line it starts on, the
 * line after the fence (```) or the block's own first line when it is indented, so what is found
 * in it is reported at its own line, not at the fence.
 */
function placeCodeText(tree: HastRoot, text: string): void {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'code' || !node.position) return;
    const start = node.position.start;
    const fenced = /^[ \t]*(?:```|~~~)/.test(text.slice(start.offset ?? 0));
    for (const child of node.children)
      if (child.type === 'text' && !child.position)
        child.position = { start: { line: start.line + (fenced ? 1 : 0), column: 1 }, end: node.position.end };
  });
}

/** Where an element was written, as a key: its offset in the body and its tag. */
const key = (node: Element) =>
  node.position?.start.offset === undefined ? undefined : `${node.position.start.offset}:${node.tagName}`;

/** Why the sanitiser removed an element, in words a volunteer can act on. */
function removedElement(tag: string): string {
  if (DANGEROUS_TAGS.includes(tag)) {
    return `\`<${tag}>\` is not allowed in content: it could run code, change the page or load things from other websites in readers' browsers. Remove it.`;
  }
  // HTML has no capitals, so a component in a Markdown (.md) file arrives as `quote`.
  const component = COMPONENT_NAMES.find((name) => name.toLowerCase() === tag);
  if (component)
    return `\`<${component}>\` is a component, and components work only in .mdx files: rename this file to end .mdx, or write the words without it.`;
  return `\`<${tag}>\` is not one of the HTML tags content may use, so the site leaves it out. Use Markdown for headings, lists, links and emphasis, or one of the components: ${componentList}.`;
}

function removedAttribute(tag: string, name: string, value: unknown): string {
  // The tree names attributes as properties (dataX, className): say the one the volunteer wrote.
  const attr = find(html, name).attribute.toLowerCase();
  if (attr.startsWith('on'))
    return `An \`${attr}\` attribute on \`<${tag}>\` would run code in readers' browsers, so the site removes it. Remove it.`;
  if (URL_ATTRIBUTES.has(name)) {
    const scheme = /^([^/?#]*?):/.exec(String(value).replace(/[\s\p{Cc}]/gu, ''))?.[1]?.toLowerCase();
    const what = scheme ? `A \`${scheme}:\` address` : 'This address';
    return `${what} in \`${attr}\` on \`<${tag}>\` is not allowed, so the site removes it. Link only to web addresses starting with https://, to mailto: or tel:, or to pages on this site.`;
  }
  if (attr === 'style' || attr === 'class' || attr === 'classname')
    return `\`${attr}\` attributes are not used in content: the site's own styles keep every page readable. Remove it from \`<${tag}>\`.`;
  return `\`${attr}\` is not an attribute content may use on \`<${tag}>\`, so the site removes it. Remove it.`;
}

/** Everything the sanitiser removed, found by comparing the tree before and after, by source position. */
function sanitiserRemovals(before: HastRoot, after: HastRoot): BodyProblem[] {
  const kept = new Map<string, Element>();
  visit(after, 'element', (node: Element) => {
    const at = key(node);
    if (at !== undefined && !kept.has(at)) kept.set(at, node);
  });
  const problems: BodyProblem[] = [];
  const walk = (node: HastNodes) => {
    if (node.type === 'element') {
      const at = key(node);
      const line = node.position?.start.line ?? 1;
      const survivor = at === undefined ? undefined : kept.get(at);
      if (at !== undefined && !survivor) {
        problems.push({ line, message: removedElement(node.tagName) });
        return; // What was inside went with it, or stays as plain text.
      }
      if (survivor) {
        for (const [name, value] of Object.entries(node.properties)) {
          if (value === undefined || value === null || value === false) continue;
          // Removed, or changed (the sanitiser forces some values, like an input's type): either way not what was written.
          const kept = Object.hasOwn(survivor.properties, name) ? survivor.properties[name] : undefined;
          if (JSON.stringify(kept) !== JSON.stringify(value))
            problems.push({ line, message: removedAttribute(node.tagName, name, value) });
        }
      }
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(before);
  return problems;
}

/** Site-relative links and images (/commitments/…, /uploads/…) point inside the published site, wherever it lives. */
function withBase(tree: HastRoot, base: string): void {
  if (base === '/') return;
  const prefix = base.replace(/\/$/, '');
  visit(tree, 'element', (node: Element) => {
    for (const name of ['href', 'src']) {
      const value = node.properties[name];
      if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//'))
        node.properties[name] = `${prefix}${value}`;
    }
  });
}

const BLOCKS = new Set([
  ...Object.values(COMPONENT_TAGS),
  'p',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'td',
  'th',
  'dt',
  'dd',
  'figcaption',
  'caption',
  'summary',
  'pre',
  'blockquote',
  'div',
  'aside',
  'section',
]);

/** The text of each block as a reader sees it, with where each part came from. */
function readableText(tree: HastRoot): ReadableText[] {
  const runs: ReadableText[] = [];
  const collect = (node: Element | HastRoot) => {
    const parts: { from: number; line: number; text: string }[] = [];
    let text = '';
    const walkInline = (n: ElementContent) => {
      if (n.type === 'text') {
        parts.push({
          from: text.length,
          line: n.position?.start.line ?? node.position?.start.line ?? 1,
          text: n.value,
        });
        text += n.value;
      } else if (n.type === 'element') {
        // Every value an element keeps: a link's address, a picture's text, a component's `by` or
        // `title`, which its template shows on the page.
        // An element made after parsing (a link found in text with an escaped @) has no place of
        // its own: it is where the words before it are.
        const line = n.position?.start.line ?? parts.at(-1)?.line ?? node.position?.start.line ?? 1;
        for (const value of Object.values(n.properties))
          for (const one of Array.isArray(value) ? value : [value])
            if (typeof one === 'string' && one.trim()) runs.push(single(decodeURIComponentSafe(one), line));
        if (BLOCKS.has(n.tagName)) {
          collect(n);
          text += ' ';
          return;
        }
        n.children.forEach(walkInline);
        text += n.tagName === 'br' ? ' ' : '';
      }
    };
    node.children.forEach((c) => (c.type === 'doctype' ? undefined : walkInline(c as ElementContent)));
    if (text.trim()) {
      runs.push({
        text: text.replace(/\s/g, ' '),
        lineAt(offset) {
          const part = [...parts].reverse().find((p) => p.from <= offset);
          if (!part) return parts[0]?.line ?? 1;
          return part.line + (part.text.slice(0, offset - part.from).match(/\n/g)?.length ?? 0);
        },
      });
    }
  };
  collect(tree);
  return runs;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** A run of text that all sits on one line. */
export function single(text: string, line: number): ReadableText {
  return { text: text.replace(/\s/g, ' '), lineAt: () => line };
}

/**
 * Every address the body links to or shows a picture from, in the parsed tree: what a translation
 * of it may link to and show. A place on the same page (`#…`) is left out: a heading's anchor is
 * made from its words, so it differs from language to language.
 */
function addressesOf(tree: HastRoot): BodyAddress[] {
  const found: BodyAddress[] = [];
  visit(tree, 'element', (node: Element) => {
    const line = node.position?.start.line ?? 1;
    for (const [name, kind] of [
      ['href', 'link'],
      ['cite', 'link'],
      ['src', 'picture'],
    ] as const) {
      const value = node.properties[name];
      if (typeof value === 'string' && value.trim() !== '' && !value.startsWith('#'))
        found.push({ kind, address: value, line });
    }
  });
  return found;
}

/** Ids the layout and the site's scripts rely on. */
const SITE_IDS = [
  'main',
  'site-search',
  'results-heading',
  'scorecard-chart',
  'search-hint',
  'search-more',
  'search-results',
  'search-sort',
  'search-status',
  'search-words',
  'footnote-label',
];

/** Ids for headings, from their text, so the page can link to them; and the list of headings. */
function addHeadingIds(tree: HastRoot): Heading[] {
  const slugger = new GithubSlugger();
  // Ids the page itself uses are taken first, so a heading called "Main" cannot take over the skip link's target.
  for (const id of SITE_IDS) slugger.slug(id);
  const headings: Heading[] = [];
  visit(tree, 'element', (node: Element) => {
    const depth = /^h([1-6])$/.exec(node.tagName)?.[1];
    if (!depth || node.properties.id) return;
    const text = hastText(node);
    const slug = slugger.slug(text) || 'section';
    node.properties.id = slug;
    headings.push({ depth: Number(depth), slug, text });
  });
  return headings;
}

const HTML_COMMENT = /^<!--([\s\S]*?)-->$/;
const MDX_COMMENT = /^\s*\/\*([\s\S]*?)\*\/\s*$/;

/**
 * Every comment the parser found that ends its line: an MDX comment node in .mdx, an HTML comment
 * node in .md. A comment in code, escaped, or in a code span is text to the parser, so not here.
 */
function lineEndComments(tree: MdastRoot, kind: BodyKind, text: string): LineEndComment[] {
  const found: LineEndComment[] = [];
  visit(tree, (node) => {
    const { start, end } = node.position ?? {};
    if (!start || !end || start.line !== end.line || end.offset === undefined) return;
    const words =
      kind === 'mdx'
        ? (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && isComment(node)
          ? MDX_COMMENT.exec(node.value)?.[1]
          : undefined
        : node.type === 'html'
          ? HTML_COMMENT.exec(node.value)?.[1]
          : undefined;
    const lineEnd = text.indexOf('\n', end.offset);
    const rest = text.slice(end.offset, lineEnd === -1 ? undefined : lineEnd);
    if (words !== undefined && rest.trim() === '') found.push({ words, line: start.line });
  });
  return found;
}

/** Parses, checks and renders one body. `text` has its line endings already made \n by the reader. */
const OPENING = /^<([A-Za-z][A-Za-z0-9-]*)(?:\s[^>]*)?>$/;
const CLOSING = /^<\/([A-Za-z][A-Za-z0-9-]*)\s*>$/;

/**
 * In a Markdown (.md) body, a tag opened in a line of text and not closed in the same paragraph:
 * the browser would carry it over everything after it (all the rest bold), so the page would not
 * say what was written. The parser gives each inline tag as its own node; a block of HTML (a line
 * starting with a tag) is left to the sanitiser.
 */
function unclosedInlineTags(tree: MdastRoot): BodyProblem[] {
  const problems: BodyProblem[] = [];
  visit(tree, (node) => {
    if (!('children' in node) || node.type === 'root' || node.type === 'list' || node.type === 'listItem') return;
    if (node.type === 'blockquote' || node.type === 'table' || node.type === 'tableRow') return;
    const open: { name: string; line: number }[] = [];
    for (const child of node.children as MdastNodes[]) {
      if (child.type !== 'html') continue;
      const tag = child.value.trim();
      const closing = CLOSING.exec(tag)?.[1]?.toLowerCase();
      const opening = closing ? undefined : OPENING.exec(tag)?.[1]?.toLowerCase();
      if (opening && !VOID_ELEMENTS.has(opening) && !tag.endsWith('/>'))
        open.push({ name: opening, line: child.position?.start.line ?? 1 });
      else if (closing) {
        const at = open.findLastIndex((o) => o.name === closing);
        if (at !== -1) open.splice(at, 1);
      }
    }
    for (const { name, line } of open)
      problems.push({
        line,
        message: `The tag \`<${name}>\` here is not closed: each \`<${name}>\` needs its own \`</${name}>\` in the same paragraph, or all the text after it is shown inside it.`,
      });
    return SKIP;
  });
  return problems;
}

/** A hidden character as a message names it: its code, and what it does. */
function hiddenCharacterName(ch: string): string {
  const code = `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  return /\p{Cc}/u.test(ch)
    ? `${code}, a control character`
    : `${code}, which makes the text after it run the other way, so the words can look other than they are`;
}

/**
 * Each line of a body holding a character no keyboard types on purpose (UNTYPED, as a field is
 * held to), wherever it is on the line: in words, a code span, a tag or a comment alike.
 */
function hiddenCharacters(text: string): BodyProblem[] {
  if (!UNTYPED.test(text)) return [];
  return text.split('\n').flatMap((line, i) => {
    const found = UNTYPED.exec(line)?.[0];
    return found === undefined
      ? []
      : [
          {
            line: i + 1,
            message: `This line has a hidden character in it that no keyboard types on purpose (${hiddenCharacterName(found)}). Delete the line and type it again.`,
          },
        ];
  });
}

export function renderBody(text: string, kind: BodyKind, options: RenderOptions): RenderedBody {
  const hidden = hiddenCharacters(text);
  const parsed = parseBody(text, kind);
  if (!parsed.tree)
    return {
      html: '',
      headings: [],
      problems: [...hidden, parsed.failure!],
      readable: [],
      addresses: [],
      comments: [],
    };
  const problems = [...hidden, ...(kind === 'mdx' ? refuseCode(parsed.tree) : unclosedInlineTags(parsed.tree))];
  const comments = lineEndComments(parsed.tree, kind, text);
  handlesAsText(parsed.tree, text);
  smartPunctuation(parsed.tree);
  const before = toTree(parsed.tree, kind, text);
  const clean = sanitize(before, sanitizeSchema) as HastRoot;
  problems.push(...sanitiserRemovals(before, clean));
  problems.push(...checkImages(clean, options.imageExists));
  const readable = readableText(clean);
  const addresses = addressesOf(clean);
  expandComponents(clean as { children: ElementContent[] });
  const headings = addHeadingIds(clean);
  withBase(clean, options.base ?? '/');
  const unique = new Map(problems.map((p) => [`${p.line}\u0000${p.message}`, p]));
  return { html: toHtml(clean), headings, problems: [...unique.values()], readable, addresses, comments };
}
