// The safe-language check: every rule on planted sentences, look-alikes that must not warn,
// findings through the content check with file, line, field and severity, the reviewed marker,
// the report and annotations, and properties checked by fast-check.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkContent } from '../../src/check/check.ts';
import { renderBody } from '../../src/check/body/render.ts';
import { checkOrStop } from '../../src/check/checked-content.ts';
import { formatReport, type Problem } from '../../src/check/problem.ts';
import type { RawEntry } from '../../src/check/read.ts';
import { annotations, jobSummary } from '../../src/check/report-github.ts';
import { compiledRules, findUnsafeLanguage } from '../../src/check/safe-language.ts';
import { reviewedLines, safeLanguageProblems } from '../../src/check/safe-language-check.ts';
import { SAFE_LANGUAGE_RULES, SOURCES } from '../../src/check/safe-language-words.ts';
import { copyFixture, type Copy } from '../helpers/fixture.ts';

let copy: Copy | undefined;
afterEach(() => copy?.dispose());

const found = (text: string) => findUnsafeLanguage(text).map((f) => `${f.rule.id}: ${f.text}`);

// ---- Every rule, on planted sentences ---------------------------------------------------------
/** [rule, sentence, the words found]. Each rule has at least one. */
const PLANTED: [string, string, string][] = [
  ['method-hanging', 'He was found hanged at home.', 'hanged'],
  ['method-hanging', 'She tried hanging herself in 2019.', 'hanging herself'],
  ['method-hanging', 'The cause was death by hanging.', 'death by hanging'],
  ['method-overdose', 'She took an overdose of 20 tablets.', 'took an overdose'],
  ['method-overdose', 'He had an overdose of paracetamol.', 'overdose of paracetamol'],
  ['method-overdose', 'She swallowed 30 pills.', 'swallowed 30 pills'],
  ['method-overdose', 'He took twenty paracetamol.', 'took twenty paracetamol'],
  ['method-overdose', 'He overdosed on his medication.', 'overdosed on his'],
  ['method-cutting', 'She cut herself every night.', 'cut herself'],
  ['method-cutting', 'He slit his wrists.', 'slit his wrists'],
  ['place', 'He jumped from the Clifton Suspension Bridge.', 'jumped from the Clifton Suspension Bridge'],
  ['place', 'She threw herself off a multi-storey car park.', 'threw herself off a multi-storey'],
  ['place', 'He stepped in front of a train.', 'stepped in front of a train'],
  ['place', 'The cliffs are a known suicide hotspot.', 'suicide hotspot'],
  ['committed-suicide', 'Her brother committed suicide last year.', 'committed suicide'],
  ['committed-suicide', 'People who commit suicide need…', 'commit suicide'],
  ['successful-attempt', 'It was a failed suicide attempt.', 'failed suicide attempt'],
  [
    'successful-attempt',
    'After an unsuccessful attempt on her life she was admitted.',
    'unsuccessful attempt on her life',
  ],
  ['successful-attempt', 'He survived a successful suicide, they said.', 'successful suicide'],
  ['failed-attempt', 'After a failed attempt, she called the suicide crisis line.', 'failed attempt'],
  ['suicide-sensational', 'A suicide bid on the ward.', 'suicide bid'],
  ['suicide-sensational', 'Self-harm is not a cry for help.', 'cry for help'],
  ['the-mentally-ill', 'Services for the mentally ill are stretched.', 'the mentally ill'],
  ['suffers-from', 'She suffers from depression.', 'suffers from'],
  ['suffers-from', 'People suffering from severe anxiety wait longest.', 'suffering from'],
  ['sufferer', 'Every sufferer deserves care.', 'sufferer'],
  ['insults', 'He is a psycho.', 'psycho'],
  ['insults', 'They called him a nutter.', 'nutter'],
  ['insults', 'She was called a schizo at school.', 'schizo'],
  ['insults', 'The old lunatic asylum is now flats.', 'lunatic'],
  ['insults', 'Nobody wants to be sent to the loony bin.', 'loony bin'],
  ['crazy-insane', 'The waiting list is crazy.', 'crazy'],
  ['crazy-insane', 'It is insane that people wait a year.', 'insane'],
  ['mad', 'He has gone mad.', 'gone mad'],
  ['mad', 'She is barking mad.', 'barking mad'],
  ['mental-insult', 'He’s mental!', 'He’s mental'],
  ['mental-insult', 'The new rota is totally mental, and nobody likes it.', 'totally mental'],
  ['mental-patient', 'A mental patient was moved.', 'mental patient'],
  ['attention-seeking', 'Staff said it was attention-seeking.', 'attention-seeking'],
  ['attention-seeking', 'She was dismissed as attention seeking.', 'attention seeking'],
  ['manipulative', 'He was described as manipulative.', 'manipulative'],
  ['person-as-diagnosis', 'She is a schizophrenic.', 'schizophrenic'],
  ['person-as-diagnosis', 'Schizophrenics were housed apart.', 'Schizophrenics'],
  ['a-depressive', 'He is a depressive.', 'a depressive'],
  ['a-depressive', 'As a depressive who works nights, I know.', 'a depressive'],
  ['diagnosis-as-mood', 'I am so OCD about my desk.', 'so OCD'],
];

