/**
 * Mutations for fuzzing the ingest. Seed texts: truncation, shuffled and duplicated
 * lines, random Unicode, invalid UTF-8, GBK-like bytes, very long lines and injected
 * MDX/HTML/JS. Authored files (manifest, units, glossary, taxonomy, supersessions, overrides,
 * translations, briefs): byte flips, truncation, deleted/duplicated/re-indented lines,
 * values of another type, huge and negative numbers, empty strings, YAML anchors and
 * tags, invalid UTF-8. Cross-file references: successor and supersession cycles, a copy's
 * id, unknown tags and glossary sources, one-character aliases, non-http(s) URLs, ids
 * swapped between files. Deterministic for a given seed number.
 */
import { IngestError, IngestErrors } from './report/errors.ts';
import { runIngest, type IngestInput } from './pipeline.ts';
import { decodeAuthoredText } from './stages/read.ts';

/** A small deterministic PRNG (mulberry32). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const INJECTIONS = [
  '{alert(1)}',
  'import fs from "node:fs"',
  'export const x = 1',
  '<script>alert(1)</script>',
  '</section><Term id="x">',
  '{/* comment */}',
  '<!-- -->',
  '`code`',
  '[link](javascript:alert(1))',
  '# heading',
  '---\ntitle: x\n---',
  '一、{x}',
  '（一）<div>',
];

export type Mutation = (bytes: Uint8Array, rand: () => number) => Uint8Array;

const enc = new TextEncoder();
const dec = new TextDecoder();
const lines = (b: Uint8Array) => dec.decode(b).split('\n');
const join = (ls: string[]) => enc.encode(ls.join('\n'));
const pick = <T>(xs: T[], rand: () => number) => xs[Math.floor(rand() * xs.length)]!;

export const MUTATIONS: Record<string, Mutation> = {
  truncate: (b, r) => b.slice(0, Math.floor(r() * b.length)),
  shuffleLines: (b, r) => {
    const ls = lines(b);
    for (let i = ls.length - 1; i > 0; i--) {
      const j = Math.floor(r() * (i + 1));
      [ls[i], ls[j]] = [ls[j]!, ls[i]!];
    }
    return join(ls);
  },
  duplicateLines: (b, r) => {
    const ls = lines(b);
    const out: string[] = [];
    for (const l of ls) {
      out.push(l);
      if (r() < 0.2) out.push(l);
    }
    return join(out);
  },
  randomUnicode: (b, r) => {
    const ls = lines(b);
    for (let k = 0; k < 20; k++) {
      const i = Math.floor(r() * ls.length);
      const cp = Math.floor(r() * 0x2ffff);
      const ch = cp >= 0xd800 && cp <= 0xdfff ? '\ufffd' : String.fromCodePoint(cp);
      const l = ls[i] ?? '';
      const at = Math.floor(r() * (l.length + 1));
      ls[i] = l.slice(0, at) + ch + l.slice(at);
    }
    return join(ls);
  },
  invalidUtf8: (b, r) => {
    const out = Uint8Array.from(b);
    for (let k = 0; k < 3 && out.length; k++) out[Math.floor(r() * out.length)] = 0xff;
    return out;
  },
  gbkBytes: (b, r) => {
    // 重庆 in GBK, spliced in at a line start
    const gbk = [0xd6, 0xd8, 0xc7, 0xec];
    const at = Math.floor(r() * b.length);
    return Uint8Array.from([...b.slice(0, at), ...gbk, ...b.slice(at)]);
  },
  longLine: (b, r) => {
    const ls = lines(b);
    ls.splice(Math.floor(r() * ls.length), 0, '很长的一行'.repeat(20000 + Math.floor(r() * 20000)));
    return join(ls);
  },
  inject: (b, r) => {
    const ls = lines(b);
    for (let k = 0; k < 8; k++) {
      const i = Math.floor(r() * ls.length);
      ls[i] = r() < 0.5 ? pick(INJECTIONS, r) + (ls[i] ?? '') : (ls[i] ?? '') + pick(INJECTIONS, r);
    }
    return join(ls);
  },
  empty: () => new Uint8Array(),
  nul: (b, r) => {
    const out = Uint8Array.from(b);
    if (out.length) out[Math.floor(r() * out.length)] = 0;
    return out;
  },
};

