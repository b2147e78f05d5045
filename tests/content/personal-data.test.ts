// The personal-data scan: fixed cases through the content check, a corpus of planted details and
// look-alikes with recall and precision measured, and properties checked by fast-check.
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check.ts';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import providers from 'email-providers/all.json' with { type: 'json' };
import {
  allowListOf,
  fileNameFindings,
  mailServiceOf,
  reviewedLinesOf,
  withDetailsMasked,
} from '../../src/check/personal-data-check.ts';
import { tableBirthDates } from '../../src/check/personal-data-tables.ts';
import { siteSchema } from '../../src/contract/site.ts';
import { readEntry } from '../../src/check/read.ts';
import { findPersonalData, mask, type AllowList, type Kind } from '../../src/check/personal-data.ts';
import { DOMAIN_MENTION, NOT_A_NAME } from '../../src/check/personal-data/email.ts';
import { isNhsNumber } from '../../src/check/personal-data/nhs-number.ts';
import { mayHoldDetail, readForScan } from '../../src/check/personal-data/read-for-scan.ts';
import { normaliseForScan } from '../../src/check/personal-data/scan-text.ts';
import { NOT_A_FIRST_PART, READ_OUT_AFTER } from '../../src/check/personal-data/spelt-out.ts';
import { copyFixture, type Copy } from '../helpers/fixture.ts';

let copy: Copy | undefined;
afterEach(() => copy?.dispose());

const ALLOW: AllowList = {
  emails: ['team@northmoor.example', '@northmoor-council.example'],
  phones: ['0800 123 4567', '116 123', '+44 161 496 0000'],
};

// ---- Generators -----------------------------------------------------------------------------
const digit = fc.integer({ min: 0, max: 9 });
const digitsOf = (n: number) => fc.array(digit, { minLength: n, maxLength: n }).map((d) => d.join(''));
const pick = <T>(...xs: T[]) => fc.constantFrom(...xs);

/** Ten digits, not starting with 0, passing the Modulus 11 check. */
const nhsDigits = fc
  .tuple(fc.integer({ min: 1, max: 9 }), digitsOf(8))
  .map(([first, rest]) => `${first}${rest}`)
  .map((nine) => {
    const sum = [...nine].reduce((n, d, i) => n + Number(d) * (10 - i), 0);
    const check = (11 - (sum % 11)) % 11;
    return check === 10 ? undefined : `${nine}${check}`;
  })
  .filter((x): x is string => x !== undefined);
const nhsNumber = fc
  .tuple(nhsDigits, pick(' ', '', '-'))
  .map(([d, sep]) => `${d.slice(0, 3)}${sep}${d.slice(3, 6)}${sep}${d.slice(6)}`);
const notNhsDigits = fc
  .tuple(fc.integer({ min: 1, max: 9 }), digitsOf(9))
  .map(([f, r]) => `${f}${r}`)
  .filter((d) => !isNhsNumber(d));

const mobile = fc
  .tuple(digitsOf(9), pick('07{a} {b}', '07{a}{b}', '+44 7{a} {b}', '+447{a}{b}', '07{a}-{b}'))
  .map(([d, f]) => f.replace('{a}', d.slice(0, 3)).replace('{b}', d.slice(3)));
const landline = fc
  .tuple(digitsOf(8), pick('020 {a} {b}', '0161 {c} {d}', '01632 {e}', '(0113) {c} {d}', '+44 (0)20 {a} {b}'))
  .map(([d, f]) =>
    f
      .replace('{a}', d.slice(0, 4))
      .replace('{b}', d.slice(4))
      .replace('{c}', d.slice(0, 3))
      .replace('{d}', d.slice(3, 7))
      .replace('{e}', d.slice(0, 6)),
  );
/** A number typed with the letter O for the 0 it opens with. */
const letterO = fc
  .tuple(fc.oneof(mobile, landline), pick('O', 'o'))
  .filter(([n]) => n.startsWith('0'))
  .map(([n, o]) => `${o}${n.slice(1)}`);
/** A mobile with the UK's code as contact cards write it: (+44) 7700 900123, + 44 7700 900123. */
const bracketedCode = fc
  .tuple(digitsOf(9), pick('(+44) ', '+ 44 ', '[+44] ', '+(44) ', '+44 ('))
  .map(([d, code]) => `${code}7${d.slice(0, 3)}${code.endsWith('(') ? ')' : ''} ${d.slice(3)}`);
const phone = fc.oneof(mobile, landline, letterO, bracketedCode);

const word = (min: number, max: number) => fc.stringMatching(new RegExp(`^[a-z]{${min},${max}}$`));
const email = fc
  .tuple(
    word(1, 8),
    fc.option(word(1, 6), { nil: undefined }),
    word(3, 10),
    pick('co.uk', 'org', 'com', 'nhs.net', 'ac.uk'),
  )
  .map(([a, b, d, t]) => `${a}${b ? `.${b}` : ''}@${d}.${t}`);
/** An address with its @ and some of its dots spelt out in brackets: jo (at) example (dot) org. */
const speltOutEmail = fc
  .tuple(
    email,
    pick(' (at) ', '(at)', ' [at] ', ' {at} ', ' <at> ', ' ( AT ) ', '[@]', ' (małpa) ', '(MAŁPA)', ' (et) '),
    pick(' (dot) ', '[dot]', ' [DOT] ', '.', ' (kropka) ', ' (nokta) '),
  )
  .map(([address, at, dot]) => {
    const [local, domain] = address.split('@') as [string, string];
    return `${local}${at}${domain.replace('.', dot)}`;
  });

/** An address with its @ and every dot of its domain written as words: jo at example dot co dot uk. */
const wordyEmail = fc
  .tuple(
    word(1, 8),
    pick('', '.b', '_85'),
    pick('Email ', 'Contact ', 'Write to ', 'Her email is ', ': '),
    word(3, 10),
    pick('co.uk', 'org', 'com', 'nhs.net', 'ac.uk'),
    pick(' at ', '  AT  ', ' At '),
  )
  // "us at wrenfold dot gov dot uk" reads a web address out: by design not an address. So does a
  // plain word ending a sentence's other words, unless they ask for an address (readsOutAnAddress),
  // and a joining word is never a first part ("email or at wrenfold dot org").
  .filter(
    ([local, rest]) =>
      rest !== '' || !(new RegExp(`^(?:${READ_OUT_AFTER})$`, 'i').test(local) || NOT_A_FIRST_PART.test(local)),
  )
  .map(
    ([local, rest, asking, domain, ending, at]) =>
      `${asking}${local}${rest}${at}${domain} dot ${ending.replace('.', ' dot ')}`,
  );

/** An address typed in haste: a mail service's name without its ending, or a comma for the dot before it. */
const hastyEmail = fc.oneof(
  fc
    .tuple(
      word(2, 8),
      pick('.', '_', ''),
      word(2, 8),
      pick('gmail', 'Hotmail', 'outlook', 'yahoo', 'btinternet', 'icloud'),
    )
    .map(([a, sep, b, service]) => `${a}${sep}${b}@${service}`),
  fc
    .tuple(word(2, 8), word(3, 10), pick('com', 'org', 'co.uk', 'nhs.net'))
    .map(([local, domain, ending]) => `${local}@${domain},${ending}`),
);

/** An address half spelt out at a mail service: jo.bloggs at gmail.com, jo @ nhs.net, jan małpa gmail kropka com. */
const halfSpeltEmail = fc
  .tuple(
    word(2, 8),
    word(2, 8),
    pick('gmail.com', 'hotmail.co.uk', 'nhs.net', 'outlook.com', 'yahoo.co.uk', 'btinternet.com'),
    pick('at', 'AT', '@ ', ' @', ' @ ', 'małpa', 'et'),
  )
  // "Email by @gmail.com": a word like by, to or with before a spaced @ writes about a domain, by design.
  .filter(([a, , , at]) => !(at.startsWith(' ') && NOT_A_NAME.test(`${a} @`)))
  .map(([a, b, domain, at]) =>
    at.includes('@')
      ? // A space before the @ and none after is an address after words asking for one; after other
        // words it writes about a domain (Staff with @nhs.net accounts), by design not an address.
        `${DOMAIN_MENTION.test(`${a}${at}${domain}`) ? 'Email ' : ''}${a}${at}${domain}`
      : at === 'at' || at === 'AT'
        ? `${a}.${b} ${at} ${domain}`
        : `${a}.${b} ${at} ${domain.replace(/\./g, at === 'et' ? ' nokta ' : ' kropka ')}`,
  );

const niFirst = 'ABCEGHJKLMNOPRSTWXYZ';
const niSecond = 'ABCEGHJKLMNPRSTWXYZ';
const niNumber = fc
  .tuple(pick(...niFirst), pick(...niSecond), digitsOf(6), pick('A', 'B', 'C', 'D'), pick(' ', ''))
  .filter(([a, b]) => !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(`${a}${b}`))
  .map(([a, b, d, s, sep]) => `${a}${b}${sep}${d.slice(0, 2)}${sep}${d.slice(2, 4)}${sep}${d.slice(4)}${sep}${s}`);
