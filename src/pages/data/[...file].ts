// Every file of the open data (CSV, JSON, the data package, the JSON Schemas and the zip), by its path under /data/.
import type { APIRoute, GetStaticPaths } from 'astro';
import { fileResponse, loadOpenData } from '../../site/published.ts';

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  zip: 'application/zip',
};

export const getStaticPaths = (async () => {
  const { files } = await loadOpenData();
  return [...files.keys()].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { files } = await loadOpenData();
  const file = params.file!;
  return fileResponse(files.get(file)!, TYPES[file.slice(file.lastIndexOf('.') + 1)] ?? 'application/octet-stream');
};
