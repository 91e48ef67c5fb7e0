/**
 * Stage 0 (authored inputs): parse and check every file a maintainer writes by hand —
 * the manifest, the unit registry, the glossary, the taxonomy, the target and tag
 * overrides, the supersessions, the English translations and the briefs — into typed values, before any
 * seed is read. Every problem of every file is reported at once, each with its line.
 */
import { z } from 'zod';
import { GlossaryEntry, Manifest, type ManifestEntry, SupersessionEntry, type TagOverride, type Taxonomy, TargetOverride } from '../../data/schemas.ts';
import { parseBrief, type Brief } from './briefs.ts';
import { IngestError, throwAll, tryEach } from '../report/errors.ts';
import { parseTagOverrides, parseTaxonomy } from './tags.ts';
import { parseTranslationFile, type TranslationFile } from './translations.ts';
import { loadUnitRegistry, type UnitRegistry } from '../recognisers/units.ts';
import { duplicateErrors, parseYamlLocated } from './yaml.ts';

export const MANIFEST_FILE = 'seeds/manifest.yaml';
const GLOSSARY_FILE = 'content/glossary.yaml';
const TARGETS_FILE = 'content/overrides/targets.yaml';

/** Everything the maintainer authored, parsed. */
export interface Authored {
  manifest: ManifestEntry[];
  registry: UnitRegistry;
  targetOverrides: TargetOverride[];
  /** The line of each target override in its file (same order), for the problems found when they are applied. */
  targetOverrideLines: (number | null)[];
  glossary: GlossaryEntry[];
  taxonomy: Taxonomy | null;
  tagOverrides: TagOverride[];
  /** The line of each tag override in its file (same order). */
  tagOverrideLines: (number | null)[];
  /** Translation files by policy id. */
  translations: Map<string, TranslationFile>;
  /** “In brief” explainers by policy id. */
  briefs: Map<string, Brief>;
  supersessions: SupersessionEntry[];
  /** The line of each supersession in its file (same order). */
  supersessionLines: (number | null)[];
}

/** The texts of the authored files (null where a file does not exist). */
export interface AuthoredTexts {
  /** null: the file could not be read (its problem is reported by the read). */
  manifestText: string | null;
  unitsText: string | null;
  targetOverridesText: string | null;
  translations?: Map<string, string>;
  glossaryText?: string | null;
  taxonomyText?: string | null;
  tagOverridesText?: string | null;
  supersessionsText?: string | null;
  /** File names in content/briefs/ (for the briefs that are missing; absent: no briefs). */
  briefFiles?: string[];
  /** content/briefs/<policy>.yaml texts by policy id. */
  briefTexts?: Map<string, string>;
}

/** The 1-based line of the last occurrence of `needle` in `text`, or null. */
export function lineOf(text: string, needle: string): number | null {
  const i = text.lastIndexOf(needle);
  return i < 0 ? null : text.slice(0, i).split('\n').length;
}

/** Parses the manifest; YAML and schema problems, duplicate ids and files are IngestErrors with their lines. */
export function parseManifest(text: string, file = MANIFEST_FILE): ManifestEntry[] {
  const { data, lineAt } = parseYamlLocated(file, text, Manifest, 'field');
  const sources = data.sources;
  throwAll([
    ...duplicateErrors(file, sources, (e) => [e.id], (i) => lineAt(['sources', i, 'id']), (id, first) => `duplicate id ${id} (also at line ${first})`),
    ...duplicateErrors(file, sources, (e) => [e.file], (i) => lineAt(['sources', i, 'file']), (f, first) => `file ${f} is listed twice (also at line ${first})`),
  ]);
  return sources;
}

/** Parses content/glossary.yaml (absent: no glossary): ids and Chinese forms (term and aliases) are unique. */
export function parseGlossary(text: string | null): GlossaryEntry[] {
  if (!text) return [];
  const { data, lineAt } = parseYamlLocated(GLOSSARY_FILE, text, z.array(GlossaryEntry));
  throwAll([
    ...duplicateErrors(GLOSSARY_FILE, data, (e) => [e.id], (i) => lineAt([i, 'id']), (id, first) => `duplicate glossary id ${id} (also at line ${first})`),
    ...duplicateErrors(
      GLOSSARY_FILE,
      data,
      (e) => [e.zh, ...e.aliases],
      (i, form) => (data[i]!.zh === form ? lineAt([i, 'zh']) : lineAt([i, 'aliases', data[i]!.aliases.indexOf(form)])),
      (form, first) => `the Chinese form ${form} belongs to two entries (the other at line ${first}): a text could only be marked as one of them`,
    ),
  ]);
  return data;
}

/** Parses content/overrides/targets.yaml (absent or empty: no overrides); one override per target id. */
export function parseTargetOverrides(text: string | null): { overrides: TargetOverride[]; lines: (number | null)[] } {
  if (!text) return { overrides: [], lines: [] };
  const { data, lineAt } = parseYamlLocated(TARGETS_FILE, text, z.array(TargetOverride).nullable());
  const overrides = data ?? [];
  throwAll(duplicateErrors(TARGETS_FILE, overrides, (o) => [o.id], (i) => lineAt([i, 'id']), (id, first) => `target ${id} has another override at line ${first}: make them one entry`));
  return { overrides, lines: overrides.map((_, i) => lineAt([i])) };
}

export const SUPERSESSIONS_FILE = 'content/supersessions.yaml';

