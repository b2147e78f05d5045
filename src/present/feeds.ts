// What each feed holds, from the read model: the whole site's news, one feed per commitment,
// partner, topic and group, and the commitments that became overdue. Every entry is dated the day
// it happened: an update its date, a meeting its day, a review the day the group agreed it and its
// reply the day the partner gave it, what people said the day it was received and the reply the
// day it was given, an overdue commitment the day after it fell due.
// A feed is one file for every reader, so its words are in the content's own language: callers
// pass that language's messages, and every sentence here is the catalogue's (`feed.*`).
import { peopleCount } from '../model/involvement.ts';
import { overdueSince, statusChanges } from '../model/history.ts';
import { updateFacts } from '../model/status.ts';
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
import { lastChanged, type FeedDoc, type FeedEntry } from './atom.ts';
import { reviewReplySentence, reviewSentence } from './community.ts';
import { labels } from './labels.ts';
import type { Messages } from './messages.ts';
import { routes } from './routes.ts';

/** A label or name inside a sentence, as this language writes it there: in small letters. */
const inSentence = (m: Messages, label: string) => label.toLocaleLowerCase(m.locale);

/** The change of status an update made, worked out from its commitment's updates; none for its first or when it kept the status. */
function changeBy(u: UpdateView) {
  const changes = statusChanges(updateFacts(u.commitment.updates.items));
  const change = changes.find((c) => c.update === u.id);
  return change?.from === 'no-update' ? undefined : change;
}

export function updateEntry(m: Messages, u: UpdateView): FeedEntry {
  const change = changeBy(u);
  const status = labels(m).status;
  return {
    key: `update/${u.id}`,
    title: m.t('feed.updateTitle', { commitment: u.commitment.data.title, title: u.data.title }),
    date: u.data.date,
    path: routes.update(u.id),
    summary: m.t('feed.updateSummary', {
      partner: u.partner.data.name,
      changed: change ? 'yes' : 'no',
      from: change ? status[change.from] : '',
      to: change ? status[change.to] : '',
      status: status[u.data.status],
      hasProgress: u.data.progress === undefined ? 'no' : 'yes',
      share: (u.data.progress ?? 0) / 100,
    }),
    html: u.html,
    categories: [u.partner.data.name, labels(m).status[u.data.status]],
  };
}

/** Each time the commitment's status changed from one status to another (its first update is an update entry of its own). */
export function statusChangeEntries(m: Messages, c: CommitmentView): FeedEntry[] {
  const titles = new Map(c.updates.items.map((u) => [u.id, u.data.title]));
  return statusChanges(updateFacts(c.updates.items))
    .filter((change) => change.from !== 'no-update')
    .map((change) => ({
      key: `status/${c.id}/${change.update}`,
      title: m.t('feed.statusTitle', { commitment: c.data.title, status: inSentence(m, labels(m).status[change.to]) }),
      date: change.date,
      path: routes.update(change.update),
      summary: m.t('feed.statusSummary', {
        from: inSentence(m, labels(m).status[change.from]),
        to: inSentence(m, labels(m).status[change.to]),
        update: titles.get(change.update) ?? '',
      }),
      categories: [c.partner.data.name, labels(m).status[change.to]],
    }));
}

/**
 * The day the commitment became overdue, when it is overdue now: judged, as everywhere, against the
 * due date last agreed, so a deadline moved in the open is not announced as missed.
 */
export function overdueEntries(m: Messages, c: CommitmentView, today: string): FeedEntry[] {
  const { due, original, moves } = c.deadline;
  const since = overdueSince(due, c.state.status, today);
  if (since === undefined || due === undefined) return [];
  const moved = moves.length > 0 && original !== undefined;
  return [
    {
      key: `overdue/${c.id}/${due}`,
      title: m.t('feed.overdueTitle', { commitment: c.data.title }),
      date: since,
      path: routes.commitment(c.id),
      summary: m.t('feed.overdueSummary', {
        partner: c.partner.data.name,
        due: m.date(due),
        moved: moved ? 'yes' : 'no',
        original: moved ? m.date(original) : '',
        moves: moves.length,
        status: inSentence(m, labels(m).status[c.state.status]),
      }),
      categories: [c.partner.data.name, m.t('flag.overdue')],
    },
  ];
}

