// Each group's meetings as an iCalendar file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarSettings, groupCalendar, icsFile, type CalendarDoc } from '../../../present/calendars.ts';
// A calendar is one file for every reader, so it is in the content's own language.
import { CONTENT_LANGUAGE, language } from '../../../site/languages.ts';
import { loadPortal } from '../../../site/portal-data.ts';
import { ICALENDAR, fileResponse, loadPublisher } from '../../../site/published.ts';

export const getStaticPaths = (async () => {
  const portal = await loadPortal();
  const settings = calendarSettings(portal);
  const { m } = language(CONTENT_LANGUAGE);
  return portal.groups.map((g) => ({ params: { id: g.id }, props: { calendar: groupCalendar(m, g, settings) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ calendar: CalendarDoc }> = async ({ props }) =>
  fileResponse(icsFile(props.calendar, await loadPublisher()), ICALENDAR);
