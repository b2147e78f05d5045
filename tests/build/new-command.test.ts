// `npm run new`: from nothing to a valid file, by answering questions or with flags.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/check/check.ts';
import { PROJECT, copyFixture, type Copy } from '../helpers/fixture.ts';

const script = join(PROJECT, 'bin', 'new.ts');
let copy: Copy | undefined;
afterEach(() => {
  copy?.dispose();
  copy = undefined;
});

function runNew(args: string[], answers = '') {
  copy ??= copyFixture();
  const result = spawnSync(process.execPath, [script, ...args], {
    cwd: copy.root,
    input: answers,
    encoding: 'utf8',
    env: { ...process.env, PORTAL_TODAY: '2025-01-15' },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe('npm run new, answering its questions', () => {
  it('writes a valid update with today’s date and a free id, and says what to do next', () => {
    const run = runNew(
      [],
      ['update', '1', 'Night line busier than planned', 'at-risk', '40', 'Calls doubled in December.'].join('\n'),
    );
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain('Wrote src/content/updates/night-line-2025-01-15.mdx');
    expect(run.output).toContain('Run npm run check');
    expect(copy!.read('updates/night-line-2025-01-15.mdx')).toBe(
      '---\ntitle: Night line busier than planned\ndate: 2025-01-15\ncommitment: night-line\nstatus: at-risk\nprogress: 40\n---\n\nCalls doubled in December.\n',
    );
    expect(checkContent(copy!.root).problems).toEqual([]);
  });

  it('offers the existing commitments to choose from', () => {
    const run = runNew(['update'], '');
    expect(run.output).toContain('1. A night line (night-line)');
    expect(run.output).toContain('3. Two crisis beds (crisis-beds)');
  });

  it('asks again when an answer is not one of the choices, suggesting the near one', () => {
    const run = runNew(['update'], ['night-line', 'Title', 'deliverd', 'delivered', '', 'Done.'].join('\n'));
    expect(run.output).toContain('That is not one of the choices. Did you mean delivered?');
    expect(run.status).toBe(0);
  });
});

describe('npm run new, with flags', () => {
  it.each([
    [
      'commitment',
      [
        '--title',
        'A peer support line',
        '--summary',
        'Run a peer support line at weekends.',
        '--partner',
        'peer-voices',
        '--aims',
        'crisis',
        '--due',
        '2025-12-31',
      ],
      'commitments/a-peer-support-line.mdx',
    ],
    [
      'minutes',
      ['--group', 'open-forum', '--attendance', '18', '--text', 'The forum discussed the night line.'],
      'minutes/open-forum-2025-01-15.mdx',
    ],
    [
      'input',
      [
        '--themes',
        'crisis',
        '--said',
        'The line should take texts.',
        '--response',
        'The council is looking into it.',
        '--outcome',
        'considering',
        '--source',
        'Open Forum',
        '--meeting',
        'forum-one',
      ],
      'inputs/nm-2025-1.md',
    ],
    [
      'review',
      [
        '--commitment',
        'night-line',
        '--group',
        'open-forum',
        '--verdict',
        'at-risk',
        '--method',
        'Forum discussion with 14 members',
        '--participants',
        '14',
        '--text',
        'People said the line often rang for a long time.',
      ],
      'reviews/night-line-2025-01-15.mdx',
    ],
    [
      'check-in',
      ['--vision', 'plan', '--title', 'One year on', '--method', 'Two open sessions', '--text', 'Residents spoke.'],
      'checkins/plan-2025-01-15.mdx',
    ],
    ['partner', ['--name', 'Northmoor Advocacy', '--kind', 'voluntary'], 'partners/northmoor-advocacy.yaml'],
    ['theme', ['--name', 'Housing & homes'], 'themes/housing-and-homes.yaml'],
    [
      'group',
      ['--name', 'Carers’ Circle', '--kind', 'forum', '--description', 'Carers of people who use services.'],
      'groups/carers-circle.yaml',
    ],
  ])('writes a valid %s', (kind, flags, file) => {
    const run = runNew([kind, ...flags]);
    expect(run.status, run.output).toBe(0);
    expect(existsSync(join(copy!.content, file)), run.output).toBe(true);
    expect(checkContent(copy!.root).problems).toEqual([]);
  });

  it('names a review after the group and the commitment when no title is given', () => {
    const run = runNew([
      'review',
      ...['--commitment', 'night-line', '--group', 'open-forum', '--verdict', 'too-early'],
      ...['--method', 'Forum discussion', '--text', 'Too soon to say.'],
    ]);
    expect(run.status, run.output).toBe(0);
    expect(copy!.read('reviews/night-line-2025-01-15.mdx')).toBe(
      '---\ntitle: "Open Forum: review of “A night line”"\ndate: 2025-01-15\ngroup: open-forum\ncommitment: night-line\nverdict: too-early\nmethod: Forum discussion\n---\n\nToo soon to say.\n',
    );
  });

  it('gives an input the next free reference code, and says so', () => {
    const run = runNew([
      'input',
      '--themes',
      'crisis',
      '--said',
      's',
      '--response',
      'r',
      '--outcome',
      'acted-on',
      '--source',
      'Survey',
    ]);
    expect(run.output).toContain('Its reference code is NM-2025-1');
    expect(copy!.read('inputs/nm-2025-1.md')).toContain('ref: NM-2025-1\nreceived: 2025-01-15\n');
  });

  it('never overwrites a file: a second update that day gets its own id', () => {
    const args = [
      'update',
      '--commitment',
      'night-line',
      '--title',
      'T',
      '--status',
      'in-progress',
      '--progress',
      '',
      '--text',
      'First.',
    ];
    runNew(args);
    const before = copy!.read('updates/night-line-2025-01-15.mdx');
    const again = runNew([...args.slice(0, -1), 'Second.']);
    expect(again.output).toContain('Wrote src/content/updates/night-line-2025-01-15-2.mdx');
    expect(copy!.read('updates/night-line-2025-01-15.mdx')).toBe(before);
  });

  it('refuses a wrong choice, saying what the choices are, and writes nothing', () => {
    const run = runNew(['update', '--commitment', 'night-line', '--title', 'T', '--status', 'done', '--text', 'x']);
    expect(run.status).toBe(1);
    expect(run.output).toContain(
      '--status done is not one of: not-started, in-progress, at-risk, delivered, partly-delivered, not-delivered, withdrawn.',
    );
    expect(existsSync(join(copy!.content, 'updates', 'night-line-2025-01-15.mdx'))).toBe(false);
  });

  it('says what it can make when asked for something else', () => {
    const run = runNew(['updte']);
    expect(run.output).toContain(
      '"updte" is not something npm run new makes. It makes: partner, theme, group, commitment, update, minutes, input, review, check-in. Did you mean update?',
    );
    expect(run.status).toBe(1);
  });
});

describe('the files it writes', () => {
  it('read as a volunteer would write them', () => {
    runNew([
      'partner',
      '--name',
      'Northmoor Advocacy',
      '--kind',
      'voluntary',
      '--website',
      'https://advocacy.northmoor.example',
    ]);
    expect(readFileSync(join(copy!.content, 'partners', 'northmoor-advocacy.yaml'), 'utf8')).toBe(
      'name: Northmoor Advocacy\nkind: voluntary\nwebsite: https://advocacy.northmoor.example\n',
    );
  });
});
