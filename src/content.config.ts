// Wires each collection to the one content reader (src/check). The reader lists, parses,
// validates and renders every file; these collections only hold what it returns, so the build
// can never load a file the check did not see.
import { defineCollection } from 'astro:content';
import { contentLoader } from './check/loader.ts';
import {
  commitmentSchema,
  groupSchema,
  inputSchema,
  minutesSchema,
  partnerSchema,
  siteSchema,
  themeSchema,
  updateSchema,
  visionSchema,
} from './contract/index.ts';

// The schemas give the collections their types; the data was validated by them already.
export const collections = {
  site: defineCollection({ loader: contentLoader('site'), schema: siteSchema }),
  partners: defineCollection({ loader: contentLoader('partners'), schema: partnerSchema }),
  themes: defineCollection({ loader: contentLoader('themes'), schema: themeSchema }),
  groups: defineCollection({ loader: contentLoader('groups'), schema: groupSchema }),
  visions: defineCollection({ loader: contentLoader('visions'), schema: visionSchema }),
  commitments: defineCollection({ loader: contentLoader('commitments'), schema: commitmentSchema }),
  updates: defineCollection({ loader: contentLoader('updates'), schema: updateSchema }),
  minutes: defineCollection({ loader: contentLoader('minutes'), schema: minutesSchema }),
  inputs: defineCollection({ loader: contentLoader('inputs'), schema: inputSchema }),
};
