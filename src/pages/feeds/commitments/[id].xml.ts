// Each commitment's own Atom feed.
import type { APIRoute, GetStaticPaths } from 'astro';
import { atomXml, type FeedDoc } from '../../../present/atom.ts';
import { commitmentFeed } from '../../../present/feeds.ts';
// A feed is one file for every reader, so it is in the content's own language.
import { CONTENT_LANGUAGE, language } from '../../../site/languages.ts';
import { loadPortal } from '../../../site/portal-data.ts';
import { ATOM, fileResponse, loadPublisher } from '../../../site/published.ts';

export const getStaticPaths = (async () => {
  const portal = await loadPortal();
  return portal.commitments.map((entry) => ({
    params: { id: entry.id },
    props: { feed: commitmentFeed(language(CONTENT_LANGUAGE).m, entry, portal) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ feed: FeedDoc }> = async ({ props }) =>
  fileResponse(atomXml(props.feed, await loadPublisher()), ATOM);
