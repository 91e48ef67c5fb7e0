/**
 * Mutations of seed texts for fuzzing the ingest: truncation, shuffled and
 * duplicated lines, random Unicode, invalid UTF-8, GBK-like bytes, very long
 * lines and injected MDX/HTML/JS. Deterministic for a given seed number.
 */
import { runIngest, type IngestInput } from './pipeline.ts';
import { IngestError, IngestErrors } from './errors.ts';

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

export interface FuzzOutcome {
  mutation: string;
  file: string;
  result: 'ok' | 'input-error' | 'crash';
  message?: string;
}

/** Runs the ingest on one mutated seed; anything but success or an IngestError is a crash. */
export function fuzzOnce(base: IngestInput, file: string, mutation: string, seed: number): FuzzOutcome {
  const rand = prng(seed);
  const seeds = new Map(base.seeds);
  seeds.set(file, MUTATIONS[mutation]!(base.seeds.get(file)!, rand));
  try {
    runIngest({ ...base, seeds });
    return { mutation, file, result: 'ok' };
  } catch (e) {
    if (e instanceof IngestError || e instanceof IngestErrors) return { mutation, file, result: 'input-error', message: e.message };
    return { mutation, file, result: 'crash', message: (e as Error).stack };
  }
}
