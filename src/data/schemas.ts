/**
 * Zod schemas: the single definition of every record the ingest writes, the
 * content collections read and the open data files publish (docs/data.md).
 */
import { z } from 'zod';
import { isCalendarDate, YEAR_MAX, YEAR_MIN } from '../lib/dates.ts';
import { isOverrideUnit } from '../lib/measure-units.ts';
import { STATUS_BASES, STATUS_KINDS } from '../lib/status.ts';

/** A text in both languages; English is null until translated. */
export const Localized = z.object({ zh: z.string(), en: z.string().nullable() });
export type Localized = z.infer<typeof Localized>;

/** Site paths of a record's page in each language. */
export const Urls = z.object({ zh: z.string(), en: z.string() });

export const Script = z.enum(['zh-Hans', 'zh-Hant']);

/** An authored text that says something: not empty, not only whitespace (null, where allowed, means unknown). */
const NonEmptyText = z.string().refine((s) => s.trim() !== '', 'is empty: write the text, or null where it is not known');

/** An http(s) address with a host and no spaces. */
export const WebUrl = z.string().regex(/^https?:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/, 'an http:// or https:// address');

/**
 * Length limits of authored texts (docs/quality.md, “Input limits”): far above every real value
 * (the longest title is 39 characters, name 82, note 159), and low enough that one runaway
 * value cannot make a page or the search index huge (a 30,000-character title took Pagefind 105 s).
 */
export const TEXT_LIMITS = { title: 300, name: 200, note: 2000 } as const;

/** An authored text that says something, at most `max` characters. */
const Limited = (max: number) => NonEmptyText.refine((s) => [...s].length <= max, `is longer than ${max} characters (the limit, docs/quality.md)`);

/** A Chinese form the glossary marks in texts: two characters at least (one, such as 的, would mark nearly every sentence). */
const MarkedForm = NonEmptyText.refine((s) => s.trim() === '' || [...s.trim()].length >= 2, 'is shorter than 2 characters: it would be marked in nearly every text');

/** A year an authored file may name (1949–2100). */
const Year = z.number().int().min(YEAR_MIN, `is not a year between ${YEAR_MIN} and ${YEAR_MAX}`).max(YEAR_MAX, `is not a year between ${YEAR_MIN} and ${YEAR_MAX}`);

/** A date written YYYY-MM-DD that exists in the calendar. */
const CalendarDate = z.string().refine(isCalendarDate, 'is not a calendar date (YYYY-MM-DD)');

/** One entry of seeds/manifest.yaml (authored). */
export const ManifestEntry = z.strictObject({
  /** A UTF-8 .txt, or a document as received: .html/.htm, .docx, .pdf (src/ingest/received/). */
  file: z.string().regex(/^[\w.-]+\.(?:txt|html?|docx|pdf)$/, 'is not a file name ending in .txt, .html, .htm, .docx or .pdf'),
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'ids are kebab-case ASCII'),
  title: Limited(TEXT_LIMITS.title).nullable(),
  issuer: Limited(TEXT_LIMITS.name).nullable(),
  docNumber: NonEmptyText.nullable(),
  issued: CalendarDate.nullable(),
  period: z
    .strictObject({ start: Year, end: Year })
    .refine((p) => p.end >= p.start, { message: 'ends before it starts', path: ['end'] })
    .nullable(),
  script: Script,
  provenance: NonEmptyText,
  /** The official page of the document (原文链接), where one is known; absent or null otherwise. */
  sourceUrl: WebUrl.nullable().default(null),
  notes: z.array(Limited(TEXT_LIMITS.note)).default([]),
  /** The character encoding of a .txt that is not UTF-8 (or of a page that declares none); absent = UTF-8. */
  encoding: z.enum(['utf-8', 'gb18030', 'gbk', 'big5']).nullable().default(null),
});
export type ManifestEntry = z.infer<typeof ManifestEntry>;
export const Manifest = z.strictObject({ sources: z.array(ManifestEntry).min(1) });

export const SourceFile = z.object({
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The format the file was received in (text: .txt; html, docx, pdf: converted by src/ingest/received/). */
  format: z.enum(['text', 'html', 'docx', 'pdf']).default('text'),
  script: Script,
  role: z.enum(['primary', 'variant']),
  provenance: z.string(),
  /** For a variant: share of its (converted) text found in the primary text. */
  similarity: z.number().nullable(),
});

