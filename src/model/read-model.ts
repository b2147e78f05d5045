// Joins the collections into what the pages show: each commitment with its state, the updates,
// inputs and meetings that point at it, each partner's scorecard, and every action in order.
// Links in the content run one way (updates point at commitments); here they are looked back.
import type {
  Action,
  Commitment,
  Group,
  Input,
  Minutes,
  Partner,
  Site,
  Theme,
  Update,
  Vision,
} from '../contract/index.ts';
import { scorecard, type Scorecard } from './counts.ts';
import { daysBetween } from './days.ts';
import { commitmentState, type CommitmentState } from './status.ts';

export interface Entry<T> {
  id: string;
  data: T;
}

export interface PortalInput {
  site: Site;
  partners: Entry<Partner>[];
  themes: Entry<Theme>[];
  groups: Entry<Group>[];
  visions: Entry<Vision>[];
  commitments: Entry<Commitment>[];
  updates: Entry<Update>[];
  minutes: Entry<Minutes>[];
  inputs: Entry<Input>[];
}

export interface CommitmentView extends Entry<Commitment> {
  state: CommitmentState;
  partner: Entry<Partner>;
  /** Newest first. */
  updates: Entry<Update>[];
  inputs: Entry<Input>[];
  /** Newest first. */
  minutes: Entry<Minutes>[];
}

export interface ActionView {
  action: Action;
  meeting: Entry<Minutes>;
  group: Entry<Group>;
  /** For an open action, days since the meeting that set it; for a closed one, days it took. */
  age: number;
  /** Days past its due date, for an open action; else null. */
  overdue: number | null;
}

export interface Portal extends PortalInput {
  today: string;
  commitmentViews: CommitmentView[];
  scorecards: Map<string, Scorecard>;
  actions: ActionView[];
}

const newestFirst = <T extends { date: string }>(a: Entry<T>, b: Entry<T>) =>
  b.data.date.localeCompare(a.data.date) || b.id.localeCompare(a.id);

function byId<T>(entries: Entry<T>[]): Map<string, Entry<T>> {
  return new Map(entries.map((e) => [e.id, e]));
}

/** Every action from every meeting: open ones first (longest waiting first), then closed ones, newest first. */
export function orderActions(minutes: Entry<Minutes>[], groups: Entry<Group>[], today: string): ActionView[] {
  const groupOf = byId(groups);
  const views: ActionView[] = minutes.flatMap((meeting) =>
    (meeting.data.actions ?? []).map((action) => {
      const open = action.status === 'open';
      const end = open ? today : (action.closed ?? meeting.data.date);
      const overdue = open && action.due ? daysBetween(action.due, today) : 0;
      return {
        action,
        meeting,
        group: groupOf.get(meeting.data.group)!,
        age: Math.max(0, daysBetween(meeting.data.date, end)),
        overdue: overdue > 0 ? overdue : null,
      };
    }),
  );
  const closedOn = (v: ActionView) => v.action.closed ?? v.meeting.data.date;
  return views.sort((a, b) => {
    const aOpen = a.action.status === 'open';
    const bOpen = b.action.status === 'open';
    if (aOpen !== bOpen) return aOpen ? -1 : 1;
    if (aOpen) return b.age - a.age || a.action.id.localeCompare(b.action.id);
    return closedOn(b).localeCompare(closedOn(a)) || a.action.id.localeCompare(b.action.id);
  });
}

export function buildPortal(input: PortalInput, today: string): Portal {
  const partners = byId(input.partners);
  const commitmentViews = input.commitments
    .map((c): CommitmentView => {
      // Seen as of `today`: an update from after that day (when the site is rebuilt as of an earlier day) had not happened yet.
      const updates = input.updates.filter((u) => u.data.commitment === c.id && u.data.date <= today).sort(newestFirst);
      return {
        ...c,
        state: commitmentState(
          c.data,
          updates.map((u) => ({ id: u.id, ...u.data })),
          today,
        ),
        partner: partners.get(c.data.partner)!,
        updates,
        inputs: input.inputs
          .filter((i) => i.data.commitments?.includes(c.id))
          .sort((a, b) => a.data.ref.localeCompare(b.data.ref)),
        minutes: input.minutes.filter((m) => m.data.commitments?.includes(c.id)).sort(newestFirst),
      };
    })
    .sort((a, b) => a.data.title.localeCompare(b.data.title));
  const scorecards = new Map(
    input.partners.map((p) => [
      p.id,
      scorecard(commitmentViews.filter((c) => c.data.partner === p.id).map((c) => c.state)),
    ]),
  );
  return {
    ...input,
    updates: [...input.updates].sort(newestFirst),
    minutes: [...input.minutes].sort(newestFirst),
    inputs: [...input.inputs].sort((a, b) => a.data.ref.localeCompare(b.data.ref, 'en', { numeric: true })),
    today,
    commitmentViews,
    scorecards,
    actions: orderActions(input.minutes, input.groups, today),
  };
}

/** Groups with a next meeting still to come (today counts), soonest first. */
export function upcomingMeetings(groups: Entry<Group>[], today: string): Entry<Group>[] {
  return groups
    .filter((g) => g.data.nextMeeting !== undefined && g.data.nextMeeting >= today)
    .sort((a, b) => a.data.nextMeeting!.localeCompare(b.data.nextMeeting!));
}
