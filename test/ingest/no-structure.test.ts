/** Documents without numbered structure, collapsed onto one line, or printed with PDF spacing: the whole ingest over the seeds plus one fixture of test/fixtures/formats. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/dictionaries/index.ts';
import { formatTarget } from '../../src/i18n/format.ts';
import { runIngest, type IngestInput } from '../../src/ingest/pipeline.ts';
import { manifestEntry, ROOT, seedInput } from '../helpers.ts';

const FORMATS = join(ROOT, 'test', 'fixtures', 'formats');

/** Runs the ingest with one fixture added as policy `id`. */
function ingestWith(fixture: string, id: string, change: (input: IngestInput) => void = () => {}) {
  const input = seedInput();
  input.seeds.set(fixture, readFileSync(join(FORMATS, fixture)));
  input.manifestText += manifestEntry(fixture, id);
  change(input);
  const result = runIngest(input);
  const policy = result.policies.find((p) => p.policy.id === id)!;
  const diagnostics = result.report.diagnostics.filter((d) => d.file === `seeds/${fixture}`);
  return { policy, diagnostics, report: result.report.policies.find((p) => p.id === id)! };
}

describe('a document with no numbered structure', () => {
  const { policy, diagnostics, report } = ingestWith('text-only-prose.txt', 'prose-doc');

  it('is published as a text-only policy: its paragraphs in both languages, no measures', () => {
    expect(policy.measures).toEqual([]);
    expect(policy.targets).toEqual([]);
    expect(policy.mdx).toContain('<div data-part="preamble">');
    expect(policy.mdx).toContain('每人对接一个村或一家企业');
    expect(policy.mdxEn).toContain('<div lang="zh-CN">');
    expect(policy.mdxEn).toContain('每人对接一个村或一家企业');
    // the signature stays the closing part
    expect(policy.mdx).toContain('<div data-part="closing">');
    expect(report.coverage.missing).toBe('');
  });

  it('is reported as one no-structure warning that says what was found and what to do', () => {
    const found = diagnostics.filter((d) => d.rule === 'no-structure');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 1, severity: 'warning' });
    expect(found[0]!.message).toMatch(/no numbered part .* was found in its 4 paragraphs/);
    expect(found[0]!.message).toContain('published as a text-only policy');
    expect(found[0]!.message).toContain('check that each starts its own line');
  });
});

describe('a Q&A page (rule qa-pairs)', () => {
  const { policy, diagnostics, report } = ingestWith('qa-layout.txt', 'qa-doc');

  it('publishes each question as a provision (its heading) holding its answer; the lines before the first question stay the preamble', () => {
    expect(policy.measures.map((m) => [m.id, m.number, m.title?.zh])).toEqual([
      ['qa-doc/l1', '【问】', '云岭市科技企业倍增计划的工作目标是什么？'],
      ['qa-doc/l2', '【问】', '企业申报需要准备哪些材料？'],
    ]);
    expect(policy.measures[1]!.text.zh).toBe('答：企业登录服务平台填写申报表，上传营业执照和研发费用明细即可，无需提交纸质材料。');
    expect(policy.mdx).toContain('<div data-part="preamble">');
    expect(report.coverage.missing).toBe('');
  });

  it('reads the targets of an answer with their years', () => {
    expect(policy.targets.map((t) => [t.measure, t.value, t.unit.zh, t.year])).toEqual([
      ['qa-doc/l1', 60, '家', 2025],
      ['qa-doc/l1', 500, '家', 2025],
      ['qa-doc/l1', 80, '家', 2027],
    ]);
  });

  it('says so in one info diagnostic, and gives no no-structure warning', () => {
    expect(diagnostics.filter((d) => d.rule === 'qa-pairs').map((d) => [d.line, d.severity])).toEqual([[3, 'info']]);
    expect(diagnostics.map((d) => d.rule)).not.toContain('no-structure');
  });

  it('is not taken for a Q&A page when a question has no answer (…答：)', () => {
    const { policy: prose, diagnostics: notes } = ingestWith('qa-layout.txt', 'qa-doc', (input) => {
      const text = new TextDecoder().decode(input.seeds.get('qa-layout.txt')).replace('答：企业登录', '企业登录');
      input.seeds.set('qa-layout.txt', new TextEncoder().encode(text));
    });
    expect(prose.measures).toEqual([]);
    expect(notes.map((d) => d.rule)).toContain('no-structure');
  });
});

