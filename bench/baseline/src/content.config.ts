// Every collection of the generated content (BENCH_CONTENT), read by Astro's own glob loader.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const base = process.env.BENCH_CONTENT;
if (!base) throw new Error('BENCH_CONTENT must name the generated content folder.');

const withText = (folder: string) =>
  defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: `${base}/${folder}` }) });
const fieldsOnly = (folder: string) =>
  defineCollection({ loader: glob({ pattern: '**/*.yaml', base: `${base}/${folder}` }) });

export const collections = {
  partners: fieldsOnly('partners'),
  themes: fieldsOnly('themes'),
  groups: fieldsOnly('groups'),
  visions: withText('visions'),
  commitments: withText('commitments'),
  updates: withText('updates'),
  minutes: withText('minutes'),
  inputs: withText('inputs'),
};
