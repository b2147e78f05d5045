// Words as a name a web address can take: a file's, or a data package's.

/**
 * Letters of Latin alphabets that have no accent to take off (Turkish ı, Polish ł): their letter in
 * a web address, so `Açık kapı` is acik-kapi, not ac-k-kap.
 */
const LATIN_LETTERS: Record<string, string> = {
  ı: 'i',
  ł: 'l',
  đ: 'd',
  ø: 'o',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
};

/** Text as a file name: accents dropped (é as e), lower case, hyphens between the words, nothing else. */
export function slugOf(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ıłđøßæœþð]/g, (letter) => LATIN_LETTERS[letter]!)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