describe('a document that is only page chrome and metadata', () => {
  it('is still an error: there is no text to publish', () => {
    expect(() => ingestWith('chrome-only.txt', 'chrome-doc')).toThrow(/^seeds\/chrome-only\.txt(:\d+)?: no recognisable structure: the document has no text besides page chrome, metadata or a signature/);
  });
});

describe('a document saved as one long line (rule inline-markers-split)', () => {
  const { policy, diagnostics, report } = ingestWith('collapsed-one-line.txt', 'collapsed-doc');

  it('is cut at its inline numbering into parts and items', () => {
    expect(policy.measures.map((m) => m.id.slice('collapsed-doc/'.length))).toEqual(['1-1', '1-2', '2', '3-1', '3-2']);
    expect(policy.measures[0]!.title?.zh).toBe('产业规模');
    expect(report.coverage.missing).toBe('');
  });

  it('reports the cut, on the line, as info', () => {
    const cut = diagnostics.filter((d) => d.rule === 'inline-markers-split');
    expect(cut).toHaveLength(1);
    expect(cut[0]).toMatchObject({ line: 1, severity: 'info' });
    // at its numbering, and at the head's 文号 and 主送机关 (云府发〔2024〕7号 各区县人民政府,市政府各部门:)
    expect(cut[0]!.message).toMatch(/^a line of \d+ characters was cut into 11 lines before its inline numbering/);
    expect(policy.policy.docNumber).toBe('云府发〔2024〕7号');
  });

  it('reads the targets of the collapsed text with their year', () => {
    expect(policy.targets.map((t) => [t.value, t.unit.zh, t.year])).toEqual([
      [800, '亿元', 2027],
      [300, '家', 2027],
      [1.5, '倍', null],
    ]);
  });
});

describe('numbers split by PDF spacing (rule spaced-number)', () => {
  const { policy, diagnostics } = ingestWith('spaced-decimals.txt', 'spaced-doc');

  it('joins a decimal inside a sentence, and leaves the list marker 1. at the start of a line alone', () => {
    expect(policy.measures.map((m) => [m.number, m.title?.zh])).toEqual([
      ['1.', '创新能力提升'],
      ['2.', '平台建设加快'],
    ]);
    // under 发展成效 the figures are statistics, not targets (rule figure/statistic): the joined number is read as 1.4倍
    expect(policy.targets).toEqual([]);
    const statistics = diagnostics.filter((d) => d.rule === 'figure/statistic').map((d) => d.message.match(/: (\S+) read as/)?.[1]);
    expect(statistics).toEqual(expect.arrayContaining(['1.4倍', '36万人', '1207家', '42个']));
  });

  it('reports each join on its line', () => {
    const joined = diagnostics.filter((d) => d.rule === 'spaced-number');
    expect(joined.map((d) => [d.line, d.severity])).toEqual([[3, 'info']]);
    expect(joined[0]!.message).toContain('“1. 4” read as “1.4”');
  });
});

describe('a paragraph that opens with its target year (rule paragraph-year)', () => {
  const { policy, diagnostics } = ingestWith('dash-paragraph-years.txt', 'dash-doc');
  const yearOf = (value: number) => policy.targets.find((t) => t.value === value)?.year;

  it('gives the year to the targets of its later sentences, not to the next paragraph', () => {
    expect(yearOf(3.2)).toBe(2027);
    expect(yearOf(10)).toBe(2027); // 实现…。新增省级研发平台10个 (second sentence of the first paragraph)
    expect(yearOf(2)).toBe(2027);
    expect(yearOf(3)).toBe(2027); // 新增新型研发机构3家: after 到2027年，… in the same —— paragraph
    expect(yearOf(12)).toBe(2027);
    expect(yearOf(500)).toBeNull(); // its own paragraph states no year
  });

  it('reports each inherited year, and flags a number without unit in such a sentence', () => {
    expect(diagnostics.filter((d) => d.rule === 'paragraph-year').map((d) => d.record)).toEqual(['dash-doc/1/t2', 'dash-doc/1/t4', 'dash-doc/1/t5']);
    const unknown = diagnostics.filter((d) => d.rule === 'target-unknown-unit');
    expect(unknown.map((d) => d.message)).toEqual([expect.stringContaining('the number 150 followed by “以上”')]);
  });
});

