// The one place that reads Astro's content collections. It hands each entry's data, and its body
// as the HTML the content check rendered and sanitised, to the read model, once per build; every
// page and component gets what it shows from the result.
import { getCollection, getEntry } from 'astro:content';
import { buildDay } from '../model/build-day.ts';
import { BASE, CONTENT_LANGUAGE } from './languages.ts';
import { buildPortal, type Entry, type Portal } from '../model/read-model.ts';

const portals = new Map<string, Promise<Portal>>();

/** An entry as the model takes it: id, data and rendered body. */
const plain = <T>(entries: { id: string; data: T; rendered?: { html: string } }[]): Entry<T>[] =>
  entries.map(({ id, data, rendered }) => ({ id, data, html: rendered?.html }));

/**
 * Everything the site shows, as of the build day (PORTAL_TODAY, YYYY-MM-DD, rebuilds the site as of
 * another day), in `language` (default: the language the content is written in).
 */
export function loadPortal(language?: string): Promise<Portal> {
  // The content's own language is the content as written: one read model for it, however it is asked for.
  const key = language === undefined || language === CONTENT_LANGUAGE ? '' : language;
  let portal = portals.get(key);
  portal ??= (async () => {
    const site = await getEntry('site', 'site');
    if (!site) throw new Error('src/content/site.yaml is missing.');
    return buildPortal(
      {
        site: site.data,
        partners: plain(await getCollection('partners')),
        themes: plain(await getCollection('themes')),
        groups: plain(await getCollection('groups')),
        visions: plain(await getCollection('visions')),
        commitments: plain(await getCollection('commitments')),
        updates: plain(await getCollection('updates')),
        minutes: plain(await getCollection('minutes')),
        inputs: plain(await getCollection('inputs')),
        reviews: plain(await getCollection('reviews')),
        checkins: plain(await getCollection('checkins')),
        translations: (await getCollection('translations')).map(({ data, rendered }) => ({
          collection: data.collection,
          of: data.of,
          language: data.language,
          data: data.fields,
          ...(rendered ? { html: rendered.html } : {}),
        })),
        base: BASE,
      },
      buildDay(process.env.PORTAL_TODAY),
      key || undefined,
    );
  })();
  portals.set(key, portal);
  return portal;
}
