// Runs the content check before Astro reads any content, so `astro build` and `astro dev` stop
// on the same problems as `npm run check`, all listed at once with file, line and field.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent } from '../lib/content/check.ts';
import { formatReport } from '../lib/content/problem.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const { problems } = checkContent(fileURLToPath(config.root));
        if (problems.length === 0) return;
        logger.error(`\n${formatReport(problems)}`);
        throw new Error(
          `The content has ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'}, listed above. Nothing was built.`,
        );
      },
    },
  };
}
