// The site's words in one language, read from its catalogue file, for tests of the pure functions
// that say things (src/present). The site reads the same files through Vite (src/site/languages.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { messagesOf, readCatalogue, type Catalogue, type Messages } from '../../src/present/messages.ts';

export const CATALOGUE_DIR = new URL('../../src/present/catalogues/', import.meta.url);

/** The language codes that have a catalogue. */
export function catalogueCodes(): string[] {
  return readdirSync(CATALOGUE_DIR)
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.slice(0, -'.yaml'.length))
    .sort();
}

/** One language's catalogue, as the site reads it. */
export function catalogue(lang: string): Catalogue {
  return readCatalogue(
    `src/present/catalogues/${lang}.yaml`,
    readFileSync(new URL(`${lang}.yaml`, CATALOGUE_DIR), 'utf8'),
    lang,
  );
}

/** One language's words; English is the site's en-GB, as in the example site.yaml. */
export function messagesIn(lang: string): Messages {
  return messagesOf(lang, catalogue(lang), lang === 'en' ? 'en-GB' : lang);
}

/** The example site's English. */
export const en = messagesIn('en');
