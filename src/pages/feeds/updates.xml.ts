// The whole site's news as an Atom feed.
import type { APIRoute } from 'astro';
import { atomXml } from '../../present/atom.ts';
import { siteFeed } from '../../present/feeds.ts';
// A feed is one file for every reader, so it is in the content's own language.
import { CONTENT_LANGUAGE, language } from '../../site/languages.ts';
import { loadPortal } from '../../site/portal-data.ts';
import { ATOM, fileResponse, loadPublisher } from '../../site/published.ts';

export const GET: APIRoute = async () =>
  fileResponse(atomXml(siteFeed(language(CONTENT_LANGUAGE).m, await loadPortal()), await loadPublisher()), ATOM);
