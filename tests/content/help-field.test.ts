// The `help` list in site.yaml: the services the help page lists. A service a reader cannot reach,
// a number a phone cannot call and an address that is not https are refused, in plain words.
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check.ts';
import { isPhoneNumber } from '../../src/contract/site.ts';
import { routesUnder } from '../../src/present/routes.ts';
import { copyFixture, type Copy } from '../helpers/fixture.ts';

let copy: Copy | undefined;
afterEach(() => copy?.dispose());

const VALID = `help:
  - name: Samaritans
    for: Someone to talk to, whatever you are going through.
    phone: '116 123'
    web: https://www.samaritans.org
    hours: 24 hours, every day
  - name: Shout
    for: A free text service if you are struggling to cope.
    text: Text SHOUT to 85258
`;

/** The minimal fixture's site.yaml with `help` added after its last line (line 6 on). */
function checkWithHelp(help: string) {
  copy = copyFixture();
  if (help) copy.edit('site.yaml', 'exampleContent: false\n', `exampleContent: false\n${help}`);
  return checkContent(copy.root);
}

describe('the help list in site.yaml', () => {
  it('accepts services with a phone, a text line or a web address, and keeps them in order', () => {
    const { problems, site } = checkWithHelp(VALID);
    expect(problems).toEqual([]);
    expect(site?.data.help?.map((s) => s.name)).toEqual(['Samaritans', 'Shout']);
  });

  it('is optional', () => {
    const { problems, site } = checkWithHelp('');
    expect(problems).toEqual([]);
    expect(site?.data.help).toBeUndefined();
  });

  it.each([
    {
      rule: 'a service with no way to reach it',
      help: `help:\n  - name: Samaritans\n    for: Someone to talk to.\n    hours: 24 hours\n`,
      line: 7,
      field: 'help › item 1',
      says: [/must say how to reach the service/, /at least one of `phone`, `text` or `web`/],
    },
    {
      rule: 'a phone number with words in it',
      help: `help:\n  - name: Samaritans\n    for: Someone to talk to.\n    phone: call 116 123\n`,
      line: 9,
      field: 'help › item 1 › phone',
      says: [/must be a phone number of digits/, /like "116 123"/, /you wrote `call 116 123`/],
    },
    {
      rule: 'a phone number too short to call',
      help: `help:\n  - name: Samaritans\n    for: Someone to talk to.\n    phone: '11'\n`,
      line: 9,
      field: 'help › item 1 › phone',
      says: [/must be a phone number of digits/],
    },
    {
      rule: 'a web address that is not https',
      help: `help:\n  - name: Samaritans\n    for: Someone to talk to.\n    web: http://www.samaritans.org\n`,
      line: 9,
      field: 'help › item 1 › web',
      says: [/must be a full web address starting with https:\/\//, /you wrote `http:\/\/www.samaritans.org`/],
    },
    {
      rule: 'a service without what it is for',
      help: `help:\n  - name: Samaritans\n    phone: '116 123'\n`,
      line: 7,
      field: 'help › item 1 › for',
      says: [/`for` is missing/, /what it is for, in one calm sentence/],
    },
  ])('refuses $rule, saying so in plain words', ({ help, line, field, says }) => {
    const { problems } = checkWithHelp(help);
    expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
    const [problem] = problems;
    expect(problem!.file).toBe('src/content/site.yaml');
    expect(problem!.line).toBe(line);
    expect(problem!.field).toBe(field);
    for (const phrase of says) expect(problem!.message).toMatch(phrase);
  });

  it('allows the help services’ phone numbers in content, as if listed in allowedPhoneNumbers', () => {
    copy = copyFixture();
    copy.edit(
      'site.yaml',
      'exampleContent: false\n',
      `exampleContent: false\nhelp:\n  - name: Northmoor Night Line\n    for: Someone to talk to at night.\n    phone: '0800 123 4567'\n`,
    );
    copy.write('themes/night.yaml', 'name: Night help\ndescription: Call the night line on 0800 123 4567.\n');
    expect(checkContent(copy.root).problems).toEqual([]);
    // The same number in content, with the service gone from the list, is refused as personal data.
    copy.edit('site.yaml', /help:[\s\S]*$/, '');
    const problems = checkContent(copy.root).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/looks like a UK phone number/);
  });
});

describe('phone numbers a tel: link can hold', () => {
  it.each(['999', '111', '116 123', '0800 123 4567', '+44 800 123 4567', '0800-123-4567'])('accepts %s', (n) =>
    expect(isPhoneNumber(n)).toBe(true),
  );
  it.each(['11', 'Samaritans', '116 123 (free)', '0800 SHOUT', '++44 1', '1234567890123456'])('refuses %s', (n) =>
    expect(isPhoneNumber(n)).toBe(false),
  );
  it('links to its digits only', () => {
    expect(routesUnder('/portal/').tel('116 123')).toBe('tel:116123');
    expect(routesUnder('/').tel('+44 800 123 4567')).toBe('tel:+448001234567');
  });
});

describe('the languages in site.yaml', () => {
  const checkWithLanguages = (languages: string) => {
    copy = copyFixture();
    copy.edit('site.yaml', 'exampleContent: false\n', `exampleContent: false\nlanguages: ${languages}\n`);
    return checkContent(copy.root);
  };

  it('accepts languages that each have a catalogue, the content’s own first', () => {
    const { problems, site } = checkWithLanguages('[en, tr, pl, ar]');
    expect(problems).toEqual([]);
    expect(site?.data.languages).toEqual(['en', 'tr', 'pl', 'ar']);
  });

  it('refuses a language with no catalogue, naming the line and the field and saying how to add one', () => {
    const { problems } = checkWithLanguages('[en, tk]');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'src/content/site.yaml', line: 6, field: 'languages[1]' });
    expect(problems[0]!.message).toMatch(/no src\/present\/catalogues\/tk\.yaml\. Did you mean `tr`\?/);
    expect(problems[0]!.message).toMatch(/copy en\.yaml and translate the words in quotes/);
  });

  it('refuses a list that does not start with the content’s own language', () => {
    const { problems } = checkWithLanguages('[tr, en]');
    expect(problems.map((p) => p.message)).toEqual([expect.stringMatching(/Put `en` first, like \[en, tr\]/)]);
  });

  it('refuses a language listed twice, or written as a name', () => {
    expect(checkWithLanguages('[en, tr, tr]').problems[0]!.message).toMatch(/lists a language twice/);
    expect(checkWithLanguages('[en, Turkish]').problems[0]!.message).toMatch(/two- or three-letter language code/);
  });
});