/**
 * A lived-experience review on the day the group agreed it, and the partner's reply on the day it
 * was given: each its own entry, so a reply reaches a follower as news and the review keeps its date.
 */
export function reviewEntries(m: Messages, r: ReviewView, today: string): FeedEntry[] {
  const partner = r.partner.data.name;
  const review: FeedEntry = {
    key: `review/${r.id}`,
    title: m.t('feed.reviewTitle', { commitment: r.commitment.data.title, group: r.group.data.name }),
    date: r.data.date,
    path: routes.review(r.id),
    summary: reviewSentence(m, r),
    html: r.html,
    categories: [
      partner,
      m.t('feed.reviewCategory'),
      labels(m).verdict[r.data.verdict],
      labels(m).comparison[r.comparison],
    ],
  };
  const reply = r.data.reply;
  return [
    review,
    ...(reply
      ? [
          {
            key: `review/${r.id}/reply`,
            title: m.t('feed.replyTitle', { commitment: r.commitment.data.title, partner }),
            date: reply.date,
            path: routes.reviewReply(r.id),
            summary: `${reviewReplySentence(m, r)} ${reply.text}`,
            categories: [partner, m.t('feed.replyCategory')],
          },
        ]
      : []),
  ].filter((e) => e.date <= today);
}

export function madeEntry(m: Messages, c: CommitmentView): FeedEntry {
  return {
    key: `commitment/${c.id}`,
    title: m.t('feed.madeTitle', { commitment: c.data.title }),
    date: c.data.made,
    path: routes.commitment(c.id),
    summary: m.t('feed.madeSummary', { partner: c.partner.data.name, summary: c.data.summary }),
    categories: [c.partner.data.name],
  };
}

/**
 * A meeting's minutes, published on the meeting's day and updated on the day of their latest
 * correction (up to the build day), saying what was corrected: a follower who read the wrong
 * figure is told, and the entry keeps its id.
 */
export function minutesEntry(m: Messages, meeting: MinutesView, today: string): FeedEntry {
  const decisions = meeting.decisions?.length ?? 0;
  const actions = meeting.actions?.length ?? 0;
  // Oldest first (the read model's order), so the last is the latest.
  const corrections = (meeting.corrections ?? []).filter((c) => c.date <= today);
  const latest = corrections.at(-1);
  const met = m.t('feed.minutesSummary', {
    group: meeting.group.data.name,
    date: m.date(meeting.data.date),
    withheld: peopleCount(meeting.data.attendance.total).withheld ? 'yes' : 'no',
    came: meeting.data.attendance.total,
    decisions,
    actions,
  });
  const corrected = latest
    ? m.t('feed.corrected', { count: corrections.length, date: m.date(latest.date), what: latest.what })
    : undefined;
  return {
    key: `minutes/${meeting.id}`,
    title: m.t('feed.minutesTitle', { meeting: meeting.data.title }),
    date: meeting.data.date,
    ...(latest ? { updated: latest.date } : {}),
    path: routes.minutes(meeting.id),
    summary: corrected ? `${met} ${corrected}` : met,
    html: meeting.html,
    categories: [meeting.group.data.name, ...(latest ? [m.t('feed.correctedCategory')] : [])],
  };
}

/** An action when it was agreed, and again when it was done or dropped. */
export function actionEntries(m: Messages, a: ActionView): FeedEntry[] {
  const path = routes.action(a.meeting.id, a.action.id);
  const agreed: FeedEntry = {
    key: `action/${a.action.id}`,
    title: m.t('feed.actionAgreedTitle', { action: a.action.action }),
    date: a.meeting.data.date,
    path,
    summary: m.t('feed.actionAgreedSummary', {
      group: a.group.data.name,
      owner: a.action.owner,
      hasDue: a.action.due ? 'yes' : 'no',
      due: a.action.due ? m.date(a.action.due) : '',
    }),
    categories: [a.group.data.name],
  };
  if (a.closedOn === null) return [agreed];
  const label = labels(m).action[a.action.status];
  return [
    agreed,
    {
      key: `action/${a.action.id}/${a.action.status}`,
      title: m.t('feed.actionClosedTitle', { status: inSentence(m, label), action: a.action.action }),
      date: a.closedOn,
      path,
      summary: a.action.outcome ?? m.t('feed.actionClosedSummary', { status: inSentence(m, label) }),
      categories: [a.group.data.name, label],
    },
  ];
}

