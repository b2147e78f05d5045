// The language of a part of a page. On a page in Turkish, a commitment with no Turkish translation
// shows its English words; the element holding them says so (`lang="en" dir="ltr"`), so a screen
// reader reads them with English sounds and the browser lays them out left to right inside the
// right-to-left Arabic page. The site's own words around them stay in the page's language.
import { wordsIn, type LanguageState } from '../model/translations.ts';
import { directionOf } from './messages.ts';
import type { Portal } from '../model/read-model.ts';
import type { FilterName } from './search-facets.ts';

/** `lang` and `dir` for an element, or nothing when its words are in the page's language. */
export type LanguageAttributes = { lang: string; dir: 'ltr' | 'rtl' } | Record<string, never>;

/** Anything whose words may be a translation's: an entry, a view of one, or a part of one. */
export interface HasTranslation {
  translation?: LanguageState | undefined;
}

/** `lang` and `dir` for words in `lang`, or nothing when it is undefined (the page's own language). */
export function languageAttributes(lang: string | undefined): LanguageAttributes {
  return lang ? { lang, dir: directionOf(lang) } : {};
}

/**
 * `lang` and `dir` for the element holding the words at `path` of `of` (`title`,
 * `aims.1.description`, `text` for the body): the original's language when those words are the
 * original's shown on a page in another language, else nothing.
 */
export function wordsLanguage(of: HasTranslation | undefined, path: string): LanguageAttributes {
  return languageAttributes(wordsIn(of?.translation, path));
}

/**
 * The language of a commitment's aims' titles, said together in one sentence: the original's when
 * every one of them is shown in the original's words, else the page's (a list partly translated
 * is read in the page's language rather than claim one language for all of it).
 */
export function aimTitlesIn(commitment: {
  data: { aims: readonly string[] };
  vision: { aims: readonly (HasTranslation & { id: string })[] };
}): string | undefined {
  const aims = commitment.vision.aims.filter((aim) => commitment.data.aims.includes(aim.id));
  const each = aims.map((aim) => wordsIn(aim.translation, 'title'));
  return each.length > 0 && each.every((lang) => lang !== undefined && lang === each[0]) ? each[0] : undefined;
}

/** The language of the words at `path` of `of`, when they are the original's shown in another language; else undefined. */
export function languageOfWords(of: HasTranslation | undefined, path: string): string | undefined {
  return wordsIn(of?.translation, path);
}

/**
 * The language of a list's items said together in one sentence (`decides`, joined): the
 * original's when every item is shown in the original's words, else undefined (the page's).
 */
export function languageOfList(of: HasTranslation | undefined, path: string, count: number): string | undefined {
  const each = Array.from({ length: count }, (_, i) => wordsIn(of?.translation, `${path}.${i}`));
  return count > 0 && each.every((lang) => lang !== undefined && lang === each[0]) ? each[0] : undefined;
}

/**
 * The language of a search filter's value where it is not the page's: a partner's or group's name, or a
 * topic's name shown in its original words, on another language's page. Undefined for the site's
 * own words (types, statuses, years) and for words in the page's language.
 */
export function filterValueIn(
  portal: Pick<Portal, 'partners' | 'groups' | 'themes'>,
  name: FilterName,
  value: string,
): string | undefined {
  const named: { data: { name: string }; translation?: LanguageState | undefined }[] | undefined =
    name === 'partner'
      ? portal.partners
      : name === 'group'
        ? portal.groups
        : name === 'theme'
          ? portal.themes
          : undefined;
  return wordsIn(named?.find((e) => e.data.name === value)?.translation, 'name');
}
