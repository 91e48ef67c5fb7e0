/** Open data as CSV: dist/data/<name>.csv, one file per record kind (src/utils/open-data.ts, src/utils/csv.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '../../utils/csv.ts';
import { OPEN_DATA_FILES, openDataRecords, type OpenDataFile } from '../../utils/open-data.ts';

export const getStaticPaths = (() => OPEN_DATA_FILES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response('\ufeff' + toCsv(await openDataRecords(params.name as OpenDataFile)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
