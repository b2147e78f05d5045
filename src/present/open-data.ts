// The open data: every collection in the contract's registry as a table, with a column for each of
// its fields (described by the contract's own words), the entry's address on the site, and what the
// site works out about it (current status, overdue, stale, days, scorecards), from the read model.
// One set of files for every reader, so its words are in the content's own language (OpenDataInput.m).
// A collection added to the registry gets its table with no edit here.
import type { Collection, Registry } from '../contract/index.ts';
import { choicesOf, isOptional, kindOf, metaOf, shapeOf, unwrap } from '../contract/schema-walk.ts';
import { z } from 'astro/zod';
import { daysBetween } from '../model/days.ts';
import { peopleCount } from '../model/involvement.ts';
import type { Entry } from '../model/entries.ts';
import type { Portal } from '../model/read-model.ts';
import type { ReplyClock } from '../model/replies.ts';
import { COMMITMENT_STATUSES, STALE_AFTER_MONTHS } from '../model/status.ts';
import { COMPARISONS } from '../model/community.ts';
import { absolute } from './atom.ts';
import { labels } from './labels.ts';
import type { Messages } from './messages.ts';
import { routes } from './routes.ts';

/** Table Schema's field types (https://specs.frictionlessdata.io/table-schema/) that the tables use. */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date' | 'array' | 'object' | 'any';

export interface Column {
  name: string;
  type: ColumnType;
  description: string;
  /** Every row has a value. */
  required: boolean;
  /** The values allowed, for a choice of words. */
  choices?: readonly string[];
  /** `uri` for an address. */
  format?: 'uri';
  /** True for a column the site works out, rather than one a volunteer writes. */
  derived?: boolean;
}

export interface Table {
  /** The file name without its ending: `commitments`. */
  name: string;
  title: string;
  description: string;
  columns: Column[];
  /** One object per row, a key for every column (null where there is no value). */
  rows: Record<string, unknown>[];
}

export type Row = Record<string, unknown>;

/** What the site works out about each entry of one collection, as extra columns. */
interface Derived {
  columns: Column[];
  /** The derived values of the entry with this id. */
  of: (id: string) => Row;
}

const fact = (
  name: string,
  type: ColumnType,
  description: string,
  required = true,
  choices?: readonly string[],
): Column => ({
  name,
  type,
  description,
  required,
  derived: true,
  ...(choices ? { choices } : {}),
});

function byId<T extends { id: string }>(views: readonly T[]): (id: string) => T {
  const index = new Map(views.map((v) => [v.id, v]));
  return (id) => {
    const view = index.get(id);
    if (!view) throw new Error(`The read model has no view for ${id}.`);
    return view;
  };
}

/** The states of the response clock, as the inputs' `replyState` column gives them. */
const REPLY_STATES = ['waiting', 'answered', 'unrecorded'] as const satisfies readonly ReplyClock['state'][];

/** The column of a partner's count of one status: `status_in_progress`. */
export const statusCountColumn = (status: string) => `status_${status.replace(/-/g, '_')}`;

