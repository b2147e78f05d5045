// Wires each collection's folder to its schema. The schemas and every rule live in src/lib;
// the content check (src/integrations/content-check.ts) has already run by the time these load.
import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { parse } from 'yaml';
import { collections as contract, siteSchema, type CollectionName } from './lib/schema/index.ts';

const base = './src/content';

/** An entry's id is its file name without the ending, wherever it sits in the folder. */
const fileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

function fromFolder<N extends CollectionName>(name: N) {
  const { endings, schema } = contract[name];
  const pattern = `**/*.{${endings.map((e) => e.slice(1)).join(',')}}`;
  return defineCollection({ loader: glob({ pattern, base: `${base}/${name}`, generateId: fileName }), schema });
}

/** site.yaml is one file holding one entry, `site`. */
const site = defineCollection({
  loader: {
    name: 'site-yaml',
    load: async ({ store, parseData, config }) => {
      const file = new URL(`${base}/site.yaml`, config.root);
      const data = await parseData({ id: 'site', data: parse(readFileSync(file, 'utf8')) });
      store.set({ id: 'site', data });
    },
  },
  schema: siteSchema,
});

export const collections = {
  site,
  partners: fromFolder('partners'),
  themes: fromFolder('themes'),
  groups: fromFolder('groups'),
  visions: fromFolder('visions'),
  commitments: fromFolder('commitments'),
  updates: fromFolder('updates'),
  minutes: fromFolder('minutes'),
  inputs: fromFolder('inputs'),
};
