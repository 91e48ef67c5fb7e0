import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../../src/ingest/authored/check.ts';
import { normalizeSource } from '../../src/ingest/stages/normalize.ts';
import { readSource } from '../../src/ingest/stages/read.ts';
import { segment } from '../../src/ingest/stages/segment.ts';
import { buildTree } from '../../src/ingest/stages/structure.ts';
import { deriveTitle, headlineOf, isPlausibleTitle, noticeSubject, titleDiagnostic } from '../../src/ingest/recognisers/title.ts';
import { loadSeed, ROOT, seedTree } from './_seeds.ts';

/** deriveTitle over a fixture of test/fixtures/formats, read as the pipeline reads it. */
const derive = (name: string) => {
  const file = `test/fixtures/formats/${name}`;
  const norm = normalizeSource(readSource(file, readFileSync(`${ROOT}${file}`)));
  const seg = segment(norm.lines);
  return deriveTitle({ id: 'some-id', metadata: seg.metadata, lines: norm.lines, preamble: buildTree(file, seg.body).preamble });
};

describe('noticeSubject', () => {
  it('reads the document a notice publishes, with or without 《》, in either script', () => {
    expect(noticeSubject('云岭市人民政府关于印发《云岭市科技金融服务方案》的通知')).toBe('云岭市科技金融服务方案');
    expect(noticeSubject('云岭市人民政府办公厅关于印发云岭市科技金融服务方案的通知')).toBe('云岭市科技金融服务方案');
    expect(noticeSubject('雲嶺市人民政府關於印發雲嶺市科技金融服務方案的通知')).toBe('雲嶺市科技金融服務方案');
    expect(noticeSubject('现将《云岭市科技金融服务方案》印发给你们，请认真贯彻执行。')).toBe('云岭市科技金融服务方案');
    // a title quoting another in < >, and a task split (分解, 分工) as the document type (ninth trial)
    expect(noticeSubject('某市人民政府办公室关于印发《市六届人大四次会议<政府工作报告>主要工作目标分解落实意见》的通知')).toBe('市六届人大四次会议<政府工作报告>主要工作目标分解落实意见');
    expect(noticeSubject('某市人民政府关于印发《政府工作报告》2018年目标任务责任分解的通知')).toBe('《政府工作报告》2018年目标任务责任分解');
  });

  it('returns null for other notices and other sentences', () => {
    expect(noticeSubject('云岭市人民政府关于做好春季防火工作的通知')).toBeNull();
    expect(noticeSubject('为贯彻落实《云岭市科技金融服务方案》，制定本细则。')).toBeNull();
  });
});

describe('a call for comments (draft-call-for-comments.txt, own wording)', () => {
  it('takes the title of the draft it prints, not the call\'s', () => {
    expect(derive('draft-call-for-comments.txt')).toMatchObject({ title: '云岭市支持跨境电商发展的若干措施（征求意见稿）', rule: 'title/block' });
  });

  it('reads a call worded 关于向社会公开征求《X》意见的公告 too', () => {
    const file = 'test/fixtures/formats/draft-call-for-comments.txt';
    const text = readFileSync(`${ROOT}${file}`, 'utf8').replace('关于公开征求', '关于向社会公开征求');
    const norm = normalizeSource(readSource(file, Buffer.from(text)));
    const seg = segment(norm.lines);
    expect(deriveTitle({ id: 'x', metadata: seg.metadata, lines: norm.lines, preamble: buildTree(file, seg.body).preamble }).title).toBe('云岭市支持跨境电商发展的若干措施（征求意见稿）');
  });

  it('keeps the call\'s own title when the page does not print the draft', () => {
    const file = 'test/fixtures/formats/draft-call-for-comments.txt';
    const text = readFileSync(`${ROOT}${file}`, 'utf8').split('\n').slice(0, 5).join('\n');
    const norm = normalizeSource(readSource(file, Buffer.from(text)));
    const seg = segment(norm.lines);
    const derived = deriveTitle({ id: 'some-id', metadata: seg.metadata, lines: norm.lines, preamble: buildTree(file, seg.body).preamble });
    expect(derived.title).toBe('关于公开征求《云岭市支持跨境电商发展的若干措施》（征求意见稿）意见的公告');
  });
});

