// `npm run new`: writes a new, valid content file from a few answers. Each answer can also be
// given as a flag (npm run new -- update --commitment crisis-cafe --status in-progress …).
import { readdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/check/check.ts';
import { ENDINGS, FOLDERS, KINDS, fileText, freeId, nextRef, slugify, type Kind } from '../src/contract/new-entry.ts';
import { closest } from '../src/check/suggest.ts';
import { formatDate, todayIso } from '../src/model/days.ts';
import { GROUP_KINDS, OUTCOMES, PARTNER_KINDS, UPDATE_STATUSES, isRealDate } from '../src/contract/index.ts';

const FLAGS = [
  'commitment',
  'title',
  'status',
  'progress',
  'text',
  'summary',
  'partner',
  'vision',
  'aims',
  'due',
  'lead',
  'group',
  'date',
  'attendance',
  'themes',
  'said',
  'response',
  'outcome',
  'source',
  'meeting',
  'name',
  'kind',
  'description',
  'website',
] as const;
type Flag = (typeof FLAGS)[number];

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    ...Object.fromEntries(FLAGS.map((f) => [f, { type: 'string' as const }])),
    help: { type: 'boolean' as const },
  },
});
const flags = values as Partial<Record<Flag, string>> & { help?: boolean };

if (flags.help) {
  console.log(
    `Make a new content file.\n\n  npm run new                  asks what to make, then a few questions\n  npm run new -- update        makes an update (also: ${KINDS.join(', ')})\n\nEvery question can be answered with a flag instead, like --commitment crisis-cafe --status in-progress.`,
  );
  process.exit(0);
}

// Answers come line by line, from a person typing or from a pipe.
const lines: string[] = [];
const waiting: ((line: string | undefined) => void)[] = [];
let ended = false;
const rl = createInterface({ input: process.stdin, terminal: false });
rl.on('line', (line) => (waiting.length ? waiting.shift()!(line) : lines.push(line)));
rl.on('close', () => {
  ended = true;
  while (waiting.length) waiting.shift()!(undefined);
});

class Stop extends Error {}

/** Answers given as flags mean no one is there to ask: an optional question without a flag is left out. */
const flagMode = FLAGS.some((f) => flags[f] !== undefined);

async function ask(
  question: string,
  flag?: Flag,
  optional = false,
  hint = ' (press Enter to leave it out)',
): Promise<string> {
  const given = flag ? flags[flag] : undefined;
  if (given !== undefined) return given.trim();
  if (optional && flagMode) return '';
  process.stdout.write(`${question}${optional ? hint : ''}\n> `);
  const line = lines.length
    ? lines.shift()
    : ended
      ? undefined
      : await new Promise<string | undefined>((resolve) => waiting.push(resolve));
  if (line === undefined) throw new Stop(`No answer was given to: ${question}${flag ? ` (or use --${flag})` : ''}`);
  const answer = line.trim();
  if (!answer && !optional) {
    console.log('Please give an answer.');
    return ask(question, undefined, optional);
  }
  return answer;
}

async function choose(question: string, options: { id: string; label: string }[], flag?: Flag): Promise<string> {
  if (options.length === 0) throw new Stop(`There is nothing to choose from for: ${question}`);
  const given = flag ? flags[flag] : undefined;
  if (given === undefined) {
    console.log(
      `${question}\n${options.map((o, i) => `  ${String(i + 1).padStart(2)}. ${o.label}${o.label !== o.id ? ` (${o.id})` : ''}`).join('\n')}`,
    );
  }
  const answer = await ask(given === undefined ? 'Type the number or the name' : question, flag);
  const byNumber = options[Number(answer) - 1];
  const match = /^\d+$/.test(answer)
    ? byNumber
    : options.find((o) => o.id === answer || o.label.toLowerCase() === answer.toLowerCase());
  if (match) return match.id;
  const near = closest(
    answer,
    options.map((o) => o.id),
  );
  if (given !== undefined)
    throw new Stop(
      `--${flag} ${answer} is not one of: ${options.map((o) => o.id).join(', ')}.${near ? ` Did you mean ${near}?` : ''}`,
    );
  console.log(`That is not one of the choices.${near ? ` Did you mean ${near}?` : ''}`);
  return choose(question, options);
}

