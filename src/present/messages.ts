// The site's own words in one language: every word a page writes comes from that language's
// catalogue (src/present/catalogues/<code>.yaml), in ICU MessageFormat, so plurals, numbers and
// dates follow each language's own rules through Intl rather than English ones.
import { TYPE, parse, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { memoize, strategies } from '@formatjs/fast-memoize';
import { IntlMessageFormat, type Formatters } from 'intl-messageformat';
import { CORE_SCHEMA, load } from 'js-yaml';
import { LineCounter, isMap, isNode, isScalar, parseDocument } from 'yaml';

/** A catalogue: each key the site uses, and its words in one language. */
export type Catalogue = Readonly<Record<string, string>>;

/** A value a message may name: `{count}`, `{date}`, `{name}`. */
export type MessageValue = string | number;

/** A catalogue that could not be read, with the file and line and how to fix it. */
export class CatalogueProblem extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly key: string,
    message: string,
  ) {
    super(`${file}:${line}: ${key ? `${key}: ` : ''}${message}`);
  }
}

/**
 * Reads one catalogue file: a flat list of `key: words`, each parsed as a message so a broken one
 * is reported here, naming its line, and never reaches a page.
 */
export function readCatalogue(file: string, text: string, lang: string): Catalogue {
  // Every build reads every catalogue, and js-yaml reads one in a tenth of the time `yaml` takes to
  // keep the positions a problem needs. A catalogue js-yaml cannot take as it is (a problem, or
  // anything it reads otherwise than `yaml` might) is read again carefully, which decides.
  return readQuickly(text, lang) ?? readCarefully(file, text, lang);
}

/**
 * A line of a plain catalogue: a key as the site's code names one (`commitments.status.on-track`)
 * and its words in quotes, whole on the line; a comment; or a blank line.
 */
const PLAIN_LINE =
  /^(?:[A-Za-z][\w.-]*[ \t]*:[ \t]+(?:"(?:[^"\\\r]|\\[^\r])*"|'(?:[^'\r]|'')*')[ \t]*|[ \t]*(?:#.*)?)\r?$/;

/** The catalogue, when js-yaml reads a map of words whose every message parses; otherwise undefined. */
export function readQuickly(text: string, lang: string): Catalogue | undefined {
  // js-yaml turns any key into text ([a] becomes "a"), and reads some things otherwise than `yaml`
  // (an unquoted -.5, a comment straight after a quote), so only a catalogue of plain keys, each with
  // its words in quotes on its own line, is taken as it is.
  if (!text.split('\n').every((line) => PLAIN_LINE.test(line))) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const locale = new Intl.Locale(lang);
  for (const words of Object.values(data)) {
    if (typeof words !== 'string' || !parses(words, locale)) return undefined;
  }
  return data as Catalogue;
}

/** The catalogue read with every position kept, so a problem names its line; throws a CatalogueProblem. */
export function readCarefully(file: string, text: string, lang: string): Catalogue {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const lineOf = (offset: number | undefined) => (offset === undefined ? 1 : lines.linePos(offset).line);
  const first = doc.errors[0];
  if (first)
    throw new CatalogueProblem(file, lineOf(first.pos[0]), '', 'is not valid YAML here; each line is `key: words`');
  if (!isMap(doc.contents)) throw new CatalogueProblem(file, 1, '', 'must be a list of `key: words`, one a line');
  const entries: [string, string][] = [];
  const locale = new Intl.Locale(lang);
  for (const pair of doc.contents.items) {
    if (!isScalar(pair.key)) {
      throw new CatalogueProblem(
        file,
        lineOf(isNode(pair.key) ? pair.key.range?.[0] : undefined),
        '',
        'has something other than a key before a `:`; each line is `key: words`',
      );
    }
    const key = String(pair.key.value);
    const line = lineOf(pair.key.range?.[0]);
    if (!isScalar(pair.value) || typeof pair.value.value !== 'string') {
      throw new CatalogueProblem(file, line, key, 'must be words in quotes, like `"Commitments"`');
    }
    if (!parses(pair.value.value, locale)) {
      throw new CatalogueProblem(
        file,
        line,
        key,
        'has a broken {placeholder}: check every { has its }, and plurals are written like {count, plural, one {# day} other {# days}}',
      );
    }
    entries.push([key, pair.value.value]);
  }
  // Own properties only, as js-yaml makes them: a key like __proto__ is words, not a prototype.
  return Object.fromEntries(entries);
}

