/**
 * Exchange with translators' tools: the segments a translator gets (source, current target, state,
 * notes) and the updates an imported file makes to content/translations/en/<policy>.yaml. The file
 * formats are in xliff.ts and po.ts; this module knows neither.
 */
import YAML, { isMap, Scalar } from 'yaml';
import { hashOf, type TranslationFile } from '../ingest/authored/translations.ts';
import type { TranslationMemory } from './memory.ts';
import { checkTranslation, type QaContext } from './qa.ts';

/** A segment's state as exchanged: pending (no English), needs-review (a proposal), stale, translated or reviewed. */
export type ExchangeState = 'pending' | 'needs-review' | 'stale' | 'translated' | 'reviewed';

export interface ExchangeNote {
  /** place, glossary, unit, memory, qa */
  category: string;
  text: string;
}

export interface ExchangeUnit {
  policy: string;
  /** The segment id (1-1/p1, task-16/text …). */
  id: string;
  zh: string;
  en: string | null;
  state: ExchangeState;
  notes: ExchangeNote[];
}

/** One segment read back from a translator's file, with the line it starts on. */
export interface ImportedUnit {
  policy: string;
  id: string;
  source: string;
  target: string | null;
  /** translated or reviewed: the translator's English to store; initial: nothing to store. */
  state: 'initial' | 'translated' | 'reviewed';
  line: number | null;
}

export interface ImportProblem {
  line: number | null;
  message: string;
}

/** Which segments an export covers. */
export interface Selection {
  /** Policy ids (empty: every policy). */
  policies: string[];
  /** Only segments that need work: pending, needs-review or stale. */
  open: boolean;
}

/** Names of the parts of a policy a segment sits in (its headings), for the translator's “place” note. */
function placeOf(id: string, titles: Map<string, string>): string {
  const key = id.split('/')[0]!;
  if (key === 'policy') return id === 'policy/title' ? 'the document’s title' : 'the issuer';
  const parts = key.split('-');
  const path: string[] = [];
  for (let i = 1; i <= parts.length; i++) {
    const t = titles.get(`${parts.slice(0, i).join('-')}/title`);
    if (t) path.push(t);
  }
  return path.length ? `${path.join(' › ')} (${id})` : id;
}

