// The one place pages get content from: reads the collections once per build and derives the rest.
import { getCollection, getEntry } from 'astro:content';
import { todayIso } from './derive/dates.ts';
import { buildPortal, type Portal } from './derive/portal.ts';

/** The day statuses are worked out for: the build date, or PORTAL_TODAY (YYYY-MM-DD) to rebuild as of another day. */
export function buildDay(): string {
  const fixed = process.env.PORTAL_TODAY;
  return fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed) ? fixed : todayIso();
}

let portal: Promise<Portal> | undefined;

export function loadPortal(): Promise<Portal> {
  portal ??= (async () => {
    const site = await getEntry('site', 'site');
    if (!site) throw new Error('src/content/site.yaml is missing.');
    const pick = async <N extends 'partners' | 'themes' | 'groups' | 'visions' | 'commitments' | 'updates' | 'minutes' | 'inputs'>(name: N) =>
      (await getCollection(name)).map((e) => ({ id: e.id, data: e.data }));
    return buildPortal(
      {
        site: site.data,
        partners: await pick('partners'),
        themes: await pick('themes'),
        groups: await pick('groups'),
        visions: await pick('visions'),
        commitments: await pick('commitments'),
        updates: await pick('updates'),
        minutes: await pick('minutes'),
        inputs: await pick('inputs'),
      },
      buildDay(),
    );
  })();
  return portal;
}
