// Finds the phrases of ./safe-language-words.ts in text, word by word. The text is parsed into
// paragraphs, sentences and words by parse-english (the parser behind retext-english), and words
// are compared after nlcst-normalize (case, apostrophes and hyphens ignored), so a phrase only ever
// matches whole words in one sentence: "psychology" is not "psycho", "committed to suicide
// prevention" is not "committed suicide", and nothing matches across a full stop.
import { ParseEnglish } from 'parse-english';
import { normalize } from 'nlcst-normalize';
import { toString } from 'nlcst-to-string';
import type { Root, Sentence, SentenceContent } from 'nlcst';
import { SAFE_LANGUAGE_RULES, type SafeLanguageRule } from './safe-language-words.ts';

/** One listed phrase found in a text. */
export interface LanguageFinding {
  rule: SafeLanguageRule;
  /** The words as written. */
  text: string;
  /** Where they start in the text (UTF-16 offset). */
  at: number;
}

/** One word of a compiled phrase: any word, a number, or one of a set of normalised words. */
type Token =
  | { kind: 'any'; optional: boolean }
  | { kind: 'number'; optional: boolean }
  | { kind: 'many'; optional: boolean }
  | { kind: 'word'; words: Set<string>; optional: boolean };

const norm = (word: string) => normalize(word);

function compile(phrase: string): Token[] {
  return phrase
    .split(' ')
    .filter(Boolean)
    .map((raw) => {
      const optional = raw.endsWith('?');
      const word = optional ? raw.slice(0, -1) : raw;
      if (word === '*') return { kind: 'any', optional };
      if (word === '#') return { kind: 'number', optional };
      if (word === '##') return { kind: 'many', optional };
      return { kind: 'word', words: new Set(word.split('|').map(norm)), optional };
    });
}

export interface Compiled {
  rule: SafeLanguageRule;
  phrases: Token[][];
  /**
   * For each phrase, the words of one of its required words (the likeliest to be rare): a sentence
   * with none of them cannot hold the phrase, so the rule is not tried word by word there
   * (undefined: the phrase requires no word in particular).
   */
  needs: (Set<string> | undefined)[];
  unless: Token[][];
  endsOrThen?: Set<string>;
  within?: { words: Set<string>; distance: number };
  sentenceHas?: Set<string>;
}

/**
 * The required word of a phrase to look for first: the one whose shortest form is longest, as
 * "a|an|the" or "by" are in most sentences and "depressive" or "hanging" in few.
 */
function rarestRequiredWords(tokens: Token[]): Set<string> | undefined {
  let best: Set<string> | undefined;
  let bestLength = -1;
  for (const t of tokens) {
    if (t.kind !== 'word' || t.optional) continue;
    const shortest = Math.min(...[...t.words].map((w) => w.length));
    if (shortest > bestLength) [best, bestLength] = [t.words, shortest];
  }
  return best;
}

const compileRule = (rule: SafeLanguageRule): Compiled => ({
  rule,
  phrases: rule.phrases.map(compile),
  needs: rule.phrases.map((phrase) => rarestRequiredWords(compile(phrase))),
  unless: (rule.unlessFollowedBy ?? []).map(compile),
  endsOrThen: rule.endsOrThen && new Set(rule.endsOrThen.map(norm)),
  within: rule.followedWithin && {
    words: new Set(rule.followedWithin.words.map(norm)),
    distance: rule.followedWithin.distance,
  },
  sentenceHas: rule.sentenceHas && new Set(rule.sentenceHas.map(norm)),
});

const NUMBER_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty sixty hundred hundreds dozen dozens several'.split(
    ' ',
  ),
);
const isNumber = (word: string) => /^\d[\d,.]*$/.test(word) || NUMBER_WORDS.has(word);
const FEW = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
/** Ten or more: a number of tablets that is an overdose, not a dose. */
const isMany = (word: string) =>
  isNumber(word) && !FEW.has(word) && !(/^\d/.test(word) && Number(word.replace(/,/g, '')) < 10);