/** The derived columns of the collections the read model knows, by collection name. */
function derivedColumns(portal: Portal, m: Messages): Record<string, Derived> {
  const STATUS_LABELS = labels(m).status;
  const { today } = portal;
  const commitment = byId(portal.commitments);
  const partner = byId(portal.partners);
  const group = byId(portal.groups);
  const theme = byId(portal.themes);
  const minutes = byId(portal.minutes);
  const update = byId(portal.updates);
  const review = byId(portal.reviews);
  const input = byId(portal.inputs);
  return {
    commitments: {
      columns: [
        fact(
          'status',
          'string',
          `The current status: the status of its latest update, or no-update when it has none (worked out on ${today}).`,
          true,
          COMMITMENT_STATUSES,
        ),
        fact('statusLabel', 'string', 'The current status in words, as the site shows it.'),
        fact('lastUpdate', 'date', 'The day of its latest update; empty when it has none.', false),
        fact(
          'progress',
          'integer',
          'How far along it is, from the latest update that gave a figure (0 to 100); empty when none did.',
          false,
        ),
        fact('updates', 'integer', 'How many updates it has had.'),
        fact(
          'dueNow',
          'date',
          'The due date last agreed: `due` until the deadline is moved (`dueChanges`), then the date of the latest move. Overdue is judged against it. Empty when it has no due date.',
          false,
        ),
        fact(
          'overdue',
          'boolean',
          'true when `dueNow` has passed and its status is not final (delivered, partly delivered, not delivered or withdrawn).',
        ),
        fact('daysOverdue', 'integer', 'Days since `dueNow`, when it is overdue; else empty.', false),
        fact(
          'stale',
          'boolean',
          `true when it is not final and has had no update for more than ${STALE_AFTER_MONTHS} months (counted from the day it was made when it has had none).`,
        ),
        fact(
          'daysSinceUpdate',
          'integer',
          'Days since its latest update, or since the day it was made when it has had none.',
        ),
      ],
      of: (id) => {
        const c = commitment(id);
        return {
          status: c.state.status,
          statusLabel: STATUS_LABELS[c.state.status],
          lastUpdate: c.state.lastUpdate ?? null,
          progress: c.state.progress ?? null,
          updates: c.updates.count,
          dueNow: c.deadline.due ?? null,
          overdue: c.state.overdue !== null,
          daysOverdue: c.state.overdue,
          stale: c.state.stale !== null,
          daysSinceUpdate: daysBetween(c.state.lastUpdate ?? c.data.made, today),
        };
      },
    },
    partners: {
      columns: [
        fact('commitmentsMade', 'integer', 'How many commitments the partner has made.'),
        ...COMMITMENT_STATUSES.map((s) =>
          fact(
            statusCountColumn(s),
            'integer',
            // The descriptions are in English, the contract's language, whatever the content's:
            // the status by its code, as the `status` column of commitments gives it.
            `How many of its commitments have the status ${s} now.`,
          ),
        ),
        fact('overdue', 'integer', 'How many of its commitments are overdue (also counted under their status).'),
        fact(
          'stale',
          'integer',
          'How many of its commitments have had no recent update (also counted under their status).',
        ),
        fact('lastUpdate', 'date', 'The day of its most recent update on any commitment; empty when none.', false),
      ],
      of: (id) => {
        const card = partner(id).scorecard;
        return {
          commitmentsMade: card.made,
          ...Object.fromEntries(card.statuses.map(({ status, count }) => [statusCountColumn(status), count])),
          overdue: card.overdue,
          stale: card.stale,
          lastUpdate: card.lastUpdate ?? null,
        };
      },
    },
    groups: {
      columns: [
        fact('meetings', 'integer', 'How many meetings have minutes on the site.'),
        fact('upcoming', 'date', 'The day of its next meeting, when that is today or later; else empty.', false),
        fact('actions', 'integer', 'How many actions its meetings agreed.'),
        fact('openActions', 'integer', 'How many of those are still open.'),
      ],
      of: (id) => {
        const g = group(id);
        return {
          meetings: g.meetings.count,
          upcoming: g.upcoming ?? null,
          actions: g.actions.count,
          openActions: g.openActions,
        };
      },
    },
    themes: {
      columns: [
        fact('inputs', 'integer', 'How many things people said about it.'),
        fact('meetings', 'integer', 'How many meetings discussed it.'),
        fact('commitmentsLedTo', 'integer', 'How many commitments what people said about it led to.'),
      ],
      of: (id) => {
        const t = theme(id);
        return { inputs: t.inputs.count, meetings: t.meetings.count, commitmentsLedTo: t.commitments.count };
      },
    },
    minutes: {
      columns: [fact('openActions', 'integer', 'How many of the actions it agreed are still open.')],
      of: (id) => ({ openActions: (minutes(id).actions ?? []).filter((a) => a.action.status === 'open').length }),
    },
    inputs: {
      columns: [
        fact(
          'replyState',
          'string',
          `Whether it has had a reply: waiting, answered (with the day recorded) or unrecorded (answered, day not recorded), on ${today}.`,
          true,
          REPLY_STATES,
        ),
        fact(
          'replyWorkingDays',
          'integer',
          'Working days (Monday to Friday, not bank holidays) the reply took, or has waited so far; empty when the day of the reply was not recorded.',
          false,
        ),
        fact(
          'replyLateBy',
          'integer',
          'Working days past the promised reply time, for a reply that came late or is still waiting past it; else empty.',
          false,
        ),
      ],
      of: (id) => {
        const clock = input(id).clock;
        return {
          replyState: clock.state,
          replyWorkingDays: clock.state === 'unrecorded' ? null : clock.workingDays,
          replyLateBy: clock.state === 'waiting' ? clock.pastBy : clock.state === 'answered' ? clock.late : null,
        };
      },
    },
    reviews: {
      columns: [
        fact('partner', 'string', 'The id of the partner who made the commitment reviewed.'),
        fact(
          'partnerStatus',
          'string',
          'What the partner had reported by the day of the review: the status of its latest update by then, or no-update.',
          true,
          COMMITMENT_STATUSES,
        ),
        fact(
          'comparison',
          'string',
          'How the verdict stands against that report: agrees, disputed (the partner reported more than the reviewers found), found-more, no-report or too-early.',
          true,
          COMPARISONS,
        ),
        fact('latest', 'boolean', 'true for the latest review of its commitment, the one its page leads with.'),
      ],
      of: (id) => {
        const r = review(id);
        return { partner: r.partner.id, partnerStatus: r.partnerStatus, comparison: r.comparison, latest: r.latest };
      },
    },
    updates: {
      columns: [
        fact('partner', 'string', 'The id of the partner who made the commitment.'),
        fact('counted', 'boolean', `false for an update dated after ${today}, the day statuses were worked out for.`),
      ],
      of: (id) => {
        const u = update(id);
        return { partner: u.partner.id, counted: u.data.date <= today };
      },
    },
  };
}

