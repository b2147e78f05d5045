// The languages site.yaml offers must each have a catalogue of the site's words, and the first
// must be the language the content is written in (its `locale`): a page cannot be offered in a
// language the site has no words for.
import { existsSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Site } from '../contract/index.ts';
import type { Problem } from './problem.ts';
import type { ValidEntry } from './validate.ts';
import { didYouMean } from './suggest.ts';

/** Where the catalogues are, as a volunteer finds them. */
export const CATALOGUES = 'src/present/catalogues';
/** The catalogues ship with the code, beside this checker (a fixture's content has none of its own). */
const FOLDER = fileURLToPath(new URL('../present/catalogues/', import.meta.url));

export function languageProblems(site: ValidEntry<Site> | undefined, folder = FOLDER): Problem[] {
  if (!site) return [];
  const own = site.data.locale.split('-')[0]!;
  const languages = site.data.languages ?? [own];
  const field = site.data.languages ? 'languages' : 'locale';
  const have = existsSync(folder)
    ? readdirSync(folder)
        .filter((name) => name.endsWith('.yaml'))
        .map((name) => name.slice(0, -'.yaml'.length))
    : [];
  const at = (index: number, message: string): Problem => ({
    file: site.raw.file,
    line: site.raw.lineOf(field === 'languages' ? ['languages', index] : ['locale']),
    field: field === 'languages' ? `languages[${index}]` : 'locale',
    message,
  });
  const problems = languages.flatMap((code, index) =>
    have.includes(code)
      ? []
      : [
          at(
            index,
            `There are no words for the language \`${code}\`: the site's words in each language are in ${CATALOGUES}/<code>.yaml, and there is no ${CATALOGUES}/${code}.yaml.${didYouMean(code, have)} Add that file (copy en.yaml and translate the words in quotes)${field === 'languages' ? `, or take \`${code}\` out of the list` : ''}. The languages with words now: ${have.join(', ')}.`,
          ),
        ],
  );
  if (languages[0] !== own) {
    problems.push(
      at(
        0,
        `The first language must be the one the content is written in, \`${own}\` (from locale: ${site.data.locale}), so that the content's own pages are at the site's own address. Put \`${own}\` first, like [${[own, ...languages.filter((code) => code !== own)].join(', ')}].`,
      ),
    );
  }
  return problems;
}