describe('target-unknown-unit and reviewed overrides', () => {
  const override = [
    '- action: add',
    '  id: dash-doc/1/t-index',
    '  reason: The regional innovation capacity score has no unit of measure.',
    '  measure: dash-doc/1',
    '  target:',
    '    indicator: {zh: 区域创新能力评价值, en: null}',
    '    scope: null',
    '    year: 2027',
    '    value: 150',
    '    valueMax: null',
    // An index has no unit: "" (NO_UNIT); any other unit must be one the table knows (authored-file validation).
    "    unit: {zh: '', en: null}",
    '    comparator: ≥',
    '    quote: 实现区域创新能力评价值达到150以上',
    '    perYear: false',
    '',
  ].join('\n');

  it('is settled by a reviewed override that gives the target of that number in that provision', () => {
    const { diagnostics, policy } = ingestWith('dash-paragraph-years.txt', 'dash-doc', (input) => {
      input.targetOverridesText = `${input.targetOverridesText ?? ''}\n${override}`;
    });
    const index = policy.targets.find((t) => t.id === 'dash-doc/1/t-index')!;
    expect(index).toMatchObject({ value: 150, overridden: true, unit: { zh: '', en: '' } });
    expect(formatTarget(useTranslations('en'), index.comparator, index.value, index.valueMax, index.unit.zh, 'en')).toBe('at least 150');
    expect(formatTarget(useTranslations('zh'), index.comparator, index.value, index.valueMax, index.unit.zh, 'zh')).toBe('不少于150');
    expect(diagnostics.filter((d) => d.rule === 'target-unknown-unit')).toEqual([]);
  });

  it('is kept when the override gives another number', () => {
    const { diagnostics } = ingestWith('dash-paragraph-years.txt', 'dash-doc', (input) => {
      input.targetOverridesText = `${input.targetOverridesText ?? ''}\n${override.replace('value: 150', 'value: 151')}`;
    });
    expect(diagnostics.filter((d) => d.rule === 'target-unknown-unit')).toHaveLength(1);
  });
});

describe('targets stated before the first numbered part (a work plan’s 主要目标 paragraph)', () => {
  const { policy, diagnostics } = ingestWith('targets-in-preamble.txt', 'preamble-doc');
  const preamble = policy.targets.filter((t) => t.provision === 'preamble-doc/preamble');

  it('leave out the notice’s ordinals (市政府第23次常务会议 is no target)', () => {
    expect(policy.targets.filter((t) => t.value === 23)).toEqual([]);
  });

  it('are read from the preamble, with their year, and link to the preamble of the policy page', () => {
    expect(preamble.map((t) => [t.value, t.unit.zh, t.year, t.measure])).toEqual([
      [10, '%', 2025, null],
      [200, '家', 2025, null],
      [80, '亿元', 2025, null],
      [1500, '家', 2025, null],
    ]);
    expect(new Set(preamble.map((t) => t.url.zh))).toEqual(new Set(['/policies/preamble-doc/#preamble']));
    // the measures keep their own
    expect(policy.targets.find((t) => t.provision === 'preamble-doc/2')).toMatchObject({ value: 5, unit: { zh: '个' } });
  });

  it('are listed in the report for review (rule targets/preamble, on the preamble’s first line)', () => {
    const found = diagnostics.filter((d) => d.rule === 'targets/preamble');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'info', line: 4 });
    expect(found[0]!.message).toMatch(/^4 targets read from the text before the first numbered part \(.*新增高新技术企业 200家/);
  });
});

