/** The one reader of the site's records: loaded once per build, in one order (src/data/order.ts), with the lookups pages need. */
import { getCollection } from 'astro:content';
import { orderRecords } from '../data/order.ts';
import type { Benefit, ContactDirectory, GeneralDefinition, Measure, Policy, Segment, Target, Task, TaxonomyEntry, Unit, UnitEntry } from '../data/schemas.ts';
import type { Lang } from '../i18n/ui.ts';
import { groupBy } from '../lib/group.ts';
import { measureStatus, policyStatus, type MeasureStatus, type PolicyStatus } from '../lib/status.ts';
import { BUILD_DATE } from './build-date.ts';

export interface SiteData {
  /** In time order; every other list in the order of its policy, then document order (src/data/order.ts). */
  policies: Policy[];
  measures: Measure[];
  tasks: Task[];
  targets: Target[];
  benefits: Benefit[];
  units: Unit[];
  /** Every tag and the definition of a general provision, by group (alphabetically), then in their authored order. */
  taxonomy: TaxonomyEntry[];
  policyById: Map<string, Policy>;
  measureById: Map<string, Measure>;
  unitById: Map<string, Unit>;
  /** Where to look when no contact of a unit is cited (content/directory.yaml). */
  directory: ContactDirectory;
  /** A policy's translatable text segments with their English, in document order (the bilingual page). */
  segmentsByPolicy: Map<string, Segment[]>;
  /**
   * Records grouped once per build (absent key: none). Pages look records up here: a scan of every
   * target per provision or per measure page made one large document's build quadratic (bench/README.md).
   */
  measuresByPolicy: Map<string, Measure[]>;
  /** A measure's position among its policy's measures (for previous/next links). */
  measureIndex: Map<string, number>;
  tasksByPolicy: Map<string, Task[]>;
  tasksByMeasure: Map<string, Task[]>;
  targetsByPolicy: Map<string, Target[]>;
  targetsByMeasure: Map<string, Target[]>;
  /** Targets by the provision that states them (a measure or a heading). */
  targetsByProvision: Map<string, Target[]>;
  benefitsByMeasure: Map<string, Benefit[]>;
  /** Benefits a policy states outside its measures (in its preamble or a heading's own text), by policy. */
  policyBenefitsByPolicy: Map<string, Benefit[]>;
  /** Taxonomy tags by group, in their authored order. */
  tags: Record<'audiences' | 'instruments' | 'themes', TaxonomyEntry[]>;
  tagById: Map<string, TaxonomyEntry>;
  /** Label and definition of a general provision (content/taxonomy.yaml `general:`), null when not defined. */
  general: GeneralDefinition | null;
  /** Status of each policy and measure at the build date (src/lib/status.ts). */
  policyStatusById: Map<string, PolicyStatus>;
  measureStatusById: Map<string, MeasureStatus>;
}

let cache: Promise<SiteData> | null = null;

/** The site's content, loaded once. */
export function siteData(): Promise<SiteData> {
  cache ??= (async () => {
    const { policies, measures, tasks, targets, benefits = [], taxonomy } = orderRecords({
      policies: (await getCollection('policies')).map((e) => e.data),
      measures: (await getCollection('measures')).map((e) => e.data),
      tasks: (await getCollection('tasks')).map((e) => e.data),
      targets: (await getCollection('targets')).map((e) => e.data),
      benefits: (await getCollection('benefits')).map((e) => e.data),
      taxonomy: (await getCollection('taxonomy')).map((e) => e.data),
    });
    const units: Unit[] = (await getCollection('units')).map(({ data: u }) => ({ ...u, url: { zh: unitPath(u.id), en: `/en${unitPath(u.id)}` } }));
    const tags = {
      audiences: taxonomy.filter((t) => t.group === 'audiences'),
      instruments: taxonomy.filter((t) => t.group === 'instruments'),
      themes: taxonomy.filter((t) => t.group === 'themes'),
    };
    // A policy's dated deadlines (its measures' and its task table's) tell when a policy with no stated end has ended.
    const deadlinesOf = (id: string) => [...measures.filter((m) => m.policy === id).map((m) => m.deadline), ...tasks.filter((x) => x.policy === id).map((x) => x.deadline)];
    const policyStatusById = new Map(policies.map((p) => [p.id, policyStatus(p, BUILD_DATE, p.supersession, deadlinesOf(p.id))]));
    const measureStatusById = new Map(measures.map((m) => [m.id, measureStatus(m, policyStatusById.get(m.policy)!, BUILD_DATE)]));
    const general = taxonomy.find((t) => t.group === 'general');
    const measuresByPolicy = groupBy(measures, (m) => m.policy);
    const measureIndex = new Map([...measuresByPolicy.values()].flatMap((own) => own.map((m, i) => [m.id, i] as const)));
    return {
      measuresByPolicy,
      measureIndex,
      tasksByPolicy: groupBy(tasks, (x) => x.policy),
      tasksByMeasure: groupBy(tasks, (x) => x.measure),
      targetsByPolicy: groupBy(targets, (x) => x.policy),
      targetsByMeasure: groupBy(targets, (x) => x.measure),
      targetsByProvision: groupBy(targets, (x) => x.provision),
      benefitsByMeasure: groupBy(benefits, (x) => x.measure),
      policyBenefitsByPolicy: groupBy(benefits.filter((x) => x.measure === null), (x) => x.policy),
      policyStatusById,
      measureStatusById,
      tags,
      tagById: new Map(taxonomy.filter((t) => t.group !== 'general').map((t) => [t.id, t])),
      general: general ? { label: general.label, definition: general.definition } : null,
      policies,
      measures,
      tasks,
      targets,
      benefits,
      units,
      taxonomy,
      policyById: new Map(policies.map((p) => [p.id, p])),
      measureById: new Map(measures.map((m) => [m.id, m])),
      unitById: new Map(units.map((u) => [u.id, u])),
      directory: (await getCollection('directory'))[0]!.data,
      segmentsByPolicy: new Map((await getCollection('segments')).map(({ data }) => [data.id, data.segments])),
    };
  })();
  return cache;
}

/** A text in the page's language, or the Chinese original marked as such when English is missing. */
export function pick(text: { zh: string; en: string | null } | null | undefined, lang: Lang): { text: string; lang: 'zh-CN' | 'en'; pending: boolean } {
  if (!text) return { text: '', lang: lang === 'en' ? 'en' : 'zh-CN', pending: false };
  if (lang === 'zh') return { text: text.zh, lang: 'zh-CN', pending: false };
  return text.en ? { text: text.en, lang: 'en', pending: false } : { text: text.zh, lang: 'zh-CN', pending: true };
}

/** A unit's short name in a language (English names come from the registry). */
export function unitName(u: UnitEntry | undefined, lang: Lang): string {
  if (!u) return '';
  return lang === 'en' ? (u.name.en ?? u.name.zh) : u.name.zh;
}

/** The site path of a unit page. */
export const unitPath = (id: string) => `/units/${id}/`;

/** A measure's heading: its number and title, or the start of its text. */
export function measureHeading(m: Measure, lang: Lang): string {
  const title = pick(m.title, lang).text;
  const number = m.number ?? '';
  if (title) return lang === 'en' ? title : `${number}${title}`;
  // a heading with neither title nor text (第八章 alone, an excerpt cut after it) still needs a name: its number, else its key
  return pick(m.text, lang).text.slice(0, 40) || number || m.id.slice(m.policy.length + 1);
}
