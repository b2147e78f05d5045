// The word list of the safe-language check: phrases that describe a method or place of suicide or
// self-harm, that talk about suicide as a crime or a success, or that stigmatise people with mental
// health problems. Each phrase is matched word by word over the words the English parser finds
// (./safe-language.ts), never over raw characters: "psychology" is not "psycho", and "committed
// to suicide prevention" is not "committed suicide".
//
// How a phrase is written: words separated by spaces; `a|b` is either word; a word ending in `?`
// may be left out; `*` is any one word; `#` is a number (20, twenty); `##` is a number of ten or
// more (a dose is a few tablets, an overdose many). Case, apostrophes and hyphens
// do not count (`self-harm` matches "self harm" only when written `self harm`, and "Self-Harm").

export type Severity = 'error' | 'warning';

export const SOURCES = {
  samaritans: {
    name: 'Samaritans’ media guidelines for reporting suicide',
    url: 'https://www.samaritans.org/about-samaritans/media-guidelines/',
  },
  timeToChange: {
    name: 'Time to Change (Mind and Rethink Mental Illness) media guide',
    url: 'https://www.mind.org.uk/news-campaigns/minds-media-office/how-to-report-on-mental-health/',
  },
  nhs: {
    name: 'NHS England’s Accessible Information Standard and Easy Read guidance',
    url: 'https://www.england.nhs.uk/about/equality/equality-hub/patient-equalities-programme/equality-frameworks-and-information-standards/accessibleinfo/',
  },
} as const;

export type Source = keyof typeof SOURCES;

export interface SafeLanguageRule {
  /** A short name for the rule, used in tests. */
  id: string;
  /** Phrases in the syntax above. */
  phrases: string[];
  severity: Severity;
  /** Why the words are a problem, in a sentence a volunteer reads. */
  why: string;
  /** Kinder or safer wording to use instead. */
  suggest: string;
  source: Source;
  /**
   * Matches only when no word follows the phrase before a punctuation mark or the end of the
   * sentence, or the next word is one of these (`he's mental!`, `a depressive who…`; not `is mental
   * health`, `a depressive episode`).
   */
  endsOrThen?: string[];
  /** Does not match when the phrase is followed by one of these phrases (`cut themselves off`). */
  unlessFollowedBy?: string[];
  /** Matches only when one of these words is within this many words after the phrase. */
  followedWithin?: { words: string[]; distance: number };
  /** Matches only when the sentence also has one of these words (`a failed attempt` about suicide). */
  sentenceHas?: string[];
  /** Also matches inside quotation marks. Method and place are never safe to describe, even quoted. */
  evenQuoted?: boolean;
}

const SELF = 'himself|herself|themselves|themself|myself|yourself|yourselves|ourselves';
/** Words that may follow a noun without making it an adjective: `a depressive who…`, `he's mental and…`. */
const AFTER_A_NOUN = [
  'who',
  'and',
  'or',
  'but',
  'with',
  'in',
  'on',
  'at',
  'was',
  'is',
  'has',
  'had',
  'from',
  'to',
  'for',
  'like',
  'whose',
  'can',
  'will',
  'would',
  'could',
  'should',
  'may',
  'might',
  'then',
  'now',
  'again',
  'sometimes',
  'mate',
];
const CONDITIONS = [
  'depression',
  'anxiety',
  'schizophrenia',
  'bipolar',
  'psychosis',
  'ocd',
  'ptsd',
  'adhd',
  'autism',
  'dementia',
  'paranoia',
  'panic',
  'anorexia',
  'bulimia',
  'disorder',
  'illness',
  'condition',
  'conditions',
  'problems',
  'self-harm',
  'trauma',
  'stress',
  'addiction',
  'hallucinations',
  'voices',
];