describe('headings without text (rule empty-measure)', () => {
  it('a run of measures with a heading and no text is one warning naming the run; a last one alone asks whether the text is cut', () => {
    const { diagnostics, policy } = ingestWith('headings-without-text.txt', 'headings-doc');
    expect(policy.measures.map((m) => m.id)).toEqual(['headings-doc/1-1', 'headings-doc/1-2', 'headings-doc/1-3', 'headings-doc/2-1', 'headings-doc/2-2']);
    const found = diagnostics.filter((d) => d.rule === 'empty-measure');
    expect(found.map((d) => [d.line, d.severity, d.record])).toEqual([
      [3, 'warning', 'headings-doc/1-1'],
      [8, 'warning', 'headings-doc/2-2'],
    ]);
    expect(found[0]!.message).toMatch(/^3 measures in a row \(1-1 … 1-3, lines 3–5\) have a heading and no text: a table of contents without a 目录 heading/);
    expect(found[1]!.message).toBe('measure 2-2 has a heading and no text: is the document cut short after it?');
  });

  it('an item that is one sentence without its 。 (1. 申报主体为…，…; 2. 研究机构：指…) is text, not a heading without text (rule sentence-item)', () => {
    const { diagnostics, policy } = ingestWith('one-sentence-items.txt', 'items-doc');
    expect(policy.measures.map((m) => [m.number, m.title, m.text.zh])).toEqual([
      ['1.', null, '在云岭市设有分支机构，申报主体为支行或以上级别的商业银行'],
      ['2.', null, '研究机构：指兼具孵化业务的研究机构'],
      ['3.', null, '育研单位：指孵化器及前款研究机构。'],
    ]);
    expect(diagnostics.filter((d) => d.rule === 'sentence-item').map((d) => [d.line, d.severity])).toEqual([[3, 'info'], [4, 'info'], [5, 'info']]);
    expect(diagnostics.filter((d) => d.rule === 'empty-measure')).toEqual([]);
  });

  it('the seeds have none', () => {
    const seeds = runIngest(seedInput());
    expect(seeds.report.diagnostics.filter((d) => d.rule === 'empty-measure')).toEqual([]);
  });
});