describe('isPlausibleTitle', () => {
  it('accepts a title ending in a document type, with a period or draft note', () => {
    // an explainer's own title (eleventh trial)
    expect(isPlausibleTitle('《云岭市创新券管理办法（2023年修订）》的政策解读')).toBe(true);
    expect(isPlausibleTitle('云岭市科技创新“十四五”规划（2021—2025年）')).toBe(true);
    expect(isPlausibleTitle('云岭市科技企业孵化器管理办法（试行）')).toBe(true);
  });

  it.each([
    ['a breadcrumb', '您当前的位置：首页>政务公开>规划信息'],
    ['a sentence', '为推动科技创新与产业创新深度融合，编制本规划。'],
    ['a line over 60 characters', `云岭市${'加快推进'.repeat(15)}行动方案`],
    ['pinyin ruby', '上海市關(guān)於加強誠信建設的實施方案'],
    ['Latin noise', '云岭市科技创新规划seoseo'],
    ['a page label', '地方政策'],
    ['a signature', '云岭市人民政府'],
  ])('rejects %s', (_what, text) => {
    expect(isPlausibleTitle(text)).toBe(false);
  });
});

describe('deriveTitle on layouts of test/fixtures/formats', () => {
  it('title/notice: the document published by 关于印发《X》的通知', () => {
    expect(derive('title-notice-wrapper.txt')).toEqual({ title: '云岭市加快建设科技创新中心行动方案（2023—2027年）', line: 1, rule: 'title/notice' });
  });

  it('title/notice: 关于印发X的通知 without 《》, wrapped over three lines', () => {
    expect(derive('title-notice-plain-wrapped.txt')).toEqual({ title: '云岭市加快科技成果转化实施方案', line: 2, rule: 'title/notice' });
  });

  it('title/block: a title wrapped over two lines and its period, not the breadcrumb or the page furniture above it', () => {
    expect(derive('title-wrapped-block.txt')).toEqual({ title: '云岭市推动科技创新与产业创新深度融合发展规划（2024—2027年）', line: 3, rule: 'title/block' });
  });

  it('prefers the title page’s own wording of the title the notice names', () => {
    // the notice says 《…规划（2021—2025年）》; the title page after it says the same, on two lines
    expect(derive('toc-no-heading.txt')).toEqual({ title: '青溪区科技创新“十四五”规划（2021—2025年）', line: 11, rule: 'title/block' });
  });

  it('title/block: a whole title of its own is not joined to a firm\'s name and slogan above it', () => {
    expect(derive('repost-firm-header.txt')).toEqual({ title: '2025年青溪区高新技术企业认定奖励申报指南', line: 5, rule: 'title/block' });
  });

  it('title/portal: a 名称 field when the text has no title line', () => {
    expect(derive('title-portal-field.txt')).toEqual({ title: '云岭市科学技术进步条例', line: 3, rule: 'title/portal' });
  });

  it('title/id: nothing qualifies (an adoption note is not a title)', () => {
    expect(derive('toc-regulation-trad.txt')).toEqual({ title: 'some-id', line: null, rule: 'title/id' });
  });
});

describe('deriveTitle on the real seeds', () => {
  const manifest = parseManifest(readFileSync(`${ROOT}seeds/manifest.yaml`, 'utf8'));
  const derivedFor = (id: string) => {
    const entry = manifest.find((e) => e.id === id)!;
    const { norm, seg } = loadSeed(entry.file);
    return { entry, derived: deriveTitle({ id, metadata: seg.metadata, lines: norm.lines, preamble: seedTree(entry.file).preamble }) };
  };

  it.each(['cq-2015-action-plan', 'cq-2016-work-plan', 'cq-2023-double-growth'])('finds the manifest’s own title for %s', (id) => {
    const { entry, derived } = derivedFor(id);
    expect(derived.title).toBe(entry.title);
  });

  it('takes the truncated first line of cq-2022-district-guidance, not its first sentence', () => {
    expect(derivedFor('cq-2022-district-guidance').derived).toEqual({ title: '创新发展的指导意见', line: 1, rule: 'title/block' });
  });
});

describe('titleDiagnostic (title-derived)', () => {
  it('asks to confirm a derived title and gives the manifest line to paste', () => {
    expect(titleDiagnostic('seeds/x.txt', { title: '云岭市科技金融服务方案', line: 4, rule: 'title/block' })).toEqual({
      file: 'seeds/x.txt',
      line: 4,
      column: null,
      rule: 'title-derived',
      severity: 'review',
      message: 'title derived from line 4: “云岭市科技金融服务方案”, please confirm (set title: in seeds/manifest.yaml)',
      fix: 'title: "云岭市科技金融服务方案"',
    });
  });

  it('says so when the id had to be used', () => {
    const d = titleDiagnostic('seeds/x.txt', { title: 'x-doc', line: null, rule: 'title/id' });
    expect([d.line, d.rule, d.severity]).toEqual([null, 'title-derived', 'review']);
    expect(d.message).toMatch(/policy id “x-doc” is used as the title/);
  });
});

