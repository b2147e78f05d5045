// Runs the content check before Astro does anything else, so `astro build` and `astro dev` stop
// on the same problems as `npm run check`, listed at once with file, line and field. The
// collections' loader (src/check/loader.ts) then publishes this same checked content. Files
// unchanged since `npm run check` (or the last build) keep their results (src/check/cache.ts), so
// the content is not checked twice in a row.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkOrStop } from '../check/loader.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const started = performance.now();
        const { cacheUse } = checkOrStop(fileURLToPath(config.root), config.base, logger);
        const reused = cacheUse?.reused
          ? `: ${cacheUse.reused} of ${cacheUse.reused + cacheUse.checked} files unchanged since the last check`
          : '';
        logger.info(`Content checked in ${Math.round(performance.now() - started)} ms${reused}.`);
      },
    },
  };
}
