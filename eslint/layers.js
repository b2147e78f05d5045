// @ts-check
// The rule that keeps the layers apart (see ARCHITECTURE.md). It judges each relative import by the
// path it names, worked out from the importing file's own place on disk: no resolver is needed,
// so an import is judged even when the file it names does not exist, and nothing native is
// installed for it.
import { dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';

/**
 * @typedef {{ target: string | string[], from: string | string[], except?: string[], message: string }} Zone
 * A zone: files under `target` may not import anything under `from`, except what is under
 * `except` (folders relative to `from`, like `./model`).
 */

const asList = (/** @type {string | string[]} */ value) => (Array.isArray(value) ? value : [value]);
const withoutEnding = (/** @type {string} */ path) => path.slice(0, path.length - extname(path).length);

/** True when `path` is the place (a folder or one file) or inside it; a file matches with or without its ending. */
function isIn(/** @type {string} */ path, /** @type {string} */ place) {
  return path === place || path.startsWith(place + sep) || withoutEnding(path) === withoutEnding(place);
}

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps each layer of src/ from importing a layer above it.' },
    schema: [
      {
        type: 'object',
        properties: { root: { type: 'string' }, zones: { type: 'array' } },
        required: ['root', 'zones'],
        additionalProperties: false,
      },
    ],
  },
  create(context) {
    const { root, zones } = /** @type {{ root: string, zones: Zone[] }} */ (context.options[0]);
    // Astro's processor hands each <script> block over under a made-up name below the component's
    // own; the physical file is where relative imports are written from.
    const file = context.physicalFilename;
    const mine = zones.filter((zone) => asList(zone.target).some((target) => isIn(file, resolve(root, target))));
    if (mine.length === 0) return {};

    /** @param {import('estree').Node | null | undefined} source */
    function judge(source) {
      if (!source || source.type !== 'Literal' || typeof source.value !== 'string') return;
      const spec = source.value;
      if (!spec.startsWith('.') && !isAbsolute(spec)) return;
      const imported = resolve(dirname(file), spec);
      for (const zone of mine) {
        const from = asList(zone.from).map((place) => resolve(root, place));
        const home = from.find((place) => isIn(imported, place));
        if (!home) continue;
        if ((zone.except ?? []).some((folder) => isIn(imported, resolve(home, folder)))) continue;
        context.report({
          node: source,
          message: `${zone.message} (This file imports "${spec}", which is ${relative(root, imported).split(sep).join('/')}.)`,
        });
        return;
      }
    }

    return {
      ImportDeclaration: (node) => judge(node.source),
      ExportAllDeclaration: (node) => judge(node.source),
      ExportNamedDeclaration: (node) => judge(node.source),
      ImportExpression: (node) => judge(node.source),
    };
  },
};

export default { meta: { name: 'portal' }, rules: { layers: rule } };
