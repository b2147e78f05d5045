// What the site's own words mean, said once, in plain words. The glossary page lists these, and
// the labels come from src/present/labels.ts, so the term a reader looks up is the word they saw.
import { ACTION_STATUSES, OUTCOMES, type ActionStatus, type Outcome } from '../contract/index.ts';
import { COMMITMENT_STATUSES, STALE_AFTER_MONTHS, type CommitmentStatus } from '../model/status.ts';
import { labels } from './labels.ts';
import type { Messages } from './messages.ts';

export interface GlossaryTerm {
  /** The id of its place on the glossary page. */
  id: string;
  term: string;
  meaning: string;
}

export interface GlossarySection {
  heading: string;
  terms: GlossaryTerm[];
}

/** Each status's place on the page: the same in every language, so a link to it works in each. */
const STATUS_TERMS: Record<CommitmentStatus, { id: string; meaning: string }> = {
  'no-update': { id: 'no-update-yet', meaning: 'glossary.noUpdateMeaning' },
  'not-started': { id: 'not-started', meaning: 'glossary.notStartedMeaning' },
  'in-progress': { id: 'in-progress', meaning: 'glossary.inProgressMeaning' },
  'at-risk': { id: 'at-risk', meaning: 'glossary.atRiskMeaning' },
  delivered: { id: 'delivered', meaning: 'glossary.deliveredMeaning' },
  'partly-delivered': { id: 'partly-delivered', meaning: 'glossary.partlyDeliveredMeaning' },
  'not-delivered': { id: 'not-delivered', meaning: 'glossary.notDeliveredMeaning' },
  withdrawn: { id: 'withdrawn', meaning: 'glossary.withdrawnMeaning' },
};

const OUTCOME_TERMS: Record<Outcome, { id: string; meaning: string }> = {
  'acted-on': { id: 'said-acted-on', meaning: 'glossary.actedOnMeaning' },
  'in-progress': { id: 'said-in-progress', meaning: 'glossary.inputInProgressMeaning' },
  considering: { id: 'said-being-considered', meaning: 'glossary.consideringMeaning' },
  'not-taken-forward': { id: 'said-not-taken-forward', meaning: 'glossary.notTakenForwardMeaning' },
  'awaiting-response': { id: 'said-waiting-for-a-reply', meaning: 'glossary.awaitingResponseMeaning' },
};

const ACTION_TERMS: Record<ActionStatus, { id: string; meaning: string }> = {
  open: { id: 'open-action', meaning: 'glossary.openMeaning' },
  done: { id: 'done-action', meaning: 'glossary.doneMeaning' },
  dropped: { id: 'dropped-action', meaning: 'glossary.droppedMeaning' },
};

/** Turns an English label into the id of its place on the page: "No update yet" becomes "no-update-yet". */
export function termId(term: string): string {
  return term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Every section of the glossary, in the language of `m`; each term's id is the same in every language. */
export function glossary(m: Messages, exampleRef: string): GlossarySection[] {
  const words = labels(m);
  const term = (id: string, name: string, meaning: string): GlossaryTerm => ({ id, term: name, meaning });
  return [
    {
      heading: m.t('glossary.partnershipHeading'),
      terms: [
        term('co-production', m.t('glossary.coProduction'), m.t('glossary.coProductionMeaning')),
        term('lived-experience', m.t('glossary.livedExperience'), m.t('glossary.livedExperienceMeaning')),
        term('commitment', m.t('glossary.commitment'), m.t('glossary.commitmentMeaning')),
        term('partner', m.t('glossary.partner'), m.t('glossary.partnerMeaning')),
      ],
    },
    {
      heading: m.t('glossary.saidHeading'),
      terms: [
        term(
          'reference-code',
          m.t('glossary.referenceCode'),
          m.t('glossary.referenceCodeMeaning', { example: exampleRef }),
        ),
        ...OUTCOMES.map((o) => term(OUTCOME_TERMS[o].id, words.outcome[o], m.t(OUTCOME_TERMS[o].meaning))),
      ],
    },
    {
      heading: m.t('method.statusesHeading'),
      terms: COMMITMENT_STATUSES.map((s) => term(STATUS_TERMS[s].id, words.status[s], m.t(STATUS_TERMS[s].meaning))),
    },
    {
      heading: m.t('glossary.attentionHeading'),
      terms: [
        term('overdue', words.flag.overdue, m.t('glossary.overdueMeaning')),
        term('no-recent-update', words.flag.stale, m.t('glossary.staleMeaning', { months: STALE_AFTER_MONTHS })),
      ],
    },
    {
      heading: m.t('glossary.actionsHeading'),
      terms: ACTION_STATUSES.map((a) =>
        term(ACTION_TERMS[a].id, m.t('glossary.actionTerm', { label: words.action[a] }), m.t(ACTION_TERMS[a].meaning)),
      ),
    },
  ];
}
