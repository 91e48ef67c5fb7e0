/** Validation of the authored files: every problem is `FILE:LINE: problem`, never silent wrong output. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAuthored, parseGlossary, parseManifest, parseSupersessions, parseTargetOverrides } from '../../src/ingest/authored/check.ts';
import { parseBrief } from '../../src/ingest/authored/briefs.ts';
import { readIngestInput } from '../../src/ingest/disk/inputs.ts';
import { runIngest } from '../../src/ingest/pipeline.ts';
import { decodeAuthoredText, readAuthoredText } from '../../src/ingest/stages/read.ts';
import { parseTagOverrides, parseTaxonomy } from '../../src/ingest/authored/tags.ts';
import { inputErrors, manifestEntry, seedInput } from '../helpers.ts';

const messages = (fn: () => unknown) => inputErrors(fn).map((e) => e.message);

/** A manifest of one entry (lines 2–11: file, id, title, issuer, docNumber, issued, period, script, provenance). */
const manifest = (change: (entry: string) => string = (e) => e) => `sources:\n${change(manifestEntry('a.txt', 'a-doc'))}`;

describe('manifest', () => {
  it('accepts the test entry as written (null title, issued and period are unknowns)', () => {
    expect(parseManifest(manifest((e) => e.replace('title: 测试文件', 'title: null')))[0]!.title).toBeNull();
  });

  it.each([
    ['issued: 2016-02-30', 'issued: null', 7, 'field sources.0.issued: is not a calendar date (YYYY-MM-DD)'],
    ['issued: 2022-13-99', 'issued: null', 7, 'field sources.0.issued: is not a calendar date (YYYY-MM-DD)'],
    ['period: {start: 2020, end: 2015}', 'period: null', 8, 'field sources.0.period.end: ends before it starts'],
    ['period: {start: 1800, end: 2020}', 'period: null', 8, 'field sources.0.period.start: is not a year between 1949 and 2100'],
    ['period: {start: 2020, end: 99999}', 'period: null', 8, 'field sources.0.period.end: is not a year between 1949 and 2100'],
    ['title: ""', 'title: 测试文件', 4, 'field sources.0.title: is empty: write the text, or null where it is not known'],
    ["title: '   '", 'title: 测试文件', 4, 'field sources.0.title: is empty: write the text, or null where it is not known'],
    ['provenance: ""', 'provenance: test fixture', 10, 'field sources.0.provenance: is empty: write the text, or null where it is not known'],
  ])('%s is an error at its line', (bad, good, line, problem) => {
    expect(messages(() => parseManifest(manifest((e) => e.replace(good, bad))))).toEqual([`seeds/manifest.yaml:${line}: ${problem}`]);
  });

  it('reports every bad field of the manifest in one run', () => {
    const text = manifest((e) => e.replace('issued: null', 'issued: 2016-02-30').replace('provenance: test fixture', 'provenance: ""')) + manifestEntry('b.txt', 'b-doc').replace('title: 测试文件', 'title: ""');
    expect(inputErrors(() => parseManifest(text)).map((e) => e.line)).toEqual([7, 10, 13]);
  });

  it('duplicate ids and files name the line of the second and of the first', () => {
    const text = manifest() + manifestEntry('a.txt', 'a-doc');
    expect(messages(() => parseManifest(text))).toEqual(['seeds/manifest.yaml:12: duplicate id a-doc (also at line 3)', 'seeds/manifest.yaml:11: file a.txt is listed twice (also at line 2)']);
  });
});

