// Runs the personal-data scan over every line of every content file.
import type { Site } from '../schema/site.ts';
import { KIND_WORDS, REVIEWED, findPersonalData, mask, type AllowList } from './personal-data.ts';
import type { Problem } from './problem.ts';
import type { RawEntry } from './read.ts';

/** What may appear: the lists in site.yaml, and the partnership's own contact address. */
export function allowListOf(site: Partial<Site> | undefined): AllowList {
  return {
    emails: [...(site?.allowedEmails ?? []), ...(site?.contact ? [site.contact] : [])],
    phones: site?.allowedPhoneNumbers ?? [],
  };
}

export function personalDataProblems(entries: RawEntry[], allow: AllowList): Problem[] {
  return entries.flatMap((entry) =>
    entry.text.split(/\r?\n/).flatMap((line, i) => {
      if (line.includes(REVIEWED)) return [];
      return findPersonalData(line, allow).map((f) => ({
        file: entry.file,
        line: i + 1,
        message:
          `This line has what looks like ${KIND_WORDS[f.kind]} (${mask(f.text)}). Content must never carry anyone’s personal details: remove it.` +
          (f.kind === 'phone'
            ? ` If it is a service’s published number, like a helpline, add it to \`allowedPhoneNumbers\` in site.yaml.`
            : f.kind === 'email'
              ? ` If it is an organisation’s published address, add it to \`allowedEmails\` in site.yaml.`
              : '') +
          ` If you have checked that it is public and not about a person, end the line with the comment \`${REVIEWED}\`.`,
      }));
    }),
  );
}
