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
import {
  COMPARISON_LABELS,
  COMPARISON_MEANINGS,
  INVOLVEMENT_LABELS,
  INVOLVEMENT_MEANINGS,
  RUNG_LABELS,
  STATUS_LABELS,
  VERDICT_LABELS,
} from './labels.ts';
import { plural, pluralWord } from './plural.ts';

/**
 * The home page's one sentence on reviews, or undefined when nothing has been reviewed (a
 * partnership without reviews shows nothing about them).
 */
export function reviewedSentence(counts: CommunityCounts): string | undefined {
  if (counts.reviewed === 0) return undefined;
  return `People with lived experience have reviewed what partners report on ${counts.reviewed} of ${plural(counts.commitments, 'commitment')}: they agreed with ${plural(counts.byComparison.agrees, 'report')} and disputed ${counts.byComparison.disputed}.`;
}

/** A partner's or the whole partnership's reviews, in one sentence. */
export function communitySummary(counts: CommunityCounts): string {
  if (counts.reviewed === 0) return `None of the ${plural(counts.commitments, 'commitment')} has been reviewed yet.`;
  const c = counts.byComparison;
  const others = [
    c['found-more'] > 0 ? `found more than reported on ${c['found-more']}` : '',
    c['too-early'] > 0 ? `said ${c['too-early']} ${pluralWord(c['too-early'], 'is', 'are')} too early to judge` : '',
    c['no-report'] > 0 ? `reviewed ${c['no-report']} before the partner reported anything` : '',
  ].filter(Boolean);
  return `${counts.reviewed} of ${plural(counts.commitments, 'commitment')} reviewed by people with lived experience: they agreed with the partner on ${c.agrees} and disputed ${c.disputed}${others.length ? `; they ${others.join(', ')}` : ''}. ${counts.notReviewed} not reviewed yet.`;
}

/** The gap between the involvement a partner claims and what the reviewers found, in words. */
export function involvementSentence(gap: InvolvementGap): string {
  const apart = Math.abs(gap.rungs);
  if (apart === 0) return 'The reviewers found the same level of involvement as the partner describes.';
  const who =
    gap.rungs > 0
      ? 'The partner describes more involvement than the reviewers found'
      : 'The reviewers found more involvement than the partner describes';
  return `${who}: ${plural(apart, 'step')} apart on the ladder${gap.flagged ? ', which is a big gap' : ''}.`;
}

/** "Claimed: Co-produced. Found: Consulted." for a table cell or a list. */
export function involvementPair(gap: InvolvementGap): string {
  return `${INVOLVEMENT_LABELS[gap.claimed]} against ${INVOLVEMENT_LABELS[gap.found]}`;
}

/** Moved deadlines in a scorecard, in one sentence. */
export function deadlinesSentence(d: DeadlineCounts): string {
  if (d.moves === 0) return 'No deadline has been moved.';
  const days =
    d.daysAdded >= 0 ? `adding ${plural(d.daysAdded, 'day')}` : `bringing them ${plural(-d.daysAdded, 'day')} forward`;
  return `${plural(d.moved, 'commitment has', 'commitments have')} had ${pluralWord(d.moved, 'its deadline', 'their deadlines')} moved (${plural(d.moves, 'move')} in all), ${days}.`;
}

/** What changed between two check-ins: "1 delivered since, 2 now at risk; 1 new commitment; 3 the same." */
export function changesSentence(changes: Changes): string {
  const moved = changes.reached.map(({ status, count }) =>
    status === 'delivered' ? `${count} delivered since` : `${count} now ${STATUS_LABELS[status].toLowerCase()}`,
  );
  const parts = [
    moved.length ? moved.join(', ') : 'no commitment changed status',
    changes.newlyMade > 0 ? `${plural(changes.newlyMade, 'new commitment')} made since` : '',
    changes.unchanged > 0 ? `${changes.unchanged} the same` : '',
  ].filter(Boolean);
  const sentence = parts.join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** The ladder of how much is done, as the methodology shows it: each rung with the partner's words and the reviewers'. */
export function methodLadder(): { rung: string; partner: string[]; reviewers: string[] }[] {
  return DELIVERY_LADDER.map((r) => ({
    rung: RUNG_LABELS[r.rung],
    partner: r.statuses.map((s) => STATUS_LABELS[s]),
    reviewers: VERDICTS.filter((v) => (r.statuses as readonly string[]).includes(v)).map((v) => VERDICT_LABELS[v]),
  }));
}

/** The co-production ladder, most involvement first, with what each rung means. */
export function involvementLadder(): { level: string; meaning: string }[] {
  return INVOLVEMENT_LEVELS.map((l) => ({ level: INVOLVEMENT_LABELS[l], meaning: INVOLVEMENT_MEANINGS[l] }));
}

/** Each way a verdict can stand against the partner's report, in the order reviews are listed. */
export function comparisonKey(): { comparison: Comparison; label: string; meaning: string }[] {
  return COMPARISONS.map((comparison) => ({
    comparison,
    label: COMPARISON_LABELS[comparison],
    meaning: COMPARISON_MEANINGS[comparison],
  }));
}

/** How often a deadline moved: "once", "twice", "3 times". */
export function timesMoved(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
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
export function reviewSentence(r: ReviewSaid): string {
  const found =
    r.data.verdict === 'too-early'
      ? 'said it is too early to judge'
      : `found it ${VERDICT_LABELS[r.data.verdict].toLowerCase()}`;
  return `${r.group.data.name} reviewed it and ${found}. ${COMPARISON_MEANINGS[r.comparison]}`;
}

/** The partner's reply to a review, in one sentence; undefined when it has not replied. */
export function reviewReplySentence(r: ReviewSaid): string | undefined {
  return r.data.reply ? `${r.partner.data.name} replied to the review (${r.data.reply.role}).` : undefined;
}
