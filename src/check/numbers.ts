// The numbers written in a piece of text, for telling whether a translation says the same numbers
// as its original. A number is a fact: "at least 5" cannot become "en az 2". Languages write the
// same number differently (1,000 / 1.000 / 1 000; ٥ / 5; 09:00 / 9:00), so each number is reduced
// to its value before the two are compared. The comparison only warns: 21:00 for 9pm is a right
// translation with other numbers in it.
import { asciiDigits } from './personal-data/scan-text.ts';

// A time of day on the 12-hour clock (9am, 5.30 pm), a time on the 24-hour clock (17:00, 09.00),
// or a run of digits, with groups of three after a thousands separator (comma, dot, apostrophe, or
// a space of any width) taken as one number. Times first: 5pm and 17:00 are the same time.
const NUMBER =
  /(?<![\d.,:])(\d{1,2})(?:[:.](\d{2}))?\s?([ap])\.?m\b\.?|(?<![\d.,:])(\d{1,2})[:.](\d{2})(?![\d.,:]?\d)|\d+(?:[,.'\u2019 \u00a0\u202f]\d{3}(?!\d))*/gi;

const plain = (digits: string) => digits.replace(/^0+(?=\d)/, '');

/**
 * Each number in the text, in any script's digits, in order: a number as its value without
 * leading zeros (1,000 and 1 000 are `1000`), a time of day on the 24-hour clock (5pm is `17:00`).
 */
export function numbersIn(text: string): string[] {
  return [...asciiDigits(text).matchAll(NUMBER)].map(([whole, h12, m12, half, h24, m24]) => {
    if (half !== undefined) {
      const hour = (Number(h12) % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
      return `${hour}:${m12 ?? '00'}`;
    }
    if (h24 !== undefined) return `${plain(h24)}:${m24}`;
    return plain(whole.replace(/\D/g, ''));
  });
}

/**
 * Whether two numbers, as numbersIn gives them, say the same: the same value, or an hour written
 * plainly and a time at that hour on either clock (`6` in "akşam 6" and `18:00` for 6pm).
 */
export function sameNumber(a: string, b: string): boolean {
  if (a === b) return true;
  const [time, hour] = a.includes(':') ? [a, b] : [b, a];
  if (!time.includes(':') || hour.includes(':') || !time.endsWith(':00')) return false;
  return Number(hour) <= 24 && Number(time.split(':')[0]) % 12 === Number(hour) % 12;
}

/** The numbers a translation says that its original does not (`added`), and those it leaves out (`missing`), each as often as it differs. */
export function numberDifference(translation: string, original: string): { added: string[]; missing: string[] } {
  const left = [...numbersIn(original)];
  const added: string[] = [];
  for (const n of numbersIn(translation)) {
    const i = left.findIndex((o) => sameNumber(n, o));
    if (i === -1) added.push(n);
    else left.splice(i, 1);
  }
  return { added, missing: left };
}
