// The words of the Easy Read pages, from the catalogue in the reader's language. Easy Read words
// are short, plain and one idea a sentence, in every language.
import { PICTURE_SET } from '../contract/easy-read.ts';
import type { EasyReadLineView } from '../model/easy-read.ts';
import type { Lists } from '../model/lists.ts';
import type { UpdateView } from '../model/views.ts';
import type { MessageValue, Messages } from './messages.ts';
import type { Routes } from './routes.ts';

const WORD_KEYS = {
  /** What the pages are called, in the trail and in links. */
  name: 'easyRead.name',
  /** The page that lists every Easy Read version. */
  listTitle: 'easyRead.name',
  visionsHeading: 'easyRead.visionsHeading',
  commitmentsHeading: 'easyRead.commitmentsHeading',
  visionIntro: 'easyRead.visionIntro',
  updatesHeading: 'easyRead.updatesHeading',
  fullVersion: 'easyRead.fullVersion',
  /** The link from a commitment's or an update's own page. */
  readInEasyRead: 'easyRead.readInEasyRead',
  allEasyRead: 'easyRead.allEasyRead',
  noEasyRead: 'easyRead.noEasyRead',
} as const;

/** The Easy Read pages' own words, in the language of `m`. */
export function easyReadWords(m: Messages): Record<keyof typeof WORD_KEYS, string> & { listIntro: string[] } {
  const words = Object.fromEntries(Object.entries(WORD_KEYS).map(([name, key]) => [name, m.t(key)])) as Record<
    keyof typeof WORD_KEYS,
    string
  >;
  return { ...words, listIntro: [m.t('easyRead.listIntro'), m.t('easyRead.listIntroMore')] };
}

export function howItIsGoing(m: Messages, status: string): string {
  return m.t('easyRead.howItIsGoing', { status });
}

/** Said when a promise is overdue, so Easy Read readers learn it as other readers do: the day it was due by, as last agreed. */
export function lateSentence(m: Messages, due: string): string {
  return m.t('easyRead.late', { date: m.date(due) });
}

export function updateDate(m: Messages, date: string): string {
  return m.t('easyRead.updateDate', { date: m.date(date) });
}

/**
 * Said only when the content records it: which group checked the words, and when; one short
 * sentence a line, each as its catalogue key and values, since the group's name may be in another
 * language than the sentence around it.
 */
export function checkedWith(
  m: Messages,
  group: string,
  date: string,
): { k: string; values?: Record<string, MessageValue> }[] {
  return [
    { k: 'easyRead.checked' },
    { k: 'easyRead.checkedGroup', values: { group } },
    { k: 'easyRead.checkedOn', values: { date: m.date(date) } },
  ];
}

/** The alternative text of a line's picture: the volunteer's own, or the picture's name in words. */
export function pictureAlt(picture: NonNullable<EasyReadLineView['picture']>): string {
  return picture.alt ?? picture.name.replace(/-/g, ' ');
}

/**
 * The language of a picture's alternative text on a page in `page`, when it is not the page's:
 * the original's for the volunteer's own words shown untranslated, English for the picture's name
 * (the picture set names its pictures in English).
 */
export function pictureAltIn(picture: NonNullable<EasyReadLineView['picture']>, page: string): string | undefined {
  if (picture.alt !== undefined) return picture.altIn;
  return page === PICTURE_NAMES_LANGUAGE ? undefined : PICTURE_NAMES_LANGUAGE;
}

/** The language the picture set names its pictures in. */
const PICTURE_NAMES_LANGUAGE = 'en';

/** The credit the pictures' licence asks for, said on every page that shows them. */
export const PICTURE_CREDIT = {
  key: 'easyRead.pictureCredit',
  values: { name: PICTURE_SET.name, licence: PICTURE_SET.licence },
  links: { setLink: PICTURE_SET.home, licenceLink: PICTURE_SET.licenceUrl },
} as const;

export interface EasyReadLink {
  href: string;
  title: string;
  /** The language of the title, when it is the original's shown in another language. */
  titleIn?: string | undefined;
}

/**
 * What /easy-read/ lists: the visions' Easy Read, then each promise's; a group is absent when it
 * has none. Each links to its page in the language of `routes`, the reader's.
 */
export function easyReadIndex(
  lists: Pick<Lists, 'easyReads' | 'easyReadCommitments'>,
  routes: Routes,
): {
  visions?: EasyReadLink[];
  commitments?: EasyReadLink[];
} {
  const visions = lists.easyReads.map((v) => ({
    href: routes.easyRead(v.id),
    title: v.easyRead.title,
    titleIn: v.easyRead.titleIn,
  }));
  const commitments = lists.easyReadCommitments.map((c) => ({
    href: routes.commitmentEasyRead(c.id),
    title: c.easyRead.title,
    titleIn: c.easyRead.titleIn,
  }));
  return {
    ...(visions.length > 0 ? { visions } : {}),
    ...(commitments.length > 0 ? { commitments } : {}),
  };
}

/**
 * Where an update's Easy Read is shown (its commitment's Easy Read page, in the language of
 * `routes`, the reader's); undefined when it has none there.
 */
export function updateEasyReadHref(update: UpdateView, routes: Routes): string | undefined {
  const shown = update.commitment.easyRead?.updates?.some((u) => u.update === update);
  return shown ? routes.updateEasyRead(update.commitment.id, update.id) : undefined;
}
