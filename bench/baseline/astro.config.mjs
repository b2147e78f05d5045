// @ts-check
// The bare baseline the benchmark measures the portal against: the same Astro, its MDX integration
// compiling every entry into a module, and one page per entry showing its title and body. Nothing else.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  integrations: [mdx()],
  markdown: { syntaxHighlight: false },
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
