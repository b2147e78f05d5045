// How a reader asks for a page in another format or language, said on every page and in more
// detail in the accessibility statement. It promises a reply time only when site.yaml gives one.
import type { Site } from '../contract/index.ts';
import { plural } from './plural.ts';

/** The formats people most often ask for (the Accessible Information Standard's examples). */
export const OTHER_FORMATS = [
  'British Sign Language (BSL)',
  'audio',
  'large print',
  'paper',
  'another language',
] as const;

/** Working days the partnership promises to reply in, from `formats.replyDays` (or the older `accessibility.replyDays`); none when neither is given. */
export function formatReplyDays(site: Pick<Site, 'formats' | 'accessibility'>): number | undefined {
  return site.formats?.replyDays ?? site.accessibility?.replyDays;
}

const listed = (items: readonly string[]) => `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;

/** The short sentence every page's footer says. */
export function anotherFormatAsk(): string {
  return `Need this page in another format or language, like ${listed(OTHER_FORMATS)}? Ask us in any of the ways above.`;
}

/** The reply time, only when the partnership has promised one. */
export function anotherFormatReply(site: Pick<Site, 'formats' | 'accessibility'>): string | undefined {
  const days = formatReplyDays(site);
  return days === undefined ? undefined : `We will reply within ${plural(days, 'working day')}.`;
}

/** What the accessibility statement says when no reply time is promised: no invented number of days. */
export const NO_REPLY_TIME = 'We will reply as soon as we can.';

/** The footer's link to the accessibility statement's part on other formats. */
export const MORE_ABOUT_FORMATS = 'More about other formats';
