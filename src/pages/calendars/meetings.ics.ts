// Every group's meetings as one iCalendar file.
import type { APIRoute } from 'astro';
import { icsFile, meetingsCalendar } from '../../present/calendars.ts';
import { loadPortal } from '../../site/portal-data.ts';
import { ICALENDAR, fileResponse, loadPublisher } from '../../site/published.ts';

export const GET: APIRoute = async () =>
  fileResponse(icsFile(meetingsCalendar(await loadPortal()), await loadPublisher()), ICALENDAR);
