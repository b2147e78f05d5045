// Translations beside their originals: one that is right passes and is handed to the site, and
// each way a translation can go wrong is refused with the file, the line and the field, and how to
// fix it. A translation can never change a fact.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, type CheckedContent } from '../../src/check/check.ts';
import type { Problem } from '../../src/check/problem.ts';
import { copyFixture, PROJECT, type Copy } from '../helpers/fixture.ts';

let copy: Copy | undefined;
afterEach(() => copy?.dispose());

/** The minimal fixture offered in English, Turkish and Polish, changed by `change`. */
function checkedAfter(change: (c: Copy) => void, languages = 'languages: [en, tr, pl]'): CheckedContent {
  copy = copyFixture();
  copy.edit('site.yaml', 'exampleContent: false', `exampleContent: false\n${languages}`);
  change(copy);
  return checkContent(copy.root);
}

const C = 'commitments/night-line.tr.mdx';
const NIGHT_LINE_TR = [
  '---',
  'title: Gece hattı',
  'summary: Geceleri telefonlara cevap verilir.',
  '---',
  '',
  'Metin.',
  '',
].join('\n');

describe('translations that are right', () => {
  it('pass the check and are handed to the site, never as entries of their own', () => {
    const checked = checkedAfter((c) => {
      c.write(C, NIGHT_LINE_TR);
      c.write('visions/plan.pl.mdx', '---\naims:\n  - title: Pomoc w kryzysie\n  - {}\n---\n');
      c.write('groups/open-forum.tr.yaml', 'description: Herkes gelebilir.\n');
      c.write('site.tr.yaml', 'description: Küçük bir deneme ortaklığı.\n');
    });
    expect(checked.problems).toEqual([]);
    expect(checked.translations.map((t) => [t.collection, t.of, t.language]).sort()).toEqual([
      ['commitments', 'night-line', 'tr'],
      ['groups', 'open-forum', 'tr'],
      ['site', 'site', 'tr'],
      ['visions', 'plan', 'pl'],
    ]);
    expect(checked.commitments.map((e) => e.raw.id).sort()).toEqual(['crisis-beds', 'night-line', 'peer-homes']);
    expect(checked.translations.find((t) => t.of === 'night-line')?.raw.rendered?.html).toBe('<p>Metin.</p>');
  });
});

