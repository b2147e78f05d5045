// What each feed holds, from the read model: the whole site's news, one feed per commitment,
// partner, topic and group, and the commitments that became overdue. Every entry is dated the day
// it happened: an update its date, a meeting its day, a review the day the group agreed it and its
// reply the day the partner gave it, an overdue commitment the day after it fell due.
import { formatDate } from '../model/days.ts';
import { overdueSince, statusChanges } from '../model/history.ts';
import type {
  ActionView,
  CommitmentView,
  GroupView,
  InputView,
  MinutesView,
  PartnerView,
  Portal,
  ReviewView,
  ThemeView,
  UpdateView,
} from '../model/read-model.ts';
import type { FeedDoc, FeedEntry } from './atom.ts';
import { reviewReplySentence, reviewSentence } from './community.ts';
import { ACTION_LABELS, COMPARISON_LABELS, OUTCOME_LABELS, STATUS_LABELS, VERDICT_LABELS } from './labels.ts';
import { plural } from './plural.ts';
import { routes } from './routes.ts';

/** The change of status an update made, worked out from its commitment's updates; none for its first or when it kept the status. */
function changeBy(u: UpdateView) {
  const changes = statusChanges(
    u.commitment.updates.items.map((v) => ({ id: v.id, date: v.data.date, status: v.data.status })),
  );
  const change = changes.find((c) => c.update === u.id);
  return change?.from === 'no-update' ? undefined : change;
}

export function updateEntry(u: UpdateView): FeedEntry {
  const progress = u.data.progress === undefined ? '' : `, ${u.data.progress}% done`;
  const change = changeBy(u);
  const status = change
    ? `Status changed from ${STATUS_LABELS[change.from]} to ${STATUS_LABELS[change.to]}`
    : `Status: ${STATUS_LABELS[u.data.status]}`;
  return {
    key: `update/${u.id}`,
    title: `${u.commitment.data.title}: ${u.data.title}`,
    date: u.data.date,
    path: routes.update(u.id),
    summary: `An update from ${u.partner.data.name}. ${status}${progress}.`,
    html: u.html,
    categories: [u.partner.data.name, STATUS_LABELS[u.data.status]],
  };
}

/** Each time the commitment's status changed from one status to another (its first update is an update entry of its own). */
export function statusChangeEntries(c: CommitmentView): FeedEntry[] {
  const titles = new Map(c.updates.items.map((u) => [u.id, u.data.title]));
  return statusChanges(c.updates.items.map((u) => ({ id: u.id, date: u.data.date, status: u.data.status })))
    .filter((change) => change.from !== 'no-update')
    .map((change) => ({
      key: `status/${c.id}/${change.update}`,
      title: `${c.data.title}: now ${STATUS_LABELS[change.to].toLowerCase()}`,
      date: change.date,
      path: routes.update(change.update),
      summary: `The status changed from ${STATUS_LABELS[change.from].toLowerCase()} to ${STATUS_LABELS[change.to].toLowerCase()}, in the update “${titles.get(change.update)}”.`,
      categories: [c.partner.data.name, STATUS_LABELS[change.to]],
    }));
}

/** The day the commitment became overdue, when it is overdue now. */
export function overdueEntries(c: CommitmentView, today: string): FeedEntry[] {
  const since = overdueSince(c.data.due, c.state.status, today);
  if (since === undefined || c.data.due === undefined) return [];
  return [
    {
      key: `overdue/${c.id}/${c.data.due}`,
      title: `Overdue: ${c.data.title}`,
      date: since,
      path: routes.commitment(c.id),
      summary: `${c.partner.data.name} promised this by ${formatDate(c.data.due)}, and it is not finished. Its status is ${STATUS_LABELS[c.state.status].toLowerCase()}.`,
      categories: [c.partner.data.name, 'Overdue'],
    },
  ];
}

/**
 * A lived-experience review on the day the group agreed it, and the partner's reply on the day it
 * was given: each its own entry, so a reply reaches a follower as news and the review keeps its date.
 */
