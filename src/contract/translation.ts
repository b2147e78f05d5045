// Translations of content: how a translation's file is named, and which of an entry's fields are
// words a translation may put into another language. Everything else (ids, statuses, dates,
// partners, references, numbers, links, pictures) is a fact, shared by every language, and only
// the original sets it. The check refuses a translation that touches a fact; the read model lays
// a translation's words over its original with `overlayWords`, which never copies anything else.

/** A language code as site.yaml's `languages` lists it: two or three lower-case letters. */
export const LANGUAGE_CODE = /^[a-z]{2,3}$/;

/**
 * The paths of an entry's fields whose words may be translated. A step `*` stands for any item of
 * a list; `text` alone is the text below the fields (the body).
 */
export type TranslatableFields = readonly string[];

/** The words of an Easy Read version: its text, title, headings, lines and pictures' alt text, never the pictures. */
export const EASY_READ_WORDS: TranslatableFields = [
  'easyRead',
  'easyRead.title',
  'easyRead.sections.*.heading',
  'easyRead.sections.*.lines.*',
  'easyRead.sections.*.lines.*.text',
  'easyRead.sections.*.lines.*.alt',
];

/**
 * Words a translation may give where the original leaves them out: a picture's alt text, since an
 * original without it shows the picture's name in its own language. Each is allowed only where
 * the original has the field `beside` it (the picture).
 */
export const ADDED_WORDS: readonly { field: string; beside: string }[] = [
  { field: 'easyRead.sections.*.lines.*.alt', beside: 'picture' },
];

/** Whether a translation may give the words at `path` though the original (`parent` holds them) has none. */
export function mayAdd(path: readonly PropertyKey[], parent: unknown): boolean {
  const at = pattern(path);
  return ADDED_WORDS.some((w) => w.field === at && isObject(parent) && parent[w.beside] !== undefined);
}

/** The body, as a translatable field's path. */
export const BODY = 'text';

/** A translation's file named as its original with the language before the ending: `crisis-cafe.tr.mdx`. */
export interface TranslationName {
  /** The original's id: `crisis-cafe`. */
  of: string;
  /** The language code: `tr`. */
  language: string;
}

/** The original and language a file name stands for, when it is a translation's (`crisis-cafe.tr`), else undefined. */
export function translationName(stem: string): TranslationName | undefined {
  const dot = stem.lastIndexOf('.');
  if (dot <= 0) return undefined;
  const language = stem.slice(dot + 1);
  return LANGUAGE_CODE.test(language) ? { of: stem.slice(0, dot), language } : undefined;
}

/**
 * The translation a file name was meant to be when its language code is written in capitals or
 * with a region (`crisis-cafe.TR`, `crisis-cafe.tr-TR`, `crisis-cafe.tr_tr`) and, written plainly,
 * is one of the `offered` languages; else undefined. Such a file is not read as an original.
 */
export function miswrittenTranslationName(stem: string, offered: readonly string[]): TranslationName | undefined {
  const match = /^(.+)\.([A-Za-z]{2,3})(?:[-_]([A-Za-z]{2,4}))?$/.exec(stem);
  if (!match) return undefined;
  const [, of, code, region] = match as unknown as [string, string, string, string | undefined];
  const language = code.toLowerCase();
  if (code === language && region === undefined) return undefined;
  return offered.includes(language) ? { of, language } : undefined;
}

/**
 * The translation a file name was meant to be when its language code is joined to the original's
 * name by a hyphen or an underscore instead of a dot (`crisis-cafe-pl`, `crisis-cafe_pl`): only when
 * the code is one of the `offered` languages other than the content's own, and an original of that
 * name is beside it (`isOriginal`), since `support-pl` could be an original's own name.
 */
export function joinedTranslationName(
  stem: string,
  offered: readonly string[],
  isOriginal: (id: string) => boolean,
): TranslationName | undefined {
  const match = /^(.+)[-_]([A-Za-z]{2,3})$/.exec(stem);
  if (!match) return undefined;
  const [, of, code] = match as unknown as [string, string, string];
  const language = code.toLowerCase();
  return offered.slice(1).includes(language) && isOriginal(of) ? { of, language } : undefined;
}

type Path = readonly PropertyKey[];

/** A path as the patterns write it: list positions become `*`. */
export function pattern(path: Path): string {
  return path.map((step) => (typeof step === 'number' ? '*' : String(step))).join('.');
}

