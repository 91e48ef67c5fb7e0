/**
 * The registry of rule ids (src/ingest/report/rules.ts) and its documentation: docs/formats.md
 * (“Rule ids”) lists every id with its severity and only those, the docs name no rule of a
 * registered family that does not exist, and the committed report names registered rules only.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../src/ingest/report/diagnostics.ts';
import { isRuleId, RULES } from '../../src/ingest/report/rules.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const formats = read('docs/formats.md');

/** The rows of the “Rule ids” table of docs/formats.md: id → severity. */
function documentedRules(): Map<string, string> {
  const start = formats.indexOf('\n## Rule ids');
  expect(start, 'docs/formats.md has a “Rule ids” section').toBeGreaterThan(0);
  const end = formats.indexOf('\n## ', start + 1);
  const section = formats.slice(start, end < 0 ? undefined : end);
  const rows = [...section.matchAll(/^\| `([^`]+)` \| (\w+) \|/gm)];
  return new Map(rows.map((m) => [m[1]!, m[2]!]));
}

describe('rule ids', () => {
  it('docs/formats.md lists every id of the registry with its severity, and only those', () => {
    const documented = documentedRules();
    const registered = new Map(Object.entries(RULES).map(([id, r]) => [id, r.severity as string]));
    expect([...documented.keys()].filter((id) => !registered.has(id)), 'documented, not in the registry').toEqual([]);
    expect([...registered.keys()].filter((id) => !documented.has(id)), 'in the registry, not documented').toEqual([]);
    expect(Object.fromEntries(documented)).toEqual(Object.fromEntries(registered));
  });

  it('the docs name no rule of a registered family (boilerplate/, figure/ …) that is not registered', () => {
    const families = new Set(Object.keys(RULES).filter((id) => id.includes('/')).map((id) => id.slice(0, id.indexOf('/'))));
    for (const file of ['docs/formats.md', 'docs/quality.md', 'docs/maintainers.md']) {
      const named = [...read(file).matchAll(/`([a-z-]+)\/([a-z][a-z -]*)`/g)].filter((m) => families.has(m[1]!)).map((m) => `${m[1]}/${m[2]}`);
      expect(named.filter((id) => !isRuleId(id)), file).toEqual([]);
    }
  });

  it('every summary is one line a table cell can hold', () => {
    for (const [id, r] of Object.entries(RULES)) {
      expect(r.summary, id).not.toMatch(/[|\n`]/);
      expect(r.summary.length, id).toBeGreaterThan(10);
    }
  });

  it('the committed ingest report names registered rules only, each with its severity', () => {
    const report = JSON.parse(read('content/ingest-report.json')) as { diagnostics: { rule: string; severity: string }[] };
    expect(report.diagnostics.length).toBeGreaterThan(0);
    for (const d of report.diagnostics) {
      expect(isRuleId(d.rule), d.rule).toBe(true);
      expect(d.severity, d.rule).toBe(RULES[d.rule as keyof typeof RULES].severity);
    }
  });

  it('a diagnostic takes its severity from its rule; an unknown id does not compile', () => {
    expect(diagnostic('seeds/a.txt', 3, 'figure/statistic', 'm').severity).toBe('review');
    expect(diagnostic('seeds/a.txt', 3, 'variant', 'm', { column: 4 })).toMatchObject({ line: 3, column: 4, severity: 'info' });
    // no line, no column
    expect(diagnostic('seeds/a.txt', null, 'coverage', 'm', { column: 4 }).column).toBeNull();
    // @ts-expect-error — not a rule id (npm run typecheck fails if this compiles)
    expect(() => diagnostic('seeds/a.txt', 1, 'no-such-rule', 'm')).toThrow();
  });
});
