/**
 * The whole ingest as one pure function: seed files + manifest + authored
 * registry/overrides in, generated records + report out. Each stage lives in its
 * own module; this file only composes them. Nothing here touches the disk:
 * cli.ts reads the inputs and writes the outputs atomically.
 */
import { checkAuthored, type AuthoredTexts } from './authored/check.ts';
import { checkBriefSources, missingBriefs } from './authored/briefs.ts';
import { sortDiagnostics, type Diagnostic } from './report/diagnostics.ts';
import { type IngestError, throwAll, tryEach } from './report/errors.ts';
import { referenceErrors } from './authored/references.ts';
import { applyTags, applyTargetOverrides } from './stages/overrides.ts';
import { buildPolicyRecords, settledUnknownUnits, type PolicyOutput } from './stages/records.ts';
import type { IngestReport, PolicyReport } from './report/report.ts';
import type { Converted } from './received/types.ts';
import { prepareSources, round3, sourcesOf } from './stages/sources.ts';
import { finishTranslation } from './stages/translate.ts';
import { Translator } from './authored/translations.ts';
import { TranslationMemory } from '../translation/memory.ts';
import { qaContext } from '../translation/qa.ts';

export { parseManifest } from './authored/check.ts';
export type { PolicyOutput } from './stages/records.ts';
export type { IngestReport, PolicyReport } from './report/report.ts';

export interface IngestInput extends AuthoredTexts {
  /** seed file name → bytes */
  seeds: Map<string, Uint8Array>;
  /** Files of seeds/ that could not be read (their problem is reported by the read, so not again as missing from seeds/). */
  unreadableSeeds?: string[];
  /** Seeds converted from the format they were received in (src/ingest/received/convert.ts), by file name. */
  received?: Map<string, Converted>;
}

export interface IngestResult {
  policies: PolicyOutput[];
  report: IngestReport;
}

/**
 * Runs the ingest over all seeds. Throws IngestError(s) on bad input — the problems met reading the
 * files (`readProblems`), then those of every authored file, every seed and every cross-file
 * reference, all found in one run — and never returns partial output.
 */
export function runIngest(input: IngestInput, readProblems: IngestError[] = []): IngestResult {
  const checked = checkAuthored(input);
  const { authored } = checked;
  const set = prepareSources(checked.manifest, input.manifestText, input.seeds, input.unreadableSeeds, input.received);
  const diagnostics: Diagnostic[] = [...set.diagnostics];
  const primaries = set.prepared.filter((p) => !set.variantOf.has(p.entry.id));

  const memory = new TranslationMemory(authored.translations);
  const qa = qaContext(authored.glossary, authored.registry.entries);
  const { results: built, errors } = tryEach(primaries, (p) => {
    const translator = new Translator(authored.translations.get(p.entry.id) ?? new Map(), memory);
    const superseded = authored.supersessions.find((s) => s.policy === p.entry.id);
    const supersession = superseded ? { by: superseded.by, evidence: superseded.evidence.trim() } : null;
    return { p, translator, ...buildPolicyRecords(p, sourcesOf(set, p), authored.registry, translator, supersession) };
  });
  throwAll([...readProblems, ...checked.errors, ...set.errors, ...errors, ...referenceErrors(authored, set, input)]);
  const outputs = built.map((b) => b.output);
  const fileOf = new Map(built.map((b) => [b.p.entry.id, b.p.file]));
  diagnostics.push(...missingBriefs([...fileOf].map(([id, file]) => ({ id, file })), input.briefFiles ?? []));

  const overrides = applyTargetOverrides(outputs, authored.targetOverrides, authored.targetOverrideLines);
  diagnostics.push(...overrides.diagnostics);
  // A reviewed target is no longer one to review, nor is a number whose target a reviewed override gives.
  for (const b of built) {
    const settled = settledUnknownUnits(b.unknownUnitNumbers, b.output.targets);
    diagnostics.push(...b.diagnostics.filter((d) => !(d.rule === 'target-review' && overrides.reviewed.has(d.record ?? '')) && !settled.has(d)));
  }
  const tags = applyTags(outputs, authored.taxonomy, authored.tagOverrides, (id) => fileOf.get(id)!, authored.tagOverrideLines);
  diagnostics.push(...tags.diagnostics, ...checkBriefSources(authored.briefs, outputs));

  const policies: PolicyReport[] = [];
  const renumbered: IngestReport['renumbered'] = [];
  for (const b of built) {
    const checks = { qa, memory, fileText: input.translations?.get(b.p.entry.id) };
    const done = finishTranslation(b.output, b.translator, authored.translations.get(b.p.entry.id) ?? new Map(), b.p.file, checks);
    diagnostics.push(...done.diagnostics);
    renumbered.push(...done.renumbered);
    policies.push({ ...b.stats, counts: { ...b.stats.counts, targets: b.output.targets.length }, untagged: tags.untagged.get(b.p.entry.id) ?? [], translation: done.stats });
  }

  const report: IngestReport = {
    sources: set.prepared.map((p) => {
      const v = set.variantOf.get(p.entry.id);
      return { file: p.entry.file, sha256: p.normalized.sha256, format: p.format, role: v ? 'variant' : 'primary', policy: v ? v.of : p.entry.id, similarity: v ? round3(v.similarity) : null, script: p.entry.script };
    }),
    policies,
    overriddenTargets: overrides.applied,
    renumbered,
    diagnostics: sortDiagnostics(diagnostics),
  };
  return { policies: outputs, report };
}