export const Policy = z.object({
  id: z.string(),
  title: Localized,
  issuer: Localized.nullable(),
  docNumber: z.string().nullable(),
  issued: z.string().nullable(),
  /** A legislative text's history as its 题注 prints it (adopted, amended …), oldest first; empty for other documents. */
  history: z.array(z.object({ date: z.string(), event: z.enum(['adopted', 'amended', 'revised', 'promulgated', 'effective', 'approved']), by: z.string().nullable() })).default([]),
  period: z.object({ start: z.number().int().nullable(), end: z.number().int().nullable() }),
  sources: z.array(SourceFile),
  notes: z.array(z.string()),
  /** The official page of the document (原文链接) from the manifest, null where none is known. */
  sourceUrl: z.string().nullable().default(null),
  /**
   * Where the document is from when that is not Chongqing, as its text names it (玉环市, 香港, 全国: rule
   * units/other-jurisdiction); null for Chongqing's — the registry's and the directory's jurisdiction.
   */
  jurisdiction: z.string().nullable().default(null),
  /** Fields read from a portal metadata block at the top of the raw text (索引号, 发文字号 …). */
  portalMetadata: z.record(z.string(), z.string()).nullable(),
  /** A later policy of the corpus that replaces or continues it, with the evidence (content/supersessions.yaml, authored). */
  supersession: z.object({ by: z.string().nullable(), evidence: z.string() }).nullable(),
  /** English translation progress: text segments, how many have English, how many are stale. */
  translation: z.object({
    segments: z.number().int(),
    /** Segments with English (stale and reviewed ones included). */
    translated: z.number().int(),
    stale: z.number().int(),
    /** Of those with current English, how many a second person reviewed. */
    reviewed: z.number().int(),
    /** Proposals of the translation memory awaiting confirmation (published as pending). */
    needsReview: z.number().int(),
    /** Segments without English (needs-review ones not counted). */
    pending: z.number().int(),
  }),
  url: Urls,
});
export type Policy = z.infer<typeof Policy>;

/** A leaf provision of a policy. */
export const Measure = z.object({
  id: z.string(),
  policy: z.string(),
  /** Its numbering as printed (e.g. （三）, 2.), null for a named lead-in without a number. */
  number: z.string().nullable(),
  /** Numbering of its ancestors as printed, outermost first. */
  path: z.array(z.string()),
  /** Its ancestors (chapter, section …) with their anchors' keys, numbering and titles, outermost first. */
  ancestors: z.array(z.object({ key: z.string(), number: z.string().nullable(), title: Localized.nullable() })),
  order: z.number().int(),
  anchor: z.string(),
  title: Localized.nullable(),
  text: Localized,
  lead: z.array(z.string()),
  support: z.array(z.string()),
  /** Units the text names that are not in the registry (or, in a text of another jurisdiction, any unit), as printed: shown unlinked. */
  leadAsPrinted: z.array(z.string()).default([]),
  supportAsPrinted: z.array(z.string()).default([]),
  /** Where lead/support came from: the task table, inline (牵头单位：…) or none. */
  unitsFrom: z.enum(['task-table', 'inline', 'none']),
  deadline: z.string().nullable(),
  /** The English was written for an earlier wording of the Chinese. */
  enStale: z.boolean(),
  /** Taxonomy tags (content/taxonomy.yaml): who it is for, what kind of support, which cross-plan themes. */
  audiences: z.array(z.string()),
  instruments: z.array(z.string()),
  themes: z.array(z.string()),
  /** A general provision (guiding ideology, principles, goals, organisation, supervision, publicity): it offers no support, so it has no audience or instrument (content/overrides/tags.yaml). */
  general: z.boolean(),
  url: Urls,
});
export type Measure = z.infer<typeof Measure>;

export const Task = z.object({
  id: z.string(),
  policy: z.string(),
  measure: z.string().nullable(),
  /** Share of the task's text found in the linked measure (bigram containment). */
  matchScore: z.number(),
  seq: z.number().int(),
  text: Localized,
  deadline: z.string().nullable(),
  deadlineText: z.string(),
  lead: z.array(z.string()),
  support: z.array(z.string()),
  /** Units the row names that are not in the registry (or, in a text of another jurisdiction, any unit), as printed. */
  leadAsPrinted: z.array(z.string()).default([]),
  supportAsPrinted: z.array(z.string()).default([]),
  enStale: z.boolean(),
});
export type Task = z.infer<typeof Task>;

