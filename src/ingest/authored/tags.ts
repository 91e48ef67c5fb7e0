/**
 * Tagging measures with audiences, instruments and themes from content/taxonomy.yaml.
 * The rule: an audience or instrument applies when one of its keywords is in the
 * measure's heading, or its keywords occur at least twice in the text; a theme applies
 * when it is mentioned at all. Reviewed overrides add or remove tags, or mark a general provision
 * (guiding ideology, goals, organisation, supervision, publicity), which then has no audience or instrument.
 * Every override's reason quotes the measure's own words between 「」, so a reviewer can check it.
 */
import { z } from 'zod';
import { TagOverride, Taxonomy, type TaxonomyTag } from '../../data/schemas.ts';
import { IngestError, throwAll } from '../report/errors.ts';
import { duplicateErrors, parseYamlLocated } from './yaml.ts';

const TAXONOMY_FILE = 'content/taxonomy.yaml';
export const TAGS_FILE = 'content/overrides/tags.yaml';

// Keyword lists sorted longest first once per list (every measure is checked against every tag).
const longestFirst = new WeakMap<string[], string[]>();

/** Occurrences of any of the keywords in a text (non-overlapping, longest keyword first). */
export function keywordHits(text: string, keywords: string[]): number {
  let sorted = longestFirst.get(keywords);
  if (!sorted) longestFirst.set(keywords, (sorted = [...keywords].sort((a, b) => b.length - a.length)));
  let rest = text;
  let hits = 0;
  for (const k of sorted) {
    if (!rest.includes(k)) continue; // most keywords are not in a given measure: no split and join
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
  throwAll([
    ...duplicateErrors(TAXONOMY_FILE, tags, (t) => [t.id], (i) => lineAt(tags[i]!.path), (id, first) => `duplicate tag id ${id} (also at line ${first})`),
    // `general` names general provisions (a measure field, not a tag): a tag of that id would be ambiguous
    ...tags.filter((t) => t.id === 'general').map((t) => new IngestError(TAXONOMY_FILE, lineAt(t.path), 'the tag id general is reserved for general provisions (see the general: block)')),
  ]);
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
  /** A general provision (marked by a reviewed override): it offers no support to anyone. */
  general: boolean;
}

/** The words a reason quotes from its measure: every run of text between 「 and 」. */
export function reasonQuotes(reason: string): string[] {
  return [...reason.matchAll(/「([^「」]+)」/g)].map((m) => m[1]!);
}

/**
 * What is wrong with an override's reason for a measure with this heading and text: it quotes nothing
 * (no 「…」), or a quote is not in the heading or text (the text changed, or a typo); null when every quote is found.
 */
export function reasonQuoteProblem(reason: string, heading: string, text: string): string | null {
  const quotes = reasonQuotes(reason);
  if (!quotes.length) return 'the reason quotes none of the measure\'s words (quote them between 「」)';
  const missing = quotes.filter((q) => !heading.includes(q) && !text.includes(q));
  return missing.length ? `the reason quotes words that are not in the measure: ${missing.map((q) => `「${q}」`).join(' ')}` : null;
}

// Overrides grouped by measure once per overrides list, so that tagging every measure does not scan the whole list each time.
const overridesByMeasure = new WeakMap<TagOverride[], Map<string, TagOverride[]>>();

function overridesOf(overrides: TagOverride[], measureId: string): TagOverride[] {
  let byMeasure = overridesByMeasure.get(overrides);
  if (!byMeasure) {
    byMeasure = new Map();
    for (const o of overrides) {
      const list = byMeasure.get(o.measure);
      if (list) list.push(o);
      else byMeasure.set(o.measure, [o]);
    }
    overridesByMeasure.set(overrides, byMeasure);
  }
  return byMeasure.get(measureId) ?? [];
}

/** Tags a measure by the rule, then applies the overrides that name it. */
export function tagMeasure(taxonomy: Taxonomy, overrides: TagOverride[], measureId: string, heading: string, text: string): Tagged {
  const result: Tagged = {
    audiences: tagsFor(taxonomy.audiences, heading, text),
    instruments: tagsFor(taxonomy.instruments, heading, text),
    // a theme is about what a measure mentions at all: one mention is enough
    themes: tagsFor(taxonomy.themes, heading, text, 1),
    general: false,
  };
  for (const o of overridesOf(overrides, measureId)) {
    for (const group of ['audiences', 'instruments', 'themes'] as const) {
      const known = new Set(taxonomy[group].map((t) => t.id));
      result[group] = result[group].filter((id) => !(o.remove ?? []).includes(id));
      for (const id of o.add ?? []) if (known.has(id) && !result[group].includes(id)) result[group].push(id);
      // keep taxonomy order
      result[group].sort((a, b) => taxonomy[group].findIndex((t) => t.id === a) - taxonomy[group].findIndex((t) => t.id === b));
    }
    // a general provision offers no support: whatever words the rule matched, it has no audience or instrument
    if (o.general) result.general = true;
  }
  if (result.general) {
    result.audiences = [];
    result.instruments = [];
  }
  return result;
}