export function reviewEntries(r: ReviewView, today: string): FeedEntry[] {
  const partner = r.partner.data.name;
  const review: FeedEntry = {
    key: `review/${r.id}`,
    title: `${r.commitment.data.title}: reviewed by ${r.group.data.name}`,
    date: r.data.date,
    path: routes.review(r.id),
    summary: reviewSentence(r),
    html: r.html,
    categories: [partner, 'Lived-experience review', VERDICT_LABELS[r.data.verdict], COMPARISON_LABELS[r.comparison]],
  };
  const reply = r.data.reply;
  return [
    review,
    ...(reply
      ? [
          {
            key: `review/${r.id}/reply`,
            title: `${r.commitment.data.title}: ${partner} replied to the review`,
            date: reply.date,
            path: routes.reviewReply(r.id),
            summary: `${reviewReplySentence(r)} ${reply.text}`,
            categories: [partner, 'Reply to a review'],
          },
        ]
      : []),
  ].filter((e) => e.date <= today);
}

export function madeEntry(c: CommitmentView): FeedEntry {
  return {
    key: `commitment/${c.id}`,
    title: `New commitment: ${c.data.title}`,
    date: c.data.made,
    path: routes.commitment(c.id),
    summary: `${c.partner.data.name} committed to this: ${c.data.summary}`,
    categories: [c.partner.data.name],
  };
}

export function minutesEntry(m: MinutesView): FeedEntry {
  const decisions = m.decisions?.length ?? 0;
  const actions = m.actions?.length ?? 0;
  return {
    key: `minutes/${m.id}`,
    title: `Minutes: ${m.data.title}`,
    date: m.data.date,
    path: routes.minutes(m.id),
    summary: `${m.group.data.name} met on ${formatDate(m.data.date)}: ${plural(m.data.attendance.total, 'person', 'people')} came; ${plural(decisions, 'decision')} and ${plural(actions, 'action')} agreed.`,
    html: m.html,
    categories: [m.group.data.name],
  };
}

/** An action when it was agreed, and again when it was done or dropped. */
export function actionEntries(a: ActionView): FeedEntry[] {
  const path = routes.action(a.meeting.id, a.action.id);
  const due = a.action.due ? ` It is due by ${formatDate(a.action.due)}.` : '';
  const agreed: FeedEntry = {
    key: `action/${a.action.id}`,
    title: `Action agreed: ${a.action.action}`,
    date: a.meeting.data.date,
    path,
    summary: `${a.group.data.name} asked the ${a.action.owner} to do this.${due}`,
    categories: [a.group.data.name],
  };
  if (a.closedOn === null) return [agreed];
  const label = ACTION_LABELS[a.action.status];
  return [
    agreed,
    {
      key: `action/${a.action.id}/${a.action.status}`,
      title: `Action ${label.toLowerCase()}: ${a.action.action}`,
      date: a.closedOn,
      path,
      summary: a.action.outcome ?? `The action was marked ${label.toLowerCase()}.`,
      categories: [a.group.data.name, label],
    },
  ];
}

export function inputEntry(i: InputView): FeedEntry {
  return {
    key: `input/${i.data.ref}`,
    title: `${i.data.ref}: ${OUTCOME_LABELS[i.data.outcome]}`,
    date: i.data.received,
    path: routes.youSaid(i.data.ref),
    summary: `You said: ${i.data.said} What happened: ${i.data.response}`,
    categories: [OUTCOME_LABELS[i.data.outcome], ...i.themeNames],
  };
}

/** A commitment's own news: when it was made, its updates, each change of status, its reviews and their replies, and the day it became overdue. */
function commitmentEntries(c: CommitmentView, today: string): FeedEntry[] {
  return [
    madeEntry(c),
    ...c.updates.items.map(updateEntry),
    ...statusChangeEntries(c),
    ...c.reviews.items.flatMap((r) => reviewEntries(r, today)),
    ...overdueEntries(c, today),
  ];
}

const quiet = new WeakMap<Portal, string>();

/**
 * The day a feed with no entries has been quiet since: the newest day anything on the site
 * happened (the build day only when nothing has), so an empty feed's date is true too.
 */
export function quietDay(portal: Portal): string {
  let day = quiet.get(portal);
  if (day === undefined) {
    day =
      siteEntries(portal).reduce<string | undefined>(
        (latest, e) => (latest && latest > e.date ? latest : e.date),
        undefined,
      ) ?? portal.today;
    quiet.set(portal, day);
  }
  return day;
}

