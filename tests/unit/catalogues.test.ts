// The catalogues of the site's words: every language has every key, with the same placeholders,
// and a broken catalogue is refused with its file, line and key.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import {
  CatalogueProblem,
  directionOf,
  messagesOf,
  readCarefully,
  readCatalogue,
  readQuickly,
  type MessageValue,
} from '../../src/present/messages.ts';
import { catalogue, catalogueCodes, messagesIn } from '../helpers/messages.ts';

/** The names a message fills in, like {date} and {count}, found by the message parser itself. */
function placeholders(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      names.add(element.value);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values(element.options)) walk(option.value);
      }
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(parse(message));
  return [...names].sort();
}

const codes = catalogueCodes();
const english = catalogue('en');

describe('the catalogues', () => {
  it('ship English, Turkish, Polish and Arabic at least', () => {
    expect(codes).toEqual(expect.arrayContaining(['en', 'tr', 'pl', 'ar']));
  });
  for (const code of codes) {
    it(`${code} has exactly the keys English has`, () => {
      expect(Object.keys(catalogue(code)).sort()).toEqual(Object.keys(english).sort());
    });
    it(`${code} fills in the same {names} as English in every message`, () => {
      const mine = catalogue(code);
      const differ = Object.keys(english).filter(
        (key) => mine[key] !== undefined && placeholders(mine[key]!).join() !== placeholders(english[key]!).join(),
      );
      expect(differ).toEqual([]);
    });
    it(`${code} names itself in its own language`, () => {
      expect(catalogue(code)['language.name']).toBeTruthy();
    });
  }
  it('says Arabic is written right to left and the others left to right', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(['en', 'tr', 'pl'].map(directionOf)).toEqual(['ltr', 'ltr', 'ltr']);
  });
});

describe('reading a catalogue', () => {
  it('refuses a broken placeholder, naming the file, line and key', () => {
    const read = () => readCatalogue('xx.yaml', 'a.ok: "Fine"\nb.broken: "Due {date"\n', 'en');
    expect(read).toThrow(CatalogueProblem);
    expect(read).toThrow(/^xx\.yaml:2: b\.broken: has a broken \{placeholder\}/);
  });
  it('refuses a key whose words are not text', () => {
    expect(() => readCatalogue('xx.yaml', 'a: "Fine"\nb:\n  c: "nested"\n', 'en')).toThrow(
      /^xx\.yaml:2: b: must be words in quotes/,
    );
  });
  it('refuses a key that is not plain words, naming its line', () => {
    expect(() => readCatalogue('xx.yaml', 'a: "Fine"\n[b]: "Listed"\n', 'en')).toThrow(
      /^xx\.yaml:2: has something other than a key before a `:`/,
    );
  });
  it('refuses a key given twice', () => {
    expect(() => readCatalogue('xx.yaml', 'a: "One"\na: "Two"\n', 'en')).toThrow(/^xx\.yaml:2: is not valid YAML/);
  });
  it('keeps any words a translator writes as they are, whatever the characters', () => {
    fc.assert(
      fc.property(
        fc.string().filter((words) => !/[{}'<>]/.test(words)),
        (words) => {
          const read = readCatalogue('xx.yaml', `key: ${JSON.stringify(words)}\n`, 'en');
          expect(messagesOf('en', read).t('key')).toBe(words);
        },
      ),
    );
  });
  it('stops on a key no catalogue has, instead of showing the key to a reader', () => {
    expect(() => messagesIn('tr').t('no.such.key')).toThrow('The tr catalogue has no words for "no.such.key".');
  });
});

// Lines of YAML a translator might write, or mistype: keys, ways of writing words, and values that
// are not words at all, in every form YAML gives them.
const TRICKY_KEYS = [
  '1',
  '01',
  '"a b"',
  "'a'",
  '~',
  '<<',
  'a#b',
  'é',
  '1e3',
  '0x1F',
  '? a',
  '[a]',
  '{a: b}',
  '&k a',
  '*k',
  '-a',
  '!!str 1',
  '!!binary aGk=',
];
const PLAIN_KEYS = ['a', 'b.c', 'true', 'null', 'No', '__proto__', 'constructor', 'a-b_c.d'];
const QUOTED = [
  '"x"',
  "'x'",
  '"a\\\n  b"',
  '"a\n  b"',
  '"a\n b"',
  '"a\nb"',
  "'a\n\n  b'",
  '"a \n\n\n  b "',
  '"\\x41\\u00e9\\N\\_\\/\\L\\P\\e"',
  '"\\U0001F600"',
  '"\\q"',
  '"{count}"',
  '"{"',
  '"x" # note',
  '"x"# note',
  '"x" y',
  "'it''s'",
  "'it's'",
  '"\t"',
  '"\\t"',
  "'\\t'",
  '"a\n b"\n  c: "d"',
  '"a"\n  "b"',
  '"a\n---\n  b"',
  '"a\n# b"',
  '"{count, plural, one {# day} other {# days}}"',
  '"<link>a</link>"',
  '"<b>a"',
  '""',
  "''",
];
const UNQUOTED = [
  '12',
  '1_000',
  '0o17',
  '017',
  '0x1F',
  '0b101',
  '+1',
  '-.5',
  '.inf',
  '-.Inf',
  '.NaN',
  '1e3',
  '1E+3',
  '1.',
  '1:20',
  'yes',
  'on',
  'true',
  'TRUE',
  'null',
  '~',
  '',
  '2025-01-01',
  '2025-01-01T10:00:00Z',
  '=',
  '<<',
  'Commitments',
  "team's",
  '{count}',
  'a: b',
  '- a',
  '[a, b]',
  '{}',
  '!!str 12',
  '!!int "12"',
  '!!binary aGk=',
  '!custom x',
  '&k "x"',
  '*k',
  "'unfinished",
  '"unfinished',
  'a\n  b',
  '|\n  one\n  two',
  '>-\n  one\n  two',
  '\n  c: d',
  '\n  - a',
  '\n  "on the next line"',
  '# nothing',
];
const EXTRA_LINES = ['', '# a comment', '---', '...', '%YAML 1.2\n---', '\t', '  ', '[]', '\ufeff'];
const catalogueLine = fc.oneof(
  {
    weight: 16,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...PLAIN_KEYS),
        fc.constantFrom(': ', ' : ', ':\t', ':  '),
        fc.oneof(
          fc.constantFrom(...QUOTED),
          fc.string({ unit: 'binary' }).map((words) => JSON.stringify(words)),
          fc.string({ unit: 'binary' }).map((words) => `'${words.replaceAll("'", "''")}'`),
          fc.string().map((words) => `"${words}"`),
        ),
      )
      .map((parts) => parts.join('')),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(
        fc.oneof(fc.constantFrom(...TRICKY_KEYS, ...PLAIN_KEYS), fc.string()),
        fc.constantFrom(': ', ':', ' : '),
        fc.oneof(fc.constantFrom(...UNQUOTED, ...QUOTED), fc.string()),
      )
      .map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.constantFrom(...EXTRA_LINES) },
);