describe('reading authored files strictly as UTF-8', () => {
  const gbkOnLine3 = Uint8Array.from([...new TextEncoder().encode('- id: a\n  zh: 甲\n  en: '), 0xd6, 0xd8, 0xc7, 0xec, 0x0a]);

  it('bad bytes are an error naming the line, not U+FFFD in the output', () => {
    expect(messages(() => decodeAuthoredText('content/glossary.yaml', gbkOnLine3))).toEqual([
      'content/glossary.yaml:3: bytes that are not valid UTF-8 (is the file GBK or another encoding? convert it to UTF-8)',
    ]);
  });

  it('a BOM is dropped and valid text kept', () => {
    expect(decodeAuthoredText('x.yaml', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('a: 甲\n')]))).toBe('a: 甲\n');
  });

  it('every authored file the ingest reads goes through the strict reader', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'authored-utf8-'));
    const seeds = join(tmp, 'seeds');
    const content = join(tmp, 'content');
    mkdirSync(seeds);
    mkdirSync(join(content, 'briefs'), { recursive: true });
    writeFileSync(join(seeds, 'manifest.yaml'), manifest());
    writeFileSync(join(content, 'units.yaml'), '[]\n');
    writeFileSync(join(content, 'briefs', 'a-doc.yaml'), gbkOnLine3);
    expect(messages(() => readIngestInput(seeds, content))).toEqual([`${join(content, 'briefs', 'a-doc.yaml')}:3: bytes that are not valid UTF-8 (is the file GBK or another encoding? convert it to UTF-8)`]);
    writeFileSync(join(content, 'briefs', 'a-doc.yaml'), '[]\n');
    writeFileSync(join(content, 'taxonomy.yaml'), gbkOnLine3);
    expect(messages(() => readIngestInput(seeds, content))[0]).toMatch(/taxonomy\.yaml:3: bytes that are not valid UTF-8/);
    expect(readAuthoredText(join(content, 'units.yaml'))).toBe('[]\n');
  });
});

/** A target override file of one `add` entry (line 1 action, 2 id, 5 target:, 6 indicator … 13 perYear). */
const addOverride = (change: (s: string) => string = (s) => s) =>
  change(
    [
      '- action: add',
      '  id: cq-2016-work-plan/2-7/t9',
      '  reason: The rules missed this one.',
      '  measure: cq-2016-work-plan/2-7',
      '  target:',
      '    indicator: {zh: 新建孵化载体, en: null}',
      '    scope: null',
      '    year: 2017',
      '    value: 20',
      '    valueMax: null',
      '    unit: {zh: 家, en: null}',
      '    comparator: ≥',
      '    quote: 新建孵化载体20家以上。',
      '    perYear: false',
    ].join('\n') + '\n',
  );

describe('target overrides', () => {
  it('accept a well-formed add', () => {
    expect(parseTargetOverrides(addOverride()).overrides[0]!.id).toBe('cq-2016-work-plan/2-7/t9');
  });

  it.each([
    ['year: 2017', 'year: 99999', 8, 'entry 0.target.year: is not a year between 1949 and 2100'],
    ['value: 20', 'value: -1', 9, 'entry 0.target.value: is negative: a target counts or measures something'],
    ['value: 20', 'value: .inf', 9, 'entry 0.target.value: Invalid input: expected number, received Infinity'],
    ['value: 20', 'value: .nan', 9, 'entry 0.target.value: Invalid input: expected number, received NaN'],
    ['valueMax: null', 'valueMax: 5', 10, 'entry 0.target.valueMax: is below value'],
    ['unit: {zh: 家, en: null}', 'unit: {zh: 头, en: null}', 11, 'entry 0.target.unit.zh: is not a unit of measure the table in src/lib/measure-units.ts knows (or "" for an index or a score without unit)'],
    ['id: cq-2016-work-plan/2-7/t9', 'id: cq-2015-action-plan/2-7/t9', 2, 'entry 0.id: names another policy than its measure'],
  ])('%s → %s is an error at its line', (good, bad, line, problem) => {
    expect(messages(() => parseTargetOverrides(addOverride((s) => s.replace(good, bad))))).toEqual([`content/overrides/targets.yaml:${line}: ${problem}`]);
  });

  it('a correction is checked like an added target', () => {
    const text = '- action: correct\n  id: cq-2016-work-plan/2-7/t1\n  reason: Wrong year.\n  set:\n    year: 20170\n    unit: {zh: 头, en: null}\n';
    expect(messages(() => parseTargetOverrides(text))).toEqual([
      'content/overrides/targets.yaml:5: entry 0.set.year: is not a year between 1949 and 2100',
      'content/overrides/targets.yaml:6: entry 0.set.unit.zh: is not a unit of measure the table in src/lib/measure-units.ts knows (or "" for an index or a score without unit)',
    ]);
  });

  it('two overrides for one target are an error at the second', () => {
    const text = '- action: drop\n  id: cq-2016-work-plan/2-7/t1\n  reason: Not a target.\n- action: correct\n  id: cq-2016-work-plan/2-7/t1\n  reason: Wrong year.\n  set: {year: 2018}\n';
    expect(messages(() => parseTargetOverrides(text))).toEqual(['content/overrides/targets.yaml:5: target cq-2016-work-plan/2-7/t1 has another override at line 2: make them one entry']);
  });

  it('an add with the id of an extracted target is an error (two targets would share an id)', () => {
    const input = { ...seedInput(), targetOverridesText: '# reviewed\n' + addOverride((s) => s.replace('2-7/t9', '2-7/t1')) };
    expect(messages(() => runIngest(input))).toEqual([
      'content/overrides/targets.yaml:2: add cq-2016-work-plan/2-7/t1: the ingest already extracted a target with this id (correct it instead, or give the added target another id)',
    ]);
  });

  it('a stale override names its line', () => {
    const input = { ...seedInput(), targetOverridesText: '# reviewed\n\n- action: drop\n  id: cq-2016-work-plan/9-9/t1\n  reason: Not a target.\n' };
    const stale = runIngest(input).report.diagnostics.filter((d) => d.rule === 'override-stale');
    expect(stale.map((d) => [d.file, d.line])).toEqual([['content/overrides/targets.yaml', 3]]);
  });
});

