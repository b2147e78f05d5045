// Writes the content editor to /admin/ when the site is built: Sveltia CMS from the npm package,
// served from the site itself, with a configuration written from the schemas and a policy of its
// own. It is not part of the public site: no public page links to it or loads anything of it.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { stringify } from 'yaml';
import { cmsConfig } from '../contract/editor-config.ts';
import { collections } from '../contract/index.ts';

/** owner/name of the GitHub repository: PORTAL_REPOSITORY, or the git remote when it is on GitHub. */
export function repositoryOf(root: string, env = process.env): string | undefined {
  if (env.PORTAL_REPOSITORY)
    return /^[\w.-]+\/[\w.-]+$/.test(env.PORTAL_REPOSITORY) ? env.PORTAL_REPOSITORY : undefined;
  try {
    const remote = execFileSync('git', ['remote', 'get-url', 'origin'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return /github\.com[:/]([\w.-]+\/[\w.-]+?)(?:\.git)?$/.exec(remote)?.[1];
  } catch {
    return undefined;
  }
}

// The editor talks to GitHub's API once someone signs in; it needs inline styles (Svelte adds
// them as it runs). The public pages keep their own, stricter policy.
export const EDITOR_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
  "connect-src 'self' data: blob: https://api.github.com https://raw.githubusercontent.com",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * The editor loads three fonts from a CDN. The same files come from the npm registry's fontsource
 * packages and are served from /admin/fonts/, so the editor's icons draw without a request to
 * another site.
 */
export const FONTS: { cdn: string; from: string; file: string }[] = [
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2',
    from: '@fontsource-variable/source-sans-3',
    file: 'source-sans-3-latin-wght-normal.woff2',
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2',
    from: '@fontsource/noto-mono',
    file: 'noto-mono-latin-400-normal.woff2',
  },
  {
    cdn: 'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2',
    from: '@fontsource-variable/material-symbols-outlined',
    file: 'material-symbols-outlined-latin-wght-normal.woff2',
  },
];

/** The editor's script, inside the @sveltia/cms package folder. */
export const CMS_SCRIPT = join('dist', 'sveltia-cms.js');

/** Why the build stops when the editor's script is not installed, and what to do about it. */
export const CMS_MISSING =
  'The content editor could not be built: @sveltia/cms/dist/sveltia-cms.js is missing from node_modules. Run `npm ci` to install it, then build again.';

/**
 * The nearest folder holding `file`, from `start` upwards. The walk stops at a node_modules
 * folder (so it never leaves the installed packages) or at the top of the file system, and then
 * gives undefined: it always ends.
 */
export function findUp(
  start: string,
  file: string,
  exists: (path: string) => boolean = existsSync,
): string | undefined {
  for (let dir = start; ; dir = dirname(dir)) {
    if (exists(join(dir, file))) return dir;
    if (dirname(dir) === dir || basename(dir) === 'node_modules') return undefined;
  }
}

/** The installed @sveltia/cms package folder; throws CMS_MISSING when it or its script is not there. */
export function cmsFolder(root: string, exists: (path: string) => boolean = existsSync): string {
  let main: string;
  try {
    // The package's exports hide its package.json, so its folder is found from its main file.
    main = createRequire(join(root, 'package.json')).resolve('@sveltia/cms');
  } catch {
    throw new Error(CMS_MISSING);
  }
  const found = findUp(dirname(main), CMS_SCRIPT, exists);
  if (found === undefined) throw new Error(CMS_MISSING);
  return found;
}

/** The language codes of Astro's `i18n.locales`, the content's own first: each a code, or a path with codes. */
export function localesOf(locales: readonly (string | { path: string })[] | undefined): string[] {
  return (locales ?? []).map((l) => (typeof l === 'string' ? l : l.path));
}

export function editorPage(title: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="no-referrer">
<meta http-equiv="content-security-policy" content="${EDITOR_CSP}">
<title>Content editor – ${title.replace(/[<&"]/g, '')}</title>
<link rel="cms-config-url" type="application/yaml" href="config.yml">
</head>
<body>
<script src="sveltia-cms.js"></script>
</body>
</html>
`;
}

export function editor(): AstroIntegration {
  let root = '';
  let languages: string[] = [];
  return {
    name: 'content-editor',
    hooks: {
      'astro:config:setup': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      // The languages the content check read from site.yaml, which it gave Astro's routing.
      'astro:config:done': ({ config }) => {
        languages = localesOf(config.i18n?.locales);
      },
      'astro:build:done': ({ dir, logger }) => {
        const repository = repositoryOf(root);
        if (!repository) {
          logger.info(
            'The content editor (/admin/) was not built: set PORTAL_REPOSITORY to the GitHub repository, like owner/portal.',
          );
          return;
        }
        const out = join(fileURLToPath(dir), 'admin');
        const cms = cmsFolder(root);
        mkdirSync(out, { recursive: true });
        let script = readFileSync(join(cms, CMS_SCRIPT), 'utf8');
        mkdirSync(join(out, 'fonts'), { recursive: true });
        for (const font of FONTS) {
          if (!script.includes(font.cdn))
            logger.warn(`The editor no longer asks for ${font.cdn}: check its fonts still draw.`);
          script = script.split(font.cdn).join(`fonts/${font.file}`);
          cpSync(join(root, 'node_modules', font.from, 'files', font.file), join(out, 'fonts', font.file));
        }
        writeFileSync(join(out, 'sveltia-cms.js'), script);
        cpSync(join(cms, 'dist', 'chunks'), join(out, 'chunks'), {
          recursive: true,
          filter: (f) => !f.endsWith('.map'),
        });
        writeFileSync(
          join(out, 'config.yml'),
          stringify(cmsConfig(repository, 'main', collections, languages), { lineWidth: 0 }),
        );
        writeFileSync(join(out, 'index.html'), editorPage('the portal'));
        logger.info(`Content editor written to /admin/ for ${repository}.`);
      },
    },
  };
}
