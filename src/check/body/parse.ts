// Reads a body with the real Markdown and MDX grammar (micromark, as @mdx-js/mdx and remark do),
// never with lines or patterns. The tree it returns is data: nothing in it is ever run.
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { gfm } from 'micromark-extension-gfm';
import { mdxjs } from 'micromark-extension-mdxjs';

/** How a body is written: `.md` is Markdown with raw HTML; `.mdx` is MDX, with components. */
export type BodyKind = 'md' | 'mdx';

export interface ParseFailure {
  /** 1-based line in the body. */
  line: number;
  message: string;
}

/** The error the MDX parser throws, as far as the check reads it. */
interface ParserError {
  line?: number;
  place?: { line?: number; offset?: number; start?: { line?: number; offset?: number } };
  reason?: string;
  ruleId?: string;
  source?: string;
}

/**
 * Elements that hold nothing, which HTML lets stand alone (`<br>`): MDX reads one as opened until
 * it is closed, and in a Markdown (.md) body one needs no closing tag (./render.ts).
 */
export const VOID_ELEMENTS = new Set([
  'area',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/** Where an open tag has to be closed, by the Markdown part the parser found it still open at the end of. */
const CLOSE_WITHIN: Record<string, string> = {
  emphasis: 'inside the same `*…*` or `_…_`',
  strong: 'inside the same `**…**`',
  delete: 'inside the same `~~…~~`',
  link: 'inside the same link text `[…]`',
  blockquote: 'in the same quote (the lines starting `>`)',
  listitem: 'in the same list item',
  tabledata: 'in the same table cell',
  tableheader: 'in the same table cell',
  tablecell: 'in the same table cell',
  atxheading: 'on the same heading line',
  setextheading: 'in the same heading',
};

/** The tag the parser's error names first (`b` for `` `<b>` `` or `` `</b>` ``) after `lead`, or undefined. */
function tagAfter(reason: string, lead: string): string | undefined {
  if (!reason.startsWith(lead)) return undefined;
  return /`<\/?([^>`]*)>`/.exec(reason.slice(lead.length - 1))?.[1];
}

/** The line the parser says a tag was opened on: it gives its place as (line:column-line:column). */
const openedOn = (reason: string): number | undefined => Number(/\((\d+):\d+-\d+:\d+\)/.exec(reason)?.[1]) || undefined;

/** In MDX, `<br>` is opened and never closed: it has to close itself. */
const selfClosing = (name: string) =>
  `In an .mdx file a tag that holds nothing must close itself: write \`<${name} />\` for \`<${name}>\`.`;

function notClosed(name: string, reason: string): string {
  if (VOID_ELEMENTS.has(name.toLowerCase())) return selfClosing(name);
  const part = /before the end of `(\w+)`/.exec(reason)?.[1]?.toLowerCase();
  const within = (part && CLOSE_WITHIN[part]) ?? 'in the same block of text';
  return `The tag \`<${name}>\` here is not closed: each \`<${name}>\` needs its own \`</${name}>\` ${within}.`;
}

function closedByAnother(closing: string, open: string): string {
  if (VOID_ELEMENTS.has(open.toLowerCase())) return selfClosing(open);
  return `\`</${closing}>\` here does not close \`<${open}>\`, the tag still open: each \`<${open}>\` needs its own \`</${open}>\` in the same block of text, and a tag opened inside another closes before it.`;
}

const acrossMarks = (name: string) =>
  `\`</${name}>\` here closes \`<${name}>\` across Markdown marks (\`*\`, \`**\`, \`~~\` or a link) opened or closed between them. Put one wholly inside the other, like \`<${name}>*words*</${name}>\`.`;

/** A closing tag with nothing open: its name is read from the text, where the parser points at its slash. */
function closesNothing(e: ParserError, text: string): string {
  const slash = e.place?.start?.offset ?? e.place?.offset;
  const name = slash === undefined ? undefined : /^<\/\s*([^\s>/]+)/.exec(text.slice(slash - 1))?.[1];
  return name
    ? `\`</${name}>\` here closes a tag that is not open in this block of text: remove it, or add \`<${name}>\` where it should start, in the same block of text.`
    : 'A closing tag here closes a tag that is not open in this block of text: remove it, or add the opening tag where it should start, in the same block of text.';
}

const CLOSING_WITH_MORE =
  'A closing tag here has more than its name: write it as `</` and the name and `>`, like `</b>`.';
const LAZY_TAG_LINE =
  'This line carries on a tag from the line before, inside a quote or a list, but does not start as that line does: start it with `>` in a quote, or indent it as the list item is.';

/**
 * What went wrong with a tag, in a volunteer's words, naming the tag they wrote (the parser's error
 * names it; its wording never reaches them), at the line it was opened on where that is the fault.
 */
function explainTag(e: ParserError, text: string): ParseFailure | undefined {
  const reason = e.reason ?? '';
  const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? openedOn(reason) ?? 1;
  const unclosed = tagAfter(reason, 'Expected a closing tag for `');
  if (unclosed !== undefined) return { line: openedOn(reason) ?? line, message: notClosed(unclosed, reason) };
  const closing = tagAfter(reason, 'Unexpected closing tag `');
  const open = tagAfter(reason, `Unexpected closing tag \`</${closing}>\`, expected corresponding closing tag for \``);
  if (closing !== undefined && open !== undefined)
    return {
      line: VOID_ELEMENTS.has(open.toLowerCase()) ? (openedOn(reason) ?? line) : line,
      message: closedByAnother(closing, open),
    };
  const across = tagAfter(reason, 'Expected the closing tag `');
  if (across !== undefined) return { line, message: acrossMarks(across) };
  const rule = e.ruleId;
  if (rule === 'unexpected-closing-slash') return { line, message: closesNothing(e, text) };
  if (rule === 'unexpected-self-closing-slash' || rule === 'unexpected-attribute')
    return { line, message: CLOSING_WITH_MORE };
  if (rule === 'unexpected-lazy') return { line, message: LAZY_TAG_LINE };
  return undefined;
}

/** What went wrong, in a volunteer's words, from the MDX parser's error (its own wording never reaches them). */
function explain(e: ParserError, text: string): ParseFailure {
  const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
  const escapes =
    'To show the character itself, put a backslash before it (`\\<`, `\\{`); or, if the file needs no components, rename it to end .md.';
  // The parser's `source` says which part of MDX stopped: expressions ({…}), ESM or tags (<…>).
  if (e.source?.includes('mdx-expression') || e.ruleId === 'acorn') {
    return {
      line,
      message: `A curly bracket \`{\` or \`}\` here is not closed or not valid: MDX reads curly brackets as code. ${escapes}`,
    };
  }
  if (e.source?.includes('esm')) {
    return {
      line,
      message:
        'This line starts with `import` or `export`, which MDX reads as code. Remove the line, or reword it so it does not start with those words.',
    };
  }
  // An HTML comment is read as a tag in MDX; a backslash would publish the note as text.
  const at = e.place?.start?.offset ?? e.place?.offset;
  const tagStart = at === undefined ? -1 : text.lastIndexOf('<', at);
  if (tagStart !== -1 && at! - tagStart <= 2 && text.startsWith('<!--', tagStart))
    return {
      line,
      message:
        'An HTML comment (`<!-- … -->`) cannot be written in an .mdx file: write a comment as `{/* … */}` instead, which is never published.',
    };
  return (
    explainTag(e, text) ?? {
      line,
      message: `MDX could not read a \`<\` here: it reads it as the start of a component or tag. ${escapes}`,
    }
  );
}

// The grammars hold no state between parses: made once, not once per file.
const GRAMMAR = {
  mdx: { extensions: [mdxjs(), gfm()], mdastExtensions: [mdxFromMarkdown(), gfmFromMarkdown()] },
  md: { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] },
};