/**
 * What people said on the day it was received, and the partnership's reply on the day it was given:
 * each its own entry, as a review and its reply are, so a reply reaches a follower as news (a feed
 * reader shows an entry it has seen before only once, whatever its words now say). The reply says
 * what it answers, so it reads on its own once the older entry has left the feed's newest 100.
 * A reply recorded without its day stays in the one entry, dated when it was said, as it has no
 * day of its own to be news on.
 */
export function inputEntries(m: Messages, i: InputView, today: string): FeedEntry[] {
  const { ref, said, response, responded, outcome } = i.data;
  const outcomeLabel = labels(m).outcome[outcome];
  const page = routes.youSaid(ref);
  const heard: FeedEntry = {
    key: `input/${ref}`,
    title: m.t('feed.inputTitle', { ref, outcome: outcomeLabel }),
    date: i.data.received,
    path: page,
    // Waiting for a reply, an input has no response yet: the feed says so, as its page does.
    summary:
      response === undefined ? m.t('feed.inputWaiting', { said }) : m.t('feed.inputAnswered', { said, response }),
    categories: [outcomeLabel, ...i.themeNames],
  };
  if (response === undefined || responded === undefined) return [heard].filter((e) => e.date <= today);
  return [
    {
      ...heard,
      title: m.t('feed.inputSaidTitle', { ref }),
      // A reply after the build day is not news yet (the reply's own entry is left out too).
      summary:
        responded <= today
          ? m.t('feed.inputRepliedOn', { said, date: m.date(responded) })
          : m.t('feed.inputSaid', { said }),
      categories: [...i.themeNames],
    },
    {
      key: `input/${ref}/reply`,
      title: m.t('feed.inputReplyTitle', { ref, outcome: inSentence(m, outcomeLabel) }),
      date: responded,
      path: routes.youSaidReply(ref),
      summary: m.t('feed.inputAnswered', { said, response }),
      categories: [outcomeLabel, ...i.themeNames],
    },
  ].filter((e) => e.date <= today);
}

/** A commitment's own news: when it was made, its updates, each change of status, its reviews and their replies, and the day it became overdue. */
function commitmentEntries(m: Messages, c: CommitmentView, today: string): FeedEntry[] {
  return [
    madeEntry(m, c),
    ...c.updates.items.map((x) => updateEntry(m, x)),
    ...statusChangeEntries(m, c),
    ...c.reviews.items.flatMap((r) => reviewEntries(m, r, today)),
    ...overdueEntries(m, c, today),
  ];
}

const quiet = new WeakMap<Portal, string>();

/**
 * The day a feed with no entries has been quiet since: the newest day anything on the site
 * happened (the build day only when nothing has), so an empty feed's date is true too.
 */
export function quietDay(m: Messages, portal: Portal): string {
  let day = quiet.get(portal);
  if (day === undefined) {
    day =
      siteEntries(m, portal).reduce<string | undefined>(
        (latest, e) => (latest && latest > lastChanged(e) ? latest : lastChanged(e)),
        undefined,
      ) ?? portal.today;
    quiet.set(portal, day);
  }
  return day;
}

function siteEntries(m: Messages, portal: Portal): FeedEntry[] {
  const { today } = portal;
  return [
    ...portal.commitments.flatMap((c) => [madeEntry(m, c), ...overdueEntries(m, c, today)]),
    ...portal.updates.filter((u) => u.data.date <= today).map((x) => updateEntry(m, x)),
    ...portal.minutes.map((x) => minutesEntry(m, x, today)),
    ...portal.inputs.flatMap((x) => inputEntries(m, x, today)),
    ...portal.reviews.flatMap((r) => reviewEntries(m, r, today)),
  ];
}

