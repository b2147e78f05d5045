// The rules that span files. Two are read from the contract's tags, so every collection gets them
// without a word here: every field tagged `refersTo` must name an existing entry, and every date
// tagged `happened` cannot be after the day the site is built. The rest are rules about
// particular collections.
import { extname } from 'node:path';
import {
  SLUG,
  type Checkin,
  type Commitment,
  type Group,
  type Input,
  type Minutes,
  type Registry,
  type Review,
  type Update,
  type Vision,
} from '../contract/index.ts';
import { allFields, metaOf, valuesAt } from '../contract/schema-walk.ts';
import { refKey as codeKey } from '../model/refcode.ts';
import { fieldName, type Problem } from './problem.ts';
import type { RawEntry } from './read.ts';
import { isPicture, pictureNames, PICTURE_SET } from './pictures.ts';
import { closest, didYouMean } from './suggest.ts';
import { idItShouldHave, type ValidEntry } from './validate.ts';

/** Files in the order localeCompare gives, from one collator made once (a new one per comparison is slow at 10,000 files). */
const byFile = new Intl.Collator();

/** A file of a collection that is there but could not be read: a tab in its YAML, an ending the site does not read. */
export interface UnreadFile {
  collection: string;
  /** The id its name gives it. */
  id: string;
  file: string;
  /** What YAML can make of it despite its problem (read.ts partlyRead), to find it by a field other than its id. */
  guess(): Record<string, unknown> | undefined;
}

export interface Validated {
  /** Every file that was read, valid or not, so a reference to a file with its own problem still resolves. */
  raw: RawEntry[];
  /** The entries that passed their own schema, by collection. */
  byCollection: Record<string, ValidEntry[]>;
  /**
   * The files that are there but could not be read. Each has its own problem listed already, so a
   * reference to one is not to a missing file, and is left to that problem.
   */
  unread?: UnreadFile[];
}

/** The id an entry goes by in references: the one its file name should give it (validate.ts idItShouldHave). */
const idOf = (entry: { id: string }): string => idItShouldHave(entry.id);

function problemAt(entry: RawEntry, path: PropertyKey[], message: string): Problem {
  return { file: entry.file, line: entry.lineOf(path), field: fieldName(path), message };
}

/** The id a volunteer probably meant: one whose name or title is what they wrote, or one close to it. */
function meant(written: string, entries: RawEntry[], ids: string[]): string | undefined {
  const byName = entries.find((e) => {
    const data = e.data as { name?: unknown; title?: unknown } | undefined;
    return [data?.name, data?.title].some(
      (n) => typeof n === 'string' && n.trim().toLowerCase() === written.trim().toLowerCase(),
    );
  });
  return byName ? idOf(byName) : closest(written, ids);
}

function suggestion(written: string, targets: Targets): string {
  const id = meant(written, targets.entries, targets.ids);
  return id && id !== written ? ` Did you mean \`${id}\`?` : '';
}

/** A file whose name a web address cannot take (a capital, a space), with the id it should have. */
interface Misnamed {
  file: string;
  should: string;
}

/** One collection's files as a reference finds them. */
interface Targets {
  /** The files that were read, valid or not. */
  entries: RawEntry[];
  /** The ids a reference may name and be suggested: each file's (read or not), as its name should give it. */
  ids: string[];
  /**
   * Names of files that have to be renamed because the site keeps them for its own pages: a
   * reference to one is left to the file's own problem (there is no one name to suggest instead).
   */
  kept: Set<string>;
  /** The files whose name a web address cannot take, by that name: a reference to one has to change with the file. */
  misnamed: Map<string, Misnamed>;
}

const noTargets = (): Targets => ({ entries: [], ids: [], kept: new Set(), misnamed: new Map() });

/**
 * Each collection's files, read or not, as references find them: by the id each should have, so a
 * file with a problem of its own is never "missing", and a misnamed file's name is never suggested.
 */