function siteEntries(portal: Portal): FeedEntry[] {
  const { today } = portal;
  return [
    ...portal.commitments.flatMap((c) => [madeEntry(c), ...overdueEntries(c, today)]),
    ...portal.updates.filter((u) => u.data.date <= today).map(updateEntry),
    ...portal.minutes.map(minutesEntry),
    ...portal.inputs.map(inputEntry),
    ...portal.reviews.flatMap((r) => reviewEntries(r, today)),
  ];
}

/** Everything new on the site. */
export function siteFeed(portal: Portal): FeedDoc {
  return {
    key: 'site',
    title: `${portal.site.name}: what is new`,
    subtitle: `Updates on commitments, new commitments, meetings, “you said, we did”${portal.uses.reviews ? ', reviews by people with lived experience and partners’ replies' : ''} and commitments that became overdue, from ${portal.site.partnership}.`,
    path: routes.feed(),
    page: routes.home(),
    entries: siteEntries(portal),
    quietSince: quietDay(portal),
  };
}

/** Commitments that became overdue, each dated the day it did. */
export function overdueFeed(portal: Portal): FeedDoc {
  return {
    key: 'overdue',
    title: `${portal.site.name}: commitments that became overdue`,
    subtitle: 'A commitment is listed here the day after its due date, when it has not been finished.',
    path: routes.overdueFeed(),
    page: routes.commitmentsOverdue(),
    entries: portal.lists.overdue.items.flatMap((c) => overdueEntries(c, portal.today)),
    quietSince: quietDay(portal),
  };
}

export function commitmentFeed(c: CommitmentView, portal: Portal): FeedDoc {
  return {
    key: `commitment/${c.id}`,
    title: `${c.data.title}: updates`,
    subtitle: `Updates, changes of status${portal.uses.reviews ? ', reviews by people with lived experience' : ''} and overdue notices on a commitment by ${c.partner.data.name}.`,
    path: routes.commitmentFeed(c.id),
    page: routes.commitment(c.id),
    entries: commitmentEntries(c, portal.today),
    quietSince: c.data.made,
  };
}

export function partnerFeed(p: PartnerView, portal: Portal): FeedDoc {
  return {
    key: `partner/${p.id}`,
    title: `${p.data.name}: commitments and updates`,
    subtitle: `What ${p.data.name} has committed to, each update and change of status${portal.uses.reviews ? ', each review by people with lived experience and its reply' : ''}, and what became overdue.`,
    path: routes.partnerFeed(p.id),
    page: routes.partner(p.id),
    entries: p.commitments.items.flatMap((c) => commitmentEntries(c, portal.today)),
    quietSince: quietDay(portal),
  };
}

export function themeFeed(t: ThemeView, portal: Portal): FeedDoc {
  return {
    key: `theme/${t.id}`,
    title: `${t.data.name}: what people said and what happened`,
    subtitle: `What people said about ${t.data.name.toLowerCase()}, the meetings that discussed it, and updates on the commitments it led to.`,
    path: routes.themeFeed(t.id),
    page: routes.theme(t.id),
    entries: [
      ...t.inputs.items.map(inputEntry),
      ...t.meetings.items.map(minutesEntry),
      ...t.commitments.items.flatMap((c) => c.updates.items.map(updateEntry)),
    ],
    quietSince: quietDay(portal),
  };
}

export function groupFeed(g: GroupView, portal: Portal): FeedDoc {
  return {
    key: `group/${g.id}`,
    title: `${g.data.name}: minutes and actions`,
    subtitle: `The minutes of each meeting of ${g.data.name}, and each action it agreed, done or dropped${g.reviews.count > 0 ? ', and each review it published, with the partner’s reply' : ''}.`,
    path: routes.groupFeed(g.id),
    page: routes.group(g.id),
    entries: [
      ...g.meetings.items.map(minutesEntry),
      ...g.actions.items.flatMap(actionEntries),
      ...g.reviews.items.flatMap((r) => reviewEntries(r, portal.today)),
    ],
    quietSince: quietDay(portal),
  };
}

/** Every feed the site publishes, for the endpoints and the tests. */
export function allFeeds(portal: Portal): FeedDoc[] {
  return [
    siteFeed(portal),
    overdueFeed(portal),
    ...portal.commitments.map((c) => commitmentFeed(c, portal)),
    ...portal.partners.map((p) => partnerFeed(p, portal)),
    ...portal.themes.map((t) => themeFeed(t, portal)),
    ...portal.groups.map((g) => groupFeed(g, portal)),
  ];
}