/** Everything new on the site. */
export function siteFeed(m: Messages, portal: Portal): FeedDoc {
  return {
    key: 'site',
    title: m.t('feed.siteTitle', { site: portal.site.name }),
    subtitle: m.t('feed.siteSubtitle', {
      reviews: portal.uses.reviews ? 'yes' : 'no',
      partnership: portal.site.partnership,
    }),
    path: routes.feed(),
    page: routes.home(),
    entries: siteEntries(m, portal),
    quietSince: quietDay(m, portal),
  };
}

/** Commitments that became overdue, each dated the day it did. */
export function overdueFeed(m: Messages, portal: Portal): FeedDoc {
  return {
    key: 'overdue',
    title: m.t('feed.overdueFeedTitle', { site: portal.site.name }),
    subtitle: m.t('feed.overdueFeedSubtitle'),
    path: routes.overdueFeed(),
    page: routes.commitmentsOverdue(),
    entries: portal.lists.overdue.items.flatMap((c) => overdueEntries(m, c, portal.today)),
    quietSince: quietDay(m, portal),
  };
}

export function commitmentFeed(m: Messages, c: CommitmentView, portal: Portal): FeedDoc {
  return {
    key: `commitment/${c.id}`,
    title: m.t('feed.commitmentTitle', { commitment: c.data.title }),
    subtitle: m.t('feed.commitmentSubtitle', {
      reviews: portal.uses.reviews ? 'yes' : 'no',
      partner: c.partner.data.name,
    }),
    path: routes.commitmentFeed(c.id),
    page: routes.commitment(c.id),
    entries: commitmentEntries(m, c, portal.today),
    quietSince: c.data.made,
  };
}

export function partnerFeed(m: Messages, p: PartnerView, portal: Portal): FeedDoc {
  return {
    key: `partner/${p.id}`,
    title: m.t('feed.partnerTitle', { partner: p.data.name }),
    subtitle: m.t('feed.partnerSubtitle', { reviews: portal.uses.reviews ? 'yes' : 'no', partner: p.data.name }),
    path: routes.partnerFeed(p.id),
    page: routes.partner(p.id),
    entries: p.commitments.items.flatMap((c) => commitmentEntries(m, c, portal.today)),
    quietSince: quietDay(m, portal),
  };
}

export function themeFeed(m: Messages, t: ThemeView, portal: Portal): FeedDoc {
  return {
    key: `theme/${t.id}`,
    title: m.t('feed.themeTitle', { theme: t.data.name }),
    subtitle: m.t('feed.themeSubtitle', { theme: inSentence(m, t.data.name) }),
    path: routes.themeFeed(t.id),
    page: routes.theme(t.id),
    entries: [
      ...t.inputs.items.flatMap((x) => inputEntries(m, x, portal.today)),
      ...t.meetings.items.map((x) => minutesEntry(m, x, portal.today)),
      ...t.commitments.items.flatMap((c) => c.updates.items.map((x) => updateEntry(m, x))),
    ],
    quietSince: quietDay(m, portal),
  };
}

export function groupFeed(m: Messages, g: GroupView, portal: Portal): FeedDoc {
  return {
    key: `group/${g.id}`,
    title: m.t('feed.groupTitle', { group: g.data.name }),
    subtitle: m.t('feed.groupSubtitle', { group: g.data.name, reviews: g.reviews.count > 0 ? 'yes' : 'no' }),
    path: routes.groupFeed(g.id),
    page: routes.group(g.id),
    entries: [
      ...g.meetings.items.map((x) => minutesEntry(m, x, portal.today)),
      ...g.actions.items.flatMap((x) => actionEntries(m, x)),
      ...g.reviews.items.flatMap((r) => reviewEntries(m, r, portal.today)),
    ],
    quietSince: quietDay(m, portal),
  };
}

/** Every feed the site publishes, for the endpoints and the tests. */
export function allFeeds(m: Messages, portal: Portal): FeedDoc[] {
  return [
    siteFeed(m, portal),
    overdueFeed(m, portal),
    ...portal.commitments.map((c) => commitmentFeed(m, c, portal)),
    ...portal.partners.map((p) => partnerFeed(m, p, portal)),
    ...portal.themes.map((t) => themeFeed(m, t, portal)),
    ...portal.groups.map((g) => groupFeed(m, g, portal)),
  ];
}