describe('reading a catalogue quickly', () => {
  it('reads every shipped catalogue quickly, as the careful reader reads it', () => {
    for (const code of codes) {
      const text = readFileSync(`src/present/catalogues/${code}.yaml`, 'utf8');
      const quick = readQuickly(text, code);
      expect(quick).toBeDefined();
      expect(quick).toEqual(readCarefully(`${code}.yaml`, text, code));
    }
  });
  it('takes a catalogue only when the careful reader takes it, and then the same words', () => {
    let taken = 0;
    const runs = 20_000;
    fc.assert(
      fc.property(fc.array(catalogueLine, { maxLength: 5 }), (lines) => {
        const text = lines.join('\n');
        const quick = readQuickly(text, 'en');
        if (quick === undefined) return;
        taken += 1;
        expect(readCarefully('xx.yaml', text, 'en')).toEqual(quick);
      }),
      { numRuns: runs },
    );
    // The property means something only if the quick reader takes a good share of what it is given.
    expect(taken).toBeGreaterThan(runs / 10);
  });
});

describe('dates and numbers in each language', () => {
  it('writes a date as each language does', () => {
    expect(messagesIn('en').date('2026-03-12')).toBe('12 March 2026');
    expect(messagesIn('tr').date('2026-03-12')).toBe('12 Mart 2026');
    expect(messagesIn('pl').date('2026-03-12')).toBe('12 marca 2026');
  });
  it('joins a list with the language’s own word for or', () => {
    expect(messagesIn('pl').list(['a', 'b', 'c'], 'or')).toBe('a, b lub c');
  });
});

/** What a call gives, or that it failed: a message missing a value fails either way. */
function outcome(call: () => string): { words: string } | { failed: true } {
  try {
    return { words: call() };
  } catch {
    return { failed: true };
  }
}