/** True when `words` is a message IntlMessageFormat can read (its parser alone: a page makes each message it writes anyway). */
function parses(words: string, locale: Intl.Locale): boolean {
  try {
    parse(words, { locale });
    return true;
  } catch {
    return false;
  }
}

const directions = new Map<string, 'ltr' | 'rtl'>();

/** Which way a language is written: right to left for Arabic, Hebrew, Persian, Urdu and the like. */
export function directionOf(lang: string): 'ltr' | 'rtl' {
  // Asked for every marked word on every page; Intl.Locale is slow to make, so each answer is kept.
  let found = directions.get(lang);
  if (!found) {
    found = textDirection(lang);
    directions.set(lang, found);
  }
  return found;
}

function textDirection(lang: string): 'ltr' | 'rtl' {
  const locale = new Intl.Locale(lang) as Intl.Locale & {
    getTextInfo?: () => { direction?: string };
    textInfo?: { direction?: string };
  };
  const info = locale.getTextInfo?.() ?? locale.textInfo;
  return info?.direction === 'rtl' ? 'rtl' : 'ltr';
}

/** The site's words in one language, and its ways of writing dates and numbers. */
export interface Messages {
  /** The language's code, like `tr`. */
  readonly lang: string;
  /** Which way it is written. */
  readonly dir: 'ltr' | 'rtl';
  /** The locale its dates and numbers follow, like `en-GB` or `tr`. */
  readonly locale: string;
  /** The words for `key`, with `{names}` filled in from `values`. */
  t(key: string, values?: Record<string, MessageValue>): string;
  /**
   * The words for `key` in parts, for a sentence with a link or emphasis in it: the catalogue
   * writes `Read <link>how statuses are worked out</link>.`, and each `<tag>…</tag>` becomes a
   * part `{ tag: 'link', text: 'how statuses are worked out' }` for src/components/Words.astro to
   * show (plain text parts stay strings). A tag holds words only, never another tag; when a value
   * in another language shares a tag with other words, the part also has them as `pieces`.
   */
  parts(
    key: string,
    values?: Record<string, MessageValue>,
    languages?: Record<string, string | undefined>,
  ): MessagePart[];
  /** True when the catalogue has words for `key`. */
  has(key: string): boolean;
  /** The catalogue's words for `key` as written, placeholders and all, for finishing elsewhere (the browser). */
  source(key: string): string;
  /** A day (YYYY-MM-DD) as people of this language write it: 12 March 2025, 12 Mart 2025. */
  date(day: string): string;
  /** A day with its weekday, for a meeting someone may come to. */
  dayOfWeek(day: string): string;
  /** A month and year, short, for a chart's axis: Mar 2025. */
  month(day: string): string;
  /** A number with this language's digits and separators. */
  number(n: number): string;
  /** Items joined as this language joins them: "a, b or c" (`or`), "a, b and c" (`and`). */
  list(items: readonly string[], joiner: 'and' | 'or'): string;
}

/** Words inside a tag, each value in another language than the sentence apart from the words around it. */
export type TagPiece = string | { text: string; lang: string };

/**
 * A piece of a sentence: plain words, or words inside a tag like `<link>`, in `lang` when they are
 * all in another language, or in `pieces` when only some of them are.
 */
export type MessagePart = string | { tag: string; text: string; lang?: string; pieces?: TagPiece[] };

/** The tag of a part that is a value in another language than the sentence (see `parts`). */
export const WORDS_IN_ANOTHER_LANGUAGE = 'lang';

/** A key the catalogue lacks: a fault in the site's code or its catalogues, so the build stops. */
export class MissingMessage extends Error {}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
function utc(day: string): Date {
  const parts = DAY.exec(day);
  if (!parts) throw new RangeError(`not a day written YYYY-MM-DD: ${day}`);
  return new Date(Date.UTC(Number(parts[1]), Number(parts[2]) - 1, Number(parts[3])));
}

/**
 * One key for a message and the values it is filled in with. Numbers and text are written apart
 * (the number 0, -0 and the text "0" give three keys), and JSON writes any text unambiguously.
 */
