// `npm run new`: from nothing to a valid file, by answering questions or with flags.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
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
      ['update', '1', '', 'Night line busier than planned', 'at-risk', '40', 'Calls doubled in December.'].join('\n'),
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
    const run = runNew(['update'], ['night-line', '', 'Title', 'deliverd', 'delivered', '', 'Done.'].join('\n'));
    expect(run.output).toContain('That is not one of the choices. Did you mean delivered?');
    expect(run.status).toBe(0);
  });
});

describe('npm run new, for something still waiting for a reply or that happened before today', () => {
  it('writes an input still waiting for a reply with no response and no reply date, asking neither', () => {
    const run = runNew(
      ['input'],
      // The last answer (no meeting) is an empty line: Enter.
      ['1', 'The line should take texts.', '', 'awaiting-response', 'Open Forum', '', ''].join('\n'),
    );
    expect(run.status, run.output).toBe(0);
    expect(run.output).not.toContain('What did the partnership do or decide?');
    expect(run.output).not.toContain('On what day did the partnership reply?');
    const written = copy!.read('inputs/nm-2025-1.md');
    expect(written).toContain('outcome: awaiting-response\n');
    expect(written).not.toMatch(/^(response|responded):/m);
    expect(checkContent(copy!.root).problems).toEqual([]);
  });

  it('writes an input still waiting for a reply from flags, without --response', () => {
    const run = runNew([
      'input',
      ...['--themes', 'crisis', '--said', 'The line should take texts.', '--outcome', 'awaiting-response'],
      ...['--source', 'Open Forum'],
    ]);
    expect(run.status, run.output).toBe(0);
    expect(copy!.read('inputs/nm-2025-1.md')).not.toMatch(/^(response|responded):/m);
    expect(checkContent(copy!.root).problems).toEqual([]);
  });

  it('takes the day something was received, replied to, made or reported, each defaulting to today', () => {
    const input = runNew([
      'input',
      ...['--themes', 'crisis', '--said', 's', '--received', '2024-11-04', '--outcome', 'acted-on'],
      ...['--response', 'r', '--responded', '2024-12-02', '--source', 'Survey'],
    ]);
    expect(input.status, input.output).toBe(0);
    expect(copy!.read('inputs/nm-2025-1.md')).toMatch(/^received: 2024-11-04\n[\s\S]*^responded: 2024-12-02$/m);
    const commitment = runNew([
      'commitment',
      ...['--title', 'A text line', '--summary', 'Take texts.', '--partner', 'peer-voices', '--aims', 'crisis'],
      ...['--made', '2024-06-01', '--due', '2024-12-31'],
    ]);
    expect(commitment.status, commitment.output).toBe(0);
    expect(copy!.read('commitments/a-text-line.mdx')).toContain('made: 2024-06-01\ndue: 2024-12-31\n');
    const update = runNew([
      'update',
      ...['--commitment', 'night-line', '--date', '2024-12-20', '--title', 'T', '--status', 'in-progress'],
      ...['--text', 'Going well.'],
    ]);
    expect(update.status, update.output).toBe(0);
    expect(copy!.read('updates/night-line-2024-12-20.mdx')).toContain('date: 2024-12-20\n');
    expect(checkContent(copy!.root).problems).toEqual([]);
  });

  it('takes an answer that starts with a dash, as a Markdown list does', () => {
    const run = runNew([
      'update',
      ...['--commitment', 'night-line', '--title', 'T', '--status', 'in-progress'],
      ...['--text', '- The café opened\n- It has four rooms'],
    ]);
    expect(run.status, run.output).toBe(0);
    expect(copy!.read('updates/night-line-2025-01-15.mdx')).toContain('\n- The café opened\n- It has four rooms\n');
  });

  it('lists, for one kind of file, each question and the flag that answers it', () => {
    const run = runNew(['input', '--help']);
    expect(run.status).toBe(0);
    expect(run.output).toContain('--received       On what day was it said or received?');
    expect(run.output).toContain('--responded      On what day did the partnership reply? (only when it applies)');
    expect(run.output).toContain('--meeting        Was it said at a meeting? (may be left out)');
  });
});

describe('npm run new, given a command line it cannot use', () => {
  it.each([
    [['update', '--titel', 'T'], '--titel is not a flag npm run new knows. Did you mean --title?'],
    [['input', '--said'], '--said needs its answer straight after it, like --said "…".'],
    [['input', '--said', '--outcome', 'acted-on'], '--said needs its answer straight after it'],
    [
      ['input', '--said', 'The', 'line', 'should', 'take', 'texts.'],
      'Only what to make goes before the flags, and each flag takes one answer: "line should take texts." belongs to none.',
    ],
    [['update', '--made', '2025-01-01'], '--made is not asked for an update. Run npm run new -- update --help'],
    [
      ['input', '--themes', 'crisis', '--themes', 'housing'],
      '--themes is given twice, and only one answer would be kept. Give it once; where a question takes several answers, put them in one, with commas: --themes housing,stigma.',
    ],
    [
      ['update', '--commitment', 'night-line', '--date', '2099-01-04', '--title', 'T', '--status', 'in-progress'],
      '--date is 2099-01-04, a day still to come: an update reports what has happened, so it cannot be dated after today. Give 2025-01-15 or an earlier day.',
    ],
    [
      ['update', '--commitment', 'night-line', '--date', '2025-02-30', '--title', 'T', '--status', 'in-progress'],
      '--date is not a day on the calendar (2025-02-30).',
    ],
    [
      ['update', '--commitment', 'night-line', '--date', '12/03/2025'],
      '--date must be a date written YYYY-MM-DD, like 2025-03-12.',
    ],
    [
      ['input', '--themes', 'crisis', '--said', 's', '--outcome', 'awaiting-response', '--response', 'r'],
      '--response does not go with the other answers',
    ],
  ])('%j: says what is wrong in plain words, with no stack trace, and writes nothing', (args, message) => {
    copy = copyFixture();
    const files = () => readdirSync(copy!.content, { recursive: true }).map(String).sort();
    const before = files();
    const run = runNew(args);
    expect(run.status).toBe(1);
    expect(run.output).toContain(message);
    expect(run.output).not.toMatch(/\bat \S+ \(|node:internal|TypeError|ERR_/);
    expect(files()).toEqual(before);
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
