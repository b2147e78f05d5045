// The numbers a translation says, beside its original's: written in any script's digits, with any
// thousands separator, they are the same numbers; any other number is a difference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberDifference, numbersIn, sameNumber } from '../../src/check/numbers.ts';

/** The zero of each script's digits: ASCII, Arabic-Indic, Persian, Devanagari, fullwidth. */
const ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0xff10];
const inScript = (text: string, zero: number) => text.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));
const words = fc.constantFrom('En az', 'haftada', 'kişi', 'w tygodniu', 'co najmniej', 'على الأقل', 've', '');

describe('the numbers in a text', () => {
  it('are each number’s value, in order', () => {
    expect(numbersIn('At least 5 in 10, by 09:30')).toEqual(['5', '10', '9:30']);
  });

  it('give a time of day on the 24-hour clock, however it is written', () => {
    expect(numbersIn('9am to 5.30pm, 12pm, 12am, 09.00–17:30')).toEqual([
      '9:00',
      '17:30',
      '12:00',
      '0:00',
      '9:00',
      '17:30',
    ]);
  });

  it('take a thousands separator of any language as part of one number', () => {
    expect(numbersIn('1,000 / 1.000 / 1 000 / 1\u202f000 / 1000')).toEqual(['1000', '1000', '1000', '1000', '1000']);
  });

  it('are the same in any script’s digits', () => {
    expect(numbersIn('على الأقل ٥ من ١٠')).toEqual(['5', '10']);
    expect(numbersIn('۰۷۷')).toEqual(['77']);
  });
});

describe('two numbers', () => {
  it('say the same when one is an hour and the other a time at that hour on either clock', () => {
    expect([sameNumber('6', '18:00'), sameNumber('18:00', '6'), sameNumber('6', '6:00')]).toEqual([true, true, true]);
  });

  it('differ when the hour or the minutes differ, or neither is a time', () => {
    expect([
      sameNumber('7', '18:00'),
      sameNumber('6', '18:30'),
      sameNumber('6', '18'),
      sameNumber('18:00', '6:00'),
    ]).toEqual([false, false, false, false]);
  });
});

describe('the numbers a translation changes', () => {
  it('are the one it says and the one the original says', () => {
    expect(numberDifference('En az 2', 'At least 5')).toEqual({ added: ['2'], missing: ['5'] });
  });

  it('count a number said twice in the original but once in the translation', () => {
    expect(numberDifference('5 kişi', '5 people, 5 days')).toEqual({ added: [], missing: ['5'] });
  });

  it('are none when the translation says the same numbers in another order, script and wording', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat({ max: 100_000 }), words), { maxLength: 6 }),
        fc.constantFrom(...ZEROS),
        fc.integer(),
        (parts, zero, seed) => {
          const original = parts.map(([n, w]) => `${w} ${n}`).join(', ');
          const shuffled = [...parts].sort((a, b) => ((a[0] * 31 + seed) % 7) - ((b[0] * 31 + seed) % 7));
          const translation = inScript(shuffled.map(([n, w]) => `${n} ${w}`).join('; '), zero);
          const { added, missing } = numberDifference(translation, original);
          return added.length === 0 && missing.length === 0;
        },
      ),
    );
  });

  it('are found whenever one number is changed', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat({ max: 9999 }), { minLength: 1, maxLength: 5 }),
        fc.nat(),
        fc.nat({ max: 9999 }),
        (ns, which, other) => {
          const i = which % ns.length;
          fc.pre(ns[i] !== other);
          const changed = ns.map((n, j) => (j === i ? other : n));
          const { added, missing } = numberDifference(changed.join(' ve '), ns.join(' and '));
          return added.includes(String(other)) && missing.includes(String(ns[i]));
        },
      ),
    );
  });
});
