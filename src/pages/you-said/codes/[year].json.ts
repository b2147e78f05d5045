// One year's reference codes and what each input said, fetched by the code box and search only
// when a member looks up a code from that year (no page carries every code).
import type { APIRoute, GetStaticPaths } from 'astro';
import type { CodeYear } from '../../../model/refcode.ts';
import { loadPortal } from '../../../site/portal-data.ts';
import { fileResponse } from '../../../site/published.ts';

export const getStaticPaths = (async () => {
  const portal = await loadPortal();
  return portal.home.codeYears.map((codeYear) => ({ params: { year: codeYear.year }, props: { codeYear } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ codeYear: CodeYear }> = ({ props }) =>
  fileResponse(JSON.stringify(props.codeYear.codes), 'application/json; charset=utf-8');
