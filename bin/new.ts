// `npm run new`: writes a new, valid content file from a few answers. What it can make, what it
// asks and how it names the file all come from the contract's registry (each collection's
// `questions`); the kind of each answer (a choice, a date, a number, text) comes from the field's
// schema. Each answer can also be given as a flag (npm run new -- update --commitment crisis-cafe …).
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, extname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import type { z } from 'astro/zod';
import { checkContent } from '../src/check/check.ts';
import { closest } from '../src/check/suggest.ts';
import { collections, isRealDate, type Collection, type Question } from '../src/contract/index.ts';
import { fileText, freeId, idFor, nextRef, withValue } from '../src/contract/new-entry.ts';
import { boundsOf, choicesOf, elementOf, fieldAt, kindOf, metaOf, shapeOf } from '../src/contract/schema-walk.ts';
import { buildDay } from '../src/model/build-day.ts';

type Choice = { id: string; label: string };
type Entry = { raw: { id: string }; data: unknown };

/** Each collection `npm run new` can make, by the word a volunteer types: `update`, `minutes`. */
const makes = new Map(
  Object.values(collections as Record<string, Collection>)
    .filter((c) => c.questions)
    .map((c) => [c.noun.one.split(' ').length === 1 ? c.noun.one : c.name, c]),
);
const WORDS = [...makes.keys()];
const flagOf = (q: Question) => q.flag ?? q.field.split('.')[0]!;
const FLAGS = [...new Set([...makes.values()].flatMap((c) => c.questions!.map(flagOf)))];

class Stop extends Error {}

const OPTIONS = {
  ...Object.fromEntries(FLAGS.map((f) => [f, { type: 'string' as const }])),
  help: { type: 'boolean' as const },
};

/**
 * The command line read leniently first, so that a flag it does not know or one without its answer
 * is explained in plain words (Node's own parser would stop with its wording and a stack trace).
 */
function readCommandLine(): { positionals: string[]; flags: Record<string, string | undefined> & { help?: boolean } } {
  // Read leniently: an answer may start with a dash (a Markdown list, -5), which Node's strict
  // reading refuses as ambiguous. Every flag is looked at below instead.
  const lenient = parseArgs({ allowPositionals: true, strict: false, tokens: true, options: OPTIONS });
  const seen = new Set<string>();
  for (const token of lenient.tokens) {
    if (token.kind !== 'option' || token.name === 'help') continue;
    if (seen.has(token.name))
      throw new Stop(
        `${token.rawName} is given twice, and only one answer would be kept. Give it once; where a question takes several answers, put them in one, with commas: --themes housing,stigma.`,
      );
    seen.add(token.name);
    if (!FLAGS.includes(token.name)) {
      const near = closest(token.name, FLAGS);
      throw new Stop(
        `${token.rawName} is not a flag npm run new knows.${near ? ` Did you mean --${near}?` : ''} Run npm run new -- --help to see what each thing it makes asks for.`,
      );
    }
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('--')))
      throw new Stop(
        `${token.rawName} needs its answer straight after it, like ${token.rawName} "…". To leave an optional answer out, leave the flag out.`,
      );
  }
  const { positionals, values } = lenient;
  // Words after the first that belong to no flag are most often an answer with spaces not put in
  // quotes, or flags npm took for itself because no `--` came before them.
  if (positionals.length > 1)
    throw new Stop(
      `Only what to make goes before the flags, and each flag takes one answer: "${positionals.slice(1).join(' ')}" belongs to none. Put an answer with spaces in quotes, like --said "The line should take texts.", and put -- after npm run new (npm run new -- update --title "…"), or npm takes the flags for itself.`,
    );
  return { positionals, flags: values as Record<string, string | undefined> & { help?: boolean } };
}

let commandLine: ReturnType<typeof readCommandLine>;
try {
  commandLine = readCommandLine();
} catch (error) {
  console.error(`\n${error instanceof Stop ? error.message : String(error)}`);
  process.exit(1);
}
const { positionals, flags } = commandLine;

/** What `--help` says: every thing it makes, or, after one of them, each question and its flag. */
function help(word: string | undefined): string {
  const collection = word ? makes.get(word) : undefined;
  if (!collection)
    return `Make a new content file.\n\n  npm run new                  asks what to make, then a few questions\n  npm run new -- update        makes an update (also: ${WORDS.join(', ')})\n  npm run new -- update --help lists the questions for an update and the flag that answers each\n\nEvery question can be answered with a flag instead, like --commitment crisis-cafe --status in-progress.`;
  const lines = collection.questions!.map((q) => {
    const notes = [q.optional ? 'may be left out' : '', q.when ? 'only when it applies' : ''].filter(Boolean);
    return `  --${flagOf(q).padEnd(14)} ${q.ask}${notes.length ? ` (${notes.join('; ')})` : ''}`;
  });
  return `npm run new -- ${word} asks:\n\n${lines.join('\n')}\n\nA day left out is today. Put an answer with spaces in quotes.`;
}

