/**
 * The gold file of the evaluation harness (`NAME.gold.json` beside `NAME.txt` and `NAME.yaml`):
 * what a person counted by reading one document. Format documented in docs/evaluation.md.
 */
import { z } from 'zod';

const Comparator = z.enum(['≥', '>', '=', '≈', '≤', '<']);
const Figure = z.object({
  value: z.number(),
  valueMax: z.number().nullable().optional(),
  /** As printed (亿元, 万家, %); null or '' for a number without a unit (an index). */
  unit: z.string().nullable().transform((u) => u ?? ''),
  comparator: Comparator.optional(),
  quote: z.string().optional(),
});

export const GoldTarget = Figure.extend({ year: z.number().int().nullable().optional() });
export const GoldBenefit = Figure.extend({ kind: z.string().optional() });

export const GoldDocument = z.object({
  form: z.string().default('other'),
  metadata: z.object({
    title: z.string().nullable(),
    docNumber: z.string().nullable(),
    issuer: z.string().nullable(),
    issued: z.string().nullable(),
  }),
  history: z
    .array(z.object({ date: z.string(), event: z.string(), by: z.string().nullable().optional() }))
    .default([]),
  structure: z
    .object({ chapters: z.number().int(), articles: z.number().int(), topParts: z.number().int() })
    .optional(),
  targets: z.array(GoldTarget).default([]),
  benefits: z.array(GoldBenefit).default([]),
  notTargets: z.array(z.object({ quote: z.string(), kind: z.string().optional() })).default([]),
  assignments: z
    .array(z.object({ quote: z.string(), lead: z.array(z.string()), support: z.array(z.string()).optional() }))
    .default([]),
  mustNotPublish: z.array(z.string()).default([]),
});
export type GoldDocument = z.infer<typeof GoldDocument>;
export type GoldTarget = z.infer<typeof GoldTarget>;