async function chooseMany(question: string, options: { id: string; label: string }[], flag?: Flag): Promise<string[]> {
  if (flags[flag!] !== undefined) {
    const ids = flags[flag!]!.split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const wrong = ids.filter((id) => !options.some((o) => o.id === id));
    if (wrong.length)
      throw new Stop(
        `--${flag} has ${wrong.join(', ')}, which ${wrong.length === 1 ? 'is' : 'are'} not one of: ${options.map((o) => o.id).join(', ')}.`,
      );
    return ids;
  }
  console.log(`${question}\n${options.map((o, i) => `  ${String(i + 1).padStart(2)}. ${o.label}`).join('\n')}`);
  const answer = await ask('Type the numbers, with commas between them (like 1, 3)');
  const picked = answer.split(',').map((s) => options[Number(s.trim()) - 1] ?? options.find((o) => o.id === s.trim()));
  if (picked.some((p) => !p)) {
    console.log('One of those is not in the list.');
    return chooseMany(question, options);
  }
  return [...new Set(picked.map((p) => p!.id))];
}

async function askDate(question: string, flag: Flag, fallback: string): Promise<string> {
  const answer = (await ask(question, flag, true, ` (YYYY-MM-DD; press Enter for ${fallback})`)) || fallback;
  if (isRealDate(answer)) return answer;
  if (flags[flag] !== undefined) throw new Stop(`--${flag} must be a date written YYYY-MM-DD, like ${fallback}.`);
  console.log(`Please write the date as YYYY-MM-DD, like ${fallback}.`);
  return askDate(question, flag, fallback);
}

async function askNumber(
  question: string,
  flag: Flag,
  min: number,
  max: number,
  optional: boolean,
): Promise<number | undefined> {
  const answer = await ask(question, flag, optional);
  if (!answer && optional) return undefined;
  const n = Number(answer);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  if (flags[flag] !== undefined) throw new Stop(`--${flag} must be a whole number from ${min} to ${max}.`);
  console.log(`Please give a whole number from ${min} to ${max}.`);
  return askNumber(question, flag, min, max, optional);
}

