// One story per input: what happened to it, as one dated timeline. Each source adds its own
// kind of event, so another is one more source in STORY_SOURCES.
import type { ActionView, CommitmentView, InputView, ReviewView, UpdateView } from './views.ts';

export type StoryEvent =
  | { kind: 'said'; date: string }
  | { kind: 'action-agreed'; date: string; action: ActionView }
  | { kind: 'action-closed'; date: string; action: ActionView }
  | { kind: 'replied'; date: string }
  /** `before` when the commitment was made before the input, which then informed it. */
  | { kind: 'commitment'; date: string; commitment: CommitmentView; before: boolean }
  | { kind: 'update'; date: string; update: UpdateView }
  /** A lived-experience review of a commitment it led to, with its verdict set against the partner's report. */
  | { kind: 'review'; date: string; review: ReviewView }
  /** The partner's reply to that review. */
  | { kind: 'review-reply'; date: string; review: ReviewView };

/** What the sources read: the input, the actions that answer it, and the build day. */
export interface StoryContext {
  input: InputView;
  actions: readonly ActionView[];
  today: string;
}

export type StorySource = (c: StoryContext) => StoryEvent[];

const said: StorySource = ({ input }) => [{ kind: 'said', date: input.data.received }];
const actions: StorySource = ({ actions }) =>
  actions.flatMap((a): StoryEvent[] => [
    { kind: 'action-agreed', date: a.meeting.data.date, action: a },
    ...(a.closedOn ? [{ kind: 'action-closed' as const, date: a.closedOn, action: a }] : []),
  ]);
const replied: StorySource = ({ input }) =>
  input.data.responded ? [{ kind: 'replied', date: input.data.responded }] : [];
/**
 * Whether a commitment was made before an input was received: the input then informed a commitment
 * already made, rather than led to it.
 */
export const madeBefore = (c: { data: { made: string } }, input: { data: { received: string } }): boolean =>
  c.data.made < input.data.received;

/** A commitment's inputs: those that led to it, and those said after it was made, each in the order given. */
export function inputsAround<I extends { data: { received: string } }>(
  c: { data: { made: string } },
  inputs: readonly I[],
): { ledTo: I[]; since: I[] } {
  return { ledTo: inputs.filter((i) => !madeBefore(c, i)), since: inputs.filter((i) => madeBefore(c, i)) };
}

const commitments: StorySource = ({ input }) =>
  input.commitments.items.flatMap((c): StoryEvent[] => {
    const before = madeBefore(c, input);
    return [
      { kind: 'commitment', date: before ? input.data.received : c.data.made, commitment: c, before },
      // Updates since it was said: what came of it.
      ...c.updates.items
        .filter((u) => u.data.date >= input.data.received)
        .map((u): StoryEvent => ({ kind: 'update', date: u.data.date, update: u })),
    ];
  });

// Reviews since it was said, like updates: what the community made of what came of it. The
// comparison with the partner's report is the review view's own (community.ts), not restated here.
const reviews: StorySource = ({ input }) =>
  input.commitments.items.flatMap((c) =>
    c.reviews.items
      .filter((r) => r.data.date >= input.data.received)
      .flatMap((r): StoryEvent[] => [
        { kind: 'review', date: r.data.date, review: r },
        ...(r.data.reply ? [{ kind: 'review-reply' as const, date: r.data.reply.date, review: r }] : []),
      ]),
  );

export const STORY_SOURCES: readonly StorySource[] = [said, actions, replied, commitments, reviews];

const ORDER: StoryEvent['kind'][] = [
  'said',
  'replied',
  'action-agreed',
  'commitment',
  'action-closed',
  'update',
  'review',
  'review-reply',
];

/** Oldest first; what was said always opens the story; on one day, in the order things follow each other. */
export function inputStory(context: StoryContext, sources: readonly StorySource[] = STORY_SOURCES): StoryEvent[] {
  return sources
    .flatMap((s) => s(context))
    .filter((e) => e.date <= context.today)
    .sort(
      (a, b) =>
        (a.kind === 'said' ? -1 : 0) - (b.kind === 'said' ? -1 : 0) ||
        a.date.localeCompare(b.date) ||
        ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind),
    );
}