describe('a table of contents without 目录 heading or page numbers that runs to the end (rule toc/contents-to-end)', () => {
  const { diagnostics, policy } = ingestWith('contents-only-no-heading.txt', 'contents-doc');

  it('is stripped line by line, not published as measures, and the document is text-only with the reason', () => {
    expect(policy.measures).toEqual([]);
    expect(diagnostics.filter((d) => d.rule === 'toc/contents-to-end').map((d) => d.line)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(diagnostics.find((d) => d.rule === 'toc-mismatch')!.message).toContain('none of the 6 table-of-contents entries matches a heading of the body');
    expect(diagnostics.filter((d) => d.rule === 'no-structure')).toHaveLength(1);
    expect(diagnostics.filter((d) => d.rule === 'empty-measure')).toEqual([]);
  });
});

describe('a plan of one year (rule period-year)', () => {
  // The manifest gives the period 2025–2025; the preamble's targets state no year of their own.
  const fixture = '云岭区2025年科技工作要点\n全年新增高新技术企业20家，技术合同成交额突破8亿元。\n1.强化企业创新。支持企业建设研发机构。\n';
  const withPeriod = (period: string) => (input: IngestInput) => {
    input.seeds.set('one-year.txt', new TextEncoder().encode(fixture));
    input.manifestText += manifestEntry('one-year.txt', 'one-year').replace('period: null', `period: ${period}`);
  };

  it('gives targets without a year the year of the plan, and says so', () => {
    const result = runIngest((() => { const i = seedInput(); withPeriod('{start: 2025, end: 2025}')(i); return i; })());
    const targets = result.policies.find((p) => p.policy.id === 'one-year')!.targets;
    expect(targets.map((t) => [t.value, t.year, t.yearSource])).toEqual([[20, 2025, 'period'], [8, 2025, 'period']]);
    const d = result.report.diagnostics.filter((x) => x.rule === 'period-year');
    expect(d).toHaveLength(2);
    expect(d[0]!.message).toContain('year 2025 taken from the plan period');
    expect(result.report.diagnostics.filter((x) => x.file === 'seeds/one-year.txt' && x.rule === 'target-review')).toEqual([]);
  });

  it('leaves them without a year in a plan of several years', () => {
    const result = runIngest((() => { const i = seedInput(); withPeriod('{start: 2025, end: 2027}')(i); return i; })());
    expect(result.policies.find((p) => p.policy.id === 'one-year')!.targets.map((t) => t.year)).toEqual([null, null]);
  });
});

describe('a task table of cells a page store flattened (task-table-pipes.txt: 序号 | 目标与任务 | 牵头责任单位 | 责任单位 |)', () => {
  // the title read from the document (云岭市人民政府 / 关于2025年重点工作…): a plan of one year
  const { diagnostics, policy } = ingestWith('task-table-pipes.txt', 'pipe-doc', (i) => {
    i.manifestText = (i.manifestText ?? '').replace('id: pipe-doc\n    title: 测试文件', 'id: pipe-doc\n    title: null');
  });

  it('reads a row per task by the header\'s columns, skipping the rows that head others, units of another place as printed', () => {
    expect(policy.tasks.map((t) => [t.seq, t.text.zh, t.lead, t.leadAsPrinted, t.supportAsPrinted, t.measure])).toEqual([
      [1, '地区生产总值增长6%以上。', [], ['市发展改革委'], ['各区县政府', '开发区管委会'], 'pipe-doc/1'],
      [2, '规上工业增加值增长8%左右。', [], ['市经济信息委'], ['各区县政府'], 'pipe-doc/1'],
      [3, '新培育科技型企业200家以上。', [], ['市科技局', '市财政局'], ['各区县政府'], 'pipe-doc/1'],
    ]);
    expect(diagnostics.filter((d) => d.rule === 'task-table/body').map((d) => d.line)).toEqual([4]);
    expect(diagnostics.filter((d) => d.rule === 'unknown-unit')).toEqual([]);
  });

  it('keeps the numbering of its rows out of the document\'s structure, and gives the measure the tasks\' units', () => {
    expect(policy.measures.map((m) => [m.id, m.leadAsPrinted])).toEqual([
      ['pipe-doc/1', ['市发展改革委', '市经济信息委', '市科技局', '市财政局']],
      ['pipe-doc/2', []],
    ]);
  });

  it('reads the goals its task cells state, with the year of the plan', () => {
    expect(policy.targets.map((t) => [t.value, t.unit.zh, t.year, t.measure])).toEqual([
      [6, '%', 2025, 'pipe-doc/1'],
      [8, '%', 2025, 'pipe-doc/1'],
      [200, '家', 2025, 'pipe-doc/1'],
    ]);
  });
});

describe('an indicator table printed one cell a line (table-cell-lines.txt: 序号 | / 指标名称 | / …)', () => {
  const { diagnostics, policy } = ingestWith('table-cell-lines.txt', 'cells-doc', (i) => {
    i.manifestText = (i.manifestText ?? '').replace('id: cells-doc\n    title: 测试文件', 'id: cells-doc\n    title: null');
  });

  it('joins the cells into rows (rule table/cell-lines) and reads the goals of the years after the base year', () => {
    expect(diagnostics.filter((d) => d.rule === 'table/cell-lines').map((d) => d.line)).toEqual([7]);
    expect(policy.targets.map((t) => [t.value, t.unit.zh, t.comparator, t.year])).toEqual([
      [2.3, '%', '≥', 2025],
      [2.5, '%', '≥', 2027],
      [900, '家', '≥', 2025],
      [1000, '家', '≥', 2027],
    ]);
    expect(policy.mdx).toContain('<table>');
    expect(policy.mdx).not.toMatch(/序号 \|/);
  });
});

describe('a task table in the body, not under 附件 (rules task-table/body, task-table/not-read)', () => {
  it('cells kept apart by spaces: its rows become the policy’s tasks (task, lead, supporting units, deadline), reported', () => {
    const { diagnostics, policy } = ingestWith('task-table-in-body.txt', 'table-doc');
    expect(policy.tasks.map((t) => [t.seq, t.text.zh, t.lead, t.support, t.deadline])).toEqual([
      [1, '新培育科技型企业20家以上。', ['cq-sti-bureau'], ['cq-finance-bureau', 'cq-economy-it-commission'], '2024-12'],
      [2, '建设市级科技企业孵化器1家。', ['cq-sti-bureau'], ['cq-development-reform-commission'], '2024-06'],
    ]);
    expect(diagnostics.filter((d) => d.rule === 'task-table/body').map((d) => [d.line, d.severity])).toEqual([[2, 'info']]);
    // a wrapped lead cell with a unit the registry lacks is reported, with the entry to paste
    expect(diagnostics.filter((d) => d.rule === 'unknown-unit').map((d) => d.message)).toEqual([expect.stringContaining('“云岭市乡村振兴中心” in task 2')]);
    expect(diagnostics.filter((d) => d.rule === 'task-table/not-read')).toEqual([]);
  });

  it('cells run together: reported on its header line as not read; its rows stay text', () => {
    const { diagnostics, policy } = ingestWith('task-table-in-body-glued.txt', 'glued-doc');
    expect(policy.tasks).toEqual([]);
    const found = diagnostics.filter((d) => d.rule === 'task-table/not-read');
    expect(found.map((d) => [d.line, d.severity])).toEqual([[2, 'warning']]);
    expect(policy.mdx).toContain('区科技局');
  });

  it('the seeds (whose task table is an annex) have neither', () => {
    expect(runIngest(seedInput()).report.diagnostics.filter((d) => d.rule.startsWith('task-table/'))).toEqual([]);
  });
});

describe('a site’s menus above the breadcrumb (rule boilerplate/site navigation)', () => {
  it('are stripped line by line when every line above the breadcrumb is a short non-sentence', () => {
    const { diagnostics, policy } = ingestWith('site-navigation-above-breadcrumb.txt', 'nav-doc');
    // the first line, a menu of short words, is the site menu's (boilerplate/site menu runs first)
    expect(diagnostics.filter((d) => d.rule === 'boilerplate/site menu').map((d) => d.line)).toEqual([1]);
    expect(diagnostics.filter((d) => d.rule === 'boilerplate/site navigation').map((d) => d.line)).toEqual([2, 3, 4, 5, 6]);
    expect(policy.mdx).not.toContain('Loading');
    expect(policy.mdx).not.toContain('热点专题');
    expect(policy.measures[0]!.text.zh).toBe('为规范孵化器认定工作，制定本办法。');
  });

  it('are kept when a document title stands above the breadcrumb', () => {
    const { diagnostics } = ingestWith('title-above-breadcrumb.txt', 'titled-nav-doc');
    expect(diagnostics.filter((d) => d.rule === 'boilerplate/site navigation')).toEqual([]);
  });

  it('the seeds have none', () => {
    expect(runIngest(seedInput()).report.diagnostics.filter((d) => d.rule === 'boilerplate/site navigation')).toEqual([]);
  });
});

describe('a notice in prose that publishes its attachment (rule annex/published-document)', () => {
  // the manifest leaves the title to the document (the notice names what it publishes)
  const { policy, diagnostics } = ingestWith('notice-publishes-attachment.txt', 'attached-doc', (input) => {
    const text = input.manifestText ?? '';
    const at = text.lastIndexOf('title: 测试文件');
    input.manifestText = `${text.slice(0, at)}title: null${text.slice(at + 'title: 测试文件'.length)}`;
  });
  it('publishes the attached document’s articles as its measures, with the notice’s own elements as metadata', () => {
    expect(policy.measures.map((m) => m.number)).toEqual(['第一条', '第二条', '第三条']);
    expect([policy.policy.docNumber, policy.policy.issued]).toEqual(['云科发〔2026〕12号', '2026-03-02']);
    expect(policy.policy.title.zh).toBe('云岭市科技计划项目经费管理暂行办法');
  });
  it('reports the attachment’s mark, which is not published', () => {
    expect(diagnostics.filter((d) => d.rule === 'annex/published-document').map((d) => d.line)).toEqual([6]);
    expect(policy.mdx).not.toMatch(/附件：\s*$/m);
  });
});