/** The address column: a full web address (Table Schema's `uri`) when the build knows the site's address, else a path from the site's root. */
function addressColumn(description: string, origin: string | undefined): Column {
  return {
    name: 'address',
    type: 'string',
    ...(origin ? { format: 'uri' as const } : {}),
    description: origin ? description : `${description} A path from the site’s own address.`,
    required: true,
    derived: true,
  };
}

/** The page of an entry, by collection name, for the collections that have pages. */
const PAGE_OF: Record<string, (e: Entry<Record<string, unknown>>) => string> = {
  partners: (e) => routes.partner(e.id),
  themes: (e) => routes.theme(e.id),
  groups: (e) => routes.group(e.id),
  visions: (e) => routes.vision(e.id),
  commitments: (e) => routes.commitment(e.id),
  updates: (e) => routes.update(e.id),
  minutes: (e) => routes.minutes(e.id),
  inputs: (e) => routes.youSaid(String(e.data.ref)),
  reviews: (e) => routes.review(e.id),
  checkins: (e) => routes.checkin(e.id),
};

/**
 * The fields of a schema that hold a count of people (contract/fields.ts `people`), as paths
 * (`attendance.total`), and those that would tell such a count (`withheldWith`: a meeting's roles),
 * each with the path of the count it goes with.
 */
export function peopleFields(schema: z.ZodType, at = ''): { counts: string[]; telling: [string, string][] } {
  const found = { counts: [] as string[], telling: [] as [string, string][] };
  for (const [name, field] of Object.entries(shapeOf(schema) ?? {})) {
    const path = `${at}${name}`;
    const { people, withheldWith } = metaOf(field);
    if (people) found.counts.push(path);
    else if (withheldWith) found.telling.push([path, `${at}${withheldWith}`]);
    else if (kindOf(field) === 'fields') {
      const inner = peopleFields(field, `${path}.`);
      found.counts.push(...inner.counts);
      found.telling.push(...inner.telling);
    }
  }
  return found;
}

/**
 * An entry's data as the open data publishes it: each count of people that is 1 to 4 left empty,
 * as the pages show it as "fewer than 5" (peopleCount), with the paths of those left empty.
 */
export function withSmallCountsWithheld(
  data: Row,
  paths: readonly string[],
  telling: readonly [string, string][] = [],
): { data: Row; withheld: string[] } {
  const at = (path: string) => path.split('.').reduce<unknown>((v, key) => (v as Row | undefined)?.[key], data);
  const counts = paths.filter((path) => {
    const value = at(path);
    return typeof value === 'number' && peopleCount(value).withheld;
  });
  const withheld = [
    ...counts,
    ...telling.filter(([path, count]) => counts.includes(count) && at(path) !== undefined).map(([path]) => path),
  ];
  if (!withheld.length) return { data, withheld };
  const copy = structuredClone(data);
  for (const path of withheld) {
    const keys = path.split('.');
    const holder = keys.slice(0, -1).reduce<Row>((v, key) => v[key] as Row, copy);
    holder[keys.at(-1)!] = null;
  }
  return { data: copy, withheld };
}

function withheldColumn(paths: readonly string[]): Column {
  return fact(
    'withheld',
    'array',
    `The counts of people in this row left empty because they are 1 to 4, which could let someone be recognised (the site shows them as “fewer than 5”), and what would tell such a count (the roles at a meeting of fewer than 5): a list of their fields, from ${paths.join(', ')}. Empty when none is.`,
    false,
  );
}

/** The Table Schema type of a field from the contract. */
export function columnType(schema: z.ZodType): ColumnType {
  const kind = kindOf(schema);
  if (kind === 'date') return 'date';
  if (kind === 'boolean') return 'boolean';
  if (kind === 'number') {
    const inner = unwrap(schema);
    return inner instanceof z.ZodNumber && /int/.test(inner.format ?? '') ? 'integer' : 'number';
  }
  if (kind === 'list') return 'array';
  if (kind === 'fields') return 'object';
  if (kind === 'either') return 'any';
  return 'string';
}

