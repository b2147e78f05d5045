// An entry in the reader's language: its translation's words laid over the original, and whether
// it was translated, in part or not at all, so a page can say "This page has not been translated
// yet" and show the original. Facts always come from the original: only the words at the fields
// the collection's contract calls translatable are ever taken from a translation.
import {
  BODY,
  SITE_FIXED_WORDS,
  SITE_TRANSLATABLE,
  collections,
  overlayWords,
  untranslated,
  wordsAt,
} from '../contract/index.ts';
import type { TranslatableFields } from '../contract/index.ts';

/** The words of one translation, as the content check passed them. */
export interface TranslatedWords {
  /** The fields it translates. */
  data: Readonly<Record<string, unknown>>;
  /** Its body as HTML, rendered and sanitised by the content check, when it translates the body. */
  html?: string;
}

/** An entry's translations, by language. */
export interface Translations {
  /** The collection it belongs to (`site` for site.yaml), which says which fields are words. */
  collection: string;
  /** The language the original is written in. */
  original: string;
  byLanguage: Readonly<Record<string, TranslatedWords>>;
}

/** A translation as the site reads it: which entry, which language, and its words. */
export interface TranslationInput extends TranslatedWords {
  collection: string;
  /** The original's id. */
  of: string;
  language: string;
}

/**
 * `original`: the language the content is written in, asked for. `translated`: every word is in
 * the language asked for. `partly-translated`: some fields fell back to the original's words.
 * `not-translated`: there is no translation into that language; the original is shown.
 */
export type TranslationStatus = 'original' | 'translated' | 'partly-translated' | 'not-translated';

export interface LanguageState {
  /** The language asked for. */
  language: string;
  /** The language the original is written in: what the fields that fell back are in. */
  original: string;
  status: TranslationStatus;
  /**
   * The fields shown in the original's words, as dotted paths with list positions from 0
   * (`summary`, `aims.1.description`; `text` is the body). Empty unless partly or not translated.
   */
  fellBack: string[];
  /**
   * The words no translation changes (names: `name`, `attends.0`), as paths like `fellBack`'s:
   * in the original's language on another language's page, yet never a reason to call the page
   * partly translated. Empty in the original's language.
   */
  fixed: string[];
}

/** Anything with data and perhaps a body: an entry, or a view of one. */
interface HasWords<T> {
  data: T;
  html?: string;
  translations?: Translations;
}

/** The fields of a collection that are words (site.yaml's for `site`). */
export function wordsOf(collection: string): TranslatableFields {
  if (collection === 'site') return SITE_TRANSLATABLE;
  return (collections as Record<string, { translatable?: TranslatableFields }>)[collection]?.translatable ?? [];
}

/** The fields of a collection whose words stay in the content's language (site.yaml's for `site`). */
export function fixedWordsOf(collection: string): TranslatableFields {
  if (collection === 'site') return SITE_FIXED_WORDS;
  return (collections as Record<string, { fixedWords?: TranslatableFields }>)[collection]?.fixedWords ?? [];
}

/**
 * The entry in `language`: its translation's words over the original's data (and its body, when
 * the translation has one), with `translation` saying how much was translated. Facts are the
 * original's whatever the translation holds. An entry without translations is its original.
 */
export function inLanguage<T, E extends HasWords<T>>(entry: E, language: string): E & { translation: LanguageState } {
  const t = entry.translations;
  const original = t?.original ?? language;
  if (!t || language === original)
    return { ...entry, translation: { language, original, status: 'original', fellBack: [], fixed: [] } };
  const fields = wordsOf(t.collection);
  const words = t.byLanguage[language];
  // Words that stay in the original's language are fixed, unless they are translatable too (a help
  // service's name) and the translation gives them; left out, they never count as fallen back.
  const translatable = wordsAt(entry.data, fields);
  const left = untranslated(entry.data, words?.data, fields);
  const stay = wordsAt(entry.data, fixedWordsOf(t.collection));
  const fixed = stay.filter((path) => !translatable.includes(path) || left.includes(path));
  const bodyLeft = entry.html !== undefined && fields.includes(BODY) && words?.html === undefined;
  const fellBack = [...left.filter((path) => !stay.includes(path)), ...(bodyLeft ? [BODY] : [])];
  // An entry with no words to translate (a group with no description) reads the same in every language.
  if (!words)
    return {
      ...entry,
      translation: { language, original, status: fellBack.length ? 'not-translated' : 'translated', fellBack, fixed },
    };
  return {
    ...entry,
    data: overlayWords(entry.data, words.data, fields),
    ...(words.html !== undefined && fields.includes(BODY) && entry.html !== undefined ? { html: words.html } : {}),
    translation: { language, original, status: fellBack.length ? 'partly-translated' : 'translated', fellBack, fixed },
  };
}

/**
 * Each entry with its translations attached, so that `inLanguage` can be asked of it (and of every
 * view made from it). Translations of entries that are not there are left out.
 */
export function withTranslations<E extends { id: string }>(
  entries: readonly E[],
  collection: string,
  original: string,
  translations: readonly TranslationInput[] = [],
): (E & { translations: Translations })[] {
  const byId = new Map<string, Record<string, TranslatedWords>>();
  for (const t of translations) {
    if (t.collection !== collection) continue;
    const own = byId.get(t.of) ?? {};
    own[t.language] = t.html === undefined ? { data: t.data } : { data: t.data, html: t.html };
    byId.set(t.of, own);
  }
  return entries.map((e) => ({ ...e, translations: { collection, original, byLanguage: byId.get(e.id) ?? {} } }));
}

/**
 * The entry with `easyReadChecked` left out when the Easy Read it shows is a translation: the
 * original's was tried out with people with learning disabilities in its own words, and that
 * does not carry over to a translation of them.
 */
export function easyReadCheckedInLanguage<E extends { data: unknown; translations?: Translations }>(
  entry: E,
  language: string,
): E {
  const data = entry.data as { easyReadChecked?: unknown };
  const words = entry.translations?.byLanguage[language]?.data;
  if (data.easyReadChecked === undefined || words?.easyRead === undefined) return entry;
  const { easyReadChecked: _checked, ...rest } = data;
  return { ...entry, data: rest };
}

/**
 * The language state of a part of an entry (an aim of a vision: `aims.1`), with the paths of the
 * words that fell back given from that part (`title` for `aims.1.title`), so a view made of the
 * part can be asked the same questions as a whole entry.
 */
export function partState(state: LanguageState | undefined, prefix: string): LanguageState | undefined {
  if (!state) return undefined;
  const start = `${prefix}.`;
  const within = (paths: string[]) => paths.filter((p) => p.startsWith(start)).map((p) => p.slice(start.length));
  return { ...state, fellBack: within(state.fellBack), fixed: within(state.fixed) };
}

/**
 * The language the words at `path` are in (`title`, `aims.1.description`, `text` for the body,
 * `name`) when they are the original's shown in another language, fallen back or never
 * translated; undefined when they are in the language asked for.
 */
export function wordsIn(state: LanguageState | undefined, path: string): string | undefined {
  return state && state.original !== state.language && (state.fellBack.includes(path) || state.fixed.includes(path))
    ? state.original
    : undefined;
}
