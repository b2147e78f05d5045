// A translation's body (the text below its fields) holds the original's words in another
// language, nothing more. Where a link leads and which picture shows are facts, the same in every
// language: a translation may link only to addresses its original's body links to, and show only
// pictures its original's body shows. It may leave one out (a translation can say less, and the
// original's words are a click away); it may never add one. Addresses are compared as the body
// reader parsed and sanitised them (./body/render.ts), never by reading the text.
import { BODY, mayTranslate, type TranslatableFields } from '../contract/translation.ts';
import type { BodyAddress } from './body/render.ts';
import type { Problem } from './problem.ts';
import type { RawEntry } from './read.ts';

const hasText = (entry: RawEntry) => entry.body.trim() !== '';

const listed = (addresses: readonly string[]) => addresses.map((a) => `\`${a}\``).join(', ');

/** What is wrong with a translation's body beside its original's, each at its line in the translation. */
export function translationBodyProblems(
  translation: RawEntry,
  original: RawEntry,
  fields: TranslatableFields,
  what: string,
): Problem[] {
  if (!hasText(translation)) return [];
  const file = translation.file;
  const originalName = original.file.split('/').at(-1)!;
  const at = { file, line: translation.bodyLine, field: BODY };
  if (!fields.includes(BODY))
    return [
      {
        ...at,
        message: `A translation of ${what} has no text below the fields: remove the text below the second \`---\`. It may set ${mayTranslate(fields)}.`,
      },
    ];
  if (!hasText(original))
    return [
      {
        ...at,
        message: `The original, ${originalName}, has no text below its fields, so there is nothing here to translate: remove the text below the second \`---\`, or add the text to the original first.`,
      },
    ];
  const theirs = original.rendered?.addresses ?? [];
  const ours = translation.rendered?.addresses ?? [];
  const problems: Problem[] = [];
  for (const kind of ['link', 'picture'] as const) {
    const allowed = [...new Set(theirs.filter((a) => a.kind === kind).map((a) => a.address))];
    const added = ours.filter((a: BodyAddress) => a.kind === kind && !allowed.includes(a.address));
    for (const a of added)
      problems.push({
        file,
        line: a.line,
        field: BODY,
        message:
          kind === 'link'
            ? `The text links to \`${a.address}\`, which the original, ${originalName}, does not link to: where a link leads is the same in every language. ${
                allowed.length
                  ? `Link only to addresses the original links to: ${listed(allowed)}.`
                  : 'The original has no links, so keep the words and remove the link.'
              }`
            : `The text shows the picture \`${a.address}\`, which the original, ${originalName}, does not show: pictures are the same in every language. ${
                allowed.length
                  ? `Show only pictures the original shows: ${listed(allowed)}.`
                  : 'The original shows no pictures, so remove it.'
              }`,
      });
  }
  return problems;
}
