// A translation can never change a fact, and a translated body is made safe exactly as an
// original's: properties over every collection of the example content, and over bodies no one
// wrote by hand.
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type CheckedContent } from '../../src/check/check.ts';
import { errorsOf, fieldName } from '../../src/check/problem.ts';
import type { RawEntry } from '../../src/check/read.ts';
import { checkTranslations, type TranslationRead } from '../../src/check/translations.ts';
import {
  SITE_TRANSLATABLE,
  collections,
  isTranslatable,
  overlayWords,
  type Site,
  type TranslatableFields,
} from '../../src/contract/index.ts';
import { copyFixture, PROJECT, type Copy } from '../helpers/fixture.ts';
import { CANARY, HOSTILE_PIECES } from './cases.ts';
import { unsafeParts } from './safe-html.ts';

type Path = (string | number)[];

let example: CheckedContent;
beforeAll(() => {
  example = checkContent(PROJECT);
});

/** Every entry of the example content with its collection's words: one of each collection, and site.yaml. */
function originals(): { collection: string; entry: RawEntry; fields: TranslatableFields }[] {
  const found = Object.entries(example.byCollection).flatMap(([collection, entries]) =>
    entries.map((e) => ({
      collection,
      entry: e.raw,
      fields: collections[collection as keyof typeof collections].translatable!,
    })),
  );
  return [...found, { collection: 'site', entry: example.site!.raw, fields: SITE_TRANSLATABLE }];
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Every path to a value that is not a list or a set of fields. */
function leaves(value: unknown, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
  if (isObject(value)) return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
  return [path];
}

const at = (value: unknown, path: Path): unknown =>
  path.reduce<unknown>((v, step) => (v as Record<string | number, unknown> | undefined)?.[step], value);

/** A translation setting only `path` to `value`: other items of its lists are empty, or the original's words. */
function setting(original: unknown, path: Path, value: unknown): unknown {
  if (path.length === 0) return value;
  const [step, ...rest] = path;
  if (Array.isArray(original))
    return original.map((item, i) => (i === step ? setting(item, rest, value) : isObject(item) ? {} : item));
  return { [step!]: setting((original as Record<string, unknown>)[step!], rest, value) };
}

/** Everything of `data` but the words at translatable paths. */
function facts(data: unknown, fields: TranslatableFields): Record<string, unknown> {
  return Object.fromEntries(
    leaves(data)
      .filter((path) => !(isTranslatable(path, fields) && typeof at(data, path) === 'string'))
      .map((path) => [path.join('.'), at(data, path)]),
  );
}

const check = (collection: string, original: RawEntry, data: unknown) => {
  const entry = { ...original, file: `${original.file}.tr`, id: `${original.id}.tr`, data, lineOf: () => 1 };
  const read: TranslationRead = {
    source: { collection, path: entry.file, file: original.file, translates: { of: original.id, language: 'tr' } },
    entry,
  };
  return checkTranslations(
    [read],
    {
      get: (c, id) => (c === collection && id === original.id ? { entry: original, valid: true } : undefined),
      ids: () => [],
    },
    { ...(example.site!.data as Site), languages: ['en', 'tr'] },
    collections,
  );
};

describe('a translation of any entry of any collection', () => {
  it('is refused when it sets any field that is a fact, and passes when it sets words alone', () => {
    const all = originals();
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.nat(),
        fc.oneof(fc.string({ minLength: 1 }), fc.integer(), fc.boolean(), fc.constant('2099-01-01')),
        ({ collection, entry, fields }, pick, value) => {
          const paths = leaves(entry.data);
          const path = paths[pick % paths.length]!;
          fc.pre(value !== at(entry.data, path));
          const { problems, valid } = check(collection, entry, setting(entry.data, path, value));
          const words = isTranslatable(path, fields) && typeof at(entry.data, path) === 'string';
          if (words && typeof value === 'string' && value.trim() !== '') {
            // Words with numbers the original does not have are warned of, never refused.
            expect(errorsOf(problems)).toEqual([]);
            expect(valid).toHaveLength(1);
          } else {
            expect(valid).toEqual([]);
            const named = path.map((_, i) => fieldName(path.slice(0, i + 1)));
            expect(problems.some((p) => named.includes(p.field!))).toBe(true);
          }
        },
      ),
      { numRuns: 800 },
    );
  });

  it('leaves every fact of the original as it is when laid over it, whatever it holds', () => {
    const all = originals();
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.anything(), fc.nat(), fc.anything(), (o, noise, pick, value) => {
        const paths = leaves(o.entry.data);
        const aimed = setting(o.entry.data, paths[pick % paths.length]!, value);
        for (const translation of [noise, aimed]) {
          const laid = overlayWords(o.entry.data, translation, o.fields);
          expect(facts(laid, o.fields)).toEqual(facts(o.entry.data, o.fields));
        }
      }),
      { numRuns: 800 },
    );
  });
});

let copy: Copy | undefined;
afterEach(() => copy?.dispose());

const body = fc.array(fc.constantFrom(...HOSTILE_PIECES), { maxLength: 20 }).map((parts) => parts.join(''));

describe('a translated body', () => {
  it('is refused, or made safe, exactly as the same body in the original', () => {
    copy = copyFixture();
    copy.edit('site.yaml', 'exampleContent: false', 'exampleContent: false\nlanguages: [en, tr]');
    const original = copy.read('commitments/night-line.mdx');
    const head = original.slice(0, original.lastIndexOf('---') + 4);
    fc.assert(
      fc.property(body, (text) => {
        copy!.write('commitments/night-line.mdx', `${head}\n${text}\n`);
        const asOriginal = checkContent(copy!.root);
        // The original keeps the same text, so the translation links to what it links to.
        copy!.write('commitments/night-line.tr.mdx', `---\ntitle: Gece hattı\n---\n\n${text}\n`);
        const asTranslation = checkContent(copy!.root);
        copy!.remove('commitments/night-line.tr.mdx');
        copy!.write('commitments/night-line.mdx', original);
        // The text is on line 12 of the original and on line 5 of the translation.
        const bodyProblems = (c: CheckedContent, file: string, shift: number) =>
          c.problems
            .filter((p) => p.file === `src/content/commitments/${file}`)
            .map((p) => ({ line: p.line - shift, field: p.field, message: p.message }));
        expect(bodyProblems(asTranslation, 'night-line.tr.mdx', 4)).toEqual(
          bodyProblems(asOriginal, 'night-line.mdx', 11),
        );
        if (asOriginal.problems.length === 0) {
          const html = asTranslation.translations[0]?.raw.rendered?.html;
          expect(html).toBe(asOriginal.commitments.find((c) => c.raw.id === 'night-line')?.raw.rendered?.html);
          expect(unsafeParts(html ?? '', [CANARY])).toEqual([]);
        }
      }),
      { numRuns: 25 },
    );
  });
});