/** Parses content/supersessions.yaml; every policy and successor it names must be in the manifest (every problem with its line). */
export function parseSupersessions(text: string | null, manifest: ManifestEntry[]): { entries: SupersessionEntry[]; lines: (number | null)[] } {
  if (!text) return { entries: [], lines: [] };
  const { data, lineAt } = parseYamlLocated(SUPERSESSIONS_FILE, text, z.array(SupersessionEntry).nullable());
  const entries = data ?? [];
  const ids = new Set(manifest.map((e) => e.id));
  const errors: IngestError[] = [];
  entries.forEach((e, i) => {
    for (const key of ['policy', 'by'] as const) {
      const id = e[key];
      if (id !== null && !ids.has(id)) errors.push(new IngestError(SUPERSESSIONS_FILE, lineAt([i, key]), `${id} is not a policy id of seeds/manifest.yaml`));
    }
    if (e.by === e.policy) errors.push(new IngestError(SUPERSESSIONS_FILE, lineAt([i, 'by']), `${e.policy} cannot supersede itself`));
  });
  errors.push(...duplicateErrors(SUPERSESSIONS_FILE, entries, (e) => [e.policy], (i) => lineAt([i, 'policy']), (id, first) => `${id} is listed twice (also at line ${first})`));
  errors.push(...supersessionCycles(entries, (i) => lineAt([i, 'by'])));
  throwAll(errors);
  return { entries, lines: entries.map((_, i) => lineAt([i])) };
}

/** The authored inputs as far as they could be parsed (a file with problems counts as empty), and every problem. */
export interface CheckedAuthored {
  authored: Authored;
  /** The manifest, or null when it could not be read or parsed (the seeds are then only decoded, not matched to it). */
  manifest: ManifestEntry[] | null;
  errors: IngestError[];
}

const EMPTY_REGISTRY: UnitRegistry = { entries: [], byAlias: new Map(), aliases: [] };

/** Parses every authored input, collecting every problem of every file instead of stopping at the first. */
export function checkAuthored(input: AuthoredTexts): CheckedAuthored {
  const errors: IngestError[] = [];
  const attempt = <T>(parse: () => T): T | undefined => {
    const { results, errors: found } = tryEach([parse], (p) => p());
    errors.push(...found);
    return results[0];
  };
  const manifest = input.manifestText === null ? undefined : attempt(() => parseManifest(input.manifestText!));
  // without a manifest the supersessions' ids cannot be checked (its own errors are reported)
  const supersessions = manifest ? attempt(() => parseSupersessions(input.supersessionsText ?? null, manifest)) : undefined;
  const registry = input.unitsText === null ? undefined : attempt(() => loadUnitRegistry('content/units.yaml', input.unitsText!));
  const targetOverrides = attempt(() => parseTargetOverrides(input.targetOverridesText));
  const glossary = attempt(() => parseGlossary(input.glossaryText ?? null));
  const taxonomy = attempt(() => parseTaxonomy(input.taxonomyText ?? null));
  const tagOverrides = attempt(() => parseTagOverrides(input.tagOverridesText ?? null));
  const translations = new Map<string, TranslationFile>();
  for (const [id, text] of input.translations ?? []) {
    const file = attempt(() => parseTranslationFile(`content/translations/en/${id}.yaml`, text));
    if (file) translations.set(id, file);
  }
  const briefs = new Map<string, Brief>();
  for (const [id, text] of input.briefTexts ?? []) {
    const brief = attempt(() => parseBrief(id, text));
    if (brief) briefs.set(id, brief);
  }
  const authored: Authored = {
    manifest: manifest ?? [],
    registry: registry ?? EMPTY_REGISTRY,
    targetOverrides: targetOverrides?.overrides ?? [],
    targetOverrideLines: targetOverrides?.lines ?? [],
    glossary: glossary ?? [],
    taxonomy: taxonomy ?? null,
    tagOverrides: tagOverrides?.overrides ?? [],
    tagOverrideLines: tagOverrides?.lines ?? [],
    translations,
    briefs,
    supersessions: supersessions?.entries ?? [],
    supersessionLines: supersessions?.lines ?? [],
  };
  return { authored, manifest: manifest ?? null, errors };
}

/** Each cycle of supersessions (a supersedes b supersedes … a), once, at the line of its first entry. */
export function supersessionCycles(entries: SupersessionEntry[], lineOfBy: (i: number) => number | null): IngestError[] {
  const byOf = new Map(entries.map((e) => [e.policy, e.by]));
  const indexOf = new Map(entries.map((e, i) => [e.policy, i]));
  const reported = new Set<string>();
  const errors: IngestError[] = [];
  entries.forEach((e, i) => {
    if (e.by === e.policy || reported.has(e.policy)) return; // self-supersession has its own message
    const path = [e.policy];
    for (let next = e.by; next !== null && next !== undefined; next = byOf.get(next) ?? null) {
      if (next === e.policy) {
        path.forEach((p) => reported.add(p));
        errors.push(new IngestError(SUPERSESSIONS_FILE, lineOfBy(i), `supersession cycle: ${[...path, e.policy].join(' → ')} (a policy cannot be replaced, through others, by itself)`));
        break;
      }
      if (path.includes(next) || !indexOf.has(next)) break; // a cycle not through e (found from its own entry), or the end
      path.push(next);
    }
  });
  return errors;
}

/** Parses every authored input; every problem of every file is thrown together (IngestError or IngestErrors). */
export function parseAuthored(input: AuthoredTexts): Authored {
  const { authored, errors } = checkAuthored(input);
  throwAll(errors);
  return authored;
}
