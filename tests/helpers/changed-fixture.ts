// Copies of the minimal fixture for a test to change and check, each removed after its test.
import { afterEach } from 'vitest';
import { checkContent } from '../../src/check/check.ts';
import type { Problem } from '../../src/check/problem.ts';
import { copyFixture, type Copy } from './fixture.ts';

/** Call once at the top of a test file: `fresh` gives a new copy, `problemsAfter` checks one changed by `change`. */
export function changedFixtures(): { fresh(): Copy; problemsAfter(change: (c: Copy) => void): Problem[] } {
  let copies: Copy[] = [];
  afterEach(() => {
    for (const copy of copies) copy.dispose();
    copies = [];
  });
  const fresh = () => {
    const copy = copyFixture();
    copies.push(copy);
    return copy;
  };
  return {
    fresh,
    problemsAfter(change) {
      const copy = fresh();
      change(copy);
      return checkContent(copy.root).problems;
    },
  };
}