/** A line with a value: `key: value` or a list item `- value` (the value is what mutations replace). */
const VALUE_LINE = /^(\s*(?:- )?(?:[^\s:#][^:#]*:[ \t]+|- ))(\S.*)$/;

/** Replaces the value of up to `count` random value lines with what `make` returns. */
function replaceValues(b: Uint8Array, r: () => number, count: number, make: (old: string) => string): Uint8Array {
  const ls = lines(b);
  const candidates = ls.flatMap((l, i) => (VALUE_LINE.test(l) ? [i] : []));
  if (!candidates.length) return b;
  for (let k = 0; k < count; k++) {
    const i = pick(candidates, r);
    ls[i] = ls[i]!.replace(VALUE_LINE, (_, key: string, value: string) => key + make(value));
  }
  return join(ls);
}

const HUGE = ['99999', '-1', '-0', '1e309', '-1e309', '99999999999999999999999', '0.000001', '.inf', '-.inf', '.nan', '0x7fffffff', '2.5', '1_000'];
const OTHER_TYPES = ['42', "'42'", 'true', 'null', '[]', '{}', '[1, 2]', '{a: 1}', '"text"', '~', '2016-02-06', '!!binary aGVsbG8='];
const EMPTIES = ['""', "''", "'   '", '', '[]', '[""]', '{zh: "", en: ""}', '"\t"'];
const YAML_SPECIALS = ['&a x', '*a', '*undefined', '!!str 1', '!!int x', '!!js/function "x"', '<<: *a', '? complex', '|', '>-', '%YAML 1.2', '---', '...', '@x', '`x`', '{{', '[[', '"\u0000"'];

/** Mutations of authored YAML files (as bytes, so that invalid UTF-8 is one of them). */
export const AUTHORED_MUTATIONS: Record<string, Mutation> = {
  truncate: MUTATIONS.truncate!,
  byteFlip: (b, r) => {
    const out = Uint8Array.from(b);
    for (let k = 0; k < 1 + Math.floor(r() * 4) && out.length; k++) out[Math.floor(r() * out.length)]! ^= 1 << Math.floor(r() * 8);
    return out;
  },
  invalidUtf8: MUTATIONS.invalidUtf8!,
  deleteLines: (b, r) => join(lines(b).filter(() => r() >= 0.1)),
  duplicateLines: MUTATIONS.duplicateLines!,
  swapLines: (b, r) => {
    const ls = lines(b);
    const [i, j] = [Math.floor(r() * ls.length), Math.floor(r() * ls.length)];
    [ls[i], ls[j]] = [ls[j]!, ls[i]!];
    return join(ls);
  },
  reindent: (b, r) => {
    const ls = lines(b);
    const i = Math.floor(r() * ls.length);
    ls[i] = r() < 0.5 ? `  ${ls[i]}` : ls[i]!.replace(/^ {1,2}/, '');
    return join(ls);
  },
  typeChange: (b, r) => replaceValues(b, r, 1 + Math.floor(r() * 3), (old) => (/^-?\d/.test(old) ? pick(["'" + old + "'", '"many"', '[1]'], r) : pick(OTHER_TYPES, r))),
  hugeNumber: (b, r) => replaceValues(b, r, 1 + Math.floor(r() * 3), () => pick(HUGE, r)),
  emptyString: (b, r) => replaceValues(b, r, 1 + Math.floor(r() * 3), () => pick(EMPTIES, r)),
  yamlSyntax: (b, r) => replaceValues(b, r, 1 + Math.floor(r() * 2), (old) => (r() < 0.5 ? pick(YAML_SPECIALS, r) : `${pick(YAML_SPECIALS, r)} ${old}`)),
  randomUnicode: MUTATIONS.randomUnicode!,
  empty: MUTATIONS.empty!,
  nul: MUTATIONS.nul!,
};

/** The authored files the fuzzer mutates. */
export const AUTHORED_KINDS = ['manifest', 'units', 'glossary', 'taxonomy', 'supersessions', 'target-overrides', 'tag-overrides', 'translation', 'brief'] as const;
export type AuthoredKind = (typeof AUTHORED_KINDS)[number];

/** One authored file of an input: its name (as errors name it), its text, and the input with another text for it. */
export function authoredFile(input: IngestInput, kind: AuthoredKind, n = 0): { file: string; text: string; replace(text: string): IngestInput } | null {
  const fromMap = (map: Map<string, string> | undefined, dir: string, key: 'translations' | 'briefTexts') => {
    const id = [...(map ?? new Map<string, string>()).keys()].sort()[n % Math.max(1, map?.size ?? 0)];
    if (id === undefined) return null;
    return { file: `${dir}/${id}.yaml`, text: map!.get(id)!, replace: (text: string) => ({ ...input, [key]: new Map(map).set(id, text) }) };
  };
  const single = (file: string, key: 'manifestText' | 'unitsText' | 'glossaryText' | 'taxonomyText' | 'supersessionsText' | 'targetOverridesText' | 'tagOverridesText') => {
    const text = input[key];
    return text == null ? null : { file, text, replace: (t: string) => ({ ...input, [key]: t }) };
  };
  switch (kind) {
    case 'manifest':
      return single('seeds/manifest.yaml', 'manifestText');
    case 'units':
      return single('content/units.yaml', 'unitsText');
    case 'glossary':
      return single('content/glossary.yaml', 'glossaryText');
    case 'taxonomy':
      return single('content/taxonomy.yaml', 'taxonomyText');
    case 'supersessions':
      return single('content/supersessions.yaml', 'supersessionsText');
    case 'target-overrides':
      return single('content/overrides/targets.yaml', 'targetOverridesText');
    case 'tag-overrides':
      return single('content/overrides/tags.yaml', 'tagOverridesText');
    case 'translation':
      return fromMap(input.translations, 'content/translations/en', 'translations');
    case 'brief':
      return fromMap(input.briefTexts, 'content/briefs', 'briefTexts');
  }
}

export interface FuzzOutcome {
  /** `seed`, the kind of authored file mutated, or `references` (the references between files). */
  kind: 'seed' | AuthoredKind | 'references';
  mutation: string;
  file: string;
  /** `missed`: a wrong reference the ingest accepted. */
  result: 'ok' | 'input-error' | 'crash' | 'missed';
  message?: string;
}

/** Runs `ingest`; anything but success or an IngestError(s) is a crash. */
function outcome(kind: FuzzOutcome['kind'], mutation: string, file: string, ingest: () => unknown): FuzzOutcome {
  try {
    ingest();
    return { kind, mutation, file, result: 'ok' };
  } catch (e) {
    if (e instanceof IngestError || e instanceof IngestErrors) return { kind, mutation, file, result: 'input-error', message: e.message };
    return { kind, mutation, file, result: 'crash', message: (e as Error).stack ?? String(e) };
  }
}

/** Runs the ingest on one mutated seed. */
export function fuzzOnce(base: IngestInput, file: string, mutation: string, seed: number): FuzzOutcome {
  const rand = prng(seed);
  const seeds = new Map(base.seeds);
  seeds.set(file, MUTATIONS[mutation]!(base.seeds.get(file)!, rand));
  return outcome('seed', mutation, file, () => runIngest({ ...base, seeds }));
}

/** Runs the ingest with one mutated authored file (decoded as the CLI decodes it: strictly as UTF-8). */
export function fuzzAuthoredOnce(base: IngestInput, kind: AuthoredKind, mutation: string, seed: number): FuzzOutcome {
  const rand = prng(seed);
  const target = authoredFile(base, kind, Math.floor(rand() * 1000));
  if (!target) throw new Error(`the fuzzing base has no ${kind} file`);
  const bytes = AUTHORED_MUTATIONS[mutation]!(enc.encode(target.text), rand);
  return outcome(kind, mutation, target.file, () => runIngest(target.replace(decodeAuthoredText(target.file, bytes))));
}

/** The ids an input's authored files can refer to, by what they name. */
export interface KnownIds {
  policies: string[];
  /** Ids of manifest entries that the ingest recognises as copies of another policy. */
  copies: string[];
  units: string[];
  tags: string[];
  measures: string[];
}

/** The ids of an input (the published policies and their copies from one ingest of it). */
export function knownIds(input: IngestInput): KnownIds {
  const result = runIngest(input);
  const published = result.policies.map((p) => p.policy.id);
  const ids = (text: string | null | undefined, re: RegExp) => [...(text ?? '').matchAll(re)].map((m) => m[1]!);
  const manifestIds = ids(input.manifestText, /^\s*id: ([a-z0-9-]+)\s*$/gm);
  return {
    policies: published,
    copies: manifestIds.filter((id) => !published.includes(id)),
    units: ids(input.unitsText, /^- id: ([a-z0-9-]+)\s*$/gm),
    tags: ids(input.taxonomyText, /^\s*- id: ([a-z0-9-]+)\s*$/gm),
    measures: result.policies.flatMap((p) => p.measures.map((m) => m.id)),
  };
}

/** A YAML list file with entries appended (an empty `[]` list is replaced). */
const appendEntries = (text: string | null | undefined, entries: string) => (text ?? '').replace(/^\[\]\s*$/m, '') + (text?.endsWith('\n') === false ? '\n' : '') + entries;

/** A unit entry (for mutations of units.yaml). */
const unitEntry = (id: string, successor: string) =>
  `- id: ${id}\n  name: { zh: ${id}单位, en: null }\n  fullName: null\n  enBasis: source\n  aliases: [${id}单位]\n  kind: department\n  successor: ${successor}\n  successorBasis: source\n  note: null\n`;

/**
 * A mutation of the references between files. `mustFail` mutations make a reference that is
 * wrong whatever else the input holds: the ingest has to stop with an input error, and an
 * input it accepts is a silent wrong output (counted as `missed`).
 */
export interface ReferenceMutation {
  mustFail: boolean;
  apply(input: IngestInput, ids: KnownIds, rand: () => number): IngestInput;
}

const SCHEMES = ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', 'ftp://example.org/x', 'JAVASCRIPT:x', ' javascript:x', 'https://', '//example.org/x'];

export const REFERENCE_MUTATIONS: Record<string, ReferenceMutation> = {
  /** Units succeeding each other in a ring of 1–4 (a ring of one is a unit succeeding itself). */
  successorCycle: {
    mustFail: true,
    apply: (input, _ids, r) => {
      const n = 1 + Math.floor(r() * 4);
      const ring = Array.from({ length: n }, (_, i) => `fuzz-ring-${i}`);
      return { ...input, unitsText: appendEntries(input.unitsText, ring.map((id, i) => unitEntry(id, ring[(i + 1) % n]!)).join('')) };
    },
  },
  /** Published policies superseding each other in a ring of 2–4. */
  supersessionCycle: {
    mustFail: true,
    apply: (input, ids, r) => {
      const pool = [...ids.policies].sort(() => r() - 0.5);
      const ring = pool.slice(0, Math.min(pool.length, 2 + Math.floor(r() * 3)));
      if (ring.length < 2) return input;
      const entries = ring.map((id, i) => `- policy: ${id}\n  by: ${ring[(i + 1) % ring.length]}\n  evidence: fuzz\n`).join('');
      return { ...input, supersessionsText: appendEntries(input.supersessionsText, entries) };
    },
  },
  /** A supersession naming a copy (not published) as the policy or as its successor. */
  supersessionByCopy: {
    mustFail: true,
    apply: (input, ids, r) => {
      if (!ids.copies.length || !ids.policies.length) return input;
      const [copy, policy] = [pick(ids.copies, r), pick(ids.policies, r)];
      const entry = r() < 0.5 ? `- policy: ${policy}\n  by: ${copy}\n  evidence: fuzz\n` : `- policy: ${copy}\n  by: ${policy}\n  evidence: fuzz\n`;
      return { ...input, supersessionsText: appendEntries(input.supersessionsText, entry) };
    },
  },
  /** A tag override adding or removing a tag the taxonomy does not define (a unit id, a policy id, a made-up one). */
  unknownTag: {
    mustFail: true,
    apply: (input, ids, r) => {
      if (!input.taxonomyText || !ids.measures.length) return input;
      const tag = pick([...ids.units, ...ids.policies, 'no-such-tag'].filter((t) => !ids.tags.includes(t)), r);
      const entry = `- measure: ${pick(ids.measures, r)}\n  ${r() < 0.5 ? 'add' : 'remove'}: [${tag}]\n  reason: fuzz\n`;
      return { ...input, tagOverridesText: appendEntries(input.tagOverridesText, entry) };
    },
  },
  /** A glossary source that is a copy's id, a unit's id or no id at all. */
  glossarySource: {
    mustFail: true,
    apply: (input, ids, r) => {
      const text = input.glossaryText;
      const sources = [...(text ?? '').matchAll(/^ {2}source: .*$/gm)];
      if (!text || !sources.length) return input;
      const at = pick(sources, r).index!;
      const bad = pick([...ids.copies, ...ids.units.slice(0, 5), 'cq-2099-nothing'], r);
      return { ...input, glossaryText: text.slice(0, at) + text.slice(at).replace(/^ {2}source: .*$/m, `  source: ${bad}`) };
    },
  },
  /** A one-character glossary alias (的, a letter, a digit). */
  shortAlias: {
    mustFail: true,
    apply: (input, _ids, r) => {
      const text = input.glossaryText;
      if (!text || !/aliases: \[/.test(text)) return input;
      return { ...input, glossaryText: text.replace(/aliases: \[/, `aliases: [${pick(['的', '和', 'A', '1', '，'], r)}, `) };
    },
  },
  /** A manifest sourceUrl that is not an http(s) address. */
  sourceUrlScheme: {
    mustFail: true,
    apply: (input, _ids, r) => ({ ...input, manifestText: (input.manifestText ?? '').replace('\n    provenance: ', `\n    sourceUrl: ${JSON.stringify(pick(SCHEMES, r))}\n    provenance: `) }),
  },
  /** One known id replaced by another anywhere in one authored file (right or wrong: no crash either way). */
  idSwap: {
    mustFail: false,
    apply: (input, ids, r) => {
      const all = [...ids.policies, ...ids.copies, ...ids.units, ...ids.tags, ...ids.measures];
      const kind = pick([...AUTHORED_KINDS], r);
      const target = authoredFile(input, kind, Math.floor(r() * 1000));
      if (!target) return input;
      const present = all.filter((id) => target.text.includes(id));
      if (!present.length) return input;
      const from = pick(present, r);
      return target.replace(target.text.replace(from, pick(all, r)));
    },
  },
};

/** Runs the ingest with one mutated cross-file reference; a must-fail mutation the ingest accepts is `missed`. */
export function fuzzReferenceOnce(base: IngestInput, ids: KnownIds, mutation: string, seed: number): FuzzOutcome {
  const m = REFERENCE_MUTATIONS[mutation]!;
  const input = m.apply(base, ids, prng(seed));
  const o = outcome('references', mutation, 'content/ and seeds/manifest.yaml', () => runIngest(input));
  return m.mustFail && o.result === 'ok' && input !== base ? { ...o, result: 'missed', message: `${mutation}: the ingest accepted a wrong reference` } : o;
}
