/**
 * No import loops under src/: every module can be read after the modules it imports. The
 * imports are read with the TypeScript compiler's own pre-processor (static, `export … from`,
 * `import type` and dynamic `import()` alike: a loop of types is still a loop for a reader),
 * from .ts files and the frontmatter of .astro files.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

const SRC = resolve(import.meta.dirname, '../../src');

/** The code of a module: a .ts file as it is, an .astro file's frontmatter (between its `---` fences). */
function codeOf(file: string): string {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  return /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
}

/** Every module under `root` → the modules under `root` it imports (relative specifiers, resolved). */
export function importGraph(root: string): Map<string, string[]> {
  const files = (readdirSync(root, { recursive: true }) as string[]).filter((f) => /\.(ts|mts|astro)$/.test(f) && !f.endsWith('.d.ts')).map((f) => join(root, f));
  const known = new Set(files);
  const resolveSpec = (from: string, spec: string) => {
    const base = resolve(dirname(from), spec);
    return [base, `${base}.ts`, join(base, 'index.ts')].find((c) => known.has(c)) ?? null;
  };
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const imported = ts.preProcessFile(codeOf(file), true, true).importedFiles.map((i) => i.fileName);
    graph.set(file, [...new Set(imported.filter((s) => s.startsWith('.')).map((s) => resolveSpec(file, s)).filter((t): t is string => t !== null))]);
  }
  return graph;
}

/** The import loops of a graph: each strongly connected component of more than one module (or a module importing itself), as a path that closes. */
export function importLoops(graph: Map<string, string[]>): string[][] {
  // Tarjan's algorithm, iterative-free recursion is fine at this size (a few hundred modules).
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const loops: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) loops.push(pathThrough(graph, new Set(component), v));
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return loops;
}

/** One loop inside a component, from `start` back to it (breadth-first), to name in the failure. */
function pathThrough(graph: Map<string, string[]>, component: Set<string>, start: string): string[] {
  const previous = new Map<string, string>();
  const queue = [start];
  while (queue.length) {
    const v = queue.shift()!;
    for (const w of graph.get(v) ?? []) {
      if (!component.has(w)) continue;
      if (w === start) {
        const path = [start];
        for (let x = v; x !== start; x = previous.get(x)!) path.splice(1, 0, x);
        return [...path, start];
      }
      if (!previous.has(w)) {
        previous.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}

describe('import loops', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'import-loops-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('are found through type-only imports, re-exports and .astro frontmatter', () => {
    writeFileSync(join(scratch, 'a.ts'), "import type { B } from './b.ts';\nexport type A = B;\n");
    writeFileSync(join(scratch, 'b.ts'), "export { c } from './c';\nexport type B = string;\n");
    writeFileSync(join(scratch, 'c.ts'), "import './a.ts';\nexport const c = 1;\n");
    writeFileSync(join(scratch, 'D.astro'), "---\nimport E from './E.astro';\n---\n<E />\n");
    writeFileSync(join(scratch, 'E.astro'), "---\nimport D from './D.astro';\n---\n<D />\n");
    writeFileSync(join(scratch, 'f.ts'), "import { c } from './c.ts';\nexport const f = c;\n");
    const loops = importLoops(importGraph(scratch)).map((l) => l.map((f) => relative(scratch, f)));
    expect(loops.map((l) => [...new Set(l)].sort())).toEqual(expect.arrayContaining([['a.ts', 'b.ts', 'c.ts'], ['D.astro', 'E.astro']]));
    expect(loops).toHaveLength(2);
    for (const l of loops) expect(l[0]).toBe(l.at(-1));
  });

  it('none under src/', () => {
    const graph = importGraph(SRC);
    // the reader saw the modules and their imports (an empty graph would pass vacuously)
    expect(graph.size).toBeGreaterThan(100);
    expect(graph.get(join(SRC, 'ingest/pipeline.ts'))).toContain(join(SRC, 'ingest/stages/records.ts'));
    const loops = importLoops(graph).map((l) => l.map((f) => relative(SRC, f)).join(' → '));
    expect(loops).toEqual([]);
  });

  it('src/ingest/recognisers/ imports no stage, no disk access and not the pipeline (recognisers sit below the stages)', () => {
    const graph = importGraph(SRC);
    const upward = [...graph]
      .filter(([file]) => file.startsWith(join(SRC, 'ingest/recognisers/')))
      .flatMap(([file, imports]) => imports.filter((t) => /^ingest\/(stages|disk)\/|^ingest\/(pipeline|cli)\.ts$/.test(relative(SRC, t))).map((t) => `${relative(SRC, file)} → ${relative(SRC, t)}`));
    expect(upward).toEqual([]);
  });
});
