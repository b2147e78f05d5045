// Runs the content check before Astro does anything else, so `astro build` and `astro dev` stop
// on the same problems as `npm run check`, listed at once with file, line and field. The
// collections' loader (src/check/loader.ts) then publishes this same checked content.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkOrStop } from '../check/loader.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        checkOrStop(fileURLToPath(config.root), config.base, logger);
      },
    },
  };
}