function signatureOf(key: string, values: Record<string, MessageValue>): string {
  return JSON.stringify([
    key,
    Object.entries(values).map(([name, value]) =>
      typeof value === 'number' ? [name, Object.is(value, -0) ? '-0' : String(value)] : [name, value, 'text'],
    ),
  ]);
}

/** A tag's chunks as pieces: neighbouring words joined, each value in another language kept apart. */
function piecesOf(chunks: unknown[]): TagPiece[] {
  const pieces: TagPiece[] = [];
  for (const chunk of chunks) {
    const part = typeof chunk === 'object' && chunk !== null ? (chunk as { text: string; lang?: string }) : undefined;
    const piece: TagPiece = part?.lang ? { text: part.text, lang: part.lang } : part ? part.text : String(chunk);
    const last = pieces.at(-1);
    if (typeof piece === 'string' && typeof last === 'string') pieces[pieces.length - 1] = last + piece;
    else pieces.push(piece);
  }
  return pieces;
}

/** The names of the tags a parsed message uses, like `link` in `<link>…</link>`. */
function tagNames(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.tag) return [element.value, ...tagNames(element.children)];
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      return Object.values(element.options).flatMap((option) => tagNames(option.value));
    }
    return [];
  });
}

/** The names of the values a parsed message chooses its words by (`{big, select, yes {…} other {…}}`). */
function selectorNames(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.tag) return selectorNames(element.children);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      const inside = Object.values(element.options).flatMap((option) => selectorNames(option.value));
      return element.type === TYPE.select ? [element.value, ...inside] : inside;
    }
    return [];
  });
}

/**
 * The words of one language. `locale` is the tag its dates and numbers follow (en-GB for the
 * site's English); formatters and parsed messages are made once each, because a large site
 * writes tens of thousands of them.
 */
