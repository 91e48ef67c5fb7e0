/** vitest.config.ts: each test file is in one project, and the projects that read dist/ say it needs a build. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, matchesGlob, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../vitest.config.ts';
import browser from '../../vitest.e2e.config.ts';
import { ROOT } from '../helpers.ts';

interface Project {
  name: string;
  include: string[];
  exclude: string[];
  setupFiles: string[];
}

const projects: Project[] = (config.test?.projects ?? []).map((p) => {
  const test = (typeof p === 'string' ? browser.test : (p as { test?: Record<string, unknown> }).test) as Record<string, unknown>;
  return { name: test.name as string, include: test.include as string[], exclude: (test.exclude as string[]) ?? [], setupFiles: (test.setupFiles as string[]) ?? [] };
});

const testFiles = readdirSync(join(ROOT, 'test'), { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile() && e.name.endsWith('.test.ts'))
  .map((e) => relative(ROOT, join(e.parentPath, e.name)));

const projectsOf = (file: string) => projects.filter((p) => p.include.some((g) => matchesGlob(file, g)) && !p.exclude.some((g) => matchesGlob(file, g))).map((p) => p.name);

describe('Vitest projects', () => {
  it('are unit, site, maintainer and browser', () => {
    expect(projects.map((p) => p.name)).toEqual(['unit', 'site', 'maintainer', 'browser']);
  });

  it('hold every test file exactly once', () => {
    expect(testFiles.length).toBeGreaterThan(20);
    for (const file of testFiles) expect(projectsOf(file), file).toHaveLength(1);
  });

  it('put every test file that reads the built site in a project that first checks there is one', () => {
    const readsDist = testFiles.filter((f) => /\bDIST\b|htmlPages\(/.test(readFileSync(join(ROOT, f), 'utf8')));
    expect(readsDist.length).toBeGreaterThan(0);
    for (const file of readsDist) {
      const project = projects.find((p) => p.name === projectsOf(file)[0])!;
      // the maintainer test reads the dist/ of its own scratch copy, which it builds
      if (project.name !== 'maintainer') expect(project.setupFiles, file).toContain('test/setup-built-site.ts');
    }
  });

  it('npm test runs the projects that need no browser; npm run test:e2e the browser one', () => {
    const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    const selected = (script: string) => [...scripts[script]!.matchAll(/--project (\S+)/g)].map((m) => m[1]);
    expect(selected('test')).toEqual(['unit', 'site', 'maintainer']);
    expect(selected('test:e2e')).toEqual(['browser']);
  });
});
