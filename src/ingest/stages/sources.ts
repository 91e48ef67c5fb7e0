/**
 * Stage 1–3 per seed, then across seeds: read, normalize and segment every seed
 * file listed in the manifest, and recognise which files are variants (copies) of
 * another document. Every bad seed is reported in one run.
 */
import type { ManifestEntry, Policy } from '../../data/schemas.ts';
import { lineOf, MANIFEST_FILE } from '../authored/check.ts';
import { columnOf, diagnostic, linesByNumber, type Diagnostic } from '../report/diagnostics.ts';
import { isRuleId, type RuleId } from '../report/rules.ts';
import type { StrippedLine } from '../lines.ts';
import { IngestError, tryEach } from '../report/errors.ts';
import { normalizeSource, type NormalizedSource } from './normalize.ts';
import { portalMetadataDiagnostics } from '../recognisers/portal-metadata.ts';
import { receivedFormat } from '../received/formats.ts';
import type { Converted, ReceivedFormat } from '../received/types.ts';
import { readSource, type RawSource } from './read.ts';
import { segment, type Segments } from './segment.ts';
import { detectScript, findVariants, noiseIn, VARIANT_THRESHOLD, type VariantMatch } from '../recognisers/variants.ts';

/** One seed file, read and segmented. */
export interface PreparedSource {
  entry: ManifestEntry;
  /** Path relative to the project root, as diagnostics name it. */
  file: string;
  normalized: NormalizedSource;
  segments: Segments;
  /** The format the file was received in (text: a .txt; others converted by src/ingest/received/). */
  format: ReceivedFormat;
  /** What converting it did (null: a UTF-8 .txt, read as it is). */
  conversion: Converted | null;
}

/** Where each seed belongs: the primaries, and for each variant the primary it copies. */
export interface SourceSet {
  prepared: PreparedSource[];
  variantOf: Map<string, VariantMatch>;
  diagnostics: Diagnostic[];
  /** Seeds that could not be read (the others are still prepared, so one run reports every bad file). */
  errors: IngestError[];
}

/** A character as a report shows it: itself when visible, else its code point (U+200B). */
function describeChar(ch: string): string {
  return /[\p{Cf}\p{Co}]/u.test(ch) ? `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` : `“${ch}”`;
}

/** Rounds a share to three decimals (reports and open data). */
export const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** The rule id of a stripped line: a chrome rule's name is reported as `boilerplate/<name>`. */
const strippedRule = (rule: StrippedLine['rule']): RuleId => (isRuleId(rule) ? rule : `boilerplate/${rule}`);

/** What the report says of a line segment() took out of the text. */
function strippedMessage(s: StrippedLine): string {
  if (s.rule === 'pdf-page-number') return `stripped page number “${s.text}”`;
  if (s.rule.startsWith('element/')) return `read “${s.text}” as the document's ${s.rule.slice('element/'.length)}, not as its text (a document element, see elements.ts)`;
  return `stripped table-of-contents line “${s.text}”`;
}

/**
 * A seed's lines: a received file's converted text (with the received file's sha256), else the bytes
 * of a UTF-8 .txt. A received file that was not converted is a bug of the caller (run convertReceivedSeeds).
 */
function readSeed(name: string, bytes: Uint8Array, received: Map<string, Converted> | undefined, encoding: string | null = null): RawSource {
  const file = `seeds/${name}`;
  const converted = received?.get(name);
  if (converted) return { ...readSource(file, Buffer.from(converted.text)), sha256: converted.sha256 };
  if (receivedFormat(name) !== 'text' || (encoding && encoding !== 'utf-8')) throw new Error(`${file} was not converted: call convertReceivedSeeds (src/ingest/received/convert.ts) before runIngest`);
  return readSource(file, bytes);
}

