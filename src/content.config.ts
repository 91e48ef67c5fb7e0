/**
 * Content collections. Generated content (content/generated/, written by
 * `npm run ingest`) and authored content (content/units.yaml) are kept apart;
 * every collection is typed by the zod schemas in src/data/schemas.ts.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { readGeneratedData } from './data/generated.ts';
import { existsSync, readdirSync } from 'node:fs';
import YAML from 'yaml';
import { z } from 'zod';
import type { FileKind } from './ingest/disk/bounded-read.ts';
import { readAuthoredText } from './ingest/stages/read.ts';
import { parseYamlFile } from './ingest/authored/yaml.ts';
import { Benefit, BriefStatement, ContactDirectory, GlossaryEntry, Measure, Policy, type PolicyData, Segment, Target, Task, Taxonomy, TaxonomyEntry, UnitEntry } from './data/schemas.ts';

const policyBodies = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/generated/policies' }),
});

const policyBodiesEn = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/generated/policies-en' }),
});

/** A collection of one kind of generated record, gathered from every policy's data file (checked against src/data/schemas.ts as it is read). */
function generated<S extends z.ZodType>(records: (d: PolicyData) => { id: string }[], schema: S) {
  return defineCollection({ loader: async () => readGeneratedData().flatMap(records), schema });
}

const policies = generated((d) => [d.policy], Policy);
const measures = generated((d) => d.measures, Measure);
const tasks = generated((d) => d.tasks, Task);
const targets = generated((d) => d.targets, Target);
const benefits = generated((d) => d.benefits, Benefit);
/** Every translatable text segment of a policy with its English (the bilingual page), one entry per policy. */
const segments = generated((d) => [{ id: d.policy.id, segments: d.segments }], z.object({ id: z.string(), segments: z.array(Segment) }));

/** Authored YAML is read as the ingest reads it (YAML 1.2: `seen: 2026-11-25` stays a string, not a Date). */
const yaml12 = { parser: (text: string) => YAML.parse(text) as Record<string, unknown>[] };

const units = defineCollection({
  loader: file('content/units.yaml', yaml12),
  schema: UnitEntry,
});

const glossary = defineCollection({
  loader: file('content/glossary.yaml', yaml12),
  schema: GlossaryEntry,
});

/** An authored YAML file, read as the ingest reads it: a bad file is an error naming the file and line, not a bare YAML error. */
const readYaml = (path: string, kind: FileKind = 'registry') => parseYamlFile(path, readAuthoredText(path, kind));

/** content/briefs/<policy>.yaml: one entry per policy, its statements in order (the ingest checks them first). */
const briefs = defineCollection({
  loader: async () =>
    existsSync('content/briefs')
      ? readdirSync('content/briefs')
          .filter((f) => f.endsWith('.yaml'))
          .sort()
          .map((f) => ({ id: f.replace(/\.yaml$/, ''), statements: readYaml(`content/briefs/${f}`, 'brief') }))
      : [],
  schema: z.object({ id: z.string(), statements: z.array(BriefStatement) }),
});

/** content/taxonomy.yaml flattened: one entry per tag, with its group, and the definition of a general provision (group `general`, no keywords). */
const taxonomy = defineCollection({
  loader: async () => {
    const t = Taxonomy.parse(readYaml('content/taxonomy.yaml'));
    const tags = (['audiences', 'instruments', 'themes'] as const).flatMap((group) => t[group].map((tag, order) => ({ ...tag, group, order })));
    return t.general ? [...tags, { id: 'general', ...t.general, keywords: [], group: 'general' as const, order: 0 }] : tags;
  },
  schema: TaxonomyEntry,
});

/** content/directory.yaml: one entry, where to look when no contact of a unit is cited. */
const directory = defineCollection({
  loader: async () => [{ id: 'directory', ...ContactDirectory.parse(readYaml('content/directory.yaml')) }],
  schema: ContactDirectory.extend({ id: z.string() }),
});

export const collections = { directory, policyBodies, policyBodiesEn, policies, measures, tasks, targets, benefits, segments, units, glossary, briefs, taxonomy };
