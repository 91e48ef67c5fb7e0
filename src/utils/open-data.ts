/** The open data files (dist/data/*.json and *.csv): the site's records without their internal fields (OPEN_DATA in src/data/schemas.ts, docs/data.md). */
import { OPEN_DATA_FILES, openRecord, type OpenDataFile, type OpenRecord } from '../data/schemas.ts';
import type { Status } from '../lib/status.ts';
import { BUILD_DATE } from './build-date.ts';
import { siteData, unitPath } from './site-data.ts';

export { OPEN_DATA_FILES, type OpenDataFile };

/** The status fields of open data: status at the build date, which is given with it. */
const asOf = () => BUILD_DATE.toISOString().slice(0, 10);

/** The records of one open data file, in the site's order (src/data/order.ts). */
export async function openDataRecords<F extends OpenDataFile>(name: F): Promise<OpenRecord<F>[]> {
  const data = await siteData();
  const status = ({ kind, current, basis, date }: Status) => ({ status: { kind, current, basis, date, asOf: asOf() } });
  const records: Record<OpenDataFile, () => Record<string, unknown>[]> = {
    policies: () => data.policies.map((p) => ({ ...p, ...status(data.policyStatusById.get(p.id)!) })),
    measures: () => data.measures.map((m) => ({ ...m, ...status(data.measureStatusById.get(m.id)!) })),
    tasks: () => data.tasks,
    units: () => data.units,
    targets: () => data.targets,
    benefits: () => data.benefits,
    taxonomy: () => data.taxonomy,
  };
  return records[name]().map((r) => openRecord(name, r));
}