export const SAFE_LANGUAGE_RULES: SafeLanguageRule[] = [
  // ---- Method and place: errors (Samaritans: never describe a method or name a location) ----
  {
    id: 'method-hanging',
    phrases: [
      'hanged',
      `hanged|hanging|hang|hangs ${SELF}`,
      'by hanging',
      'death|suicide|died by hanging',
      'noose',
      `strangled|suffocated|asphyxiated|electrocuted|drowned|gassed|poisoned|shot|stabbed ${SELF}`,
    ],
    unlessFollowedBy: ['in the foot'],
    severity: 'error',
    why: 'This describes a method of suicide or self-harm; details of method can lead people at risk to copy it.',
    suggest: 'say that the person died by suicide (or harmed themselves), without how',
    source: 'samaritans',
    evenQuoted: true,
  },
  {
    id: 'method-overdose',
    phrases: [
      'overdose|overdoses of *',
      'overdosed on *',
      'took|taken|take|takes|taking an|a overdose',
      'swallowed|swallow|swallowing|stockpiled|stockpiling # tablets|pills|capsules|paracetamol|painkillers|sleeping|packets',
      // "Take 2 tablets a day" is a prescription; "took 30 tablets" is an overdose.
      'took|taken|take|takes|taking ## tablets|pills|capsules|paracetamol|painkillers|sleeping|packets',
      'overdose|overdoses|overdosed # tablets|pills|capsules|packets',
    ],
    severity: 'error',
    why: 'This describes a method of suicide or self-harm (an overdose, what was taken or how much); details of method can lead people at risk to copy it.',
    suggest: 'say that the person harmed themselves or attempted suicide, without the substance or the amount',
    source: 'samaritans',
    evenQuoted: true,
  },
  {
    id: 'method-cutting',
    phrases: [
      `cut|cuts|cutting|burned|burnt|burning|burns ${SELF}`,
      'cut|cuts|cutting|slit|slits|slashed * wrists|wrist|arms|throat',
    ],
    unlessFollowedBy: ['off', 'out', 'short', 'free', 'loose', 'adrift', 'back', 'some slack'],
    severity: 'error',
    why: 'This describes a method of self-harm; details of method can lead people at risk to copy it.',
    suggest: 'say that the person self-harmed, without how',
    source: 'samaritans',
    evenQuoted: true,
  },
  {
    id: 'place',
    phrases: [
      `jumped|jumping|jump|jumps|leapt|leaped|threw ${SELF}? from|off a|the? *? *? bridge|cliff|cliffs|building|roof|rooftop|tower|viaduct|balcony|window|multi-storey|flyover|platform|pier`,
      `jumped|jumping|jump|jumps|stepped|stepping|lay|threw ${SELF}? in front of a|the? train|trains|lorry|bus|traffic`,
      `jumped|jumping|jump|jumps|lay|threw ${SELF}? under a|the train|lorry|bus`,
      'suicide hotspot|hotspots|spot|spots|bridge|cliff',
    ],
    severity: 'error',
    why: 'This names a method or a place of suicide; naming places and methods can lead people at risk to copy them.',
    suggest: 'leave out where and how; say that the person died by suicide',
    source: 'samaritans',
    evenQuoted: true,
  },

  // ---- Suicide as a crime or a success: errors (Samaritans) ----
  {
    id: 'committed-suicide',
    phrases: ['commit|commits|committed|committing suicide'],
    // "We committed suicide prevention funding": suicide as the first word of a compound noun.
    unlessFollowedBy: [
      'prevention|awareness|bereavement|research|funding|training|strategy|strategies|support|services|safety|intervention|risk|rates|statistics|data|audit|plan|partnership|network|charity|charities',
    ],
    severity: 'error',
    why: '“Commit suicide” speaks of suicide as a crime (it stopped being one in 1961) and adds to the stigma bereaved families feel.',
    suggest: '“died by suicide” or “took their own life”',
    source: 'samaritans',
  },
  {
    id: 'successful-attempt',
    phrases: [
      'successful|unsuccessful|failed|completed|botched suicide',
      'successful|unsuccessful|failed|botched suicide attempt|attempts|bid|bids',
      'successful|unsuccessful|failed|botched attempt|attempts on|at his|her|their|my|your own? life|lives',
    ],
    severity: 'error',
    why: 'Calling a suicide attempt “successful” or “failed” makes death sound like an achievement and survival like a failure.',
    suggest: '“attempted suicide” or “survived a suicide attempt”; for a death, “died by suicide”',
    source: 'samaritans',
  },
  {
    id: 'failed-attempt',
    phrases: ['successful|unsuccessful|failed|botched attempt|attempts'],
    sentenceHas: ['suicide', 'suicidal', 'overdose', 'life', 'lives', 'self-harm'],
    severity: 'error',
    why: 'Calling a suicide attempt “successful” or “failed” makes death sound like an achievement and survival like a failure.',
    suggest: '“attempted suicide” or “survived a suicide attempt”',
    source: 'samaritans',
  },

  // ---- Sensational words about suicide: warnings (Samaritans) ----
  {
    id: 'suicide-sensational',
    phrases: [
      'suicide bid|bids|epidemic|epidemics|victim|victims|pact|craze|tourism',
      'victim|victims of suicide',
      'cry for help',
    ],
    severity: 'warning',
    why: 'Samaritans advise against sensational words about suicide, and against calling it “a cry for help”, which suggests someone in distress is not to be believed.',
    suggest:
      'plain words: “a suicide attempt”, “a rise in suicides”, “a person who died by suicide”, “a person in distress”',
    source: 'samaritans',
  },

  // ---- Stigmatising words: warnings (Time to Change, Mind) ----
  {
    id: 'the-mentally-ill',
    phrases: ['the mentally ill|disturbed|deranged|unstable'],
    severity: 'warning',
    why: '“The mentally ill” makes people into a group defined by an illness.',
    suggest: '“people with mental health problems” or “people who use mental health services”',
    source: 'timeToChange',
  },
  {
    id: 'suffers-from',
    phrases: ['suffers|suffer|suffering|suffered|sufferer|sufferers from|of|with'],
    followedWithin: { words: CONDITIONS, distance: 4 },
    severity: 'warning',
    why: '“Suffering from” a condition makes a person a victim of it; many people live well with theirs.',
    suggest: '“has”, “lives with” or “is experiencing”',
    source: 'timeToChange',
  },
  {
    id: 'sufferer',
    phrases: ['sufferer|sufferers'],
    severity: 'warning',
    why: '“Sufferer” makes a person a victim of their condition.',
    suggest: '“a person with …” or “a person who lives with …”',
    source: 'timeToChange',
  },
  {
    id: 'insults',
    phrases: [
      'schizo|schizos|psycho|psychos|nutter|nutters|nutcase|nutcases|loony|loonies|looney|lunatic|lunatics|headcase|headcases|madman|madmen|madwoman|madwomen|madhouse|deranged|unhinged|bonkers',
      'basket case|cases',
      'nut|funny|loony|mental|psychiatric house|farm|bin',
    ],
    severity: 'warning',
    why: 'This word is used as an insult about people with mental health problems.',
    suggest: 'describe the person or the behaviour plainly, or say “a person with a mental health problem”',
    source: 'timeToChange',
  },
  {
    id: 'crazy-insane',
    phrases: ['crazy|crazier|craziest|insane|insanity'],
    severity: 'warning',
    why: '“Crazy” and “insane” are used as insults about people with mental health problems.',
    suggest: 'the plain word for what is meant: “unfair”, “very busy”, “surprising”, “unwise”',
    source: 'timeToChange',
  },
  {
    id: 'mad',
    phrases: [
      'gone|going|went|go|goes|driven|driving|drove|barking|raving mad',
      'mad person|people|woman|man|men|women',
    ],
    severity: 'warning',
    why: '“Mad” about a person (rather than “mad about football” or the reclaimed Mad Pride) is used as an insult.',
    suggest: 'the plain word for what is meant: “angry”, “upset”, “unwise”, or “a person with a mental health problem”',
    source: 'timeToChange',
  },
  {
    id: 'mental-insult',
    phrases: [
      "is|are|was|were|be|he's|she's|they're|you're|i'm|gone|went|going|go|totally|completely|proper|bit|absolutely mental",
    ],
    endsOrThen: AFTER_A_NOUN,
    severity: 'warning',
    why: '“Mental” on its own about a person is used as an insult.',
    suggest: 'the plain word for what is meant, or “has a mental health problem”',
    source: 'timeToChange',
  },
  {
    id: 'mental-patient',
    phrases: ['mental patient|patients|case|cases'],
    severity: 'warning',
    why: '“Mental patient” defines a person by their illness.',
    suggest: '“a person who uses mental health services” or “an inpatient”',
    source: 'timeToChange',
  },
  {
    id: 'attention-seeking',
    phrases: ['attention-seeking|attention-seeker|attention-seekers', 'attention seeking|seeker|seekers'],
    severity: 'warning',
    why: '“Attention-seeking” dismisses distress and self-harm; it can stop people asking for help.',
    suggest: '“asking for help”, “in distress” or “needing support”',
    source: 'timeToChange',
  },
  {
    id: 'manipulative',
    phrases: ['manipulative'],
    severity: 'warning',
    why: '“Manipulative” is a label often put on people in distress, especially those given a personality disorder diagnosis.',
    suggest: 'describe what happened and the need behind it',
    source: 'timeToChange',
  },
  {
    id: 'person-as-diagnosis',
    phrases: [
      'schizophrenic|schizophrenics|depressives|anorexics|bulimics|psychotics|manic-depressive|manic-depressives',
      'self-harmer|self-harmers',
      'self harmer|harmers',
    ],
    unlessFollowedBy: ['episode', 'episodes', 'disorder', 'disorders', 'symptoms', 'illness', 'state'],
    severity: 'warning',
    why: 'This makes a person their diagnosis.',
    suggest: '“a person with schizophrenia”, “a person with depression”, “a person who self-harms”',
    source: 'timeToChange',
  },
  {
    id: 'a-depressive',
    phrases: ['a|an|the depressive|anorexic|bulimic|psychotic|bipolar'],
    endsOrThen: AFTER_A_NOUN,
    severity: 'warning',
    why: 'This makes a person their diagnosis.',
    suggest: '“a person with schizophrenia”, “a person with depression”, “a person who self-harms”',
    source: 'timeToChange',
  },
  {
    id: 'diagnosis-as-mood',
    phrases: ['so|bit|little|totally|very|really ocd|bipolar|schizophrenic|psychotic|paranoid|autistic'],
    severity: 'warning',
    why: 'Using a diagnosis to describe a mood or a habit makes light of the condition.',
    suggest: 'the plain word for what is meant: “tidy”, “changeable”, “worried”',
    source: 'timeToChange',
  },
];

/** Easy Read: about 15 words a sentence at most (NHS England’s Easy Read guidance: short sentences, one idea each). */
export const EASY_READ_MAX_WORDS = 15;