/** Reads and segments every seed; bad seeds (and seeds missing from the manifest) are returned as errors, not thrown. */
export function prepareSources(manifest: ManifestEntry[] | null, manifestText: string | null, seeds: Map<string, Uint8Array>, unreadable: string[] = [], received?: Map<string, Converted>): SourceSet {
  // without a manifest the seeds are still decoded, so that their own problems are reported in the same run
  if (manifest === null) return { prepared: [], variantOf: new Map(), diagnostics: [], errors: tryEach([...seeds], ([name, bytes]) => readSeed(name, bytes, received)).errors };
  const listed = new Set(manifest.map((e) => e.file));
  // a file that could not be read is reported once, by the read (neither as unlisted nor, when listed, as missing)
  const unlisted = [...seeds.keys()].sort().filter((name) => !listed.has(name));
  const readable = manifest.filter((e) => !unreadable.includes(e.file));
  const { results: prepared, errors } = tryEach([...unlisted.map((name) => ({ unlisted: name })), ...readable.map((entry) => ({ entry }))], (item): PreparedSource => {
    if ('unlisted' in item) throw new IngestError(`seeds/${item.unlisted}`, null, 'no entry in seeds/manifest.yaml: add one (id, title, issuer, … unknown = null)');
    const { entry } = item;
    const bytes = seeds.get(entry.file);
    if (!bytes) throw new IngestError(MANIFEST_FILE, lineOf(manifestText ?? '', `file: ${entry.file}`), `lists ${entry.file}, which is not in seeds/`);
    const file = `seeds/${entry.file}`;
    const normalized = normalizeSource(readSeed(entry.file, bytes, received, entry.encoding));
    const conversion = received?.get(entry.file) ?? null;
    return { entry, file, normalized, segments: segment(normalized.lines, normalized.stripped), format: conversion?.format ?? 'text', conversion };
  });

  const bodyText = (p: PreparedSource) => p.segments.body.map((x) => x.text).join('\n');
  const { variants, nearMisses } = findVariants(prepared.map((p) => ({ id: p.entry.id, script: detectScript(bodyText(p)), text: bodyText(p) })));
  const variantOf = new Map(variants.map((v) => [v.variant, v]));
  const nearMissOf = new Map(nearMisses.map((m) => [m.doc, m]));
  const byId = new Map(prepared.map((p) => [p.entry.id, p]));
  const diagnostics: Diagnostic[] = [];
  for (const p of prepared) {
    for (const n of p.conversion?.notes ?? []) diagnostics.push(diagnostic(p.file, n.line, n.rule, n.message));
    const raw = linesByNumber(p.normalized.raw);
    const at = (s: StrippedLine) => ({ column: columnOf(raw.get(s.line), s.text) });
    for (const s of p.normalized.stripped) diagnostics.push(diagnostic(p.file, s.line, strippedRule(s.rule), `stripped “${s.text}”`, at(s)));
    diagnostics.push(...portalMetadataDiagnostics(p.file, p.segments.metadata));
    for (const s of p.segments.stripped) diagnostics.push(diagnostic(p.file, s.line, strippedRule(s.rule), strippedMessage(s), at(s)));
    for (const n of p.normalized.notes) diagnostics.push(diagnostic(p.file, n.line, n.rule, n.message, { column: n.column }));
    for (const n of p.segments.notes) diagnostics.push(diagnostic(p.file, n.line, n.rule, n.message, { column: n.column }));
    const noise = noiseIn(bodyText(p));
    if (noise.size)
      diagnostics.push(
        diagnostic(p.file, null, 'variant/normalised-comparison', `compared with the other documents without its noise characters: ${[...noise].map(([ch, n]) => `${describeChar(ch)} ×${n}`).join(', ')}`),
      );
    const v = variantOf.get(p.entry.id);
    if (v) {
      const exact = byId.get(v.of)?.normalized.sha256 === p.normalized.sha256 ? 'an exact copy (same bytes)' : v.identical ? 'a copy with the same text' : 'a copy';
      diagnostics.push(diagnostic(p.file, null, 'variant', `${exact} of ${v.of} (similarity ${round3(v.similarity)}): recorded as its source, not published as a policy`));
    }
    const near = nearMissOf.get(p.entry.id);
    if (near)
      diagnostics.push(
        diagnostic(
          p.file,
          null,
          'variant-near-miss',
          `resembles ${near.like} (similarity ${round3(near.similarity)}, below the ${VARIANT_THRESHOLD} of a copy): published as a policy of its own — if it is a copy of ${near.like}, remove it or clean it up`,
        ),
      );
  }
  return { prepared, variantOf, diagnostics, errors };
}

/** The source files of a primary: itself and its variants, as the policy record lists them. */
export function sourcesOf(set: SourceSet, primary: PreparedSource): Policy['sources'] {
  return set.prepared
    .filter((q) => q === primary || set.variantOf.get(q.entry.id)?.of === primary.entry.id)
    .map((q) => ({
      file: q.entry.file,
      sha256: q.normalized.sha256,
      format: q.format,
      script: q.entry.script,
      role: (q === primary ? 'primary' : 'variant') as 'primary' | 'variant',
      provenance: q.entry.provenance.trim(),
      similarity: q === primary ? null : round3(set.variantOf.get(q.entry.id)!.similarity),
    }));
}
