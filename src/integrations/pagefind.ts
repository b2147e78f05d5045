// Builds the search index when the site build finishes, with Pagefind's Node API, so every build
// leaves a fresh index beside the pages it describes. `npm run build` sets PORTAL_SEARCH_INDEX=after
// and runs Pagefind's own command once Astro has exited instead: Pagefind then never holds its
// index in memory while Astro still holds the whole site's (together over 2 GB at 10,000 entries).
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

export function pagefind(): AstroIntegration {
  return {
    name: 'pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env.PORTAL_SEARCH_INDEX === 'after') {
          logger.info('The search index is built next, by `pagefind`, once this build has ended.');
          return;
        }
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex();
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
          if (written.errors.length) throw new Error(written.errors.join('\n'));
          logger.info(`Search index built: ${added.page_count} pages.`);
        } finally {
          await close();
        }
      },
    },
  };
}
