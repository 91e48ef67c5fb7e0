/**
 * Stage 6 (reviewed overrides): apply content/overrides/targets.yaml to the extracted
 * targets and tag every measure by the taxonomy rules plus content/overrides/tags.yaml.
 * Overrides that name nothing are reported stale; tag overrides whose reason does not
 * quote the measure's words are reported (override-unquoted).
 */
import type { TagOverride, TargetOverride, Taxonomy } from '../../data/schemas.ts';
import { diagnostic, type Diagnostic } from '../report/diagnostics.ts';
import { IngestError, throwAll } from '../report/errors.ts';
import type { PolicyOutput } from './records.ts';
import { reasonQuoteProblem, tagMeasure } from '../authored/tags.ts';

const TARGETS_FILE = 'content/overrides/targets.yaml';
const TAGS_FILE = 'content/overrides/tags.yaml';

export interface OverrideResult {
  /** Target ids a reviewed override touched (their review diagnostics are settled). */
  reviewed: Set<string>;
  applied: { id: string; action: string; reason: string }[];
  diagnostics: Diagnostic[];
}

/**
 * Corrects, adds and drops targets as the reviewed overrides say. Mutates the outputs.
 * `lines` are the overrides' lines in their file (same order). An `add` whose id an
 * extracted target already has would publish two targets with one id: IngestError(s).
 */
export function applyTargetOverrides(outputs: PolicyOutput[], overrides: TargetOverride[], lines: readonly (number | null)[] = []): OverrideResult {
  const diagnostics: Diagnostic[] = [];
  const applied: OverrideResult['applied'] = [];
  const byPolicy = new Map(outputs.map((o) => [o.policy.id, o]));
  const policyOf = (recordId: string) => byPolicy.get(recordId.slice(0, recordId.indexOf('/')));
  const extracted = new Set(outputs.flatMap((o) => o.targets.map((t) => t.id)));
  throwAll(
    overrides.flatMap((o, i) =>
      o.action === 'add' && extracted.has(o.id)
        ? [new IngestError(TARGETS_FILE, lines[i] ?? null, `add ${o.id}: the ingest already extracted a target with this id (correct it instead, or give the added target another id)`)]
        : [],
    ),
  );
  for (const [i, o] of overrides.entries()) {
    const policy = policyOf(o.action === 'add' ? o.measure : o.id);
    const measure = o.action === 'add' ? policy?.measures.find((x) => x.id === o.measure) : undefined;
    const target = o.action === 'add' ? undefined : policy?.targets.find((t) => t.id === o.id);
    if (!policy || (o.action === 'add' ? !measure : !target)) {
      diagnostics.push(diagnostic(TARGETS_FILE, lines[i] ?? null, 'override-stale', `${o.action} ${o.id}: no such ${o.action === 'add' ? `measure ${o.measure}` : 'extracted target'}`));
      continue;
    }
    applied.push({ id: o.id, action: o.action, reason: o.reason });
    if (o.action === 'drop') {
      policy.targets = policy.targets.filter((t) => t.id !== o.id);
    } else if (o.action === 'correct') {
      Object.assign(target!, o.set, { overridden: true });
      if (o.set.year !== undefined) target!.yearSource = 'override';
    } else {
      policy.targets.push({ ...o.target, id: o.id, policy: policy.policy.id, measure: measure!.id, provision: measure!.id, yearSource: 'override', overridden: true, enStale: false, url: measure!.url });
    }
  }
  if (applied.length) diagnostics.push(diagnostic(TARGETS_FILE, null, 'override-applied', `${applied.length} targets changed by reviewed overrides`));
  return { reviewed: new Set(applied.map((a) => a.id)), applied, diagnostics };
}

/**
 * Tags every measure (rules + reviewed overrides); measures left without an audience or instrument that are
 * not general provisions are listed for review (untagged). An override whose reason does not quote its
 * measure's words is reported (override-unquoted), as is one that names no measure (override-stale);
 * `lines` are the overrides' lines in their file (same order).
 */
export function applyTags(
  outputs: PolicyOutput[],
  taxonomy: Taxonomy | null,
  overrides: TagOverride[],
  fileOf: (policyId: string) => string,
  lines: readonly (number | null)[] = [],
): { untagged: Map<string, string[]>; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const untaggedByPolicy = new Map<string, string[]>();
  const measures = new Map(outputs.flatMap((o) => o.measures.map((m) => [m.id, m] as const)));
  for (const [i, o] of overrides.entries()) {
    const m = measures.get(o.measure);
    if (!m) {
      diagnostics.push(diagnostic(TAGS_FILE, lines[i] ?? null, 'override-stale', `tags ${o.measure}: no such measure`));
      continue;
    }
    const problem = reasonQuoteProblem(o.reason, m.title?.zh ?? '', m.text.zh);
    if (problem) diagnostics.push(diagnostic(TAGS_FILE, lines[i] ?? null, 'override-unquoted', `tags ${o.measure}: ${problem}`, { record: o.measure }));
  }
  if (!taxonomy) return { untagged: untaggedByPolicy, diagnostics };
  for (const o of outputs) {
    const untagged: string[] = [];
    untaggedByPolicy.set(o.policy.id, untagged);
    for (const m of o.measures) {
      Object.assign(m, tagMeasure(taxonomy, overrides, m.id, m.title?.zh ?? '', m.text.zh));
      if (!m.general && (!m.audiences.length || !m.instruments.length)) untagged.push(m.id);
    }
    if (untagged.length)
      diagnostics.push(
        diagnostic(fileOf(o.policy.id), null, 'untagged', `${untagged.length} measures without an audience or instrument tag (tag them, or mark general provisions, in ${TAGS_FILE}): ${untagged.map((u) => u.slice(o.policy.id.length + 1)).join(', ')}`),
      );
  }
  return { untagged: untaggedByPolicy, diagnostics };
}
