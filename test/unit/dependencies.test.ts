/**
 * package.json against the code: every package the code imports is declared (not merely present
 * as another package's dependency), every declared package is used, and what `npm run build`
 * needs is in `dependencies` (tests, type checking and benchmarks are `devDependencies`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.ts';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };

/** Declared packages that no file imports, and why they are there. */
const NOT_IMPORTED: Record<string, string> = {
  node: 'the Node version every npm script runs on (README, Node versions)',
  tsx: 'runs the ingest and the scripts (npm run ingest, npm run build)',
  '@emnapi/core': "peer of Tailwind's WebAssembly fallback, not installed under legacy-peer-deps otherwise",
  '@emnapi/runtime': "peer of Tailwind's WebAssembly fallback, not installed under legacy-peer-deps otherwise",
  '@astrojs/check': 'npm run typecheck',
  typescript: 'npm run typecheck',
  '@types/node': 'types of node: imports',
};

/** Folders and files with code; what the build runs is `src/` and `astro.config.mjs` (scripts/build.ts imports only node: and src/). */
const CODE = ['src', 'scripts', 'test', 'bench', 'astro.config.mjs', 'vitest.config.ts', 'vitest.e2e.config.ts'];
const BUILD = /^(src\/|astro\.config\.mjs$|scripts\/build\.ts$)/;

function files(path: string): string[] {
  const abs = join(ROOT, path);
  try {
    return readdirSync(abs, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(ROOT, join(e.parentPath, e.name)));
  } catch {
    return [path];
  }
}

/** The package of a module specifier (`@scope/name/sub` → `@scope/name`), or null for a relative or built-in one. */
function packageOf(specifier: string): string | null {
  if (/^(\.|\/|node:|astro:|virtual:)/.test(specifier)) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

interface Use {
  file: string;
  pkg: string;
  typeOnly: boolean;
}

function uses(): Use[] {
  const out: Use[] = [];
  const statement = /(?:^|\n)\s*(import|export)(\s+type)?\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]|^\s*import\s+['"]([^'"]+)['"]|@import\s+['"]([^'"]+)['"]/gm;
  for (const file of CODE.flatMap(files)) {
    if (!/\.(ts|mjs|js|astro|css)$/.test(file) || file.startsWith('test/fixtures/')) continue;
    for (const m of readFileSync(join(ROOT, file), 'utf8').matchAll(statement)) {
      const pkgName = packageOf(m[3] ?? m[4] ?? m[5] ?? m[6]!);
      if (pkgName) out.push({ file, pkg: pkgName, typeOnly: Boolean(m[2]) });
    }
  }
  return out;
}

/** The declared package that provides a module (`mdast` → `@types/mdast` for type-only imports). */
const provider = (u: Use) => (u.typeOnly && !(u.pkg in pkg.dependencies || u.pkg in pkg.devDependencies) ? `@types/${u.pkg}` : u.pkg);

describe('package.json', () => {
  const all = uses();

  it('declares every package the code imports', () => {
    const declared = { ...pkg.dependencies, ...pkg.devDependencies };
    const undeclared = all.filter((u) => !(provider(u) in declared)).map((u) => `${u.pkg} (${u.file})`);
    expect([...new Set(undeclared)]).toEqual([]);
  });

  it('puts what npm run build imports in dependencies', () => {
    const misplaced = all.filter((u) => BUILD.test(u.file) && !u.typeOnly && !(provider(u) in pkg.dependencies)).map((u) => `${u.pkg} (${u.file})`);
    expect([...new Set(misplaced)]).toEqual([]);
  });

  it('declares nothing unused, and nothing only tests and tools use as a dependency', () => {
    const imported = new Set(all.map(provider));
    const unused = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((p) => !imported.has(p) && !(p in NOT_IMPORTED) && !(p.startsWith('@types/') && imported.has(p.slice(7))));
    expect(unused).toEqual([]);
    const forBuild = new Set(all.filter((u) => BUILD.test(u.file) && !u.typeOnly).map(provider));
    const buildOnlyReasons = ['node', 'tsx', '@emnapi/core', '@emnapi/runtime'];
    const devOnly = Object.keys(pkg.dependencies).filter((p) => !forBuild.has(p) && !buildOnlyReasons.includes(p));
    expect(devOnly).toEqual([]);
  });
});