/** One glossary entry (6 lines). */
const term = (id: string, zh: string, aliases = '[]') =>
  `- id: ${id}\n  zh: ${zh}\n  en: ${id.replace(/-/g, ' ')}\n  aliases: ${aliases}\n  explanation: {zh: 一个测试用的术语。, en: A term made up for a test.}\n  source: cq-2016-work-plan\n`;

describe('glossary', () => {
  it('a duplicate id is an error, not a silently replaced entry', () => {
    expect(messages(() => parseGlossary(term('maker-space', '众创空间') + term('maker-space', '创客空间')))).toEqual(['content/glossary.yaml:7: duplicate glossary id maker-space (also at line 1)']);
  });

  it('a Chinese form under two entries is an error at its line', () => {
    expect(messages(() => parseGlossary(term('maker-space', '众创空间') + term('hatchery', '孵化器', '[众创空间]')))).toEqual([
      'content/glossary.yaml:10: the Chinese form 众创空间 belongs to two entries (the other at line 2): a text could only be marked as one of them',
    ]);
  });

  it('an empty term or alias is an error', () => {
    expect(messages(() => parseGlossary(term('maker-space', '""', '[创客空间, " "]')))).toEqual([
      'content/glossary.yaml:2: entry 0.zh: is empty: write the text, or null where it is not known',
      'content/glossary.yaml:4: entry 0.aliases.1: is empty: write the text, or null where it is not known',
    ]);
  });
});

const tag = (id: string, keywords: string) => `  - id: ${id}\n    label: {zh: 标签, en: Label}\n    definition: {zh: 定义。, en: Definition.}\n    keywords: ${keywords}\n`;

describe('taxonomy and tag overrides', () => {
  it('an empty keyword is an error (it would tag every measure)', () => {
    expect(messages(() => parseTaxonomy(`audiences:\n${tag('startups', '[初创, ""]')}instruments: []\nthemes: []\n`))).toEqual([
      'content/taxonomy.yaml:5: field audiences.0.keywords.1: is empty: write the text, or null where it is not known',
    ]);
  });

  it('a duplicate tag id names the line of the second', () => {
    expect(messages(() => parseTaxonomy(`audiences:\n${tag('startups', '[初创]')}instruments:\n${tag('startups', '[创业]')}themes: []\n`))).toEqual([
      'content/taxonomy.yaml:7: duplicate tag id startups (also at line 2)',
    ]);
  });

  it('two tag overrides for one measure are an error at the second', () => {
    const text = '- measure: cq-2016-work-plan/2-7\n  add: [tax-relief]\n  reason: One mention.\n- measure: cq-2016-work-plan/2-7\n  remove: [funds]\n  reason: In passing.\n';
    expect(messages(() => parseTagOverrides(text))).toEqual(['content/overrides/tags.yaml:4: measure cq-2016-work-plan/2-7 has another tag override at line 1: make them one entry']);
  });
});

/** A brief of two statements (lines 1–4 and 5–8; sources on lines 4 and 8). */
const brief = (sources2 = '[cq-2016-work-plan/2-7/t1, cq-2016-work-plan/task-17]') =>
  `- topic: what\n  zh: 一份测试用的方案。\n  en: A plan written for a test.\n  sources: [policy]\n- topic: targets\n  zh: 建设一批孵化器。\n  en: It builds incubators.\n  sources: ${sources2}\n`;