/** A sentence as a list of its words (normalised), with the index of each in the sentence's children and whether it is quoted. */
interface Word {
  norm: string;
  child: number;
  quoted: boolean;
  /** A punctuation mark or symbol (not a space) comes between this word and the next. */
  breakAfter: boolean;
}

const OPENING = new Set(['“', '‘', '«', '„']);
const CLOSING = new Set(['”', '’', '»']);

function wordsOf(sentence: Sentence): Word[] {
  const words: Word[] = [];
  let depth = 0;
  let straight = false;
  sentence.children.forEach((child: SentenceContent, i) => {
    if (child.type === 'WordNode') {
      // The parser keeps a full stop in the word before a lower-case word ("himself. the"): it ends the word here.
      const written = toString(child);
      const bare = written.replace(/[.!?,;:…]+$/u, '');
      words.push({ norm: norm(bare), child: i, quoted: depth > 0 || straight, breakAfter: bare !== written });
      return;
    }
    if (child.type === 'WhiteSpaceNode') return;
    const last = words.at(-1);
    if (last && last.child < i) last.breakAfter = true;
    const value = toString(child);
    if (OPENING.has(value)) depth += 1;
    else if (CLOSING.has(value)) depth = Math.max(0, depth - 1);
    else if (value === '"' || value === "'") straight = !straight;
  });
  return words;
}

/** The number of words the phrase covers from word `i`, or -1. A phrase never runs past a punctuation mark. */
function matchAt(tokens: Token[], words: Word[], i: number): number {
  const go = (t: number, w: number): number => {
    if (t === tokens.length) return w - i;
    const token = tokens[t]!;
    const word = words[w];
    const joined = w === i || (words[w - 1] && !words[w - 1]!.breakAfter);
    if (word && joined) {
      const fits =
        token.kind === 'any'
          ? true
          : token.kind === 'number'
            ? isNumber(word.norm)
            : token.kind === 'many'
              ? isMany(word.norm)
              : token.words.has(word.norm);
      if (fits) {
        const on = go(t + 1, w + 1);
        if (on >= 0) return on;
      }
    }
    return token.optional ? go(t + 1, w) : -1;
  };
  return go(0, i);
}

function ruleMatches(c: Compiled, words: Word[], i: number, sentenceWords: Set<string>): number {
  if (!c.rule.evenQuoted && words[i]!.quoted) return -1;
  let length = -1;
  for (const tokens of c.phrases) length = Math.max(length, matchAt(tokens, words, i));
  if (length <= 0) return -1;
  const end = i + length;
  const last = words[end - 1]!;
  if (c.unless.some((tokens) => !last.breakAfter && matchAt(tokens, words, end) > 0)) return -1;
  if (c.endsOrThen) {
    const next = words[end];
    if (next && !last.breakAfter && !c.endsOrThen.has(next.norm)) return -1;
  }
  if (c.within && !words.slice(end, end + c.within.distance).some((w) => c.within!.words.has(w.norm))) return -1;
  if (c.sentenceHas && ![...c.sentenceHas].some((w) => sentenceWords.has(w))) return -1;
  return length;
}

const COMPILED = SAFE_LANGUAGE_RULES.map(compileRule);

/** The rules as findUnsafeLanguage reads them; `tryEverywhere` drops the shortcut by required words, for a test that it changes nothing. */
export function compiledRules({ tryEverywhere = false } = {}): Compiled[] {
  return tryEverywhere ? COMPILED.map((c) => ({ ...c, needs: c.needs.map(() => undefined) })) : COMPILED;
}
const parser = new ParseEnglish();

/** Every sentence of a text. */
export function sentencesOf(text: string): Sentence[] {
  const tree: Root = parser.parse(text);
  const sentences: Sentence[] = [];
  for (const paragraph of tree.children)
    if (paragraph.type === 'ParagraphNode')
      for (const child of paragraph.children) if (child.type === 'SentenceNode') sentences.push(child);
  return sentences;
}