describe('messages that are plain words', () => {
  // Words near the line between plain and not: ICU's marks, and characters that look like them.
  const nearTheLine = fc.string({
    unit: fc.oneof(
      fc.constantFrom('{', '}', '<', '>', "'", '’', '#', '|', '\\', '/', ' ', 'a', 'é', 'ع'),
      fc.string({ maxLength: 1 }),
    ),
  });
  it('come out exactly as IntlMessageFormat would give them, with or without values', () => {
    fc.assert(
      fc.property(fc.oneof(nearTheLine, fc.string()), (words) => {
        let format: IntlMessageFormat;
        try {
          format = new IntlMessageFormat(words, 'en');
        } catch {
          return; // not a message at all: the catalogue reader refuses it
        }
        const m = messagesOf('en', { key: words });
        const values = { count: 2, name: 'Jo' };
        expect(outcome(() => m.t('key'))).toEqual(outcome(() => String(format.format())));
        expect(outcome(() => m.t('key', values))).toEqual(outcome(() => String(format.format(values))));
        expect(outcome(() => m.parts('key').join(''))).toEqual(outcome(() => String(format.format())));
      }),
      { numRuns: 5_000 },
    );
  });
});

describe('a sentence filled in again', () => {
  it('gives the words for the values it is given now, whatever was asked before', () => {
    const value = fc.oneof(
      fc.constantFrom<MessageValue>(0, -0, '0', 1, '1', Number.NaN, 'NaN', Infinity, 'Infinity', '', 'null'),
      fc.integer(),
      fc.double(),
      fc.string(),
    );
    const sentence = 'Due {when} ({when, number}) with {count, plural, one {# day} other {# days}} left';
    fc.assert(
      fc.property(
        fc.array(fc.tuple(value, fc.integer({ min: -3, max: 3 })), { minLength: 1, maxLength: 8 }),
        (asks) => {
          const m = messagesOf('en', { key: sentence });
          const format = new IntlMessageFormat(sentence, 'en');
          for (const [when, count] of asks) {
            expect(m.t('key', { when, count })).toBe(String(format.format({ when, count })));
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});

describe('sentences with a link inside', () => {
  const m = messagesOf('en', {
    help: 'Need help now? See <link>who you can talk to</link>.',
    count: '{count, plural, one {<strong># input</strong> waits} other {<strong># inputs</strong> wait}} for a reply.',
  });
  it('gives the linked words as a part of their own, the rest as plain words', () => {
    expect(m.parts('help')).toEqual(['Need help now? See ', { tag: 'link', text: 'who you can talk to' }, '.']);
  });
  it('finds tags inside a plural', () => {
    expect(m.parts('count', { count: 3 })).toEqual([{ tag: 'strong', text: '3 inputs' }, ' wait for a reply.']);
  });
  it('keeps a filled-in value as plain words, whatever it holds', () => {
    fc.assert(
      fc.property(fc.string(), (name) => {
        const parts = messagesOf('en', { hi: 'Hello {name}, read <link>this</link>' }).parts('hi', { name });
        expect(parts).toEqual([`Hello ${name}, read `, { tag: 'link', text: 'this' }]);
      }),
    );
  });
});

describe('words filled in that are in another language than the sentence', () => {
  const tr = messagesOf('tr', {
    said: '“{said}” dediniz.',
    agreed: '<meetingLink>{meeting}</meetingLink> bir eylem kararlaştırdı: {action}.',
  });
  it('come back as a part of their own that names their language', () => {
    expect(tr.parts('said', { said: 'More help at night' }, { said: 'en' })).toEqual([
      '“',
      { tag: 'lang', text: 'More help at night', lang: 'en' },
      '” dediniz.',
    ]);
  });
  it('make a link that holds nothing else in that language too', () => {
    expect(
      tr.parts('agreed', { meeting: 'Forum, May', action: 'Ask the trust' }, { meeting: 'en', action: undefined }),
    ).toEqual([{ tag: 'meetingLink', text: 'Forum, May', lang: 'en' }, ' bir eylem kararlaştırdı: Ask the trust.']);
  });
  it('keep their language inside a link that holds other words too', () => {
    const reply = messagesOf('tr', { read: '<link>{commitment} değerlendirmesine verilen yanıtı okuyun</link>.' });
    expect(reply.parts('read', { commitment: 'A housing pathway' }, { commitment: 'en' })).toEqual([
      {
        tag: 'link',
        text: 'A housing pathway değerlendirmesine verilen yanıtı okuyun',
        pieces: [{ text: 'A housing pathway', lang: 'en' }, ' değerlendirmesine verilen yanıtı okuyun'],
      },
      '.',
    ]);
  });
  it('leave a link of the sentence’s own words without pieces', () => {
    const reply = messagesOf('tr', { read: '<link>{commitment} değerlendirmesine verilen yanıtı okuyun</link>.' });
    expect(reply.parts('read', { commitment: 'Konut yolu' }, { commitment: 'tr' })).toEqual([
      { tag: 'link', text: 'Konut yolu değerlendirmesine verilen yanıtı okuyun' },
      '.',
    ]);
  });
  it('are plain words when they are in the sentence’s own language', () => {
    expect(tr.parts('said', { said: 'Gece daha çok yardım' }, { said: 'tr' })).toEqual([
      '“Gece daha çok yardım” dediniz.',
    ]);
  });
  it('keep every word they hold, whatever it is', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom('en', 'ar', 'pl'), (said, lang) => {
        const parts = tr.parts('said', { said }, { said: lang });
        expect(parts[1]).toEqual({ tag: 'lang', text: said, lang });
        expect(parts.map((p) => (typeof p === 'string' ? p : p.text)).join('')).toBe(`“${said}” dediniz.`);
      }),
    );
  });
});

describe('words filled into a right-to-left sentence', () => {
  it('keep their own direction in Arabic, so an English name does not move the full stop after it', () => {
    const ar = messagesOf('ar', { promise: 'وعد {partner}.' });
    expect(ar.t('promise', { partner: 'Kestrel House' })).toBe('وعد \u2068Kestrel House\u2069.');
    expect(ar.parts('promise', { partner: 'Kestrel House' })).toEqual(['وعد \u2068Kestrel House\u2069.']);
  });
  it('are left as they are in a left-to-right language', () => {
    expect(messagesOf('tr', { promise: '{partner} söz verdi.' }).t('promise', { partner: 'Kestrel House' })).toBe(
      'Kestrel House söz verdi.',
    );
  });
});

describe('words worked out once and given again', () => {
  // The site remembers each label, date and list it has written; what it gives again must be what
  // Intl would write afresh, for any day, any list and any order of asking.
  const day = fc
    .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const lang = fc.constantFrom('en', 'tr', 'pl', 'ar');
  // One set of words per language for all runs, so each run asks words that remember earlier runs.
  const wordsOf = Object.fromEntries(['en', 'tr', 'pl', 'ar'].map((code) => [code, messagesIn(code)]));
  it('are the same dates Intl writes, asked for in any order and more than once', () => {
    fc.assert(
      fc.property(lang, fc.array(day, { maxLength: 20 }), (code, days) => {
        const words = wordsOf[code]!;
        const locale = code === 'en' ? 'en-GB' : code;
        const fresh = new Intl.DateTimeFormat(locale, {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
          timeZone: 'UTC',
        });
        for (const d of [...days, ...days]) expect(words.date(d)).toBe(fresh.format(new Date(`${d}T00:00:00Z`)));
      }),
    );
  });
  it('are the same lists Intl writes, whatever the items hold', () => {
    fc.assert(
      fc.property(
        lang,
        fc.array(fc.tuple(fc.constantFrom('and' as const, 'or' as const), fc.array(fc.string(), { maxLength: 5 })), {
          maxLength: 10,
        }),
        (code, lists) => {
          const words = wordsOf[code]!;
          const locale = code === 'en' ? 'en-GB' : code;
          const fresh = {
            and: new Intl.ListFormat(locale, { type: 'conjunction' }),
            or: new Intl.ListFormat(locale, { type: 'disjunction' }),
          };
          for (const [joiner, items] of [...lists, ...lists])
            expect(words.list(items, joiner)).toBe(fresh[joiner].format(items));
        },
      ),
    );
  });
  it('keep two lists apart that join to the same text', () => {
    const en = messagesIn('en');
    expect(en.list(['a, b', 'c'], 'and')).toBe('a, b and c');
    expect(en.list(['a', 'b, c'], 'and')).toBe('a and b, c');
    expect(en.list(['a', 'b'], 'and')).toBe('a and b');
    expect(en.list(['a\u0000b'], 'and')).toBe('a\u0000b');
    expect(en.list([], 'and')).toBe('');
  });
  it('fill a sentence afresh each time it is given values, and remember it when it is given none', () => {
    const words = messagesOf('en', { plain: 'Commitments', counted: '{count, plural, one {# day} other {# days}}' });
    expect(words.t('plain')).toBe('Commitments');
    expect(words.t('plain', {})).toBe('Commitments');
    expect(words.t('counted', { count: 1 })).toBe('1 day');
    expect(words.t('counted', { count: 3 })).toBe('3 days');
    expect(words.t('counted', { count: 1 })).toBe('1 day');
  });
});
