// Writes a partnership's content of a given size, from a seed, for the benchmark: valid under the
// content contract, in the proportions a large partnership would have (most entries are updates
// and inputs), with prose varied enough that the search index grows as a real one would.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';

/** The share of the entries each collection gets; inputs get the rest, and partners, themes, groups and the vision are few. */
const SHARES = { commitments: 0.14, updates: 0.42, minutes: 0.08 } as const;

const AIMS = [
  ['crisis-care', 'Help in a crisis, day or night'],
  ['timely-support', 'The right support without long waits'],
  ['leaving-hospital', 'A safe, planned return home'],
  ['housing', 'A good place to live'],
  ['voice-and-rights', 'Our voice, our rights'],
  ['respect', 'Respect, without stigma'],
] as const;

const PARTNER_KINDS = ['council', 'nhs', 'voluntary', 'user-led', 'other'] as const;
const GROUP_KINDS = ['forum', 'working-group', 'board'] as const;
const UPDATE_STATUSES = [
  'not-started',
  'in-progress',
  'in-progress',
  'at-risk',
  'delivered',
  'partly-delivered',
] as const;
const OUTCOMES = ['acted-on', 'in-progress', 'considering', 'not-taken-forward'] as const;

// Words for the prose, chosen to pass the project's safe-language and personal-data checks.
const PLACES = [
  'Larch Ward',
  'the town centre',
  'the library',
  'the day centre',
  'the bus station',
  'the college',
  'the housing office',
  'the community hall',
  'the health centre',
  'the market square',
  'the riverside hub',
  'the family centre',
];
const SERVICES = [
  'the crisis line',
  'the evening café',
  'talking therapy',
  'peer support',
  'the advocacy service',
  'supported housing',
  'discharge planning',
  'the benefits clinic',
  'the carers group',
  'the recovery college',
  'the home treatment team',
  'the wellbeing walk',
  'the drop-in',
  'the welcome pack',
  'the care plan review',
  'the first appointment',
];
const DOERS = [
  'Peer workers',
  'The trust',
  'The council',
  'Volunteers',
  'The housing team',
  'The forum',
  'The board',
  'Advocates',
  'Ward staff',
  'The working group',
  'College staff',
  'Carers',
  'Members',
];
const DEEDS = [
  'opened',
  'reviewed',
  'tested',
  'extended',
  'redesigned',
  'visited',
  'funded',
  'promoted',
  'trained staff for',
  'asked people about',
  'wrote a guide to',
  'shortened the wait for',
  'moved',
  'translated the leaflet for',
];
const WHENS = [
  'this month',
  'in the spring',
  'over the summer',
  'since the last meeting',
  'before the winter',
  'every week',
  'at weekends',
  'in the evenings',
  'for the first time',
  'again this year',
];
const RESULTS = [
  'more people came',
  'waits fell',
  'people said it felt calmer',
  'fewer people went to A&E',
  'the room was too small',
  'people asked for longer hours',
  'the leaflet was easier to read',
  'staff felt more confident',
  'carers felt listened to',
  'some people still waited too long',
  'the bus route made it hard to reach',
  'the new hours suited more people',
  "members said it's easier to get there",
  'one member said "it feels like someone listens now"',
  "the team's new leaflet went out -- in four languages",
  "carers said they'd like more evening sessions",
];
const ASKS = [
  'Please keep',
  'We need more of',
  'It would help to have',
  'People want to know about',
  'Nobody told us about',
  'Please explain',
  'We would like a say in',
  'It was hard to find',
  'Thank you for',
  'Please open',
];
const HEADLINES = [
  'Progress on',
  'News about',
  'A step forward for',
  'Delay to',
  'Review of',
  'Changes to',
  'Plans for',
];

/** A small, fast generator of numbers from 0 to 1 that repeats for the same seed (mulberry32). */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Plan {
  /** How many entries to write in all. */
  entries: number;
  seed: number;
  /** The project folder to write src/content into. */
  root: string;
  /** The site settings to write as site.yaml. */
  siteYaml: string;
  /** No entry is dated after this day (YYYY-MM-DD). */
  today: string;
}