/** A picture one pixel wide and high. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

interface Case {
  rule: string;
  change: (c: Copy) => void;
  languages?: string;
  file: string;
  line: number;
  field?: string;
  says: RegExp[];
}

const cases: Case[] = [
  {
    rule: 'a translation is into a language the site does not offer',
    change: (c) => c.write('commitments/night-line.de.mdx', NIGHT_LINE_TR),
    file: 'commitments/night-line.de.mdx',
    line: 1,
    says: [
      /translation into `de`/,
      /`languages` in site\.yaml lists en, tr, pl/,
      /Add `de` to `languages` in src\/content\/site\.yaml, or name the file for one of tr, pl, like night-line\.tr\.mdx/,
      /If it is not a translation, rename it without the dot, like night-line-de\.mdx/,
    ],
  },
  {
    rule: 'a translation is written for a site offered in one language',
    languages: '',
    change: (c) => c.write(C, NIGHT_LINE_TR),
    file: C,
    line: 1,
    says: [/the site is offered in one language, `en`/, /add `languages: \[en, tr\]` to src\/content\/site\.yaml/],
  },
  {
    rule: 'a translation is into the language the content is written in',
    change: (c) => c.write('commitments/night-line.en.mdx', NIGHT_LINE_TR),
    file: 'commitments/night-line.en.mdx',
    line: 1,
    says: [/the language the content is written in/, /Make the change in the original and remove this file/],
  },
  {
    rule: 'a translation has no original',
    change: (c) => c.write('commitments/night-lin.tr.mdx', NIGHT_LINE_TR),
    file: 'commitments/night-lin.tr.mdx',
    line: 1,
    says: [
      /there is no commitment `night-lin` beside it in src\/content\/commitments\//,
      /Did you mean `night-line`\?/,
      /with the language before the ending/,
    ],
  },
  {
    rule: 'a translation is in another folder than its original',
    change: (c) => c.write('commitments/turkish/night-line.tr.mdx', NIGHT_LINE_TR),
    file: 'commitments/turkish/night-line.tr.mdx',
    line: 1,
    says: [/which is in another folder/, /Move it beside its original, into src\/content\/commitments\//],
  },
  {
    rule: 'a translation sets a fact',
    change: (c) =>
      c.write('updates/night-line-started.tr.mdx', '---\ntitle: Başladı\nstatus: delivered\n---\n\nİyi gidiyor.\n'),
    file: 'updates/night-line-started.tr.mdx',
    line: 3,
    field: 'status',
    says: [
      /`status` is a fact that every language shares, so a translation cannot set it: remove it here/,
      /Only the original, night-line-started\.mdx, sets it/,
      /A translation may set `title`, `author`, `evidence › label`, the words of `easyRead` \(its pictures stay\) and the text below the fields/,
    ],
  },
  {
    rule: 'a translation sets a fact inside a list',
    change: (c) => c.write('visions/plan.tr.mdx', '---\naims:\n  - title: Kriz\n    id: kriz\n  - {}\n---\n'),
    file: 'visions/plan.tr.mdx',
    line: 4,
    field: 'aims › item 1 › id',
    says: [/`aims › item 1 › id` is a fact that every language shares/],
  },
  {
    rule: 'a translation sets a link',
    change: (c) =>
      c.write(
        'updates/night-line-started.tr.mdx',
        '---\nevidence:\n  - label: Rapor\n    url: https://elsewhere.example/\n---\n',
      ),
    file: 'updates/night-line-started.tr.mdx',
    line: 4,
    field: 'evidence › item 1 › url',
    says: [/is a fact that every language shares/],
  },
  {
    rule: 'site.yaml’s translation changes the portal’s name',
    change: (c) => c.write('site.tr.yaml', 'description: Deneme.\nname: Northmoor Birlikte\n'),
    file: 'site.tr.yaml',
    line: 2,
    field: 'name',
    says: [
      /`name` is a fact that every language shares/,
      /Only the original, site\.yaml, sets it/,
      /may set `description`, `phoneHours`, `accessibility › testedBy`, `accessibility › knownIssues`, `help › name`, `help › for`, `help › text` and `help › hours`/,
    ],
  },
  {
    rule: 'a translation adds words the original does not have',
    change: (c) => c.write(C, NIGHT_LINE_TR.replace('summary:', 'lead: Müdür\nsummary:')),
    file: C,
    line: 3,
    field: 'lead',
    says: [/`lead` is not in the original, night-line\.mdx, so there are no words here to translate/],
  },
  {
    rule: 'a translation’s list has another number of items than the original’s',
    change: (c) => c.write('visions/plan.tr.mdx', '---\naims:\n  - title: Kriz\n---\n'),
    file: 'visions/plan.tr.mdx',
    line: 2,
    field: 'aims',
    says: [/`aims` has 1 item here but 2 in the original, plan\.mdx/, /item for item, in the same order/],
  },
  {
    rule: 'a translation gives a list where the original has text',
    change: (c) => c.write(C, '---\ntitle:\n  - Gece\n  - hattı\n---\n'),
    file: C,
    line: 2,
    field: 'title',
    says: [/`title` must be text, as in the original, night-line\.mdx; here it is a list/],
  },
  {
    rule: 'a translated field is empty',
    change: (c) => c.write(C, NIGHT_LINE_TR.replace('title: Gece hattı', "title: ''")),
    file: C,
    line: 2,
    field: 'title',
    says: [/`title` is empty: write its translation, or remove the line/],
  },
  {
    rule: 'a translation of a YAML file lists no fields',
    change: (c) => c.write('groups/open-forum.tr.yaml', '- Herkes gelebilir.\n'),
    file: 'groups/open-forum.tr.yaml',
    line: 1,
    says: [/must list the fields it translates/, /may set `description`/],
  },
  {
    rule: 'two files are the same translation',
    change: (c) => {
      c.write(C, NIGHT_LINE_TR);
      c.write('commitments/night-line.tr.md', NIGHT_LINE_TR);
    },
    file: C,
    line: 1,
    says: [
      /Another file, .*night-line\.tr\.md, has the same name/,
      /the `tr` translation of the commitment `night-line`/,
    ],
  },
  {
    rule: 'a translation’s text links to an address its original’s text does not',
    change: (c) =>
      c.write(C, NIGHT_LINE_TR.replace('Metin.', 'Metin.\n\nBakın: [Resmi rapor](https://evil.example/rapor).')),
    file: C,
    line: 8,
    field: 'text',
    says: [
      /The text links to `https:\/\/evil\.example\/rapor`, which the original, night-line\.mdx, does not link to/,
      /where a link leads is the same in every language/,
      /The original has no links, so keep the words and remove the link/,
    ],
  },
  {
    rule: 'a translation’s text links elsewhere than its original’s link',
    change: (c) => {
      c.edit(
        'commitments/night-line.mdx',
        'Body.',
        'Body, with [the report](https://council.northmoor.example/report).',
      );
      c.write(C, NIGHT_LINE_TR.replace('Metin.', '[Rapor](https://council.northmoor.example/rapor) burada.'));
    },
    file: C,
    line: 6,
    field: 'text',
    says: [/Link only to addresses the original links to: `https:\/\/council\.northmoor\.example\/report`\./],
  },
  {
    rule: 'a translation’s text shows a picture its original’s text does not',
    change: (c) => {
      mkdirSync(join(c.root, 'public', 'uploads'), { recursive: true });
      writeFileSync(join(c.root, 'public', 'uploads', 'x.png'), Buffer.from(PNG, 'base64'));
      c.write(C, NIGHT_LINE_TR.replace('Metin.', 'Metin.\n\n![Açıklama](/uploads/x.png)'));
    },
    file: C,
    line: 8,
    field: 'text',
    says: [
      /The text shows the picture `\/uploads\/x\.png`, which the original, night-line\.mdx, does not show/,
      /The original shows no pictures, so remove it/,
    ],
  },
  {
    rule: 'a translation has text below its fields where its original has none',
    change: (c) =>
      c.write('inputs/nm-2024-1.tr.md', '---\nsaid: Geceleri yardıma ihtiyacımız var.\n---\n\nEk bir metin.\n'),
    file: 'inputs/nm-2024-1.tr.md',
    line: 4,
    field: 'text',
    says: [
      /The original, nm-2024-1\.md, has no text below its fields, so there is nothing here to translate/,
      /remove the text below the second `---`, or add the text to the original first/,
    ],
  },
  {
    rule: 'a translation translates nothing',
    change: (c) => c.write(C, '---\n---\n'),
    file: C,
    line: 1,
    says: [
      /This file translates nothing: it has no fields and no text/,
      /Write the fields you translate/,
      /or delete the file/,
    ],
  },
  {
    rule: 'a translation of a YAML file is empty',
    change: (c) => c.write('groups/open-forum.tr.yaml', '\n'),
    file: 'groups/open-forum.tr.yaml',
    line: 1,
    says: [/translates nothing/, /may set `description`/],
  },
  ...['night-line.TR.mdx', 'night-line.tR.mdx', 'night-line.tr-TR.mdx', 'night-line.tr_tr.mdx'].map((name): Case => ({
    rule: `a translation is named ${name}`,
    change: (c) => c.write(`commitments/${name}`, NIGHT_LINE_TR),
    file: `commitments/${name}`,
    line: 1,
    says: [
      /This looks like the `tr` translation of `night-line`/,
      /Language codes in file names are lower case, without a region: rename it to `night-line\.tr\.mdx`\./,
    ],
  })),
  ...['night-line-tr.mdx', 'night-line_tr.mdx', 'night-line-TR.mdx'].map((name): Case => ({
    rule: `a translation is named ${name}`,
    change: (c) => c.write(`commitments/${name}`, NIGHT_LINE_TR),
    file: `commitments/${name}`,
    line: 1,
    says: [
      /^This looks like the `tr` translation of `night-line`\. A translation's language code goes after a dot: rename it to `night-line\.tr\.mdx`\.$/,
    ],
  })),
  {
    rule: 'site.yaml’s translation is named site.TR.yaml',
    change: (c) => c.write('site.TR.yaml', 'description: Küçük bir deneme ortaklığı.\n'),
    file: 'site.TR.yaml',
    line: 1,
    says: [/Language codes in file names are lower case, without a region: rename it to `site\.tr\.yaml`\./],
  },
  {
    rule: 'a translation misspells a field',
    change: (c) => c.write(C, NIGHT_LINE_TR.replace('title:', 'titel:')),
    file: C,
    line: 2,
    field: 'titel',
    says: [
      /^`titel` is not a field of a commitment, so there is nothing of the original’s to translate\. Did you mean `title`\?/,
    ],
  },
  {
    rule: 'a translation’s field name has a Cyrillic letter in it',
    change: (c) => c.write(C, NIGHT_LINE_TR.replace('summary:', 'summ\u0430ry:')),
    file: C,
    line: 3,
    field: 'summ\u0430ry',
    says: [
      /^`summ\u0430ry` has a letter that looks like a but is not, from another alphabet: delete the name and type `summary` again\./,
    ],
  },
  {
    rule: 'a translation’s field name has an invisible character in it',
    change: (c) => c.write(C, NIGHT_LINE_TR.replace('summary:', 'summ\u200bary:')),
    file: C,
    line: 3,
    field: 'summ\u200bary',
    says: [/^`summ\\u200bary` has a character you cannot see \(U\+200B\): delete the name and type `summary` again\./],
  },
  {
    rule: 'a translated field is null',
    change: (c) => c.write(C, NIGHT_LINE_TR.replace('title: Gece hattı', 'title: null')),
    file: C,
    line: 2,
    field: 'title',
    says: [/^`title` is empty: write its translation, or remove the line/],
  },
  {
    rule: 'a translated field is a number',
    change: (c) => c.write(C, NIGHT_LINE_TR.replace('title: Gece hattı', 'title: 12345')),
    file: C,
    line: 2,
    field: 'title',
    says: [/^`title` is read as a number, but a translation holds words: put the words in quotes, like "12345"\./],
  },
  {
    rule: 'a translated list item is a bare dash',
    change: (c) => c.write('visions/plan.tr.mdx', '---\naims:\n  -\n  - title: Kriz\n---\n'),
    file: 'visions/plan.tr.mdx',
    line: 3,
    field: 'aims › item 1',
    says: [
      /^`aims › item 1` is empty: write `\{\}` to leave this item in the original’s words, or write the fields it translates\./,
    ],
  },
  {
    rule: 'a translation’s text holds a personal email address',
    change: (c) => c.write(C, NIGHT_LINE_TR.replace('Metin.', 'Yazın: `ayse.yilmaz@mail.example`')),
    file: C,
    line: 6,
    says: [/email address/],
  },
];

describe.each(cases)('when $rule', ({ change, languages, file, line, field, says }) => {
  it('reports one problem naming the file, line and field, with how to fix it', () => {
    const { problems } = checkedAfter(change, languages);
    expect(problems, JSON.stringify(problems, null, 2)).toHaveLength(1);
    const [problem] = problems as [Problem];
    expect(problem.file).toBe(`src/content/${file}`);
    expect(problem.line).toBe(line);
    expect(problem.field).toBe(field);
    for (const phrase of says) expect(problem.message).toMatch(phrase);
  });
});

describe('a translation that is refused', () => {
  it('is not handed to the site', () => {
    const checked = checkedAfter((c) =>
      c.write(C, NIGHT_LINE_TR.replace('summary:', 'partner: peer-voices\nsummary:')),
    );
    expect(checked.problems).toHaveLength(1);
    expect(checked.translations).toEqual([]);
  });
});

describe('a translation of an original with a problem of its own', () => {
  it('is not told to copy the original’s mistake: only the original is told', () => {
    const checked = checkedAfter((c) => {
      c.write(C, NIGHT_LINE_TR);
      c.edit('commitments/night-line.mdx', 'summary: Answer calls at night.', 'summary:\n  - Answer calls at night.');
    });
    expect(checked.problems.map((p) => [p.file, p.field])).toEqual([
      ['src/content/commitments/night-line.mdx', 'summary'],
    ]);
    expect(checked.translations).toEqual([]);
  });
});

describe('a translation’s links and pictures', () => {
  it('may leave out a link its original has, and link again where the original does', () => {
    const checked = checkedAfter((c) => {
      c.edit(
        'commitments/night-line.mdx',
        'Body.',
        'Body, with [the report](https://council.northmoor.example/report) and [the plan](/visions/plan/).',
      );
      c.write(
        C,
        NIGHT_LINE_TR.replace(
          'Metin.',
          '[Rapor](https://council.northmoor.example/report), ve yine [rapor](https://council.northmoor.example/report).',
        ),
      );
    });
    expect(checked.problems).toEqual([]);
    expect(checked.translations).toHaveLength(1);
  });

  it('may link to a place on its own page, whose name follows its own headings', () => {
    const checked = checkedAfter((c) => c.write(C, NIGHT_LINE_TR.replace('Metin.', '## Nasıl\n\n[Yukarı](#nasil)')));
    expect(checked.problems).toEqual([]);
  });
});

describe('a translated field with other numbers than the original’s', () => {
  const withMeasure = (c: Copy, target: string) => {
    c.edit(
      'commitments/night-line.mdx',
      'due: 2024-12-31',
      'due: 2024-12-31\nmeasures:\n  - name: Calls answered\n    target: At least 5',
    );
    c.write(C, `---\nmeasures:\n  - name: Cevaplanan aramalar\n    target: ${target}\n---\n`);
  };

  it('is a warning naming the file, line and field, and the numbers on each side', () => {
    const checked = checkedAfter((c) => withMeasure(c, 'En az 2'));
    expect(checked.problems).toEqual([]);
    expect(checked.warnings).toHaveLength(1);
    expect(checked.warnings[0]).toMatchObject({
      file: `src/content/${C}`,
      line: 4,
      field: 'measures › item 1 › target',
      severity: 'warning',
    });
    expect(checked.warnings[0]!.message).toMatch(
      /^`measures › item 1 › target` says 2 where the original says 5: a translation cannot change a number\. Check the numbers match the original, night-line\.mdx\./,
    );
  });

  it('still lets the translation be published', () => {
    expect(checkedAfter((c) => withMeasure(c, 'En az 2')).translations).toHaveLength(1);
  });

  it('says a number the original does not have', () => {
    const checked = checkedAfter((c) => withMeasure(c, 'Haftada en az 5, 7 gün'));
    expect(checked.warnings[0]!.message).toMatch(/^`measures › item 1 › target` says 7 where the original does not:/);
  });

  it('is not a warning when the translation writes the number in words', () => {
    expect(checkedAfter((c) => withMeasure(c, 'En az beş')).warnings).toEqual([]);
  });

  it.each(['Aramalar 21:00 ile 07.00 arasında yanıtlanır.', 'Aramalar akşam 9’dan sabah 7’ye kadar yanıtlanır.'])(
    'is not a warning when a time is written on the other clock or as an hour: %s',
    (summary) => {
      const checked = checkedAfter((c) => {
        c.edit(
          'commitments/night-line.mdx',
          'summary: Answer calls at night.',
          'summary: Answer calls from 9pm to 7am.',
        );
        c.write(C, `---\nsummary: ${summary}\n---\n`);
      });
      expect(checked.warnings).toEqual([]);
    },
  );

  it('is not a warning when the numbers are the same, in Arabic-Indic digits', () => {
    const checked = checkedAfter((c) => withMeasure(c, 'على الأقل ٥'));
    expect(checked.warnings).toEqual([]);
  });

  it('is not a warning on a line marked as reviewed', () => {
    const checked = checkedAfter((c) => withMeasure(c, 'En az 2  # reviewed: wording'));
    expect(checked.warnings).toEqual([]);
  });
});

describe('the example content', () => {
  it('translates the vision with its Easy Read, the crisis café and the help services into Turkish, Polish and Arabic', () => {
    const { problems, translations } = checkContent(PROJECT);
    expect(problems).toEqual([]);
    for (const language of ['tr', 'pl', 'ar']) {
      const of = (collection: string, id: string) =>
        translations.find((t) => t.collection === collection && t.of === id && t.language === language)?.data;
      expect(of('visions', 'wrenfold-vision')?.easyRead, language).toBeDefined();
      expect(of('commitments', 'crisis-cafe')?.easyRead, language).toBeDefined();
      expect(of('site', 'site')?.help, language).toHaveLength(6);
    }
  });
});

describe('a picture’s alt text', () => {
  const EASY_READ = [
    'easyRead:',
    '  title: Our plan',
    '  sections:',
    '    - heading: Help',
    '      lines:',
    '        - text: You can get help at home.',
    '          picture: house',
    '        - text: You can call us.',
    '',
  ].join('\n');
  const withEasyRead = (c: Copy, translation: string) => {
    c.edit('visions/plan.mdx', 'coProduction:', `${EASY_READ}coProduction:`);
    c.write('visions/plan.tr.mdx', translation);
  };
  const lines = (second: string) =>
    [
      '---',
      'easyRead:',
      '  sections:',
      '    - lines:',
      '        - text: Evde yardım alabilirsiniz.',
      '          alt: Bir ev',
      `        - ${second}`,
      '---',
      '',
    ].join('\n');

  it('may be given by a translation where the original shows a picture without it', () => {
    const checked = checkedAfter((c) => withEasyRead(c, lines('text: Bizi arayabilirsiniz.')));
    expect(checked.problems).toEqual([]);
    expect(checked.translations).toHaveLength(1);
  });

  it('is refused on a line with no picture, with its line and field', () => {
    const { problems } = checkedAfter((c) => withEasyRead(c, lines('{ text: Bizi arayabilirsiniz., alt: Telefon }')));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'src/content/visions/plan.tr.mdx',
      line: 7,
      field: 'easyRead › sections › item 1 › lines › item 2 › alt',
    });
    expect(problems[0]!.message).toMatch(/is not in the original, plan\.mdx, so there are no words here to translate/);
  });
});
