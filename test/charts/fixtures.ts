/** Small made-up chart inputs (own wording), and the real targets of content/generated/data for placement tests. */
import { join } from 'node:path';
import type { Policy, Target } from '../../src/data/schemas.ts';
import { readGeneratedData } from '../../src/data/generated.ts';
import { isSeedPolicy, ROOT } from '../helpers.ts';

export function policy(id: string, zh: string, en: string, period: [number, number] | null): Policy {
  return {
    id,
    title: { zh, en },
    issuer: null,
    docNumber: null,
    issued: null,
    history: [],
    period: { start: period?.[0] ?? null, end: period?.[1] ?? null },
    sources: [],
    sourceUrl: null,
    jurisdiction: null,
    notes: [],
    portalMetadata: null,
    supersession: null,
    translation: { segments: 1, translated: 1, stale: 0, reviewed: 0, needsReview: 0, pending: 0 },
    url: { zh: `/policies/${id}/`, en: `/en/policies/${id}/` },
  };
}

let seq = 0;
export function target(p: string, indicator: [string, string], value: number, unit: string, year: number | null, extra: Partial<Target> = {}): Target {
  seq++;
  const id = `${p}/1-${seq}/t1`;
  return {
    id,
    policy: p,
    measure: `${p}/1-${seq}`,
    provision: `${p}/1-${seq}`,
    indicator: { zh: indicator[0], en: indicator[1] },
    scope: null,
    year,
    yearSource: year === null ? null : 'text',
    perYear: false,
    value,
    valueMax: null,
    unit: { zh: unit, en: null },
    comparator: '≥',
    quote: `到${year ?? ''}年，${indicator[0]}达到${value}${unit}。`,
    overridden: false,
    enStale: false,
    url: { zh: `/policies/${p}/1-${seq}/`, en: `/en/policies/${p}/1-${seq}/` },
    ...extra,
  };
}

/** Two plans of a made-up city: a few targets each, one per-year, one without a year, one for an area. */
export function smallCorpus(): { policies: Policy[]; targets: Target[] } {
  seq = 0;
  const policies = [policy('plan-a', '甲市创新行动计划', 'Innovation action plan of City A', [2016, 2020]), policy('plan-b', '甲市企业倍增方案', 'Enterprise doubling scheme of City A', [2023, 2027])];
  const targets = [
    target('plan-a', ['众创空间', 'maker spaces'], 300, '个', 2017),
    target('plan-a', ['科技型企业', 'tech-based enterprises'], 2000, '家', 2018),
    target('plan-a', ['全社会研发经费支出占地区生产总值比重', 'R&D spending as a share of the regional product'], 2.5, '%', 2020),
    target('plan-b', ['科技型企业', 'tech-based enterprises'], 1.2, '万家', 2025),
    target('plan-b', ['科技型企业', 'tech-based enterprises'], 2.4, '万家', 2027, { quote: '在2022年的基础上实现科技型企业数量倍增，到2027年达到2.4万家。' }),
    target('plan-b', ['高新技术企业', 'high-tech enterprises'], 900, '家', 2027, { scope: { zh: '北部片区', en: 'northern district' } }),
    target('plan-b', ['新增孵化器', 'new incubators'], 5, '家', null, { perYear: true, yearSource: null }),
    target('plan-b', ['技术合同成交额', 'technology contract turnover'], 80, '亿元', null, { yearSource: null }),
  ];
  return { policies, targets };
}

/** The seed policies as the site reads them, in time order (plan start, else year issued): the facts the tests state are theirs, whatever else was added. */
export function realCorpus(): { policies: Policy[]; targets: Target[]; measures: { id: string; lead: string[] }[] } {
  const data = readGeneratedData(join(ROOT, 'content', 'generated', 'data')).filter((d) => isSeedPolicy(d.policy.id));
  const year = (p: Policy) => p.period.start ?? Number(p.issued?.slice(0, 4) ?? 9999);
  return {
    policies: data.map((d) => d.policy).sort((a, b) => year(a) - year(b)),
    targets: data.flatMap((d) => d.targets),
    measures: data.flatMap((d) => d.measures),
  };
}
