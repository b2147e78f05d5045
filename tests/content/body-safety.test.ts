// Content cannot run code: each hostile body below is caught, at its line, before anything is compiled.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CONTENT_COMPONENTS } from '../../src/lib/content/body-safety.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import type { Problem } from '../../src/lib/content/problem.ts';
import { PROJECT, copyFixture, type Copy } from '../helpers/fixture.ts';

let copy: Copy | undefined;
afterEach(() => copy?.dispose());

const U = 'updates/night-line-started.mdx'; // an MDX body: "Going well." is line 12
const I = 'inputs/nm-2024-1.md'; // a Markdown file whose body starts at line 14

function withBody(file: string, extra: string): Problem[] {
  copy = copyFixture();
  copy.write(file, `${copy.read(file)}${extra}\n`);
  return checkContent(copy.root).problems;
}

const hostile: { name: string; file: string; body: string; line: number; says: RegExp }[] = [
  { name: 'an import', file: U, body: "\nimport fs from 'node:fs';", line: 14, says: /`import` or `export` line, which would run as code/ },
  { name: 'an export that reads a secret', file: U, body: '\nexport const secret = process.env.HOME;', line: 14, says: /`import` or `export` line/ },
  { name: 'an expression', file: U, body: '\nThe key is {process.env.PORTAL_CANARY}.', line: 14, says: /curly bracket .* runs as code/ },
  { name: 'an expression in a component’s attribute', file: U, body: '\n<Quote by={process.env.USER}>Hello</Quote>', line: 14, says: /curly bracket/ },
  { name: 'a script in MDX', file: U, body: '\n<script>alert(1)</script>', line: 14, says: /`<script>` is not allowed in content/ },
  { name: 'a script in Markdown', file: I, body: '<script>alert(1)</script>', line: 14, says: /`<script>` is not allowed/ },
  { name: 'a style element', file: I, body: '<style>body { display: none }</style>', line: 14, says: /`<style>` is not allowed/ },
  { name: 'an iframe', file: I, body: '<iframe src="https://tracker.example.com/"></iframe>', line: 14, says: /`<iframe>` is not allowed/ },
  { name: 'an object', file: I, body: '<object data="movie.swf"></object>', line: 14, says: /`<object>` is not allowed/ },
  { name: 'an event handler', file: I, body: '<img src="x.png" alt="" onerror="alert(1)">', line: 14, says: /`on…=` attribute .* would run code/ },
  { name: 'a javascript: link', file: U, body: '\n[Click here](javascript:alert(1))', line: 14, says: /`javascript:` link could run code/ },
  { name: 'a data: link', file: U, body: '\n[Open](data:text/html,<b>hi</b>)', line: 14, says: /`data:` link/ },
  { name: 'a javascript: link disguised with a character reference', file: I, body: '<a href="java&#115;cript:alert(1)">x</a>', line: 14, says: /`javascript:` link/ },
  { name: 'a javascript: autolink', file: I, body: 'See <javascript:alert(1)>.', line: 14, says: /`javascript:` link/ },
  { name: 'a javascript: link definition', file: I, body: '[x]: javascript:alert(1)', line: 14, says: /`javascript:` link/ },
  { name: 'a component the site does not offer', file: U, body: '\n<Chart data="x" />', line: 14, says: /`<Chart>` is not one of the components the site offers. You can use: <Quote>, <Callout>/ },
  { name: 'a misspelt component', file: U, body: '\n<Qoute>Hello</Qoute>', line: 14, says: /Did you mean `Quote`\?/ },
  { name: 'an HTML comment in MDX', file: U, body: '\n<!-- note to self -->', line: 14, says: /HTML comments .* break MDX files/ },
];

describe.each(hostile)('a body with $name', ({ file, body, line, says }) => {
  it('is caught at its line, naming the file', () => {
    const problems = problemsOf(file, body);
    expect(problems.length, JSON.stringify(problems, null, 2)).toBeGreaterThanOrEqual(1);
    expect(problems[0]).toMatchObject({ file: `src/content/${file}`, line, field: 'text' });
    expect(problems.map((p) => p.message).join('\n')).toMatch(says);
  });
});

function problemsOf(file: string, body: string): Problem[] {
  return withBody(file, body).filter((p) => p.file === `src/content/${file}`);
}

describe('a body that only looks risky', () => {
  it.each([
    ['code in a fenced block', "\n```js\nimport x from 'y';\nconst a = { b: 1 };\n```"],
    ['braces in inline code', '\nWrite `{name}` where the name goes.'],
    ['an MDX comment', '\n{/* checked with the forum chair */}'],
    ['the site’s components', '\n<Quote by="A forum member">They listened.</Quote>\n\n<Callout title="Help now">Call 111.</Callout>'],
    ['an ordinary web link', '\n[The report](https://council.northmoor.example/report)'],
  ])('passes: %s', (_, body) => {
    expect(problemsOf(U, body)).toEqual([]);
  });
});

describe('the allowed components', () => {
  it('are exactly the components the site passes to content', () => {
    const files = readdirSync(join(PROJECT, 'src', 'components', 'content')).filter((f) => f.endsWith('.astro')).map((f) => f.replace('.astro', ''));
    expect([...CONTENT_COMPONENTS].sort()).toEqual(files.sort());
  });
});