export const Comparator = z.enum(['≥', '>', '=', '≈', '≤', '<']);

export const Target = z.object({
  id: z.string(),
  policy: z.string(),
  /** The measure it belongs to; null for a target stated in a heading's own text (a chapter's 发展目标). */
  measure: z.string().nullable(),
  /** The provision whose text states it (the measure itself, or a chapter or section). */
  provision: z.string(),
  indicator: Localized,
  scope: Localized.nullable(),
  year: z.number().int().nullable(),
  /** Where the year comes from: the clause itself, the task table's deadline, or a reviewed override. */
  yearSource: z.enum(['text', 'task-table', 'period', 'override']).nullable(),
  /** True for a target set for every year (每年 …). */
  perYear: z.boolean(),
  value: z.number(),
  /** Upper end of a range such as 3―5家 (value is the lower end). */
  valueMax: z.number().nullable(),
  unit: Localized,
  comparator: Comparator,
  quote: z.string(),
  /** Set when a reviewed override changed or added this target. */
  overridden: z.boolean(),
  enStale: z.boolean(),
  url: Urls,
});
export type Target = z.infer<typeof Target>;

/** What kind of support a benefit is (src/ingest/recognisers/benefits.ts reads it from the words of its sentence). */
export const BenefitKind = z.enum(['grant', 'subsidy', 'award', 'interest-subsidy', 'loan', 'guarantee', 'equity-fund', 'tax', 'voucher', 'other']);

/** Support a provision grants: an amount, a cap, a rate or a matching ratio (最高给予100万元, 按5%给予奖励, 以1:2配对). */
export const Benefit = z.object({
  id: z.string(),
  policy: z.string(),
  /** The measure it belongs to; null for one stated in a heading's own text or the preamble. */
  measure: z.string().nullable(),
  /** The provision whose text states it. */
  provision: z.string(),
  kind: BenefitKind,
  value: z.number(),
  /** Upper end of a range (value is the lower end). */
  valueMax: z.number().nullable(),
  /** As printed (万元, %) or `1:N` for a matching ratio (value is N), with its English. */
  unit: Localized,
  /** ≤ for a cap (最高, 不超过), ≥ for a floor (不低于), = for an amount or a rate as such. */
  comparator: Comparator,
  /** What a rate is a share of, as printed (设备投资额); null when the sentence names none or the figure is not a rate. */
  basis: z.string().nullable(),
  /** Who qualifies, as printed, where the sentence ties a threshold to it (投资额达到1000万元以上的项目); else null. */
  eligibility: z.string().nullable(),
  quote: z.string(),
  url: Urls,
});
export type Benefit = z.infer<typeof Benefit>;

export const UnitKind = z.enum(['department', 'party-organ', 'zone-committee', 'central-office', 'organization', 'group']);
export const Basis = z.enum(['source', 'general-knowledge', 'informal']);

/** A calendar date written YYYY-MM-DD that exists (2026-02-30 does not). */
export const IsoDate = z.string().refine((s) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === s;
}, 'a real date written YYYY-MM-DD');


export const ContactFact = z.enum(['website', 'address', 'phone']);
export type ContactFact = z.infer<typeof ContactFact>;

/** A page that was seen to state contact facts of a unit: where, when, and which facts it supports. */
export const ContactSource = z.strictObject({
  url: WebUrl,
  seen: IsoDate,
  supports: z.array(ContactFact).min(1),
});
export type ContactSource = z.infer<typeof ContactSource>;

/**
 * How to reach a unit (content/units.yaml, authored): its own website, postal address and public service
 * line (a switchboard or service line, never a person), each null when not known, and the pages that
 * state them. Every non-null fact needs a source that supports it; a source supports only facts given
 * (so a contact with no fact fails too: write `contact: null` when nothing is known).
 */
