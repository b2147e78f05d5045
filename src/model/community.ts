// The community's verdict beside the partner's report. A partner's status and a lived-experience
// review's verdict are compared on one ladder of how much of a promise is done; the ladder is
// stated once, here, and the methodology the site explains is written from it.
import { INVOLVEMENT_LEVELS, VERDICTS, type Involvement, type UpdateStatus, type Verdict } from '../contract/index.ts';
import { deriveStatus, type CommitmentStatus, type UpdateLike } from './status.ts';

/**
 * How much of a promise is done, most first. Each rung holds the partner's statuses and the
 * reviewers' verdicts that say the same amount: "not started", "not delivered" and "withdrawn"
 * all say that nothing has been done.
 */
export const DELIVERY_LADDER = [
  { rung: 'all', statuses: ['delivered'] },
  { rung: 'some', statuses: ['partly-delivered'] },
  { rung: 'on-track', statuses: ['in-progress'] },
  { rung: 'at-risk', statuses: ['at-risk'] },
  { rung: 'none', statuses: ['not-started', 'not-delivered', 'withdrawn'] },
] as const satisfies readonly { rung: string; statuses: readonly UpdateStatus[] }[];

export type Rung = (typeof DELIVERY_LADDER)[number]['rung'];

/** A verdict that judges how much is done: every verdict but `too-early`. */
export type JudgingVerdict = Exclude<Verdict, 'too-early'>;
export const JUDGING_VERDICTS = VERDICTS.filter((v): v is JudgingVerdict => v !== 'too-early');

/** How high a status stands on the ladder: 0 for the bottom rung (nothing done), counting up. */
export function ladderHeight(status: UpdateStatus): number {
  const at = DELIVERY_LADDER.findIndex((r) => (r.statuses as readonly string[]).includes(status));
  return DELIVERY_LADDER.length - 1 - at;
}

/** The rung a status stands on. */
export function rungOf(status: UpdateStatus): Rung {
  return DELIVERY_LADDER[DELIVERY_LADDER.length - 1 - ladderHeight(status)]!.rung;
}

/**
 * How a review's verdict stands against what the partner had reported by the review's day:
 * - `agrees`: both on the same rung;
 * - `disputed`: the partner claims more than the reviewers found;
 * - `found-more`: the reviewers found more than the partner claims;
 * - `no-report`: the partner had reported nothing by then, so there is nothing to compare;
 * - `too-early`: the reviewers said it is too soon to judge, which neither agrees nor disputes.
 */
export const COMPARISONS = ['disputed', 'agrees', 'found-more', 'no-report', 'too-early'] as const;
export type Comparison = (typeof COMPARISONS)[number];

export function compare(partner: CommitmentStatus, verdict: Verdict): Comparison {
  if (verdict === 'too-early') return 'too-early';
  if (partner === 'no-update') return 'no-report';
  const claimed = ladderHeight(partner);
  const found = ladderHeight(verdict);
  return claimed === found ? 'agrees' : claimed > found ? 'disputed' : 'found-more';
}

/** What a review is compared with: the partner's status on the review's day, and the outcome. */
export interface ReviewFinding {
  /** The partner's status from its updates up to and including the review's day. */
  partnerStatus: CommitmentStatus;
  comparison: Comparison;
}

export function assessReview(
  review: { date: string; verdict: Verdict },
  updates: readonly UpdateLike[],
): ReviewFinding {
  const partnerStatus = deriveStatus(updates.filter((u) => u.date <= review.date));
  return { partnerStatus, comparison: compare(partnerStatus, review.verdict) };
}

/** Rungs apart on the co-production ladder at which a difference is flagged. */
export const INVOLVEMENT_GAP_FLAGGED = 2;

/** The partner's own account of how far people were involved, against the reviewers'. */
export interface InvolvementGap {
  claimed: Involvement;
  found: Involvement;
  /** Rungs apart: above zero when the partner claims more involvement than the reviewers found. */
  rungs: number;
  /** Two or more rungs apart, either way. */
  flagged: boolean;
}