/** An NI number as forms often write it, without its last letter, after words naming it: NI: AB 12 34 56. */
const niNumberWithoutLetter = fc
  .tuple(pick('NI ', 'NI: ', 'NINO ', 'National Insurance number '), pick(...niFirst), pick(...niSecond), digitsOf(6))
  .filter(([, a, b]) => !['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(`${a}${b}`))
  .map(([label, a, b, d]) => `${label}${a}${b} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)}`);

const inwardLetters = 'ABDEFGHJLNPQRSTUWXYZ';
const postcode = fc
  .tuple(
    pick('WF', 'LS', 'M', 'B', 'SW', 'EH', 'CF', 'N'),
    fc.integer({ min: 1, max: 20 }),
    digit,
    pick(...inwardLetters),
    pick(...inwardLetters),
    pick(' ', ''),
  )
  .map(([area, district, sector, x, y, sep]) => `${area}${district}${sep}${sector}${x}${y}`);
/** A postcode typed with a zero for the O of SO, CO or PO, or a letter O for the inward code's zero. */
const mistypedPostcode = fc
  .tuple(
    pick('S0', 'C0', 'P0', 'LS', 'W1A '),
    fc.integer({ min: 1, max: 19 }),
    pick(...inwardLetters),
    pick(...inwardLetters),
  )
  .map(([area, district, x, y]) =>
    area === 'LS' || area === 'W1A '
      ? `${area}${area === 'LS' ? `${district} ` : ''}O${x}${y}`
      : `${area}${district} 1${x}${y}`,
  );

const day = fc.integer({ min: 1, max: 28 });
const month = fc.integer({ min: 1, max: 12 });
const year = fc.integer({ min: 1930, max: 2008 });
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// The months as each language the site is offered in writes them in a date.
const MONTHS_IN: Record<string, string[]> = {
  en: MONTHS,
  cy: [
    'Ionawr',
    'Chwefror',
    'Mawrth',
    'Ebrill',
    'Mai',
    'Mehefin',
    'Gorffennaf',
    'Awst',
    'Medi',
    'Hydref',
    'Tachwedd',
    'Rhagfyr',
  ],
  tr: ['Ocak', 'Şubat', 'Mart', 'Nisan', 'Mayıs', 'Haziran', 'Temmuz', 'Ağustos', 'Eylül', 'Ekim', 'Kasım', 'Aralık'],
  pl: [
    'stycznia',
    'lutego',
    'marca',
    'kwietnia',
    'maja',
    'czerwca',
    'lipca',
    'sierpnia',
    'września',
    'października',
    'listopada',
    'grudnia',
  ],
  ar: ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'],
  'ar-levant': [
    'كانون الثاني',
    'شباط',
    'آذار',
    'نيسان',
    'أيار',
    'حزيران',
    'تموز',
    'آب',
    'أيلول',
    'تشرين الأول',
    'تشرين الثاني',
    'كانون الأول',
  ],
};
/** The days of a month in words, as a letter may give a birthday: the twelfth of March. */
const DAYS_IN_WORDS = [
  ...['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'],
  ...['eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth'],
  ...['nineteenth', 'twentieth', 'twenty-first', 'twenty second', 'twenty-third', 'twenty-fourth', 'twenty-fifth'],
  ...['twenty-sixth', 'twenty-seventh', 'twenty-eighth', 'twenty-ninth', 'thirtieth', 'thirty-first'],
];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const dateOfBirth = fc
  .tuple(
    day,
    month,
    year,
    pick(
      'born on {d}',
      'DOB: {d}',
      'date of birth {d}',
      'D.O.B. {d}',
      'was born {d}',
      'birthday is {d}',
      'Doğum tarihi: {d}',
      '{d} doğumlu',
      '{d} tarihinde doğdu',
      'ur. {d}',
      'data urodzenia: {d}',
      'تاريخ الميلاد: {d}',
      'مولود في {d}',
      'born in Leeds on {d}',
      'was born in Milton Keynes, on {d}',
      'Urodziłam się {d}',
      "{d}'te doğdum",
      '{d} tarihinde doğmuştur',
      'DOB/Age: {d} (40)',
      'Place and date of birth: Leeds, {d}',
      'A member, {d} (DOB), spoke',
      'DateOfBirth {d}',
      'تاريخ ميلاده {d}',
      'Doğum tarihiniz: {d}',
      'Dyddiad geni: {d}',
      'Ganwyd hi ar {d}',
      'Jo, a anwyd ar {d},',
      'Pen-blwydd: {d}',
      'Jo Bloggs, born Leeds {d}',
      'Born Milton Keynes, {d}',
      'Dyddiad geni Jo yw {d}',
      'Doğum Tar.: {d}',
      'Jo Bloggs born in Leeds {d}',
      'Doğ. Tar.: {d}',
      'born prematurely on {d}',
      'born at 32 weeks on {d}',
      'born by emergency caesarean on {d}',
      'born on the morning of {d}',
      'I gave birth to my son on {d}',
      'She gave birth {d}',
      'My son turned 18 on {d}',
      'The chair of the forum was born on {d}',
      'Cefais fy ngeni ar {d}',
      '{d} is her date of birth',
      'Date of birth.........{d}',
      'DOB approx {d}',
      'Urodziłam córkę {d}',
      "{d}'te erken doğdu",
      "{d}'te doğum yaptım",
      'On {d} I was born',
      'On {d}, my daughter was born',
      'My son was born at 32 weeks, {d}',
      'On {d} my father was born',
      'On {d}, my eldest daughter turned eighteen',
      'My grandad turned ninety on {d}',
      'My son turned eighteen on {d}',
      'I turn twenty-one on {d}',
      'My son will be 18 on {d}',
      "I'm turning thirty on {d}",
      'My nan would have been ninety on {d}',
      'On {d} my daughter will be 18',
      'Mum is 90 on {d}',
      'My children were born on {d}',
    ),
    pick('num', 'long', 'iso', 'cy', 'tr', 'pl', 'ar', 'ar-levant', 'roman', 'roman-spaced', 'words'),
  )
  .map(([d, m, y, f, style]) =>
    f.replace(
      '{d}',
      style === 'num'
        ? `${d}/${m}/${y}`
        : style === 'long'
          ? `${d} ${MONTHS[m - 1]} ${y}`
          : style === 'iso'
            ? `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
            : style === 'roman'
              ? `${d}.${ROMAN[m - 1]}.${y}`
              : style === 'roman-spaced'
                ? `${d} ${ROMAN[m - 1]} ${y}`
                : style === 'words'
                  ? `the ${DAYS_IN_WORDS[d - 1]} of ${MONTHS[m - 1]} ${y}`
                  : `${d} ${MONTHS_IN[style]![m - 1]} ${y}`,
    ),
  );

/** An address spaced against spam (jo . bloggs @ gmail . com), its @ typed twice, or at and dot joined by hyphens. */
const spacedEmail = fc.oneof(
  fc
    .tuple(
      word(1, 8),
      word(1, 6),
      word(3, 10),
      pick('co.uk', 'org', 'com', 'nhs.net', 'ac.uk'),
      pick(' . ', ' .', '. ', '.'),
      pick('@', ' @ ', '@@', ' @', ' @@ '),
    )
    .filter(([, , , , dot, at]) => dot !== '.' || at.includes('@@'))
    .map(([a, b, d, t, dot, at]) => `${a}${dot}${b}${at}${d}${dot}${t.replaceAll('.', dot)}`),
  fc
    .tuple(word(2, 8), pick('-', '_'), pick('gmail.com', 'hotmail.co.uk', 'nhs.net', 'outlook.com'))
    .map(([a, joint, domain]) => `${a}${joint}at${joint}${domain}`),
  fc
    .tuple(word(2, 8), pick('-', '_'), word(3, 10), pick('org', 'com', 'co.uk'))
    .map(([a, j, d, t]) => `${a}${j}at${j}${d}${j}dot${j}${t.replaceAll('.', `${j}dot${j}`)}`),
);
/** The day and month of a birth after its year, with a place between or not. */
const birthAfterYear = fc
  .tuple(
    day,
    month,
    year,
    pick(
      'born in {y} on {d} {m}',
      'Jo was born in {y}, on the {d}th of {m}',
      'born in {y} in Leeds on {d} {m}',
      'born {y} at Leeds General Infirmary on {d} {m}',
      "{y} yılında {d} {tm}'ta doğdu",
      "{y} yılında {d} {tm}'ta Ankara'da doğdu",
      "{y}'te İzmir'de {d} {tm}'ta doğdu",
      "{y} yılının {d} {tm}'ında doğdu",
    ),
  )
  .map(([d, m, y, f]) =>
    f
      .replace('{y}', String(y))
      .replace('{d}', String(d))
      .replace('{m}', MONTHS[m - 1]!)
      .replace('{tm}', MONTHS_IN.tr![m - 1]!),
  );

const planted: [Kind, fc.Arbitrary<string>][] = [
  ['nhs-number', nhsNumber],
  ['phone', phone],
  ['email', fc.oneof(email, speltOutEmail, wordyEmail, hastyEmail, halfSpeltEmail, spacedEmail)],
  ['ni-number', fc.oneof(niNumber, niNumberWithoutLetter)],
  ['postcode', fc.oneof(postcode, mistypedPostcode)],
  ['date-of-birth', fc.oneof(dateOfBirth, birthAfterYear)],
];

const lookAlikes: fc.Arbitrary<string>[] = [
  fc
    .tuple(pick('YS', 'WG', 'LEB', 'CF'), fc.integer({ min: 2020, max: 2030 }), fc.integer({ min: 1, max: 999 }))
    .map(([p, y, n]) => `${p}-${y}-${String(n).padStart(3, '0')}`),
  fc
    .tuple(
      year.map((y) => y + 90),
      month,
      day,
    )
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
  fc.tuple(day, month, fc.integer({ min: 2020, max: 2030 })).map(([d, m, y]) => `met on ${d} ${MONTHS[m - 1]} ${y}`),
  fc.tuple(day, month, fc.integer({ min: 2020, max: 2030 })).map(([d, m, y]) => `due ${d}/${m}/${y}`),
  // Meetings and beginnings in Welsh: ar is "on", and a project is born too (ganwyd y prosiect).
  fc
    .tuple(day, month, fc.integer({ min: 2020, max: 2030 }), pick('Cyfarfod ar', 'Ganwyd y prosiect yn', 'Dyddiad:'))
    .map(([d, m, y, words]) => `${words} ${d} ${MONTHS_IN.cy![m - 1]} ${y}`),
  fc
    .integer({ min: 2020, max: 2030 })
    .chain((y) => pick(`${y} to ${y + 5}`, `${y}-${y + 5}`, `${y}–${String(y + 1).slice(2)}`)),
  fc.integer({ min: 1, max: 99999 }).map((n) => `commitment C-${String(n).padStart(5, '0')}`),
  notNhsDigits,
  pick(...ALLOW.phones, '0800-123-4567', '08001234567', '0161 496 0000', '116123'),
  pick('team@northmoor.example', 'housing@northmoor-council.example'),
  fc.integer({ min: 1000, max: 99_999_999 }).map((n) => `£${n.toLocaleString('en-GB')}`),
  fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 500 })).map(([p, n]) => `${p}% of ${n} people`),
  fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([h, m]) => `at ${h}:${String(m).padStart(2, '0')}`),
  pick(
    'in the WF1 area',
    'the M25',
    'call NHS 111',
    'dial 999',
    'Ward 4B',
    'the A1 road',
    'room 2.14',
    'version 1.2.3',
    'B12 vitamins',
    '37 of 52 came',
  ),
  // Found by an outside reader of the scan: dotted dates and times, paper sizes, hours, file names.
  pick(
    'meeting 01.04.24 10.30 in Room B2',
    'session 02.05.24 14.00 to 16.00',
    'Q1 (01.04-30.06.24)',
    'print A4 2pp',
    'table A1 2hr session',
    'see logo@2x.png',
    'B2 4th floor',
    'action WG-2505-01',
  ),
  // Ten digits after a label that says they are a meeting's ID, whether or not they pass the NHS check.
  fc
    .tuple(
      pick('Meeting ID:', 'Zoom meeting ID', 'Webinar ID #', 'Teams meeting no.'),
      fc.oneof(nhsDigits, notNhsDigits),
    )
    .map(([label, d]) => `${label} ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`),
  // A birth said of a partnership, a service or the NHS.
  fc
    .tuple(pick('Our partnership was', 'The NHS was', 'The service was', 'The café marked its first'), day, month, year)
    .map(
      ([who, d, m, y]) => `${who} ${who.endsWith('first') ? 'birthday' : 'born'} on ${d} ${MONTHS[m - 1]} ${y + 40}`,
    ),
  // A mail service's site named after at, as a place to go, not an address.
  pick('sign up at outlook.com', 'log in at gmail.com', 'look at gmail.com/settings', 'find us at facebook.com'),
  // Pages of organisations on social media, and references that name themselves.
  pick(
    'see https://www.tiktok.com/@wrenfold.council',
    'https://www.youtube.com/@wrenfold.youthvoice',
    'Mastodon: @wrenfoldvoices@mastodon.social',
    'follow us @ twitter.com/wrenfold',
  ),
  fc
    .tuple(pick('FOI request', 'Order #', 'Ticket', 'Complaint ref', 'Invoice no.'), fc.oneof(nhsDigits, notNhsDigits))
    .map(([label, d]) => `${label} ${d}`),
  // A time range and a day: ten digits from a 0, which the numbering plan gives no one.
  fc
    .tuple(
      fc.integer({ min: 7, max: 9 }),
      pick('00', '15', '30', '45'),
      fc.integer({ min: 10, max: 12 }),
      pick('00', '15', '30', '45'),
      day,
      month,
    )
    .map(([h, m, h2, m2, d, mo]) => `0${h}${m}–${h2}${m2} ${d} ${MONTHS[mo - 1]}`),
];

const sentence = (inner: fc.Arbitrary<string>) =>
  fc
    .tuple(
      pick('Please note', 'The forum heard that', 'Contact', 'Update:', 'As agreed,'),
      inner,
      pick('.', ' today.', ', thank you.', ''),
    )
    .map(([a, x, b]) => `${a} ${x}${b}`);

// ---- Fixed cases through the content check --------------------------------------------------
describe('the content check', () => {
  it('fails a file with personal details, naming the file, the line and what was found, partly masked', () => {
    copy = copyFixture();
    copy.write(
      'inputs/nm-2024-1.md',
      copy
        .read('inputs/nm-2024-1.md')
        .replace('said: We need help at night.', 'said: "Call me on 07700 900123, my NHS number is 943 476 5919."'),
    );
    const problems = checkContent(copy.root).problems;
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      ['src/content/inputs/nm-2024-1.md', 8],
      ['src/content/inputs/nm-2024-1.md', 8],
    ]);
    expect(problems[0]!.message).toContain('looks like a UK phone number (07••• ••••23)');
    expect(problems[1]!.message).toContain('looks like an NHS number (94• ••• ••19)');
    expect(problems.map((p) => p.message).join('')).not.toMatch(/07700 900123|943 476 5919/);
  });
  it('allows a line of a .md body marked as reviewed in an HTML comment', () => {
    copy = copyFixture();
    copy.edit(
      'inputs/nm-2024-1.md',
      /\n---\n/,
      '\n---\n\nThe old office was at WF1 2AB. <!-- personal-data: reviewed -->\n',
    );
    expect(checkContent(copy.root).problems).toEqual([]);
  });
  it('allows a number on the site’s list, and a line marked as reviewed', () => {
    copy = copyFixture();
    copy.edit('site.yaml', 'exampleContent: false', 'exampleContent: false\nallowedPhoneNumbers:\n  - "0800 123 4567"');
    copy.edit(
      'commitments/night-line.mdx',
      'Body.',
      'Call the line free on 0800 123 4567.\n\nThe old office was at WF1 2AB. {/* personal-data: reviewed */}',
    );
    expect(checkContent(copy.root).problems).toEqual([]);
  });
  it('allows the partnership’s own contact address, and no other', () => {
    copy = copyFixture();
    copy.edit('commitments/night-line.mdx', 'Body.', 'Write to team@northmoor.example, not to jo.bloggs@mail.example.');
    const problems = checkContent(copy.root).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('an email address (j•.••••••@••••.•••••le)');
  });
  it('looks in the front matter as well as the text', () => {
    copy = copyFixture();
    copy.edit('minutes/forum-one.mdx', 'owner: Chair', 'owner: Chair (DOB 3 March 1961)');
    expect(checkContent(copy.root).problems.map((p) => [p.line, p.message.slice(0, 46)])).toEqual([
      [13, 'This line has what looks like a date of birth '],
    ]);
  });
});

// ---- A corpus: 240 planted details and 240 look-alikes --------------------------------------
describe('over a corpus of planted details and look-alikes', () => {
  const seed = 20261121;
  const plantedCases = planted.flatMap(([kind, gen], i) =>
    fc.sample(sentence(gen), { numRuns: 40, seed: seed + i }).map((text) => ({ kind, text })),
  );
  const lookAlikeCases = lookAlikes
    .flatMap((gen, i) => fc.sample(sentence(gen), { numRuns: 19, seed: seed + 100 + i }))
    .slice(0, 240);

  it('finds at least 99% of the planted details, with at least 95% precision', () => {
    const caught = plantedCases.filter((c) => findPersonalData(c.text, ALLOW).some((f) => f.kind === c.kind));
    const falseAlarms = lookAlikeCases.filter((text) => findPersonalData(text, ALLOW).length > 0);
    const recall = caught.length / plantedCases.length;
    const precision = caught.length / (caught.length + falseAlarms.length);
    console.log(
      `Personal-data scan: ${plantedCases.length} planted, ${caught.length} caught (recall ${(recall * 100).toFixed(1)}%); ` +
        `${lookAlikeCases.length} look-alikes, ${falseAlarms.length} flagged (precision ${(precision * 100).toFixed(1)}%).`,
    );
    expect(plantedCases.length).toBeGreaterThanOrEqual(200);
    expect(lookAlikeCases.length).toBeGreaterThanOrEqual(200);
    expect(plantedCases.filter((c) => !caught.includes(c)).map((c) => `${c.kind}: ${c.text}`)).toEqual([]);
    expect(falseAlarms).toEqual([]);
    expect(recall).toBeGreaterThanOrEqual(0.99);
    expect(precision).toBeGreaterThanOrEqual(0.95);
  });
});

// ---- Properties -----------------------------------------------------------------------------
describe('properties', () => {
  it.each(planted)('any %s in any sentence is found as one', (kind, gen) => {
    fc.assert(
      fc.property(sentence(gen), (text) => findPersonalData(text, ALLOW).some((f) => f.kind === kind)),
      { numRuns: 300 },
    );
  });
  it('ten digits that fail the Modulus 11 check are never called an NHS number', () => {
    fc.assert(
      fc.property(notNhsDigits, (d) => !findPersonalData(`Number ${d}`, ALLOW).some((f) => f.kind === 'nhs-number')),
      { numRuns: 500 },
    );
  });
  it('an allowed number is allowed however it is written', () => {
    fc.assert(
      fc.property(
        pick(
          '0800 123 4567',
          '0800-123-4567',
          '08001234567',
          '+44 800 123 4567',
          '0161 496 0000',
          '+44 (0)161 496 0000',
        ),
        (n) => findPersonalData(`Call ${n}.`, ALLOW).length === 0,
      ),
    );
  });
  it.each(lookAlikes.map((gen, i) => [i, gen] as const))('look-alike %i is never flagged', (_, gen) => {
    fc.assert(
      fc.property(sentence(gen), (text) => findPersonalData(text, ALLOW).length === 0),
      { numRuns: 200 },
    );
  });
  // The scan skips text mayHoldDetail turns away, so it must never turn away text that, as the scan
  // reads it, has an `@` or a digit: one would be a detail never looked for.
  it('text said to hold no detail has no `@` and no digit once normalised for the scan', () => {
    const tricky = fc.constantFrom(
      '@',
      '＠',
      '﹫',
      '7',
      '٧',
      '۷',
      '७',
      '７',
      '①',
      '²',
      '⑴',
      '𝟕',
      '\u00ad',
      '–',
      ' ',
      'e',
      'é',
    );
    const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 4 }), tricky);
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        return mayHoldDetail(text) || !/[@\d]/.test(normaliseForScan(text).text);
      }),
      { numRuns: 5000 },
    );
  });
  it('text said to hold no detail has no `@` once spelt-out marks are read, however they are written', () => {
    const noise = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 3 }), pick(' ', '(', ')', ' dot ')), {
      maxLength: 3,
    });
    const at = pick(
      ' at ',
      ' \u0430t ',
      '\u00a0AT\u00a0',
      ' a\u200bt ',
      ' (at) ',
      '(\u0430t)',
      '\uff08at\uff09',
      ' [@] ',
      '<\u2800at\u2800>',
    );
    const dot = pick(
      ' dot ',
      ' d\u043et ',
      ' \uff44\uff4f\uff54 ',
      ' d\u200bot ',
      ' do\u0301t ',
      '\u2013dot\u2013',
      '\u2800dot\u2800',
      ' d\u0007ot ',
      ' (dot) ',
      ' [.] ',
    );
    const address = fc
      .tuple(noise, pick('jo', 'x', 'jo.b'), at, pick('example', 'nhs'), dot, pick('org', 'co dot uk', 'com'), noise)
      .map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(address, (text) => mayHoldDetail(text) || !/[@\d]/.test(readForScan(text).text)),
      { numRuns: 3000 },
    );
  });
  it('every character that the scan reads as an `@` or a digit makes text that may hold a detail', () => {
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCodePoint(code);
      if (/[@\d]/.test(normaliseForScan(ch).text))
        expect(mayHoldDetail(`a ${ch} b`), `U+${code.toString(16)}`).toBe(true);
    }
  });
  it('a mask shows at most four of the letters and digits', () => {
    fc.assert(
      fc.property(
        fc.oneof(email, phone, nhsNumber, niNumber),
        (text) => [...mask(text)].filter((c) => /[A-Za-z0-9]/.test(c)).length <= 4,
      ),
    );
  });
});

// ---- Digits of other scripts ----------------------------------------------------------------
/** The zero of each script's digits: Arabic-Indic, Extended Arabic-Indic (Persian), Devanagari, Bengali, fullwidth. */
const ZEROS = { 'Arabic-Indic': 0x660, Persian: 0x6f0, Devanagari: 0x966, Bengali: 0x9e6, fullwidth: 0xff10 };
const inScript = (text: string, zero: number) => text.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)));

describe('a number written in the digits of another script', () => {
  it('is found in a translation, on its line, and the report masks it', () => {
    copy = copyFixture();
    copy.edit('site.yaml', 'exampleContent: false', 'exampleContent: false\nlanguages: [en, ar]');
    copy.write('commitments/night-line.ar.mdx', '---\ntitle: خط الليل\nsummary: اتصل بعلي على ٠٧٧٠٠ ٩٠٠٤٥٦\n---\n');
    const problems = checkContent(copy.root).problems;
    expect(problems.map((p) => [p.file, p.line])).toEqual([['src/content/commitments/night-line.ar.mdx', 3]]);
    expect(problems[0]!.message).toContain('looks like a UK phone number (٠٧••• ••••٥٦)');
  });

  it('is found in an original’s text, in Persian digits, on its line', () => {
    copy = copyFixture();
    copy.edit('commitments/night-line.mdx', 'Body.', 'Body.\n\nCall ۰۷۷۰۰ ۹۰۰۴۵۸.');
    const problems = checkContent(copy.root).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.line).toBe(
      copy.read('commitments/night-line.mdx').split('\n').indexOf('Call ۰۷۷۰۰ ۹۰۰۴۵۸.') + 1,
    );
    expect(problems[0]!.message).toContain('(۰۷••• ••••۵۸)');
  });

  it('is masked in fullwidth digits too, never printed whole', () => {
    expect(mask('０７７００ ９００４５９')).toBe('０７••• ••••５９');
  });

  it.each(Object.entries(ZEROS))('is caught in %s digits whenever it is caught in 0–9', (_, zero) => {
    fc.assert(
      fc.property(sentence(fc.oneof(phone, nhsNumber)), (text) => {
        const kinds = (t: string) => findPersonalData(t, ALLOW).map((f) => f.kind);
        return JSON.stringify(kinds(inScript(text, zero))) === JSON.stringify(kinds(text));
      }),
      { numRuns: 200 },
    );
  });

  it('has its mask show at most four of its digits', () => {
    fc.assert(
      fc.property(fc.oneof(phone, nhsNumber), fc.constantFrom(...Object.values(ZEROS)), (text, zero) => {
        const written = inScript(text, zero);
        return [...mask(written)].filter((c) => /\p{Nd}/u.test(c)).length <= 4;
      }),
    );
  });
});

describe('file names', () => {
  const isoDay = fc
    .tuple(fc.integer({ min: 2000, max: 2099 }), month, day)
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
  const kind = pick('commitment', 'update', 'review', 'checkin', 'minutes', 'input');

  it('a file named after a number and a day, as npm run new names them, is never read as personal details', () => {
    // commitment-18-2026-09-17 once read as the NHS number 182 026 0917.
    expect(fileNameFindings('commitment-18-2026-09-17', ALLOW)).toEqual([]);
    fc.assert(
      fc.property(kind, fc.integer({ min: 1, max: 99_999 }), isoDay, (k, n, d) => {
        return (
          fileNameFindings(`${k}-${n}-${d}`, ALLOW).length === 0 &&
          fileNameFindings(`${k}-${d}-${n}`, ALLOW).length === 0
        );
      }),
    );
  });

  it('still finds an NHS number or phone number in a file name, beside a day or not', () => {
    fc.assert(
      fc.property(nhsNumber, isoDay, (nhs, d) => {
        const name = `${nhs.replace(/ /g, '-')}-${d}`;
        return fileNameFindings(name, ALLOW).some((f) => f.kind === 'nhs-number');
      }),
    );
    expect(fileNameFindings('notes_07700_900123', ALLOW).map((f) => f.kind)).toEqual(['phone']);
  });

  it('finds a day named as a birth', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z]{1,8}$/),
        pick('born', 'dob', 'DOB', 'birthday', 'date-of-birth'),
        isoDay,
        (who, word, d) =>
          fileNameFindings(`${who}-${word}-${d}`, ALLOW).some((f) => f.kind === 'date-of-birth' && f.text === d),
      ),
    );
  });
});

// ---- Written to slip past the scan ----------------------------------------------------------
// Found by an outside reader of the scan: characters a reader does not see between the digits or
// letters of a detail, separators that read as another, and other ways of writing an address.
/** Every character Unicode says to show as nothing, and every mark drawn on another character. */
const UNSEEN_CHARACTERS = (() => {
  const found: string[] = [];
  for (let code = 0; code <= 0x10ffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const ch = String.fromCodePoint(code);
    if (/[\p{Default_Ignorable_Code_Point}\p{M}]/u.test(ch)) found.push(ch);
  }
  return found;
})();
const NAMED_UNSEEN = [
  '\u200e', // left-to-right mark
  '\u200f', // right-to-left mark
  '\u061c', // Arabic letter mark
  '\u2066', // left-to-right isolate
  '\u2069', // pop directional isolate
  '\u202e', // right-to-left override
  '\ufe0f', // variation selector 16
  '\u034f', // combining grapheme joiner
  '\u3164', // Hangul filler
  '\u180e', // Mongolian vowel separator
  '\u20e3', // combining enclosing keycap
  '\u0332', // combining low line
  '\u{e0020}', // tag space
];
const unseen = fc.oneof(fc.constantFrom(...NAMED_UNSEEN), fc.constantFrom(...UNSEEN_CHARACTERS));
/** The detail with one to four unseen characters put anywhere inside it. */
const withUnseen = (detail: fc.Arbitrary<string>) =>
  fc.tuple(detail, fc.array(fc.tuple(fc.nat(), unseen), { minLength: 1, maxLength: 4 })).map(([text, inserts]) =>
    inserts.reduce((t, [at, ch]) => {
      const chars = [...t];
      const i = 1 + (at % Math.max(1, chars.length - 1));
      return [...chars.slice(0, i), ch, ...chars.slice(i)].join('');
    }, text),
  );

/** Latin letters and the Cyrillic and Greek letters drawn the same, as someone hiding a detail might type them. */
const LOOK_ALIKES: Record<string, string[]> = {
  A: ['А', 'Α'],
  B: ['В', 'Β'],
  E: ['Е', 'Ε'],
  H: ['Н', 'Η'],
  I: ['І', 'Ι'],
  J: ['Ј'],
  K: ['К', 'Κ'],
  M: ['М', 'Μ'],
  N: ['Ν'],
  O: ['О', 'Ο'],
  P: ['Р', 'Ρ'],
  C: ['С'],
  S: ['Ѕ'],
  T: ['Т', 'Τ'],
  X: ['Х', 'Χ'],
  Y: ['У', 'Υ'],
  Z: ['Ζ'],
  a: ['а'],
  c: ['с'],
  e: ['е'],
  i: ['і'],
  j: ['ј'],
  o: ['о', 'ο'],
  p: ['р'],
  s: ['ѕ'],
  x: ['х'],
  y: ['у'],
};
/** The detail with some of its Latin letters swapped for their look-alikes. */
const withLookAlikes = (detail: fc.Arbitrary<string>) =>
  fc.tuple(detail, fc.infiniteStream(fc.nat())).map(([text, picks]) => {
    const choices = picks[Symbol.iterator]();
    return [...text]
      .map((ch) => {
        const others = LOOK_ALIKES[ch];
        const n = choices.next().value as number;
        return others && n % 2 === 0 ? others[n % others.length]! : ch;
      })
      .join('');
  });

describe('details written to slip past the scan', () => {
  it('knows over a thousand characters a reader does not see', () => {
    expect(UNSEEN_CHARACTERS.length).toBeGreaterThan(1000);
    for (const ch of NAMED_UNSEEN) expect(UNSEEN_CHARACTERS).toContain(ch);
  });
  it.each(planted)('any %s with unseen characters or marks inside it is still found', (kind, gen) => {
    fc.assert(
      fc.property(sentence(withUnseen(gen)), (text) => findPersonalData(text, ALLOW).some((f) => f.kind === kind)),
      { numRuns: 300 },
    );
  });
  it.each(planted)('any %s with Latin letters written as Cyrillic or Greek look-alikes is still found', (kind, gen) => {
    fc.assert(
      fc.property(sentence(withLookAlikes(gen)), (text) => findPersonalData(text, ALLOW).some((f) => f.kind === kind)),
      { numRuns: 300 },
    );
  });
  it('reports the detail as written, unseen characters and all, so it can be found in the file', () => {
    const written = '07700\u200e 900\u200f 123';
    expect(findPersonalData(`Call ${written} now`)).toEqual([{ kind: 'phone', text: written }]);
  });
  it.each([
    ['a date of birth with fraction slashes', 'born 12\u204403\u20441961', 'date-of-birth'],
    ['a date of birth with division slashes', 'DOB 3\u22153\u22151961', 'date-of-birth'],
    ['a phone number with Arabic decimal separators', 'call 07700\u066b900\u066b123', 'phone'],
    ['an NHS number with Arabic decimal separators', 'NHS 943\u066b476\u066b5919', 'nhs-number'],
    ['a phone number with braille blanks', 'call 07700\u2800900\u2800123', 'phone'],
    ['an address with an accent written as a separate mark', 'write to jose\u0301@mail.example', 'email'],
    ['an address whose first part is in quotes', 'write to "Jo Bloggs"@mail.example', 'email'],
    ['an address whose first part is in curly quotes', 'write to \u201cJo Bloggs\u201d@mail.example', 'email'],
    ['an address at a numbered host', 'write to jo@[192.0.2.1]', 'email'],
  ])('finds %s', (_, text, kind) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual([kind]);
  });
  it('allows an allowed address however its accents are written', () => {
    const allow: AllowList = { emails: ['josé@northmoor.example'], phones: [] };
    expect(findPersonalData('Write to jose\u0301@northmoor.example.', allow)).toEqual([]);
    expect(findPersonalData('Write to JOSÉ@northmoor.example.', allow)).toEqual([]);
    expect(findPersonalData('Write to josef@northmoor.example.', allow)).toHaveLength(1);
  });
  it('still finds an address whose first part is longer than the standard allows', () => {
    const local = 'a'.repeat(100);
    const found = findPersonalData(`Write to ${local}@mail.example.`);
    expect(found.map((f) => f.kind)).toEqual(['email']);
    expect(found[0]!.text.endsWith('@mail.example')).toBe(true);
  });
  // The email pattern once tried every start of a line to its end: an 80 KB line took 3.2 s, and
  // a line of a few hundred KB would have held the check for minutes. These 100–200 KB lines now
  // take 0.05–0.45 s each, about 3 s in all on the machine CI uses, and twice as long when twice as
  // long; a pattern that went back to trying every start would take 5–20 s for each. The bound of
  // 10 s for all of them tells the two apart even on a machine that is busy with other tests.
  it('reads very long lines in time in step with their length', () => {
    const lines = [
      `${'a.'.repeat(100_000)}@`,
      `@${'a.'.repeat(100_000)}`,
      `x@${'a.'.repeat(100_000)}`,
      `${'a'.repeat(200_000)}@`,
      `${'a-'.repeat(100_000)}@a`,
      `${'"'.repeat(200_000)}@a.org`,
      `a@[${'1.'.repeat(100_000)}`,
      `born ${'on '.repeat(66_000)}`,
      `dob${' '.repeat(200_000)}1`,
      // The forms read since: an address half in words, małpa, a comma for a dot, two @s, a birth's place.
      `${'a.'.repeat(50_000)} at gmail.com`,
      `${'x małpa '.repeat(12_500)}a.a`,
      `${'@a,'.repeat(33_000)}com`,
      `${'@a@'.repeat(33_000)}gmail.com`,
      `born in ${'Leeds, '.repeat(14_000)}on 12 March 1985`,
    ];
    const started = performance.now();
    for (const line of lines) findPersonalData(line);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
  it('reads very long lines of the forms a ninth look found in time in step with their length', () => {
    // Spaced dots, a doubled @, at between hyphens, a place straight after born, a year before the
    // day, a postcode run into its label: 0.3 s in all alone, where a pattern trying every start
    // of each line to its end would take minutes.
    const lines = [
      `${'a . '.repeat(50_000)}@ gmail . com`,
      `${'@ a . '.repeat(33_000)}com`,
      `${'a-at-'.repeat(40_000)}gmail.com`,
      `a${'@@a'.repeat(66_000)}`,
      `born ${'Leeds '.repeat(33_000)}12/03/1985`,
      `born in 1985 ${'on '.repeat(66_000)}12 March`,
      `${'Postcode'.repeat(25_000)}LS62AB`,
    ];
    const started = performance.now();
    for (const line of lines) findPersonalData(line);
    expect(performance.now() - started).toBeLessThan(10_000);
  });
});

describe('an address broken over two lines', () => {
  /** The problems once a copy of the example has had `from` replaced by `to` in `file`. */
  const problemsAfter = (file: string, from: string, to: string) => {
    copy = copyFixture();
    copy.edit(file, from, to);
    return checkContent(copy.root, { today: '2026-12-01' }).problems;
  };
  const emailsIn = <P extends { message: string }>(problems: P[]) =>
    problems.filter((p) => p.message.includes('an email address'));

  it.each([
    ['at its @', 'Write to jo.bloggs@\nmail.example today.'],
    ['before its @', 'Write to jo.bloggs\n@mail.example today.'],
    ['after a dot of its domain', 'Write to jo.bloggs@mail.\nexample today.'],
  ])('is found when broken %s, at the first of its lines', (_, text) => {
    const found = emailsIn(problemsAfter('commitments/night-line.mdx', 'Body.', `Body.\n\n${text}`));
    const first = copy!.read('commitments/night-line.mdx').split('\n').indexOf(text.split('\n')[0]!) + 1;
    expect(found.map((p) => p.line)).toEqual([first]);
    expect(found[0]!.message).toContain(`lines ${first} and ${first + 1}, joined`);
  });

  it('is found in front matter broken at its @', () => {
    const found = emailsIn(
      problemsAfter('minutes/forum-one.mdx', 'owner: Chair', 'owner: Chair, jo.bloggs@\n      mail.example'),
    );
    expect(found).toHaveLength(1);
  });

  it.each([
    ['a mention', 'Thanks to @northmoor.\nThe forum met again.'],
    ['an allowed address', 'Write to team@northmoor.example.\nThe forum met again.'],
    ['an allowed address with no full stop', 'Write to team@northmoor.example\nThe forum met again.'],
    ['an allowed address then a new line starting with a dot', 'Write to team@northmoor.example\n.'],
  ])('is not made of a sentence ending in %s and the next line', (_, text) => {
    expect(problemsAfter('commitments/night-line.mdx', 'Body.', `Body.\n\n${text}`)).toEqual([]);
  });
});

// Found by a second outside reader of the scan.
describe('details a reader sees, and text that is not one', () => {
  it.each([
    ['a phone number followed by a time', 'Ring Jane on 07700 900123 9am to 5pm', ['phone']],
    ['a phone number followed by a year', 'Ring 07700 900123 2025', ['phone']],
    ['two phone numbers in a row', 'Ring 07700 900123 01632 960001', ['phone', 'phone']],
    ['a phone number after an em dash', 'Call Jane\u201407700 900123', ['phone']],
    ['a phone number after an abbreviation', 'Tel.07700 900123', ['phone']],
    [
      'a phone number in circled digits',
      '\u24ff\u277c\u277c\u24ff\u24ff \u277e\u24ff\u24ff\u2776\u2777\u2778',
      ['phone'],
    ],
    ['a phone number in double-circled digits', 'Ring 0\u24fb\u24fb00 \u24fd00\u24f5\u24f6\u24f7', ['phone']],
    ['a phone number with middle dots', 'Ring 07700\u00b7900\u00b7123', ['phone']],
    ['a phone number with bullets', 'Ring 07700 \u2022 900 \u2022 123', ['phone']],
    ['a phone number with an annotation character inside', 'Ring 07700\ufff9900123', ['phone']],
    ['a phone number with a control character inside', 'Ring 07700\u0007900123', ['phone']],
    ['a phone number with a delete character inside', 'Ring 07700\u007f900123', ['phone']],
    ['an NHS number after an abbreviation', 'NHS no.943 476 5919', ['nhs-number']],
    ['an NHS number with double spaces', 'NHS 943  476  5919', ['nhs-number']],
    ['a postcode with three spaces', 'Lives at SW1A   1AA', ['postcode']],
    ['an address with an ideographic full stop', 'Write to jane@example\u3002com', ['email']],
    ['an address with a ! before its @', 'Write to jane!@example.com', ['email']],
    ['a date and time', 'The forum meets at 2025-01-02 14:00.', []],
    ['a date and time written day first', 'Forum on 17/01/2025 14:00.', []],
    ['a date and time with dots', 'Toplantı 17.01.2025 14:00’te', []],
    ['a date with dashes and a time', 'Meeting: 01-04-2025 10:30', []],
    ['an ISBN', 'See ISBN 1-84356-028-3 and ISBN 1843560283.', []],
    ['an ISBN that starts with 0', 'See ISBN 0-19-852663-6.', []],
    ['a sum in Polish', 'Budżet: 1 500 000 000 zł', []],
    ['a sum in Turkish', 'Bütçe 1.500.000.000 TL', []],
    ['a file with an @ in its name', 'See budget@2025.csv and easy-read@2x.mp3.', []],
    ['a scale', 'Rate it on 0-10-20-30-40-50.', []],
    ['a mood scale', 'Rate your mood on a scale: 0 1 2 3 4 5 6 7 8 9 10.', []],
    ['a pain scale with dashes', 'Pain scale 0–1–2–3–4–5–6–7–8–9–10', []],
    ['a scale in circled digits', 'Scale ⓪ ① ② ③ ④ ⑤ ⑥ ⑦ ⑧ ⑨ ⑩', []],
    ['days of a month', 'Meeting 17 – 19.03.2025.', []],
    ['an invoice number', 'Invoice No.0200 123 456 paid.', []],
    ['a version', 'Install git@2.43.0.1 first.', []],
    [
      'more files with an @ in their names',
      'See calendar@2025.ics, minutes@2025.tar.gz, team@2x.heic and budget@2025.xlsm.',
      [],
    ],
  ])('%s', (_, text, kinds) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(kinds);
  });

  // Each detail is marked taken character by character, so a line of thousands of details takes
  // time in step with its length: a 1 MB line of postcodes took 26 s, and now well under one.
  // Each 1 MB line takes 0.2–0.9 s, 3–4 s in all on the machine CI uses when it is quiet; a pattern
  // that tried every start to the end would take minutes. The bound of 15 s tells the two apart
  // when other tests are running beside this one.
  it('reads a 1 MB line full of details in time in step with its length', () => {
    const started = performance.now();
    for (const unit of [
      'SW1A 1AA ',
      'a@b.co ',
      '943 476 5919 ',
      '07700 900123 ',
      'jo at ex dot org ',
      'born in Leeds on 12/03/1985 ',
      'O7700 900123 ',
      '2025-01-02 14:00 ',
    ]) {
      const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
      expect(findPersonalData(line).length === 0).toBe(unit.startsWith('2025'));
    }
    expect(performance.now() - started).toBeLessThan(15_000);
  });
});

describe('a date of birth however it is introduced', () => {
  it.each([
    ['DOB (12/03/1985)'],
    ["DOB: '12/03/1985'"],
    ['date of birth: 12 / 03 / 1985'],
    ["DOB: Mar 12 '85"],
    ['| Date of birth | 12/03/1985 |'],
    ['**Date of birth:** 12/03/1985'],
    ['Doğum tarihi: 12.03.1985'],
    ['data urodzenia: 12.03.1985'],
    ['Urodzona 12.03.1985'],
    ['تاريخ الميلاد: ١٢/٠٣/١٩٨٥'],
    ['Jan Kowalski (ur. 12 marca 1985 r.)'],
    ['ur. 12.III.1985'],
    ['urodzona 12 III 1985'],
    ['DOGUM TARIHI: 12 MAYIS 1985'],
    ['Ayşe, 12 Mart 1985 doğumlu'],
    ['12.03.1985 tarihinde doğdu'],
    ['مولودة في 12 آذار 1985'],
    ['DOB 12 3 85'],
    ['date of birth 1 12 85'],
    // Was born on, in Arabic: as "born on" in English, it is taken for a birth whoever it is said of
    // (the initiative was born on …), since it is the plainest way to write a person's.
    ['المبادرة ولدت في 12/03/2024 في ورشة عمل'],
    ['ولد في 12 مارس 1985'],
    ['ولدت في لندن يوم 12 مارس 1985'],
  ])('%s', (text) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(['date-of-birth']);
  });

  it.each([
    ['The forum met on 12/03/2025.'],
    ['reborn on 12/03/2025'],
    ['a stubborn 12/03/2025 deadline'],
    ['Our peer support offer, born in lockdown on 23 March 2020, still runs.'],
    ['The idea was born at the forum on 12 March 2024.'],
    ['المشروع بدأ في 12/03/2024 في ورشة عمل'],
    ['Forum: 12 Mart 2025, 14:00'],
    ['Spotkanie 12 marca 2025 r. w bibliotece'],
    ['Tour. 12.03.2025'],
    ['Our. 12 III 2025'],
    ['12 Mart 2025 tarihinde toplandık'],
    ['The 2025 doğum kampanyası'],
  ])('but not %s', (text) => {
    expect(findPersonalData(text, ALLOW)).toEqual([]);
  });
});

describe('a detail in a block of text in YAML', () => {
  it.each([['|'], ['>-']])('is reported once, at its own line, in a block written %s', (indicator) => {
    copy = copyFixture();
    copy.write(
      'partners/zz-org.yaml',
      `name: Zed Org\nkind: voluntary\ndescription: ${indicator}\n  We run groups.\n\n  Our office\n  is open.\n  Write to jo.bloggs@mail.example\n  any day.\n`,
    );
    const found = checkContent(copy.root, { today: '2026-12-01' }).problems.filter((p) =>
      p.file.endsWith('zz-org.yaml'),
    );
    expect(found.map((p) => [p.line, p.message.match(/looks like (.*?) \(/)?.[1]])).toEqual([[8, 'an email address']]);
  });
});

describe('an address with its @ spelt out', () => {
  it.each([
    ['jo (at) example (dot) org'],
    ['jo.bloggs[at]mail.example.co.uk'],
    ['write to jo { at } example.org'],
    ['jo (AT) example [DOT] org'],
    ['jo\u200b (at) example.org'],
  ])('%s is an address', (text) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(['email']);
  });
  it('is reported as written, brackets and all', () => {
    expect(findPersonalData('Email jo (at) example (dot) org today')).toEqual([
      { kind: 'email', text: 'jo (at) example (dot) org' },
    ]);
  });
  it.each([
    ['Come along (at) the hub, 2 till 4.'],
    ['Results [at] a glance'],
    ['Each dot (.) on the chart is a month.'],
    ['An NI number starts with two letters, like AT.'],
  ])('but not %s', (text) => {
    expect(findPersonalData(text, ALLOW)).toEqual([]);
  });
});

describe('an NI number without its last letter', () => {
  it.each([['NI: AB 12 34 56'], ['National Insurance AB 12 34 56.']])('%s is found', (text) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(['ni-number']);
  });
  it.each([['We met on 12 03 25 at the hub.'], ['Scores went up to 12 34 56 over the year.']])('but not %s', (text) => {
    expect(findPersonalData(text, ALLOW)).toEqual([]);
  });
});

describe('the reviewed marker', () => {
  // Each entry read as the check reads it, so each part's own parser finds its comments.
  const read = (file: string, text: string) => {
    const collection = file.split('/')[2]!;
    const { entry } = readEntry(tmpdir(), { collection, file, path: `/nowhere/${file}` }, {}, Buffer.from(text));
    if (!entry) throw new Error(`The test's entry could not be read: ${text}`);
    return entry;
  };
  const mdx = (line: string) => read('src/content/updates/u.mdx', `---\ntitle: A\n---\n${line}`);
  const md = (line: string) => read('src/content/inputs/i.md', `---\nsaid: A\n---\n${line}`);
  // A YAML file's comments are found in its text by YAML's lexer, even when the file is not valid.
  const yaml = (line: string) => ({ file: 'src/content/partners/p.yaml', bodyLine: 1, text: `name: A\n${line}` });
  it.each([
    ['an MDX comment ending a line of an .mdx body', mdx('Ring 0161 496 0000 {/* personal-data: reviewed */}'), 4],
    ['an HTML comment ending a line of a .md body', md('Ring 0161 496 0000 <!-- personal-data: reviewed -->'), 4],
    [
      'a YAML comment ending a line of front matter',
      read('src/content/updates/u.mdx', '---\ntitle: 0161 496 0000 # personal-data: reviewed\n---\nx'),
      2,
    ],
    ['a YAML comment ending a line of a YAML file', yaml('phone: 0161 496 0000 # personal-data: reviewed'), 2],
    ['a comment written without spaces or in capitals', mdx('Ring 0161 496 0000 {/*PERSONAL-DATA:REVIEWED*/}'), 4],
    [
      'a comment ending a later line of a paragraph',
      mdx('Intro\nRing 0161 496 0000 {/* personal-data: reviewed */}'),
      5,
    ],
    [
      'a comment ending a line of a table',
      md('| a | b |\n| - | - |\n| Ring | 0161 496 0000 | <!-- personal-data: reviewed -->'),
      6,
    ],
  ])('counts as %s', (_, entry, line) => {
    expect([...reviewedLinesOf(entry)]).toEqual([line]);
  });
  it.each([
    ['as words a reader sees', mdx('Ring 07700 900123 personal-data: reviewed')],
    ['before the detail, not ending the line', mdx('{/* personal-data: reviewed */} Ring 07700 900123')],
    ['inside a longer comment', mdx('Ring 07700 900123 {/* not personal-data: reviewed */}')],
    ['in a code span', mdx('Ring 07700 900123 `{/* personal-data: reviewed */}`')],
    [
      'as an MDX comment in a .md body, where it is words a reader sees',
      md('Ring 07700 900123 {/* personal-data: reviewed */}'),
    ],
    ['as a YAML comment in a body', mdx('Ring 07700 900123 # personal-data: reviewed')],
    ['inside a quoted YAML value, which is published', yaml('phone: "07700 900123 # personal-data: reviewed"')],
    ['as words in a YAML value', yaml('phone: 07700 900123 personal-data: reviewed')],
    ['inside a YAML block of text, where # is words', yaml('said: |\n  Call 07700 900123 # personal-data: reviewed')],
    ['escaped in an .mdx body', mdx('Ring 07700 900123 \\{/* personal-data: reviewed */}')],
    ['escaped in a .md body', md('Ring 07700 900123 \\<!-- personal-data: reviewed -->')],
    ['in an indented block of code in a .md body', md('    Ring 07700 900123 <!-- personal-data: reviewed -->')],
    ['in a fenced block of code in an .mdx body', mdx('```\nRing 07700 900123 {/* personal-data: reviewed */}\n```')],
    ['in a fenced block of code in a .md body', md('~~~\nRing 07700 900123 <!-- personal-data: reviewed -->\n~~~')],
    ['in a code span in a .md body', md('Ring 07700 900123 `<!-- personal-data: reviewed -->`')],
    [
      'beside a second comment in the same brackets',
      mdx('Ring 07700 900123 {/* personal-data: reviewed */ /* and more */}'),
    ],
    ['as a comment over two lines', md('Ring 07700 900123 <!-- personal-data:\nreviewed -->')],
  ])('does not count %s', (_, entry) => {
    expect([...reviewedLinesOf(entry)]).toEqual([]);
  });
});

describe('a file name that is not a web address and holds a detail', () => {
  it('is given a new name without the detail', () => {
    copy = copyFixture();
    copy.write('themes/Call Jo 07700 900123 Today.yaml', 'name: Call Jo\n');
    const messages = checkContent(copy.root).problems.map((p) => p.message);
    expect(messages).toHaveLength(2);
    expect(messages.some((m) => m.includes('Rename the file to `call-jo-today.yaml`'))).toBe(true);
    expect(messages.some((m) => m.startsWith('The file name has what looks like a UK phone number'))).toBe(true);
  });
});

describe('the folders a file is in', () => {
  it('are read like its name, and the report says to rename them', () => {
    copy = copyFixture();
    copy.write('commitments/jo.bloggs@mail.example/night-line-2.mdx', copy.read('commitments/night-line.mdx'));
    copy.write('commitments/07700-900123/night-line-3.mdx', copy.read('commitments/night-line.mdx'));
    const problems = checkContent(copy.root).problems.filter((p) => /looks like/.test(p.message));
    expect(problems.map((p) => [p.file, p.line])).toEqual([
      ['src/content/commitments/07700-900123/night-line-3.mdx', 1],
      ['src/content/commitments/jo.bloggs@mail.example/night-line-2.mdx', 1],
    ]);
    expect(problems[0]!.message).toContain('Rename the file (and any folder it is in) without it');
    expect(problems[0]!.message).not.toContain('end the line');
  });
});

// ---- Found by the fourth outside reading --------------------------------------------------
describe('details written after a word and a hyphen, straight after their label, or in a link', () => {
  it.each([
    ['Patient NHS-2914177763', 'nhs-number'],
    ['Patient nhs-291-417-7763', 'nhs-number'],
    ['NHS2914177763', 'nhs-number'],
    ['NHS/2914177763', 'nhs-number'],
    ['NHS_2914177763', 'nhs-number'],
    ['Tel-07700 900123', 'phone'],
    ['Mob-07700900123', 'phone'],
    ['tel07700900123', 'phone'],
    ['M07700900123', 'phone'],
    ['NI-AB123456C', 'ni-number'],
    ['NINo-AB 12 34 56 C', 'ni-number'],
    ['Home-LS1 4AP', 'postcode'],
    ['[on WhatsApp](https://wa.me/447700900123)', 'phone'],
    ['https://api.whatsapp.com/send?phone=447700900123', 'phone'],
    ['[Signal](https://signal.me/#p/+447700900123)', 'phone'],
    ['[map](https://www.google.com/maps/place/14+Larch+St,+Leeds+LS1+4AP/)', 'postcode'],
  ])('%s', (text, kind) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual([kind]);
  });
});

describe('details written with other separators or in mixed case', () => {
  it.each([
    ['0113/496 0000', 'phone'],
    ['07700/900123', 'phone'],
    ['07700\u2043900123', 'phone'],
    ['07700\u2e3a900123', 'phone'],
    ['07700\u301c900123', 'phone'],
    ['07700\u05be900123', 'phone'],
    ['07700\u0640900123', 'phone'],
    ['07700\uff65900123', 'phone'],
    ['291_417_7763', 'nhs-number'],
    ['AB.12.34.56.C', 'ni-number'],
    ['AB/12/34/56/C', 'ni-number'],
    ['Ls1 4ap', 'postcode'],
    ['Sw1a 1aa', 'postcode'],
    ['ls1 4AP', 'postcode'],
    ['LS1 - 4AP', 'postcode'],
  ])('%s', (text, kind) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual([kind]);
  });
});

