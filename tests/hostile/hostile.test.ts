// Hostile content: each file is refused by the check at its line, in plain words, and what the
// build would publish from it (the HTML the reader rendered) is harmless whatever the check said.
import { existsSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check.ts';
import { readContent } from '../../src/check/read.ts';
import { copyFixture, type Copy } from '../helpers/fixture.ts';
import { CANARY, CASES, MARKER, type Class } from './cases.ts';
import { unsafeParts } from './safe-html.ts';

/** Wording from the libraries underneath, which must never reach a volunteer. */
export const RAW_WORDING =
  /Invalid input|Unexpected (character|token|end)|acorn|YAMLParseError|ZodError|Error:|TypeError|ReferenceError|^\s+at /m;

let copy: Copy | undefined;
beforeAll(() => {
  process.env.PORTAL_CANARY = CANARY;
  rmSync(MARKER, { force: true });
});
afterEach(() => copy?.dispose());
afterAll(() => {
  delete process.env.PORTAL_CANARY;
});

function plant(file: string, content: string | Buffer): Copy {
  copy = copyFixture();
  const path = join(copy.content, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
  return copy;
}

const classes = [...new Set(CASES.map((c) => c.cls))] as Class[];

it('has at least 60 hostile files across every class', () => {
  expect(CASES.length).toBeGreaterThanOrEqual(60);
  expect(classes).toHaveLength(8);
});

for (const cls of classes) {
  describe(`hostile content: ${cls}`, () => {
    for (const c of CASES.filter((x) => x.cls === cls)) {
      it(`refuses ${c.name}, at its line, in plain words, and publishes nothing harmful`, () => {
        const project = plant(c.file, c.content);
        const { problems } = checkContent(project.root);
        const named = c.reported ?? `src/content/${c.file}`;
        const here = problems.filter((p) => p.file === named);
        expect(here.map((p) => `${p.line}: ${p.message}`).join('\n'), `problems: ${JSON.stringify(problems)}`).toMatch(
          c.says,
        );
        expect(
          here.some((p) => p.line === c.line && c.says.test(p.message)),
          JSON.stringify(here),
        ).toBe(true);
        for (const p of problems) expect(p.message).not.toMatch(RAW_WORDING);
        // What the build would publish from the same read, had the check been skipped.
        for (const entry of readContent(project.content, project.root).entries) {
          expect(unsafeParts(entry.rendered?.html ?? '', [CANARY]), entry.file).toEqual([]);
        }
        expect(existsSync(MARKER)).toBe(false);
      });
    }
  });
}

describe('links in the content folder', () => {
  it('refuses a link to a file outside the repository, naming it', () => {
    copy = copyFixture();
    symlinkSync('/etc/hostname', join(copy.content, 'updates', 'outside.mdx'));
    const { problems } = checkContent(copy.root);
    expect(problems).toContainEqual(
      expect.objectContaining({
        file: 'src/content/updates/outside.mdx',
        line: 1,
        message: expect.stringMatching(/is a link to another file/),
      }),
    );
  });
  it('refuses a link to a folder instead of crashing', () => {
    copy = copyFixture();
    symlinkSync('/etc', join(copy.content, 'updates', 'etc'));
    symlinkSync('/etc', join(copy.content, 'themes-elsewhere'));
    const { problems } = checkContent(copy.root);
    expect(problems.map((p) => p.file)).toEqual(
      expect.arrayContaining(['src/content/updates/etc', 'src/content/themes-elsewhere']),
    );
  });
});

describe('files the site leaves alone', () => {
  it('never reads a README in a collection folder, so it can neither publish HTML nor change a status', () => {
    const project = plant(
      'updates/README.md',
      '---\ntitle: x\ndate: 2024-12-01\ncommitment: night-line\nstatus: delivered\n---\n<meta http-equiv="refresh" content="0;url=https://evil.example">\n',
    );
    const checked = checkContent(project.root);
    expect(checked.problems).toEqual([]);
    expect(checked.updates.map((u) => u.raw.id)).not.toContain('README');
  });
  it('reads a file saved with a byte-order mark and Windows line endings like any other', () => {
    const project = plant(
      'updates/windows.mdx',
      '\ufeff---\r\ntitle: Saved on Windows\r\ndate: 2024-06-01\r\ncommitment: night-line\r\nstatus: in-progress\r\n---\r\nGoing *well*.\r\n',
    );
    const checked = checkContent(project.root);
    expect(checked.problems).toEqual([]);
    expect(checked.updates.find((u) => u.raw.id === 'windows')?.raw.rendered?.html).toBe('<p>Going <em>well</em>.</p>');
  });
});

describe('a site.yaml with lists of the wrong kind', () => {
  it('is reported in plain words, and the personal-data scan still runs', () => {
    copy = copyFixture();
    copy.edit(
      'site.yaml',
      'exampleContent: false',
      'exampleContent: false\nallowedEmails: 5\nallowedPhoneNumbers: [1, 2]',
    );
    copy.write('themes/call.yaml', 'name: Call 07700 900123\n');
    const { problems } = checkContent(copy.root);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.field ?? ''}`)).toEqual(
      expect.arrayContaining([
        'src/content/site.yaml:6 allowedEmails',
        'src/content/site.yaml:7 allowedPhoneNumbers › item 1',
        'src/content/themes/call.yaml:1 name',
      ]),
    );
    for (const p of problems) expect(p.message).not.toMatch(RAW_WORDING);
  });
});
