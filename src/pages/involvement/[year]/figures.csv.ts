// The tables of a year's involvement report as CSV, the same rows as the page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadPortal } from '../../../site/portal-data.ts';
import { CONTENT_LANGUAGE, language } from '../../../site/languages.ts';
import { involvementNotes, involvementTables, toCsv } from '../../../present/replies.ts';
import type { InvolvementYear } from '../../../model/involvement.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { involvement } = await loadPortal();
  return involvement.map((year) => ({ params: { year: year.year }, props: { year } }));
};

export const GET: APIRoute = async ({ props }) => {
  // One file for every reader, so in the content's own language.
  const { m } = language(CONTENT_LANGUAGE);
  const { site } = await loadPortal();
  const year = (props as { year: InvolvementYear }).year;
  return new Response(toCsv(involvementTables(m, year), involvementNotes(m, year, site.partnership)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
