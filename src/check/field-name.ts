// Why a field name someone wrote is not the name they meant: a letter from another alphabet that
// looks like a Latin one (Cyrillic а for a), or a character nobody can see (a zero-width space
// pasted from a document). The name looks right on screen, so the message must say what is wrong.

// Letters from other alphabets that look the same as a Latin letter in most fonts.
const LOOK_ALIKES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ӏ: 'l',
  ο: 'o',
  α: 'a',
  ν: 'v',
  ρ: 'p',
  κ: 'k',
  ι: 'i',
  ԛ: 'q',
  ԝ: 'w',
};

const INVISIBLE = /[\p{Cf}\u00ad\u115f\u1160\u3164]|\u034f/u;

/** A name with its invisible characters shown as escapes (`summ\u200bary`), so a message can point at them. */
export function visible(name: string): string {
  return [...name]
    .map((c) => (INVISIBLE.test(c) ? `\\u${c.codePointAt(0)!.toString(16).padStart(4, '0')}` : c))
    .join('');
}

/**
 * What is wrong with a name that is one of `known` once look-alike letters are made Latin and
 * invisible characters dropped, in words; undefined when it is not such a name.
 */
export function disguisedName(name: string, known: readonly string[]): string | undefined {
  const chars = [...name];
  const hidden = chars.filter((c) => INVISIBLE.test(c));
  const alike = chars.filter((c) => LOOK_ALIKES[c] !== undefined);
  const meant = chars
    .filter((c) => !INVISIBLE.test(c))
    .map((c) => LOOK_ALIKES[c] ?? c)
    .join('');
  if ((hidden.length === 0 && alike.length === 0) || !known.includes(meant)) return undefined;
  const parts: string[] = [];
  if (alike.length)
    parts.push(
      `has ${alike.length === 1 ? 'a letter' : 'letters'} that ${alike.length === 1 ? 'looks' : 'look'} like ${[...new Set(alike.map((c) => LOOK_ALIKES[c]))].join(', ')} but ${alike.length === 1 ? 'is not' : 'are not'}, from another alphabet`,
    );
  if (hidden.length)
    parts.push(
      `has ${hidden.length === 1 ? 'a character' : 'characters'} you cannot see (${[...new Set(hidden)].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(', ')})`,
    );
  return `\`${visible(name)}\` ${parts.join(' and ')}: delete the name and type \`${meant}\` again.`;
}