describe('briefs', () => {
  it('a YAML error names the brief file and the line', () => {
    const [error] = inputErrors(() => parseBrief('cq-2016-work-plan', brief().replace('sources: [policy]', 'sources: [policy')));
    expect(error!.file).toBe('content/briefs/cq-2016-work-plan.yaml');
    expect(error!.message).toMatch(/^content\/briefs\/cq-2016-work-plan\.yaml:5: not valid YAML/);
  });

  it('a statement without sources or with an unknown topic is an error at its line', () => {
    expect(messages(() => parseBrief('cq-2016-work-plan', brief('[]').replace('topic: targets', 'topic: goals')))).toEqual([
      'content/briefs/cq-2016-work-plan.yaml:5: statement 1.topic: Invalid option: expected one of "what"|"who"|"targets"|"responsible"|"period"',
      'content/briefs/cq-2016-work-plan.yaml:8: statement 1.sources: Too small: expected array to have >=1 items',
    ]);
  });

  it('cited ids are checked against the built records: unknown ones are warnings at their line', () => {
    const input = { ...seedInput(), briefTexts: new Map([['cq-2016-work-plan', brief('[cq-2016-work-plan/2-7/t1, cq-2016-work-plan/9-9, cq-2015-action-plan/task-1]')], ['no-such-policy', brief()]]) };
    const found = runIngest(input).report.diagnostics.filter((d) => d.rule.startsWith('brief-'));
    expect(found.map((d) => `${d.file}:${d.line ?? ''} ${d.rule}: ${d.message}`)).toEqual([
      'content/briefs/cq-2016-work-plan.yaml:8 brief-source-unknown: statement 2 cites cq-2015-action-plan/task-1, which is not a task of cq-2016-work-plan: the site shows no link for it',
      'content/briefs/cq-2016-work-plan.yaml:8 brief-source-unknown: statement 2 cites cq-2016-work-plan/9-9, which is not a measure or target: the site shows no link for it',
      'content/briefs/no-such-policy.yaml: brief-policy-unknown: no published policy has the id no-such-policy: the brief is not shown (name the file after a policy id of seeds/manifest.yaml)',
    ]);
  });
});

describe('supersessions', () => {
  const ids = parseManifest(manifest() + manifestEntry('b.txt', 'b-doc'));

  it('every problem is reported in one run, each at the line of its value', () => {
    const text = [
      '- policy: a-doc', //  1
      '  by: no-such-doc', // 2
      '  evidence: 本方案印发后同时废止。', // 3
      '- policy: b-doc', // 4
      '  by: b-doc', // 5
      '  evidence: " "', // 6
      '- policy: a-doc', // 7
      '  by: null', // 8
      '  evidence: 另见参考说明。', // 9
    ].join('\n');
    expect(messages(() => parseSupersessions(text, ids))).toEqual([
      'content/supersessions.yaml:6: entry 1.evidence: is empty: write the text, or null where it is not known',
    ]);
    expect(messages(() => parseSupersessions(text.replace('evidence: " "', 'evidence: 见说明。'), ids))).toEqual([
      'content/supersessions.yaml:2: no-such-doc is not a policy id of seeds/manifest.yaml',
      'content/supersessions.yaml:5: b-doc cannot supersede itself',
      'content/supersessions.yaml:7: a-doc is listed twice (also at line 1)',
    ]);
  });
});

describe('all authored files at once', () => {
  it('every problem of every file is reported in one run', () => {
    const input = {
      ...seedInput(),
      manifestText: manifest((e) => e.replace('issued: null', 'issued: 2016-02-30')),
      glossaryText: term('maker-space', '众创空间') + term('maker-space', '创客空间'),
      briefTexts: new Map([['a-doc', '- topic: what\n  zh: 甲\n  en: ""\n  sources: [policy]\n']]),
    };
    expect(inputErrors(() => parseAuthored(input)).map((e) => `${e.file}:${e.line}`)).toEqual(['seeds/manifest.yaml:7', 'content/glossary.yaml:7', 'content/briefs/a-doc.yaml:3']);
  });
});
