// The rules that span files: every reference resolves, dates agree across files, ids are unique.
import type { Commitment, Input, Minutes, Update, Vision } from '../contract/index.ts';
import { collections, type CollectionName } from '../contract/index.ts';
import { fieldName, type Problem } from './problem.ts';
import type { RawEntry } from './read.ts';
import { closest, didYouMean } from './suggest.ts';

function suggestion(written: string, entries: RawEntry[]): string {
  const id = meant(written, entries);
  return id && id !== written ? ` Did you mean \`${id}\`?` : '';
}
import type { ValidEntry } from './validate.ts';

export interface Validated {
  /** Every file that was read, valid or not, so a reference to a file with its own problem still resolves. */
  raw: RawEntry[];
  visions: ValidEntry<Vision>[];
  commitments: ValidEntry<Commitment>[];
  updates: ValidEntry<Update>[];
  minutes: ValidEntry<Minutes>[];
  inputs: ValidEntry<Input>[];
}

function problemAt(entry: RawEntry, path: PropertyKey[], message: string): Problem {
  return { file: entry.file, line: entry.lineOf(path), field: fieldName(path), message };
}

/** Each reference from one collection's field to another collection. */
const REFERENCES: { from: CollectionName; field: string; to: CollectionName; list?: boolean }[] = [
  { from: 'commitments', field: 'partner', to: 'partners' },
  { from: 'commitments', field: 'vision', to: 'visions' },
  { from: 'updates', field: 'commitment', to: 'commitments' },
  { from: 'minutes', field: 'group', to: 'groups' },
  { from: 'minutes', field: 'themes', to: 'themes', list: true },
  { from: 'minutes', field: 'commitments', to: 'commitments', list: true },
  { from: 'inputs', field: 'meeting', to: 'minutes' },
  { from: 'inputs', field: 'themes', to: 'themes', list: true },
  { from: 'inputs', field: 'commitments', to: 'commitments', list: true },
];

/** The id a volunteer probably meant: one whose name or title is what they wrote, or one close to it. */
function meant(written: string, entries: RawEntry[]): string | undefined {
  const byName = entries.find((e) => {
    const data = e.data as { name?: unknown; title?: unknown } | undefined;
    return [data?.name, data?.title].some(
      (n) => typeof n === 'string' && n.trim().toLowerCase() === written.trim().toLowerCase(),
    );
  });
  return (
    byName?.id ??
    closest(
      written,
      entries.map((e) => e.id),
    )
  );
}

function checkReferences(v: Validated): Problem[] {
  const ids = new Map<string, string[]>();
  for (const entry of v.raw) ids.set(entry.collection, [...(ids.get(entry.collection) ?? []), entry.id]);
  const valid: Record<string, ValidEntry[]> = {
    commitments: v.commitments,
    updates: v.updates,
    minutes: v.minutes,
    inputs: v.inputs,
  };
  const problems: Problem[] = [];
  for (const rule of REFERENCES) {
    const known = ids.get(rule.to) ?? [];
    const noun = collections[rule.to].noun;
    for (const { raw, data } of valid[rule.from] ?? []) {
      const value = (data as Record<string, unknown>)[rule.field];
      if (value === undefined) continue;
      const targets = rule.list ? (value as string[]) : [value as string];
      targets.forEach((target, i) => {
        if (known.includes(target)) return;
        const path = rule.list ? [rule.field, i] : [rule.field];
        const listed =
          known.length > 0 && known.length <= 12 ? ` The ${rule.to} are: ${[...known].sort().join(', ')}.` : '';
        problems.push(
          problemAt(
            raw,
            path,
            `There is no ${noun} \`${target}\` (no file ${rule.to}/${target}${collections[rule.to].endings[0]}).${suggestion(
              target,
              v.raw.filter((e) => e.collection === rule.to),
            )}${listed} Use the file name, without its ending, of an existing ${noun}.`,
          ),
        );
      });
    }
  }
  return problems;
}

function checkAims(v: Validated): Problem[] {
  const visions = new Map(v.visions.map((e) => [e.raw.id, e.data]));
  return v.commitments.flatMap(({ raw, data }) => {
    const vision = visions.get(data.vision);
    if (!vision) return [];
    const aimIds = vision.aims.map((a) => a.id);
    return data.aims.flatMap((aim, i) =>
      aimIds.includes(aim)
        ? []
        : [
            problemAt(
              raw,
              ['aims', i],
              `\`${aim}\` is not an aim of the vision \`${data.vision}\`.${didYouMean(aim, aimIds)} Its aims are: ${aimIds.join(', ')}.`,
            ),
          ],
    );
  });
}

