/** The sidecar of each open-data CSV: dist/data/<name>.csv-metadata.json (title, source, licence, date; src/utils/csv-metadata.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { csvMetadata } from '../../utils/csv-metadata.ts';
import { toCsv } from '../../utils/csv.ts';
import { BUILD_DATE } from '../../utils/build-date.ts';
import { OPEN_DATA_FILES, openDataRecords, type OpenDataFile } from '../../utils/open-data.ts';
import { siteData } from '../../utils/site-data.ts';

export const getStaticPaths = (() => OPEN_DATA_FILES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.name as OpenDataFile;
  const header = toCsv(await openDataRecords(name)).split(/\r?\n/, 1)[0] ?? '';
  const { policies } = await siteData();
  const meta = csvMetadata(name, header ? header.split(',') : [], {
    site: site?.href ?? '',
    date: BUILD_DATE.toISOString().slice(0, 10),
    sources: policies.map((p) => ({ title: p.title.zh, url: p.sourceUrl ?? null })),
  });
  return new Response(JSON.stringify(meta, null, 2) + '\n', { headers: { 'Content-Type': 'application/csvm+json' } });
};
