// The words of the Easy Read pages, in one place so they can move into a message catalogue when
// the site speaks more languages. Easy Read words are short, plain and one idea a sentence.
import { PICTURE_SET } from '../contract/easy-read.ts';
import { formatDate } from '../model/days.ts';
import type { EasyReadLineView } from '../model/easy-read.ts';
import type { Lists } from '../model/lists.ts';
import type { UpdateView } from '../model/views.ts';
import { routes } from './routes.ts';

export const EASY_READ_WORDS = {
  /** What the pages are called, in the trail and in links. */
  name: 'Easy Read',
  /** The page that lists every Easy Read version. */
  listTitle: 'Easy Read',
  listIntro: ['Easy Read uses short sentences and pictures.', 'These parts of the website have an Easy Read version.'],
  visionsHeading: 'Our plan',
  commitmentsHeading: 'Promises',
  visionIntro: 'This is the Easy Read version of our plan.',
  updatesHeading: 'What has happened',
  fullVersion: 'Read the full version',
  /** The link from a commitment's or an update's own page. */
  readInEasyRead: 'Read this in Easy Read',
  allEasyRead: 'See everything in Easy Read',
  noEasyRead: 'Nothing on this website has an Easy Read version yet.',
} as const;

export function commitmentIntro(partner: string): string {
  return `This is the Easy Read version of a promise made by ${partner}.`;
}

export function howItIsGoing(status: string): string {
  return `How it is going now: ${status}.`;
}

export function updateDate(date: string): string {
  return `We wrote this on ${formatDate(date)}.`;
}

/** Said only when the content records it: which group checked the words, and when; one short sentence a line. */
export function checkedWith(group: string, date: string): string[] {
  return [
    'People with learning disabilities checked these words.',
    `They are from ${group}.`,
    `They checked them on ${formatDate(date)}.`,
  ];
}

/** The alternative text of a line's picture: the volunteer's own, or the picture's name in words. */
export function pictureAlt(picture: NonNullable<EasyReadLineView['picture']>): string {
  return picture.alt ?? picture.name.replace(/-/g, ' ');
}

/** The credit the pictures' licence asks for, said on every page that shows them. */
export const PICTURE_CREDIT = {
  before: 'The pictures are from ',
  name: PICTURE_SET.name,
  href: PICTURE_SET.home,
  middle: ', shared under the licence ',
  licence: PICTURE_SET.licence,
  licenceHref: PICTURE_SET.licenceUrl,
  after: '.',
} as const;

export interface EasyReadLink {
  href: string;
  title: string;
}

/** What /easy-read/ lists: the visions' Easy Read, then each promise's; a group is absent when it has none. */
export function easyReadIndex(lists: Pick<Lists, 'easyReads' | 'easyReadCommitments'>): {
  visions?: EasyReadLink[];
  commitments?: EasyReadLink[];
} {
  const visions = lists.easyReads.map((v) => ({ href: routes.easyRead(v.id), title: v.easyRead.title }));
  const commitments = lists.easyReadCommitments.map((c) => ({
    href: routes.commitmentEasyRead(c.id),
    title: c.easyRead.title,
  }));
  return {
    ...(visions.length > 0 ? { visions } : {}),
    ...(commitments.length > 0 ? { commitments } : {}),
  };
}

/** Where an update's Easy Read is shown (its commitment's Easy Read page); undefined when it has none there. */
export function updateEasyReadHref(update: UpdateView): string | undefined {
  const shown = update.commitment.easyRead?.updates?.some((u) => u.update === update);
  return shown ? routes.updateEasyRead(update.commitment.id, update.id) : undefined;
}
