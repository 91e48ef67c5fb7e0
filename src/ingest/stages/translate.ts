/**
 * Stage 7 (translations): give the targets their English (after overrides set their
 * Chinese), record every segment with its English, and report per policy what is
 * translated, pending, stale or orphaned — and which provisions were renumbered.
 */
import { diagnostic, type Diagnostic } from '../report/diagnostics.ts';
import type { PolicyOutput } from './records.ts';
import { unitOfMeasureEn } from '../recognisers/targets.ts';
import type { TranslationFile, Translator } from '../authored/translations.ts';

export interface TranslationStats {
  segments: number;
  translated: number;
  stale: string[];
  orphans: string[];
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
export function finishTranslation(o: PolicyOutput, translator: Translator, file: TranslationFile, seedFile: string): { stats: TranslationStats; renumbered: Renumbered[]; diagnostics: Diagnostic[] } {
  translateTargets(o, translator);
  const missing = new Set(translator.missing);
  const translated = translator.seen.filter((s) => !missing.has(s.id)).length;
  const stats: TranslationStats = { segments: translator.seen.length, translated, stale: [...translator.stale], orphans: translator.orphans() };
  o.segments = translator.seen.map((s) => ({ ...s, ...translator.get(s.id, s.zh) }));
  o.policy.translation = { segments: stats.segments, translated, stale: stats.stale.length };
  const renumbered = findRenumbered(o.policy.id, file, translator.seen);
  const tfile = `content/translations/en/${o.policy.id}.yaml`;
  const diagnostics: Diagnostic[] = [];
  if (translated < stats.segments)
    diagnostics.push(diagnostic(seedFile, null, 'translation-pending', `English: ${translated}/${stats.segments} segments translated; run npm run translations, then fill the en values in ${tfile}`));
  if (stats.stale.length) diagnostics.push(diagnostic(tfile, null, 'translation-stale', `${stats.stale.length} translations were written for other Chinese wording: ${stats.stale.join(', ')}`));
  if (stats.orphans.length) diagnostics.push(diagnostic(tfile, null, 'translation-orphan', `${stats.orphans.length} entries name no current segment: ${stats.orphans.join(', ')}`));
  for (const r of renumbered) diagnostics.push(diagnostic(seedFile, null, 'renumbered', `“${r.title}” moved from ${r.from} to ${r.to}: translations and overrides keyed to the old id need review`));
  return { stats, renumbered, diagnostics };
}