function checkUpdateDates(v: Validated): Problem[] {
  const commitments = new Map(v.commitments.map((e) => [e.raw.id, e.data]));
  const problems: Problem[] = [];
  for (const { raw, data } of v.updates) {
    const commitment = commitments.get(data.commitment);
    if (commitment && data.date < commitment.made) {
      problems.push(
        problemAt(
          raw,
          ['date'],
          `\`date\` is ${data.date}, before the commitment \`${data.commitment}\` was made (${commitment.made}). An update cannot come before its commitment: check this date, or the commitment's \`made\` date.`,
        ),
      );
    }
  }
  // Two updates on one day that disagree leave the current status unclear.
  const byDay = new Map<string, ValidEntry<Update>>();
  for (const update of [...v.updates].sort((a, b) => a.raw.file.localeCompare(b.raw.file))) {
    const key = `${update.data.commitment} ${update.data.date}`;
    const other = byDay.get(key);
    if (other && other.data.status !== update.data.status) {
      problems.push(
        problemAt(
          update.raw,
          ['date'],
          `${other.raw.file} is also an update on \`${update.data.commitment}\` dated ${update.data.date}, with status \`${other.data.status}\` where this one says \`${update.data.status}\`, so the current status is unclear. Put them in one update, or correct a date.`,
        ),
      );
    } else if (!other) byDay.set(key, update);
  }
  return problems;
}

function checkUniqueRefs(v: Validated): Problem[] {
  const seen = new Map<string, ValidEntry<Input>>();
  const problems: Problem[] = [];
  for (const input of [...v.inputs].sort((a, b) => a.raw.file.localeCompare(b.raw.file))) {
    const key = input.data.ref.toUpperCase();
    const other = seen.get(key);
    if (other)
      problems.push(
        problemAt(
          input.raw,
          ['ref'],
          `${input.data.ref} is already the reference of ${other.raw.file}. Each input needs its own reference code: give this one the next free number.`,
        ),
      );
    else seen.set(key, input);
  }
  return problems;
}

function checkUniqueActions(v: Validated): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { raw, data } of [...v.minutes].sort((a, b) => a.raw.file.localeCompare(b.raw.file))) {
    (data.actions ?? []).forEach((action, i) => {
      const key = action.id.toUpperCase();
      const other = seen.get(key);
      if (other)
        problems.push(
          problemAt(
            raw,
            ['actions', i, 'id'],
            `\`${action.id}\` is already the id of an action in ${other}. Each action needs its own id across all minutes: give this one a new id.`,
          ),
        );
      else seen.set(key, raw.file);
    });
  }
  return problems;
}

/**
 * Things that happened cannot be dated after the day the site is built. A future-dated update
 * would become the commitment's status today (and could clear its overdue flag) before anything
 * happened, so it is refused rather than shown early.
 */
function checkNotInFuture(v: Validated, today: string): Problem[] {
  const dated: { entries: readonly { raw: RawEntry; data: object }[]; field: string; what: string }[] = [
    {
      entries: v.updates,
      field: 'date',
      what: 'An update reports what has happened, so it cannot be dated after today',
    },
    {
      entries: v.minutes,
      field: 'date',
      what: 'Minutes record a meeting that has taken place, so they cannot be dated after today',
    },
    { entries: v.inputs, field: 'received', what: 'An input cannot be received after today' },
    { entries: v.commitments, field: 'made', what: 'A commitment cannot be made after today' },
  ];
  return dated.flatMap(({ entries, field, what }) =>
    entries.flatMap(({ raw, data }) => {
      const day = (data as Record<string, unknown>)[field];
      return typeof day === 'string' && day > today
        ? [
            problemAt(
              raw,
              [field],
              `\`${field}\` is ${day}, but today is ${today}. ${what}: until then it would count as if it had already happened. Check the date, or add the file on the day.`,
            ),
          ]
        : [];
    }),
  );
}

/** Every rule that spans files, run on the entries that passed their own schema, for the day the site is built. */
export function crossCheck(v: Validated, today: string): Problem[] {
  return [
    ...checkReferences(v),
    ...checkAims(v),
    ...checkUpdateDates(v),
    ...checkNotInFuture(v, today),
    ...checkUniqueRefs(v),
    ...checkUniqueActions(v),
  ];
}