export const UnitContact = z
  .strictObject({
    website: WebUrl.nullable(),
    address: z.string().min(1).nullable(),
    phone: z.string().regex(/^[0-9+()\s-]{5,}$/, 'digits, spaces, +, - and brackets only').nullable(),
    sources: z.array(ContactSource).min(1),
  })
  .superRefine((c, ctx) => {
    for (const fact of ContactFact.options) {
      const supported = c.sources.some((s) => s.supports.includes(fact));
      if (c[fact] !== null && !supported) ctx.addIssue({ code: 'custom', path: [fact], message: `no source supports the ${fact}` });
      if (c[fact] === null && supported) ctx.addIssue({ code: 'custom', path: ['sources'], message: `a source supports the ${fact}, but the ${fact} is null` });
    }
  });
export type UnitContact = z.infer<typeof UnitContact>;

/**
 * content/directory.yaml (authored): the city government's website, where its departments' guides to
 * government information give their contacts; shown where the site has no cited contact for a unit.
 */
export const ContactDirectory = z.strictObject({
  url: WebUrl,
  name: z.object({ zh: Limited(TEXT_LIMITS.name), en: Limited(TEXT_LIMITS.name) }),
  sources: z.array(z.strictObject({ url: WebUrl, seen: IsoDate })).min(1),
});
export type ContactDirectory = z.infer<typeof ContactDirectory>;

/** One entry of content/units.yaml (authored). */
export const UnitEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  name: z.object({ zh: Limited(TEXT_LIMITS.name), en: Limited(TEXT_LIMITS.name).nullable() }),
  /** null where no full name is known. */
  fullName: z.object({ zh: Limited(TEXT_LIMITS.name), en: Limited(TEXT_LIMITS.name).nullable() }).nullable(),
  enBasis: Basis,
  aliases: z.array(MarkedForm).min(1),
  kind: UnitKind,
  successor: z.string().nullable(),
  successorBasis: Basis.nullable(),
  note: z.string().max(TEXT_LIMITS.note, `is longer than ${TEXT_LIMITS.note} characters (the limit, docs/quality.md)`).nullable(),
  /** How to reach it; null (or absent) when nothing is known, and always null for groups and for units with a successor. */
  contact: UnitContact.nullable().default(null),
});
export type UnitEntry = z.infer<typeof UnitEntry>;

export const Unit = UnitEntry.extend({ url: Urls });
export type Unit = z.infer<typeof Unit>;

/** A tag of content/taxonomy.yaml (authored): an audience, an instrument or a theme. */
export const TaxonomyTag = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  label: z.object({ zh: Limited(TEXT_LIMITS.name), en: Limited(TEXT_LIMITS.name) }),
  definition: z.object({ zh: NonEmptyText, en: NonEmptyText }),
  /** An empty keyword would occur in every text. */
  keywords: z.array(NonEmptyText).min(1),
});
export type TaxonomyTag = z.infer<typeof TaxonomyTag>;
export const TaxonomyGroup = z.enum(['audiences', 'instruments', 'themes', 'general']);
/** A record of the taxonomy collection: a tag with its group and its authored place in the group, or (group `general`, no keywords) what a general provision is. */
export const TaxonomyEntry = TaxonomyTag.extend({ group: TaxonomyGroup, order: z.number(), keywords: z.array(z.string()) });
export type TaxonomyEntry = z.infer<typeof TaxonomyEntry>;
/** What a general provision is (content/taxonomy.yaml): shown instead of tags on its page, never offered as a finder choice. */
export const GeneralDefinition = z.strictObject({ label: z.object({ zh: NonEmptyText, en: NonEmptyText }), definition: z.object({ zh: NonEmptyText, en: NonEmptyText }) });
export type GeneralDefinition = z.infer<typeof GeneralDefinition>;
export const Taxonomy = z.strictObject({
  audiences: z.array(TaxonomyTag),
  instruments: z.array(TaxonomyTag),
  themes: z.array(TaxonomyTag),
  general: GeneralDefinition.optional(),
});
export type Taxonomy = z.infer<typeof Taxonomy>;

/** The status of a policy or measure in the open data, at the build date `asOf` (src/lib/status.ts). */
export const RecordStatus = z.strictObject({
  kind: z.enum(STATUS_KINDS),
  current: z.boolean(),
  /** What the status rests on: the period, a one-year plan's year, the last of its deadlines, the measure's own deadline, no end stated, an authored relation, the portal's 有效性, nothing. */
  basis: z.enum(STATUS_BASES),
  /** The year or deadline that goes with it (ended 2020, ended 2017-12, in force until 2027, starts 2028), or null. */
  date: z.string().nullable(),
  asOf: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});

