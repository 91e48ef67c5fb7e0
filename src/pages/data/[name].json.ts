/** Open data as JSON: dist/data/<name>.json, one file per record kind (src/utils/open-data.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { OPEN_DATA_FILES, openDataRecords, type OpenDataFile } from '../../utils/open-data.ts';

export const getStaticPaths = (() => OPEN_DATA_FILES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await openDataRecords(params.name as OpenDataFile), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
