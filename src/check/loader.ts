// The content collections' loader: the build publishes exactly what the content check read and
// validated, through the same reader. No content file is handed to Vite, Astro's Markdown or the
// MDX compiler, so nothing a contributor writes is ever compiled into JavaScript.
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import type { CheckedContent } from './check.ts';
import { CHECKER, type Checker } from './checker-handle.ts';
import { errorsOf, formatReport } from './problem.ts';
import type { CollectionName } from '../contract/index.ts';

/**
 * The checker the content-check integration loaded (./checked-content.ts), or, where it did not
 * run (a test loading the content config alone), the same module loaded here.
 */
async function checker(): Promise<Checker> {
  const loaded = (globalThis as Record<symbol, Checker | undefined>)[CHECKER];
  return loaded ?? (await import('./checked-content.ts')).checker;
}

/** A loader for one collection (or `site`), fed from the checked content. */
export function contentLoader(name: CollectionName | 'site'): Loader {
  return {
    name: `portal-content-${name}`,
    load: async ({ store, config, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const fill = (checked: CheckedContent) => {
        store.clear();
        const entries = name === 'site' ? (checked.site ? [checked.site] : []) : checked[name];
        for (const { raw, data } of entries) {
          store.set({
            id: raw.id,
            data: data as Record<string, unknown>,
            filePath: raw.file,
            ...(raw.rendered
              ? { rendered: { html: raw.rendered.html, metadata: { headings: raw.rendered.headings } } }
              : {}),
          });
        }
      };
      const { checkedContent, checkOrStop } = await checker();
      fill(checkOrStop(root, config.base, logger));
      // While `astro dev` runs: re-check on every change; publish only content that passes.
      watcher?.on('all', (_event: string, path: string) => {
        if (!path.includes('/src/content/')) return;
        const checked = checkedContent(root, config.base, true);
        if (errorsOf(checked.problems).length)
          logger.error(
            `\n${formatReport([...checked.problems, ...(checked.warnings ?? [])])}\n\nThe site keeps showing the last valid content until these are fixed.`,
          );
        else {
          if (checked.warnings?.length)
            (logger.warn ?? logger.error).call(logger, `\n${formatReport(checked.warnings)}`);
          fill(checked);
        }
      });
    },
  };
}

/** The shape each translation takes in the `translations` collection (src/content.config.ts). */
export interface StoredTranslation {
  collection: string;
  of: string;
  language: string;
  /** The fields it translates: words only, as the check passed them. */
  fields: Record<string, unknown>;
}

/**
 * The loader of every translation the check passed, one collection for all: each is stored under
 * `<collection>/<original id>/<language>`, with its body's HTML when it translates the body. They
 * are never entries of their own collections; the read model lays each over its original.
 */
export function translationsLoader(): Loader {
  return {
    name: 'portal-content-translations',
    load: async ({ store, config, logger, watcher }) => {
      const root = fileURLToPath(config.root);
      const fill = (checked: CheckedContent) => {
        store.clear();
        for (const t of checked.translations ?? []) {
          const data: StoredTranslation = { collection: t.collection, of: t.of, language: t.language, fields: t.data };
          store.set({
            id: `${t.collection}/${t.of}/${t.language}`,
            data: data as unknown as Record<string, unknown>,
            filePath: t.raw.file,
            ...(t.raw.rendered && t.raw.body.trim() !== ''
              ? { rendered: { html: t.raw.rendered.html, metadata: { headings: t.raw.rendered.headings } } }
              : {}),
          });
        }
      };
      const { checkedContent, checkOrStop } = await checker();
      fill(checkOrStop(root, config.base, logger));
      watcher?.on('all', (_event: string, path: string) => {
        if (!path.includes('/src/content/')) return;
        const checked = checkedContent(root, config.base, true);
        if (errorsOf(checked.problems).length === 0) fill(checked);
      });
    },
  };
}
