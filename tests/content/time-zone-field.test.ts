// `timeZone` in site.yaml: the clocks the partnership meets by, for the calendars' hours. A name a
// calendar could not follow through the changes of the clocks is refused, in plain words.
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check.ts';
import { isTimeZone } from '../../src/contract/site.ts';
import { copyFixture, type Copy } from '../helpers/fixture.ts';

let copy: Copy | undefined;
afterEach(() => copy?.dispose());

function checkWithTimeZone(line: string) {
  copy = copyFixture();
  copy.edit('site.yaml', 'exampleContent: false\n', `exampleContent: false\n${line}\n`);
  return checkContent(copy.root);
}

describe('the time zone in site.yaml', () => {
  it('accepts a name from the IANA list', () => {
    const { problems, site } = checkWithTimeZone('timeZone: Europe/Dublin');
    expect(problems).toEqual([]);
    expect(site?.data.timeZone).toBe('Europe/Dublin');
  });

  it('is optional: calendars then keep the clocks of Europe/London', () => {
    copy = copyFixture();
    const { problems, site } = checkContent(copy.root);
    expect(problems).toEqual([]);
    expect(site?.data.timeZone).toBeUndefined();
  });

  it.each(['GMT', 'BST', '+01:00', 'Europe/Wrenfold', 'London', 'europe london'])(
    'refuses %s, naming the line and the field and saying how to write one',
    (zone) => {
      const { problems } = checkWithTimeZone(`timeZone: ${zone}`);
      expect(problems.map((p) => [p.file, p.field])).toEqual([['src/content/site.yaml', 'timeZone']]);
      // What was written is quoted unless it could be a name (London), which the check never repeats.
      expect(problems[0]!.message).toMatch(
        /^`timeZone` must be a time zone name from the IANA list, like Europe\/London or Europe\/Dublin(; you wrote `[^`]+`)?\.$/,
      );
    },
  );

  it('knows a zone by its IANA name, and no abbreviation or offset', () => {
    for (const zone of ['Europe/London', 'Europe/Belfast', 'America/Toronto', 'UTC'])
      expect(isTimeZone(zone)).toBe(true);
    for (const zone of ['GMT', 'EST', '+01:00', 'Etc/Nowhere', '']) expect(isTimeZone(zone)).toBe(false);
  });
});
