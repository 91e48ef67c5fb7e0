/**
 * Stage 0 (authored inputs): parse and check every file a maintainer writes by hand —
 * the manifest, the unit registry, the glossary, the taxonomy, the target and tag
 * overrides and the English translations — into typed values, before any seed is read.
 */
import { z } from 'zod';
import { GlossaryEntry, Manifest, type ManifestEntry, SupersessionEntry, type TagOverride, type Taxonomy, TargetOverride } from '../data/schemas.ts';
import { IngestError } from './errors.ts';
import { parseTagOverrides, parseTaxonomy } from './tags.ts';
import { parseTranslationFile, type TranslationFile } from './translations.ts';
import { loadUnitRegistry, type UnitRegistry } from './units.ts';
import { parseYamlWith } from './yaml.ts';

export const MANIFEST_FILE = 'seeds/manifest.yaml';

/** Everything the maintainer authored, parsed. */
export interface Authored {
  manifest: ManifestEntry[];
  registry: UnitRegistry;
  targetOverrides: TargetOverride[];
  glossary: GlossaryEntry[];
  taxonomy: Taxonomy | null;
  tagOverrides: TagOverride[];
  /** Translation files by policy id. */
  translations: Map<string, TranslationFile>;
  supersessions: SupersessionEntry[];
}

/** The texts of the authored files (null where a file does not exist). */
export interface AuthoredTexts {
  manifestText: string;
  unitsText: string;
  targetOverridesText: string | null;
  translations?: Map<string, string>;
  glossaryText?: string | null;
  taxonomyText?: string | null;
  tagOverridesText?: string | null;
  supersessionsText?: string | null;
  /** File names in content/briefs/ (only their existence is read; absent: no briefs). */
  briefFiles?: string[];
}

/** The 1-based line of the last occurrence of `needle` in `text`, or null. */
export function lineOf(text: string, needle: string): number | null {
  const i = text.lastIndexOf(needle);
  return i < 0 ? null : text.slice(0, i).split('\n').length;
}

/** Parses the manifest; a YAML or schema problem is an IngestError naming the manifest. */
export function parseManifest(text: string, file = MANIFEST_FILE): ManifestEntry[] {
  const manifest = parseYamlWith(file, text, Manifest, 'field');
  const ids = new Set<string>();
  const files = new Set<string>();
  for (const e of manifest.sources) {
    if (ids.has(e.id)) throw new IngestError(file, lineOf(text, `id: ${e.id}`), `duplicate id ${e.id}`);
    if (files.has(e.file)) throw new IngestError(file, lineOf(text, `file: ${e.file}`), `file ${e.file} is listed twice`);
    ids.add(e.id);
    files.add(e.file);
  }
  return manifest.sources;
}

/** Parses content/glossary.yaml (absent: no glossary). */
export function parseGlossary(text: string | null): GlossaryEntry[] {
  return text ? parseYamlWith('content/glossary.yaml', text, z.array(GlossaryEntry)) : [];
}

/** Parses content/overrides/targets.yaml (absent or empty: no overrides). */
export function parseTargetOverrides(text: string | null): TargetOverride[] {
  return text ? (parseYamlWith('content/overrides/targets.yaml', text, z.array(TargetOverride).nullable()) ?? []) : [];
}

export const SUPERSESSIONS_FILE = 'content/supersessions.yaml';

/** Parses content/supersessions.yaml; every policy and successor it names must be in the manifest. */
export function parseSupersessions(text: string | null, manifest: ManifestEntry[]): SupersessionEntry[] {
  const entries = text ? (parseYamlWith(SUPERSESSIONS_FILE, text, z.array(SupersessionEntry).nullable()) ?? []) : [];
  const ids = new Set(manifest.map((e) => e.id));
  const seen = new Set<string>();
  for (const e of entries) {
    for (const id of [e.policy, e.by]) if (id !== null && !ids.has(id)) throw new IngestError(SUPERSESSIONS_FILE, lineOf(text!, id), `${id} is not a policy id of seeds/manifest.yaml`);
    if (e.by === e.policy) throw new IngestError(SUPERSESSIONS_FILE, lineOf(text!, `by: ${e.by}`), `${e.policy} cannot supersede itself`);
    if (seen.has(e.policy)) throw new IngestError(SUPERSESSIONS_FILE, lineOf(text!, `policy: ${e.policy}`), `${e.policy} is listed twice`);
    seen.add(e.policy);
  }
  return entries;
}

/** Parses every authored input; the first problem is an IngestError naming its file. */
export function parseAuthored(input: AuthoredTexts): Authored {
  const manifest = parseManifest(input.manifestText);
  return {
    manifest,
    supersessions: parseSupersessions(input.supersessionsText ?? null, manifest),
    registry: loadUnitRegistry('content/units.yaml', input.unitsText),
    targetOverrides: parseTargetOverrides(input.targetOverridesText),
    glossary: parseGlossary(input.glossaryText ?? null),
    taxonomy: parseTaxonomy(input.taxonomyText ?? null),
    tagOverrides: parseTagOverrides(input.tagOverridesText ?? null),
    translations: new Map(
      [...(input.translations ?? new Map<string, string>())].map(([id, text]) => [id, parseTranslationFile(`content/translations/en/${id}.yaml`, text)]),
    ),
  };
}
