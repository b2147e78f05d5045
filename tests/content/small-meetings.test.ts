// A meeting's roles list one decision-maker a person: more roles than people who came is a mistake,
// and at a meeting of fewer than 5 people the roles would tell how many came.
import { describe, expect, it } from 'vitest';
import { changedFixtures } from '../helpers/changed-fixture.ts';

const { problemsAfter } = changedFixtures();
const MINUTES = 'minutes/forum-one.mdx';
const withAttendance = (text: string) => (c: { edit(file: string, from: string, to: string): void }) =>
  c.edit(MINUTES, 'attendance:\n  total: 20\n  livedExperience: 12\n', text);

describe('the roles at a meeting', () => {
  it('are refused when there are more of them than people who came', () => {
    const problems = problemsAfter(
      withAttendance('attendance:\n  total: 2\n  roles:\n    - Chair\n    - Director\n    - Councillor\n'),
    );
    expect(problems.map((p) => [p.file, p.line, p.field, p.message])).toEqual([
      [
        `src/content/${MINUTES}`,
        7,
        'attendance › roles',
        '`roles` lists 3 roles, more than the 2 people who attended in total: each role is one person who came, so check both.',
      ],
    ]);
  });

  it('may be as many as the people who came, the same role twice included', () => {
    expect(
      problemsAfter(
        withAttendance('attendance:\n  total: 3\n  roles:\n    - Councillor\n    - Councillor\n    - Chair\n'),
      ),
    ).toEqual([]);
  });
});