function targetsByCollection(v: Validated, registry: Registry): Map<string, Targets> {
  const found = new Map<string, Targets>();
  const targetsOf = (collection: string) => {
    let targets = found.get(collection);
    if (!targets) found.set(collection, (targets = noTargets()));
    return targets;
  };
  for (const entry of v.raw) targetsOf(entry.collection).entries.push(entry);
  for (const file of [...v.raw, ...(v.unread ?? [])]) {
    const targets = targetsOf(file.collection);
    if (registry[file.collection]?.reservedIds?.includes(file.id)) targets.kept.add(file.id);
    else targets.ids.push(idOf(file));
    if (!SLUG.test(file.id)) targets.misnamed.set(file.id, { file: file.file, should: idOf(file) });
  }
  return found;
}

/** What to write instead of the name of a file that has to be renamed. */
function renamedWith(written: string, { file, should }: Misnamed): string {
  return `\`${written}\` is the name of ${file}, which has to be renamed \`${should}${extname(file)}\`, as the file's own problem says. Write \`${should}\` here, the name it will have.`;
}

function checkReferences(v: Validated, registry: Registry): Problem[] {
  const byCollection = targetsByCollection(v, registry);
  const problems: Problem[] = [];
  for (const from of Object.values(registry)) {
    const references = allFields(from.schema).filter((f) => metaOf(f.schema).refersTo && !metaOf(f.schema).part);
    for (const { path, schema } of references) {
      const to = registry[metaOf(schema).refersTo!];
      if (!to) continue;
      const targets = byCollection.get(to.name) ?? noTargets();
      const known = [...new Set(targets.ids)].sort();
      const exists = new Set([...known, ...targets.kept]);
      const listed = known.length > 0 && known.length <= 12 ? ` The ${to.noun.many} are: ${known.join(', ')}.` : '';
      for (const { raw, data } of v.byCollection[from.name] ?? []) {
        for (const { path: at, value } of valuesAt(data, path)) {
          if (typeof value !== 'string' || exists.has(value)) continue;
          const misnamed = targets.misnamed.get(value);
          problems.push(
            problemAt(
              raw,
              at,
              misnamed
                ? renamedWith(value, misnamed)
                : `There is no ${to.noun.one} \`${value}\` (no file ${to.name}/${value}${to.ending}).${suggestion(value, targets)}${listed} Use the file name, without its ending, of an existing ${to.noun.one}.`,
            ),
          );
        }
      }
    }
  }
  return problems;
}

/**
 * Things that happened cannot be dated after the day the site is built. A future-dated update
 * would become the commitment's status today (and could clear its overdue flag) before anything
 * happened, so it is refused rather than shown early.
 */
function checkNotInFuture(v: Validated, today: string, registry: Registry): Problem[] {
  return Object.values(registry).flatMap((c) =>
    allFields(c.schema)
      .filter((f) => metaOf(f.schema).happened)
      .flatMap(({ path, schema }) =>
        (v.byCollection[c.name] ?? []).flatMap(({ raw, data }) =>
          valuesAt(data, path)
            .filter(
              (found): found is { path: (string | number)[]; value: string } =>
                typeof found.value === 'string' && found.value > today,
            )
            .map((found) =>
              problemAt(
                raw,
                found.path,
                `\`${fieldName(found.path)}\` is ${found.value}, but today is ${today}. ${metaOf(schema).happened}: until then it would count as if it had already happened. Check the date, or add the file on the day.`,
              ),
            ),
        ),
      ),
  );
}

/**
 * Every field tagged `picture` must name a picture in the set the site ships: an unknown name
 * would leave a sentence with a broken picture beside it. The set is read only when some
 * content names a picture.
 */
function checkPictures(v: Validated, registry: Registry): Problem[] {
  return Object.values(registry).flatMap((c) =>
    allFields(c.schema)
      .filter((f) => metaOf(f.schema).picture)
      .flatMap(({ path }) =>
        (v.byCollection[c.name] ?? []).flatMap(({ raw, data }) =>
          valuesAt(data, path)
            .filter(
              (found): found is { path: (string | number)[]; value: string } =>
                typeof found.value === 'string' && !isPicture(found.value),
            )
            .map((found) =>
              problemAt(
                raw,
                found.path,
                `There is no picture \`${found.value}\` in ${PICTURE_SET.name}.${didYouMean(found.value, pictureNames())} Use the name of an ${PICTURE_SET.name} picture in lower case with hyphens, like \`house\` or \`mobile-phone\` (see “Easy Read” in CONTRIBUTING.md).`,
              ),
            ),
        ),
      ),
  );
}

