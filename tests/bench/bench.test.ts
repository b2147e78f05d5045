// The benchmark keeps working: its content generator writes valid content for any seed and size,
// and `npm run bench` runs end to end at a small size. Its figures are printed, never asserted.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateContent } from '../../bench/generate.ts';
import { checkContent } from '../../src/check/check.ts';
import { PROJECT, runIn } from '../helpers/fixture.ts';

const siteYaml = readFileSync(join(PROJECT, 'src', 'content', 'site.yaml'), 'utf8');

describe('the benchmark', () => {
  it('generates content that passes the content check, of the size asked for, for any seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), fc.integer({ min: 60, max: 400 }), (seed, entries) => {
        const root = mkdtempSync(join(tmpdir(), 'portal-bench-test-'));
        try {
          const { counts } = generateContent({ entries, seed, root, siteYaml, today: '2026-12-01' });
          const checked = checkContent(root, { today: '2026-12-01' });
          expect(checked.problems).toEqual([]);
          expect(checked.warnings).toEqual([]);
          expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(entries);
          for (const [name, n] of Object.entries(counts)) expect(checked.byCollection[name]).toHaveLength(n);
        } finally {
          rmSync(root, { recursive: true, force: true });
        }
      }),
      { numRuns: 6 },
    );
  });

  it('writes different prose for different entries, so the search index grows as a real one would', () => {
    const root = mkdtempSync(join(tmpdir(), 'portal-bench-test-'));
    try {
      generateContent({ entries: 300, seed: 3, root, siteYaml, today: '2026-12-01' });
      const bodies = checkContent(root, { today: '2026-12-01' }).updates.map((u) => u.raw.body);
      expect(new Set(bodies).size).toBe(bodies.length);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('runs end to end at a small size and prints its table', () => {
    const run = runIn(PROJECT, [join(PROJECT, 'bench', 'run.ts'), '--entries', '80', '--runs', '1']);
    expect(run.output).toContain('| entries | portal wall | bare wall | portal CPU | bare CPU | CPU ratio |');
    expect(run.output).toMatch(/^\| 80 /m);
    // npm run check from cold, the content parsed by the check's readers alone, then the check again
    // with nothing changed, then after one file is edited.
    expect(run.output).toMatch(/\| cold check +\| parsers alone +\| warm check +\| check after an edit +\|$/m);
    const timed = String.raw`\d+\.\d s \(\d+\.\d s CPU\) +\|`;
    expect(run.output).toMatch(new RegExp(String.raw`^\| 80 .*\| ${timed} ${timed} ${timed} ${timed}$`, 'm'));
    expect(run.output).toMatch(
      /check 1: cold \d+\.\d s wall, \d+\.\d s CPU; warm \d+\.\d s wall, \d+\.\d s CPU; after an edit \d+\.\d s wall, \d+\.\d s CPU; parsers alone \(one thread\) \d+\.\d s wall/,
    );
    expect(run.output).toMatch(/Phases of the portal's build \(median\): check and start \d/);
    expect(run.output).toMatch(/The five largest pages: \/\S+ \d+ KB/);
    expect(run.status).toBe(0);
    // Two builds and a browser: minutes on a busy machine. The bound only stops a hung run.
  }, 600_000);
});