if (flags.help) {
  console.log(help(positionals[0]));
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

/** Answers given as flags mean no one is there to ask: an optional question without a flag is left out. */
const flagMode = FLAGS.some((f) => flags[f] !== undefined);

async function ask(
  question: string,
  flag?: string,
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

const menu = (options: Choice[], withIds = true) =>
  options
    .map((o, i) => `  ${String(i + 1).padStart(2)}. ${o.label}${withIds && o.label !== o.id ? ` (${o.id})` : ''}`)
    .join('\n');

async function choose(question: string, options: Choice[], flag?: string, optional = false): Promise<string> {
  if (options.length === 0) {
    if (optional) return '';
    throw new Stop(`There is nothing to choose from for: ${question}`);
  }
  const given = flag ? flags[flag] : undefined;
  if (given === undefined && !(optional && flagMode)) console.log(`${question}\n${menu(options)}`);
  const answer = await ask(
    given === undefined ? 'Type the number or the name' : question,
    flag,
    optional,
    ', or press Enter to leave it out',
  );
  if (!answer && optional) return '';
  const match = /^\d+$/.test(answer)
    ? options[Number(answer) - 1]
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
  return choose(question, options, undefined, optional);
}

async function chooseMany(question: string, options: Choice[], flag: string, optional: boolean): Promise<string[]> {
  const given = flags[flag];
  if (given !== undefined) {
    const ids = given
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    const wrong = ids.filter((id) => !options.some((o) => o.id === id));
    if (wrong.length)
      throw new Stop(
        `--${flag} has ${wrong.join(', ')}, which ${wrong.length === 1 ? 'is' : 'are'} not one of: ${options.map((o) => o.id).join(', ')}.`,
      );
    return ids;
  }
  if (optional && flagMode) return [];
  console.log(`${question}\n${menu(options, false)}`);
  const answer = await ask('Type the numbers, with commas between them (like 1, 3)', undefined, optional);
  if (!answer) return [];
  const picked = answer.split(',').map((s) => options[Number(s.trim()) - 1] ?? options.find((o) => o.id === s.trim()));
  if (picked.some((p) => !p)) {
    console.log('One of those is not in the list.');
    return chooseMany(question, options, flag, optional);
  }
  return [...new Set(picked.map((p) => p!.id))];
}

/**
 * A day, written YYYY-MM-DD; for a day something happened (`latest`, today), not one still to
 * come, as the check would refuse the file written with it.
 */
async function askDate(
  question: string,
  flag: string,
  fallback: string | undefined,
  latest?: { day: string; why: string },
): Promise<string> {
  const hint = fallback ? ` (YYYY-MM-DD; press Enter for ${fallback})` : ' (YYYY-MM-DD; press Enter to leave it out)';
  const answer = (await ask(question, flag, true, hint)) || fallback || '';
  const wrong = !answer
    ? undefined
    : !/^\d{4}-\d{2}-\d{2}$/.test(answer)
      ? 'must be a date written YYYY-MM-DD, like 2025-03-12'
      : !isRealDate(answer)
        ? `is not a day on the calendar (${answer})`
        : latest && answer > latest.day
          ? `is ${answer}, a day still to come: ${latest.why.charAt(0).toLowerCase()}${latest.why.slice(1)}. Give ${latest.day} or an earlier day`
          : undefined;
  if (!wrong) return answer;
  if (flags[flag] !== undefined) throw new Stop(`--${flag} ${wrong}.`);
  console.log(`That date ${wrong}.`);
  return askDate(question, flag, fallback, latest);
}

async function askNumber(
  question: string,
  flag: string,
  schema: z.ZodType,
  optional: boolean,
): Promise<number | undefined> {
  const { min = 0, max } = boundsOf(schema);
  const range = max === undefined ? `a whole number, ${min} or more` : `a whole number from ${min} to ${max}`;
  const answer = await ask(question, flag, optional);
  if (!answer && optional) return undefined;
  const n = Number(answer);
  if (Number.isInteger(n) && n >= min && (max === undefined || n <= max)) return n;
  if (flags[flag] !== undefined) throw new Stop(`--${flag} must be ${range}.`);
  console.log(`Please give ${range}.`);
  return askNumber(question, flag, schema, optional);
}

async function main(): Promise<void> {
  const root = process.cwd();
  const today = buildDay(process.env.PORTAL_TODAY);
  const have = checkContent(root);
  const entriesOf = (name: string): Entry[] => have.byCollection[name] ?? [];
  const choicesIn = (name: string): Choice[] => {
    const nameField = collections[name as keyof typeof collections]?.nameField ?? 'title';
    return entriesOf(name)
      .map((e) => ({ id: e.raw.id, label: String((e.data as Record<string, unknown>)[nameField] ?? e.raw.id) }))
      .sort((a, b) => a.label.localeCompare(b.label));
  };
  const nameOf = (name: string, id: string) => choicesIn(name).find((c) => c.id === id)?.label ?? id;

  const word =
    positionals[0] ??
    (await choose(
      'What would you like to add?',
      WORDS.map((w) => ({ id: w, label: w })),
    ));
  const collection = makes.get(word);
  if (!collection) {
    const near = closest(word, WORDS);
    throw new Stop(
      `"${word}" is not something npm run new makes. It makes: ${WORDS.join(', ')}.${near ? ` Did you mean ${near}?` : ''}`,
    );
  }

  // A flag for another kind of file is not silently dropped.
  const own = new Set(collection.questions!.map(flagOf));
  const stray = FLAGS.filter((f) => flags[f] !== undefined && !own.has(f));
  if (stray.length)
    throw new Stop(
      `${stray.map((f) => `--${f}`).join(', ')} ${stray.length === 1 ? 'is' : 'are'} not asked for ${word === 'minutes' ? 'minutes' : `${/^[aeiou]/.test(word) ? 'an' : 'a'} ${word}`}. Run npm run new -- ${word} --help to see what is.`,
    );

  let fields: Record<string, unknown> = {};
  let body: string | undefined;
  for (const q of collection.questions!) {
    const flag = flagOf(q);
    if (q.when && !q.when(fields)) {
      if (flags[flag] !== undefined)
        throw new Stop(
          `--${flag} does not go with the other answers: with them, “${q.ask}” is not asked. Leave --${flag} out, or check the other answers.`,
        );
      continue;
    }
    if (q.field === 'text') {
      body = (await ask(q.ask, flag, q.optional)) || undefined;
      continue;
    }
    const schema = fieldAt(collection.schema, q.field.split('.'))!;
    const answer = await answerFor(q, flag, schema, fields);
    if (answer !== undefined && answer !== '' && !(Array.isArray(answer) && answer.length === 0))
      fields = withValue(fields, q.field, answer);
  }

  // What no one is asked: the day things happened is today, and a reference code is the next free one.
  // A field with a question of its own is left as answered (left out when the question did not apply).
  const questioned = new Set(collection.questions!.map((q) => q.field.split('.')[0]!));
  let after = '';
  for (const [name, schema] of Object.entries(shapeOf(collection.schema) ?? {})) {
    if (fields[name] !== undefined || questioned.has(name)) continue;
    const meta = metaOf(schema);
    if (meta.format === 'date' && meta.happened) fields[name] = today;
    if (meta.format === 'reference-code') {
      const ref = nextRef(
        entriesOf(collection.name).map((e) => String((e.data as Record<string, unknown>)[name])),
        today.slice(0, 4),
      );
      fields[name] = ref;
      after = `\nIts reference code is ${ref}: give it to the person or group who raised it, so they can look up what happened.`;
    }
  }

  const folder = join(root, 'src', 'content', collection.name);
  let taken = new Set<string>();
  try {
    taken = new Set(readdirSync(folder, { recursive: true }).map((f) => basename(String(f), extname(String(f)))));
  } catch {
    // A collection with no files yet.
  }
  const id = freeId(idFor(collection, fields), taken);
  const path = join(folder, `${id}${collection.ending}`);
  // The first file of a collection a partnership has not used yet (its first review, say) makes the folder.
  mkdirSync(folder, { recursive: true });
  writeFileSync(path, fileText(collection, fields, body), { flag: 'wx' });
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

  /** One answer, asked the way the field's schema says: a choice, several choices, a date, a number or text. */
  async function answerFor(
    q: Question,
    flag: string,
    schema: z.ZodType,
    answers: Record<string, unknown>,
  ): Promise<unknown> {
    const element = elementOf(schema);
    const meta = metaOf(element ?? schema);
    const optional = q.optional ?? false;
    if (meta.refersTo) {
      const options = meta.part
        ? itemsOf(meta.refersTo, String(answers[meta.through!]), meta.part)
        : choicesIn(meta.refersTo);
      if (element) return chooseMany(q.ask, options, flag, optional);
      // With only one to choose from, there is nothing to ask.
      if (options.length === 1 && !optional && flags[flag] === undefined) return options[0]!.id;
      return (await choose(q.ask, options, flag, optional)) || undefined;
    }
    switch (kindOf(schema)) {
      case 'enum':
        return choose(
          q.ask,
          choicesOf(schema)!.map((c) => ({ id: c, label: c })),
          flag,
          optional,
        );
      case 'date':
        return (
          (await askDate(
            q.ask,
            flag,
            optional ? undefined : today,
            meta.happened ? { day: today, why: meta.happened } : undefined,
          )) || undefined
        );
      case 'number':
        return askNumber(q.ask, flag, schema, optional);
      default: {
        const suggestion = q.suggest?.(answers, nameOf);
        const answer = await ask(q.ask, flag, optional, suggestion ? ` (press Enter for “${suggestion}”)` : undefined);
        return answer || suggestion;
      }
    }
  }

  /** The items of the list `part` in the entry `id` of `collection`, like the aims of one vision. */
  function itemsOf(collection: string, id: string, part: string): Choice[] {
    const entry = entriesOf(collection).find((e) => e.raw.id === id);
    const items = ((entry?.data as Record<string, unknown> | undefined)?.[part] ?? []) as Record<string, unknown>[];
    return items.map((item) => ({ id: String(item.id), label: String(item.title ?? item.name ?? item.id) }));
  }
}

main()
  .catch((error: unknown) => {
    console.error(error instanceof Stop ? `\n${error.message}` : error);
    process.exitCode = 1;
  })
  .finally(() => rl.close());
