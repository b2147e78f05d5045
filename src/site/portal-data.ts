// The one place pages get content from: reads the collections once per build and derives the rest.
import { getCollection, getEntry } from 'astro:content';
import { todayIso } from '../model/days.ts';
import { buildPortal, type Portal } from '../model/read-model.ts';

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
    const plain = <T>(entries: { id: string; data: T }[]) => entries.map(({ id, data }) => ({ id, data }));
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
      },
      buildDay(),
    );
  })();
  return portal;
}