describe('a date of birth in more of the ways people write one', () => {
  it.each([
    ['urodził się 12.03.1985 r.'],
    ['urodzona dnia 12.03.1985'],
    ['DOB 19850312'],
    ['DOB 12031985'],
    ['DOB12/03/1985'],
    ['D/O/B 12/03/1985'],
    ['Birth: 12/03/1985'],
    ['Born 12_03_1985'],
    ['Born 12\\03\\1985'],
    ['تاريخ الولادة 1985-03-12'],
    ['تاريخ الميلاد ١٢ آذار ١٩٨٥'],
    ['12.03.1985 doğumlu'],
    ['born on Tue 12/03/1985'],
    ['born on 12 March of 1985'],
  ])('%s', (text) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(['date-of-birth']);
  });
});

describe('ordinary writing that stays clear', () => {
  it.each([
    ['Attendance at the last five forums: 32, 17, 18, 34, 28.'],
    ['Ratings 3.2, 1.7, 1.8, 3.4, 2.8 out of 5.'],
    ['الحضور في آخر خمسة منتديات: 32، 17، 18، 34، 28.'],
    ["Calls: 1'234'567'881."],
    ['Weeks 123 - 456 - 7881.'],
    ['Purchase order PO-1234567881 was raised.'],
    ['Buy the book: https://www.amazon.co.uk/dp/0306406152'],
    ['Book at https://www.eventbrite.co.uk/e/wrenfold-forum-tickets-1234567881 now.'],
    ['The 10 AM 12 15 18 June sessions are full.'],
    ['Grid reference SE 12 34 56 for the walk.'],
    ['Invoice 1500000000 was paid.'],
    ['1,234,567,890 people'],
    ['The scale 0/1/2/3/4/5/6/7/8/9/10'],
    ['01/04/2025 10:30'],
    ['Meet 07/10/2025 at 14:00'],
    ['Birth and beyond group met 12/03/2025'],
    ['Pages 0161/0162'],
    ['ISBN-0140449132'],
    ['crisis-cafe-2026-06-29'],
    ['version-1.2.3'],
    ['COVID-19 response'],
    ['A4 2pp leaflets'],
    ['B2 4th floor'],
  ])('%s', (text) => {
    expect(findPersonalData(text, ALLOW)).toEqual([]);
  });
});

