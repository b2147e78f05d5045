// How a reader asks for a page in another format or language, said on every page and in more
// detail in the accessibility statement. It promises a reply time only when site.yaml gives one.
import type { Site } from '../contract/index.ts';
import type { Messages } from './messages.ts';

/** The formats people most often ask for (the Accessible Information Standard's examples), by their keys in the catalogues. */
export const OTHER_FORMATS = [
  'formats.bsl',
  'formats.audio',
  'formats.largePrint',
  'formats.paper',
  'formats.anotherLanguage',
] as const;

/** Working days the partnership promises to reply in, from `formats.replyDays` (or the older `accessibility.replyDays`); none when neither is given. */
export function formatReplyDays(site: Pick<Site, 'formats' | 'accessibility'>): number | undefined {
  return site.formats?.replyDays ?? site.accessibility?.replyDays;
}

/** The formats, in the reader's language. */
export function otherFormats(m: Messages): string[] {
  return OTHER_FORMATS.map((key) => m.t(key));
}

/** The short sentence every page's footer says. */
export function anotherFormatAsk(m: Messages): string {
  return m.t('formats.ask', { formats: m.list(otherFormats(m), 'or') });
}

/** The reply time, only when the partnership has promised one. */
export function anotherFormatReply(m: Messages, site: Pick<Site, 'formats' | 'accessibility'>): string | undefined {
  const days = formatReplyDays(site);
  return days === undefined ? undefined : m.t('formats.reply', { days });
}
