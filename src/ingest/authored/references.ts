/**
 * Cross-file references of the authored files, checked once the seeds are known: the tags
 * that tag overrides add or remove exist in the taxonomy; supersessions and glossary sources
 * name published policies (not a copy recorded as another policy's source). Each problem is
 * an IngestError with its file and line (docs/quality.md, “Cross-file references”).
 */
import { type Authored, SUPERSESSIONS_FILE } from './check.ts';
import { IngestError } from '../report/errors.ts';
import type { SourceSet } from '../stages/sources.ts';
import { TAGS_FILE } from './tags.ts';
import { parseYamlSource } from './yaml.ts';

const GLOSSARY_FILE = 'content/glossary.yaml';

/** Why `id` is not a published policy (null when it is one): unknown, or a copy of another. */
function unpublished(id: string, set: SourceSet, ids: Set<string>): string | null {
  const copy = set.variantOf.get(id);
  if (copy) return `${id} is a copy of ${copy.of} (recorded as its source, not published): name ${copy.of}`;
  if (!ids.has(id)) return `${id} is not a policy id of seeds/manifest.yaml`;
  return null;
}

/** Tags added or removed by content/overrides/tags.yaml that the taxonomy does not define. */
export function unknownTagErrors(authored: Pick<Authored, 'taxonomy' | 'tagOverrides' | 'tagOverrideLines'>): IngestError[] {
  const t = authored.taxonomy;
  if (!t) return [];
  const known = new Set([...t.audiences, ...t.instruments, ...t.themes].map((x) => x.id));
  return authored.tagOverrides.flatMap((o, i) =>
    (['add', 'remove'] as const).flatMap((key) =>
      (o[key] ?? []).filter((tag) => !known.has(tag)).map((tag) => new IngestError(TAGS_FILE, authored.tagOverrideLines[i] ?? null, `${o.measure}: ${key} ${tag}: no such tag in content/taxonomy.yaml`)),
    ),
  );
}

/** Supersessions naming a policy, or a successor, that is not published (a copy's id). Unknown ids are reported by parseSupersessions. */
export function supersessionErrors(authored: Pick<Authored, 'supersessions' | 'supersessionLines'>, set: SourceSet): IngestError[] {
  return authored.supersessions.flatMap((e, i) =>
    [e.policy, e.by]
      .filter((id): id is string => id !== null && set.variantOf.has(id))
      .map((id) => new IngestError(SUPERSESSIONS_FILE, authored.supersessionLines[i] ?? null, unpublished(id, set, new Set([id]))!)),
  );
}

/** Glossary entries whose `source` is not a published policy. */
export function glossarySourceErrors(authored: Pick<Authored, 'glossary' | 'manifest'>, glossaryText: string | null | undefined, set: SourceSet): IngestError[] {
  if (!glossaryText || !authored.glossary.length) return [];
  const ids = new Set(authored.manifest.map((e) => e.id));
  let lineAt: (path: PropertyKey[]) => number | null = () => null;
  try {
    lineAt = parseYamlSource(GLOSSARY_FILE, glossaryText).lineAt;
  } catch {
    // parsed once already: cannot fail here
  }
  return authored.glossary.flatMap((g, i) => {
    const problem = unpublished(g.source, set, ids);
    return problem ? [new IngestError(GLOSSARY_FILE, lineAt([i, 'source']), `${g.id}: source ${problem}`)] : [];
  });
}

/** Every cross-file reference problem (none are checked against a manifest that could not be read). */
export function referenceErrors(authored: Authored, set: SourceSet, input: { glossaryText?: string | null }): IngestError[] {
  const withManifest = authored.manifest.length > 0;
  return [
    ...unknownTagErrors(authored),
    ...(withManifest ? supersessionErrors(authored, set) : []),
    ...(withManifest ? glossarySourceErrors(authored, input.glossaryText, set) : []),
  ];
}