describe('an address written with an escape', () => {
  it.each([
    ['a character reference', '&#64;'],
    ['a backslash', '\\@'],
  ])('before its @ (%s) is reported once, at its own line', (_, at) => {
    copy = copyFixture();
    copy.edit('commitments/night-line.mdx', 'Body.', `Intro.\n\nEmail jo.bloggs${at}mail.example today.`);
    expect(checkContent(copy.root).problems.map((p) => [p.file, p.line])).toEqual([
      ['src/content/commitments/night-line.mdx', 14],
    ]);
  });
});

describe('a phone number as the UK numbering plan gives them', () => {
  it.each([
    ['an eleven-digit mobile', 'Ring 07700 900123', ['phone']],
    ['a ten-digit number in a small area', 'Ring 016977 4123', ['phone']],
    ['a ten-digit freephone number, which is a service’s', 'Ring 0800 123 456', []],
    ['a time range from 8 and a day', 'Drop-in 0800–1000 10 May.', []],
    ['a number typed with the letter O', 'Ring O7700 900123', ['phone']],
    ['a time range and a day', 'Drop-in 0930–1130 14 March.', []],
    ['an ISBN-10 without its label', 'Read 0306406152 first.', []],
    ['a mobile missing a digit', 'Ring 07700 90012', []],
  ])('%s', (_, text, kinds) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(kinds);
  });
  it('ten digits from 02, 03, 07 or 09 are never called a phone number', () => {
    fc.assert(
      fc.property(pick('2', '3', '7', '9'), digitsOf(8), (second, rest) =>
        findPersonalData(`Number 0${second}${rest.slice(0, 3)} ${rest.slice(3)}`, ALLOW).every(
          (f) => f.kind !== 'phone',
        ),
      ),
    );
  });
});

describe('a label that says what a number is', () => {
  it.each([['Meeting ID: 943 476 5919'], ['Zoom meeting ID 9434765919'], ['Webinar ID #943 476 5919']])(
    '%s is not an NHS number',
    (text) => {
      expect(findPersonalData(text, ALLOW)).toEqual([]);
    },
  );
  it.each([['NHS 943 476 5919'], ['Meeting on 943 476 5919'], ['Meeting ID 1234, NHS number 943 476 5919']])(
    '%s still is',
    (text) => {
      expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(['nhs-number']);
    },
  );
});

describe('an address with at and dot written as words', () => {
  it.each([
    ['Write to jo at example dot org please.', 'jo at example dot org'],
    ['Email jo.bloggs at mail dot co dot uk', 'jo.bloggs at mail dot co dot uk'],
    ['jo at example d\u043et org', 'jo at example d\u043et org'],
  ])('%s is found', (text, found) => {
    expect(findPersonalData(text, ALLOW)).toEqual([{ kind: 'email', text: found }]);
  });
  it.each([
    ['We looked at the options dot by dot.'],
    ['Look at this dot point.'],
    ['Meet at the hub, dot com era over.'],
  ])('but not %s', (text) => {
    expect(findPersonalData(text, ALLOW)).toEqual([]);
  });
});

describe('a date of birth with the place between', () => {
  it.each([['She was born in Leeds on 12 March 1985.'], ['born in Newcastle upon Tyne on 12/03/1985']])(
    '%s',
    (text) => {
      expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(['date-of-birth']);
    },
  );
  it('but not a year and then a date', () => {
    expect(findPersonalData('The forum was born in 2019 and on 12/03/2020 it met.', ALLOW)).toEqual([]);
  });
});

describe('a detail in a block of code', () => {
  it.each([
    ['a fenced block', 'Intro.\n\n```\nLine\nCall 07700 900123\n```\n\nEnd.'],
    ['a block fenced with tildes', 'Intro.\n\n~~~text\nCall 07700 900123\n~~~'],
    ['an indented block', 'Intro.\n\n    Line\n    Call 07700 900123\n\nEnd.'],
    ['a fenced block in a list', 'Intro.\n\n- item\n\n  ```\n  Call 07700 900123\n  ```'],
  ])('is reported once, at its own line, in %s', (_, body) => {
    copy = copyFixture();
    copy.edit('commitments/night-line.mdx', 'Body.', body);
    const line =
      copy
        .read('commitments/night-line.mdx')
        .split('\n')
        .findIndex((l) => l.includes('Call 07700')) + 1;
    expect(checkContent(copy.root).problems.map((p) => [p.file, p.line])).toEqual([
      ['src/content/commitments/night-line.mdx', line],
    ]);
  });
  it('is reported once, at its own line, in a .md file', () => {
    copy = copyFixture();
    const before = copy.read('inputs/nm-2024-1.md');
    copy.write('inputs/nm-2024-1.md', `${before}\nIntro.\n\n\`\`\`\nCall 07700 900123\n\`\`\`\n`);
    const line = copy.read('inputs/nm-2024-1.md').split('\n').indexOf('Call 07700 900123') + 1;
    expect(checkContent(copy.root).problems.map((p) => [p.file, p.line])).toEqual([
      ['src/content/inputs/nm-2024-1.md', line],
    ]);
  });
});

describe('found by a sixth outside reading', () => {
  it.each([
    ['two numbers joined by a slash', 'Tel: 0113 496 0123/07700 900123', ['phone', 'phone']],
    ['a number and the last digit of the next', 'Call Jo on 07700 900123/4', ['phone']],
    ['a number and a word after a slash', 'Text or call: 07700 900123/WhatsApp', ['phone']],
    ['an NHS number before a slash', 'NHS no 943 476 5919/', ['nhs-number']],
    ['the UK code in brackets', 'M: (+44) 7700 900123', ['phone']],
    ['the UK code with a space', 'Mobile + 44 7700 900123', ['phone']],
    ['the area code in brackets after the UK code', 'Tel +44 (7700) 900 123', ['phone']],
    ['a Telegram link to a number', '[Message Jo](https://t.me/+447700900123)', ['phone']],
    ['a WhatsApp link to a number from its 0', '[WhatsApp Jo](https://wa.me/07700900123)', ['phone']],
    ['an address with spaces round its @', 'Email jo.bloggs @ gmail.com', ['email']],
    ['an NI number after its label, without its letter or spaces', 'NI number JG103754', ['ni-number']],
    ['an NHS number after its label with a digit wrong', 'NHS number 943 476 5918', ['nhs-number']],
    ['a birth named after its date', '12/03/1985 – date of birth', ['date-of-birth']],
    ['a birth as a field from an export', 'birth_date=1985-03-12', ['date-of-birth']],
    ['a birth as a database field', 'dob=19850312', ['date-of-birth']],
    ['a birthday written short', "B'day 12/03/1985", ['date-of-birth']],
    ['her date of birth, in Arabic', 'تاريخ ميلادها 12/03/1985', ['date-of-birth']],
    ['place and date of birth, in Polish', 'Miejsce i data urodzenia: Leeds, 12.03.1985', ['date-of-birth']],
    ['a page on a social network', 'Follow us on [TikTok](https://www.tiktok.com/@wrenfold.council).', []],
    ['a Mastodon handle', 'Follow us on Mastodon: @wrenfoldvoices@mastodon.social', []],
    ['a word, an @ and a site', 'Follow us @ twitter.com/wrenfold', []],
    ['a freedom of information request', 'FOI request 2025000014 was answered in 12 working days.', []],
    [
      'a reference in a link’s query',
      '[Papers](https://democracy.example.gov.uk/mgIssueHistoryHome.aspx?IId=2025000014)',
      [],
    ],
    ['an order number', 'Eventbrite order #1234567814', []],
    ['a party on a day', 'The 12/03/2025 birthday party of the café', []],
  ])('%s', (_, text, kinds) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(kinds);
  });
});

describe('the postcode of a public place', () => {
  it('in a group’s nextMeetingAddress is the place’s, and allowed', () => {
    copy = copyFixture();
    copy.edit(
      'groups/open-forum.yaml',
      'description: Anyone can come.',
      'description: Anyone can come.\nnextMeeting: 2026-12-08\nnextMeetingAddress: 12 High Street, Leeds LS1 4AP',
    );
    expect(checkContent(copy.root, { today: '2026-12-01' }).problems).toEqual([]);
  });
  it('in the partnership’s own address is allowed, in site.yaml and in content', () => {
    copy = copyFixture();
    copy.edit(
      'site.yaml',
      'exampleContent: false',
      'exampleContent: false\naddress:\n  - 1 Park Row\n  - Leeds LS1 5AB',
    );
    copy.edit('commitments/night-line.mdx', 'Body.', 'Write to us at 1 Park Row, Leeds LS1 5AB.');
    expect(checkContent(copy.root).problems).toEqual([]);
  });
  it('on the allowedPostcodes list is allowed however it is written, and no other is', () => {
    copy = copyFixture();
    copy.edit('site.yaml', 'exampleContent: false', 'exampleContent: false\nallowedPostcodes:\n  - WF1 2AB');
    copy.edit('commitments/night-line.mdx', 'Body.', 'We meet at wf12ab.\n\nJo lives at LS1 4AP.');
    const problems = checkContent(copy.root).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('a full postcode (LS• •AP)');
    expect(problems[0]!.message).toContain('add it to `allowedPostcodes` in site.yaml');
  });
  it('is still a person’s anywhere else in a group’s file', () => {
    copy = copyFixture();
    copy.edit('groups/open-forum.yaml', 'description: Anyone can come.', 'description: Jo lives at LS1 4AP.');
    expect(checkContent(copy.root).problems.map((p) => p.line)).toEqual([3]);
  });
});