describe('a page saved by a web-page reader (markup/reader-header, boundary/after-end)', () => {
  it('takes the page title without its site name, and publishes neither the navigation nor what follows the article', () => {
    expect(derive('reader-export.txt')).toMatchObject({ title: '下月起，创业补贴直接发到个人账户！', rule: 'title/portal' });
    const file = 'test/fixtures/formats/reader-export.txt';
    const norm = normalizeSource(readSource(file, readFileSync(`${ROOT}${file}`)));
    const text = norm.lines.map((l) => l.text);
    expect(text).toContain('在云岭市首次创办小微企业的高校毕业生，可以申请一次性创业补贴5000元。');
    for (const chrome of ['首页', '政务公开', '相关新闻', '网站地图', '云岭市人民政府 版权所有', 'Image 1', 'Markdown Content:'])
      expect(text.some((t) => t.includes(chrome)), chrome).toBe(false);
    // 相关新闻 is a related-links heading (stripped by its own rule); the page after the article starts there
    expect(norm.stripped.find((s) => s.text === '相关新闻')?.rule).toBe('related links');
    // (the blank lines after it are not listed)
    const afterEnd = norm.stripped.filter((s) => s.rule === 'boundary/after-end');
    const related = norm.stripped.find((s) => s.text === '相关新闻')!.line;
    // every line between is blank or taken by a rule of its own (the Markdown link list)
    const takenBefore = new Set(norm.stripped.filter((s) => s.rule !== 'boundary/after-end').map((s) => s.line));
    const firstLeft = norm.raw.find((l) => l.line > related && l.text.trim() !== '' && !takenBefore.has(l.line))!.line;
    expect(afterEnd[0]!.line).toBe(firstLeft);
    expect(afterEnd.every((s) => s.text.trim() !== '')).toBe(true);
  });
});

describe('headlineOf (title/headline)', () => {
  const paras = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1, endLine: i + 1 }));
  it('takes the headline right above the article, over a byline left between them', () => {
    expect(headlineOf(paras('某报', '三项措施扶助中小企', '特区政府今天宣布，资助上限提高至40万元。'))?.title).toBe('三项措施扶助中小企');
    expect(headlineOf(paras('浙江：数字经济占比达60%左右', '岳德亮 新华社', '到2025年，全省数字经济增加值占比达到60%。'))).toBeNull();
    expect(headlineOf(paras('某省推出新政', '岳德亮 新华社', '到2025年，全省数字经济增加值占比达到60%。'))?.title).toBe('某省推出新政');
  });
  it('takes a headline of two phrases joined by a comma, or with a section label before a bar or in 【】 (ninth trial)', () => {
    const text = '新一份《施政报告》今日出炉，政府将全力推动新能源。';
    expect(headlineOf(paras('施政报告2023︱ 2027年前设20万个充电位,推电动小巴氢能巴士', text), { report: true })?.title).toBe('施政报告2023︱2027年前设20万个充电位,推电动小巴氢能巴士');
    expect(headlineOf(paras('【预算案】预留3.5亿资助测试电动渡轮 8000万试验电动绿VAN', text), { report: true })?.title).toBe('【预算案】预留3.5亿资助测试电动渡轮8000万试验电动绿VAN');
    expect(headlineOf(paras('财政预算案2026|宽减薪俸税 上限增至3000元', text), { report: true })?.title).toBe('财政预算案2026|宽减薪俸税上限增至3000元');
    // a clause of a sentence, with three commas, is no headline; nor is a breadcrumb
    expect(headlineOf(paras('一是加强领导，二是完善机制，三是强化考核，四是抓好落实', text), { report: true })).toBeNull();
    // outside a report (a text with numbered parts), a line with a comma is no headline
    expect(headlineOf(paras('施政报告2023︱ 2027年前设20万个充电位,推电动小巴氢能巴士', text))).toBeNull();
    expect(headlineOf(paras('首页 | 新闻 | 财经', text))).toBeNull();
  });
  it('takes no date, 文号, numbered heading or page chrome', () => {
    for (const line of ['date 2025-09-30 快讯', '某府发〔2025〕3号', '一、总体要求', '首页 > 新闻', '2025年6月7日'])
      expect(headlineOf(paras(line, '特区政府今天宣布，资助上限提高至40万元。')), line).toBeNull();
  });
});
