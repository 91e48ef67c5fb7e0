/**
 * Checks of the English content: complete for the seed policies (reported, not required, for
 * added ones), free of Chinese, numbers kept, glossary terms used consistently, briefs traceable.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { describe, expect, it } from 'vitest';
import type { BriefStatement, GlossaryEntry, UnitEntry } from '../../src/data/schemas.ts';
import { readGeneratedData, type PolicyData } from '../../src/data/generated.ts';
import type { IngestReport } from '../../src/ingest/report/report.ts';
import { missingQuantities, chineseQuantities, englishQuantities } from '../../src/lib/numbers.ts';
import { isSeedPolicy, reportOthers, ROOT, SEED_POLICIES } from '../helpers.ts';

const data = readGeneratedData(join(ROOT, 'content', 'generated', 'data'));
const seedData = data.filter((d) => isSeedPolicy(d.policy.id));
const report = JSON.parse(readFileSync(join(ROOT, 'content', 'ingest-report.json'), 'utf8')) as IngestReport;
const glossary = YAML.parse(readFileSync(join(ROOT, 'content', 'glossary.yaml'), 'utf8')) as GlossaryEntry[];
const units = YAML.parse(readFileSync(join(ROOT, 'content', 'units.yaml'), 'utf8')) as UnitEntry[];
const HAN = /\p{Script=Han}/u;

describe('number helpers', () => {
  it('read 万/亿 and million/billion', () => {
    expect(chineseQuantities('超过1.28万家和200亿元，达到2%')).toEqual([12800, 20000000000, 2]);
    expect(englishQuantities('more than 12,800 entities and CNY 20 billion, 2%')).toEqual([12800, 20000000000, 2]);
    expect(missingQuantities('培育50名', 'cultivate 5 people')).toEqual([50]);
  });
});

/** What of a policy's records still lacks English (empty: complete). */
function missingEnglish(d: PolicyData): string[] {
  const missing: string[] = [];
  if (!d.policy.title.en) missing.push(`${d.policy.id} title`);
  if (d.policy.issuer && !d.policy.issuer.en) missing.push(`${d.policy.id} issuer`);
  for (const m of d.measures) {
    if (m.title && !m.title.en) missing.push(`${m.id} title`);
    if (!m.text.en) missing.push(`${m.id} text`);
  }
  for (const t of d.tasks) if (!t.text.en) missing.push(`${t.id} text`);
  for (const t of d.targets) {
    if (!t.indicator.en) missing.push(`${t.id} indicator`);
    if (t.scope && !t.scope.en) missing.push(`${t.id} scope`);
    if (!t.unit.en) missing.push(`${t.id} unit`);
  }
  for (const s of d.segments) if (!s.en) missing.push(`${d.policy.id} segment ${s.id}`);
  return missing;
}

/** A unit entry's missing English names. */
const unitMissingEnglish = (u: UnitEntry) => [...(u.name.en ? [] : [`unit ${u.id} name`]), ...(u.fullName?.zh && !u.fullName.en ? [`unit ${u.id} full name`] : [])];

/** Units some policies name (lead and support of measures and tasks), with the units they became. */
function unitsNamedBy(policies: PolicyData[]): Set<string> {
  const ids = new Set(policies.flatMap((d) => [...d.measures, ...d.tasks].flatMap((r) => [...r.lead, ...r.support])));
  const byId = new Map(units.map((u) => [u.id, u]));
  for (const id of [...ids]) for (let next = byId.get(id)?.successor; next && !ids.has(next); next = byId.get(next)?.successor) ids.add(next);
  return ids;
}
/** Units only added documents name: a maintainer may paste them from an unknown-unit report with en: null. */
const seedUnits = unitsNamedBy(seedData);
const onlyAddedUnits = new Set([...unitsNamedBy(data.filter((d) => !isSeedPolicy(d.policy.id)))].filter((id) => !seedUnits.has(id)));

describe('the seed policies are fully translated', () => {
  it('every seed policy is published', () => expect(seedData.map((d) => d.policy.id).sort()).toEqual([...SEED_POLICIES].sort()));
  for (const d of seedData) {
    it(`${d.policy.id}: policy, measures, tasks, targets and segments have English`, () => expect(missingEnglish(d)).toEqual([]));
    it(`${d.policy.id}: no English text is stale`, () => expect(d.segments.filter((s) => s.stale).map((s) => s.id)).toEqual([]));
  }
  it('every unit has its English name, except units only added documents name', () => {
    expect(seedUnits.size).toBeGreaterThan(0);
    expect(units.filter((u) => !onlyAddedUnits.has(u.id)).flatMap(unitMissingEnglish)).toEqual([]);
  });
});

describe('other policies: missing English is reported, not required', () => {
  const others = data.filter((d) => !isSeedPolicy(d.policy.id));
  it('the ingest report lists translation-pending for each added policy without full English, and every stale translation', () => {
    const reported = (rule: string) => new Set(report.diagnostics.filter((x) => x.rule === rule).map((x) => x.file));
    const pending = reported('translation-pending');
    const stale = reported('translation-stale');
    const fileOf = new Map(report.policies.map((p) => [p.id, `seeds/${p.file}`])); // diagnostics name files from the project root
    for (const d of others) {
      if (d.segments.some((s) => !s.en)) expect(pending.has(fileOf.get(d.policy.id)!), `translation-pending for ${d.policy.id}`).toBe(true);
      if (d.segments.some((s) => s.stale)) expect(stale.has(`content/translations/en/${d.policy.id}.yaml`), `translation-stale for ${d.policy.id}`).toBe(true);
    }
    reportOthers('English still missing', [
      ...others.map((d) => [d.policy.id, missingEnglish(d).length] as const).filter(([, n]) => n > 0).map(([id, n]) => `${id}: ${n} texts`),
      ...units.filter((u) => onlyAddedUnits.has(u.id)).flatMap(unitMissingEnglish),
    ]);
  });
});