export function involvementGap(
  claimed: Involvement | undefined,
  found: Involvement | undefined,
): InvolvementGap | undefined {
  if (!claimed || !found) return undefined;
  // The ladder lists the most involvement first, so a rung further down has a larger index.
  const rungs = INVOLVEMENT_LEVELS.indexOf(found) - INVOLVEMENT_LEVELS.indexOf(claimed);
  return { claimed, found, rungs, flagged: Math.abs(rungs) >= INVOLVEMENT_GAP_FLAGGED };
}

/** The fields of a review the community view reads. */
export interface ReviewFields {
  id: string;
  date: string;
  verdict: Verdict;
  involvement?: Involvement;
}

/** The latest by date; the id breaks a tie so the choice is the same on every build. */
export function latestReview<R>(reviews: readonly R[], fields: (r: R) => ReviewFields): R | undefined {
  let latest: { review: R; f: ReviewFields } | undefined;
  for (const review of reviews) {
    const f = fields(review);
    if (!latest || f.date > latest.f.date || (f.date === latest.f.date && f.id > latest.f.id)) latest = { review, f };
  }
  return latest?.review;
}

/** A commitment's community view: its latest review, set against what the partner reported. */
export interface CommunityView<R = ReviewFields> extends ReviewFinding {
  latest: R;
  /** The partner has published an update since the review, so the review may no longer match. */
  beforeLatestUpdate: boolean;
  /** The partner's claimed involvement against the latest review that judged it; absent when either is missing. */
  involvement?: InvolvementGap;
  /** How far people were involved, as the latest review that judged it found. */
  involvementFound?: Involvement;
}

/**
 * A commitment's community view from its reviews (`fields` reads each one), its updates up to the
 * build day and the partner's own account of involvement (`claimed`). Undefined when the
 * commitment has not been reviewed.
 */
export function communityView<R>(
  reviews: readonly R[],
  fields: (r: R) => ReviewFields,
  updates: readonly UpdateLike[],
  claimed: Involvement | undefined,
): CommunityView<R> | undefined {
  const latest = latestReview(reviews, fields);
  if (latest === undefined) return undefined;
  const f = fields(latest);
  const lastUpdate = updates.reduce<string | undefined>(
    (a, u) => (a === undefined || u.date > a ? u.date : a),
    undefined,
  );
  const judged = latestReview(
    reviews.filter((r) => fields(r).involvement !== undefined),
    fields,
  );
  const found = judged === undefined ? undefined : fields(judged).involvement;
  return {
    latest,
    ...assessReview(f, updates),
    beforeLatestUpdate: lastUpdate !== undefined && f.date < lastUpdate,
    involvement: involvementGap(claimed, found),
    ...(found === undefined ? {} : { involvementFound: found }),
  };
}

/** Counts of the community's verdicts over many commitments. */
export interface CommunityCounts {
  commitments: number;
  reviewed: number;
  notReviewed: number;
  /** How many commitments' latest reviews fall under each comparison. */
  byComparison: Record<Comparison, number>;
  /** Commitments whose claimed and found involvement are both given. */
  involvementJudged: number;
  /** Of those, how many are two or more rungs apart. */
  involvementFlagged: number;
}

export function communityCounts(views: readonly (CommunityView<unknown> | undefined)[]): CommunityCounts {
  const byComparison = Object.fromEntries(COMPARISONS.map((c) => [c, 0])) as Record<Comparison, number>;
  let reviewed = 0;
  let involvementJudged = 0;
  let involvementFlagged = 0;
  for (const view of views) {
    if (!view) continue;
    reviewed += 1;
    byComparison[view.comparison] += 1;
    if (view.involvement) {
      involvementJudged += 1;
      if (view.involvement.flagged) involvementFlagged += 1;
    }
  }
  return {
    commitments: views.length,
    reviewed,
    notReviewed: views.length - reviewed,
    byComparison,
    involvementJudged,
    involvementFlagged,
  };
}