export interface Written {
  /** Entries written, by collection. */
  counts: Record<string, number>;
}

const DAY = 86_400_000;

/** 0 → a, 25 → z, 26 → ba: ids without digits, so an id and a date in a file name never look like an NHS number. */
const letters = (n: number): string =>
  (n >= 26 ? letters(Math.floor(n / 26)) : '') + String.fromCharCode(97 + (n % 26));
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function generateContent(plan: Plan): Written {
  const next = random(plan.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const between = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
  const sentence = () =>
    `${pick(DOERS)} ${pick(DEEDS)} ${pick(SERVICES)} near ${pick(PLACES)} ${pick(WHENS)}, and ${pick(RESULTS)}.`;
  const prose = (sentences: number) => Array.from({ length: sentences }, sentence).join(' ');

  const content = join(plan.root, 'src', 'content');
  const write = (collection: string, file: string, text: string) => {
    mkdirSync(join(content, collection), { recursive: true });
    writeFileSync(join(content, collection, file), text);
  };
  const frontMatter = (data: object, body: string) => `---\n${stringify(data, { lineWidth: 0 })}---\n\n${body}\n`;
  mkdirSync(content, { recursive: true });
  writeFileSync(join(content, 'site.yaml'), plan.siteYaml);

  const end = Date.parse(`${plan.today}T00:00:00Z`);
  const start = end - 10 * 365 * DAY;
  const dayIn = (from: number, to: number) => from + Math.floor(next() * Math.max(1, (to - from) / DAY)) * DAY;

  const few = (share: number, least: number) => Math.max(least, Math.round(plan.entries * share));
  const partners = Array.from({ length: few(0.005, 7) }, (_, i) => `partner-${letters(i)}`);
  const themes = Array.from({ length: Math.min(40, few(0.003, 9)) }, (_, i) => `theme-${letters(i)}`);
  const groups = Array.from({ length: few(0.002, 3) }, (_, i) => `group-${letters(i)}`);
  const rest = plan.entries - partners.length - themes.length - groups.length - 1;
  const howMany = (share: number) => Math.max(1, Math.round(rest * share));

  partners.forEach((id, i) =>
    write(
      'partners',
      `${id}.yaml`,
      stringify({
        name: `Wrenfold ${pick(['Care', 'Support', 'Housing', 'Health', 'Voices', 'Advice'])} Partner ${i + 1}`,
        kind: PARTNER_KINDS[i % PARTNER_KINDS.length],
        description: prose(1),
      }),
    ),
  );
  themes.forEach((id, i) =>
    write('themes', `${id}.yaml`, stringify({ name: `Theme ${i + 1}: ${pick(SERVICES)}`, description: prose(1) })),
  );
  groups.forEach((id, i) =>
    write(
      'groups',
      `${id}.yaml`,
      stringify({
        name: `Group ${i + 1} at ${pick(PLACES)}`,
        kind: GROUP_KINDS[i % GROUP_KINDS.length],
        description: prose(1),
        meets: `Every month at ${pick(PLACES)}.`,
      }),
    ),
  );
  write(
    'visions',
    'wrenfold-vision.mdx',
    frontMatter(
      {
        title: 'A shared vision for mental health',
        summary: prose(1),
        status: 'adopted',
        adopted: iso(start),
        coProduction: prose(2),
        aims: AIMS.map(([id, title]) => ({ id, title, description: prose(1) })),
      },
      prose(6),
    ),
  );

  const commitments = Array.from({ length: howMany(SHARES.commitments) }, (_, i) => {
    const made = dayIn(start, end - 30 * DAY);
    return { id: `commitment-${letters(i)}`, made };
  });
  for (const { id, made } of commitments) {
    const due = made + between(90, 900) * DAY;
    write(
      'commitments',
      `${id}.mdx`,
      frontMatter(
        {
          title: `${pick(['Improve', 'Open', 'Extend', 'Review', 'Fund'])} ${pick(SERVICES)} at ${pick(PLACES)}`,
          summary: prose(1),
          partner: pick(partners),
          vision: 'wrenfold-vision',
          aims: [pick(AIMS)[0]],
          made: iso(made),
          due: iso(due),
          lead: `${pick(['Head of', 'Manager of', 'Lead for'])} ${pick(['Housing', 'Crisis Services', 'Advocacy', 'Therapies'])}`,
        },
        prose(between(2, 6)),
      ),
    );
  }

  const used = new Set<string>();
  for (let i = 0; i < howMany(SHARES.updates); i++) {
    const commitment = pick(commitments);
    let date = iso(dayIn(commitment.made, end));
    while (used.has(`${commitment.id}-${date}`)) date = iso(Date.parse(date) - DAY);
    used.add(`${commitment.id}-${date}`);
    write(
      'updates',
      `${commitment.id}-${date}.mdx`,
      frontMatter(
        {
          title: `${pick(HEADLINES)} ${pick(SERVICES)}`,
          date,
          commitment: commitment.id,
          status: pick(UPDATE_STATUSES),
          progress: between(0, 10) * 10,
          author: `${pick(['Partnership', 'Service', 'Project'])} Manager`,
        },
        prose(between(2, 5)),
      ),
    );
  }

  const minutes: { id: string; date: number }[] = [];
  for (let i = 0; i < howMany(SHARES.minutes); i++) {
    const group = pick(groups);
    const date = dayIn(start, end);
    const id = `${group}-${letters(i)}-${iso(date)}`;
    minutes.push({ id, date });
    write(
      'minutes',
      `${id}.mdx`,
      frontMatter(
        {
          title: `Meeting ${i + 1}`,
          date: iso(date),
          group,
          attendance: { total: between(8, 60), livedExperience: between(3, 8), roles: ['Partnership Manager'] },
          themes: [pick(themes)],
          decisions: [prose(1)],
          actions: Array.from({ length: between(0, 3) }, (_, n) => ({
            id: `A-${i + 1}-${n + 1}`,
            action: `${pick(ASKS)} ${pick(SERVICES)}.`,
            owner: 'Partnership Manager',
            due: iso(date + between(20, 120) * DAY),
            status: 'open',
          })),
          commitments: [pick(commitments).id],
        },
        `## Main points\n\n${prose(between(3, 8))}`,
      ),
    );
  }

  const perYear = new Map<number, number>();
  const inputs = rest - commitments.length - used.size - minutes.length;
  for (let i = 0; i < inputs; i++) {
    const meeting = next() < 0.5 ? pick(minutes) : undefined;
    const received = meeting ? meeting.date : dayIn(start, end);
    const year = new Date(received).getUTCFullYear();
    const number = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, number);
    const ref = `YS-${year}-${String(number).padStart(3, '0')}`;
    // Picked in the same order whatever the reply, so the rest of the content is the same.
    const source = meeting ? 'Community Forum' : pick(['Survey', 'Drop-in', 'Online form', 'Outreach session']);
    const theme = pick(themes);
    const said = `${pick(ASKS)} ${pick(SERVICES)} near ${pick(PLACES)}.`;
    const response = prose(1);
    const outcome = pick(OUTCOMES);
    const commitment = pick(commitments).id;
    // Every other input of the last four months has no reply yet, as in a partnership with a backlog.
    const waiting = end - received < 120 * DAY && i % 2 === 0;
    write(
      'inputs',
      `${ref.toLowerCase()}.md`,
      frontMatter(
        {
          ref,
          received: iso(received),
          source,
          ...(meeting ? { meeting: meeting.id } : {}),
          themes: [theme],
          said,
          ...(waiting ? { outcome: 'awaiting-response' } : { response, outcome, commitments: [commitment] }),
        },
        '',
      ),
    );
  }

  return {
    counts: {
      partners: partners.length,
      themes: themes.length,
      groups: groups.length,
      visions: 1,
      commitments: commitments.length,
      updates: used.size,
      minutes: minutes.length,
      inputs: [...perYear.values()].reduce((a, b) => a + b, 0),
    },
  };
}
