// Straight quotes, double hyphens and three dots become typographic ones (“ ” ‘ ’ — …), as Astro's
// Markdown does with remark-smartypants. The rules are retext-smartypants's; this applies them the
// way remark-smartypants does, in two passes: quotes over all of a body's text at once, so a quote
// pairs across a link or emphasis, then dashes, ellipses and backticks in each run of text.
//
// It differs only in what it hands to retext: a pass is run only on text holding something that
// pass could change. Parsing text into words and sentences is most of the cost, and most runs of
// text have nothing to change. tests/unit/typography.test.ts holds it to remark-smartypants.
import type { Nodes, Parents, Root } from 'mdast';
import { retext } from 'retext';
import retextSmartypants from 'retext-smartypants';

// Made once: each builds a text processor, which costs more to set up than to run.
const quotePass = retext().use(retextSmartypants, { ellipses: false, dashes: false, backticks: false }).freeze();
const otherPass = retext().use(retextSmartypants, { quotes: false }).freeze();

/** What the quote pass changes: a straight double or single quote. */
const MAY_QUOTE = /["']/;
/**
 * What the second pass changes: two backticks or two single quotes, two hyphens, and three runs of
 * dots with nothing but white space between them (retext's white space includes U+0085).
 */
const MAY_CHANGE_OTHERS = /`|''|--|\.[\s\u0085]*\.[\s\u0085]*\./;

/**
 * A straight quote that is not an apostrophe inside a word (team's, don't, o'clock). The letters
 * either side are Latin ones (ASCII to Latin Extended-B, digits too), which retext reads as part of
 * a word; for any other, the text is parsed as before.
 */
const LATIN = 'A-Za-z0-9\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F';
const NOT_INNER_APOSTROPHE = new RegExp(`"|(?<![${LATIN}])'|'(?![${LATIN}])`);

/**
 * Whether the only quotes in the text are apostrophes inside words, which the quote pass makes ’
 * whatever is around them (most bodies that have quotes at all): then it need not be parsed.
 */
export function onlyInnerApostrophes(text: string): boolean {
  return !NOT_INNER_APOSTROPHE.test(text);
}

/** Runs of text that start afresh: a quote at their start always opens, so each starts after a space. */
const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);
const LITERALS = new Set(['text', 'inlineCode']);
/** Elements whose text is not prose. */
const NOT_PROSE = new Set(['style', 'script']);

/** Whether remark-smartypants looks at `node` under `parent`. */
function isLookedAt(node: Nodes, parent: Parents): boolean {
  if (parent.type === 'mdxJsxTextElement' && (typeof parent.name !== 'string' || NOT_PROSE.has(parent.name)))
    return false;
  return BLOCKS.has(node.type) || (LITERALS.has(node.type) && typeof (node as { value?: unknown }).value === 'string');
}

/** Every node looked at, in document order (a stack, not recursion: a body can nest deeply). */
function lookedAt(tree: Root): Nodes[] {
  const found: Nodes[] = [];
  const stack: [Nodes, Parents | undefined][] = [[tree, undefined]];
  while (stack.length > 0) {
    const [node, parent] = stack.pop()!;
    if (parent && isLookedAt(node, parent)) found.push(node);
    const children = (node as Parents).children;
    if (Array.isArray(children))
      for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, node as Parents]);
  }
  return found;
}

/** Makes the punctuation of a body's text typographic, in place. */
export function smartPunctuation(tree: Root): void {
  const nodes = lookedAt(tree);
  let all = '';
  for (const node of nodes) {
    if (node.type === 'text') all += node.value;
    else if (node.type === 'inlineCode') all += 'A'.repeat(node.value.length);
    else all += ' ';
  }
  // The quote pass swaps one character for one, so each run of text keeps its place in the whole.
  if (MAY_QUOTE.test(all))
    all = onlyInnerApostrophes(all) ? all.replaceAll("'", '’') : String(quotePass.processSync(all));
  let at = 0;
  for (const node of nodes) {
    if (node.type === 'text') {
      const text = all.slice(at, at + node.value.length);
      at += node.value.length;
      node.value = MAY_CHANGE_OTHERS.test(text) ? String(otherPass.processSync(text)) : text;
    } else if (node.type === 'inlineCode') at += node.value.length;
    else at += 1;
  }
}
