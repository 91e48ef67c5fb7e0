/**
 * Tagging measures with audiences, instruments and themes from content/taxonomy.yaml.
 * The rule: an audience or instrument applies when one of its keywords is in the
 * measure's heading, or its keywords occur at least twice in the text; a theme applies
 * when it is mentioned at all. Reviewed overrides add or remove tags.
 */
import { z } from 'zod';
import { TagOverride, Taxonomy, type TaxonomyTag } from '../data/schemas.ts';
import { throwAll } from './errors.ts';
import { duplicateErrors, parseYamlLocated } from './yaml.ts';

const TAXONOMY_FILE = 'content/taxonomy.yaml';
const TAGS_FILE = 'content/overrides/tags.yaml';

/** Occurrences of any of the keywords in a text (non-overlapping, longest keyword first). */
export function keywordHits(text: string, keywords: string[]): number {
  let rest = text;
  let hits = 0;
  for (const k of [...keywords].sort((a, b) => b.length - a.length)) {
    const parts = rest.split(k);
    hits += parts.length - 1;
    rest = parts.join('\u0000');
  }
  return hits;
}

/** The tags of one group that apply to a measure: a keyword in the heading, or at least `minHits` in the text. */
export function tagsFor(tags: TaxonomyTag[], heading: string, text: string, minHits = 2): string[] {
  return tags.filter((t) => keywordHits(heading, t.keywords) > 0 || keywordHits(text, t.keywords) >= minHits).map((t) => t.id);
}

/** Reads content/taxonomy.yaml; tag ids must be unique across its groups. */
export function parseTaxonomy(text: string | null): Taxonomy | null {
  if (!text) return null;
  const { data: taxonomy, lineAt } = parseYamlLocated(TAXONOMY_FILE, text, Taxonomy, 'field');
  const tags = (['audiences', 'instruments', 'themes'] as const).flatMap((group) => taxonomy[group].map((tag, i) => ({ id: tag.id, path: [group, i, 'id'] })));
  throwAll(duplicateErrors(TAXONOMY_FILE, tags, (t) => [t.id], (i) => lineAt(tags[i]!.path), (id, first) => `duplicate tag id ${id} (also at line ${first})`));
  return taxonomy;
}

/** Reads content/overrides/tags.yaml, with the line of each entry; one entry per measure. */
export function parseTagOverrides(text: string | null): { overrides: TagOverride[]; lines: (number | null)[] } {
  if (!text) return { overrides: [], lines: [] };
  const { data, lineAt } = parseYamlLocated(TAGS_FILE, text, z.array(TagOverride).nullable());
  const overrides = data ?? [];
  throwAll(duplicateErrors(TAGS_FILE, overrides, (o) => [o.measure], (i) => lineAt([i, 'measure']), (id, first) => `measure ${id} has another tag override at line ${first}: make them one entry`));
  return { overrides, lines: overrides.map((_, i) => lineAt([i])) };
}

export interface Tagged {
  audiences: string[];
  instruments: string[];
  themes: string[];
}

/** Tags a measure by the rule, then applies the overrides that name it. */
export function tagMeasure(taxonomy: Taxonomy, overrides: TagOverride[], measureId: string, heading: string, text: string): Tagged {
  const result: Tagged = {
    audiences: tagsFor(taxonomy.audiences, heading, text),
    instruments: tagsFor(taxonomy.instruments, heading, text),
    // a theme is about what a measure mentions at all: one mention is enough
    themes: tagsFor(taxonomy.themes, heading, text, 1),
  };
  for (const o of overrides.filter((x) => x.measure === measureId)) {
    for (const group of ['audiences', 'instruments', 'themes'] as const) {
      const known = new Set(taxonomy[group].map((t) => t.id));
      result[group] = result[group].filter((id) => !(o.remove ?? []).includes(id));
      for (const id of o.add ?? []) if (known.has(id) && !result[group].includes(id)) result[group].push(id);
      // keep taxonomy order
      result[group].sort((a, b) => taxonomy[group].findIndex((t) => t.id === a) - taxonomy[group].findIndex((t) => t.id === b));
    }
  }
  return result;
}
