// Commitments that became overdue, each dated the day it did, as an Atom feed.
import type { APIRoute } from 'astro';
import { atomXml } from '../../present/atom.ts';
import { overdueFeed } from '../../present/feeds.ts';
import { loadPortal } from '../../site/portal-data.ts';
import { ATOM, fileResponse, loadPublisher } from '../../site/published.ts';

export const GET: APIRoute = async () =>
  fileResponse(atomXml(overdueFeed(await loadPortal()), await loadPublisher()), ATOM);
