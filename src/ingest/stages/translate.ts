/**
 * Stage 7 (translations): give the targets their English (after overrides set their
 * Chinese), record every segment with its English, and report per policy what is
 * translated, pending, stale or orphaned — and which provisions were renumbered.
 */
import { diagnostic, type Diagnostic } from '../report/diagnostics.ts';
import type { PolicyOutput } from './records.ts';
import { unitOfMeasureEn } from '../recognisers/targets.ts';
import type { TranslationFile, Translator } from '../authored/translations.ts';
import { checkTranslation, type QaContext } from '../../translation/qa.ts';
import type { TranslationMemory } from '../../translation/memory.ts';

export interface TranslationStats {
  segments: number;
  translated: number;
  stale: string[];
  orphans: string[];
  /** Segments whose English came from an identical Chinese segment elsewhere (id → policy/segment). */
  reused: Record<string, string>;
  /** Segments with a proposal from the memory awaiting confirmation (state needs-review in the file). */
  needsReview: string[];
  reviewed: number;
}

/** What the translation stage checks with beyond one policy: the QA's terms and units, the memory, the translation file's text (for lines). */
export interface TranslationChecks {
  qa?: QaContext;
  memory?: TranslationMemory;
  fileText?: string;
}

/** The 1-based line of a segment's key in its translation file, or null. */
function keyLine(text: string | undefined, key: string): number | null {
  if (!text) return null;
  const i = text.split('\n').findIndex((l) => l.startsWith(`${key}:`) || l.startsWith(`"${key}":`));
  return i < 0 ? null : i + 1;
}

export interface Renumbered {
  title: string;
  from: string;
  to: string;
}

/** Fills the English of targets (indicator, scope, unit) after overrides have set their Chinese. */
function translateTargets(o: PolicyOutput, translator: Translator) {
  for (const t of o.targets) {
    const key = t.id.slice(o.policy.id.length + 1);
    const indicator = translator.get(`${key}/indicator`, t.indicator.zh);
    const scope = t.scope ? translator.get(`${key}/scope`, t.scope.zh) : null;
    t.indicator.en = indicator.en;
    if (t.scope) t.scope.en = scope!.en;
    t.unit.en = unitOfMeasureEn(t.unit.zh);
    t.enStale = indicator.stale || Boolean(scope?.stale);
  }
}

/**
 * Provisions whose translated heading now stands under another id: an entry of the
 * (authored) translation file whose id now has other Chinese (or none), while its
 * Chinese is the Chinese of a current heading with another id. Depends only on the inputs, so every run reports it
 * until the translation file is updated.
 */
export function findRenumbered(policyId: string, file: TranslationFile, segments: { id: string; zh: string }[]): Renumbered[] {
  const zhById = new Map(segments.map((s) => [s.id, s.zh]));
  const titleIdByZh = new Map<string, string>();
  for (const s of segments) if (s.id.endsWith('/title') && !s.id.startsWith('policy/') && !titleIdByZh.has(s.zh)) titleIdByZh.set(s.zh, s.id);
  const moved: Renumbered[] = [];
  for (const [key, entry] of file) {
    if (!key.endsWith('/title') || zhById.get(key) === entry.zh) continue;
    const now = titleIdByZh.get(entry.zh);
    if (now && now !== key) moved.push({ title: entry.zh, from: `${policyId}/${key.slice(0, -'/title'.length)}`, to: `${policyId}/${now.slice(0, -'/title'.length)}` });
  }
  return moved;
}

/** Completes the English of one policy and reports its translation state. Mutates the output. */
export function finishTranslation(o: PolicyOutput, translator: Translator, file: TranslationFile, seedFile: string, checks: TranslationChecks = {}): { stats: TranslationStats; renumbered: Renumbered[]; diagnostics: Diagnostic[] } {
  translateTargets(o, translator);
  const missing = new Set(translator.missing);
  const translated = translator.seen.filter((s) => !missing.has(s.id)).length;
  const stats: TranslationStats = {
    segments: translator.seen.length,
    translated,
    stale: [...translator.stale],
    orphans: translator.orphans(),
    reused: Object.fromEntries(translator.reused),
    needsReview: [...translator.needsReview],
    reviewed: translator.reviewed.size,
  };
  o.segments = translator.seen.map((s) => ({ ...s, ...translator.get(s.id, s.zh) }));
  o.policy.translation = {
    segments: stats.segments,
    translated,
    stale: stats.stale.length,
    reviewed: stats.reviewed,
    needsReview: stats.needsReview.length,
    pending: stats.segments - translated - stats.needsReview.length,
  };
  const renumbered = findRenumbered(o.policy.id, file, translator.seen);
  const tfile = `content/translations/en/${o.policy.id}.yaml`;
  const diagnostics: Diagnostic[] = [];
  if (translated < stats.segments)
    diagnostics.push(diagnostic(seedFile, null, 'translation-pending', `English: ${translated}/${stats.segments} segments translated; run npm run translations, then fill the en values in ${tfile}`));
  if (stats.stale.length) diagnostics.push(diagnostic(tfile, null, 'translation-stale', `${stats.stale.length} translations were written for other Chinese wording: ${stats.stale.join(', ')}`));
  if (stats.orphans.length) diagnostics.push(diagnostic(tfile, null, 'translation-orphan', `${stats.orphans.length} entries name no current segment: ${stats.orphans.join(', ')}`));
  diagnostics.push(...memoryDiagnostics(o, translator, stats, tfile, seedFile, checks));
  for (const r of renumbered) diagnostics.push(diagnostic(seedFile, null, 'renumbered', `“${r.title}” moved from ${r.from} to ${r.to}: translations and overrides keyed to the old id need review`));
  return { stats, renumbered, diagnostics };
}

/** Reuse and proposals of the translation memory, and the QA findings of every segment with English. */
function memoryDiagnostics(o: PolicyOutput, translator: Translator, stats: TranslationStats, tfile: string, seedFile: string, checks: TranslationChecks): Diagnostic[] {
  const out: Diagnostic[] = [];
  const reused = Object.entries(stats.reused);
  if (reused.length)
    out.push(diagnostic(seedFile, null, 'translation-reused', `${reused.length} segments reuse the English of an identical Chinese segment: ${reused.map(([id, from]) => `${id} ← ${from}`).join(', ')} (npm run translations writes them into ${tfile})`));
  if (stats.needsReview.length)
    out.push(diagnostic(tfile, null, 'translation-needs-review', `${stats.needsReview.length} proposals from the translation memory await confirmation (state: needs-review): ${stats.needsReview.join(', ')}`));
  if (checks.memory) {
    const missing = translator.missing.filter((id) => !translator.needsReview.has(id));
    for (const s of o.segments.filter((x) => missing.includes(x.id))) {
      const near = checks.memory.near(s.zh);
      if (near)
        out.push(diagnostic(seedFile, null, 'translation-near-match', `${s.id} is ${Math.round(near.similarity * 100)}% like ${near.entry.policy}/${near.entry.id}: ${near.diff} (npm run translations proposes its English, state needs-review)`, { record: `${o.policy.id}/${s.id}` }));
    }
  }
  if (checks.qa) {
    for (const s of o.segments) {
      if (!s.en) continue;
      const from = stats.reused[s.id];
      for (const f of checkTranslation(s.zh, s.en, checks.qa, /\/t\d+\//.test(s.id) ? 'label' : 'text'))
        out.push(diagnostic(from ? seedFile : tfile, from ? null : keyLine(checks.fileText, s.id), f.rule, `${s.id}: ${f.message}`, { record: `${o.policy.id}/${s.id}` }));
    }
  }
  return out;
}
