// What the site publishes besides its pages (feeds, calendars, the open data), worked out once
// per build from the read model and the content as read, for the endpoints in src/pages.
import { getCollection } from 'astro:content';
import { collections as registry, COLLECTION_NAMES, timeZoneOf } from '../contract/index.ts';
import type { Entry } from '../model/read-model.ts';
import type { Publisher } from '../present/atom.ts';
import { dataFiles } from '../present/data-files.ts';
import { openDataTables, type Table } from '../present/open-data.ts';
import { dataPage } from '../present/data-page.ts';
import { loadPortal } from './portal-data.ts';
import { CONTENT_LANGUAGE, language } from './languages.ts';

/** The origin of the site's address (PORTAL_SITE_URL), when the build was given one. */
export function siteOrigin(): string | undefined {
  const site = import.meta.env.SITE as string | undefined;
  return site ? new URL(site).origin : undefined;
}

export async function loadPublisher(): Promise<Publisher> {
  const { site } = await loadPortal();
  return {
    partnership: site.partnership,
    locale: site.locale,
    origin: siteOrigin(),
    timeZone: timeZoneOf(site),
  };
}

let data: Promise<{ tables: Table[]; files: Map<string, string | Uint8Array> }> | undefined;

/** Every entry of every collection in the contract's registry, as read. */
async function loadEntries(): Promise<Record<string, Entry<unknown>[]>> {
  const lists = await Promise.all(
    COLLECTION_NAMES.map(
      async (name) => [name, (await getCollection(name)).map((e) => ({ id: e.id, data: e.data as unknown }))] as const,
    ),
  );
  return Object.fromEntries(lists);
}

/** The open data's tables and files, once per build. */
export function loadOpenData() {
  data ??= (async () => {
    const portal = await loadPortal();
    const origin = siteOrigin();
    const tables = openDataTables({
      registry,
      entries: await loadEntries(),
      portal,
      origin,
      m: language(CONTENT_LANGUAGE).m,
    });
    return { tables, files: dataFiles(tables, registry, { site: portal.site, today: portal.today, origin }) };
  })();
  return data;
}

/** A published file as the endpoint's response; the type matters to `astro dev`, a static host goes by the ending. */
export function fileResponse(body: string | Uint8Array, type: string): Response {
  return new Response(body as BodyInit, { headers: { 'Content-Type': type } });
}

export const ATOM = 'application/atom+xml; charset=utf-8';
export const ICALENDAR = 'text/calendar; charset=utf-8';

/** The open data page's view. */
export async function loadDataPage() {
  const { tables, files } = await loadOpenData();
  return dataPage(tables, files, registry);
}