describe('English text has no Chinese characters', () => {
  it('in segments, glossary and units', () => {
    const bad = [
      ...data.flatMap((d) => d.segments.filter((s) => s.en && HAN.test(s.en)).map((s) => `${d.policy.id} ${s.id}: ${s.en}`)),
      ...glossary.filter((g) => HAN.test(g.en) || HAN.test(g.explanation.en)).map((g) => `glossary ${g.id}`),
      ...units.filter((u) => (u.name.en && HAN.test(u.name.en)) || (u.fullName?.en && HAN.test(u.fullName.en))).map((u) => `unit ${u.id}`),
    ];
    expect(bad).toEqual([]);
  });
});

describe('numbers are kept', () => {
  it('every number of each Chinese provision, task and heading is in its English (万/亿 converted)', () => {
    const bad = data.flatMap((d) =>
      d.segments.filter((s) => s.en && missingQuantities(s.zh, s.en).length).map((s) => `${d.policy.id} ${s.id}: missing ${missingQuantities(s.zh, s.en!).join(', ')}`),
    );
    expect(bad).toEqual([]);
  });
});

/** Whether English text uses a glossary term: its English (without a parenthetical gloss), a plural of it, or one of its listed forms. */
function usesTerm(en: string, g: GlossaryEntry): boolean {
  const text = en.toLowerCase();
  const base = g.en.replace(/\s*\([^)]*\)\s*$/, '').toLowerCase();
  const plurals = [base, base.replace(/y$/, 'ies'), base + 's', base + 'es'];
  return [...plurals, ...(g.enForms ?? []).map((f) => f.toLowerCase())].some((f) => text.includes(f));
}

describe('glossary terms are translated the same way everywhere', () => {
  it('where a provision uses a term, its English uses the glossary’s English', () => {
    const bad: string[] = [];
    for (const d of data)
      for (const s of d.segments) {
        if (!s.en || /\/t\d+\//.test(s.id)) continue;
        for (const g of glossary) {
          const forms = [g.zh, ...g.aliases];
          if (!forms.some((f) => s.zh.includes(f))) continue;
          // a longer term that contains this one decides (科技企业孵化器 over 孵化器)
          if (glossary.some((o) => o !== g && o.zh.length > g.zh.length && o.zh.includes(g.zh) && s.zh.includes(o.zh) && !forms.some((f) => s.zh.replaceAll(o.zh, '').includes(f)))) continue;
          if (!usesTerm(s.en, g)) bad.push(`${d.policy.id} ${s.id}: ${g.zh} → “${g.en}”`);
        }
      }
    expect(bad).toEqual([]);
  });
});

describe('“In brief” explainers are traceable', () => {
  const briefFiles = readdirSync(join(ROOT, 'content', 'briefs')).filter((f) => f.endsWith('.yaml'));
  for (const d of data.filter((x) => briefFiles.includes(`${x.policy.id}.yaml`))) {
    const file = join(ROOT, 'content', 'briefs', `${d.policy.id}.yaml`);
    const statements = YAML.parse(readFileSync(file, 'utf8')) as BriefStatement[];
    it(`${d.policy.id}: every source exists and every number is in the sources`, () => {
      const texts = new Map<string, string>([['policy', JSON.stringify(d.policy)]]);
      for (const m of d.measures) texts.set(m.id, [m.title?.zh, m.text.zh].join(' '));
      for (const t of d.tasks) texts.set(t.id, [t.text.zh, t.deadlineText].join(' '));
      for (const t of d.targets) texts.set(t.id, [t.quote, t.indicator.zh, `${t.value}${t.unit.zh}`, t.year].join(' '));
      for (const s of statements) {
        for (const src of s.sources) expect(texts.has(src), `${src} in ${file}`).toBe(true);
        const sourceText = s.sources.map((src) => texts.get(src) ?? '').join(' ');
        const sourceNumbers = new Set(chineseQuantities(sourceText.replace(/(\d{4})-(\d{2})-(\d{2})/g, (_, y, m, dd) => `${y} ${Number(m)} ${Number(dd)}`)));
        const unsourced = chineseQuantities(s.zh).filter((q) => !sourceNumbers.has(q));
        expect(unsourced, `${s.zh}`).toEqual([]);
        expect(missingQuantities(s.zh, s.en), s.en).toEqual([]);
        expect(HAN.test(s.en), s.en).toBe(false);
      }
    });
  }
  it('every seed policy has a brief', () => expect(SEED_POLICIES.filter((id) => !briefFiles.includes(`${id}.yaml`))).toEqual([]));
  it('every brief belongs to a published policy', () => {
    const ids = new Set(data.map((d) => d.policy.id));
    expect(briefFiles.filter((f) => !ids.has(f.replace(/\.yaml$/, '')))).toEqual([]);
  });
  it('the ingest report lists brief-missing for each policy without a brief', () => {
    const reported = new Set(report.diagnostics.filter((x) => x.rule === 'brief-missing').map((x) => x.record));
    const without = data.map((d) => d.policy.id).filter((id) => !briefFiles.includes(`${id}.yaml`));
    expect([...reported].sort()).toEqual(without.sort());
    reportOthers('No “In brief” explainer', without);
  });
});