describe('a whole domain on allowedEmails', () => {
  const allowing = (...lines: string[]) => {
    copy = copyFixture();
    copy.edit(
      'site.yaml',
      'exampleContent: false',
      `exampleContent: false\nallowedEmails:\n${lines.map((l) => `  - "${l}"`).join('\n')}`,
    );
  };
  it('is refused when it is a mail service anyone can have an address at, naming its line and item', () => {
    allowing('info@northmoor.example', '@gmail.com');
    const problems = checkContent(copy!.root).problems;
    expect(problems).toEqual([
      {
        file: 'src/content/site.yaml',
        line: expect.any(Number),
        field: 'allowedEmails › item 2',
        message:
          '`@gmail.com` would let every address at gmail.com through the personal-data check, but gmail.com is an email service where many people have their own address, so a person’s address could then be published without anyone noticing. List the organisation’s published addresses there one by one instead, each written out whole.',
      },
    ]);
    const siteLines = copy!.read('site.yaml').split('\n');
    expect(siteLines[problems[0]!.line - 1]).toContain('@gmail.com');
  });
  it('is refused however it is written: capitals, a look-alike letter, a final dot, NHSmail', () => {
    allowing('@GMAIL.COM', '@gm\u0430il.com', '@hotmail.co.uk.', '@nhs.net');
    expect(checkContent(copy!.root).problems.map((p) => [p.field, p.message.slice(0, 60)])).toEqual([
      ['allowedEmails › item 1', '`@GMAIL.COM` would let every address at GMAIL.COM through th'],
      ['allowedEmails › item 2', '`@gm\u0430il.com` would let every address at gm\u0430il.com through th'],
      ['allowedEmails › item 3', '`@hotmail.co.uk.` would let every address at hotmail.co.uk t'],
      ['allowedEmails › item 4', '`@nhs.net` would let every address at nhs.net through the pe'],
    ]);
  });
  it('allows nobody’s address at that service meanwhile, so the content’s addresses are reported too', () => {
    allowing('@gmail.com');
    copy!.edit('commitments/night-line.mdx', 'Body.', 'Write to jo.bloggs@gmail.com.');
    const problems = checkContent(copy!.root).problems;
    expect(problems.map((p) => p.file)).toEqual(['src/content/commitments/night-line.mdx', 'src/content/site.yaml']);
    expect(problems[0]!.message).toContain('an email address (j•');
  });
  it('is allowed when it is an organisation’s own domain, and one address at a mail service is allowed', () => {
    allowing('@northmoor-council.example', '@wrenfold.nhs.uk', 'northmoor.forum@gmail.com');
    copy!.edit(
      'commitments/night-line.mdx',
      'Body.',
      'Write to any of us at jo@northmoor-council.example, the trust at ward@wrenfold.nhs.uk or the forum at northmoor.forum@gmail.com.',
    );
    expect(checkContent(copy!.root).problems).toEqual([]);
  });
  it('is refused with a `*`, which would allow nothing, saying how to allow a whole domain', () => {
    allowing('*@northmoor-council.example', '@*.nhs.uk', 'team@northmoor.example');
    const problems = checkContent(copy!.root).problems;
    expect(problems.map((p) => [p.field, p.line])).toEqual([
      ['allowedEmails › item 1', 7],
      ['allowedEmails › item 2', 8],
    ]);
    for (const p of problems) {
      expect(p.message).toContain('has a `*`, which is not a wildcard here, so it would allow no address at all');
      expect(p.message).toContain('write the domain alone after an @, like @example.org');
    }
    expect(copy!.read('site.yaml').split('\n')[6]).toContain('*@northmoor-council.example');
  });
  it('is refused with a `*` anywhere in it, and never without one', () => {
    const item = siteSchema.shape.allowedEmails.unwrap().element;
    const part = fc.stringMatching(/^[a-z0-9.*-]{1,12}$/);
    fc.assert(
      fc.property(fc.option(part, { nil: '' }), part, pick('org', 'co.uk', 'nhs.uk'), (local, domain, ending) => {
        const written = `${local}@${domain}.${ending}`;
        // Written without its stars, every one of these is allowed: only a star is refused.
        expect(item.safeParse(written.replaceAll('*', 'x')).success).toBe(true);
        expect(item.safeParse(written).success).toBe(!written.includes('*'));
      }),
      { numRuns: 500 },
    );
  });
  it('is refused for every domain on the mail-service list, and one address there is not', () => {
    const services = fc.constantFrom(...(providers as string[]));
    const casing = fc.array(fc.boolean(), { minLength: 64, maxLength: 64 });
    fc.assert(
      fc.property(services, casing, (domain, upper) => {
        const written = `@${[...domain].map((c, i) => (upper[i % 64] ? c.toUpperCase() : c)).join('')}`;
        expect(mailServiceOf(written)).toBe(written.slice(1));
        expect(mailServiceOf(`info${written}`)).toBeUndefined();
        expect(allowListOf({ allowedEmails: [written] }).emails).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a date of birth in a table’s column', () => {
  const rows = (text: string) => tableBirthDates(text.split('\n'), ALLOW).map((r) => [r.line, r.finding.kind]);
  it('is found in each row of a Markdown table under a birth heading, and reported at its row', () => {
    copy = copyFixture();
    copy.edit(
      'commitments/night-line.mdx',
      'Body.',
      'Who came:\n\n| Name | Date of birth |\n| --- | :---: |\n| Jo | 12/03/1985 |\n| Sam | 3 April 1990 |\n\nThanks to all.',
    );
    const problems = checkContent(copy.root).problems;
    const bodyLine = copy
      .read('commitments/night-line.mdx')
      .split('\n')
      .findIndex((l) => l.startsWith('| Jo'));
    expect(problems.map((p) => [p.line, p.message.slice(0, 55)])).toEqual([
      [bodyLine + 1, 'This table row has what looks like a date of birth (Da•'],
      [bodyLine + 2, 'This table row has what looks like a date of birth (Da•'],
    ]);
  });
  it.each([
    [
      'pasted with a blank line between rows',
      'Name, DOB\n\nJo, 12/03/1985\n\nSam, 04/07/1990',
      [
        [3, 'date-of-birth'],
        [5, 'date-of-birth'],
      ],
    ],
    ['without outer pipes, under DOB', 'Name | DOB\n--- | ---\nJo | 12/03/1985', [[3, 'date-of-birth']]],
    [
      'pasted from a spreadsheet with commas',
      'name,dob,area\nJo,12/03/1985,North\nSam,1990-04-03,South',
      [
        [2, 'date-of-birth'],
        [3, 'date-of-birth'],
      ],
    ],
    ['with semicolons, in Turkish', 'Ad;Doğum tarihi\nJo;12.03.1985', [[2, 'date-of-birth']]],
    ['with tabs, under Birthday', 'Name\tBirthday\nJo\t12/03/1985', [[2, 'date-of-birth']]],
    ['in Polish', '| Imię | Data urodzenia |\n|---|---|\n| Jo | 12 marca 1985 |', [[3, 'date-of-birth']]],
    ['in a column that is not the last', '| DOB | Name |\n|-|-|\n| 12/03/1985 | Jo |', [[3, 'date-of-birth']]],
  ])('is found %s', (_, text, expected) => {
    expect(rows(text)).toEqual(expected);
  });
  it.each([
    ['a table of meetings and their dates', '| Meeting | Date |\n| --- | --- |\n| Forum | 12/03/2025 |'],
    ['a birth heading over cells with no date', '| Name | Date of birth |\n| --- | --- |\n| Jo | not given |'],
    [
      'prose with commas about dates of birth',
      'We asked for name, date of birth and address.\nThen we met, on 12 March 2025.',
    ],
    ['prose with commas after a birth word', 'Ideas born here, tested there\nthen shared, 12/03/2025'],
    ['a table that has ended', '| Name | DOB |\n| --- | --- |\n| Jo | withheld |\n\nWe met on 12/03/2025.'],
    ['rows of another shape under a spreadsheet heading', 'name,dob\nWe met, then, on 12/03/2025'],
  ])('is not taken from %s', (_, text) => {
    expect(rows(text)).toEqual([]);
  });
  it('finds every row under a birth heading in generated tables, and none under other headings', () => {
    const heading = pick('Date of birth', 'DOB', 'D.O.B.', 'Birthday', 'Born', 'Doğum tarihi', 'Data urodzenia');
    const other = pick('Name', 'Area', 'Meeting', 'Date', 'Role', 'Joined');
    const dateCell = fc
      .tuple(day, month, year, pick('num', 'long', 'iso'))
      .map(([d, m, y, style]) =>
        style === 'num'
          ? `${d}/${m}/${y}`
          : style === 'long'
            ? `${d} ${MONTHS[m - 1]} ${y}`
            : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
      );
    fc.assert(
      fc.property(
        fc.array(other, { minLength: 1, maxLength: 3 }),
        heading,
        fc.nat(3),
        fc.array(dateCell, { minLength: 1, maxLength: 4 }),
        pick('markdown', ',', ';', '\t'),
        (others, birth, at, dates, form) => {
          const place = at % (others.length + 1);
          const headings = [...others.slice(0, place), birth, ...others.slice(place)];
          const row = (cells: string[]) => (form === 'markdown' ? `| ${cells.join(' | ')} |` : cells.join(form));
          const body = dates.map((d) => row(headings.map((h, c) => (c === place ? d : `x${c}`))));
          const lines = [row(headings), ...(form === 'markdown' ? [row(headings.map(() => '---'))] : []), ...body];
          const first = form === 'markdown' ? 3 : 2;
          expect(rows(lines.join('\n'))).toEqual(dates.map((_, k) => [first + k, 'date-of-birth']));
          // The same table under an ordinary heading holds only dates.
          lines[0] = row(headings.map((h, c) => (c === place ? 'Date' : h)));
          expect(rows(lines.join('\n'))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('an address typed in haste', () => {
  it.each([
    ['a mail service without its ending', 'Email jo.bloggs@gmail about it', ['email']],
    ['a mail service without its ending, at the end of a sentence', 'Write to jo@hotmail.', ['email']],
    ['a comma for the dot before the ending', 'Email jo.bloggs@gmail,com', ['email']],
    ['a comma for the dot, at an organisation', 'Email jo@wrenfold,org, please', ['email']],
    ['a handle at a service, not an address', 'Follow @gmail and @outlook for news', []],
    ['a Mastodon handle on a server named like a service', 'We are @wrenfold@gmailer', []],
    ['a word an @ and a word that are no service', 'Join us@live on Friday', []],
    ['a reference in brackets with et al.', 'As Smith (et al.) found in 2020 (see p. 12)', []],
    [
      'a list with commas after an organisation’s address',
      'Write to team@northmoor.example, community groups and partners',
      [],
    ],
  ])('%s', (_, text, kinds) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(kinds);
  });
});

describe('a detail written as a link writes it', () => {
  it.each([
    ['a phone link with its plus encoded', '[Call Jo](tel:%2B447700900123)', ['phone']],
    ['a phone link with its spaces encoded', '[Call Jo](tel:07700%20900123)', ['phone']],
    ['a Viber link', 'viber://chat?number=%2B447700900123', ['phone']],
    ['a mail link with its @ encoded', '[Email Jo](mailto:jo.bloggs%40example.org)', ['email']],
    ['a map search for a home', '[Map](https://maps.example/?q=LS1%204AP)', ['postcode']],
    ['a file name with spaces encoded', '[Report](/uploads/annual%20report%202025.pdf)', []],
    ['a share of people', '50% of 2023 people came back', []],
  ])('%s', (_, text, kinds) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(kinds);
  });
  it('is found for every planted phone number and address with its marks encoded', () => {
    const encode = (detail: string) =>
      detail.replace(/[+ @.()-]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    fc.assert(
      fc.property(fc.oneof(phone, email), pick('tel:', 'mailto:', 'https://wa.me/', 'sms:'), (detail, scheme) => {
        expect(findPersonalData(`[Contact](${scheme}${encode(detail)})`).length).toBeGreaterThan(0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('b. for born', () => {
  it.each([
    ['in brackets after a name', 'Jo Bloggs (b. 12/03/1985) spoke first.', ['date-of-birth']],
    // After a comma, b. letters a list as often (a. 3 June 2026, b. 10 June 2026), and B. is an initial.
    ['not after a comma, where it letters a list', 'a. 3 June 2026, b. 10 June 2026', []],
    ['not as an initial', 'Minutes taken by Patel, B. 12/03/2026', []],
    ['d. for doğum in Turkish, in brackets', 'Ayşe (d. 12.03.1985) konuştu.', ['date-of-birth']],
    ['as the second item of a list, at a line’s start', 'b. 12/03/2025: the forum met', []],
    ['after the first item of a list on one line', 'a. the plan b. 12/03/2025 meeting', []],
    ['with a year alone', 'Jo Bloggs (b. 1985)', []],
  ])('%s', (_, text, kinds) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(kinds);
  });
});

describe('found by a seventh outside reading', () => {
  it.each([
    ['a phone number after the word order', 'Order 07700 900123', ['phone']],
    ['a phone number after the word ticket, with the UK code', 'Ticket +44 7700 900123', ['phone']],
    ['a phone number after a meeting’s ID', 'Meeting ID: 07700 900123', ['phone']],
    ['a phone number after ISBN that is no ISBN', 'ISBN 07700900123', ['phone']],
    ['the UK code with the 0 kept', 'Jo: +44 07700 900123', ['phone']],
    ['the UK code in brackets with the 0 kept', 'Jo: (+44) 07700 900123', ['phone']],
    ['the UK code and the 0 run together', 'Jo: +4407700900123', ['phone']],
    ['a mobile after 44 without its plus', 'WhatsApp: 447700900123', ['phone']],
    ['a mobile after 44 and (0)', 'Jo: 44 (0) 7700 900123', ['phone']],
    ['Arabic for was born on', 'ولد في 12 مارس 1985', ['date-of-birth']],
    ['Arabic for was born on, with a date in its own digits', 'وُلِدَ في ١٢ آذار ١٩٨٥', ['date-of-birth']],
    ['Arabic for was born in a place on', 'ولدت في لندن يوم 12 مارس 1985', ['date-of-birth']],
    ['Arabic for born, dated', 'المولود بتاريخ 12-03-1985', ['date-of-birth']],
    ['Arabic for birth as a label', 'الميلاد: 12/03/1985', ['date-of-birth']],
    ['Arabic for place and date of birth', 'محل وتاريخ الميلاد: القاهرة 12/03/1985', ['date-of-birth']],
    ['Arabic for his birthday', 'عيد ميلاده 12 مارس 1985', ['date-of-birth']],
    ['a date of birth given as', 'The member gave her date of birth as 12 March 1985', ['date-of-birth']],
    ['dates of birth', 'DOBs: 12/03/1985 and 01/01/1990', ['date-of-birth']],
    ['Turkish place and date of birth with a slash', 'Doğum yeri/tarihi: Ankara/12.03.1985', ['date-of-birth']],
    ['Turkish date and place of birth', 'Doğum tarihi ve yeri: 12.03.1985, Ankara', ['date-of-birth']],
    ['Turkish D. Tarihi', 'D. Tarihi: 12.03.1985', ['date-of-birth']],
    ['Turkish birthday', 'doğum günü 12 Mart 1985', ['date-of-birth']],
    ['Polish born in a place', 'urodziła się w Krakowie 12 marca 1985 r.', ['date-of-birth']],
    ['Polish date and place of birth', 'data i miejsce urodzenia: 12.03.1985 Kraków', ['date-of-birth']],
    ['Polish born, either form', 'urodzony/a: 12-03-1985', ['date-of-birth']],
    ['Polish data ur without its dot', 'data ur 12.03.85', ['date-of-birth']],
    ['an ISBN-10 from a 0', 'ISBN 0306406152', []],
    ['a case reference', 'Case ref 4505577104 (complaints team).', []],
    ['a purchase order number', 'PO number 4010232137.', []],
    ['a booking reference', 'Booking reference 4505577104.', []],
    ['a survey’s ID', 'Survey ID 4505577104 (SurveyMonkey).', []],
    ['a project begun on a day, in Arabic', 'ولد المشروع في 12 مارس 2020', []],
    ['a meeting in a place, in Polish', 'Spotkanie w Leeds 12/03/2025', []],
    ['a figure in the hundreds of billions', 'Population 447,700,900,123', []],
    ['a date of birth with the month as a word between slashes', 'DOB: 12/Mar/1985', ['date-of-birth']],
    ['a date named born after it', '1985-03-12 (born)', ['date-of-birth']],
    ['born in a place, a comma and the date', 'Born in Leeds, 12th March 1985, Jo joined us.', ['date-of-birth']],
    ['an address in the path of a page', 'https://www.youtube.com/@jo@gmail.com', ['email']],
    ['born in a time, a comma and a date', 'Our line, born in lockdown, 23 March 2020, still runs.', []],
    ['a meeting with the month as a word between slashes', 'The forum met 12/Mar/2025.', []],
  ])('%s', (_, text, kinds) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(kinds);
  });
});

describe('an address half spelt out', () => {
  it.each([
    ['at before a mail service, after a name asked for', 'Email jo at gmail.com', ['email']],
    ['at before NHSmail', 'jo.bloggs at nhs.net', ['email']],
    ['AT in capitals', 'jo.bloggs AT gmail.com', ['email']],
    ['a spaced @ before a mail service', 'Email jo @ gmail.com', ['email']],
    ['dot after the @', 'Email jo@gmail dot com', ['email']],
    ['Polish words without brackets', 'jan.kowalski małpa gmail kropka com', ['email']],
    ['Turkish words without brackets', 'ayse et gmail nokta com', ['email']],
    ['signing up at a mail service’s site', 'Sign up at outlook.com for a free address.', []],
    ['a page of a mail service’s site', 'Look at gmail.com/settings to change it.', []],
    ['a spaced @ before a site that is no mail service', 'Follow us @ twitter.com/wrenfold', []],
  ])('%s', (_, text, kinds) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(kinds);
  });
});

describe('a finding in YAML, and a detail other rules quote', () => {
  it('names the field a detail is in, in a YAML file and in front matter, and none in a body', () => {
    copy = copyFixture();
    copy.edit('groups/open-forum.yaml', 'description: Anyone can come.', 'description: Ask Jo on 07700 900123.');
    copy.edit('commitments/night-line.mdx', 'summary: Answer calls at night.', 'summary: Ring 07700 900123 at night.');
    copy.edit('commitments/night-line.mdx', 'Body.', 'Or ring Jo on 07700 900124.');
    const found = checkContent(copy.root).problems.map((p) => [p.file.split('/').pop(), p.line, p.field]);
    expect(found).toEqual([
      ['night-line.mdx', 3, 'summary'],
      ['night-line.mdx', 12, undefined],
      ['open-forum.yaml', 3, 'description'],
    ]);
  });
  it('names the item of a list a detail is in', () => {
    copy = copyFixture();
    copy.edit(
      'commitments/night-line.mdx',
      'aims:\n  - crisis',
      'aims:\n  - crisis\nmeasures:\n  - Calls\n  - Texts to 07700 900123',
    );
    const problems = checkContent(copy.root).problems;
    // The schema's own problem with the item quotes it masked, and names the same field.
    expect(problems.filter((p) => p.message.includes('07•••')).map((p) => [p.field, p.message.slice(0, 20)])).toEqual([
      ['measures › item 2', 'Item 2 of `measures`'],
      ['measures › item 2', 'This line has what l'],
    ]);
  });
  it('masks a detail another rule quotes, so the report never prints it in full', () => {
    copy = copyFixture();
    copy.edit(
      'partners/north-council.yaml',
      'website: https://council.northmoor.example',
      'website: jo.bloggs@gmail.com',
    );
    const problems = checkContent(copy.root).problems;
    expect(problems.length).toBeGreaterThanOrEqual(2);
    expect(problems.some((p) => p.field === 'website' && !p.message.includes('looks like'))).toBe(true);
    for (const p of problems) expect(`${p.field} ${p.message}`).not.toContain('jo.bloggs@gmail.com');
    expect(problems.map((p) => p.message).join('\n')).toContain('you wrote `j•.••••••@•••••.•om`');
  });
});

describe('the reviewed marker and a detail over two lines', () => {
  const body = (text: string) => {
    copy = copyFixture();
    copy.edit('commitments/night-line.mdx', 'Body.', text);
    return checkContent(copy.root).problems.map((p) => p.message.slice(0, 40));
  };
  it('approves a detail that ends on its line', () => {
    expect(body('Ring the line on 0161\n496 0000 {/* personal-data: reviewed */}')).toEqual([]);
  });
  it('does not approve a detail that goes on past its line', () => {
    expect(body('Ring Jo on 07700 {/* personal-data: reviewed */}\n900123 at night.')).toEqual([
      'This text (lines 12 to 13, as readers wi',
    ]);
  });
  it('counts for nothing on a line with a break the file’s lines do not count', () => {
    for (const hidden of ['\u2028', '\u2029'])
      expect(body(`Ring Jo on 07700 900123${hidden}ok {/* personal-data: reviewed */}`)).toEqual([
        'This line has what looks like a UK phone',
      ]);
    // A next line, form feed or vertical tab is a control character, which a body may not hold at all.
    for (const hidden of ['\u0085', '\f', '\v'])
      expect(body(`Ring Jo on 07700 900123${hidden}ok {/* personal-data: reviewed */}`)).toEqual([
        'This line has a hidden character in it t',
        'This line has what looks like a UK phone',
      ]);
  });
});

describe('a README in the content folders and an uploaded file’s name', () => {
  it('finds a detail in a README, at its line, in any folder and any form of the name', () => {
    copy = copyFixture();
    copy.write('README.md', '# Notes\n\nAsk Jo on 07700 900123 for access.\n');
    copy.write('updates/readme.txt', 'Photos from Sam: sam.jones@gmail.com\n');
    copy.write('groups/README', 'Chair lives at LS6 2AB.\n');
    expect(checkContent(copy.root).problems.map((p) => [p.file, p.line, p.message.slice(0, 40)])).toEqual([
      ['src/content/groups/README', 1, 'This line has what looks like a full pos'],
      ['src/content/README.md', 3, 'This line has what looks like a UK phone'],
      ['src/content/updates/readme.txt', 1, 'This line has what looks like an email a'],
    ]);
  });
  it('lets a README note the partnership’s allowed details and approve a line with the marker', () => {
    copy = copyFixture();
    copy.write(
      'README.md',
      'Questions: team@northmoor.example.\n\nThe venue is 0161 496 0000 <!-- personal-data: reviewed -->\n',
    );
    expect(checkContent(copy.root).problems).toEqual([]);
  });
  it('finds a detail in an uploaded file’s name or its folder, which the site publishes as its address', () => {
    copy = copyFixture();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0, 0, 0, 0, 0]);
    for (const name of ['jo-07700900123.png', 'LS6 2AB/front.png', 'forum-2025.png']) {
      const path = join(copy.root, 'public', 'uploads', name);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, png);
    }
    expect(checkContent(copy.root).problems.map((p) => [p.file, p.message.slice(0, 40)])).toEqual([
      ['public/uploads/jo-07700900123.png', 'The file name has what looks like a UK p'],
      ['public/uploads/LS6 2AB/front.png', 'The file name has what looks like a full'],
    ]);
  });
});

describe('a postcode typed with O and 0 swapped', () => {
  it.each([
    ['a zero for the O of SO', 'Jo lives at S017 1BJ.', ['postcode']],
    ['a zero for the O of PO', 'Flat 2, P01 3AB', ['postcode']],
    ['a letter O for the inward code’s zero', 'London W1A OAX', ['postcode']],
    ['a room with a letter and a word after it', 'Room B2 OAK panelling', []],
  ])('%s', (_, text, kinds) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(kinds);
  });
  it('is allowed when the postcode it stands for is', () => {
    expect(findPersonalData('Meet at SO17 1BJ or S017 1BJ', { ...ALLOW, postcodes: ['SO17 1BJ'] })).toEqual([]);
    expect(findPersonalData('Meet at W1A 0AX or W1A OAX', { ...ALLOW, postcodes: ['W1A OAX'] })).toEqual([]);
  });
});

describe('a Mastodon handle in a body', () => {
  it('is published as the handle it is, not as a mail link, and is not taken for an address', () => {
    copy = copyFixture();
    copy.edit('commitments/night-line.mdx', 'Body.', 'Follow us on Mastodon: @wrenfold@mastodon.social');
    const checked = checkContent(copy.root);
    expect(checked.problems).toEqual([]);
    const html = checked.commitments.find((c) => c.raw.id === 'night-line')!.raw.rendered!.html;
    expect(html).toContain('@wrenfold@mastodon.social');
    expect(html).not.toContain('mailto:');
  });
  it('leaves an address written on its own a mail link, and still an address', () => {
    copy = copyFixture();
    copy.edit('commitments/night-line.mdx', 'Body.', 'Write to jo.bloggs@mastodon.social');
    expect(checkContent(copy.root).problems.map((p) => p.message.slice(0, 40))).toEqual([
      'This line has what looks like an email a',
    ]);
  });
});

describe('a birth’s label and its date in two paragraphs', () => {
  const body = (text: string) => {
    copy = copyFixture();
    copy.edit('commitments/night-line.mdx', 'Body.', text);
    return checkContent(copy.root).problems.map((p) => p.message.slice(0, 45));
  };
  it('is read together', () => {
    expect(body('Date of birth:\n\n12/03/1985')).toEqual(['This text (lines 12 and 14, read together) ha']);
  });
  it('is not read together when the paragraph after is not the date', () => {
    expect(body('We talked about dates of birth on forms.\n\n12/03/2025 was the next meeting.')).toEqual([]);
  });
  it('is approved by the marker on the date’s line', () => {
    expect(body('Born:\n\n12 March 1948 {/* personal-data: reviewed */}')).toEqual([]);
  });
});

describe('a birth said of a thing', () => {
  it.each([
    ['a partnership', 'Our partnership was born on 1 April 2019.', []],
    ['the NHS', 'The NHS was born on 5 July 1948.', []],
    ['a café’s first birthday', 'The café celebrated its first birthday on 12 March 2026.', []],
    ['a forum’s tenth birthday', 'The forum’s 10th birthday is on 12 March 2026.', []],
    ['the NHS’s birthday', 'Celebrating the NHS’s birthday on 5 July 2026.', []],
    ['a person who runs a service', 'Jo, who runs the service, was born on 12 March 1985.', ['date-of-birth']],
    ['a member of a forum', 'Our forum member Jo was born on 12/03/1985.', ['date-of-birth']],
    ['a label that is never said of a thing', 'The group DOB: 12/03/1985', ['date-of-birth']],
  ])('%s', (_, text, kinds) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(kinds);
  });
});

describe('found by an eighth outside reading', () => {
  it.each([
    ['an address at a mail service after an email label and a name', 'Email Jo at gmail.com', ['email']],
    ['at before a mail service’s name alone', 'jo.bloggs at gmail', ['email']],
    ['małpa before a domain with dots', 'jan.kowalski małpa wp.pl', ['email']],
    ['a handle whose server is a mail service', 'Find me: @jo.bloggs@gmail.com', ['email']],
    ['a postcode with its inward code in small letters', 'Jo lives at LS6 2ab.', ['postcode']],
    ['Welsh: she was born, with cafodd', 'Cafodd hi ei geni ar 12 Mawrth 1985', ['date-of-birth']],
    ['Welsh: born in a place', 'Ganwyd yng Nghaerdydd ar 12 Mawrth 1985', ['date-of-birth']],
    ['Welsh: an ordinal and a mutated month', 'Ganwyd ar y 12fed o Fawrth 1985', ['date-of-birth']],
    ['born at a hospital on a day', 'Jo was born at Leeds General Infirmary on 12 March 1985.', ['date-of-birth']],
    ['born at an hour on a day', 'Jo was born at 3am on 12 March 1985.', ['date-of-birth']],
    ['a date named her date of birth after it', '12/03/1985 (her date of birth)', ['date-of-birth']],
    ['Turkish: the date, the place and born', "12.03.1985 tarihinde Ankara'da doğdu", ['date-of-birth']],
    ['Polish: ur. dn.', 'ur. dn. 12.03.1985', ['date-of-birth']],
    ['Polish: came into the world', 'przyszła na świat 12 marca 1985', ['date-of-birth']],
    ['Arabic: of those born in a place', 'من مواليد لندن 12/03/1985', ['date-of-birth']],
    ['setting up an address at a mail service', 'You can set up a free email address at gmail.com.', []],
    ['making an account at a mail service', 'Make a new email account at gmail.com with us.', []],
    [
      'a shared calendar in a link',
      '[Calendar](https://calendar.google.com/calendar/embed?src=c_8f3a2b%40group.calendar.google.com)',
      [],
    ],
    ['babies born on a day, counted', 'Babies born on 12 March 2026: 4', []],
    [
      'Polish: born in a country, then a date of something else',
      'Urodziłem się w Polsce. Od 12.03.2020 mieszkam w Wrenfold.',
      [],
    ],
    ['a room and a word', 'We meet in room G1 one evening a month.', []],
    ['a paper size and pages', 'Print it A4 2pp.', []],
    ['a Welsh meeting on an ordinal day', 'Cyfarfod ar y 12fed o Fawrth 2025', []],
    ['a Welsh idea born at the forum', 'Ganwyd y syniad yn y fforwm ar 12 Mawrth 2025', []],
    ['Welsh: a name between born and on', 'Ganwyd Jo ar 12 Mawrth 1985.', ['date-of-birth']],
    ['Welsh: place and date of birth', 'Man a dyddiad geni: Caerdydd, 12/03/1985', ['date-of-birth']],
    [
      'a place with commas in it',
      'Jo was born in Leeds, West Yorkshire, England, on 12 March 1985.',
      ['date-of-birth'],
    ],
    ['b. in square brackets', 'Jo Bloggs [b. 12/03/1985]', ['date-of-birth']],
    ['Turkish: the date named after it', '12.03.1985 (doğum tarihi)', ['date-of-birth']],
    ['Polish: the date and r. named after it', '12.03.1985 r. (data urodzenia)', ['date-of-birth']],
    ['Arabic: the date named after it', '12/03/1985 (تاريخ الميلاد)', ['date-of-birth']],
    ['Polish: a place and w dniu', 'Jan urodził się w Krakowie w dniu 12 marca 1985 roku.', ['date-of-birth']],
    ['Arabic: a name between was born and on', 'ولد أحمد في 12 مارس 1985', ['date-of-birth']],
    ['Arabic: a name and a place', 'ولدت فاطمة في لندن يوم 12/03/1985', ['date-of-birth']],
    ['Polish: kropka after the @', 'Pisz na jan.kowalski@wp kropka pl', ['email']],
    ['Turkish: et before a mail service', 'E-posta: ayse.yilmaz et gmail.com', ['email']],
    ['a zero for the O of OX', 'Jo lives at 0X1 2JD.', ['postcode']],
    ['an order in a line naming an NHS number', 'Her NHS number, in order: 943 476 5919', ['nhs-number']],
    ['Arabic: a project born on a day', 'ولد المشروع في 12 مارس 2020', []],
    ['an order’s number alone', 'Order 943 476 5919 arrived.', []],
    ['a contract number', 'Contract number 9434765919 runs to 2027.', []],
    ['an application number', 'Application number 9434765919 was approved.', []],
    ['a property’s UPRN', 'UPRN 9434765919 is the library.', []],
    ['a Zoom meeting by its ID alone', 'Zoom: 943 476 5919', []],
    ['French et before a site', 'Je suis et gmail.com', []],
  ])('%s', (_, text, kinds) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(kinds);
  });
  it.each([['@op.pl'], ['@wales.nhs.uk'], ['@gmx.co.uk'], ['@yandex.com.tr'], ['@tutanota.com']])(
    'refuses the whole mail service %s on allowedEmails',
    (domain) => {
      expect(mailServiceOf(domain)).toBe(domain.slice(1));
    },
  );
  it('masks a detail quoted in an Easy Read warning and digits a rule lists', () => {
    const masked = withDetailsMasked(
      {
        file: 'src/content/updates/u.mdx',
        line: 3,
        severity: 'warning',
        message:
          'This Easy Read sentence has 23 words: “The café is open and you can call Jo on 07912 345678 any evening”. `heading` says 943476, 5919 where the original does not; you wrote `7912345678`.',
      },
      ALLOW,
    );
    expect(masked.message).not.toMatch(/07912 345678|943476|7912345678/);
    expect(masked.message).toContain('23 words');
  });
  it('masks a field that is a YAML key holding a detail', () => {
    copy = copyFixture();
    copy.write('themes/call.yaml', 'name: Calls\n"Jo 07700 900123": x\n');
    const problems = checkContent(copy.root).problems;
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(`${p.field} ${p.message}`).not.toContain('900123');
  });
});

describe('found by the ninth and tenth outside readings', () => {
  it.each([
    ['an address spaced against spam', 'Write to jo . bloggs @ gmail . com', ['email']],
    ['an address with its dots spaced only', 'Email jo.bloggs@gmail . com', ['email']],
    ['an @ typed twice', 'Email jo@@gmail.com', ['email']],
    ['at between hyphens', 'Contact jo-at-gmail.com', ['email']],
    ['at and dot between underscores', 'jo_at_wrenfold_dot_org', ['email']],
    ['a spaced hyphen after the UK code', 'Call +44 - 7912 - 345678', ['phone']],
    ['the UK code in brackets without its plus', 'Call (44) 7912 345678', ['phone']],
    ['a postcode straight after its label', 'PostcodeLS62AB', ['postcode']],
    ['born and a place without in', 'Jo Bloggs, born Leeds 12/03/1985', ['date-of-birth']],
    ['the year of a birth before its day', 'Jo was born in 1985 on 12 March.', ['date-of-birth']],
    ['Turkish: the year before the day', "1985 yılında 12 Mart'ta doğdu", ['date-of-birth']],
    ['Welsh: a name between date of birth and is', 'Dyddiad geni Jo yw 12/03/1985', ['date-of-birth']],
    ['initials before an action’s date', 'Action D.T.: 12.03.2024', []],
    ['Turkish: Doğ. Tar.', 'Doğ. Tar.: 12.03.1985', ['date-of-birth']],
    ['a sentence after an @ with a spaced word', 'Thanks to the team @ Wrenfold. Org chart below.', []],
    ['a spaced @ and a spaced dot in words', 'Follow us @ the hub . Come along.', []],
    ['a sentence ending after an address', 'Thanks. Jo said hello.', []],
    ['hyphenated words with at', 'A drop-in-at-the-hub session', []],
    ['a birthday party', 'Birthday Party 12/03/2026 at the café', []],
    ['a service born in a year', 'The service was born in 2020 on 12 March.', []],
    ['a count in brackets before a year', 'Responses (44) 20 11 2025', []],
    ['a postcode label before a plain word', 'postcodes12 were mapped', []],
    // Found by the ninth outside reading, and mended.
    ['an address in capitals spaced against spam', 'jo . bloggs @ GMAIL . COM', ['email']],
    ['an address at .me spaced against spam', 'jo . bloggs @ proton . me', ['email']],
    ['the UK code in square brackets', 'Call [44] 7912 345678', ['phone']],
    ['the UK code in brackets and the 0 kept', 'Call (44) (0) 7912 345678', ['phone']],
    ['hyphens after the UK code', 'Call +44 -- 7912 -- 345678', ['phone']],
    ['a Welsh postcode label run in', 'Cod postLS62AB', ['postcode']],
    ['born in a place and a date with no on', 'Jo Bloggs born in Leeds 12/03/1985', ['date-of-birth']],
    ['born, a colon and a place', 'born: Leeds 12/03/1985', ['date-of-birth']],
    ['Welsh: two words between date of birth and is', 'Dyddiad geni Jo Bloggs yw 12/03/1985', ['date-of-birth']],
    ['Turkish: Doğum Tar.', 'Doğum Tar.: 12.03.1985', ['date-of-birth']],
    ['a network born in a place', 'Our peer network, born Leeds 12/03/2019, is five years old.', []],
    ['the NHS born in a place', 'The NHS, born Trafford 5 July 1948, turns 76.', []],
    ['a line born on a weekday', 'The peer line, born Wednesday 12 March 2024, took 40 calls.', []],
    ['a birth year and a later day', 'I was born in 1960, and on 12 March 2023 I was discharged.', []],
    ['a birth year, a full stop and a day', 'I was born in 1960. On 12 March 2023 I was discharged.', []],
    ['a birth year and a dated day', 'Born in 1960, on 12 March 2023 I finally got a care plan.', []],
    ['a newsletter born in a year', 'The newsletter was born in 2020 on 1 May.', []],
    ['Turkish: the NHS born in a year', "NHS 1948 yılında 5 Temmuz'da doğdu", []],
    ['Turkish: our service born in a year', "Hizmetimiz 2015 yılında 1 Nisan'da doğdu", []],
    ['Welsh: the NHS’s date of birth', 'Dyddiad geni GIG yw 5 Gorffennaf 1948', []],
    ['at and dot in a page’s address', 'blog/a-day-at-nhs-dot-net-event', []],
    ['a spaced address running into a word', 'Jo . @ Sam . com-munity lead', []],
    ['a person who runs a service', 'Jo, who runs the service, was born on 12 March 1985.', ['date-of-birth']],
    // And by the tenth, which read those mendings again.
    ['a birth place and a later day', 'I was born in Leeds and on 12 March 2023 I was discharged.', []],
    ['a birth place, a full stop and a day', 'I was born in Leeds. On 12 March 2023 I was discharged.', []],
    ['a birth place and a year, then a later day', 'Jo, born in Leeds in 1985, joined on 12 March 2024.', []],
    ['born in a place, then a meeting on the next line', 'Born in Leeds Meeting 12/03/2025', []],
    ['a study named Born in', 'Born in Bradford published results on 12 March 2024.', []],
    ['Born as a surname', 'Anna Born, Leeds, 12/03/2025: apologies', []],
    ['a podcast born in a year', 'Our podcast, born in 2021 on 3 May, has 40 episodes.', []],
    ['Polish: our group born on a day', 'Nasza grupa urodziła się 12 marca 2019.', []],
    ['Turkish: our helpline born in a year', "Yardım hattımız 2019 yılında 12 Mart'ta doğdu.", []],
    ['a drop-in @ a venue . Info', 'Drop-in @ Kirkgate . Info on the website.', []],
    ['at and dot inside a web address', 'the www.stay-at-home-dot-com.org campaign', []],
    ['a place of two words and a comma after born', 'Jo Bloggs, born Milton Keynes, 12/03/1985', ['date-of-birth']],
    ['a place of three words before on', 'born in Newcastle upon Tyne on 12 March 1985', ['date-of-birth']],
    ['an address at a mail service spaced in capitals', 'Jo . Bloggs @ Gmail . Com', ['email']],
    ['the UK code in spaced brackets', 'Call ( 44 ) 7912 345678', ['phone']],
    ['Polish: a person born on a day', 'Jo urodziła się 12 marca 1985.', ['date-of-birth']],
  ])('%s', (_, text, kinds) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(kinds);
  });
  it('reports an address spaced against spam as written', () => {
    expect(findPersonalData('Write to jo . bloggs @ gmail . com today', ALLOW)).toEqual([
      { kind: 'email', text: 'jo . bloggs @ gmail . com' },
    ]);
  });
});

describe('the forms the tenth outside reading found still missed', () => {
  it.each([
    ['a place of two words, no comma, after born', 'Jo Bloggs, born Leeds General 12/03/1985', ['date-of-birth']],
    ['a place of three words after born in', 'born in Leeds General Infirmary 12/03/1985', ['date-of-birth']],
    ['the year, then a place, then the day', 'Jo was born in 1985 in Leeds on 12 March.', ['date-of-birth']],
    ['the year without in, then the day', 'Jo was born 1985 on 12 March.', ['date-of-birth']],
    ['Turkish: a place after the day', "Ayşe 1985 yılında 12 Mart'ta Ankara'da doğdu", ['date-of-birth']],
    ['Turkish: a place before the day', "Ayşe 1985 yılında Ankara'da 12 Mart'ta doğdu", ['date-of-birth']],
    ['Turkish: the year with its ending', "Ayşe 1985'te 12 Mart'ta doğdu", ['date-of-birth']],
    ['Turkish: of the year, on its day', "Ayşe 1985 yılının 12 Mart'ında doğdu", ['date-of-birth']],
    ['Turkish: a month that takes -ünde', "Mehmet 1990 yılında 3 Eylül'ünde doğdu", ['date-of-birth']],
    ['Turkish: a place after the whole date', "Ayşe 12 Mart 1985'te Ankara'da doğdu", ['date-of-birth']],
    ['Welsh: his date of birth', 'Ei ddyddiad geni yw 12 Mawrth 1985', ['date-of-birth']],
    ['Welsh: my date of birth', 'Fy nyddiad geni yw 12 Mawrth 1985', ['date-of-birth']],
    ['Welsh: born, a name, then a place', 'Ganwyd Jo yng Nghaerdydd ar 12 Mawrth 1985', ['date-of-birth']],
    ['Welsh: born, a full name, then a place', 'Ganwyd Jo Bloggs yng Nghaerdydd ar 12 Mawrth 1985', ['date-of-birth']],
    ['an @ typed twice between spaces', 'jo @@ gmail.com', ['email']],
    ['a postcode straight after the word address', 'AddressLS62AB', ['postcode']],
    ['Welsh: a postcode straight after cyfeiriad', 'CyfeiriadLS62AB', ['postcode']],
    // And what must still pass.
    ['a year, a place and a later day', 'I was born in 1985 in Leeds and on 12 March 2023 I joined.', []],
    ['a service born in a year and a place', 'The service was born in 2019 in Leeds on 12 March.', []],
    ['a network born in a year and a place', 'The network, born in 2019 in Leeds on 12 March, meets monthly.', []],
    ['a place, then a session on the next line', 'Born in Leeds Next Session 12/03/2025', []],
    ['born and a place, then a forum', 'born Leeds Forum 12/03/2025', []],
    ['Turkish: our service born in a year and a place', "Hizmetimiz 2015'te 1 Nisan'da Ankara'da doğdu", []],
    ['Turkish: our project born in a place', "Projemiz 2019 yılında İzmir'de 3 Mayıs'ta doğdu", []],
    ['Welsh: our project born in a place', 'Ganwyd ein prosiect yn Abertawe ar 12 Mawrth 2019', []],
    ['Welsh: the idea born in a place', 'Ganwyd y syniad yng Nghaerdydd ar 12 Mawrth 2019', []],
  ])('%s', (_, text, kinds) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(kinds);
  });
});

describe('found by an eleventh outside reading', () => {
  it.each([
    ['an address after "email is" in words', 'Her email is jobloggs at gmail.com', ['email']],
    ['an address after "email me at"', 'you can email me at jobloggs at gmail.com', ['email']],
    ['an address in brackets in words', 'Jo (jobloggs at gmail.com) offered to help', ['email']],
    ['an address in words on a line of its own', 'jobloggs at gmail.com', ['email']],
    ['Turkish: an address after e-posta', 'e-posta: ayseyilmaz et gmail.com', ['email']],
    ['Welsh: an address after e-bost', 'e-bost: dafydd at gmail.com', ['email']],
    ['a spaced @ and dot in words', 'jobloggs @ gmail dot com', ['email']],
    ['a spaced @ before a mail service’s name', 'jobloggs @ hotmail', ['email']],
    ['a space after the @ before a mail service’s name', 'jobloggs@ gmail', ['email']],
    ['a phone number after "Tel no."', 'Tel no.07700 900123', ['phone']],
    ['a phone number after "Phone no."', 'Phone no.+447700900123', ['phone']],
    ['Polish: a phone number after tel.kom.', 'tel.kom.07700900123', ['phone']],
    ['the letter O typed for zeros inside a number', '07700 9OO123', ['phone']],
    ['the letter O typed for the last zero of a group', '0770O 900123', ['phone']],
    ['born prematurely', 'born prematurely on 12 March 1985', ['date-of-birth']],
    ['born at a number of weeks', 'born at 28 weeks on 12/03/2015', ['date-of-birth']],
    ['born by C-section', 'She was born by emergency C-section on 12/03/2024.', ['date-of-birth']],
    ['born early, then a comma', 'My daughter was born early, on 12 March 2024.', ['date-of-birth']],
    ['born on the morning of a day', 'born on the morning of 12 March 1985', ['date-of-birth']],
    ['born in the early hours of a day', 'born in the early hours of 12 March 1985', ['date-of-birth']],
    ['gave birth on a day', 'I gave birth on 12 March 2024.', ['date-of-birth']],
    ['gave birth to someone on a day', 'I gave birth to my daughter on 12/03/2024.', ['date-of-birth']],
    ['Turkish: I gave birth', "12 Mart 2024'te doğum yaptım.", ['date-of-birth']],
    ['Turkish: born early', "Kızım 12 Mart 2024'te erken doğdu.", ['date-of-birth']],
    ['Polish: I gave birth to my daughter', 'Urodziłam córkę 12 marca 2024.', ['date-of-birth']],
    ['the chair of a forum', 'The chair of the forum was born 12/03/1970.', ['date-of-birth']],
    ['a volunteer at a café', 'A volunteer at the crisis café was born on 12/03/1999.', ['date-of-birth']],
    ['someone who uses a service', 'A woman who uses the service was born on 12/03/1985.', ['date-of-birth']],
    ['the day, then the year', 'born on 12 March in 1985', ['date-of-birth']],
    ['Welsh: I was born', 'Cefais fy ngeni ar 12 Mawrth 1985', ['date-of-birth']],
    ['Polish: urodz. for born', 'data urodz. 12.03.1985', ['date-of-birth']],
    ['b-day', 'b-day 12/03/1985', ['date-of-birth']],
    ['a date of birth being', 'his date of birth being 12/03/1985', ['date-of-birth']],
    ['a date, then "is her date of birth"', '12/03/1985 is her date of birth', ['date-of-birth']],
    ['a date, then "is when she was born"', '12/03/1985 is when she was born', ['date-of-birth']],
    ['a date, then = DOB', '12/03/1985 = DOB', ['date-of-birth']],
    ['Welsh: a date, then dyddiad geni', '12/03/1985 dyddiad geni', ['date-of-birth']],
    ['a date run together', 'DOB 12Mar85', ['date-of-birth']],
    ['a date run together in capitals', 'DOB 12MAR1985', ['date-of-birth']],
    ['a date in square brackets', 'DOB [12/03/1985]', ['date-of-birth']],
    ['a date given as near', 'DOB approx 12/03/1985', ['date-of-birth']],
    ['dots to write on', 'Date of birth.........12/03/1985', ['date-of-birth']],
    ['a line to write on', 'Date of birth: ____12/03/1985____', ['date-of-birth']],
    ['a year with an apostrophe', "born 12/03/'85", ['date-of-birth']],
    ['an age reached on a day', 'My son turned 18 on 12 March 2025', ['date-of-birth']],
    // And what must pass.
    ['a domain after "with"', 'Staff with @nhs.net accounts can join the Teams call.', []],
    ['a domain after "using"', 'People using @gmail.com addresses said our emails went to spam.', []],
    ['a domain after "an"', 'If you have an @icloud.com address, check your junk folder.', []],
    ['a web address read out after "us at"', 'Visit us at wrenfold dot gov dot uk', []],
    ['a form that stopped asking for a date of birth', 'We stopped asking for date of birth on 12 March 2025.', []],
    ['a café born on a day, after a colon', 'Crisis café: born 12 March 2019', []],
    ['a forum which was born', 'The forum, which was born on 12/03/2019, meets monthly.', []],
    ['Turkish: our forum was born', 'Forumumuz 12.03.2019 tarihinde doğdu.', []],
    ['Welsh: the project was born', 'Cafodd y prosiect ei eni ar 12 Mawrth 2019.', []],
    ['Arabic: Christmas Day', '- عيد الميلاد: 25/12/2025', []],
    ['a project number', 'Project number 8810475674', []],
    ['a document ID', 'Document ID 5297804620', []],
    ['a receipt number', 'Receipt no. 9604464973', []],
    ['a licence number', 'Licence number 9356063117', []],
    ['born somewhere, moved later', 'Born in Leeds, moved to London on 12 March 2023.', []],
    ['a café that turned five', 'The café turned 5 on 12 March 2025.', []],
    ['an attendance on a day', 'Attendance was 18 on 12 March 2025.', []],
    ['a handle at a service', 'Follow @gmail and @outlook for news', []],
    // And the next few, found after.
    ['Polish: an address at onet.pl', 'jankowalski@onet.pl', ['email']],
    ['Polish: a comma for the dot of .pl', 'jan.kowalski@onet,pl', ['email']],
    ['Polish: an address at wp.pl', 'jan.kowalski@wp.pl', ['email']],
    ['an ending run on without its dot', 'jobloggs85@gmailcom', ['email']],
    ['(a) for the @', 'jo.bloggs(a)gmail.com', ['email']],
    ['a person’s birthday', "Jo's birthday: 12/03/1985", ['date-of-birth']],
    ['a telecom’s handle', 'Follow @O2 for news', []],
    ['(a) opening a list', '(a) the first option, (b) the second', []],
    ['the Prophet’s birthday on a calendar', "The Prophet's birthday: 15/09/2024", []],
    ['the King’s Official Birthday', "King's Official Birthday: 14 June 2025", []],
    ['Guru Nanak’s birthday', "Guru Nanak's birthday (Gurpurab): 15/11/2024", []],
    ['Turkish: the Prophet’s birthday', 'Peygamberimizin doğum günü: 15.09.2024', []],
  ])('%s', (_, text, kinds) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(kinds);
  });
});

describe('found by a twelfth outside reading', () => {
  it.each([
    ['Welsh: my birthday is', 'Fy mhen-blwydd yw 12 Mawrth 1985.', ['date-of-birth']],
    ['Welsh: I gave birth to my son', 'Rhoddais enedigaeth i fy mab ar 12 Mawrth 2019.', ['date-of-birth']],
    ['I turn an age on a day', 'I turn 18 on 12 March 2026.', ['date-of-birth']],
    ['Polish: born early', 'Córka urodziła się przedwcześnie 12 marca 2019.', ['date-of-birth']],
    ['Polish: my birthday is', 'Moje urodziny to 12 marca 1985.', ['date-of-birth']],
    ['Turkish: my birthday', 'Doğum günüm 12 Mart 1985.', ['date-of-birth']],
    ['Polish: an address at onet.pl in words', 'jan.kowalski at onet.pl', ['email']],
    // The false alarms it found, most of them from the eleventh reading's new forms.
    [
      'anyone who gave birth on a day or later',
      'The policy covers anyone who gave birth on 12 March 2025 or later.',
      [],
    ],
    ['people who turned an age on a day', 'People who turned 65 on 1 April 2025 moved to the older adults team.', []],
    ['a named partner that turned an age', 'Kestrel House turned 25 on 12 March 2023.', []],
    ['events that gave birth to a commitment', 'Listening events gave birth to this commitment on 12 March 2025.', []],
    ['the idea for a line', 'The idea for the peer support line was born on 3 May 2023 at our first workshop.', []],
    ['a charter born on a day', 'A new charter was born on 12 March 2025.', []],
    [
      'a commitment born on a day',
      'This commitment was born on 12 March 2025, when members told us about waiting times.',
      [],
    ],
    [
      'people at a mail service, in a sentence',
      'People at gmail.com or hotmail.com addresses sometimes get our emails in spam.',
      [],
    ],
    ['staff at NHSmail', 'Staff at nhs.net can use the shared calendar.', []],
    ['email forwarding at NHSmail', 'Email forwarding at nhs.net is switched off.', []],
    ['email addresses at NHSmail', 'Email addresses at nhs.net are being migrated.', []],
    ['a web address read out after book at', 'Book at eventbrite dot co dot uk.', []],
    ['a web address read out after is at', 'The form is at forms dot office dot com.', []],
    ['Turkish: visit, then a web address', 'Bizi ziyaret et kestrel nokta org', []],
    ['Turkish: check your inbox at a service', 'Kontrol et outlook.com kutunu.', []],
    ['Polish: staff with NHSmail accounts', 'Pracownicy z kontami @nhs.net mogą dołączyć.', []],
    ['Turkish: staff with NHSmail accounts', 'Personel @nhs.net hesaplarıyla giriş yapabilir.', []],
    ['a Datix reference', 'Datix 9434765919', []],
    ['an incident number', 'Incident number 9434765919', []],
    ['a cost centre', 'Cost centre 943 476 5919', []],
    ['Welsh: babies born after a day', 'Babanod a anwyd ar ôl 1 Ebrill 2025.', []],
    ['Welsh: children born before a day', 'Plant a anwyd cyn 1 Medi 2020.', []],
    ['Welsh: a new movement was born', 'Ganwyd mudiad newydd ar 12 Mawrth 1985.', []],
    ['Turkish: the café’s birthday', "Kafenin doğum günü 12 Mart 2025'te kutlandı.", []],
    ['Turkish: the group’s tenth birthday', 'Grubun 10. doğum günü 4 Ekim 2024.', []],
    ['Turkish: the NHS’s birthday', "NHS'nin doğum günü 5 Temmuz 1948.", []],
    ['Polish: the idea was born', 'Pomysł urodził się 12 marca 2024.', []],
  ])('%s', (_, text, kinds) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(kinds);
  });
});

describe('a thirteenth outside reading, of the twelfth’s new forms', () => {
  it.each([
    ['(a) for the @ with spaces', 'Contact jo.bloggs (a) gmail.com for the rota.', ['email']],
    ['(a) for the @ at NHSmail', 'jo.bloggs(a)nhs.net', ['email']],
    ['an address spaced before its @ after words asking for it', 'Email jo @gmail.com', ['email']],
    ['a list’s item before a name', "Site 2(a)St.James's Hospital and site 2(b) Seacroft.", []],
    ['a reference before a web address', 'Further reading: Ref3(a)mind.org.uk and Ref3(b)rethink.org', []],
    ['Polish: not to a domain', 'Nie wysyłaj danych na adres @gmail.com ani @wp.pl.', []],
    ['Turkish: please, a domain', 'Lütfen @gmail.com adresine kişisel bilgi göndermeyin.', []],
    ['Welsh: your NHSmail account', 'Defnyddiwch eich cyfrif @nhs.net ar gyfer gwaith clinigol.', []],
    ['Arabic: an NHSmail account', 'يرجى استخدام حساب @nhs.net للأمور السريرية.', []],
    [
      'addresses ending in a domain',
      'Addresses ending @gmail.com or @hotmail.co.uk are personal, so we do not list them.',
      [],
    ],
    ['emails from a domain', 'Emails from @gmail.com accounts went to spam until 12 March.', []],
    ['a heading about NHSmail', 'Changes at nhs.net', []],
    ['a heading about a mail service', 'Phishing at gmail.com', []],
    ['a word @ a portal, informally', 'Coffee morning@Interia? No — at the Polish Centre, 10am.', []],
    ['a café that came into the world', 'The crisis café came into the world on 5 May 2019 thanks to the forum.', []],
    ['a forum that turned an age', 'We turned 18 on 12 March 2024 – eighteen years of the Service User Forum!', []],
    ['a date of birth cut-off', 'Census date 31/03/2024 = DOB cut-off for the under-25s count.', []],
    ['the NHS’s date of birth', '5 July 1948 = DOB of the NHS, so the party was on 5 July 2023.', []],
    ['a tablet’s memory', 'Tablets: Galaxy Tab A7 3GB (x12), Lenovo M8 2GB (x6).', []],
    ['a phone’s memory', 'The scheme gave people a Samsung Galaxy A12 4GB phone and a data SIM.', []],
    ['a floor in capitals', 'Room E1 1ST FLOOR', []],
    ['a quarter in capitals', 'FY23 4TH QUARTER', []],
    ['a postcode ending GB after no device', 'Our office is at WF1 2GB', ['postcode']],
  ])('%s', (_, text, kinds) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(kinds);
  });
});

describe('the forms the thirteenth outside reading left missed, and the fourteenth’s readings of them', () => {
  it.each([
    ['the day before a person was born', 'On 12 March 1985 I was born in Leeds.', ['date-of-birth']],
    ['the day, a comma, then whose birth', 'On 12/03/2019, my daughter was born.', ['date-of-birth']],
    ['the day before a father was born', 'On 12 March 1950 my father was born.', ['date-of-birth']],
    ['the day before an eldest son was born', 'On 12 March 2019 my eldest son was born.', ['date-of-birth']],
    ['the day before twins were born', 'On 12 March 1985 my twins were born.', ['date-of-birth']],
    [
      'the day before an age reached',
      'On 12 March 2025, my son turned 18 and lost his CAMHS worker.',
      ['date-of-birth'],
    ],
    ['a grandparent’s age in words', 'My grandad turned ninety on 3 May 2025.', ['date-of-birth']],
    ['a father’s age', 'My dad turned 80 on 3 May 2025.', ['date-of-birth']],
    ['how a birth happened, then a comma and the day', 'My son was born at 32 weeks, 12/03/2019.', ['date-of-birth']],
    ['an age in words reached on a day', 'My son turned eighteen on 12 March 2025.', ['date-of-birth']],
    ['an age in words still to come', 'I turn twenty-one on 3 May 2026.', ['date-of-birth']],
    ['the day of a birth in words', 'Jo was born on the twelfth of March 1985.', ['date-of-birth']],
    ['the day in words after a label', 'Date of birth: the thirty first of December 1979', ['date-of-birth']],
    ['the day in words after a place', 'Jo Bloggs, born in Leeds the first of May 1988.', ['date-of-birth']],
    ['a read-out word ending an address’s first part', 'jo.apply małpa gmail kropka com', ['email']],
    ['a thing born on a day said before it', 'On 5 July 1948 the NHS was born.', []],
    [
      'a dated note of what someone said about their birth',
      '12 March 2025: she was born in Pakistan and moved here aged five, she told the group.',
      [],
    ],
    ['a note posted on a day', 'Posted 12 March 2025, she was born in Hull.', []],
    [
      'a listening event’s day before what was said',
      'Listening event, 12 March 2025: my daughter was born during lockdown and I had no support.',
      [],
    ],
    ['ideas born out of something', 'On 3 May 2025 they were born out of the listening events.', []],
    ['born again', 'On 12 March 2025, I was born again.', []],
    ['a partner organisation’s age', 'Our partner turned fifty on 3 May 2025.', []],
    [
      'an age reached on a day or later, as a rule',
      'If you turn 18 on 1 September 2025 or later, you will move to adult services.',
      [],
    ],
    ['a remembrance event after born sleeping', 'Baby loss awareness: born sleeping, 12 March 2025 at St Mary’s.', []],
    ['a workshop for people born abroad', 'Born abroad, 12 March 2025: a workshop for refugee peer supporters.', []],
    ['a talk', 'Talk: born deaf, 12 March 2025, with BSL interpretation.', []],
    ['help at a web address read out', 'Find help at nhs dot uk', []],
    ['sign up now at a web address read out', 'Sign up now at wrenfold dot org', []],
    ['have your say at a web address read out', 'Have your say at wrenfold dot org', []],
    ['get involved at a web address read out', 'Get involved at wrenfold dot org', []],
    ['a forum born on a day said before it', 'On 12 March 2019 the forum was born.', []],
    ['a group that was born', 'On 12 March 2024 we were born as a group.', []],
    ['a forum that reached an age in words', 'We turned eighteen on 12 March 2024.', []],
    ['a café that reached an age in words', 'The café turned ten on 12 March 2025.', []],
    ['a meeting’s day in words', 'The forum met on the twelfth of March 2025.', []],
    ['turned to someone on a day', 'I turned to the forum on 12 March 2024.', []],
    ['a web address read out after more at', 'Find out more at wrenfold dot org', []],
  ])('%s', (_, text, kinds) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(kinds);
  });
});

describe('a fifteenth outside reading, of the fourteenth’s mended forms', () => {
  it.each([
    [
      'an age reached, then what came of it',
      'On 12 March 2025, my son turned 18 and lost his CAMHS worker.',
      ['date-of-birth'],
    ],
    [
      'when someone turned an age',
      'When my son turned eighteen on 12 March 2025 he lost his worker.',
      ['date-of-birth'],
    ],
    ['someone’s birthday', 'My birthday is on 21 June 1985.', ['date-of-birth']],
    ['an age still to come', 'She will turn 18 on 1 April 2026.', ['date-of-birth']],
    ['an age someone will be on a day', 'My son will be 18 on 3 May 2027.', ['date-of-birth']],
    ['an age someone is turning on a day', 'My daughter is turning eighteen on 3 May 2027.', ['date-of-birth']],
    ['an age I’m turning on a day', 'I’m turning 30 on 12 March 2026.', ['date-of-birth']],
    ['an age she’s turning on a day', "She's turning 40 on 12 March 2026.", ['date-of-birth']],
    ['an age someone would have turned', 'She would have turned 80 on 12 March 2025.', ['date-of-birth']],
    ['an age someone would have been', 'My nan would have been ninety on 12 March 2025.', ['date-of-birth']],
    ['the day before an age someone will be', 'On 3 May 2027 my son will be 18.', ['date-of-birth']],
    ['the day before an age I’m turning', 'On 3 May 2027 I’m turning 30.', ['date-of-birth']],
    [
      'an age someone close reached, after who',
      'My son, who turned 18 on 3 May 2025, lost his worker.',
      ['date-of-birth'],
    ],
    [
      'an age someone close will be, after who',
      'My daughter who will be 18 on 3 May 2027 is worried.',
      ['date-of-birth'],
    ],
    [
      'a birth someone close gave, after who',
      'My sister, who gave birth to her son on 3 May 2025, came.',
      ['date-of-birth'],
    ],
    ['those of you who turned an age', 'Those of you who turned 18 on 1 April 2025 should ask.', []],
    ['a forum who turned an age', 'The forum, who turned 10 on 3 May 2025, held a party.', []],
    [
      'a first name’s age reached on a day',
      'Jack turned 18 on 3 May 2025 and lost his CAMHS worker.',
      ['date-of-birth'],
    ],
    ['a son by name’s age reached', 'My son Jack turned 18 on 3 May 2025.', ['date-of-birth']],
    ['our Jack’s age reached', 'Our Jack turned 18 on 3 May 2025.', ['date-of-birth']],
    ['a first name’s age to come', 'Amira turns 7 on 12 March 2026.', ['date-of-birth']],
    ['a title and a name’s age reached', 'Mrs Patel turned 90 on 4 March 2026.', ['date-of-birth']],
    ['a name after when', 'When Jack turned 18 on 3 May 2025 he lost his worker.', ['date-of-birth']],
    ['a name born after the day', 'On 12 March 2019 Amira was born.', ['date-of-birth']],
    ['an age I’ll turn', 'I’ll turn 30 on 14 June 2026.', ['date-of-birth']],
    ['an age I’ll be', "I'll be 30 on 14 June 2026.", ['date-of-birth']],
    ['an age Dad would’ve turned', 'Dad would’ve turned 80 on 2 April 2025.', ['date-of-birth']],
    ['an age reached today, and the day', 'I turned 40 today, 12 March 2025.', ['date-of-birth']],
    ['an age Mum is on a day', 'Mum is 90 on Tuesday 4 March 2026.', ['date-of-birth']],
    ['an age a daughter is on a day', 'My daughter is 7 on 12 March 2026.', ['date-of-birth']],
    ['an age she’s on a day', "She's 7 on 12 March 2026.", ['date-of-birth']],
    ['a birthday that fell on a day', 'His 18th birthday fell on 3 May 2025.', ['date-of-birth']],
    ['years of age reached on a day', 'My son turned 18 years of age on 3 May 2025.', ['date-of-birth']],
    ['the age of 18 reached on a day', 'My son reached the age of 18 on 3 May 2025.', ['date-of-birth']],
    ['my children’s births', 'My children were born on 12 March 2019.', ['date-of-birth']],
    ['our twin babies’ births', 'Our twin babies were born on 12 March 2019.', ['date-of-birth']],
    ['a birth in hospital', 'I was born in hospital on 12 March 1985.', ['date-of-birth']],
    ['a birth in a taxi, by name', 'Amira was born in a taxi on 12 March 2019.', ['date-of-birth']],
    ['a birth before a name', 'Born on 12 March 1985, Jo joined the forum in 2020.', ['date-of-birth']],
    ['someone’s date of birth, then the day', "Jo's date of birth, 4 March 2016, is on the form.", ['date-of-birth']],
    ['a named partner’s age', 'Wrenfold Voices turned 10 on 4 March 2026.', []],
    ['a forum in capitals that turned an age', 'The Forum turned 10 on 3 May 2025.', []],
    ['a count that turned', 'Membership turned 200 on 3 May 2025.', []],
    ['a weekday in capitals', 'Saturday turned 18 on 3 May 2025.', []],
    ['a price on a day', 'Tickets will be 5 on 3 May 2025.', []],
    ['an hour on a day', 'Lunch is 12 on 3 May 2025.', []],
    ['a rent on a day', 'Rent is 500 on 3 May 2025.', []],
    ['something is a number on a day', 'This is 1 on 3 May 2025.', []],
    ['everyone is an age on a day, as a rule', 'Everyone is 18 on 1 April 2026.', []],
    ['children born on or after a day', 'Children born on or after 1 September 2019 can join.', []],
    ['a café born in lockdown', 'The café was born in lockdown on 23 March 2020.', []],
    ['a forum’s date of birth', "The forum's date of birth, 4 March 2016, is on our banner.", []],
    ['the NHS, after its day of birth', 'Born on 5 July 1948, the NHS is older than most of our members.', []],
    ['the NHS, after its day of birth and a colon', 'Born 5 July 1948: the NHS at 75.', []],
    [
      'a college by name, after its day of birth',
      'Born on 12 March 2018, the Recovery College has taught 2,000 students.',
      [],
    ],
    ['someone at an address in words', 'Contact Jo at jobloggs at gmail dot com if you want a lift.', ['email']],
    [
      'ideas sent to someone at an address in words',
      'Send your ideas to Jo at jobloggs at yahoo dot co dot uk.',
      ['email'],
    ],
    ['an email to her at an address in words', 'Jo said to email her at jobloggs at gmail dot com.', ['email']],
    ['an email given as an address in words', 'Sam gave her email as sambloggs at gmail dot com.', ['email']],
    [
      'replies to an address in words',
      'Action: Jo to send the notes; replies to jobloggs at gmail dot com.',
      ['email'],
    ],
    ['an organisation by name at a web address read out', 'Contact Wrenfold Voices at wrenfold dot org', []],
    ['volunteers registering at a web address read out', 'Register as volunteers at wrenfold dot org', []],
    ['podcasts at a web address read out', 'Listen to podcasts at wrenfold dot org', []],
    ['a mobile in pairs after a label', "Jo's mob: 07 70 09 00 12 3", ['phone']],
    ['a mobile in pairs after the UK’s code', '+44 77 00 90 01 23', ['phone']],
    ['a mobile in five groups after a label', "Jo's mob: 0 77 00 900 123", ['phone']],
    ['a mobile without its 0 after a label', "Jo's mob: 7700 900123", ['phone']],
    ['a scale after a label', 'Tel: 0 1 2 3 4 5 6 7 8 9 10', []],
    ['scores in pairs', 'Scores: 07 08 09 10 11 12', []],
    ['times in pairs', 'Agenda: 09 30 11 30 14 03', []],
    ['a postcode with a space after its area', 'Jo lives at 12 Elm Road, LS 6 2AB.', ['postcode']],
    ['an NHS number named after a reference', 'Ref 943 476 5919 (NHS)', ['nhs-number']],
    ['an order for an NHS trust', 'Order 943 476 5919 for NHS Wrenfold Trust', []],
    ['an NI number without its letter after NI is', 'my NI is JG 10 37 59', ['ni-number']],
    [
      'a day named someone’s 18th birthday after it',
      'My son is an adult from 3 May 2027, his 18th birthday.',
      ['date-of-birth'],
    ],
    ['a birth on March the 12th', 'Amira was born on March the 12th, 2019.', ['date-of-birth']],
    ['happy birthday to a café, born on a day', 'Happy birthday to the crisis café, born 16 June 2025!', []],
    ['welcome to a forum, born on a day', 'Welcome to the forum, born 12 March 2015.', []],
    [
      'a volunteer at a café, born on a day',
      'A volunteer at the café, born 12 March 1985, told us.',
      ['date-of-birth'],
    ],
    ['a day and a first meeting as chair', 'The forum meets on 3 May 2027, her first meeting as chair.', []],
    [
      'a life’s two days in brackets after a name',
      'Jo (12 March 1950 – 4 May 2024) founded the forum.',
      ['date-of-birth'],
    ],
    ['a life’s two days in memory of someone', 'In memory of Jo Bloggs, 12/03/1950 - 04/05/2024.', ['date-of-birth']],
    ['a pilot’s weeks in brackets after a name', 'Kestrel House (1 April 2025 – 30 June 2025) ran the pilot.', []],
    ['a ten-year plan’s days in brackets', 'Ten-year plan (1 April 2025 – 31 March 2035) agreed.', []],
    ['someone on an address in words', 'Contact Jo on jobloggs at gmail dot com', ['email']],
    ['someone via an address in words', 'Email Jo via jobloggs at gmail dot com', ['email']],
    ['a price at a web address read out', 'Tickets are £5 at the door or £3 at eventbrite dot co dot uk.', []],
    ['a word in capitals starting a label, at a web address read out', 'Events at wrenfold dot org', []],
    ['donate, at a web address read out', 'Donate at justgiving dot com.', []],
    ['an hour, at a web address read out', 'Meet us at 7pm at wrenfold dot org slash live.', []],
    ['a page number, at a web address read out', 'Look at page 12 at wrenfold dot org.', []],
    ['events at a web address read out', 'You can find us at events at wrenfold dot org slash events.', []],
    ['help at hand, at a web address read out', 'Help is at hand at mind dot org dot uk.', []],
    ['support at home, at a web address read out', 'Support at home at wrenfold dot gov dot uk slash care.', []],
    [
      'web addresses read out in a list',
      'Find more help at mind dot org dot uk, at samaritans dot org and at nhs dot uk.',
      [],
    ],
    ['an organisation at its own website read out', 'Contact Mind at mind dot org dot uk.', []],
    ['a weekday at a web address read out', 'Meet Jo on Tuesday at wrenfold dot org', []],
    ['a mobile in pairs after call someone on', 'Call Jo on 07 70 09 00 12 3', ['phone']],
    ['a mobile in pairs after someone’s number is', "Jo's number is 07 70 09 00 12 3", ['phone']],
    ['call volumes in pairs', 'Call volumes: 01 02 03 04 05 06', []],
    ['a phone line’s hours in pairs', 'Phone line hours 09 00 17 00 10 00', []],
    ['a laptop’s model and memory', 'We bought 10 laptops (HP 14 8GB) for the Recovery College.', []],
    ['an ordinal in capitals after a spaced area', 'BOOK BY 1 2ND APRIL', []],
    ['a result in capitals', 'RESULTS: ST 1 2ND', []],
    ['an organisation whose name ends in a word in capitals', 'Action for Children turned 150 on 9 July 2019.', []],
    ['an organisation with a hyphen in its name', 'Home-Start turned 40 on 3 May 2013.', []],
    ['a count that turned, in the plural', 'Referrals turned 18 on 12 March 2026.', []],
    [
      'two services that will be one',
      'The crisis line and the café are both new. They will be one on 16 June 2026.',
      [],
    ],
    ['an age I’ll be turning', "I'll be turning 30 on 14 June 2026.", ['date-of-birth']],
    ['a name’s age he’s turning', "Jack's turning 18 on 12 March 2026.", ['date-of-birth']],
    ['my lad’s age', 'My lad turns 18 on 12 March 2026.', ['date-of-birth']],
    ['my eldest’s age', 'My eldest turns 18 on 12 March 2026.', ['date-of-birth']],
    ['a young person’s age', 'The young person turned 18 on 12 March 2025.', ['date-of-birth']],
    ['a forum member’s age', 'A forum member turned 18 on 12 March 2025.', ['date-of-birth']],
    ['an age someone becomes', 'She becomes 18 on 12/03/2026.', ['date-of-birth']],
    ['an age someone reached', 'My son reached 18 on 12 March 2025.', ['date-of-birth']],
    ['a service user forum’s age', 'The service user forum turned 10 on 3 May 2025.', []],
    ['minutes late on a day', 'I will be 60 minutes late on 3 May 2027.', []],
    ['years sober on a day', 'I will be 10 years sober on 3 May 2027.', []],
    ['a forum that will be an age', 'The forum will be 10 on 3 May 2027.', []],
    ['a service turning an age', 'The service is turning 10 on 3 May 2027.', []],
    ['a named partner that will be an age', 'Kestrel House will be 25 on 3 May 2027.', []],
    ['an age on or after a day, as a rule', 'You will be 65 on or after 1 April 2026.', []],
    ['people who will be an age', 'People who will be 65 on 1 April 2026 can apply.', []],
    ['an example of an age you will be', 'For example, you will be 18 on 1 April 2026.', []],
    ['an age you are turning, as a condition', "If you're turning 18 on 1 April 2026, talk to your worker.", []],
    ['something will be there on a day', 'I will be there on 3 May 2027.', []],
    ['an age and a day in two sentences, will be', 'You will be 18. On 1 April 2026 your care moves.', []],
    ['a weekday before the day of a birth', 'On Tuesday 12 March 1985 I was born.', ['date-of-birth']],
    ['an older brother born on a day', 'On Tue, 12 March 1985 my older brother was born.', ['date-of-birth']],
    ['a best friend born on a day', 'On 12 March 2001 my best friend was born.', ['date-of-birth']],
    ['a foster son’s age reached on a day', 'On 3 May 2010 our foster son turned 18.', ['date-of-birth']],
    [
      'a meeting’s weekday and day before a note',
      'Meeting on Tuesday 12 March 2025: she was born in Hull, she said.',
      [],
    ],
    ['a plain name at a domain in words, alone', 'jo at example dot org', ['email']],
    ['a name at a domain in words after a label', 'Please note: jo at example dot org', ['email']],
    ['a name at a domain in words after words asking for it', 'My email is jo at example dot org', ['email']],
    ['a name at a domain in words in brackets', 'Jo (jo at example dot org)', ['email']],
    ['names at domains in words, listed', 'Contacts: jo at ex dot org sam at ex dot org', ['email', 'email']],
    [
      'an address’s first part at a domain in words in a sentence',
      'You can reach Jo on jo.bloggs at wrenfold dot org',
      ['email'],
    ],
    ['recommendations turned into actions', 'On 4 June 2025 they turned 18 recommendations into actions.', []],
    ['time sober', 'On 12 March 2025 I turned one year sober and went back to the group.', []],
    ['an age and a day in two sentences', 'You will turn 18. On 1 April 2026 your care moves.', []],
    ['an age and a day on two lines', 'You turn 18.\nOn 1 April 2026 your care moves to the adult team.', []],
    ['an example in a policy', 'For example, if you turn 18 on 1 April 2026, your plan moves to adult services.', []],
    ['an example imagined', 'Imagine you turn 18 on 1 April 2026.', []],
    ['an example labelled', 'Example: your son turns 18 on 1 April 2026.', []],
    ['a rule’s day, or later in brackets', 'If you turn 18 on 1 September 2025 (or later), you move.', []],
    ['a rule’s day onwards', 'Young people who turn 18 on 1 April 2026 onwards move to adult services.', []],
    ['a forum born out of protest', 'The forum was born out of protest, 12 March 2025.', []],
    ['a forum born again', 'The forum was born again, 12 March 2025.', []],
    ['our birthday', 'Celebrate our birthday on the twenty-first of June 2025.', []],
    ['a group’s birthday', "Join us for the group's birthday on 21 June 2025.", []],
    ['a forum’s fifth birthday', 'The forum’s fifth birthday is on 21 June 2025.', []],
    ['what you think, at a web address read out', 'Tell us what you think at wrenfold dot org', []],
    ['help with housing, at a web address read out', 'Help with housing at shelter dot org dot uk', []],
    ['get in touch, at a web address read out', 'Get in touch at wrenfold dot org', []],
    ['the minutes, at a web address read out', 'Read the minutes at wrenfold dot org', []],
    ['a page on a social network read out', 'Find us on Facebook at facebook dot com', []],
  ])('%s', (_, text, kinds) => {
    expect(findPersonalData(text, ALLOW).map((f) => f.kind)).toEqual(kinds);
  });
});
