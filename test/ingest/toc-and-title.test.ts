/** The whole ingest over the real seeds plus one layout fixture of test/fixtures/formats at a time: tables of contents, page numbers, derived titles. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/pipeline.ts';
import { manifestEntry, seedInput, ROOT } from '../helpers.ts';

const FORMATS = join(ROOT, 'test', 'fixtures', 'formats');

/** Runs the ingest with one fixture added as policy `id` (its manifest title null when asked). */
function ingestWith(fixture: string, id: string, { title = '测试文件' as string | null } = {}) {
  const input = seedInput();
  input.seeds.set(fixture, readFileSync(join(FORMATS, fixture)));
  input.manifestText += manifestEntry(fixture, id).replace('title: 测试文件', `title: ${title ?? 'null'}`);
  const result = runIngest(input);
  const policy = result.policies.find((p) => p.policy.id === id)!;
  const diagnostics = result.report.diagnostics.filter((d) => d.file === `seeds/${fixture}`);
  return { result, policy, diagnostics, report: result.report.policies.find((p) => p.id === id)! };
}

/** A title as a table of contents prints it: dot leaders or a page number at its end. */
const LOOKS_LIKE_TOC = /…|⋯|\.{2,}|·{2,}|\d$/;

describe.each([
  ['toc-dot-leaders.txt', 'toc/heading', [7, 9, 11, 13, 15, 17, 19, 21, 23, 24, 26], 6],
  ['toc-no-heading.txt', 'toc/leaders-and-page-numbers', [13, 14, 15, 16, 17, 18, 19, 20], 5],
  ['toc-chapters-glued-page-numbers.txt', 'toc/heading', [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13], 7],
  ['toc-repeated-headings.txt', 'toc/repeated-headings', [5, 6, 7, 8, 9, 10, 11, 12, 13], 5],
  // its six articles (第一條 … 第六條, Traditional) are the measures, under four chapters
  ['toc-regulation-trad.txt', 'toc/heading', [2, 3, 4, 5, 6], 6],
])('a table of contents: %s', (fixture, rule, strippedLines, measureCount) => {
  const { policy, diagnostics, report } = ingestWith(fixture, 'toc-doc');

  it('publishes the body’s provisions once, none of them a contents line, none without text', () => {
    expect(policy.measures).toHaveLength(measureCount);
    for (const m of policy.measures) {
      expect(m.title?.zh ?? '', m.id).not.toMatch(LOOKS_LIKE_TOC);
      for (const a of m.ancestors) expect(a.title?.zh ?? '', a.key).not.toMatch(LOOKS_LIKE_TOC);
      expect(m.text.zh, m.id).not.toBe('');
    }
  });

  it(`lists every stripped line as ${rule} (info) with its line number`, () => {
    const stripped = diagnostics.filter((d) => d.rule.startsWith('toc/'));
    expect(stripped.map((d) => d.line)).toEqual(strippedLines);
    expect(stripped.every((d) => d.rule === rule && d.severity === 'info' && d.message.startsWith('stripped table-of-contents line “'))).toBe(true);
  });

  it('accounts for every character (the stripped lines included) and finds the contents consistent with the body', () => {
    expect(report.coverage.missing).toBe('');
    expect(diagnostics.filter((d) => d.rule === 'toc-mismatch')).toEqual([]);
  });
});

describe('a table of contents that does not match the body', () => {
  it('is stripped, and each difference is a toc-mismatch warning on its line', () => {
    const { policy, diagnostics } = ingestWith('toc-mismatch.txt', 'mismatch-doc');
    expect(policy.measures.map((m) => m.id)).toEqual(['mismatch-doc/1-1', 'mismatch-doc/2-1', 'mismatch-doc/2-2', 'mismatch-doc/3-1', 'mismatch-doc/4']);
    const warnings = diagnostics.filter((d) => d.rule === 'toc-mismatch');
    expect(warnings.map((d) => [d.line, d.severity])).toEqual([
      [5, 'warning'],
      [11, 'warning'],
      [13, 'warning'],
    ]);
    expect(warnings[0]!.message).toContain('三、组织保障');
  });
});

