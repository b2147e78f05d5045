// Wires each collection's folder to its schema. The schemas and every rule live in src/lib;
// the content check (src/integrations/content-check.ts) has already run by the time these load.
import { readFileSync } from 'node:fs';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { parse } from 'yaml';
import {
  collections as contract,
  commitmentSchema,
  groupSchema,
  inputSchema,
  minutesSchema,
  partnerSchema,
  siteSchema,
  themeSchema,
  updateSchema,
  visionSchema,
  type CollectionName,
} from './lib/schema/index.ts';

const base = './src/content';

/** An entry's id is its file name without the ending, wherever it sits in the folder. */
const fileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

/** Every file with one of the collection's endings, anywhere in its folder. */
function folder(name: CollectionName) {
  const pattern = `**/*.{${contract[name].endings.map((e) => e.slice(1)).join(',')}}`;
  return glob({ pattern, base: `${base}/${name}`, generateId: fileName });
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
  partners: defineCollection({ loader: folder('partners'), schema: partnerSchema }),
  themes: defineCollection({ loader: folder('themes'), schema: themeSchema }),
  groups: defineCollection({ loader: folder('groups'), schema: groupSchema }),
  visions: defineCollection({ loader: folder('visions'), schema: visionSchema }),
  commitments: defineCollection({ loader: folder('commitments'), schema: commitmentSchema }),
  updates: defineCollection({ loader: folder('updates'), schema: updateSchema }),
  minutes: defineCollection({ loader: folder('minutes'), schema: minutesSchema }),
  inputs: defineCollection({ loader: folder('inputs'), schema: inputSchema }),
};