async function main(): Promise<void> {
  const root = process.cwd();
  const content = join(root, 'src', 'content');
  const today =
    process.env.PORTAL_TODAY && isRealDate(process.env.PORTAL_TODAY) ? process.env.PORTAL_TODAY : todayIso();
  const have = checkContent(root);
  const kindAnswer =
    positionals[0] ??
    (await choose(
      'What would you like to add?',
      KINDS.map((k) => ({ id: k, label: k })),
    ));
  if (!(KINDS as readonly string[]).includes(kindAnswer)) {
    throw new Stop(
      `"${kindAnswer}" is not something npm run new makes. It makes: ${KINDS.join(', ')}.${closest(kindAnswer, KINDS) ? ` Did you mean ${closest(kindAnswer, KINDS)}?` : ''}`,
    );
  }
  const kind = kindAnswer as Kind;
  const folder = join(content, FOLDERS[kind]);
  let taken = new Set<string>();
  try {
    taken = new Set(readdirSync(folder, { recursive: true }).map((f) => basename(String(f), extname(String(f)))));
  } catch {
    // A collection with no files yet.
  }
  const label = <T extends { data: { title?: string; name?: string } }>(e: { raw: { id: string } } & T) => ({
    id: e.raw.id,
    label: e.data.title ?? e.data.name ?? e.raw.id,
  });

  let fields: Record<string, unknown>;
  let body: string | undefined;
  let base: string;
  let after = '';

  if (kind === 'update') {
    const commitment = await choose(
      'Which commitment is the update about?',
      have.commitments.map(label).sort((a, b) => a.label.localeCompare(b.label)),
      'commitment',
    );
    const title = await ask('A headline for the update, like “Crisis café now open four evenings”', 'title');
    const status = await choose(
      'Where does the commitment stand now?',
      UPDATE_STATUSES.map((s) => ({ id: s, label: s })),
      'status',
    );
    const progress = await askNumber('How far along is it, from 0 to 100 (per cent)?', 'progress', 0, 100, true);
    body = await ask('What happened? One or two plain sentences (you can add more in the file).', 'text');
    fields = { title, date: today, commitment, status, ...(progress !== undefined ? { progress } : {}) };
    base = `${commitment}-${today}`;
  } else if (kind === 'commitment') {
    const title = await ask('The promise in a few words, like “A 24-hour crisis line”', 'title');
    const summary = await ask('The promise in one or two plain sentences', 'summary');
    const partner = await choose('Which partner made it?', have.partners.map(label), 'partner');
    const vision =
      have.visions.length === 1 && !flags.vision
        ? have.visions[0]!.raw.id
        : await choose('Which vision is it towards?', have.visions.map(label), 'vision');
    const aims = await chooseMany(
      'Which of the vision’s aims does it work towards?',
      (have.visions.find((v) => v.raw.id === vision)?.data.aims ?? []).map((a) => ({ id: a.id, label: a.title })),
      'aims',
    );
    const due = await ask('When is it due (YYYY-MM-DD)?', 'due', true);
    if (due && !isRealDate(due)) throw new Stop('The due date must be written YYYY-MM-DD.');
    const lead = await ask(
      'The role that leads it, like “Crisis Services Manager” (a role, never a name)',
      'lead',
      true,
    );
    fields = { title, summary, partner, vision, aims, made: today, ...(due ? { due } : {}), ...(lead ? { lead } : {}) };
    base = slugify(title);
  } else if (kind === 'minutes') {
    const group = await choose('Which group met?', have.groups.map(label), 'group');
    const date = await askDate('When did it meet?', 'date', today);
    const groupName = have.groups.find((g) => g.raw.id === group)!.data.name;
    const usual = `${groupName}, ${formatDate(date).replace(/^\d+ /, '')}`;
    const title = (await ask('The meeting’s name', 'title', true, ` (press Enter for “${usual}”)`)) || usual;
    const total = await askNumber('How many people came?', 'attendance', 0, 100000, false);
    body = await ask(
      'What did the meeting discuss? One or two plain sentences (add decisions and actions in the file; CONTRIBUTING.md shows how).',
      'text',
    );
    fields = { title, date, group, attendance: { total } };
    base = `${group}-${date}`;
  } else if (kind === 'input') {
    const themes = await chooseMany('Which topics is it about?', have.themes.map(label), 'themes');
    const said = await ask('What was said, anonymised: no names or details that could identify anyone', 'said');
    const response = await ask(
      'What did the partnership do or decide? (if nothing yet, say what happens next)',
      'response',
    );
    const outcome = await choose(
      'What is the outcome so far?',
      OUTCOMES.map((o) => ({ id: o, label: o })),
      'outcome',
    );
    const source = await ask('Where did it come from, like “Community Forum” or “Crisis care survey 2026”?', 'source');
    const meetings = have.minutes.map(label);
    const meeting =
      flags.meeting !== undefined || flagMode || meetings.length === 0
        ? (flags.meeting ?? '')
        : await ask(
            `Was it said at a meeting?\n${meetings.map((m, i) => `  ${String(i + 1).padStart(2)}. ${m.label}`).join('\n')}\nType its number`,
            undefined,
            true,
            ', or press Enter if it was not',
          );
    const meetingId = meeting ? (meetings[Number(meeting) - 1]?.id ?? meeting) : undefined;
    const ref = nextRef(
      have.inputs.map((i) => i.data.ref),
      today.slice(0, 4),
    );
    fields = {
      ref,
      received: today,
      source,
      ...(meetingId ? { meeting: meetingId } : {}),
      themes,
      said,
      response,
      outcome,
    };
    base = ref.toLowerCase();
    after = `\nIts reference code is ${ref}: give it to the person or group who raised it, so they can look up what happened.`;
  } else if (kind === 'partner') {
    const name = await ask('The organisation’s name', 'name');
    const partnerKind = await choose(
      'What sort of organisation is it?',
      PARTNER_KINDS.map((k) => ({ id: k, label: k })),
      'kind',
    );
    const website = await ask('Its website, starting with https://', 'website', true);
    fields = { name, kind: partnerKind, ...(website ? { website } : {}) };
    base = slugify(name);
  } else if (kind === 'theme') {
    const name = await ask('The topic in a few words, like “Crisis services”', 'name');
    const description = await ask('What the topic covers, in a sentence', 'description', true);
    fields = { name, ...(description ? { description } : {}) };
    base = slugify(name);
  } else {
    const name = await ask('The group’s name', 'name');
    const groupKind = await choose(
      'What level of representation is it?',
      GROUP_KINDS.map((k) => ({ id: k, label: k })),
      'kind',
    );
    const description = await ask('What the group is for and who is in it', 'description');
    fields = { name, kind: groupKind, description };
    base = slugify(name);
  }

  const id = freeId(base, taken);
  const path = join(folder, `${id}${ENDINGS[kind]}`);
  writeFileSync(path, fileText(kind, fields, body), { flag: 'wx' });
  const where = relative(root, path).split('\\').join('/');
  const problems = checkContent(root).problems.filter((p) => p.file === where);
  console.log(`\nWrote ${where}${after}`);
  if (problems.length)
    console.log(
      `\nThe check found something to fix in it:\n${problems.map((p) => `  line ${p.line}: ${p.message}`).join('\n')}`,
    );
  console.log(
    `\nNext:\n  1. Open the file and read it through: it is what the public will see.\n  2. Run npm run check to make sure all the content is valid.\n  3. Commit the file and open a pull request. CONTRIBUTING.md shows how, step by step.`,
  );
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Stop ? `\n${error.message}` : error);
    process.exitCode = 1;
  })
  .finally(() => rl.close());