describe('a text cut off after its table of contents', () => {
  /** The ingest with the first lines of toc-dot-leaders.txt (its title page and contents, no body) as cut.txt. */
  const cutAfterToc = (from: number) => {
    const input = seedInput();
    const toc = readFileSync(join(FORMATS, 'toc-dot-leaders.txt'), 'utf8').split('\n').slice(from, 26).join('\n');
    input.seeds.set('cut.txt', new TextEncoder().encode(toc));
    input.manifestText += manifestEntry('cut.txt', 'cut-doc');
    return () => runIngest(input);
  };

  it('is published as text only (its title page), with a no-structure warning that says the contents were stripped', () => {
    const result = cutAfterToc(0)();
    expect(result.policies.find((p) => p.policy.id === 'cut-doc')!.measures).toEqual([]);
    const warning = result.report.diagnostics.find((d) => d.file === 'seeds/cut.txt' && d.rule === 'no-structure')!;
    expect(warning.message).toMatch(/published as a text-only policy.*; a table of contents was stripped \(lines 7–26, toc\/heading\): is the body after it missing/);
  });

  it('stops with an IngestError when nothing but the contents is left', () => {
    expect(cutAfterToc(6)).toThrow(/^seeds\/cut\.txt: no recognisable structure: the document has no text.*a table of contents was stripped \(lines 1–20, toc\/heading\): is the body after it missing/);
  });
});

describe('a body whose headings are short lines', () => {
  it('is not taken for a table of contents: nothing stripped, every heading kept', () => {
    const { policy, diagnostics } = ingestWith('toc-short-headings-body.txt', 'short-doc');
    expect(diagnostics.filter((d) => d.rule.startsWith('toc'))).toEqual([]);
    expect(policy.measures.map((m) => m.title?.zh)).toEqual(['坚持创新引领', '坚持市场主导', '工作目标', '建立培育库', '强化精准服务']);
  });
});

describe('PDF page numbers in the body', () => {
  const { policy, diagnostics, report } = ingestWith('pdf-page-numbers.txt', 'pages-doc');

  it('are left out of the measures', () => {
    const text = policy.measures.map((m) => `${m.title?.zh}${m.text.zh}`).join('\n');
    expect(text).not.toMatch(/- \d -|—\d—|第\d页/);
    expect(policy.measures.find((m) => m.id === 'pages-doc/2-1')!.title?.zh).toBe('扩大信贷投放');
  });

  it('are listed as pdf-page-number and accounted for', () => {
    expect(diagnostics.filter((d) => d.rule === 'pdf-page-number').map((d) => [d.line, d.message])).toEqual([
      [2, 'stripped page number “- 1 -”'],
      [5, 'stripped page number “—2—”'],
      [8, 'stripped page number “- 3 -”'],
      [9, 'stripped page number “- 4 -”'],
      [10, 'stripped page number “第5页”'],
    ]);
    expect(report.coverage.missing).toBe('');
  });
});

describe('titles derived when the manifest has none', () => {
  it.each([
    ['title-notice-wrapper.txt', '云岭市加快建设科技创新中心行动方案（2023—2027年）', 1],
    ['title-notice-plain-wrapped.txt', '云岭市加快科技成果转化实施方案', 2],
    ['title-wrapped-block.txt', '云岭市推动科技创新与产业创新深度融合发展规划（2024—2027年）', 3],
    ['toc-no-heading.txt', '青溪区科技创新“十四五”规划（2021—2025年）', 11],
    ['title-portal-field.txt', '云岭市科学技术进步条例', 3],
  ])('%s → %s (line %i), with a title-derived review', (fixture, title, line) => {
    const { policy, diagnostics } = ingestWith(fixture, 'titled-doc', { title: null });
    expect(policy.policy.title.zh).toBe(title);
    expect(policy.mdx).toContain(`title: ${title}`);
    expect(diagnostics.filter((d) => d.rule === 'title-derived')).toEqual([
      {
        file: `seeds/${fixture}`,
        line,
        column: null,
        rule: 'title-derived',
        severity: 'review',
        message: `title derived from line ${line}: “${title}”, please confirm (set title: in seeds/manifest.yaml)`,
        fix: `title: ${JSON.stringify(title)}`,
      },
    ]);
  });

  it('uses the id, and says so, when no line qualifies', () => {
    const { policy, diagnostics } = ingestWith('toc-regulation-trad.txt', 'untitled-regulation', { title: null });
    expect(policy.policy.title.zh).toBe('untitled-regulation');
    const d = diagnostics.filter((x) => x.rule === 'title-derived');
    expect(d.map((x) => [x.line, x.severity])).toEqual([[null, 'review']]);
    expect(d[0]!.message).toContain('the policy id “untitled-regulation” is used as the title');
  });

  it('derives nothing when the manifest gives the title', () => {
    const { policy, diagnostics } = ingestWith('title-notice-wrapper.txt', 'titled-doc');
    expect(policy.policy.title.zh).toBe('测试文件');
    expect(diagnostics.filter((d) => d.rule === 'title-derived')).toEqual([]);
  });
});

describe('the real seeds', () => {
  it('have no table of contents, no page numbers and no derived title', () => {
    const { report } = runIngest(seedInput());
    expect(report.diagnostics.filter((d) => /^(toc|pdf-page-number|title-derived)/.test(d.rule))).toEqual([]);
  });
});
