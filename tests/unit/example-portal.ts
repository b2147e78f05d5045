// The example partnership as the read model sees it: the content check's valid entries handed to
// buildPortal, as the site does, for tests that must hold for every entry of real content.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateContent } from '../../bench/generate.ts';
import { checkContent } from '../../src/check/check.ts';
import { buildPortal, type Entry, type Portal } from '../../src/model/read-model.ts';
import type { ValidEntry } from '../../src/check/validate.ts';
import { PROJECT } from '../helpers/fixture.ts';

const plain = <T>(entries: ValidEntry<T>[]): Entry<T>[] => entries.map((e) => ({ id: e.raw.id, data: e.data }));

/** The example content's read model, as of `today`, in `language` (its own, unless given) with its translations. */
export function examplePortal(today: string, language?: string): Portal {
  return portalOf(PROJECT, today, language);
}

/** The read model of `entries` entries of the benchmark's generated content, as of 1 December 2026. */
export function generatedPortal(entries: number, seed: number): Portal {
  const root = mkdtempSync(join(tmpdir(), 'portal-generated-'));
  try {
    generateContent({
      entries,
      seed,
      root,
      siteYaml: readFileSync(join(PROJECT, 'src/content/site.yaml'), 'utf8'),
      today: GENERATED_DAY,
    });
    return portalOf(root, GENERATED_DAY);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

const GENERATED_DAY = '2026-12-01';

function portalOf(root: string, today: string, language?: string): Portal {
  const content = checkContent(root, { today });
  if (!content.site) throw new Error('The example content has no site.yaml.');
  return buildPortal(
    {
      site: content.site.data,
      partners: plain(content.partners),
      themes: plain(content.themes),
      groups: plain(content.groups),
      visions: plain(content.visions),
      commitments: plain(content.commitments),
      updates: plain(content.updates),
      minutes: plain(content.minutes),
      inputs: plain(content.inputs),
      reviews: plain(content.reviews),
      checkins: plain(content.checkins),
      translations: content.translations.map((t) => ({
        collection: t.collection,
        of: t.of,
        language: t.language,
        data: t.data,
      })),
    },
    today,
    language,
  );
}