/** Most `*`, `_`, `~` and `[` marks in one paragraph: the Markdown reader's work grows with their square. */
export const MAX_MARKS = 2000;
/** Most quotes and list items inside each other on one line: each level costs the reader stack. */
export const MAX_NESTING = 100;

/** The marks that open emphasis, strikethrough or a link. */
const MARKS = ['*', '_', '~', '['];
const MARK_LIST = `${MARKS.slice(0, -1)
  .map((m) => `\`${m}\``)
  .join(', ')} and \`${MARKS.at(-1)!}\``;

const NESTING = /^(?:[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/;

/**
 * Text the Markdown reader would take minutes over, or run out of stack on, found before it is
 * read: thousands of emphasis marks in a paragraph (a 60 KB paragraph of them took 77 s), or
 * quotes and lists nested hundreds deep on one line. No page needs either.
 */
function tooComplex(text: string): ParseFailure | undefined {
  // Nearly every body has far fewer marks in all, and no line starting with 100 characters that
  // could each open a quote or a list: then there is nothing to look for line by line.
  let marks = 0;
  for (const mark of MARKS) for (let i = text.indexOf(mark); i !== -1; i = text.indexOf(mark, i + 1)) marks++;
  if (marks <= MAX_MARKS && !DEEP_START.test(text)) return undefined;
  return paragraphTooComplex(text);
}

const DEEP_START = new RegExp(`^[ \\t>*+\\-\\d.)]{${MAX_NESTING}}`, 'm');

function paragraphTooComplex(text: string): ParseFailure | undefined {
  const lines = text.split('\n');
  let marks = 0;
  let paragraph = 1;
  for (const [i, line] of lines.entries()) {
    if (line.trim() === '') {
      marks = 0;
      paragraph = i + 2;
      continue;
    }
    for (const ch of line) if (MARKS.includes(ch)) marks++;
    if (marks > MAX_MARKS)
      return {
        line: paragraph,
        message: `This paragraph has more than ${MAX_MARKS.toLocaleString('en-GB')} of the marks ${MARK_LIST}, too many for the site to read in good time. Split it into shorter paragraphs, or put a backslash before a mark that is not formatting (\`\\*\`).`,
      };
    const prefix = NESTING.exec(line)?.[0];
    const depth = prefix ? (prefix.match(/>|[-*+]|\d{1,9}[.)]/g)?.length ?? 0) : 0;
    if (depth > MAX_NESTING)
      return {
        line: i + 1,
        message: `This line puts more than ${MAX_NESTING} quotes or lists inside each other, deeper than any page can show. Use fewer levels.`,
      };
  }
  return undefined;
}

/** What a reader running out of stack means to a volunteer. */
export const TOO_DEEP =
  'This part puts quotes, lists, emphasis or tags inside each other so many times that the site cannot read it. Use fewer levels inside each other.';

/** Parses a body into a Markdown syntax tree, or says on which line and why it cannot be read. */
export function parseBody(text: string, kind: BodyKind): { tree?: Root; failure?: ParseFailure } {
  const failure = tooComplex(text);
  if (failure) return { failure };
  try {
    const tree = fromMarkdown(text, GRAMMAR[kind]);
    return { tree };
  } catch (error) {
    if (error instanceof RangeError) return { failure: { line: 1, message: TOO_DEEP } };
    return { failure: explain(error as ParserError, text) };
  }
}
