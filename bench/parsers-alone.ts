// The work no content check built on the project's readers can avoid: every content file
// read and parsed by the two readers the check uses (the YAML parser for data and front matter,
// the Markdown and MDX reader for bodies) and nothing else, on one thread. `npm run bench` prints
// it beside the check's own time, so the share of the check that is its own work can be seen.
//   node bench/parsers-alone.ts <project root>   prints {"wallMs":…,"cpuMs":…,"yamlMs":…,"markdownMs":…}
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { parseBody } from '../src/check/body/parse.ts';
import { listContent } from '../src/check/files.ts';
import { YAML_OPTIONS } from '../src/check/read.ts';

const root = process.argv[2]!;
const { files } = listContent(join(root, 'src', 'content'), root);
const texts = files.map((f) => ({ path: f.path, text: readFileSync(f.path, 'utf8') }));

const yaml = (text: string) => parseDocument(text, { lineCounter: new LineCounter(), ...YAML_OPTIONS }).toJS();
const startCpu = process.cpuUsage();
const started = performance.now();
let yamlMs = 0;
let markdownMs = 0;
for (const { path, text } of texts) {
  const at = performance.now();
  if (/\.ya?ml$/.test(path)) {
    yaml(text);
    yamlMs += performance.now() - at;
    continue;
  }
  // The generated content's front matter: between a first line `---` and the next.
  const close = text.indexOf('\n---\n', 3);
  yaml(text.slice(4, close + 1));
  const parsed = performance.now();
  yamlMs += parsed - at;
  const { failure } = parseBody(text.slice(close + 5), path.endsWith('.mdx') ? 'mdx' : 'md');
  if (failure) throw new Error(`${path}: ${failure.message}`);
  markdownMs += performance.now() - parsed;
}
const cpu = process.cpuUsage(startCpu);
console.log(
  JSON.stringify({
    files: texts.length,
    wallMs: performance.now() - started,
    cpuMs: (cpu.user + cpu.system) / 1000,
    yamlMs,
    markdownMs,
  }),
);