/** The exchange units of policies: every current segment (or only the open ones), with the notes a translator needs. */
export function exchangeUnits(
  policies: { id: string; title: string; segments: { id: string; zh: string; en: string | null; stale: boolean }[] }[],
  files: Map<string, TranslationFile>,
  selection: Selection,
  ctx: { qa: QaContext; memory: TranslationMemory | null },
): ExchangeUnit[] {
  const out: ExchangeUnit[] = [];
  for (const p of policies) {
    if (selection.policies.length && !selection.policies.includes(p.id)) continue;
    const file = files.get(p.id) ?? new Map();
    const titles = new Map(p.segments.filter((s) => s.id.endsWith('/title')).map((s) => [s.id, s.zh]));
    for (const s of p.segments) {
      const entry = file.get(s.id);
      const proposal = entry?.en && entry.state === 'needs-review' ? entry : null;
      const state: ExchangeState = proposal ? 'needs-review' : !s.en ? 'pending' : s.stale ? 'stale' : entry?.state === 'reviewed' ? 'reviewed' : 'translated';
      if (selection.open && (state === 'translated' || state === 'reviewed')) continue;
      const en = proposal ? proposal.en : s.en;
      const notes: ExchangeNote[] = [{ category: 'place', text: `${p.title} › ${placeOf(s.id, titles)}` }];
      for (const t of ctx.qa.terms) if (t.zh.some((f) => s.zh.includes(f))) notes.push({ category: 'glossary', text: `${t.zh[0]} = ${t.en}` });
      for (const u of ctx.qa.units) if (u.en.length && u.zh.some((f) => s.zh.includes(f))) notes.push({ category: 'unit', text: `${u.zh.find((f) => s.zh.includes(f))} = ${u.en[0]}` });
      if (proposal?.match) notes.push({ category: 'memory', text: `proposed from ${proposal.match.from} (${Math.round(proposal.match.similarity * 100)}% similar); the Chinese differs: ${proposal.match.diff}` });
      if (state === 'stale' && entry) notes.push({ category: 'memory', text: `the English was written for: ${entry.zh}` });
      if (en) for (const f of checkTranslation(s.zh, en, ctx.qa, /\/t\d+\//.test(s.id) ? 'label' : 'text')) notes.push({ category: 'qa', text: `${f.rule}: ${f.message}` });
      out.push({ policy: p.id, id: s.id, zh: s.zh, en, state, notes });
    }
  }
  return out;
}

const HAN = /\p{Script=Han}/gu;

/**
 * Checks imported units against the current segments: unknown policy or segment, a source that changed
 * since the export, a target in the wrong language. Returns the updates to make (policy → id → English
 * and state) and a problem per refused unit. A unit without a target, or marked initial, changes nothing:
 * no existing translation is lost.
 */
export function checkImport(
  units: ImportedUnit[],
  current: Map<string, Map<string, string>>,
): { updates: Map<string, Map<string, { zh: string; en: string; state: 'translated' | 'reviewed' }>>; problems: ImportProblem[] } {
  const updates = new Map<string, Map<string, { zh: string; en: string; state: 'translated' | 'reviewed' }>>();
  const problems: ImportProblem[] = [];
  for (const u of units) {
    const segments = current.get(u.policy);
    if (!segments) {
      problems.push({ line: u.line, message: `unknown policy ${u.policy}` });
      continue;
    }
    const zh = segments.get(u.id);
    if (zh === undefined) {
      problems.push({ line: u.line, message: `unknown segment ${u.policy}/${u.id}` });
      continue;
    }
    if (hashOf(u.source) !== hashOf(zh)) {
      problems.push({ line: u.line, message: `${u.policy}/${u.id}: the Chinese changed since the export (hash ${hashOf(u.source)}, now ${hashOf(zh)}): export it again` });
      continue;
    }
    if (u.state === 'initial' || u.target === null || !u.target.trim()) continue;
    const han = u.target.match(HAN)?.length ?? 0;
    if (han > [...u.target].length / 2) {
      problems.push({ line: u.line, message: `${u.policy}/${u.id}: the target is not English (mostly Chinese characters)` });
      continue;
    }
    if (!updates.has(u.policy)) updates.set(u.policy, new Map());
    updates.get(u.policy)!.set(u.id, { zh, en: u.target, state: u.state });
  }
  return { updates, problems };
}

const quoted = (s: string) => {
  const node = new Scalar(s);
  node.type = Scalar.QUOTE_DOUBLE;
  return node;
};

/**
 * Applies updates to the text of a translation file, editing only what changed (other entries keep their
 * text byte for byte). An update equal to the entry changes nothing; new English is written with the hash
 * of the Chinese it translates, its state, and without the memory's proposal note.
 */
export function applyUpdates(text: string, updates: Map<string, { zh: string; en: string; state: 'translated' | 'reviewed' }>): { text: string; changed: string[] } {
  const doc = YAML.parseDocument(text);
  const changed: string[] = [];
  for (const [id, u] of updates) {
    const node = doc.get(id, true);
    const old = isMap(node) ? (node.toJSON() as { hash: string; zh: string; en: string | null; state?: string }) : null;
    const oldState = old?.state ?? 'translated';
    if (old && old.en === u.en && old.hash === hashOf(u.zh) && oldState === u.state) continue;
    const entry = doc.createNode({ hash: hashOf(u.zh), zh: u.zh }) as YAML.YAMLMap;
    entry.set('en', quoted(u.en));
    // translated is the default: the state is written only when it says more
    if (u.state !== 'translated') entry.set('state', u.state);
    doc.set(id, entry);
    changed.push(id);
  }
  return { text: doc.toString({ lineWidth: 0 }), changed };
}
