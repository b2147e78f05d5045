// A domain on `allowedEmails` lets every address at it through the personal-data scan. That is
// right for an organisation's own domain, whose addresses it hands out, and wrong for a mail
// service anyone can sign up to: `@gmail.com` there would wave through every resident's own
// address. The services are the list the `email-providers` package keeps (about 8,700 domains);
// the NHS's shared mail in each nation, which the staff of every NHS organisation there share; and
// services people here use that the list lacks: those of the UK and of the languages the site is
// offered in (Turkish, Polish), found missing by an outside reading.
import providers from 'email-providers/all.json' with { type: 'json' };
import { allowedEmailForm } from './personal-data.ts';

const NHS_MAIL = ['nhs.net', 'wales.nhs.uk', 'nhs.scot', 'hscni.net'];
const ALSO = [
  'gmx.co.uk',
  'outlook.co.uk',
  'plus.net',
  'zen.co.uk',
  'tutanota.com',
  'tutanota.de',
  'tuta.io',
  'mynet.com',
  'hotmail.com.tr',
  'yahoo.com.tr',
  'yandex.com.tr',
  'op.pl',
  'vp.pl',
  'poczta.onet.pl',
];

// In the form the scan matches addresses in (müllemail.com is read as mullemail.com), made when first asked.
let shared: Set<string> | undefined;

/** True when many people may have their own address at this domain, as the scan reads it (./personal-data.ts allowedEmailForm). */
export function isMailService(domain: string): boolean {
  shared ??= new Set([...providers, ...NHS_MAIL, ...ALSO].map(allowedEmailForm));
  return shared.has(domain);
}
