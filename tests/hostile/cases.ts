// Hostile content, grouped by class. Each case is one file planted in a copy of the minimal
// fixture, with the line the check must name and what it must say. The cases were written against
// the classes (code, raw HTML, URLs, files, encodings, dates, personal data, CI output), not
// against any one spelling: each class has spellings the old line-by-line check never saw.

/** The value the environment holds while hostile content is read; it must never reach a page. */
export const CANARY = `canary-${process.pid}-7f3a9c`;
/** A file a command would create if any contributed code ran. */
export const MARKER = '/tmp/portal-hostile-marker';

export type Class =
  | 'code execution'
  | 'raw HTML'
  | 'URLs'
  | 'files and links'
  | 'encodings and YAML'
  | 'dates'
  | 'personal data'
  | 'workflow output';

export interface HostileCase {
  cls: Class;
  name: string;
  /** Path under src/content. */
  file: string;
  /** The whole file, as bytes or text. */
  content: string | Buffer;
  /** The file line the check must name. */
  line: number;
  says: RegExp;
  /** Also path of the problem, when it is not `file` (uploads live outside src/content). */
  reported?: string;
}

const UPDATE_HEAD = '---\ntitle: Hostile\ndate: 2024-06-01\ncommitment: night-line\nstatus: in-progress\n---\n';
const INPUT_HEAD =
  '---\nref: NM-2024-9\nreceived: 2024-04-02\nsource: Open Forum\nthemes:\n  - crisis\nsaid: We need help.\nresponse: Noted.\noutcome: considering\n---\n';

/** An MDX update whose body (first line 7) is `body`; `line` counts from the body's first line. */
const mdx = (cls: Class, name: string, body: string, line: number, says: RegExp): HostileCase => ({
  cls,
  name,
  file: 'updates/hostile.mdx',
  content: `${UPDATE_HEAD}${body}\n`,
  line: 6 + line,
  says,
});
/** A Markdown input whose body (first line 11) is `body`. */
const md = (cls: Class, name: string, body: string, line: number, says: RegExp): HostileCase => ({
  cls,
  name,
  file: 'inputs/hostile.md',
  content: `${INPUT_HEAD}${body}\n`,
  line: 10 + line,
  says,
});

const env = `process.env.PORTAL_CANARY`;
const run = `require('node:child_process').execSync('touch ${MARKER}')`;
const CODE =
  /curly brackets|`import` or `export`|reads them as the start|not one of the components|Empty tags|among its attributes|curly brackets, which MDX reads as code/;
const TAG = (tag: string) => new RegExp(`\`<${tag}>\` is not (allowed in content|one of the HTML tags)`);
const EVENT = /attribute on `<\w+>` would run code/;
const LINK = (scheme: string) => new RegExp(`A \`${scheme}:\` address in \`(href|src|cite)\``);
const IMAGE = /The image .* cannot be shown|The image .* is missing/;
const PERSONAL = (kind: string) => new RegExp(`looks like ${kind}`);

