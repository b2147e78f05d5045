// valuesAt finds every value at a field path in an entry's data, list positions filled in: the
// rules across files (src/check/rules.ts) ask it of every entry, so a value it missed would be a
// reference or a date never checked.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { valuesAt } from '../../src/contract/schema-walk.ts';

/** The same question answered level by level, the plainest way: what valuesAt must agree with. */
function levelByLevel(data: unknown, path: readonly (string | '[]')[]) {
  let found: { path: (string | number)[]; value: unknown }[] = [{ path: [], value: data }];
  for (const step of path) {
    const next: typeof found = [];
    for (const { path: at, value } of found) {
      if (step === '[]') {
        if (Array.isArray(value)) value.forEach((item, i) => next.push({ path: [...at, i], value: item }));
      } else if (value && typeof value === 'object' && !Array.isArray(value) && step in value) {
        next.push({ path: [...at, step], value: (value as Record<string, unknown>)[step] });
      }
    }
    found = next;
  }
  return found.filter((f) => f.value !== undefined);
}

describe('the values at a field path', () => {
  it('fills in list positions, in the order the data lists them', () => {
    const data = { actions: [{ owner: 'a' }, { due: '2026-01-01' }, { owner: 'c' }] };
    expect(valuesAt(data, ['actions', '[]', 'owner'])).toEqual([
      { path: ['actions', 0, 'owner'], value: 'a' },
      { path: ['actions', 2, 'owner'], value: 'c' },
    ]);
  });

  it('goes through lists inside lists', () => {
    const data = { groups: [{ members: ['x', 'y'] }, { members: [] }, { members: ['z'] }] };
    expect(valuesAt(data, ['groups', '[]', 'members', '[]']).map((f) => [f.path.join('.'), f.value])).toEqual([
      ['groups.0.members.0', 'x'],
      ['groups.0.members.1', 'y'],
      ['groups.2.members.0', 'z'],
    ]);
  });

  it('finds nothing where the data has no such field, no list where one is asked for, or undefined', () => {
    expect(valuesAt({ a: 'text' }, ['a', '[]'])).toEqual([]);
    expect(valuesAt({ a: ['x'] }, ['a', 'b'])).toEqual([]);
    expect(valuesAt({ a: undefined }, ['a'])).toEqual([]);
    expect(valuesAt(null, ['a'])).toEqual([]);
    expect(valuesAt('text', [])).toEqual([{ path: [], value: 'text' }]);
  });

  it('agrees with answering level by level, for any data and any path', () => {
    const key = fc.constantFrom('a', 'b', 'toString', '0');
    const value = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.constant(undefined)),
        fc.array(tie('value'), { maxLength: 3 }),
        fc.dictionary(key, tie('value'), { maxKeys: 3 }),
      ),
    })).value;
    const path = fc.array(fc.oneof(key, fc.constant('[]' as const)), { maxLength: 5 });
    fc.assert(
      fc.property(value, path, (data, steps) => {
        expect(valuesAt(data, steps)).toEqual(levelByLevel(data, steps));
      }),
      { numRuns: 2000 },
    );
  });
});