/** The number of words in a sentence, counting numbers as words and punctuation as none. */
export function wordCount(sentence: Sentence): number {
  return sentence.children.filter((c) => c.type === 'WordNode' && /[\p{L}\p{N}]/u.test(toString(c))).length;
}

/** For a list of rules: the rules a sentence must be tried against whatever its words, and by word the rules that need it. */
interface RuleIndex {
  always: number[];
  byWord: Map<string, number[]>;
  /**
   * When every rule needs some word: any of those words, as it would be found in a text written
   * in lower case without hyphens and apostrophes. A text in which none is found cannot hold a
   * phrase, and is not parsed at all.
   */
  anyNeeded?: RegExp;
}

const indexes = new WeakMap<Compiled[], RuleIndex>();

function indexOf(rules: Compiled[]): RuleIndex {
  let index = indexes.get(rules);
  if (index) return index;
  index = { always: [], byWord: new Map() };
  for (const [i, c] of rules.entries()) {
    if (c.needs.some((words) => !words)) index.always.push(i);
    else
      for (const word of new Set(c.needs.flatMap((words) => [...words!]))) {
        const list = index.byWord.get(word);
        if (list) list.push(i);
        else index.byWord.set(word, [i]);
      }
  }
  if (index.always.length === 0 && index.byWord.size > 0)
    index.anyNeeded = new RegExp(
      [...index.byWord.keys()].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'),
    );
  indexes.set(rules, index);
  return index;
}

/**
 * Whether a text could hold a phrase of the rules. A word's normal form (norm) is the word in
 * lower case without hyphens and apostrophes, and a word is a run of the text, so the normal form
 * of every word is found in the text made the same way.
 */
function mayHoldPhrase(rules: Compiled[], text: string): boolean {
  const { anyNeeded, always, byWord } = indexOf(rules);
  if (always.length === 0 && byWord.size === 0) return false;
  return !anyNeeded || anyNeeded.test(text.toLowerCase().replace(/[’'-]/g, ''));
}

/**
 * The rules that could match a sentence with these words, as a mark for each rule: the rules with
 * a phrase that needs no word in particular, and those with a phrase whose first required word is
 * there. Looked up by word, as a sentence has far fewer words than there are rules.
 */
function rulesToTry(rules: Compiled[], present: Set<string>): Uint8Array {
  const { always, byWord } = indexOf(rules);
  const marks = new Uint8Array(rules.length);
  for (const i of always) marks[i] = 1;
  for (const word of present) for (const i of byWord.get(word) ?? []) marks[i] = 1;
  return marks;
}

/** Every listed phrase in a text, in order. Where phrases of one rule overlap, the first is kept. */
export function findUnsafeLanguage(text: string, rules: Compiled[] = COMPILED): LanguageFinding[] {
  const findings: LanguageFinding[] = [];
  if (!mayHoldPhrase(rules, text)) return findings;
  for (const sentence of sentencesOf(text)) {
    const words = wordsOf(sentence);
    const present = new Set(words.map((w) => w.norm));
    const marks = rulesToTry(rules, present);
    for (let r = 0; r < rules.length; r++) {
      if (!marks[r]) continue;
      const c = rules[r]!;
      let i = 0;
      while (i < words.length) {
        const length = ruleMatches(c, words, i, present);
        if (length <= 0) {
          i += 1;
          continue;
        }
        const first = sentence.children[words[i]!.child]!;
        const last = sentence.children[words[i + length - 1]!.child]!;
        const start = first.position!.start.offset!;
        findings.push({
          rule: c.rule,
          at: start,
          text: text.slice(start, last.position!.end.offset!).replace(/[.!?,;:…]+$/u, ''),
        });
        i += length;
      }
    }
  }
  return findings.sort((a, b) => a.at - b.at);
}