export const CASES: HostileCase[] = [
  // Code execution: anything MDX would compile into JavaScript.
  mdx('code execution', 'an import', "import fs from 'node:fs'", 1, CODE),
  mdx('code execution', 'an export that reads the environment', `export const leak = ${env}`, 1, CODE),
  mdx('code execution', 'an export that runs a command', `export const x = ${run}`, 1, CODE),
  mdx('code execution', 'an expression', `The key is {${env}}.`, 1, CODE),
  mdx('code execution', 'an expression between two MDX comments', `{/* a */}{${env}}{/* b */}`, 1, CODE),
  mdx('code execution', 'an expression after an escaped backtick', `Text \\\`{${env}}\\\` more`, 1, CODE),
  mdx(
    'code execution',
    'an expression after a code fence that never opened',
    `Para\n\n\`\`\`\` \`\`\`\n{${env}}`,
    4,
    CODE,
  ),
  mdx('code execution', 'an expression just after a tilde fence', `~~~\ncode\n~~~\n{${env}}`, 4, CODE),
  mdx('code execution', 'an expression after a lone carriage return', `Hello\r{${env}}`, 2, CODE),
  mdx('code execution', 'an export after a lone carriage return', `Hello\r\rexport const x = ${run}`, 3, CODE),
  mdx('code execution', 'an expression in a component attribute', `<Quote by={${env}}>Hi</Quote>`, 1, CODE),
  mdx('code execution', 'a spread attribute', `<Callout {...${env}}>Hi</Callout>`, 1, CODE),
  mdx('code execution', 'an expression as a component child', `<Callout>{${env}}</Callout>`, 1, CODE),
  mdx('code execution', 'an expression inside a link', `[{${env}}](https://example.org)`, 1, CODE),
  mdx('code execution', 'an expression in a heading', `## Key: {${env}}`, 1, CODE),
  mdx('code execution', 'an expression in a table cell', `| a | b |\n| - | - |\n| {${env}} | x |`, 3, CODE),
  mdx('code execution', 'an expression in a list item', `- one\n- {${env}}`, 2, CODE),
  mdx('code execution', 'an expression in a block quote', `> {${env}}`, 1, CODE),
  mdx('code execution', 'a comment with code after it in one pair of brackets', `{/* a */ ${env}}`, 1, CODE),
  mdx('code execution', 'a template literal', `{\`\${${env}}\`}`, 1, CODE),
  mdx('code execution', 'an import after a paragraph', `Hello.\n\nimport x from './x.js'`, 3, CODE),
  mdx('code execution', 'a fragment', `<>{${env}}</>`, 1, CODE),
  mdx('code execution', 'a member component', '<a.b />', 1, CODE),
  mdx(
    'code execution',
    'a component the site does not offer',
    '<Chart data="x" />',
    1,
    /`<Chart>` is not one of the components the site offers/,
  ),
  mdx(
    'code execution',
    'an unclosed curly bracket',
    `Text {${env}`,
    1,
    /curly bracket .* not closed|reads them as the start/,
  ),
  mdx(
    'code execution',
    'a component that is never closed',
    '<Quote by="A member">Hello',
    1,
    /The tag `<Quote>` here is not closed: each `<Quote>` needs its own `<\/Quote>`/,
  ),
  mdx(
    'code execution',
    'a lone less-than sign before a number',
    'We scored a <3 rating',
    1,
    /MDX could not read a `<` here/,
  ),
  mdx('code execution', 'a script element in MDX', `<script>fetch('/x?'+document.cookie)</script>`, 1, TAG('script')),
  mdx('code execution', 'a style element in MDX', '<style>{`body{display:none}`}</style>', 1, CODE),

  // Raw HTML that could run, redirect, restyle or load from elsewhere.
  md('raw HTML', 'a script', '<script>alert(1)</script>', 1, TAG('script')),
  md('raw HTML', 'a script in upper case', '<SCRIPT SRC="/x.js"></SCRIPT>', 1, TAG('script')),
  md('raw HTML', 'an iframe', '<iframe src="https://tracker.example.com/"></iframe>', 1, TAG('iframe')),
  md('raw HTML', 'an object', '<object data="movie.swf"></object>', 1, TAG('object')),
  md('raw HTML', 'an embed', '<embed src="movie.swf">', 1, TAG('embed')),
  md(
    'raw HTML',
    'a meta refresh in an HTML block',
    '<div>\n<meta http-equiv="refresh" content="0;url=https://evil.example">\n</div>',
    2,
    TAG('meta'),
  ),
  md(
    'raw HTML',
    'a meta refresh inside backticks inside an HTML block',
    '<div>\n`<meta http-equiv="refresh" content="0;url=https://evil.example">`\n</div>',
    2,
    TAG('meta'),
  ),
  md('raw HTML', 'a base element', '<base href="https://evil.example/">', 1, TAG('base')),
  md('raw HTML', 'a stylesheet link', '<link rel="stylesheet" href="https://evil.example/x.css">', 1, TAG('link')),
  md('raw HTML', 'a form', '<form action="https://evil.example/"><button>Go</button></form>', 1, TAG('form')),
  md('raw HTML', 'an SVG with onload', '<svg onload="alert(1)"><circle r="4"/></svg>', 1, TAG('svg')),
  md('raw HTML', 'MathML', '<math><mi>x</mi></math>', 1, TAG('math')),
  md('raw HTML', 'a style element', '<style>body { display: none }</style>', 1, TAG('style')),
  md('raw HTML', 'an image with onerror', '<img src="/uploads/none.png" alt="" onerror="alert(1)">', 1, EVENT),
  md('raw HTML', 'an event handler in capitals', '<a href="/" ONCLICK="alert(1)">x</a>', 1, EVENT),
  md(
    'raw HTML',
    'an event handler after a line break',
    '<p>\n<a href="/"\nonmouseover="alert(1)">x</a>\n</p>',
    2,
    EVENT,
  ),
  md('raw HTML', 'an event handler after a slash', '<div>\n<a/onclick="alert(1)"/href="/">x</a>\n</div>', 2, EVENT),
  md(
    'raw HTML',
    'a toggle handler on details',
    '<details open ontoggle="alert(1)"><summary>x</summary></details>',
    1,
    EVENT,
  ),
  md(
    'raw HTML',
    'a style attribute',
    '<p style="position:fixed;inset:0">Cover</p>',
    1,
    /`style` attributes are not used/,
  ),
  md('raw HTML', 'a template', '<template><img src=x onerror=alert(1)></template>', 1, TAG('template')),
  md(
    'raw HTML',
    'a noscript',
    '<noscript><meta http-equiv="refresh" content="0;url=https://evil.example"></noscript>',
    1,
    TAG('noscript'),
  ),
  md('raw HTML', 'a button with formaction', '<button formaction="javascript:alert(1)">Go</button>', 1, TAG('button')),
  md(
    'raw HTML',
    'an id that takes the page’s own',
    '<p id="main">x</p>',
    1,
    /`id` is not an attribute content may use/,
  ),
  mdx(
    'raw HTML',
    'attributes named like built-in properties',
    '<b toString="1" constructor="x">x</b>',
    1,
    /`(toString|constructor)` is not an attribute content may use/,
  ),
  mdx(
    'raw HTML',
    'a data attribute, named as written',
    '<span data-track="1">x</span>',
    1,
    /`data-track` is not an attribute content may use on `<span>`/,
  ),
  md(
    'raw HTML',
    'a text box the sanitiser would turn into a checkbox',
    '<input type="text" value="x">',
    1,
    /`type` is not an attribute content may use on `<input>`/,
  ),
  mdx('raw HTML', 'an iframe in MDX', '<iframe src="https://tracker.example.com/" />', 1, TAG('iframe')),
  mdx('raw HTML', 'an event handler in MDX', '<a href="/" onClick="alert(1)">x</a>', 1, EVENT),

  // URLs: links and images that could run code or reach another site.
  mdx('URLs', 'a javascript: link', '[Click](javascript:alert(1))', 1, LINK('javascript')),
  mdx('URLs', 'a javascript: link in mixed case', '[Click](JaVaScRiPt:alert(1))', 1, LINK('javascript')),
  md(
    'URLs',
    'a javascript: link with a decimal reference',
    '<a href="java&#115;cript:alert(1)">x</a>',
    1,
    LINK('javascript'),
  ),
  md(
    'URLs',
    'a javascript: link with a hex reference',
    '<a href="&#x6A;avascript:alert(1)">x</a>',
    1,
    LINK('javascript'),
  ),
  md(
    'URLs',
    'a javascript: link with a named reference for the colon',
    '<a href="javascript&colon;alert(1)">x</a>',
    1,
    LINK('javascript'),
  ),
  md('URLs', 'a javascript: link with a tab inside', '<a href="java\tscript:alert(1)">x</a>', 1, LINK('javascript')),
  md(
    'URLs',
    'a javascript: link with a leading control character',
    '<a href="\u0001javascript:alert(1)">x</a>',
    1,
    LINK('javascript'),
  ),
  md(
    'URLs',
    'a javascript: link with a newline reference',
    '<a href="java&NewLine;script:alert(1)">x</a>',
    1,
    LINK('javascript'),
  ),
  mdx('URLs', 'a data: link', '[Open](data:text/html;base64,PHNjcmlwdD4=)', 1, LINK('data')),
  mdx('URLs', 'a vbscript: link', '[Open](vbscript:msgbox)', 1, LINK('vbscript')),
  mdx('URLs', 'a file: link', '[Open](file:///etc/passwd)', 1, LINK('file')),
  md('URLs', 'a javascript: autolink', 'See <javascript:alert(1)>.', 1, LINK('javascript')),
  md('URLs', 'a javascript: link definition', '[x][y]\n\n[y]: javascript:alert(1)', 1, LINK('javascript')),
  mdx('URLs', 'a javascript: link in MDX HTML', '<a href="javascript:alert(1)">x</a>', 1, LINK('javascript')),
  mdx('URLs', 'an image from another site', '![Chart](https://tracker.example.com/pixel.png)', 1, IMAGE),
  mdx('URLs', 'an image from a data: address', '![x](data:image/png;base64,iVBORw0KGgo=)', 1, IMAGE),
  md('URLs', 'a protocol-relative image', '<img src="//tracker.example.com/p.png" alt="">', 1, IMAGE),
  mdx('URLs', 'an image that climbs out of the uploads folder', '![x](/uploads/../../package.json)', 1, IMAGE),
  mdx(
    'URLs',
    'an image that is not there',
    '![A photo](/uploads/missing.jpg)',
    1,
    /The image `\/uploads\/missing.jpg` is missing/,
  ),

  // Files and links in the content folder.
  {
    cls: 'files and links',
    name: 'a hidden file',
    file: 'updates/.hidden.mdx',
    content: `${UPDATE_HEAD}Hi\n`,
    line: 1,
    says: /hidden/,
  },
  {
    cls: 'files and links',
    name: 'a file with an ending the site does not read',
    file: 'updates/page.html',
    content: '<script>alert(1)</script>',
    line: 1,
    says: /only reads files ending .mdx or .md/,
  },
  {
    cls: 'files and links',
    name: 'a stray file beside the collections',
    file: 'notes.txt',
    content: 'hello',
    line: 1,
    says: /not part of the content/,
  },
  {
    cls: 'files and links',
    name: 'an SVG upload',
    file: '../../public/uploads/logo.svg',
    reported: 'public/uploads/logo.svg',
    content: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>',
    line: 1,
    says: /SVG pictures can carry code/,
  },
  {
    cls: 'files and links',
    name: 'a page renamed .png',
    file: '../../public/uploads/photo.png',
    reported: 'public/uploads/photo.png',
    content: '<html><script>alert(1)</script></html>',
    line: 1,
    says: /is not that kind of image/,
  },
  {
    cls: 'files and links',
    name: 'a document upload',
    file: '../../public/uploads/minutes.html',
    reported: 'public/uploads/minutes.html',
    content: '<p>x</p>',
    line: 1,
    says: /Only images can be uploaded/,
  },

  // Encodings and YAML.
  {
    cls: 'encodings and YAML',
    name: 'a file in Latin-1',
    file: 'updates/latin.mdx',
    content: Buffer.concat([Buffer.from(UPDATE_HEAD), Buffer.from('Caf\xe9 opened\n', 'latin1')]),
    line: 7,
    says: /not saved as UTF-8/,
  },
  {
    cls: 'encodings and YAML',
    name: 'a file in UTF-16',
    file: 'updates/wide.mdx',
    content: Buffer.from(`\ufeff${UPDATE_HEAD}Hi\n`, 'utf16le'),
    line: 1,
    says: /not saved as UTF-8|does not start with front matter/,
  },
  {
    cls: 'encodings and YAML',
    name: 'a YAML tag for a function',
    file: 'themes/tagged.yaml',
    content: 'name: !!js/function "function () { return process.env }"\n',
    line: 1,
    says: /A YAML tag/,
  },
  {
    cls: 'encodings and YAML',
    name: 'a custom YAML tag',
    file: 'themes/custom.yaml',
    content: 'name: !include ../../../.env\n',
    line: 1,
    says: /A YAML tag/,
  },
  {
    cls: 'encodings and YAML',
    name: 'a YAML alias bomb',
    file: 'themes/bomb.yaml',
    content:
      'a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\nname: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n',
    line: 1,
    says: /YAML anchor/,
  },
  {
    cls: 'encodings and YAML',
    name: 'a binary YAML value',
    file: 'themes/binary.yaml',
    content: 'name: !!binary PHNjcmlwdD4=\n',
    line: 1,
    says: /A YAML tag/,
  },
  {
    cls: 'encodings and YAML',
    name: 'a field written twice',
    file: 'themes/twice.yaml',
    content: 'name: One\nname: Two\n',
    line: 2,
    says: /written twice/,
  },
  {
    cls: 'encodings and YAML',
    name: 'front matter with lone carriage returns, never closed',
    file: 'updates/cr.mdx',
    content: '---\rtitle: x\rdate: 2024-06-01\r',
    line: 1,
    says: /never closed/,
  },
  {
    cls: 'encodings and YAML',
    name: 'a tab as indentation',
    file: 'themes/tab.yaml',
    content: 'name: x\ndescription:\n\tText\n',
    line: 3,
    says: /not valid YAML/,
  },

  // Dates from the future.
  {
    cls: 'dates',
    name: 'an update dated in 2061',
    file: 'updates/future.mdx',
    content: UPDATE_HEAD.replace('2024-06-01', '2061-01-01') + 'Done.\n',
    line: 3,
    says: /but today is .* cannot be dated after today/,
  },
  {
    cls: 'dates',
    name: 'minutes of a meeting still to come',
    file: 'minutes/future.mdx',
    content: '---\ntitle: Future\ndate: 2099-05-05\ngroup: open-forum\nattendance:\n  total: 5\n---\nx\n',
    line: 3,
    says: /but today is .* cannot be dated after today/,
  },
  {
    cls: 'dates',
    name: 'an input received tomorrow and later',
    file: 'inputs/future.md',
    content: INPUT_HEAD.replace('2024-04-02', '2098-04-02'),
    line: 3,
    says: /cannot be received after today/,
  },
  {
    cls: 'dates',
    name: 'a day that does not exist',
    file: 'updates/feb.mdx',
    content: UPDATE_HEAD.replace('2024-06-01', '2025-02-30') + 'x\n',
    line: 3,
    says: /real date/,
  },

  // Personal details, as readers will see them.
  md(
    'personal data',
    'a phone number wrapped onto the next line',
    'Call Sam on 07700\n900 123 any time.',
    1,
    PERSONAL('a UK phone number'),
  ),
  md(
    'personal data',
    'a postcode wrapped onto the next line',
    'She lives at SW1A\n1AA now.',
    1,
    PERSONAL('a full postcode'),
  ),
  md(
    'personal data',
    'a birth date written out',
    'He was born on the 3rd of March 1987 in the town.',
    1,
    PERSONAL('a date of birth'),
  ),
  md(
    'personal data',
    'a birth date written out and wrapped',
    'He was born on the 3rd of\nMarch 1987.',
    1,
    PERSONAL('a date of birth'),
  ),
  md('personal data', 'a number with 0044', 'Ring 0044 7700 900123.', 1, PERSONAL('a UK phone number')),
  md('personal data', 'a dotted phone number', 'Ring 07700.900.123 today.', 1, PERSONAL('a UK phone number')),
  md(
    'personal data',
    'an email hidden by character references',
    'Write to <a href="mailto:sam&#64;gmail.com">Sam</a>.',
    1,
    PERSONAL('an email address'),
  ),
  md('personal data', 'a phone number split by emphasis', 'Call 07700 *900* 123.', 1, PERSONAL('a UK phone number')),
  md('personal data', 'an email with an accent', 'Write to josé@gmail.com.', 1, PERSONAL('an email address')),
  md(
    'personal data',
    'an email with a full-width at sign',
    'Write to joe＠example.org.',
    1,
    PERSONAL('an email address'),
  ),
  md(
    'personal data',
    'an email broken by soft hyphens',
    'Write to jo&shy;e@exa&shy;mple.org.',
    1,
    PERSONAL('an email address'),
  ),
  md(
    'personal data',
    'a phone number joined by a zero-width space',
    'Ring 07700\u200b900123.',
    1,
    PERSONAL('a UK phone number'),
  ),
  md('personal data', 'a phone number with en dashes', 'Ring 07700–900–123.', 1, PERSONAL('a UK phone number')),
  md(
    'personal data',
    'a phone number spelt out digit by digit',
    'Ring 0 7 7 0 0 9 0 0 1 2 3.',
    1,
    PERSONAL('a UK phone number'),
  ),
  md('personal data', 'an NHS number with mixed separators', 'Number 943 476-5919.', 1, PERSONAL('an NHS number')),
  md('personal data', 'an NI number with hyphens', 'NI AB-12-34-56-C.', 1, PERSONAL('a National Insurance number')),
  md('personal data', 'a postcode with two spaces', 'At SW1A  1AA.', 1, PERSONAL('a full postcode')),
  md(
    'personal data',
    'a birth date with the weekday',
    'She was born on Monday 1 January 1990.',
    1,
    PERSONAL('a date of birth'),
  ),
  md('personal data', 'a birth date written year first', 'DOB 1990/01/01.', 1, PERSONAL('a date of birth')),
  md(
    'personal data',
    'a phone number wrapped inside an HTML comment',
    '<!-- call Sam on 07700\n900123 -->',
    1,
    PERSONAL('a UK phone number'),
  ),
  mdx(
    'personal data',
    'a phone number wrapped inside an MDX comment',
    '{/* call Sam on 07700\n   900123 */}',
    1,
    PERSONAL('a UK phone number'),
  ),
  {
    cls: 'personal data',
    name: 'a phone number wrapped across YAML comments',
    file: 'themes/commented.yaml',
    content: 'name: Crisis\n# call Sam on 07700\n# 900123\n',
    line: 2,
    says: PERSONAL('a UK phone number'),
  },
  md(
    'personal data',
    'a phone number with dots after a 020 area code',
    'Ring 020.7946.0000.',
    1,
    PERSONAL('a UK phone number'),
  ),
  md('personal data', 'an NHS number grouped 4-3-3', 'NHS no 9434 765 919.', 1, PERSONAL('an NHS number')),
  md('personal data', 'an NI number grouped 3-3', 'NI AB 123 456 C.', 1, PERSONAL('a National Insurance number')),
  md(
    'personal data',
    'a birth date after a bracketed format',
    'Date of birth (DD/MM/YYYY): 03/03/1985',
    1,
    PERSONAL('a date of birth'),
  ),
  {
    cls: 'personal data',
    name: 'a phone number in a file name',
    file: 'inputs/call-07700-900123.md',
    content: INPUT_HEAD,
    line: 1,
    says: /file name has what looks like a UK phone number/,
  },
  {
    cls: 'personal data',
    name: 'a phone number folded across YAML lines',
    file: 'themes/folded.yaml',
    content: 'name: Crisis\ndescription: Call Sam on 07700\n  900123 any time.\n',
    line: 2,
    says: PERSONAL('a UK phone number'),
  },

  // Output a CI log would read as commands.
  {
    cls: 'workflow output',
    name: 'a status that forges an annotation',
    file: 'updates/forged.mdx',
    content:
      UPDATE_HEAD.replace('in-progress', '"deliverd\\n::error file=README.md::forged\\n::stop-commands::x"') + 'x\n',
    line: 5,
    says: /`status` must be one of/,
  },
  {
    cls: 'workflow output',
    name: 'a field name that forges a notice',
    file: 'themes/forged.yaml',
    content: 'name: x\n"x\\n::notice::forged": 1\n',
    line: 2,
    says: /is not a field of a theme/,
  },
];