/** The valid entries of one of the project's collections (none when the registry checked has no such collection). */
function entriesOf<T>(v: Validated, name: string): ValidEntry<T>[] {
  return (v.byCollection[name] ?? []) as ValidEntry<T>[];
}

function checkAims(v: Validated): Problem[] {
  const visions = new Map(entriesOf<Vision>(v, 'visions').map((e) => [idOf(e.raw), e.data]));
  return entriesOf<Commitment>(v, 'commitments').flatMap(({ raw, data }) => {
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
  const commitments = new Map(entriesOf<Commitment>(v, 'commitments').map((e) => [idOf(e.raw), e.data]));
  const problems: Problem[] = [];
  const updates = entriesOf<Update>(v, 'updates');
  for (const { raw, data } of updates) {
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
  for (const update of [...updates].sort((a, b) => byFile.compare(a.raw.file, b.raw.file))) {
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

/** A review judges a promise, so it cannot come before the promise was made. */
function checkReviewDates(v: Validated): Problem[] {
  const commitments = new Map(entriesOf<Commitment>(v, 'commitments').map((e) => [idOf(e.raw), e.data]));
  return entriesOf<Review>(v, 'reviews').flatMap(({ raw, data }) => {
    const commitment = commitments.get(data.commitment);
    if (!commitment || data.date >= commitment.made) return [];
    return [
      problemAt(
        raw,
        ['date'],
        `\`date\` is ${data.date}, before the commitment \`${data.commitment}\` was made (${commitment.made}). A review cannot come before the promise it judges: check this date, or the commitment's \`made\` date.`,
      ),
    ];
  });
}

/** A review that was part of a check-in judges a commitment towards the vision that check-in was about. */
function checkReviewCheckins(v: Validated): Problem[] {
  const commitments = new Map(entriesOf<Commitment>(v, 'commitments').map((e) => [idOf(e.raw), e.data]));
  const checkins = new Map(entriesOf<Checkin>(v, 'checkins').map((e) => [idOf(e.raw), e.data]));
  return entriesOf<Review>(v, 'reviews').flatMap(({ raw, data }) => {
    const commitment = commitments.get(data.commitment);
    const checkin = data.checkin === undefined ? undefined : checkins.get(data.checkin);
    if (!commitment || !checkin || checkin.vision === commitment.vision) return [];
    return [
      problemAt(
        raw,
        ['checkin'],
        `The check-in \`${data.checkin}\` is about the vision \`${checkin.vision}\`, but the commitment \`${data.commitment}\` works towards \`${commitment.vision}\`. Name a check-in on \`${commitment.vision}\`, or remove \`checkin\`.`,
      ),
    ];
  });
}

/**
 * An input's reference code as two codes are compared: as the code box matches what a member
 * types (model/refcode.ts), so YS-2025-16 and ys-2025-016 are one code; text that is no code at
 * all, as written in capitals.
 */
const refKey = (ref: string) => codeKey(ref) ?? ref.trim().toUpperCase();

/** The reference codes actions name that no input has (read or not), in the order they are named. */
function unansweredRefs(v: Validated): string[] {
  const had = new Set([...entriesOf<Input>(v, 'inputs').map((e) => refKey(e.data.ref)), ...refsInDoubt(v)]);
  const named = entriesOf<Minutes>(v, 'minutes').flatMap(({ data }) =>
    (data.actions ?? []).flatMap((action) => action.inputs ?? []),
  );
  return [...new Set(named.filter((ref) => !had.has(refKey(ref))))];
}

/** "`a`", "`a` and `b`", "`a`, `b` and `c`". */
const codes = (refs: string[]) =>
  refs.length < 2
    ? `\`${refs[0]}\``
    : `${refs
        .slice(0, -1)
        .map((r) => `\`${r}\``)
        .join(', ')} and \`${refs.at(-1)}\``;

/**
 * Inputs in the order their codes are claimed: one whose code the minutes name as written first,
 * then a file named after its own code (ys-2025-016.md keeps YS-2025-016; `ys-2025-016 (1).md`, a
 * second download, is the copy), then by file.
 */
function inClaimOrder(v: Validated): ValidEntry<Input>[] {
  const named = new Set(
    entriesOf<Minutes>(v, 'minutes').flatMap(({ data }) => (data.actions ?? []).flatMap((a) => a.inputs ?? [])),
  );
  const rank = ({ raw, data }: ValidEntry<Input>) =>
    (named.has(data.ref) ? 0 : 2) + (raw.id === data.ref.toLowerCase() ? 0 : 1);
  return [...entriesOf<Input>(v, 'inputs')].sort((a, b) => rank(a) - rank(b) || byFile.compare(a.raw.file, b.raw.file));
}

function checkUniqueRefs(v: Validated): Problem[] {
  const seen = new Map<string, ValidEntry<Input>>();
  const problems: Problem[] = [];
  // A code copied from another input is often where one an action names should be: say so here,
  // where it is fixed, rather than send the volunteer to change the minutes.
  const unanswered = unansweredRefs(v);
  const which =
    unanswered.length === 0
      ? ': give this one the next free number.'
      : `. The minutes name ${codes(unanswered)}, which no input has: if ${unanswered.length === 1 ? 'that is' : 'one of them is'} this one's code, write it here; if not, give this one the next free number.`;
  for (const input of inClaimOrder(v)) {
    const key = refKey(input.data.ref);
    const other = seen.get(key);
    if (other)
      problems.push(
        problemAt(
          input.raw,
          ['ref'],
          `${input.data.ref} is already the reference of ${other.raw.file}. Each input needs its own reference code${which}`,
        ),
      );
    else seen.set(key, input);
  }
  return problems;
}

function checkUniqueActions(v: Validated): Problem[] {
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { raw, data } of [...entriesOf<Minutes>(v, 'minutes')].sort((a, b) =>
    byFile.compare(a.raw.file, b.raw.file),
  )) {
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
 * The reference codes of inputs with a problem of their own (invalid, or not readable at all, when
 * YAML can still make out a `ref`): an action naming one is left to that problem.
 */
function refsInDoubt(v: Validated): Set<string> {
  const valid = new Set(entriesOf<Input>(v, 'inputs').map((e) => e.raw));
  const invalid = v.raw.filter((e) => e.collection === 'inputs' && !valid.has(e)).map((e) => e.data);
  const unread = (v.unread ?? []).filter((f) => f.collection === 'inputs').map((f) => f.guess());
  return new Set(
    [...invalid, ...unread].flatMap((data) => {
      const ref = (data as { ref?: unknown } | undefined)?.ref;
      return typeof ref === 'string' ? [refKey(ref)] : [];
    }),
  );
}

/** The later files of each reference code that more than one input has: each has that as its own problem. */
function repeatedRefFiles(v: Validated): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  for (const { raw, data } of inClaimOrder(v)) {
    if (seen.has(refKey(data.ref))) files.push(raw.file);
    seen.add(refKey(data.ref));
  }
  return files;
}

/** The reference codes an action answers must be those of real inputs. */
function checkActionInputs(v: Validated): Problem[] {
  const refs = entriesOf<Input>(v, 'inputs').map((e) => e.data.ref);
  const known = new Set(refs);
  const byKey = new Map(refs.map((r) => [refKey(r), r]));
  const inDoubt = refsInDoubt(v);
  const repeated = repeatedRefFiles(v);
  return entriesOf<Minutes>(v, 'minutes').flatMap(({ raw, data }) =>
    (data.actions ?? []).flatMap((action, i) =>
      (action.inputs ?? []).flatMap((ref, j) => {
        if (known.has(ref) || inDoubt.has(refKey(ref))) return [];
        const at = ['actions', i, 'inputs', j];
        const sameCode = byKey.get(refKey(ref));
        // With a code on two inputs, the one missing is likely the one copied over: no guess at
        // another code, which would send the volunteer to change minutes that may be right.
        if (!sameCode && repeated.length)
          return [
            problemAt(
              raw,
              at,
              `No input has the reference code \`${ref}\` yet, but ${sharingCode(repeated)}: if ${repeated.length === 1 ? 'it' : 'one of them'} should be \`${ref}\`, fix that first.`,
            ),
          ];
        const meant = sameCode ?? closest(ref, refs);
        return [
          problemAt(
            raw,
            at,
            `No input has the reference code \`${ref}\`.${meant && meant !== ref ? ` Did you mean \`${meant}\`?` : ''} Write the \`ref\` of an input in inputs/, like YS-2025-014, in capital letters.`,
          ),
        ];
      }),
    ),
  );
}

/**
 * An action answers what people said before it was agreed: one agreed at a meeting before an input
 * was received cannot answer it, and its story would run backwards (said in June, answered in April).
 */
function checkActionInputDates(v: Validated): Problem[] {
  const received = new Map(entriesOf<Input>(v, 'inputs').map((e) => [e.data.ref, e.data.received]));
  return entriesOf<Minutes>(v, 'minutes').flatMap(({ raw, data }) =>
    (data.actions ?? []).flatMap((action, i) =>
      (action.inputs ?? []).flatMap((ref, j) => {
        const on = received.get(ref);
        if (on === undefined || on <= data.date) return [];
        return [
          problemAt(
            raw,
            ['actions', i, 'inputs', j],
            `\`${ref}\` was received on ${on}, after this meeting (${data.date}): an action agreed then cannot answer what was said later. Check the code; if a later meeting took it up, list it on that meeting's action instead.`,
          ),
        ];
      }),
    ),
  );
}

/** The inputs whose code another input has too, as a message names them. */
function sharingCode(files: string[]): string {
  return files.length === 1
    ? `${files[0]} has another input's code, a problem of its own listed above`
    : `${files.join(' and ')} each have another input's code, problems of their own listed above`;
}

/** Minutes agreed at a meeting are agreed on that meeting's day. */
function checkAgreedAt(v: Validated): Problem[] {
  const minutes = entriesOf<Minutes>(v, 'minutes');
  const dateOf = new Map(minutes.map((e) => [idOf(e.raw), e.data.date]));
  return minutes.flatMap(({ raw, data }) => {
    const agreed = data.agreed;
    const met = agreed?.meeting === undefined ? undefined : dateOf.get(agreed.meeting);
    if (!agreed || met === undefined || met === agreed.date) return [];
    return [
      problemAt(
        raw,
        ['agreed', 'date'],
        `is ${agreed.date}, but the meeting that agreed these minutes (\`${agreed.meeting}\`) met on ${met}. Make \`agreed.date\` that meeting's day, or name the meeting that did agree them.`,
      ),
    ];
  });
}

/** Groups report upwards: a group cannot report to itself, or round in a loop back to itself. */
function checkReportsTo(v: Validated): Problem[] {
  const groups = entriesOf<Group>(v, 'groups');
  const reportsTo = new Map(groups.map((e) => [idOf(e.raw), e.data.reportsTo]));
  // A loop is reported once, at the first of its files.
  const inReportedLoop = new Set<string>();
  return [...groups]
    .sort((a, b) => byFile.compare(a.raw.file, b.raw.file))
    .flatMap(({ raw, data }) => {
      const id = idOf(raw);
      if (data.reportsTo === undefined) return [];
      if (data.reportsTo === id)
        return [
          problemAt(
            raw,
            ['reportsTo'],
            `is this group's own id, \`${id}\`. Name the group it takes its points to, or leave \`reportsTo\` out if it reports to none.`,
          ),
        ];
      if (inReportedLoop.has(id)) return [];
      const path = [id];
      for (let at: string | undefined = data.reportsTo; at !== undefined; at = reportsTo.get(at)) {
        if (at === id) {
          for (const each of path) inReportedLoop.add(each);
          return [
            problemAt(
              raw,
              ['reportsTo'],
              `makes a loop: ${[...path, id].join(' reports to ')}. Points travel up from a forum to a board, so one of these groups must report to none: remove its \`reportsTo\`.`,
            ),
          ];
        }
        if (path.includes(at)) break;
        path.push(at);
      }
      return [];
    });
}

/** Every rule that spans files, run on the entries that passed their own schema, for the day the site is built. */
export function crossCheck(v: Validated, today: string, registry: Registry): Problem[] {
  return [
    ...checkReferences(v, registry),
    ...checkAims(v),
    ...checkUpdateDates(v),
    ...checkReviewDates(v),
    ...checkReviewCheckins(v),
    ...checkNotInFuture(v, today, registry),
    ...checkPictures(v, registry),
    ...checkUniqueRefs(v),
    ...checkUniqueActions(v),
    ...checkActionInputs(v),
    ...checkActionInputDates(v),
    ...checkAgreedAt(v),
    ...checkReportsTo(v),
  ];
}
