// Names that look right but are not: a field name with a letter from another alphabet or a
// character nobody can see, and a translation's file name with its language code in capitals or
// with a region.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disguisedName, visible } from '../../src/check/field-name.ts';
import { joinedTranslationName, miswrittenTranslationName } from '../../src/contract/translation.ts';

const FIELDS = ['title', 'summary', 'lead', 'description', 'phoneHours', 'coProduction'];

describe('a field name with a look-alike letter or an invisible character', () => {
  it('names the letter it looks like and the field meant', () => {
    expect(disguisedName('summаry', FIELDS)).toBe(
      '`summаry` has a letter that looks like a but is not, from another alphabet: delete the name and type `summary` again.',
    );
  });

  it('shows the invisible character as an escape, with its code point', () => {
    expect(disguisedName('ti\u200btle', FIELDS)).toBe(
      '`ti\\u200btle` has a character you cannot see (U+200B): delete the name and type `title` again.',
    );
  });

  it('is found for any field with a zero-width space or a soft hyphen put anywhere in it', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...FIELDS),
        fc.nat(),
        fc.constantFrom('\u200b', '\u00ad', '\u2060', '\ufeff'),
        (f, at, c) => {
          const i = at % (f.length + 1);
          return disguisedName(`${f.slice(0, i)}${c}${f.slice(i)}`, FIELDS)?.endsWith(`type \`${f}\` again.`) === true;
        },
      ),
    );
  });

  it('is found for any field with one of its letters written in Cyrillic', () => {
    const cyrillic: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', y: 'у', i: 'і' };
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS.filter((f) => [...f].some((c) => cyrillic[c]))), fc.nat(), (f, n) => {
        const places = [...f].flatMap((c, i) => (cyrillic[c] ? [i] : []));
        const i = places[n % places.length]!;
        const written = `${f.slice(0, i)}${cyrillic[f[i]!]}${f.slice(i + 1)}`;
        return disguisedName(written, FIELDS)?.includes(`looks like ${f[i]} but is not`) === true;
      }),
    );
  });

  it('is not said of a name that is plainly written, or that is no field even when made plain', () => {
    expect([disguisedName('titel', FIELDS), disguisedName('title', FIELDS), disguisedName('tаble', FIELDS)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('is shown with every character visible', () => {
    expect(visible('a\u200bb\u00adc')).toBe('a\\u200bb\\u00adc');
  });
});

describe('a translation’s file name with its language written another way', () => {
  it.each([
    ['night-line.TR', 'tr'],
    ['night-line.tR', 'tr'],
    ['night-line.tr-TR', 'tr'],
    ['night-line.pl_PL', 'pl'],
    ['night-line.AR', 'ar'],
  ])('reads %s as the %s translation of night-line', (stem, language) => {
    expect(miswrittenTranslationName(stem, ['en', 'tr', 'pl', 'ar'])).toEqual({ of: 'night-line', language });
  });

  it.each(['night-line.tr', 'night-line', 'night-line.DE', 'minutes.Jan', 'plan.v2'])(
    'does not read %s as one, when the site offers en, tr, pl and ar',
    (stem) => {
      expect(miswrittenTranslationName(stem, ['en', 'tr', 'pl', 'ar'])).toBeUndefined();
    },
  );
});

describe('a translation’s file name with its language joined by a hyphen', () => {
  const originals = new Set(['night-line', 'support']);
  const isOriginal = (id: string) => originals.has(id);
  it.each([
    ['night-line-tr', 'tr'],
    ['night-line_pl', 'pl'],
    ['night-line-AR', 'ar'],
  ])('reads %s as the %s translation of night-line, which is beside it', (stem, language) => {
    expect(joinedTranslationName(stem, ['en', 'tr', 'pl', 'ar'], isOriginal)).toEqual({ of: 'night-line', language });
  });

  it.each([
    // No original called `support-group`, or `open` beside it: these are originals' own names.
    'support-group-pl',
    'open-ar',
    // The content's own language, and one the site does not offer.
    'night-line-en',
    'night-line-de',
    'night-line',
  ])('does not read %s as one', (stem) => {
    expect(joinedTranslationName(stem, ['en', 'tr', 'pl', 'ar'], isOriginal)).toBeUndefined();
  });
});
