// The whole site's news as an Atom feed.
import type { APIRoute } from 'astro';
import { atomXml } from '../../present/atom.ts';
import { siteFeed } from '../../present/feeds.ts';
import { loadPortal } from '../../site/portal-data.ts';
import { ATOM, fileResponse, loadPublisher } from '../../site/published.ts';

export const GET: APIRoute = async () =>
  fileResponse(atomXml(siteFeed(await loadPortal()), await loadPublisher()), ATOM);