/** Pieces of bodies that try to become code, for property tests to join in any order. */
export const HOSTILE_PIECES = [
  '`',
  '``',
  '```',
  '````',
  '~~~',
  '\\`',
  '{',
  '}',
  '{/*',
  '*/}',
  '/*',
  '*/',
  '{/* note */}',
  '\\{',
  '\\}',
  '\n',
  '\r',
  '\r\n',
  '\n\n',
  '    ',
  '> ',
  '- ',
  '| a |',
  '# ',
  '&#106;',
  '&#x6A;',
  '&colon;',
  '&#58;',
  '&Tab;',
  '&NewLine;',
  '&lt;',
  '&#60;',
  '&amp;',
  '<',
  '>',
  '</',
  '/>',
  '"',
  "'",
  '=',
  '(',
  ')',
  '[',
  ']',
  '!',
  '<script>',
  '</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="',
  '">',
  '<a href=',
  '<svg onload=alert(1)>',
  '<iframe src=//evil.example>',
  '<meta http-equiv="refresh" content="0;url=//evil.example">',
  '<style>',
  '<!--',
  '-->',
  'javascript:',
  'JaVaScRiPt:',
  'java\tscript:',
  'data:text/html,',
  'vbscript:',
  'onclick=',
  ' onmouseover="alert(1)"',
  'export const x = 1',
  'import a from "b"',
  'process.env.PORTAL_CANARY',
  '${process.env.PORTAL_CANARY}',
  '<Quote by="',
  '<Quote by={',
  '</Quote>',
  '<Callout title="x">',
  '</Callout>',
  '<Chart />',
  '<>',
  '</>',
  '[link](',
  'https://example.org',
  '/uploads/x.png',
  '![a](',
  'alert(1)',
  'Hello',
  ' words ',
  'x',
];
