// National Insurance numbers, with their last letter, or without it after words that name one.
import { afterWordOr } from './labels.ts';
import { spotOf, type Spot } from './scan-text.ts';

/** The two letters an NI number opens with: never D, F, I, Q, U or V, O only first, and not BG, GB, KN, NK, NT, TN or ZZ. */
const NI_PREFIX = '(?!(?:BG|GB|KN|NK|NT|TN|ZZ))[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]';
const NI_LABELS = 'ni(?: number| no\\.?)?|nin|nino|national insurance(?: number| no\\.?)?';
const NI = new RegExp(
  `(?:(?<![\\w-])|${afterWordOr(NI_LABELS)})${NI_PREFIX}(?:[ ./_-]?\\d){6}[ ./_-]?[A-D](?![\\w-])`,
  'gi',
);
/**
 * An NI number without its last letter, as forms often leave it off (AB 12 34 56): only after
 * words that name it, since "10 AM 12 15 18 June" and the grid reference SE 12 34 56 have its shape.
 */
const NI_WITHOUT_LETTER = new RegExp(
  `(?<=(?:^|[^A-Za-z])(?:${NI_LABELS})(?:\\s+(?:is|was))?[\\s:.#-]{0,3})${NI_PREFIX}(?: ?\\d\\d){3}(?![\\w-])`,
  'gi',
);

/** Every National Insurance number in the text as the scan reads it. */
export function niNumbersIn(text: string): Spot[] {
  return [...text.matchAll(NI), ...text.matchAll(NI_WITHOUT_LETTER)].map((m) => spotOf(m));
}
