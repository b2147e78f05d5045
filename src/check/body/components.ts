// The site's content components as HTML templates. A body names them (<Quote by="…">) and the
// renderer fills these in after sanitising, so their attributes arrive only as text.
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { COMPONENT_TAGS, type ComponentName } from './sanitize-schema.ts';

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value : undefined);

const templates: Record<ComponentName, (props: Element['properties'], children: ElementContent[]) => Element> = {
  /** A quotation from someone with lived experience; `by` is a role or description, never a name. */
  Quote: (props, children) => {
    const by = text(props.by);
    return h('figure', { className: 'my-6 max-w-prose border-s-4 border-brand pl-4 dark:border-brand-dark' }, [
      h('blockquote', { className: 'text-xl' }, children),
      ...(by ? [h('figcaption', { className: 'mt-2 text-base' }, by)] : []),
    ]);
  },
  /** A box that draws attention to something, like help for someone in crisis. */
  Callout: (props, children) => {
    const title = text(props.title);
    return h(
      'aside',
      {
        className:
          'my-6 max-w-prose rounded border-s-8 border-amber-500 bg-amber-50 p-4 text-slate-900 dark:bg-amber-950 dark:text-amber-50',
      },
      [...(title ? [h('p', { className: 'font-bold' }, title)] : []), ...children],
    );
  },
};

const byTag = new Map(Object.entries(COMPONENT_TAGS).map(([name, tag]) => [tag as string, name as ComponentName]));

/** Replaces each component stand-in in the tree (already sanitised) with its template, innermost first. */
export function expandComponents(node: Element | { children: ElementContent[] }): void {
  node.children = node.children.map((child) => {
    if (child.type !== 'element') return child;
    expandComponents(child);
    const name = byTag.get(child.tagName);
    return name ? templates[name](child.properties, child.children) : child;
  });
}
