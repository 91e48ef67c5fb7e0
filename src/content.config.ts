/**
 * Content collections. Generated content (content/generated/, written by
 * `npm run ingest`) and authored content (content/units.yaml) are kept apart;
 * every collection is typed by the zod schemas in src/data/schemas.ts.
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { readGeneratedData } from './data/generated.ts';
import { Measure, Policy, Target, Task, UnitEntry } from './data/schemas.ts';

const policyBodies = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/generated/policies' }),
});

const policyBodiesEn = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/generated/policies-en' }),
});

const policies = defineCollection({
  loader: async () => readGeneratedData().map((d) => d.policy),
  schema: Policy,
});

const measures = defineCollection({
  loader: async () => readGeneratedData().flatMap((d) => d.measures),
  schema: Measure,
});

const tasks = defineCollection({
  loader: async () => readGeneratedData().flatMap((d) => d.tasks),
  schema: Task,
});

const targets = defineCollection({
  loader: async () => readGeneratedData().flatMap((d) => d.targets),
  schema: Target,
});

const units = defineCollection({
  loader: file('content/units.yaml'),
  schema: UnitEntry,
});

export const collections = { policyBodies, policyBodiesEn, policies, measures, tasks, targets, units };
