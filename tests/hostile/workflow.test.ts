// Under GitHub Actions, a log line starting `::` is a command. Content quoted in the report must
// never become one: only the check's own annotations and its stop/resume pair may appear.
import { afterEach, expect, it } from 'vitest';
import { checkScript, copyFixture, runIn, type Copy } from '../helpers/fixture.ts';
import { CASES } from './cases.ts';

let copy: Copy | undefined;
afterEach(() => copy?.dispose());

it('lets no value in the content print a workflow command, in any of the forged files', () => {
  copy = copyFixture();
  for (const c of CASES.filter((x) => x.cls === 'workflow output')) copy.write(c.file, String(c.content));
  const run = runIn(copy.root, [checkScript], { GITHUB_ACTIONS: 'true' });
  expect(run.status).toBe(1);
  const commands = run.output.split('\n').filter((line) => line.startsWith('::'));
  const [stop, ...rest] = commands;
  const token = /^::stop-commands::([0-9a-f-]{36})$/.exec(stop ?? '')?.[1];
  expect(token, stop).toBeDefined();
  expect(rest[0]).toBe(`::${token}::`);
  for (const line of rest.slice(1)) expect(line).toMatch(/^::error file=src%2Fcontent|^::error file=src\/content/);
  expect(rest.slice(1).length).toBeGreaterThanOrEqual(2);
  // The forged text is there for the volunteer to read, but escaped, never at the start of a line.
  expect(run.output).toContain('deliverd\\n::error file=README.md::forged');
});