/** The columns of a collection's own fields, from its schema, in the schema's order. */
export function fieldColumns(collection: Collection): Column[] {
  return Object.entries(shapeOf(collection.schema) ?? {}).map(([name, schema]) => {
    const choices = choicesOf(schema);
    const type = columnType(schema);
    return {
      name,
      type,
      description: metaOf(schema).description ?? name,
      required: !isOptional(schema),
      ...(choices ? { choices } : {}),
    };
  });
}

export interface OpenDataInput {
  /** The content's own language: open data is one set of files for every reader, so its words are in that language. */
  m: Messages;
  registry: Registry;
  /** Every entry of every collection in the registry, by collection name. */
  entries: Record<string, Entry<unknown>[]>;
  portal: Portal;
  origin?: string;
}

/** Every table of the open data: one per collection in the registry, in the registry's order, and the actions from meetings. */
export function openDataTables({ registry, entries, portal, origin, m }: OpenDataInput): Table[] {
  const derived = derivedColumns(portal, m);
  const tables = Object.values(registry).map((collection): Table => {
    const extra = derived[collection.name];
    const page = PAGE_OF[collection.name];
    const own = fieldColumns(collection);
    const columns: Column[] = [
      { name: 'id', type: 'string', description: 'The entry’s id: its file name without the ending.', required: true },
      ...(page ? [addressColumn('Its page on this site.', origin)] : []),
      ...own,
      ...(extra?.columns ?? []),
    ];
    const { counts, telling } = peopleFields(collection.schema);
    if (counts.length) columns.push(withheldColumn([...counts, ...telling.map(([path]) => path)]));
    const list = [...(entries[collection.name] ?? [])].sort((a, b) => a.id.localeCompare(b.id)) as Entry<Row>[];
    const rows = list.map((e) => {
      const row: Row = { id: e.id };
      if (page) row.address = absolute(page(e), origin);
      const { data, withheld } = withSmallCountsWithheld(e.data, counts, telling);
      for (const c of own) row[c.name] = data[c.name] ?? null;
      if (withheld.length) row.withheld = withheld;
      Object.assign(row, extra?.of(e.id));
      return Object.fromEntries(columns.map((c) => [c.name, row[c.name] ?? null]));
    });
    return {
      name: collection.name,
      title: collection.label.many,
      description: `Every ${collection.noun.one} on the site, one a row: the fields volunteers write${extra ? ', and what the site works out about each' : ''}.`,
      columns,
      rows,
    };
  });
  return [...tables, actionsTable(portal, origin)];
}

/** Every action from every meeting, one a row, with how long it has waited or took. */
function actionsTable(portal: Portal, origin: string | undefined): Table {
  const columns: Column[] = [
    { name: 'id', type: 'string', description: 'The action’s id, unique across all minutes.', required: true },
    addressColumn('The action on its meeting’s page.', origin),
    {
      name: 'minutes',
      type: 'string',
      description: 'The id of the minutes of the meeting that agreed it.',
      required: true,
    },
    { name: 'group', type: 'string', description: 'The id of the group that met.', required: true },
    { name: 'meetingDate', type: 'date', description: 'The day of the meeting that agreed it.', required: true },
    { name: 'action', type: 'string', description: 'What is to be done.', required: true },
    { name: 'owner', type: 'string', description: 'The role responsible.', required: true },
    {
      name: 'due',
      type: 'date',
      description: 'When it should be done by; empty when no date was set.',
      required: false,
    },
    {
      name: 'status',
      type: 'string',
      description: 'open, done or dropped.',
      required: true,
      choices: ['open', 'done', 'dropped'],
    },
    fact(
      'closedOn',
      'date',
      'For a done or dropped action, the day it closed (the meeting’s day when the minutes give none); else empty.',
      false,
    ),
    fact('days', 'integer', 'For an open action, days since the meeting that set it; for a closed one, days it took.'),
    fact('daysOverdue', 'integer', 'For an open action past its due date, days past it; else empty.', false),
  ];
  const rows = [...portal.actions]
    .sort((a, b) => a.action.id.localeCompare(b.action.id))
    .map((a) => ({
      id: a.action.id,
      address: absolute(routes.action(a.meeting.id, a.action.id), origin),
      minutes: a.meeting.id,
      group: a.group.id,
      meetingDate: a.meeting.data.date,
      action: a.action.action,
      owner: a.action.owner,
      due: a.action.due ?? null,
      status: a.action.status,
      closedOn: a.closedOn,
      days: a.age,
      daysOverdue: a.overdue,
    }));
  return {
    name: 'actions',
    title: 'Actions from meetings',
    description:
      'Every action a meeting agreed, one a row, with how long it has waited or took (worked out from the minutes).',
    columns,
    rows,
  };
}
