// The sentences that set the community's verdict beside the partner's report, written from the
// model's counts so that the words and the numbers cannot disagree.
import { INVOLVEMENT_LEVELS, VERDICTS, type Verdict } from '../contract/index.ts';
import type { Changes } from '../model/checkins.ts';
import {
  COMPARISONS,
  DELIVERY_LADDER,
  type Comparison,
  type CommunityCounts,
  type InvolvementGap,
} from '../model/community.ts';
import type { DeadlineCounts } from '../model/deadlines.ts';
import { labels } from './labels.ts';
import type { Messages } from './messages.ts';

/**
 * The home page's one sentence on reviews, or undefined when nothing has been reviewed (a
 * partnership without reviews shows nothing about them).
 */
export function reviewedSentence(m: Messages, counts: CommunityCounts): string | undefined {
  if (counts.reviewed === 0) return undefined;
  return m.t('community.reviewed', {
    reviewed: counts.reviewed,
    commitments: counts.commitments,
    agrees: counts.byComparison.agrees,
    disputed: counts.byComparison.disputed,
  });
}

/** A partner's or the whole partnership's reviews, in one sentence. */
export function communitySummary(m: Messages, counts: CommunityCounts): string {
  if (counts.reviewed === 0) return m.t('community.noneReviewed', { commitments: counts.commitments });
  const c = counts.byComparison;
  const others = [
    c['found-more'] > 0 ? m.t('community.foundMore', { count: c['found-more'] }) : '',
    c['too-early'] > 0 ? m.t('community.tooEarly', { count: c['too-early'] }) : '',
    c['no-report'] > 0 ? m.t('community.beforeReport', { count: c['no-report'] }) : '',
  ].filter(Boolean);
  const values = {
    reviewed: counts.reviewed,
    commitments: counts.commitments,
    agrees: c.agrees,
    disputed: c.disputed,
    notReviewed: counts.notReviewed,
  };
  return others.length
    ? m.t('community.summaryWithOthers', { ...values, others: others.join(m.t('community.othersSeparator')) })
    : m.t('community.summary', values);
}

/** The gap between the involvement a partner claims and what the reviewers found, in words. */
export function involvementSentence(m: Messages, gap: InvolvementGap): string {
  const apart = Math.abs(gap.rungs);
  if (apart === 0) return m.t('community.involvementSame');
  const key = gap.rungs > 0 ? 'community.partnerClaimsMore' : 'community.reviewersFoundMore';
  return m.t(key, { steps: apart, big: gap.flagged ? 'yes' : 'no' });
}

/** "Co-produced against Consulted" for a table cell or a list. */
export function involvementPair(m: Messages, gap: InvolvementGap): string {
  const words = labels(m).involvement;
  return m.t('community.involvementPair', { claimed: words[gap.claimed], found: words[gap.found] });
}

/** Moved deadlines in a scorecard, in one sentence. */
export function deadlinesSentence(m: Messages, d: DeadlineCounts): string {
  if (d.moves === 0) return m.t('community.noDeadlineMoved');
  return m.t(d.daysAdded >= 0 ? 'community.deadlinesLater' : 'community.deadlinesSooner', {
    moved: d.moved,
    moves: d.moves,
    days: Math.abs(d.daysAdded),
  });
}

/** What changed between two check-ins: "1 delivered since, 2 now at risk; 1 new commitment made since; 3 the same." */
export function changesSentence(m: Messages, changes: Changes): string {
  const moved = changes.reached.map(({ status, count }) =>
    status === 'delivered'
      ? m.t('community.deliveredSince', { count })
      : m.t('community.nowStatus', { count, status: labels(m).status[status].toLocaleLowerCase(m.lang) }),
  );
  const parts = [
    moved.length ? moved.join(m.t('community.othersSeparator')) : m.t('community.noneChanged'),
    changes.newlyMade > 0 ? m.t('community.newlyMade', { count: changes.newlyMade }) : '',
    changes.unchanged > 0 ? m.t('community.unchanged', { count: changes.unchanged }) : '',
  ].filter(Boolean);
  const sentence = parts.join(m.t('community.partsSeparator'));
  return m.t('community.sentence', {
    sentence: `${sentence.charAt(0).toLocaleUpperCase(m.lang)}${sentence.slice(1)}`,
  });
}

/** The ladder of how much is done, as the methodology shows it: each rung with the partner's words and the reviewers'. */
export function methodLadder(m: Messages): { rung: string; partner: string[]; reviewers: string[] }[] {
  const words = labels(m);
  return DELIVERY_LADDER.map((r) => ({
    rung: words.rung[r.rung],
    partner: r.statuses.map((s) => words.status[s]),
    reviewers: VERDICTS.filter((v) => (r.statuses as readonly string[]).includes(v)).map((v) => words.verdict[v]),
  }));
}

/** The co-production ladder, most involvement first, with what each rung means. */
export function involvementLadder(m: Messages): { level: string; meaning: string }[] {
  const words = labels(m);
  return INVOLVEMENT_LEVELS.map((l) => ({ level: words.involvement[l], meaning: words.involvementMeaning[l] }));
}

/** Each way a verdict can stand against the partner's report, in the order reviews are listed. */
export function comparisonKey(m: Messages): { comparison: Comparison; label: string; meaning: string }[] {
  const words = labels(m);
  return COMPARISONS.map((comparison) => ({
    comparison,
    label: words.comparison[comparison],
    meaning: words.comparisonMeaning[comparison],
  }));
}

/** How often a deadline moved: "once", "twice", "3 times". */
export function timesMoved(m: Messages, n: number): string {
  return m.t('community.timesMoved', { count: n });
}

/** The fields of a review its sentences read: its group, verdict and comparison, and any reply. */
interface ReviewSaid {
  data: { verdict: Verdict; reply?: { role: string } };
  comparison: Comparison;
  group: { data: { name: string } };
  partner: { data: { name: string } };
}

/**
 * A review in two plain sentences, for a story or a feed: "Community Forum reviewed it and found
 * it partly delivered. The partner reports more than the reviewers found."
 */
export function reviewSentence(m: Messages, r: ReviewSaid): string {
  const found = reviewFound(m, r);
  return `${m.t(found.k, found.values)} ${labels(m).comparisonMeaning[r.comparison]}`;
}

/**
 * What the reviewers found, as its catalogue key and values: "Community Forum reviewed it and
 * found it partly delivered." A page fills it in with the group's name marked with its language.
 */
export function reviewFound(m: Messages, r: ReviewSaid): { k: string; values: Record<string, string> } {
  return r.data.verdict === 'too-early'
    ? { k: 'community.reviewedTooEarly', values: { group: r.group.data.name } }
    : {
        k: 'community.reviewedFound',
        values: { group: r.group.data.name, verdict: labels(m).verdict[r.data.verdict].toLocaleLowerCase(m.lang) },
      };
}

/** The partner's reply to a review, in one sentence; undefined when it has not replied. */
export function reviewReplySentence(m: Messages, r: ReviewSaid): string | undefined {
  return r.data.reply
    ? m.t('community.partnerReplied', { partner: r.partner.data.name, role: r.data.reply.role })
    : undefined;
}
