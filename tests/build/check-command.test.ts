// `npm run check` is what a volunteer runs: it must print every problem and exit non-zero.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkScript, copyFixture, runIn, type Copy } from '../helpers/fixture.ts';

let copy: Copy | undefined;
afterEach(() => copy?.dispose());

describe('npm run check', () => {
  it('says the content is valid and exits 0 when it is', () => {
    copy = copyFixture();
    const run = runIn(copy.root, [checkScript]);
    expect(run.output).toContain('The content is valid: no problems found.');
    expect(run.status).toBe(0);
  });

  it('lists every problem with file, line and field, and exits 1', () => {
    copy = copyFixture();
    copy.edit('commitments/night-line.mdx', 'due: 2024-12-31', 'due: 2024-01-15');
    copy.edit('updates/night-line-started.mdx', 'status: in-progress', 'status: finished');
    const run = runIn(copy.root, [checkScript]);
    expect(run.status).toBe(1);
    expect(run.output).toContain(
      'src/content/commitments/night-line.mdx:9  due\n  `due` is 2024-01-15, before the day the commitment was made (2024-02-01).',
    );
    expect(run.output).toContain('src/content/updates/night-line-started.mdx:5  status\n  `status` must be one of:');
    expect(run.output).toContain('Found 2 problems in the content.');
  });
});

describe('npm run check run again', () => {
  it('gives the same report at once when nothing has changed, and checks again after an edit', () => {
    copy = copyFixture();
    copy.edit('updates/night-line-started.mdx', 'Going well.', 'Going well.\n\nShe suffers from depression.');
    const first = runIn(copy.root, [checkScript]);
    const second = runIn(copy.root, [checkScript]);
    expect(second.output).toContain('no file has changed since the last check, so its findings stand');
    const report = (r: { output: string }) => r.output.slice(0, r.output.lastIndexOf('(checked in'));
    expect(report(second)).toBe(report(first));
    expect(second.status).toBe(first.status);
    copy.edit('updates/night-line-started.mdx', 'status: in-progress', 'status: finished');
    const third = runIn(copy.root, [checkScript]);
    expect(third.output).not.toContain('no file has changed');
    expect(third.output).toContain('src/content/updates/night-line-started.mdx:5  status');
    expect(third.status).toBe(1);
  });
});

describe('npm run check with warnings only', () => {
  it('prints each warning with its file, line and field, counts them, and still exits 0', () => {
    copy = copyFixture();
    copy.edit('updates/night-line-started.mdx', 'Going well.', 'Going well.\n\nShe suffers from depression.');
    const run = runIn(copy.root, [checkScript]);
    expect(run.status).toBe(0);
    expect(run.output).toContain('src/content/updates/night-line-started.mdx:14  text  (warning)\n  “suffers from”:');
    expect(run.output).toContain('The content is valid: no problems found. 1 warning above');
  });

  it('annotates a warning as ::warning under GitHub Actions, and fails on an error beside it', () => {
    copy = copyFixture();
    copy.edit('updates/night-line-started.mdx', 'Going well.', 'Going well.\n\nShe suffers from depression.');
    copy.edit('updates/night-line-started.mdx', 'status: in-progress', 'status: deliverd');
    const summary = join(copy.root, 'summary.md');
    const run = runIn(copy.root, [checkScript], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(run.status).toBe(1);
    expect(run.output).toMatch(
      /^::warning file=src\/content\/updates\/night-line-started\.mdx,line=14,title=Wording to check%3A text::“suffers from”:/m,
    );
    expect(run.output).toContain('Found 1 problem in the content.');
    expect(readFileSync(summary, 'utf8')).toContain('### 1 warning');
  });
});

describe('npm run check under GitHub Actions', () => {
  it('annotates each problem on its file and line, and writes every problem to the job summary', () => {
    copy = copyFixture();
    copy.edit('updates/night-line-started.mdx', 'status: in-progress', 'status: deliverd');
    copy.edit('commitments/night-line.mdx', 'partner: north-council', 'partner: north, council');
    const summary = join(copy.root, 'summary.md');
    const run = runIn(copy.root, [checkScript], { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary });
    expect(run.status).toBe(1);
    expect(run.output).toContain(
      '::error file=src/content/updates/night-line-started.mdx,line=5,title=Content problem%3A status::`status` must be one of: not-started, in-progress, at-risk, delivered, partly-delivered, not-delivered, withdrawn; you wrote `deliverd`. Did you mean `delivered`?',
    );
    expect(run.output).toMatch(
      /^::error file=src\/content\/commitments\/night-line\.mdx,line=4,title=Content problem%3A partner::/m,
    );
    const table = readFileSync(summary, 'utf8');
    expect(table).toContain('Found 2 problems.');
    expect(table).toContain('| src/content/updates/night-line-started.mdx | 5 | status | `status` must be one of:');
  });

  it('prints no annotations outside GitHub Actions', () => {
    copy = copyFixture();
    copy.edit('updates/night-line-started.mdx', 'status: in-progress', 'status: deliverd');
    expect(runIn(copy.root, [checkScript], { GITHUB_ACTIONS: '' }).output).not.toContain('::error');
  });
});