export function messagesOf(lang: string, catalogue: Catalogue, locale: string = lang): Messages {
  const parsed = new Map<string, IntlMessageFormat>();
  // Each IntlMessageFormat would otherwise make its own number formats and plural rules; the
  // language's messages share one set, made as intl-messageformat makes its own.
  const shared = <A extends unknown[], T>(make: (...args: A) => T) => memoize(make, { strategy: strategies.variadic });
  const formatters: Formatters = {
    getNumberFormat: shared(
      (...args: ConstructorParameters<typeof Intl.NumberFormat>) => new Intl.NumberFormat(...args),
    ),
    getDateTimeFormat: shared(
      (...args: ConstructorParameters<typeof Intl.DateTimeFormat>) => new Intl.DateTimeFormat(...args),
    ),
    getPluralRules: shared((...args: ConstructorParameters<typeof Intl.PluralRules>) => new Intl.PluralRules(...args)),
  };
  const dateFormat = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const weekdayFormat = new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  const monthFormat = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const numberFormat = new Intl.NumberFormat(locale);
  const lists = {
    and: new Intl.ListFormat(locale, { type: 'conjunction' }),
    or: new Intl.ListFormat(locale, { type: 'disjunction' }),
  };
  // In a right-to-left sentence each word filled in keeps its own direction (first strong isolate
  // … pop directional isolate), so an English name does not drag the full stop after it to its far side.
  const rtl = directionOf(lang) === 'rtl';
  // A value a message chooses its words by is a code, never shown: isolated, it would match no choice.
  const isolate = (key: string, values?: Record<string, MessageValue>) => {
    if (!values || !rtl) return values;
    const selectors = selectorsOf(key);
    return Object.fromEntries(
      Object.entries(values).map(([name, value]) => [
        name,
        typeof value === 'string' && !selectors.has(name) ? `\u2068${value}\u2069` : value,
      ]),
    );
  };
  const wordsOf = (key: string): string => {
    const words = catalogue[key];
    if (words === undefined) throw new MissingMessage(`The ${lang} catalogue has no words for "${key}".`);
    return words;
  };
  const message = (key: string): IntlMessageFormat => {
    let found = parsed.get(key);
    if (!found) {
      found = new IntlMessageFormat(wordsOf(key), locale, undefined, { formatters });
      parsed.set(key, found);
    }
    return found;
  };
  // Every page writes the same labels, dates and lists again, and each comes out the same words
  // every time, so each is worked out once per language and then given again.
  const remembered = <T>(work: (key: string) => T) => {
    const done = new Map<string, T>();
    return (key: string): T => {
      let found = done.get(key);
      if (found === undefined) {
        found = work(key);
        done.set(key, found);
      }
      return found;
    };
  };
  const plainWords = remembered((key) => String(message(key).format()));
  const selectorsOf = remembered((key) => new Set(selectorNames(message(key).getAst())));
  // Two messages in three hold nothing for ICU to read (no {, }, <, or an apostrophe, which
  // quotes): they are their own output, and need no format made for them.
  const isPlain = (words: string) => !/[{}<']/.test(words);
  // A sentence filled in with the same values comes out the same words (a page's footer and charts
  // ask for the same ones on every page), so each is worked out once.
  const filledIn = new Map<string, string>();
  const dates = remembered((day) => dateFormat.format(utc(day)));
  const daysOfWeek = remembered((day) => weekdayFormat.format(utc(day)));
  const months = remembered((day) => monthFormat.format(utc(day)));
  // One key for the joiner and the items, kept apart by U+0000; a list whose items hold that
  // character is worked out afresh instead, so no two lists can share a key.
  const joinedLists = remembered((key) => {
    const [joiner, ...items] = key.split('\u0000');
    return lists[joiner as 'and' | 'or'].format(items);
  });
  return {
    lang,
    dir: directionOf(lang),
    locale,
    t: (key, values) => {
      const words = wordsOf(key);
      if (isPlain(words)) return words;
      if (values === undefined || Object.keys(values).length === 0) return plainWords(key);
      const signature = signatureOf(key, values);
      let found = filledIn.get(signature);
      if (found === undefined) {
        found = String(message(key).format(isolate(key, values)));
        filledIn.set(signature, found);
      }
      return found;
    },
    parts: (key, values, languages = {}) => {
      const words = wordsOf(key);
      if (isPlain(words)) return [words];
      const found = message(key);
      const textOf = (chunk: unknown) =>
        typeof chunk === 'object' && chunk !== null ? (chunk as { text: string }).text : String(chunk);
      const tags = Object.fromEntries(
        tagNames(found.getAst()).map((tag) => [
          tag,
          // A tag that holds only a value in another language (`<link>{title}</link>`) is in that language.
          (chunks: unknown[]) => {
            const only = chunks.length === 1 && typeof chunks[0] === 'object' ? (chunks[0] as MessagePart) : undefined;
            if (typeof only === 'object' && only.lang) return { tag, text: only.text, lang: only.lang };
            const text = chunks.map(textOf).join('');
            // Words around a value in another language: the value keeps its language inside the tag.
            const pieces = piecesOf(chunks);
            return pieces.some((piece) => typeof piece === 'object') ? { tag, text, pieces } : { tag, text };
          },
        ]),
      );
      // A value in another language than the sentence comes back as a part of its own, so the page
      // can say which language it is in; its element keeps its own direction, so it needs no isolate.
      const inOther = Object.fromEntries(
        Object.entries(values ?? {}).flatMap(([name, value]) => {
          const own = languages[name];
          return own && own !== lang
            ? [[name, { tag: WORDS_IN_ANOTHER_LANGUAGE, text: String(value), lang: own }]]
            : [];
        }),
      );
      const formatted = found.format<MessagePart>({ ...isolate(key, values), ...inOther, ...tags });
      const list = (Array.isArray(formatted) ? formatted : [formatted]) as (MessagePart | MessageValue)[];
      // Neighbouring words come back as separate strings; one string reads better to a screen reader.
      return list.reduce<MessagePart[]>((joined, part) => {
        const text = typeof part === 'object' ? part : String(part);
        const last = joined.at(-1);
        if (typeof text === 'string' && typeof last === 'string') joined[joined.length - 1] = last + text;
        else joined.push(text);
        return joined;
      }, []);
    },
    has: (key) => catalogue[key] !== undefined,
    source: wordsOf,
    date: dates,
    dayOfWeek: daysOfWeek,
    month: months,
    number: (n) => numberFormat.format(n),
    list: (items, joiner) =>
      items.some((item) => item.includes('\u0000'))
        ? lists[joiner].format(items)
        : joinedLists([joiner, ...items].join('\u0000')),
  };
}