/** One entry of content/supersessions.yaml (authored): a policy replaced or continued by a later one, with the evidence. */
export const SupersessionEntry = z.strictObject({
  policy: NonEmptyText,
  /** The later policy's id (null when the replacement is not in the corpus). */
  by: NonEmptyText.nullable(),
  /** The sentence that says so (quoted from a document), or the reference note it comes from. */
  evidence: NonEmptyText,
});
export type SupersessionEntry = z.infer<typeof SupersessionEntry>;

/**
 * One entry of content/overrides/tags.yaml (authored, reviewed): tags to add or remove, or `general: true`
 * for a general provision (then no audience or instrument at all); the reason quotes the measure's words in 「」.
 */
export const TagOverride = z
  .strictObject({
    measure: NonEmptyText,
    add: z.array(NonEmptyText).optional(),
    remove: z.array(NonEmptyText).optional(),
    general: z.literal(true).optional(),
    reason: z.string().regex(/\S/, 'a reason is required'),
  })
  .refine((o) => !(o.general && (o.add?.length || o.remove?.length)), { message: 'a general provision has no tags to add or remove', path: ['general'] })
  .refine((o) => o.general || o.add?.length || o.remove?.length, { message: 'an override adds, removes, or marks the measure general', path: ['measure'] });
export type TagOverride = z.infer<typeof TagOverride>;

/** One entry of content/glossary.yaml (authored). */
export const GlossaryEntry = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  zh: MarkedForm,
  en: Limited(TEXT_LIMITS.name),
  /** Grammatical forms of the English term that also count as using it (plural, adjectival). */
  enForms: z.array(NonEmptyText).default([]),
  /** An empty or one-character alias would mark nearly every text. */
  aliases: z.array(MarkedForm),
  explanation: z.object({ zh: NonEmptyText, en: NonEmptyText }),
  source: NonEmptyText,
});
export type GlossaryEntry = z.infer<typeof GlossaryEntry>;

/** One statement of a policy's “In brief” explainer (content/briefs/<policy>.yaml, authored): sources are record ids or `policy`. */
export const BriefStatement = z.strictObject({
  topic: z.enum(['what', 'who', 'targets', 'responsible', 'period']),
  zh: NonEmptyText,
  en: NonEmptyText,
  sources: z.array(NonEmptyText).min(1),
});
export type BriefStatement = z.infer<typeof BriefStatement>;

/** A translatable text segment of a policy with its English (null until translated). */
export const Segment = z.object({ id: z.string(), zh: z.string(), en: z.string().nullable(), stale: z.boolean() });
export type Segment = z.infer<typeof Segment>;

/** A figure a reviewed override sets: finite (zod rejects ±Infinity and NaN) and not negative. */
const Amount = z.number().min(0, 'is negative: a target counts or measures something');

/** The target fields a reviewed override may set, with the checks the extraction guarantees for its own targets. */
/**
 * The `en` of an override's text: always null. The ingest fills a target's English from the translation
 * file after the overrides (src/ingest/stages/translate.ts), so English written here was silently replaced.
 */
const OverrideEn = z
  .string()
  .nullable()
  .refine((v) => v === null, 'must be null: the English of a target comes from content/translations/en/<policy>.yaml (run `npm run translations`), not from an override');

const OverrideTarget = z.strictObject({
  indicator: z.object({ zh: NonEmptyText, en: OverrideEn }),
  scope: z.object({ zh: NonEmptyText, en: OverrideEn }).nullable(),
  year: Year.nullable(),
  value: Amount,
  valueMax: Amount.nullable(),
  unit: z.object({ zh: z.string().refine(isOverrideUnit, 'is not a unit of measure the table in src/lib/measure-units.ts knows (or "" for an index or a score without unit)'), en: OverrideEn }),
  comparator: Comparator,
  quote: NonEmptyText,
  perYear: z.boolean(),
});

/** A target record id, policy first (cq-2016-work-plan/2-7/t1). */
const TargetId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*\/\S+$/, 'is not a target id (policy/provision/tN)');

