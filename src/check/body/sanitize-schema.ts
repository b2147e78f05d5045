// What HTML a contributed body may become. Everything a volunteer writes (Markdown, raw HTML in
// .md files, HTML elements in .mdx files) is turned into a tree and passed through
// hast-util-sanitize with this allow-list; anything not listed is removed. Nothing here can run
// code, load from another site, restyle the page or take over its ids.
import type { Schema } from 'hast-util-sanitize';

/** Where links may go: web pages, email, phone. Site-relative addresses and #fragments have no scheme and always pass. */
export const LINK_PROTOCOLS = ['http', 'https', 'mailto', 'tel'] as const;

/** Image files the site serves from public/uploads, by ending. SVG is left out on purpose: it can carry script. */
export const IMAGE_ENDINGS = ['.png', '.jpg', '.jpeg', '.gif', '.webp', '.avif'] as const;

/** Where uploaded images are served from (the content editor's public folder). */
export const UPLOADS_PATH = '/uploads/';

/**
 * Stand-ins for the site's content components while the tree is sanitised. They carry only text
 * attributes; once sanitised they are expanded into the components' HTML (./components.ts).
 */
export const COMPONENT_TAGS = { Quote: 'portal-quote', Callout: 'portal-callout' } as const;

/** The components a contributor may use, with the attributes each takes. */
export const CONTENT_COMPONENTS = { Quote: ['by'], Callout: ['title'] } as const satisfies Record<
  keyof typeof COMPONENT_TAGS,
  readonly string[]
>;
export type ComponentName = keyof typeof CONTENT_COMPONENTS;
export const COMPONENT_NAMES = Object.keys(CONTENT_COMPONENTS) as ComponentName[];

const FOOTNOTE_ID = /^user-content-fn/;

/** Elements that could run code, change the page or load from elsewhere: removed, and named as such to the volunteer. */
export const DANGEROUS_TAGS = [
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'link',
  'meta',
  'base',
  'svg',
  'math',
  'template',
  'applet',
  'noscript',
];

export const sanitizeSchema: Schema = {
  // Headings get their ids after sanitising, from their text; a contributor's own ids are never kept.
  clobber: [],
  clobberPrefix: '',
  strip: [
    'script',
    'style',
    'template',
    'noscript',
    'textarea',
    'title',
    'xmp',
    'iframe',
    'noembed',
    'noframes',
    'plaintext',
    'svg',
    'math',
    'object',
    'embed',
    'select',
    'option',
  ],
  allowComments: false,
  allowDoctypes: false,
  tagNames: [
    'a',
    'abbr',
    'b',
    'blockquote',
    'br',
    'caption',
    'cite',
    'code',
    'dd',
    'del',
    'details',
    'dfn',
    'div',
    'dl',
    'dt',
    'em',
    'figcaption',
    'figure',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'hr',
    'i',
    'img',
    'input',
    'ins',
    'kbd',
    'li',
    'mark',
    'ol',
    'p',
    'pre',
    'q',
    's',
    'samp',
    'section',
    'small',
    'span',
    'strong',
    'sub',
    'summary',
    'sup',
    'table',
    'tbody',
    'td',
    'tfoot',
    'th',
    'thead',
    'time',
    'tr',
    'u',
    'ul',
    'var',
    'wbr',
    ...Object.values(COMPONENT_TAGS),
  ],
  attributes: {
    '*': ['title', 'lang', 'dir'],
    a: [
      'href',
      ['id', FOOTNOTE_ID],
      'dataFootnoteRef',
      'dataFootnoteBackref',
      ['ariaDescribedBy', 'footnote-label'],
      'ariaLabel',
    ],
    abbr: ['title'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite', 'dateTime'],
    ins: ['cite', 'dateTime'],
    time: ['dateTime'],
    img: ['src', 'alt', 'width', 'height'],
    ol: ['start', 'reversed'],
    li: [['id', FOOTNOTE_ID]],
    td: ['align', 'colSpan', 'rowSpan'],
    th: ['align', 'colSpan', 'rowSpan', 'scope'],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: [
      ['id', 'footnote-label'],
      ['className', 'sr-only'],
    ],
    code: [['className', /^language-[\w-]+$/]],
    details: ['open'],
    [COMPONENT_TAGS.Quote]: [...CONTENT_COMPONENTS.Quote],
    [COMPONENT_TAGS.Callout]: [...CONTENT_COMPONENTS.Callout],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: {
    href: [...LINK_PROTOCOLS],
    cite: ['http', 'https'],
    // Images must also come from the site's uploads folder: that rule is applied after sanitising (./images.ts).
    src: ['http', 'https'],
  },
};

/** Attributes whose value is an address, so a removal is explained as a link problem. */
export const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'cite',
  'action',
  'formAction',
  'xLinkHref',
  'poster',
  'srcSet',
  'background',
  'data',
]);
