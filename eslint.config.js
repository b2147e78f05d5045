// @ts-check
// ESLint: the recommended rules of ESLint, typescript-eslint (the fast set, not the type-checked one) and
// eslint-plugin-astro, plus the layer rules that keep src/ in the order the README describes.
// Layout is Prettier's job (`npm run format`). None of these presets turns on a formatting rule, so
// eslint-config-prettier is not needed: against its list, the one rule on here is no-unexpected-multiline, a bug check
// that it switches off only as a precaution.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import portal from './eslint/layers.js';

/**
 * The layers, lowest first. `allowed` lists the src/ folders a layer may import from, besides itself;
 * `message` is what a person reads when an import goes the wrong way.
 * @type {{ layer: string, allowed: string[], message: string }[]}
 */
const LAYERS = [
  {
    layer: 'src/contract',
    allowed: [],
    message:
      'src/contract is the bottom layer: it may import only other files in src/contract (and packages such as astro/zod). ' +
      'Move the shared piece down into src/contract, or do this work in the layer that needs it.',
  },
  {
    layer: 'src/model',
    allowed: ['src/contract'],
    message:
      'src/model is pure: it may import only src/contract. ' +
      'Move this to src/site (or the layer that needs it) and pass the value in.',
  },
  {
    layer: 'src/check',
    allowed: ['src/contract', 'src/model'],
    message:
      'src/check reads and checks content: it may import only src/contract and src/model. ' +
      'Words, routes and charts belong to src/present and the site; the check must not depend on them.',
  },
  {
    layer: 'src/present',
    allowed: ['src/contract', 'src/model'],
    message:
      'src/present turns values into words, routes and chart specs: it may import only src/contract and src/model. ' +
      'Move this to the site, or pass the value in.',
  },
  {
    layer: 'src/client',
    allowed: ['src/contract', 'src/model', 'src/present'],
    message:
      'src/client runs in the browser: it may import only src/present, src/model and src/contract. ' +
      'The check, the site and Node code must not end up in the page bundle.',
  },
];

/** The site: Astro pages, components, layouts, integrations and config. It may import every layer. */
const SITE = [
  'src/site',
  'src/components',
  'src/layouts',
  'src/pages',
  'src/integrations',
  'src/styles',
  'src/content.config.ts',
  'astro.config.mjs',
];

/**
 * The zones of the layer rule (eslint/layers.js). Each forbidden import matches exactly one zone, so it is reported once.
 * Paths are directories (or single files), not globs, so a checkout under a folder with glob characters still works.
 */
const zones = [
  ...LAYERS.map(({ layer, allowed, message }) => ({
    target: layer,
    from: 'src',
    // `except` is relative to `from`.
    except: [layer, ...allowed].map((dir) => `./${dir.slice('src/'.length)}`),
    message,
  })),
  {
    target: ['src', 'astro.config.mjs'],
    from: ['bin', 'tests'],
    message:
      'Nothing in src/ may import from bin/ or tests/: they use src/, never the other way round. ' +
      'Move the shared code into the src/ layer it belongs to.',
  },
  {
    target: 'bin',
    from: ['src/client', ...SITE],
    message:
      'bin/ tools run in Node, outside Astro: they may import src/contract, src/check, src/model and src/present, ' +
      'not src/client or the site (src/site, components, layouts, pages, integrations, config).',
  },
];

/** The layers that must run outside Astro (in bin/, in tests, in the browser) may not import astro:* modules. */
const ASTRO_FREE = {
  'src/contract':
    'src/contract must load outside Astro (bin/ tools read it): no astro:* imports. Use astro/zod for schemas.',
  'src/model':
    'src/model is pure: no astro:* imports. Read collections in src/site (portal-data.ts) and pass the data in.',
  'src/present':
    'src/present must run outside Astro (tests, the browser): no astro:* imports. Get the data in src/site and pass it in.',
};

/**
 * The rules that keep astro:* out of one layer: static imports and re-exports (no-restricted-imports), and the
 * import() call and import('...') type that no-restricted-imports does not see.
 * @param {[string, string]} layerAndMessage
 * @returns {import('eslint').Linter.Config}
 */
function astroFree([layer, message]) {
  return {
    name: `portal/astro-free/${layer}`,
    files: [`${layer}/**`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['astro:*'], message }] }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression[source.value=/^astro:/]', message },
        { selector: 'TSImportType[source.value=/^astro:/]', message },
      ],
    },
  };
}

const root = import.meta.dirname;

export default defineConfig([
  globalIgnores(
    ['dist/', 'node_modules/', 'src/content/', 'tests/fixtures/', 'public/', '.astro/', '.scratch/', 'test-results/'],
    'portal/ignores',
  ),

  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,

  {
    name: 'portal/all',
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
    },
    rules: {
      // An argument, caught error or array slot that must be there but is not used is named with a leading `_`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
    },
  },

  {
    // Plain JavaScript config files run in Node.
    name: 'portal/node-js',
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: globals.node },
  },

  {
    name: 'portal/layers',
    files: ['**/*.{js,mjs,cjs,ts,mts,cts,astro}'],
    plugins: { portal },
    rules: {
      'portal/layers': ['error', { root, zones }],
    },
  },

  ...Object.entries(ASTRO_FREE).map(astroFree),
]);
