// Runs the content check before Astro does anything else, so `astro build` and `astro dev` stop
// on the same problems as `npm run check`, listed at once with file, line and field. The
// collections' loader (src/check/loader.ts) then publishes this same checked content. Files
// unchanged since `npm run check` (or the last build) keep their results (src/check/cache.ts), so
// the content is not checked twice in a row.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkOrStop } from '../check/checked-content.ts';

export function contentCheck(): AstroIntegration {
  return {
    name: 'content-check',
    hooks: {
      'astro:config:setup': ({ config, logger, updateConfig }) => {
        const started = performance.now();
        const { cacheUse, site } = checkOrStop(fileURLToPath(config.root), config.base, logger);
        // The languages the checked site.yaml offers: Astro's routing learns them here, and the
        // pages through constants of the build (src/site/languages.ts).
        const data = site?.data as { languages?: string[]; locale?: string } | undefined;
        const locale = data?.locale ?? 'en-GB';
        const languages = data?.languages ?? [locale.split('-')[0]!];
        updateConfig({
          i18n: {
            locales: [...languages],
            defaultLocale: languages[0]!,
            routing: { prefixDefaultLocale: false, redirectToDefaultLocale: false, fallbackType: 'rewrite' },
          },
          vite: {
            define: { __PORTAL_LANGUAGES__: JSON.stringify(languages), __PORTAL_LOCALE__: JSON.stringify(locale) },
          },
        });
        const reused = cacheUse?.reused
          ? `: ${cacheUse.reused} of ${cacheUse.reused + cacheUse.checked} files unchanged since the last check`
          : '';
        logger.info(`Content checked in ${Math.round(performance.now() - started)} ms${reused}.`);
      },
    },
  };
}
