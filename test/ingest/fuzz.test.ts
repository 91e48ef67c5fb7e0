/** A fast subset of the ingest fuzzing (the long run: npm run fuzz). */
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { mdxFromMarkdown } from 'mdast-util-mdx';
import { frontmatter } from 'micromark-extension-frontmatter';
import { mdxjs } from 'micromark-extension-mdxjs';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AUTHORED_KINDS, AUTHORED_MUTATIONS, fuzzAuthoredOnce, fuzzOnce, fuzzReferenceOnce, knownIds, MUTATIONS, prng, REFERENCE_MUTATIONS } from '../../src/ingest/fuzz.ts';
import { readBriefs } from '../../src/ingest/disk/inputs.ts';
import { runIngest } from '../../src/ingest/pipeline.ts';
import { ROOT, seedInput, SEED_POLICIES, SEED_VARIANT } from '../helpers.ts';

const base = seedInput();
// The project's own seeds (every file of them has the policy's id as its name), whatever else seeds/ holds.
const files = [...SEED_POLICIES.map((id) => `${id}.txt`), SEED_VARIANT];
const CLEAR_ERROR = /^(seeds\/[^:]+\.txt|seeds\/manifest\.yaml|content\/[\w/.-]+)(:\d+)?: \S/;

/** Every kind of authored file (one translation only, to keep the subset fast). */
const content = (path: string) => readFileSync(join(ROOT, 'content', path), 'utf8');
const authoredBase = {
  ...base,
  glossaryText: content('glossary.yaml'),
  taxonomyText: content('taxonomy.yaml'),
  tagOverridesText: content('overrides/tags.yaml'),
  supersessionsText: content('supersessions.yaml'),
  translations: new Map([['cq-2016-work-plan', content('translations/en/cq-2016-work-plan.yaml')]]),
  briefTexts: readBriefs(join(ROOT, 'content')),
};

describe('fuzzing the ingest (fast subset)', () => {
  for (const mutation of Object.keys(MUTATIONS)) {
    it(`${mutation}: never crashes, each failure is a clear error naming the file`, () => {
      for (let seed = 1; seed <= 6; seed++) {
        const file = files[seed % files.length]!;
        const outcome = fuzzOnce(base, file, mutation, seed * 7919);
        expect(outcome.result, outcome.message).not.toBe('crash');
        if (outcome.result === 'input-error') expect(outcome.message).toMatch(CLEAR_ERROR);
      }
    });
  }

  // Each kind of authored file gets three mutations in turn, so that together they try every mutation.
  const mutations = Object.keys(AUTHORED_MUTATIONS);
  AUTHORED_KINDS.forEach((kind, k) => {
    const tried = [0, 1, 2].map((d) => mutations[(3 * k + d) % mutations.length]!);
    it(`${kind} file (${tried.join(', ')}): never crashes, each failure is a clear error naming the file`, () => {
      for (const [d, mutation] of tried.entries()) {
        const outcome = fuzzAuthoredOnce(authoredBase, kind, mutation, 7919 * (k + 1) + d);
        expect(outcome.result, outcome.message).not.toBe('crash');
        if (outcome.result === 'input-error') for (const line of outcome.message!.split('\n')) expect(line).toMatch(CLEAR_ERROR);
      }
    });
  });

  describe('cross-file references', () => {
    const ids = knownIds(authoredBase);
    it('the base knows policies, a copy, units, tags and measures to refer to', () => {
      expect(ids.copies).toEqual(['cq-2016-work-plan-zh-hant-copy']);
      for (const list of [ids.policies, ids.units, ids.tags, ids.measures]) expect(list.length).toBeGreaterThan(3);
    });
    for (const [mutation, m] of Object.entries(REFERENCE_MUTATIONS)) {
      it(`${mutation}: ${m.mustFail ? 'always stopped with a clear error' : 'never crashes'}`, () => {
        for (let seed = 1; seed <= 3; seed++) {
          const outcome = fuzzReferenceOnce(authoredBase, ids, mutation, seed * 104729);
          expect(outcome.result, outcome.message).not.toBe('crash');
          expect(outcome.result, outcome.message).not.toBe('missed');
          if (m.mustFail) expect(outcome.result).toBe('input-error');
          if (outcome.result === 'input-error') for (const line of outcome.message!.split('\n')) expect(line).toMatch(CLEAR_ERROR);
        }
      });
    }
  });

  it('injected MDX/HTML/JS never becomes code in the generated MDX', () => {
    const rand = prng(42);
    for (let k = 0; k < 5; k++) {
      const seeds = new Map(base.seeds);
      const file = files[k % files.length]!;
      seeds.set(file, MUTATIONS.inject!(base.seeds.get(file)!, rand));
      let result;
      try {
        result = runIngest({ ...base, seeds });
      } catch {
        continue; // an input error is fine; nothing was written
      }
      for (const p of result.policies)
        for (const mdx of [p.mdx, p.mdxEn]) {
          const tree = fromMarkdown(mdx, { extensions: [mdxjs(), frontmatter(['yaml'])], mdastExtensions: [mdxFromMarkdown(), frontmatterFromMarkdown(['yaml'])] });
          const kinds = new Set<string>();
          const names = new Set<string>();
          const visit = (n: { type: string; name?: string | null; children?: unknown[] }) => {
            kinds.add(n.type);
            if (n.type.startsWith('mdxJsx')) names.add(n.name ?? '');
            for (const c of (n.children ?? []) as (typeof n)[]) visit(c);
          };
          visit(tree as never);
          expect([...kinds].filter((x) => /mdxjsEsm|Expression/.test(x))).toEqual([]);
          for (const name of names) expect(['section', 'div', 'p', 'a', 'Term']).toContain(name);
        }
    }
  });
});
