// The languages this build offers, each with its catalogue of the site's words and its addresses.
// The content check reads site.yaml's `languages` and hands them to the build (see
// src/integrations/content-check.ts); the first is the content's own language, served at `/`.
import { messagesOf, readCatalogue, type Messages } from '../present/messages.ts';
import { routesUnder, type LanguageOffered, type Routes } from '../present/routes.ts';

declare const __PORTAL_BASE__: string | undefined;
declare const __PORTAL_LANGUAGES__: string[] | undefined;
declare const __PORTAL_LOCALE__: string | undefined;

/** The languages offered, the content's own first. */
export const LANGUAGES: readonly string[] = typeof __PORTAL_LANGUAGES__ === 'object' ? __PORTAL_LANGUAGES__ : ['en'];
/** The content's own language, at the site's own address. */
export const CONTENT_LANGUAGE = LANGUAGES[0]!;
const CONTENT_LOCALE = typeof __PORTAL_LOCALE__ === 'string' ? __PORTAL_LOCALE__ : CONTENT_LANGUAGE;
/** The path the site is published under (`/`, or like `/portal/`). */
export const BASE = typeof __PORTAL_BASE__ === 'string' ? __PORTAL_BASE__ : '/';

// Vite reads every catalogue into the build; only the languages offered are used.
const files = import.meta.glob<string>('../present/catalogues/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const codeOf = (file: string) => file.replace(/^.*\/([^/]+)\.yaml$/, '$1');

/** Everything a page or component needs to speak one language. */
export interface Language extends LanguageOffered {
  /** Its words, dates and numbers. */
  m: Messages;
  /** The site's addresses, its pages in this language. */
  routes: Routes;
  /** True for the content's own language. */
  isContentLanguage: boolean;
}

const made = new Map<string, Language>();

/** The language a page is in, from Astro.currentLocale (the content's own when none is given). */
export function language(code: string | undefined): Language {
  const lang = code && LANGUAGES.includes(code) ? code : CONTENT_LANGUAGE;
  let found = made.get(lang);
  if (!found) {
    const file = Object.keys(files).find((name) => codeOf(name) === lang);
    if (!file) throw new Error(`There is no catalogue of the site's words for "${lang}" in src/present/catalogues/.`);
    const isContentLanguage = lang === CONTENT_LANGUAGE;
    const m = messagesOf(
      lang,
      readCatalogue(`src/present/catalogues/${lang}.yaml`, files[file]!, lang),
      isContentLanguage ? CONTENT_LOCALE : lang,
    );
    found = {
      lang,
      dir: m.dir,
      name: m.t('language.name'),
      m,
      routes: routesUnder(BASE, isContentLanguage ? undefined : lang),
      isContentLanguage,
    };
    made.set(lang, found);
  }
  return found;
}

/** Every language offered, the content's own first. */
export function languages(): Language[] {
  return LANGUAGES.map((code) => language(code));
}

/** A page's paths in every language: the content's own at its address, the others under /<code>/. */
export async function inEveryLanguage<P extends { params: Record<string, string | undefined>; props?: object }>(
  paths: (lang: string) => P[] | Promise<P[]>,
): Promise<(P & { params: P['params'] & { lang: string | undefined } })[]> {
  // One language at a time: each language's pages get their props from the content in that language.
  const lists = [];
  for (const code of LANGUAGES) {
    const list = await paths(code);
    lists.push(
      list.map((path) => ({ ...path, params: { ...path.params, lang: code === CONTENT_LANGUAGE ? undefined : code } })),
    );
  }
  return lists.flat();
}

/** The paths of a page with no parameters of its own, in every language. */
export function languagePaths() {
  return inEveryLanguage(() => [{ params: {} }]);
}
