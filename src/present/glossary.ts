// What the site's own words mean, said once, in plain English. The glossary page lists these, and
// the labels come from src/present/labels.ts, so the term a reader looks up is the word they saw.
import { STALE_AFTER_MONTHS } from '../model/status.ts';
import { ACTION_LABELS, FLAG_LABELS, OUTCOME_LABELS, STATUS_LABELS } from './labels.ts';

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

const STATUS_MEANINGS: Record<keyof typeof STATUS_LABELS, string> = {
  'no-update': 'The partner has made the commitment but has not reported on it at all yet.',
  'not-started': 'The partner has reported that work on it has not begun.',
  'in-progress': 'Work on it has begun and is going on.',
  'at-risk': 'Work has begun, but the partner says it may not be done, or not done on time.',
  delivered: 'The partner says it has done what it promised.',
  'partly-delivered': 'The partner has done some of what it promised, but not all of it.',
  'not-delivered': 'The partner has said it did not do what it promised.',
  withdrawn: 'The partner has taken the commitment back and will not do it. The update says why.',
};

const OUTCOME_MEANINGS: Record<keyof typeof OUTCOME_LABELS, string> = {
  'acted-on': 'Something was done because of what people said.',
  'in-progress': 'Something is being done about it and is not finished yet.',
  considering: 'The partnership is still deciding what to do about it.',
  'not-taken-forward': 'It was decided not to act on it. The reply says why.',
  'awaiting-response': 'The partnership has not replied yet; the page says how long it has waited.',
};

const ACTION_MEANINGS: Record<keyof typeof ACTION_LABELS, string> = {
  open: 'A meeting agreed someone would do this, and it is not done yet.',
  done: 'It has been done.',
  dropped: 'The meeting decided it would not be done after all.',
};

/** Turns a label into the id of its place on the page: "No update yet" becomes "no-update-yet". */
export function termId(term: string): string {
  return term
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const term = (name: string, meaning: string, idPrefix = ''): GlossaryTerm => ({
  id: `${idPrefix}${termId(name)}`,
  term: name,
  meaning,
});

export const GLOSSARY: GlossarySection[] = [
  {
    heading: 'About the partnership',
    terms: [
      term(
        'Co-production',
        'People who use mental health services, their carers and the organisations that run services, working together as equals. They decide together what to do, do it and check it worked, instead of services deciding and then asking for views.',
      ),
      term(
        'Lived experience',
        'Knowing about mental health services because you, or someone you care for, have used them.',
      ),
      term('Commitment', 'A promise a partner has made towards the shared vision, with a date it should be done by.'),
      term('Partner', 'An organisation in the partnership, like a council, an NHS trust or a user-led group.'),
    ],
  },
  {
    heading: 'What happened to what you said',
    terms: [
      term(
        'Reference code',
        'The code given to something people told us, like YS-2025-014. YS stands for “You said”, then comes the year and a number. Use the code to find what happened to it.',
      ),
      ...Object.entries(OUTCOME_LABELS).map(([k, label]) =>
        term(label, OUTCOME_MEANINGS[k as keyof typeof OUTCOME_LABELS], 'said-'),
      ),
    ],
  },
  {
    heading: 'Where a commitment stands',
    terms: Object.entries(STATUS_LABELS).map(([k, label]) =>
      term(label, STATUS_MEANINGS[k as keyof typeof STATUS_LABELS]),
    ),
  },
  {
    heading: 'Commitments needing attention',
    terms: [
      term(
        FLAG_LABELS.overdue,
        'The date it should have been done by has passed, and it is not finished. It still has its status as well.',
      ),
      term(
        FLAG_LABELS.stale,
        `Nothing new has been reported on it for more than ${STALE_AFTER_MONTHS} months (counted from when it was made, if it has never had an update), and it is not finished. It still has its status as well.`,
      ),
    ],
  },
  {
    heading: 'Actions from meetings',
    terms: Object.entries(ACTION_LABELS).map(([k, label]) =>
      term(`${label} (action)`, ACTION_MEANINGS[k as keyof typeof ACTION_LABELS]),
    ),
  },
];
