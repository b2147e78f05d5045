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

/** What went wrong, in a volunteer's words, from the MDX parser's rule (its own wording never reaches them). */
function explain(rule: string | undefined, source: string | undefined): string {
  const escapes =
    'To show the character itself, put a backslash before it (`\\<`, `\\{`); or, if the file needs no components, rename it to end .md.';
  // The parser's `source` says which part of MDX stopped: expressions ({…}), ESM or tags (<…>).
  if (source?.includes('mdx-expression') || rule === 'acorn') {
    return `A curly bracket \`{\` or \`}\` here is not closed or not valid: MDX reads curly brackets as code. ${escapes}`;
  }
  if (source?.includes('esm')) {
    return 'This line starts with `import` or `export`, which MDX reads as code. Remove the line, or reword it so it does not start with those words.';
  }
  if (rule === 'end-tag-mismatch' || rule === 'unexpected-closing-slash' || rule === 'unexpected-lazy') {
    return 'A component or tag here is not closed the way it was opened: each `<Quote>` needs its own `</Quote>`, in the same block of text.';
  }
  return `MDX could not read a \`<\` here: it reads it as the start of a component or tag. ${escapes}`;
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
    const e = error as {
      line?: number;
      place?: { line?: number; start?: { line?: number } };
      ruleId?: string;
      source?: string;
    };
    const line = e.line ?? e.place?.line ?? e.place?.start?.line ?? 1;
    return { failure: { line, message: explain(e.ruleId, e.source) } };
  }
}