/** One entry of content/overrides/targets.yaml (authored, reviewed). */
export const TargetOverride = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('drop'), id: TargetId, reason: NonEmptyText }),
  z.strictObject({
    action: z.literal('correct'),
    id: TargetId,
    reason: NonEmptyText,
    set: OverrideTarget.omit({ quote: true }).partial(),
  }),
  z
    .strictObject({
      action: z.literal('add'),
      id: TargetId,
      reason: NonEmptyText,
      measure: NonEmptyText,
      target: OverrideTarget.refine((t) => t.valueMax === null || t.valueMax >= t.value, { message: 'is below value', path: ['valueMax'] }),
    })
    .refine((o) => o.id.split('/')[0] === o.measure.split('/')[0], { message: 'names another policy than its measure', path: ['id'] }),
]);
export type TargetOverride = z.infer<typeof TargetOverride>;

/**
 * The records of one policy as the ingest writes them to content/generated/data/<id>.json.
 * Records are strict here: a field the ingest writes must be declared above, so the
 * schemas stay the one definition of what a record holds.
 */
export const PolicyData = z.object({
  policy: Policy.strict(),
  measures: z.array(Measure.strict()),
  tasks: z.array(Task.strict()),
  targets: z.array(Target.strict()),
  benefits: z.array(Benefit.strict()),
  segments: z.array(Segment.strict()),
});
export type PolicyData = z.infer<typeof PolicyData>;
/** A whole generated data file: the records and a note saying where they come from. */
export const PolicyDataFile = PolicyData.extend({ $comment: z.string() }).strict();
export type PolicyDataFile = z.infer<typeof PolicyDataFile>;

/**
 * Fields the pages need but the open data leaves out (the one list of them): the raw portal
 * metadata, and a measure's place in its document (ancestors, order, anchor), where its units
 * came from and whether its English is stale. docs/data.md documents both halves.
 */
export const INTERNAL_FIELDS = {
  policies: ['portalMetadata'],
  measures: ['ancestors', 'order', 'anchor', 'unitsFrom', 'enStale'],
  tasks: [],
  targets: [],
  benefits: [],
  units: [],
  taxonomy: ['order'],
} as const satisfies Record<string, readonly string[]>;

/** A zod `omit` mask of the given keys. */
function mask<K extends string>(keys: readonly K[]): Record<K, true> {
  return Object.fromEntries(keys.map((k) => [k, true])) as Record<K, true>;
}

/**
 * The records of each open data file (dist/data/<name>.json, docs/data.md): the record's
 * schema minus INTERNAL_FIELDS, with the status at the build date for policies and measures.
 * Strict, so open data holds exactly these fields.
 */
export const OPEN_DATA = {
  policies: Policy.omit(mask(INTERNAL_FIELDS.policies)).extend({ status: RecordStatus }).strict(),
  measures: Measure.omit(mask(INTERNAL_FIELDS.measures)).extend({ status: RecordStatus }).strict(),
  tasks: Task.omit(mask(INTERNAL_FIELDS.tasks)).strict(),
  units: Unit.omit(mask(INTERNAL_FIELDS.units)).strict(),
  targets: Target.omit(mask(INTERNAL_FIELDS.targets)).strict(),
  benefits: Benefit.omit(mask(INTERNAL_FIELDS.benefits)).strict(),
  taxonomy: TaxonomyEntry.omit(mask(INTERNAL_FIELDS.taxonomy)).strict(),
};
export type OpenDataFile = keyof typeof OPEN_DATA;
/** The open data files, in the order they are listed (docs/data.md). */
export const OPEN_DATA_FILES = Object.keys(OPEN_DATA) as OpenDataFile[];
export type OpenRecord<F extends OpenDataFile> = z.infer<(typeof OPEN_DATA)[F]>;

/** A record as published in the open data file `file`: its internal fields left out, checked against OPEN_DATA. */
export function openRecord<F extends OpenDataFile>(file: F, record: Record<string, unknown>): OpenRecord<F> {
  const internal = new Set<string>(INTERNAL_FIELDS[file]);
  return OPEN_DATA[file].parse(Object.fromEntries(Object.entries(record).filter(([k]) => !internal.has(k)))) as OpenRecord<F>;
}