describe('every rule finds its phrases', () => {
  it('has a planted sentence for each rule in the word list', () => {
    const planted = new Set(PLANTED.map(([rule]) => rule));
    expect(SAFE_LANGUAGE_RULES.map((r) => r.id).filter((id) => !planted.has(id))).toEqual([]);
  });
  it.each(PLANTED)('%s: %s', (rule, sentence, words) => {
    expect(found(sentence)).toContain(`${rule}: ${words}`);
  });
  it('names a source, a reason and a suggestion for every rule', () => {
    for (const rule of SAFE_LANGUAGE_RULES) {
      expect(SOURCES[rule.source].url).toMatch(/^https:\/\//);
      expect(rule.why.length).toBeGreaterThan(10);
      expect(rule.suggest.length).toBeGreaterThan(3);
    }
  });
  it('gives method, place, “committed suicide” and “failed attempt” as errors, stigmatising words as warnings', () => {
    const severity = Object.fromEntries(SAFE_LANGUAGE_RULES.map((r) => [r.id, r.severity]));
    for (const id of ['method-hanging', 'method-overdose', 'method-cutting', 'place', 'committed-suicide'])
      expect(severity[id]).toBe('error');
    for (const id of ['successful-attempt', 'failed-attempt']) expect(severity[id]).toBe('error');
    for (const id of ['the-mentally-ill', 'suffers-from', 'insults', 'crazy-insane', 'mad', 'attention-seeking'])
      expect(severity[id]).toBe('warning');
  });
});

// ---- Look-alikes ------------------------------------------------------------------------------
/** Sentences the portal's content really says, or near it: none may warn. */
const LOOK_ALIKES = [
  'The college offers psychology and psychotherapy courses.',
  'The partnership is committed to suicide prevention.',
  'We committed suicide prevention funding to the crisis café.',
  'A crisis line for people who self-harm opens at night.',
  'Self-harm support is available at the crisis café.',
  'The suicide prevention strategy was adopted in March.',
  'We read the “Care of the Mentally Ill” report from 1990.',
  'He is mad about football.',
  'She was mad at the council for cancelling the forum.',
  'Mad Pride held a stall at the fair.',
  'Mental health services are part of the plan.',
  'Is mental health funding going up?',
  'The service suffers from a lack of funding.',
  'Waits jumped from 6 to 12 weeks.',
  'Referrals jumped from 40 to 60 a month.',
  'The team took 20 calls a night.',
  'Take 2 tablets a day, with food.',
  'She suffered from a lack of mental health beds in the area.',
  'People told us hanging around in A&E was the worst part.',
  'Hanging baskets brighten the café.',
  'They felt cut off from friends and cut themselves off from family.',
  'Staff burnt themselves out covering the rota.',
  'She shot herself in the foot by missing the forum.',
  'After a failed attempt to book a room, the forum met online.',
  'A successful attempt to cut waiting times.',
  'He had a depressive episode last year.',
  'Major depressive disorder is treatable.',
  'Bipolar disorder support group meets on Tuesdays.',
  'We attempted suicide prevention training with 200 staff.',
  'People who have attempted suicide helped write the plan.',
  'Take your medication as prescribed; ask a pharmacist about your 28 tablets.',
  'The ligature-free ward opened in May.',
  'A drop-in for people with mental health problems.',
  'The crisis cafe offers a safe space.',
  'Bridge the gap between services.',
  'The overdose prevention service trains staff in naloxone.',
];

describe('look-alikes do not warn', () => {
  it.each(LOOK_ALIKES)('%s', (sentence) => {
    expect(found(sentence)).toEqual([]);
  });
  it('does not match across a full stop or a comma', () => {
    expect(found('We made a commitment. Suicide prevention comes first.')).toEqual([]);
    expect(found('He committed, suicide prevention being his work, to the plan.')).toEqual([]);
  });
  it('does not treat quoted words as used, except a method or place, which is never safe to repeat', () => {
    expect(found('We no longer say “committed suicide” or “the mentally ill”.')).toEqual([]);
    expect(found('She said “he took an overdose”.')).toEqual(['method-overdose: took an overdose']);
  });
});

// ---- Through the content check ---------------------------------------------------------------
const only = (problems: Problem[], file: string) => problems.filter((p) => p.file.endsWith(file));

describe('the content check', () => {
  it('reports a phrase in a body at its line, in the field `text`, with its severity', () => {
    copy = copyFixture();
    copy.edit(
      'updates/night-line-started.mdx',
      'Going well.',
      'Going well.\n\nThe partnership is committed to suicide prevention.\nHer brother committed suicide last year.\n\nShe suffers from depression.',
    );
    const checked = checkContent(copy.root);
    const file = 'src/content/updates/night-line-started.mdx';
    expect(only(checked.problems, file)).toEqual([
      {
        file,
        line: 15,
        field: 'text',
        severity: 'error',
        message: expect.stringMatching(
          /^“committed suicide”: .* Instead, “died by suicide” or “took their own life”\. \(Samaritans’ media guidelines for reporting suicide\.\) If this wording is right here/,
        ),
      },
    ]);
    expect(only(checked.warnings, file)).toEqual([
      {
        file,
        line: 17,
        field: 'text',
        severity: 'warning',
        message: expect.stringMatching(/^“suffers from”: .* Consider “has”, “lives with” or “is experiencing”\./),
      },
    ]);
  });

  it('reports a phrase in a paragraph wrapped over lines at the line it is on', () => {
    copy = copyFixture();
    copy.edit(
      'updates/night-line-started.mdx',
      'Going well.',
      'Going well, and the night line\nhas helped many people\nwho were called attention-seeking\nelsewhere.',
    );
    const warnings = only(checkContent(copy.root).warnings, 'night-line-started.mdx');
    expect(warnings.map((w) => [w.line, w.field, w.message.slice(0, 20)])).toEqual([
      [14, 'text', '“attention-seeking”:'],
    ]);
  });

  it('reports a phrase in a front-matter field with the field’s name and line', () => {
    copy = copyFixture();
    copy.edit('updates/night-line-started.mdx', 'title: Started', 'title: Help after a failed suicide attempt');
    copy.edit('commitments/night-line.mdx', /^summary: .*$/m, 'summary: A night line for the mentally ill.');
    const checked = checkContent(copy.root);
    expect(
      only(checked.problems, 'night-line-started.mdx').map((p) => [
        p.line,
        p.field,
        p.severity,
        p.message.slice(0, 25),
      ]),
    ).toEqual([[2, 'title', 'error', '“failed suicide attempt”:']]);
    const summaryLine = copy
      .read('commitments/night-line.mdx')
      .split('\n')
      .findIndex((l) => l.startsWith('summary:'));
    expect(only(checked.warnings, 'commitments/night-line.mdx').map((p) => [p.line, p.field, p.severity])).toEqual([
      [summaryLine + 1, 'summary', 'warning'],
    ]);
  });

  it('reports a phrase in a YAML file, and in a line of a block of text, at its own line', () => {
    copy = copyFixture();
    copy.write(
      'partners/peer-voices.yaml',
      'name: Peer Voices\nkind: user-led\ndescription: |\n  Run by people with lived experience.\n  Nobody here is called a psycho.\n  We meet on Mondays.\n',
    );
    expect(
      only(checkContent(copy.root).warnings, 'peer-voices.yaml').map((p) => [p.line, p.field, p.severity]),
    ).toEqual([[5, 'description', 'warning']]);
  });

  it('gives an Easy Read sentence over 15 words a readability warning, as plain text and in sections', () => {
    copy = copyFixture();
    copy.edit(
      'visions/plan.mdx',
      'coProduction: Written with 40 residents.',
      [
        'coProduction: Written with 40 residents.',
        'easyRead:',
        '  title: Our plan for help in Northmoor',
        '  sections:',
        '    - heading: What we want',
        '      lines:',
        '        - You can get help at night.',
        '        - You can see the same worker every time, so that you do not have to tell your story again.',
        '        - You know your rights.',
      ].join('\n'),
    );
    let warnings = only(checkContent(copy.root).warnings, 'visions/plan.mdx');
    expect(warnings).toEqual([
      {
        file: 'src/content/visions/plan.mdx',
        line: 13,
        field: 'easyRead › sections › item 1 › lines › item 2',
        severity: 'warning',
        message:
          'This Easy Read sentence has 19 words: “You can see the same worker every time, so that you do not have to tell your story again.”. Easy Read sentences work best with 15 words or fewer, one idea each. Split it into shorter sentences. (NHS England’s Accessible Information Standard and Easy Read guidance.)',
      },
    ]);
    copy.edit(
      'visions/plan.mdx',
      /easyRead:[\s\S]*?(?=---)/,
      'easyRead: |\n  This is our plan.\n\n  When you leave hospital you will have a plan, a safe home to go to and a worker who knows you well.\n  You know your rights.\n',
    );
    warnings = only(checkContent(copy.root).warnings, 'visions/plan.mdx');
    expect(warnings.map((w) => [w.line, w.field, w.message.slice(0, 40)])).toEqual([
      [10, 'easyRead', 'This Easy Read sentence has 22 words: “W'],
    ]);
  });

  it('does not give other fields a readability warning', () => {
    copy = copyFixture();
    copy.edit(
      'visions/plan.mdx',
      'coProduction: Written with 40 residents.',
      'coProduction: Written with 40 residents who came to six workshops in libraries, cafés and community centres across Northmoor in 2023.',
    );
    expect(only(checkContent(copy.root).warnings, 'visions/plan.mdx')).toEqual([]);
  });

  it('keeps warnings out of the problems, so they never fail the check or stop the build', () => {
    copy = copyFixture();
    copy.edit('updates/night-line-started.mdx', 'Going well.', 'Going crazy well.');
    const checked = checkContent(copy.root);
    expect(checked.problems).toEqual([]);
    expect(checked.warnings).toHaveLength(1);
  });
});

describe('the build', () => {
  it('prints warnings once and goes on; stops on an error, with the warnings in its report', () => {
    copy = copyFixture();
    copy.edit('updates/night-line-started.mdx', 'Going well.', 'Going crazy well.');
    const logger = { error: vi.fn(), warn: vi.fn() };
    const exit = vi.spyOn(process, 'exit').mockImplementation(() => {
      throw new Error('exit');
    });
    try {
      expect(checkOrStop(copy.root, '/', logger).warnings).toHaveLength(1);
      // The integration and each collection's loader ask again: the warnings are printed once.
      checkOrStop(copy.root, '/', logger);
      expect(logger.warn).toHaveBeenCalledTimes(1);
      expect(logger.warn).toHaveBeenCalledWith(expect.stringContaining('night-line-started.mdx:12  text  (warning)'));
      expect(logger.error).not.toHaveBeenCalled();
      expect(exit).not.toHaveBeenCalled();
      copy.edit('updates/night-line-started.mdx', 'Going crazy well.', 'Her brother committed suicide.');
      const again = copyFixture(copy.content);
      try {
        again.edit('updates/night-line-started.mdx', 'status: in-progress', 'status: deliverd');
        again.edit('updates/night-line-started.mdx', 'Her brother', 'It was crazy. Her brother');
        expect(() => checkOrStop(again.root, '/', logger)).toThrow('exit');
        expect(logger.error).toHaveBeenCalledWith(
          expect.stringMatching(
            /\(warning\)[\s\S]*Found 2 problems in the content\.[\s\S]*The content has 2 problems, listed above\. Nothing was built\./,
          ),
        );
      } finally {
        again.dispose();
      }
    } finally {
      exit.mockRestore();
    }
  });
});

// ---- The reviewed marker ----------------------------------------------------------------------
describe('a line marked as reviewed', () => {
  it('silences exactly the next line in an MDX body ({/* reviewed: wording */})', () => {
    copy = copyFixture();
    copy.edit(
      'updates/night-line-started.mdx',
      'Going well.',
      'Going well.\n\n{/* reviewed: wording */}\nThe “Crazy Hats” choir sang.\nThe rota is crazy.\n',
    );
    const warnings = only(checkContent(copy.root).warnings, 'night-line-started.mdx');
    expect(warnings.map((w) => w.line)).toEqual([16]);
  });

  it('silences the next line in a Markdown body (<!-- reviewed: wording -->)', () => {
    copy = copyFixture();
    copy.write(
      'inputs/nm-2024-1.md',
      `${copy.read('inputs/nm-2024-1.md')}\n<!-- reviewed: wording -->\nHe said it was crazy.\n\nShe said it was crazy.\n`,
    );
    const warnings = only(checkContent(copy.root).warnings, 'nm-2024-1.md');
    const lines = copy.read('inputs/nm-2024-1.md').split('\n');
    expect(warnings.map((w) => w.line)).toEqual([lines.indexOf('She said it was crazy.') + 1]);
  });

  it('silences a YAML line ending with # reviewed: wording, or the line after one that holds only it', () => {
    copy = copyFixture();
    copy.edit('inputs/nm-2024-1.md', 'said: We need help at night.', 'said: The wait was crazy. # reviewed: wording');
    copy.edit(
      'inputs/nm-2024-1.md',
      'response: The council opened a night line.',
      '# reviewed: wording\nresponse: The council said it was crazy too.',
    );
    copy.edit('inputs/nm-2024-1.md', 'outcome: acted-on', 'outcome: acted-on\n# reviewed: wording');
    expect(only(checkContent(copy.root).warnings, 'nm-2024-1.md')).toEqual([]);
  });

  it('silences errors too (a quotation that must stand), and nothing else', () => {
    expect([...reviewedLines('a\n{/* reviewed: wording */}\nb\nc')]).toEqual([3]);
    expect([...reviewedLines('a\n<!-- reviewed: wording -->\nb')]).toEqual([3]);
    expect([...reviewedLines('said: x # reviewed: wording\nnext: y')]).toEqual([1]);
    expect([...reviewedLines('# reviewed: wording\nnext: y')]).toEqual([2]);
    copy = copyFixture();
    copy.edit(
      'updates/night-line-started.mdx',
      'Going well.',
      '{/* reviewed: wording */}\nHer brother committed suicide last year.',
    );
    expect(only(checkContent(copy.root).problems, 'night-line-started.mdx')).toEqual([]);
  });
});

// ---- The report and the annotations ------------------------------------------------------------
describe('the report', () => {
  const warning: Problem = {
    file: 'src/content/updates/x.mdx',
    line: 12,
    field: 'text',
    message: '“crazy”: …',
    severity: 'warning',
  };
  const error: Problem = { file: 'src/content/updates/x.mdx', line: 3, field: 'title', message: 'bad' };

  it('marks a warning, counts it apart, and still says the content is valid', () => {
    expect(formatReport([warning])).toBe(
      'src/content/updates/x.mdx:12  text  (warning)\n  “crazy”: …\n\nThe content is valid: no problems found. 1 warning above: read each one and change the wording, or mark the line as reviewed. Warnings do not stop the site being built.',
    );
    expect(formatReport([warning, error])).toContain('Found 1 problem in the content.');
    expect(formatReport([warning, error])).toContain('Also 1 warning above');
    expect(formatReport([error])).toBe(
      'src/content/updates/x.mdx:3  title\n  bad\n\nFound 1 problem in the content. Fix each one above, then run `npm run check` again.',
    );
  });

  it('annotates a warning as ::warning and an error as ::error, in line order', () => {
    expect(annotations([warning, error])).toEqual([
      '::error file=src/content/updates/x.mdx,line=3,title=Content problem%3A title::bad',
      '::warning file=src/content/updates/x.mdx,line=12,title=Wording to check%3A text::“crazy”: …',
    ]);
  });

  it('lists warnings apart in the job summary', () => {
    const summary = jobSummary([warning]);
    expect(summary).toContain('The content is valid: no problems found.');
    expect(summary).toContain('### 1 warning');
    expect(summary).toContain('| src/content/updates/x.mdx | 12 | text | “crazy”: … |');
  });
});

// ---- Properties ------------------------------------------------------------------------------
/** Pieces of text the portal really writes, look-alikes among them; joined in any order they never warn. */
const SAFE_PIECES = [
  'the partnership',
  'is committed to suicide prevention',
  'psychology',
  'psychotherapy',
  'a crisis line for people who self-harm',
  'mental health',
  'the suicide prevention strategy',
  'mad about football',
  'residents said',
  'peer support workers',
  'met in the library',
  'talking therapy waits',
  'the crisis café',
  'people with mental health problems',
  'attempted suicide',
  'depressive episodes',
  'we agreed',
  'at night',
  'housing',
];
const safePieces = fc.array(fc.constantFrom(...SAFE_PIECES), { minLength: 1, maxLength: 8 });
const safeSentence = safePieces.map((pieces) => pieces.join(' '));

/** One phrase of each rule that warns wherever it is put among safe words. */
/** [rule, phrase, the words the message quotes]. */
const INSERTS: [string, string, string][] = [
  ['method-hanging', 'hanged himself', 'hanged himself'],
  ['method-overdose', 'took an overdose', 'took an overdose'],
  ['method-cutting', 'cut herself', 'cut herself'],
  ['place', 'jumped off the bridge', 'jumped off the bridge'],
  ['committed-suicide', 'committed suicide', 'committed suicide'],
  ['successful-attempt', 'a failed suicide attempt', 'failed suicide attempt'],
  ['suicide-sensational', 'suicide bid', 'suicide bid'],
  ['the-mentally-ill', 'the mentally ill', 'the mentally ill'],
  ['suffers-from', 'suffers from depression', 'suffers from'],
  ['insults', 'psycho', 'psycho'],
  ['insults', 'nutter', 'nutter'],
  ['insults', 'schizo', 'schizo'],
  ['insults', 'lunatic', 'lunatic'],
  ['crazy-insane', 'crazy', 'crazy'],
  ['crazy-insane', 'insane', 'insane'],
  ['mad', 'gone mad', 'gone mad'],
  ['mental-insult', 'totally mental,', 'totally mental'],
  ['mental-patient', 'mental patients', 'mental patients'],
  ['attention-seeking', 'attention-seeking', 'attention-seeking'],
  ['manipulative', 'manipulative', 'manipulative'],
  ['person-as-diagnosis', 'schizophrenics', 'schizophrenics'],
  ['a-depressive', 'a depressive,', 'a depressive'],
  ['diagnosis-as-mood', 'so OCD', 'so OCD'],
];

/** A body as the reader would give it, without a file: its readable runs and lines. */
function bodyEntry(body: string): RawEntry {
  const rendered = renderBody(body, 'md', { imageExists: () => false });
  return {
    collection: 'updates',
    id: 'x',
    file: 'src/content/updates/x.md',
    data: {},
    body,
    bodyLine: 1,
    text: body,
    rendered: { html: rendered.html, headings: rendered.headings },
    readable: rendered.readable,
    lineOf: () => 1,
  };
}

/** Words, look-alikes among them, that make no listed phrase in any order. */
const SAFE_WORDS = (
  'psychology psychotherapy psychiatrist psychological mental health suicide prevention self-harm crisis ' +
  'support café forum residents with for who night line plan strategy attempt attempted depressive ' +
  'mad football about schizophrenia depression anxiety hospital train tablets medication 20 and'
).split(' ');

describe('properties', () => {
  it('sentences of safe words, in any order, never warn', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...SAFE_WORDS), { minLength: 1, maxLength: 12 }), (words) => {
        expect(found(`${words.join(' ')}.`)).toEqual([]);
      }),
      { numRuns: 500 },
    );
  });

  it('sentences made of safe pieces never warn', () => {
    fc.assert(
      fc.property(safeSentence, (sentence) => {
        expect(found(sentence)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('a listed phrase put anywhere among the safe pieces of a body always warns, with its rule and its line', () => {
    fc.assert(
      fc.property(
        fc.array(safePieces, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...INSERTS),
        fc.nat(),
        fc.nat(),
        fc.boolean(),
        (lines, [ruleId, phrase, quoted], lineAt, wordAt, paragraphs) => {
          const target = lineAt % lines.length;
          // Between any two pieces, or first or last: inside a piece would make new words of it
          // ("the committed suicide partnership" is a compound noun, which the rule leaves alone).
          const pieces = lines[target]!;
          const at = wordAt % (pieces.length + 1);
          const planted = lines.map((l, i) =>
            (i === target ? [...pieces.slice(0, at), phrase, ...pieces.slice(at)] : l).join(' '),
          );
          // Lines as one wrapped paragraph, or as paragraphs apart.
          const body = `${planted.map((l) => `${l}.`).join(paragraphs ? '\n\n' : '\n')}\n`;
          const line = paragraphs ? target * 2 + 1 : target + 1;
          const rule = SAFE_LANGUAGE_RULES.find((r) => r.id === ruleId)!;
          const problems = safeLanguageProblems([bodyEntry(body)]);
          expect(problems).toContainEqual({
            file: 'src/content/updates/x.md',
            line,
            field: 'text',
            severity: rule.severity,
            message: expect.stringMatching(new RegExp(`^“${quoted}”: `, 'i')),
          });
          expect(problems.every((p) => p.line === line)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('the shortcut by required words', () => {
  // Every word any rule's phrases name, with the safe words and some punctuation, in any order.
  const ruleWords = [
    ...new Set(
      SAFE_LANGUAGE_RULES.flatMap((rule) => [...rule.phrases, ...(rule.unlessFollowedBy ?? [])])
        .flatMap((phrase) => phrase.split(' '))
        .flatMap((word) => word.replace(/\?$/, '').split('|'))
        .filter((word) => !['*', '#', '##'].includes(word)),
    ),
  ];
  const pieces = fc.constantFrom(...ruleWords, ...SAFE_WORDS, '20', 'twelve', ',', '.', '“', '”');

  it('finds exactly what trying every rule at every word finds, for any words in any order', () => {
    fc.assert(
      fc.property(fc.array(pieces, { minLength: 1, maxLength: 14 }), (words) => {
        const text = words.join(' ');
        expect(findUnsafeLanguage(text)).toEqual(findUnsafeLanguage(text, compiledRules({ tryEverywhere: true })));
      }),
      { numRuns: 2000 },
    );
  });

  // A text is not parsed at all when none of the words the rules need is in it, written in lower
  // case without hyphens and apostrophes: words in capitals, with hyphens or apostrophes inside,
  // or glued to punctuation must still be tried.
  it('finds exactly what trying every rule finds, whatever the case, hyphens, apostrophes and punctuation', () => {
    const written = fc
      .tuple(pieces, fc.constantFrom('as is', 'upper', 'title', 'hyphen', 'apostrophe', 'curly'), fc.nat())
      .map(([word, form, at]) => {
        const i = word.length > 1 ? 1 + (at % (word.length - 1)) : 0;
        if (form === 'upper') return word.toUpperCase();
        if (form === 'title') return word.charAt(0).toUpperCase() + word.slice(1);
        if (form === 'hyphen') return `${word.slice(0, i)}-${word.slice(i)}`;
        if (form === 'apostrophe') return `${word.slice(0, i)}'${word.slice(i)}`;
        if (form === 'curly') return `${word.slice(0, i)}’${word.slice(i)}`;
        return word;
      });
    const between = fc.constantFrom(' ', ' ', ' ', '', ', ', '. ', '\n', ' - ', '’', '“');
    fc.assert(
      fc.property(fc.array(fc.tuple(written, between), { minLength: 1, maxLength: 14 }), (parts) => {
        const text = parts.map(([w, b]) => `${w}${b}`).join('');
        expect(findUnsafeLanguage(text)).toEqual(findUnsafeLanguage(text, compiledRules({ tryEverywhere: true })));
      }),
      { numRuns: 3000 },
    );
  });
});
