// A domain on `allowedEmails` lets every address at it through the personal-data scan. That is
// right for an organisation's own domain, whose addresses it hands out, and wrong for a mail
// service anyone can sign up to: `@gmail.com` there would wave through every resident's own
// address. The services are the list the `email-providers` package keeps (about 8,000 domains),
// and NHSmail, which the staff of every NHS organisation share.
import providers from 'email-providers/all.json' with { type: 'json' };
import { allowedEmailForm } from './personal-data.ts';

// In the form the scan matches addresses in (müllemail.com is read as mullemail.com), made when first asked.
let shared: Set<string> | undefined;

/** True when many people may have their own address at this domain, as the scan reads it (./personal-data.ts allowedEmailForm). */
export function isMailService(domain: string): boolean {
  shared ??= new Set([...providers, 'nhs.net'].map(allowedEmailForm));
  return shared.has(domain);
}
