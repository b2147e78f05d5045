// The actions every meeting agreed, in one order, and the groups meeting next.
import type { Group, Minutes } from '../contract/index.ts';
import { daysBetween } from './days.ts';
import { indexById, type Entry } from './entries.ts';
import { partState } from './translations.ts';
import type { ActionView } from './views.ts';

/** Every action from every meeting: open ones first (longest waiting first), then closed ones, newest first. */
export function orderActions<M extends Entry<Minutes>, G extends Entry<Group>>(
  minutes: readonly M[],
  groups: readonly G[],
  today: string,
): ActionView<M, G>[] {
  const groupOf = indexById(groups);
  const views: ActionView<M, G>[] = minutes.flatMap((meeting) =>
    (meeting.data.actions ?? []).map((action, index) => {
      const open = action.status === 'open';
      const end = open ? today : (action.closed ?? meeting.data.date);
      const overdue = open && action.due ? daysBetween(action.due, today) : 0;
      return {
        action,
        meeting,
        group: groupOf.must(meeting.data.group, `The minutes ${meeting.id}`),
        age: Math.max(0, daysBetween(meeting.data.date, end)),
        overdue: overdue > 0 ? overdue : null,
        closedOn: open ? null : end,
        ...(meeting.translation ? { translation: partState(meeting.translation, `actions.${index}`)! } : {}),
      };
    }),
  );
  return views.sort((a, b) => {
    const aOpen = a.action.status === 'open';
    const bOpen = b.action.status === 'open';
    if (aOpen !== bOpen) return aOpen ? -1 : 1;
    if (aOpen) return b.age - a.age || a.action.id.localeCompare(b.action.id);
    return b.closedOn!.localeCompare(a.closedOn!) || a.action.id.localeCompare(b.action.id);
  });
}

/** Groups with a next meeting still to come (today counts), soonest first. */
export function upcomingMeetings<G extends Entry<Group>>(groups: readonly G[], today: string): G[] {
  return groups
    .filter((g) => g.data.nextMeeting !== undefined && g.data.nextMeeting >= today)
    .sort((a, b) => a.data.nextMeeting!.localeCompare(b.data.nextMeeting!));
}
