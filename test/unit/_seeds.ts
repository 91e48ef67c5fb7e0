/**
 * Shared helpers for the unit tests: read a real seed through the first ingest
 * stages (read → normalize → segment) and load the authored unit registry.
 * Not a test file itself (vitest only collects *.test.ts).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readSource, type RawSource } from '../../src/ingest/stages/read.ts';
import { normalizeSource, type NormalizedSource } from '../../src/ingest/stages/normalize.ts';
import { segment, type Segments } from '../../src/ingest/stages/segment.ts';
import { buildTree, walk, type DocumentTree, type ProvisionNode } from '../../src/ingest/stages/structure.ts';
import { loadUnitRegistry, type UnitRegistry } from '../../src/ingest/recognisers/units.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const SEEDS = {
  plan2015: 'cq-2015-action-plan.txt',
  plan2016: 'cq-2016-work-plan.txt',
  hant: 'encyclopedia-copy-zh-hant.txt',
  guidance2022: 'cq-2022-district-guidance.txt',
  growth2023: 'cq-2023-double-growth.txt',
} as const;

export function seedBytes(name: string): Uint8Array {
  return readFileSync(`${ROOT}seeds/${name}`);
}

/** The raw text lines of a seed (1-based line n is rawLines(name)[n - 1]). */
export function rawLines(name: string): string[] {
  return readFileSync(`${ROOT}seeds/${name}`, 'utf8').split(/\r\n|\r|\n/);
}

export interface LoadedSeed {
  raw: RawSource;
  norm: NormalizedSource;
  seg: Segments;
}

const cache = new Map<string, LoadedSeed>();

export function loadSeed(name: string): LoadedSeed {
  let s = cache.get(name);
  if (!s) {
    const raw = readSource(name, seedBytes(name));
    const norm = normalizeSource(raw);
    const seg = segment(norm.lines, norm.stripped);
    s = { raw, norm, seg };
    cache.set(name, s);
  }
  return s;
}

export function seedTree(name: string): DocumentTree {
  return buildTree(name, loadSeed(name).seg.body);
}

/** Every node of a tree by key. */
export function nodesByKey(tree: DocumentTree): Map<string, ProvisionNode> {
  return new Map([...walk(tree.provisions)].map(({ node }) => [node.key, node]));
}

/** A node's own text (its paragraphs joined), as the pipeline builds measure text. */
export function nodeText(node: ProvisionNode): string {
  return node.paragraphs.map((p) => p.text).join('\n');
}

let registry: UnitRegistry | null = null;
export function unitRegistry(): UnitRegistry {
  registry ??= loadUnitRegistry('content/units.yaml', readFileSync(`${ROOT}content/units.yaml`, 'utf8'));
  return registry;
}
