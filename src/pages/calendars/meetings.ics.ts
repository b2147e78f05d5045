// Every group's meetings as one iCalendar file.
import type { APIRoute } from 'astro';
import { icsFile, meetingsCalendar } from '../../present/calendars.ts';
// A calendar is one file for every reader, so it is in the content's own language.
import { CONTENT_LANGUAGE, language } from '../../site/languages.ts';
import { loadPortal } from '../../site/portal-data.ts';
import { ICALENDAR, fileResponse, loadPublisher } from '../../site/published.ts';

export const GET: APIRoute = async () =>
  fileResponse(
    icsFile(meetingsCalendar(language(CONTENT_LANGUAGE).m, await loadPortal()), await loadPublisher()),
    ICALENDAR,
  );
