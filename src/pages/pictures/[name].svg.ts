// The pictures Easy Read lines name, written as files of the site itself at build time: only those
// the content uses, so no picture is fetched from another website.
import type { APIRoute } from 'astro';
import { pictureSvg } from '../../check/pictures.ts';
import { loadPortal } from '../../site/portal-data.ts';

export async function getStaticPaths() {
  const { lists } = await loadPortal();
  return lists.pictures.map((name) => ({ params: { name } }));
}

export const GET: APIRoute = ({ params }) => {
  const svg = pictureSvg(params.name ?? '');
  if (svg === undefined) return new Response(null, { status: 404 });
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};
