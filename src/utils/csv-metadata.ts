/** The sidecar of an open-data CSV (dist/data/<name>.csv-metadata.json, W3C CSV on the Web): title, source, licence and date, as Our World in Data's downloads carry them. */
import type { OpenDataFile } from '../data/schemas.ts';

/** What each open-data file holds, in both languages. */
const TITLES: Record<OpenDataFile, { zh: string; en: string }> = {
  policies: { zh: '重庆创新驱动政策：政策文件', en: 'Chongqing innovation policies: policy documents' },
  measures: { zh: '重庆创新驱动政策：政策措施（条款）', en: 'Chongqing innovation policies: measures (provisions)' },
  tasks: { zh: '重庆创新驱动政策：分工任务', en: 'Chongqing innovation policies: assigned tasks' },
  units: { zh: '重庆创新驱动政策：责任单位', en: 'Chongqing innovation policies: responsible units' },
  targets: { zh: '重庆创新驱动政策：量化目标', en: 'Chongqing innovation policies: quantitative targets' },
  benefits: { zh: '重庆创新驱动政策：支持额度（补助、奖励、比例）', en: 'Chongqing innovation policies: support amounts (grants, awards, rates)' },
  taxonomy: { zh: '重庆创新驱动政策：措施分类', en: 'Chongqing innovation policies: taxonomy of measures' },
};

/** The CSVW metadata of one CSV: its columns are the header row's names. */
export function csvMetadata(name: OpenDataFile, columns: string[], opts: { site: string; date: string; sources: { title: string; url: string | null }[] }) {
  return {
    '@context': 'http://www.w3.org/ns/csvw',
    url: `${name}.csv`,
    'dc:title': [{ '@value': TITLES[name].zh, '@language': 'zh' }, { '@value': TITLES[name].en, '@language': 'en' }],
    'dc:publisher': opts.site,
    // The day the data was built from the documents (the build date: statuses are as of it).
    'dc:modified': opts.date,
    'dc:source': opts.sources.map((s) => (s.url ? `${s.title} <${s.url}>` : s.title)),
    // No licence has been chosen for this data: said, not guessed.
    'dc:license': null,
    'rdfs:comment': 'No licence has been chosen for this data yet. The source documents are official documents of Chongqing authorities; each record links to its document (policies.json: sources, sourceUrl). JSON twin: ' + `${name}.json` + '. Field meanings: docs/data.md of the project.',
    tableSchema: { columns: columns.map((c) => ({ name: c.replace(/[^A-Za-z0-9_.]/g, '_'), titles: c })) },
  };
}
