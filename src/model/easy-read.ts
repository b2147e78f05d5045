// The Easy Read version of a vision, a commitment or an update, in one shape for the page, however
// the volunteer wrote it; and what a commitment's Easy Read page holds.
import type { EasyRead, EasyReadChecked } from '../contract/index.ts';
import { wordsIn, type LanguageState } from './translations.ts';

/** One sentence, with the picture beside it when the volunteer named one. */
export interface EasyReadLineView {
  text: string;
  /** The picture's name in the picture set, and the volunteer's own alternative text if given. */
  picture?: { name: string; alt?: string; altIn?: string };
  /** The language the words are in, when they are the original's on a page in another language. */
  textIn?: string;
}

export interface EasyReadView {
  title: string;
  titleIn?: string;
  sections: { heading?: string; headingIn?: string; lines: EasyReadLineView[] }[];
  /** Whether any line has a picture: the page then keeps a column for pictures. */
  pictures: boolean;
}

/** When and by which group the text was checked with people with learning disabilities. */
export interface EasyReadCheckedView<G> {
  date: string;
  group: G;
}

/**
 * Plain text is read as a volunteer writes it: one short sentence a line, a blank line between
 * parts. The structured form is used as it is; a line written as plain text has no picture.
 * Given the entry's language state, each piece says which language it is in when it is the
 * original's shown on a page in another language.
 */
export function easyReadView(
  entry: { title: string; easyRead?: EasyRead },
  state?: LanguageState,
): EasyReadView | undefined {
  const easyRead = entry.easyRead;
  if (easyRead === undefined) return undefined;
  const as = <K extends string>(key: K, path: string): Partial<Record<K, string>> => {
    const lang = wordsIn(state, path);
    return lang ? ({ [key]: lang } as Record<K, string>) : {};
  };
  const sections: EasyReadView['sections'] =
    typeof easyRead === 'string'
      ? easyRead
          .split(/\n\s*\n/)
          .map((part) => ({
            lines: part
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean)
              .map((text) => ({ text, ...as('textIn', 'easyRead') })),
          }))
          .filter((part) => part.lines.length > 0)
      : easyRead.sections.map((section, i) => ({
          ...(section.heading !== undefined
            ? { heading: section.heading, ...as('headingIn', `easyRead.sections.${i}.heading`) }
            : {}),
          lines: section.lines.map((line, j): EasyReadLineView => {
            const at = `easyRead.sections.${i}.lines.${j}`;
            return typeof line === 'string'
              ? { text: line, ...as('textIn', at) }
              : {
                  text: line.text,
                  ...as('textIn', `${at}.text`),
                  ...(line.picture
                    ? {
                        picture: {
                          name: line.picture,
                          ...(line.alt ? { alt: line.alt, ...as('altIn', `${at}.alt`) } : {}),
                        },
                      }
                    : {}),
                };
          }),
        }));
  return {
    ...(typeof easyRead === 'string'
      ? { title: entry.title, ...as('titleIn', 'title') }
      : { title: easyRead.title, ...as('titleIn', 'easyRead.title') }),
    sections,
    pictures: sections.some((s) => s.lines.some((l) => l.picture)),
  };
}

/** The checked record with its group's view; undefined when the text has not been checked. */
export function easyReadChecked<G>(
  checked: EasyReadChecked | undefined,
  groupOf: (id: string) => G | undefined,
): EasyReadCheckedView<G> | undefined {
  if (!checked) return undefined;
  const group = groupOf(checked.group);
  return group === undefined ? undefined : { date: checked.date, group };
}

/** An update's Easy Read, as its commitment's Easy Read page shows it. */
export interface UpdateEasyRead<U, G> {
  update: U;
  easyRead: EasyReadView;
  checked?: EasyReadCheckedView<G>;
}

/**
 * A commitment's Easy Read page: its own Easy Read and its updates' (newest first, as given). A
 * commitment has the page when it or any update has Easy Read, so an update's Easy Read is
 * always somewhere a reader can find it.
 */
export interface CommitmentEasyRead<U, G> {
  /** The page's title: its own Easy Read title, or the commitment's when only updates have Easy Read. */
  title: string;
  /** The language of the title, when it is the original's shown in another language. */
  titleIn?: string;
  own?: EasyReadView;
  checked?: EasyReadCheckedView<G>;
  /** Its updates' Easy Read, newest first; absent when none has any. */
  updates?: UpdateEasyRead<U, G>[];
  /** Whether any of it shows a picture: the page then owes the pictures' credit. */
  pictures: boolean;
}

export function commitmentEasyRead<U extends { easyRead?: EasyReadView; easyReadChecked?: EasyReadCheckedView<G> }, G>(
  title: string,
  own: EasyReadView | undefined,
  checked: EasyReadCheckedView<G> | undefined,
  updates: readonly U[],
  titleIn?: string,
): CommitmentEasyRead<U, G> | undefined {
  const withEasyRead = updates.flatMap((update) =>
    update.easyRead
      ? [{ update, easyRead: update.easyRead, ...(update.easyReadChecked ? { checked: update.easyReadChecked } : {}) }]
      : [],
  );
  if (!own && withEasyRead.length === 0) return undefined;
  return {
    title: own?.title ?? title,
    ...((own ? own.titleIn : titleIn) ? { titleIn: (own ? own.titleIn : titleIn)! } : {}),
    ...(own ? { own } : {}),
    ...(own && checked ? { checked } : {}),
    ...(withEasyRead.length > 0 ? { updates: withEasyRead } : {}),
    pictures: [own, ...withEasyRead.map((u) => u.easyRead)].some((v) => v?.pictures === true),
  };
}

/** Every picture name some Easy Read versions use, once each, in order of first use. */
export function picturesOf(versions: readonly (EasyReadView | undefined)[]): string[] {
  const names = versions.flatMap(
    (v) => v?.sections.flatMap((s) => s.lines.flatMap((l) => l.picture?.name ?? [])) ?? [],
  );
  return [...new Set(names)];
}