/** Whether the field at `path` holds words a translation may set. */
export function isTranslatable(path: Path, fields: TranslatableFields): boolean {
  return fields.includes(pattern(path));
}

/** Whether the field at `path` holds, somewhere inside it, words a translation may set. */
export function holdsTranslatable(path: Path, fields: TranslatableFields): boolean {
  const at = pattern(path);
  return at === '' || fields.some((f) => f.startsWith(`${at}.`));
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date);

/**
 * The original's data with the translation's words laid over it. Only text at a translatable path,
 * where the original has text too, is taken from the translation; lists are matched item by item,
 * in order. So whatever a translation holds, every fact comes from the original.
 */
export function overlayWords<T>(original: T, translation: unknown, fields: TranslatableFields): T {
  const walk = (orig: unknown, words: unknown, path: PropertyKey[]): unknown => {
    if (typeof orig === 'string')
      return typeof words === 'string' && words.trim() !== '' && isTranslatable(path, fields) ? words : orig;
    if (!holdsTranslatable(path, fields)) return orig;
    if (Array.isArray(orig))
      return Array.isArray(words) && words.length === orig.length
        ? orig.map((item, i) => walk(item, words[i], [...path, i]))
        : orig;
    if (isObject(orig) && isObject(words)) {
      const out: Record<string, unknown> = { ...orig };
      for (const key of Object.keys(orig))
        if (Object.hasOwn(words, key)) out[key] = walk(orig[key], words[key], [...path, key]);
      for (const key of Object.keys(words)) {
        const added = words[key];
        if (
          !Object.hasOwn(orig, key) &&
          typeof added === 'string' &&
          added.trim() !== '' &&
          mayAdd([...path, key], orig)
        )
          out[key] = added;
      }
      return out;
    }
    return orig;
  };
  return walk(original, translation, []) as T;
}

/**
 * Every translatable text of the original that the translation leaves in the original's words,
 * as dotted paths with list positions from 0 (`aims.1.description`), in the original's order.
 */
export function untranslated(original: unknown, translation: unknown, fields: TranslatableFields): string[] {
  const left: string[] = [];
  const walk = (orig: unknown, words: unknown, path: PropertyKey[]) => {
    if (typeof orig === 'string') {
      if (isTranslatable(path, fields) && !(typeof words === 'string' && words.trim() !== ''))
        left.push(path.map(String).join('.'));
      return;
    }
    if (!holdsTranslatable(path, fields)) return;
    if (Array.isArray(orig)) {
      const same = Array.isArray(words) && words.length === orig.length;
      orig.forEach((item, i) => walk(item, same ? words[i] : undefined, [...path, i]));
    } else if (isObject(orig)) {
      for (const key of Object.keys(orig)) walk(orig[key], isObject(words) ? words[key] : undefined, [...path, key]);
    }
  };
  walk(original, translation, []);
  return left;
}

/**
 * Every text of `data` at one of `fields`, as dotted paths with list positions from 0
 * (`attends.1`), in the data's order: the words no translation gives, there being none, are all
 * of them.
 */
export function wordsAt(data: unknown, fields: TranslatableFields): string[] {
  return untranslated(data, undefined, fields);
}

/**
 * The fields a translation may set, as a volunteer reads them: in a problem's words
 * (`aims › title`), or as the field reference names them (`aims[].title`).
 */
export function mayTranslate(fields: TranslatableFields, style: 'message' | 'reference' = 'message'): string {
  const easyRead = EASY_READ_WORDS.every((f) => fields.includes(f));
  const named = fields
    .filter((f) => f !== BODY && !(easyRead && EASY_READ_WORDS.includes(f)))
    .map((f) => f.replace(/\.\*$/, ''))
    .map((f) =>
      style === 'reference'
        ? f.replace(/\.\*\./g, '[].')
        : f
            .split('.')
            .filter((step) => step !== '*')
            .join(' › '),
    )
    .map((f) => `\`${f}\``);
  if (easyRead) named.push('the words of `easyRead` (its pictures stay)');
  if (fields.includes(BODY)) named.push('the text below the fields');
  return named.length === 0
    ? 'nothing'
    : named.length === 1
      ? named[0]!
      : `${named.slice(0, -1).join(', ')} and ${named.at(-1)}`;
}
