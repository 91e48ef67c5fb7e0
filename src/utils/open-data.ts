/** The open data files (dist/data/*.json and *.csv): records in the shapes documented in docs/data.md. */
import { getCollection } from 'astro:content';
import { localeUrls } from '../i18n/paths.ts';
import { BUILD_DATE } from './build-date.ts';
import { siteData, unitPath } from './site-data.ts';

/** The status fields of open data: status at the build date, which is given with it. */
const asOf = () => BUILD_DATE.toISOString().slice(0, 10);

export const OPEN_DATA_FILES = ['policies', 'measures', 'tasks', 'units', 'targets', 'taxonomy'] as const;
export type OpenDataFile = (typeof OPEN_DATA_FILES)[number];

/** The records of one open data file, in a stable order. */
export async function openDataRecords(name: OpenDataFile): Promise<Record<string, unknown>[]> {
  switch (name) {
    case 'policies': {
      const { policyStatusById } = await siteData();
      return (await getCollection('policies')).map((e) => {
        const { portalMetadata: _omit, ...rest } = e.data;
        const s = policyStatusById.get(rest.id)!;
        return { ...rest, status: { kind: s.kind, current: s.current, asOf: asOf() } };
      });
    }
    case 'measures': {
      const { measureStatusById } = await siteData();
      return (await getCollection('measures'))
        .map((e) => e.data)
        .sort((a, b) => a.policy.localeCompare(b.policy) || a.order - b.order)
        .map(({ ancestors: _p, order: _o, anchor: _a, unitsFrom: _u, enStale: _s, ...m }) => {
          const s = measureStatusById.get(m.id)!;
          return { ...m, status: { kind: s.kind, current: s.current, asOf: asOf() } };
        });
    }
    case 'tasks':
      return (await getCollection('tasks')).map((e) => e.data).sort((a, b) => a.policy.localeCompare(b.policy) || a.seq - b.seq);
    case 'targets':
      return (await getCollection('targets')).map((e) => e.data).sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
    case 'taxonomy':
      return (await getCollection('taxonomy')).map((e) => e.data).sort((a, b) => a.group.localeCompare(b.group) || a.order - b.order).map(({ order: _o, ...t }) => t);
    case 'units':
      return (await getCollection('units')).map((e) => ({ ...e.data, url: localeUrls(unitPath(e.data.id)) }));
  }
}
