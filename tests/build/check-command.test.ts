// `npm run check` is what a volunteer runs: it must print every problem and exit non-zero.
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
    expect(run.output).toContain('src/content/commitments/night-line.mdx:9  due\n  `due` is 2024-01-15, before the day the commitment was made (2024-02-01).');
    expect(run.output).toContain('src/content/updates/night-line-started.mdx:5  status\n  `status` must be one of:');
    expect(run.output).toContain('Found 2 problems in the content.');
  });
});
