import { describe, expect, it } from 'vitest';
import { splitCollapsedLine, splitFirstPart, splitRunInChapter } from '../../src/ingest/recognisers/collapsed-lines.ts';
import { cleanLine, fullWidthPunctuation, joinSpacedDecimals, normalizeSource, removeSpacesInsideChinese, stripPinyinGlosses } from '../../src/ingest/stages/normalize.ts';
import { readSource } from '../../src/ingest/stages/read.ts';
import { loadSeed, rawLines, SEEDS } from './_seeds.ts';

describe('removeSpacesInsideChinese', () => {
  it.each([
    ['高新 技术企业', '高新技术企业'],
    ['市 发 展 改 革 委', '市发展改革委'],
    ['服务构 建现代化产业体系', '服务构建现代化产业体系'], // 2023 seed line 11
    ['到 2025 年', '到2025年'],
    ['超 过 6.7 万家', '超过6.7万家'],
    ['“科创 +产业”', '“科创+产业”'], // 2023 seed line 56
    ['全市\u00a0高新', '全市高新'],
    ['\u3000\u3000第一条 为了', '第一条为了'],
    ['中\u2003文', '中文'],
    ['中\u202f文\u200b字', '中文字'], // narrow no-break and zero-width spaces: the shared whitespace set of src/lib/text.ts
  ])('%j → %j', (input, expected) => {
    expect(removeSpacesInsideChinese(input)).toBe(expected);
  });

  it('keeps one space between Latin words and folds runs of spaces', () => {
    expect(removeSpacesInsideChinese('initial   public\u00a0offering')).toBe('initial public offering');
  });

  it('drops leading and trailing spaces and NBSPs', () => {
    expect(removeSpacesInsideChinese('\u00a0一、总体要求\u00a0')).toBe('一、总体要求');
  });
});

describe('fullWidthPunctuation', () => {
  it('converts ASCII punctuation next to Chinese characters', () => {
    expect(fullWidthPunctuation('到2025年,全市')).toBe('到2025年，全市');
    expect(fullWidthPunctuation('好,world')).toBe('好，world');
    expect(fullWidthPunctuation('(一)指导思想')).toBe('（一）指导思想');
  });

  it('converts a closing parenthesis the same way as its opening one', () => {
    // ( is preceded by Chinese so both become full-width, although M0) is Latin
    expect(fullWidthPunctuation('新型产业用地(M0)政策')).toBe('新型产业用地（M0）政策');
  });

  it('converts a parenthesis pair as a pair when only one side touches Chinese text', () => {
    expect(fullWidthPunctuation('推动企业上市(IPO) and more')).toBe('推动企业上市（IPO） and more');
    expect(fullWidthPunctuation('IPO (initial public offering)上市')).toBe('IPO (initial public offering)上市');
  });

  it('leaves ASCII punctuation in Latin text alone', () => {
    expect(fullWidthPunctuation('Hello, world')).toBe('Hello, world');
    expect(fullWidthPunctuation('see (Fig. 2) here')).toBe('see (Fig. 2) here');
  });

  it('does not touch a time such as 9:30 even next to Chinese text', () => {
    expect(fullWidthPunctuation('上午9:30开会')).toBe('上午9:30开会');
  });
});

describe('cleanLine', () => {
  it.each([
    ['高新 技术企业', '高新技术企业'],
    ['市 发 展 改 革 委', '市发展改革委'],
    ['到 2025 年,全市', '到2025年，全市'],
    ['(牵头单位:市科技局; 责任单位:市教委等)', '（牵头单位：市科技局；责任单位：市教委等）'],
    ['(一)指导思想。坚持', '（一）指导思想。坚持'],
    ['一、总体要求\u00a0', '一、总体要求'],
    ['各区县(自治县)政府', '各区县（自治县）政府'],
    ['重庆市高新技术企业和科技型企业“双倍增”行动计划 (2023—2027 年)', '重庆市高新技术企业和科技型企业“双倍增”行动计划（2023—2027年）'],
  ])('%j → %j', (input, expected) => {
    expect(cleanLine(input)).toBe(expected);
  });

  it('leaves decimals and R&D untouched', () => {
    expect(cleanLine('分别超过 1.28 万家和 8.6 万家')).toBe('分别超过1.28万家和8.6万家');
    expect(cleanLine('规模以上工业企业研发投入占销售收入比重达到1.2%')).toBe('规模以上工业企业研发投入占销售收入比重达到1.2%');
    expect(cleanLine('全社会R&D(研究与开发)经费')).toBe('全社会R&D（研究与开发）经费');
    expect(cleanLine('R&D 经费')).toBe('R&D经费');
  });

  it('leaves ASCII parentheses around Latin text in Latin context untouched', () => {
    expect(cleanLine('IPO (initial public offering) listing')).toBe('IPO (initial public offering) listing');
    expect(cleanLine('(OTC) board, (M0) land')).toBe('(OTC) board, (M0) land');
  });

  it('cleans the real 主要目标 line of the 2023 plan: no NBSP, no spaces inside words, full-width punctuation', () => {
    const raw = rawLines(SEEDS.growth2023)[19]!; // line 20
    expect(raw).toContain('\u00a0');
    const clean = cleanLine(raw);
    expect(clean).toContain('（二）主要目标。到2025年，全市高新技术企业突破1万家、科技型企业超过6.7万家。');
    expect(clean).toContain('在2022年的基础上实现“双倍增”，分别超过1.28万家和8.6万家（其中，中心城区分别超过7110家、46560家，');
    expect(clean).toContain('制造业单项冠军企业超过30家，');
    expect(clean.endsWith('比重提高到22%。')).toBe(true);
    expect(clean).not.toMatch(/[\s\u00a0,;:()]/);
  });

  it('cleans the real inline assignment of item 1 of the 2023 plan', () => {
    const clean = cleanLine(rawLines(SEEDS.growth2023)[28]!); // line 29
    expect(clean.endsWith('（牵头单位：市科技局；责任单位：市教委、市经济信息委、市国资委、市市场监管局等）')).toBe(true);
  });
});

describe('normalizeSource on cq-2023-double-growth.txt (scraped portal page)', () => {
  const { raw, norm } = loadSeed(SEEDS.growth2023);

  it('strips every boilerplate line and lists it with its line number and rule', () => {
    expect(norm.stripped).toEqual([
      { line: 1, text: '首页 >> 政策 >>重庆 >> 重庆市高新技术企业和科技型企业“双倍增”行动计划 (2023—2027 年)', rule: 'breadcrumb' },
      { line: 2, text: '详细内容', rule: 'page label' },
      { line: 6, text: '重庆企业网微信公众号.png', rule: 'image file name' },
      { line: 8, text: '重庆企业网万人社群.jpg', rule: 'image file name' },
      { line: 103, text: '政策订阅', rule: 'site footer' },
      { line: 105, text: '企业网文章底部1.png', rule: 'image file name' },
      { line: 107, text: '客服中心', rule: 'site footer' },
      { line: 108, text: '新浪微博', rule: 'site footer' },
      { line: 109, text: '扫描关注微信公众号', rule: 'site footer' },
      { line: 110, text: 'seo seo', rule: 'seo filler' },
    ]);
  });

  it('keeps every other line, with its raw line number', () => {
    expect(norm.lines).toHaveLength(raw.lines.length - norm.stripped.length);
    const strippedLines = new Set(norm.stripped.map((s) => s.line));
    expect(norm.lines.map((l) => l.line)).toEqual(raw.lines.map((l) => l.line).filter((n) => !strippedLines.has(n)));
    expect(norm.lines.find((l) => l.line === 4)!.text).toBe('重庆市高新技术企业和科技型企业“双倍增”行动计划（2023—2027年）');
    expect(norm.lines.find((l) => l.line === 14)!.text).toBe('一、总体要求');
    expect(norm.lines.find((l) => l.line === 17)!.text.startsWith('（一）指导思想。坚持以习近平新时代中国特色社会主义思想为指导，全面贯彻党的二十大')).toBe(true);
  });

  it('keeps blank lines as empty strings', () => {
    expect(norm.lines.find((l) => l.line === 3)).toEqual({ line: 3, text: '' });
  });

  it('leaves no NBSP, ASCII comma or image name in the kept lines', () => {
    const text = norm.lines.map((l) => l.text).join('\n');
    expect(text).not.toContain('\u00a0');
    expect(text).not.toMatch(/[,;:]/);
    expect(text).not.toMatch(/\.(png|jpg)/);
    expect(text).not.toContain('客服中心');
    expect(text).not.toMatch(/seo/);
  });

  it('passes file and sha256 through', () => {
    expect(norm.file).toBe(raw.file);
    expect(norm.sha256).toBe(raw.sha256);
  });
});

describe('normalizeSource on the zh-Hant encyclopedia copy', () => {
  const { norm } = loadSeed(SEEDS.hant);

  it('strips the encyclopedia footer (相關詞條, 熱門詞條, 聯絡我們) with line numbers', () => {
    expect(norm.stripped).toEqual([
      { line: 43, text: '相關詞條', rule: 'site footer' },
      { line: 45, text: '熱門詞條', rule: 'site footer' },
      { line: 47, text: '聯絡我們', rule: 'site footer' },
    ]);
  });

  it('converts its ASCII punctuation to full width', () => {
    const line3 = norm.lines.find((l) => l.line === 3)!.text;
    expect(line3.startsWith('為深入貫徹實施市委、市政府《深化體制機制改革加快實施創新驅動發展戰略行動計畫（2015―2020年）》（渝委發〔2015〕13號），重點在創新突破')).toBe(true);
  });
});

describe('normalizeSource: what is not boilerplate', () => {
  const src = (...lines: string[]) => readSource('t.txt', new TextEncoder().encode(lines.join('\n')));

  it('does not strip a sentence that merely mentions a footer word or a home page', () => {
    const norm = normalizeSource(src('如有疑问请联系我们。', '首页设计要简洁，', '客服中心建设', '一、总体要求'));
    expect(norm.stripped).toEqual([]);
    expect(norm.lines.map((l) => l.text)).toEqual(['如有疑问请联系我们。', '首页设计要简洁，', '客服中心建设', '一、总体要求']);
  });

  it('strips boilerplate that carries surrounding spaces or NBSPs', () => {
    const norm = normalizeSource(src('  客服中心\u00a0', '首页 > 政策', '正文'));
    expect(norm.stripped.map((s) => [s.line, s.rule])).toEqual([
      [1, 'site footer'],
      [2, 'breadcrumb'],
      [3, 'page label'],
    ]);
    expect(norm.lines).toEqual([]);
  });
});

describe('joinSpacedDecimals (rule spaced-number)', () => {
  it.each([
    ['比上年增长1. 3倍', '比上年增长1.3倍'],
    ['增长1． 25倍', '增长1.25倍'],
    ['1. 3年内完成', '1. 3年内完成'], // a list marker at the start of a line
    ['目标。2. 5家', '目标。2. 5家'], // a list marker after a sentence
    ['（1. 2）', '（1. 2）'],
    ['按照0 .1元/千瓦时的标准进行补助', '按照0.1元/千瓦时的标准进行补助'], // a space before the point (tenth trial)
    ['目标。2 .5家', '目标。2 .5家'],
  ])('%j → %j', (input, expected) => {
    expect(joinSpacedDecimals(input)).toBe(expected);
  });
});

describe('splitCollapsedLine (rule inline-markers-split)', () => {
  const filler = '坚持创新驱动发展，完善科技创新体系，'.repeat(18);

  it('cuts a very long line before each level marker that follows 。 or a space', () => {
    const line = `${filler}制定本方案。 一、总体要求 (一)指导思想。坚持。（二）基本原则。坚持。第二章 保障 1.加强领导。2. 5倍`;
    expect(splitCollapsedLine(line)!.map((p) => p.trim())).toEqual([`${filler}制定本方案。`, '一、总体要求', '(一)指导思想。坚持。', '（二）基本原则。坚持。', '第二章 保障', '1.加强领导。2. 5倍']);
  });

  it('cuts a line with no spaces at 一、 二、 三、 in order, 附件, a signature glued to its date, and the page after it', () => {
    const line = `${filler}通知如下:一、申报对象本市企业。二、申报材料按指南准备,附件:申报指南.pdf云岭县科技局2026年9月6日扫一扫在手机打开当前页`;
    expect(splitCollapsedLine(line)).toEqual([`${filler}通知如下:`, '一、申报对象本市企业。', '二、申报材料按指南准备,', '附件:申报指南.pdf', '云岭县科技局', '2026年9月6日', '扫一扫在手机打开当前页']);
  });

  it('cuts before bracketed items whose numbers rise, not one by one, glued to the text, and a part after a closing bracket (a digest site\'s stitched items)', () => {
    const line = `${filler}給予最高500萬元補助，（責任單位：市科技局）（二）支持新藥研發，最高補助100萬元。（三）支持器械研發，（責任單位：市監局）五、支持醫療機構（十四）支持臨床試驗，最高補助100萬元。`;
    expect(splitCollapsedLine(line)!.slice(1)).toEqual(['（二）支持新藥研發，最高補助100萬元。', '（三）支持器械研發，（責任單位：市監局）', '五、支持醫療機構', '（十四）支持臨床試驗，最高補助100萬元。']);
    // parts glued after punctuation, from 二、 on (the digest kept no 一、); not an enumeration after 、
    const parts = `${filler}给予最高200万元奖励，二、着力稳住市场主体，给予补助，三、加快培育产业集群，给予奖励。`;
    expect(splitCollapsedLine(parts)!.slice(1)).toEqual(['二、着力稳住市场主体，给予补助，', '三、加快培育产业集群，给予奖励。']);
    expect(splitCollapsedLine(`${filler}包括二、三类企业。`)).toBeNull();
    // one bracketed numeral, or numbers that do not rise, are no items
    expect(splitCollapsedLine(`${filler}按第三条（二）项办理，`)).toBeNull();
    expect(splitCollapsedLine(`${filler}（三）甲乙（二）丙丁`)).toBeNull();
  });

  it('cuts the head’s 文号 and the 主送机关 after it out of the line, not a 文号 the text cites (ninth trial)', () => {
    const line = `某省人民政府 关于明确2023年重点工作责任单位的通知 某政〔2023〕5号 现将重点工作任务予以分解。${filler}一、加快发展 二、扩大开放`;
    expect(splitCollapsedLine(line)!.slice(0, 3).map((p) => p.trim())).toEqual(['某省人民政府 关于明确2023年重点工作责任单位的通知', '某政〔2023〕5号', `现将重点工作任务予以分解。${filler}`]);
    const bracketed = `某市人民政府办公室关于印发《分解落实意见》的通知 (某政办发〔2010〕10号) 各区人民政府,市政府各部门: 现将意见印发给你们。${filler}一、甲。二、乙。`;
    expect(splitCollapsedLine(bracketed)!.slice(0, 4).map((p) => p.trim())).toEqual(['某市人民政府办公室关于印发《分解落实意见》的通知', '(某政办发〔2010〕10号)', '各区人民政府,市政府各部门:', `现将意见印发给你们。${filler}`]);
    const cited = `${filler}根据《某办法》（国发〔2020〕1号）制定本方案。 一、总体要求 二、保障`;
    expect(splitCollapsedLine(cited)!.some((p) => /^[（(]?国发/.test(p.trim()))).toBe(false);
  });

  it('cuts a page number of GB/T 9704 (— 1 —) out of the line, and leaves an unspaced dash pair alone', () => {
    const line = `珠府〔2018〕14 号 ${filler}现印发给你们。 珠海市人民政府 2018 年 2 月 13 日 — 1 — 珠海市2018年计划 进一步夯实珠海 — 2 — 创新基础`;
    const pieces = splitCollapsedLine(line)!.map((p) => p.trim());
    expect(pieces).toContain('— 1 —');
    expect(pieces).toContain('— 2 —');
    expect(pieces.slice(-4)).toEqual(['— 1 —', '珠海市2018年计划 进一步夯实珠海', '— 2 —', '创新基础']);
    // the head's 文号 is a piece of its own (an element), then the text to the page number
    expect(pieces[0]).toBe('珠府〔2018〕14 号');
    expect(pieces[1]).toMatch(/2018 年 2 月 13 日$/);
    expect(splitCollapsedLine(`${filler}温度—2—3摄氏度。 一、总体要求`)!.join('')).toContain('温度—2—3摄氏度');
  });

  it('cuts a line that opens with a signature and its date, and at 第一条 第二条 in order', () => {
    const line = `云岭县人民政府2026年9月6日云岭县扶持办法第一条为鼓励创新，${filler}第二条本办法所称企业，是指本县企业。`;
    expect(splitCollapsedLine(line)).toEqual(['云岭县人民政府', '2026年9月6日', '云岭县扶持办法', `第一条为鼓励创新，${filler}`, '第二条本办法所称企业，是指本县企业。']);
    // a lone 第九条 after 第一条 (an excerpt) is no sequence
    expect(splitCollapsedLine(`${filler}第一条为鼓励创新，第九条附则。`)).toBeNull();
  });

  it('leaves short lines and lines without inline markers alone', () => {
    expect(splitCollapsedLine('制定本方案。 一、总体要求 （一）指导思想。')).toBeNull();
    expect(splitCollapsedLine(`${filler}三年内，建成一、二期工程`)).toBeNull();
  });

  it('turns one collapsed line into several lines with the same line number', () => {
    const raw = readSource('x.txt', new TextEncoder().encode(`${filler}。 一、总体要求 (一)指导思想。坚持。\n二、任务`));
    const norm = normalizeSource(raw);
    expect(norm.lines.map((l) => [l.line, l.text.slice(0, 6)])).toEqual([
      [1, filler.slice(0, 6)],
      [1, '一、总体要求'],
      [1, '（一）指导思'],
      [2, '二、任务'],
    ]);
    expect(norm.notes.map((n) => [n.line, n.rule])).toEqual([[1, 'inline-markers-split']]);
  });
});

describe('splitRunInChapter (rule chapter-article-run-in)', () => {
  it('cuts a chapter heading run together with its first article out of a line, text unchanged', () => {
    const line = '云岭市科技局2018年9月5日云岭市孵化器管理办法第一章总则第一条为促进孵化器发展，制定本办法。';
    const pieces = splitRunInChapter(line)!;
    expect(pieces).toEqual(['云岭市科技局2018年9月5日云岭市孵化器管理办法', '第一章总则', '第一条为促进孵化器发展，制定本办法。']);
    expect(pieces.join('')).toBe(line);
    expect(splitRunInChapter('第二章 認定條件第五條 孵化器應當具備下列條件。')).toEqual(['第二章 認定條件', '第五條 孵化器應當具備下列條件。']);
  });

  it('leaves other lines alone: a chapter alone, a long title before the article, a chapter in running text', () => {
    expect(splitRunInChapter('第一章 总则')).toBeNull();
    expect(splitRunInChapter('第一条 为促进孵化器发展，制定本办法。')).toBeNull();
    expect(splitRunInChapter('第三章科技企业孵化器和众创空间的认定与管理办法第九条')).toBeNull(); // a title over 12 characters
    expect(splitRunInChapter('依照本办法第三章的规定，第十条所列事项')).toBeNull();
  });

  it('is reported with its line when normalize applies it', () => {
    const n = normalizeSource(readSource('t.txt', new TextEncoder().encode('标题\n某某办法第一章总则第一条为了促进发展，制定本办法。\n')));
    expect(n.lines.filter((l) => l.text).map((l) => [l.line, l.text])).toEqual([[1, '标题'], [2, '某某办法'], [2, '第一章总则'], [2, '第一条为了促进发展，制定本办法。']]);
    expect(n.notes.map((x) => [x.line, x.rule])).toEqual([[2, 'chapter-article-run-in']]);
  });
});

describe('stripPinyinGlosses (rule pinyin-gloss)', () => {
  it('drops a toned pinyin syllable in brackets right after a character', () => {
    expect(stripPinyinGlosses('導（dǎo）言：為貫徹落實（shí）習（xí）近平')).toEqual({ text: '導言：為貫徹落實習近平', count: 3 });
    expect(stripPinyinGlosses('福田區（qū）人才（rén）')).toEqual({ text: '福田區人才', count: 2 });
  });

  it('keeps other bracketed Latin text and syllables without a tone mark', () => {
    for (const s of ['人工智能（AI）产业', '支持（app）开发', '的（de）', '（dǎo）开头', '2025（nián）']) expect(stripPinyinGlosses(s)).toEqual({ text: s, count: 0 });
  });

  it('is reported on its line by normalize', () => {
    const n = normalizeSource(readSource('t.txt', new TextEncoder().encode('標題\n人才（rén cái）支持（zhī）政策\n')));
    expect(n.lines.filter((l) => l.text).map((l) => l.text)).toEqual(['標題', '人才（rén cái）支持政策']);
    expect(n.notes.map((x) => [x.line, x.rule])).toEqual([[2, 'pinyin-gloss']]);
  });
});

describe('the page after the document (rule boundary/after-end)', () => {
  it('ends the document at an after-article block even when a chrome rule strips that line itself', () => {
    const text = '云岭市召开家庭医生工作推进会。\n会议部署了今年的重点工作。\n扫一扫在手机打开当前页\n主办单位宣传栏目 您是第 - 位访客\n手机版';
    const norm = normalizeSource(readSource('x.txt', new TextEncoder().encode(text)));
    expect(norm.lines.map((l) => l.text)).toEqual(['云岭市召开家庭医生工作推进会。', '会议部署了今年的重点工作。']);
    expect(norm.stripped.filter((s) => s.rule === 'boundary/after-end').map((s) => s.line)).toEqual([4, 5]);
  });
});

describe('splitFirstPart (rule first-part-split)', () => {
  it('cuts a lead-in from the first part when the second part opens the next line', () => {
    expect(splitFirstPart('四项措施收件情形如下：一、外销贷款保证加码：每家最高六千万元。', '二、专案贷款加码：…')).toEqual(['四项措施收件情形如下：', '一、外销贷款保证加码：每家最高六千万元。']);
    expect(splitFirstPart('具体如下：（一）研发补助。', '（二）设备补助。')).toEqual(['具体如下：', '（一）研发补助。']);
  });
  it('leaves the line alone when no second part follows, or the line opens with its part', () => {
    expect(splitFirstPart('具体如下：一、研发补助。', '此外，还将…')).toBeNull();
    expect(splitFirstPart('一、研发补助：每家最高100万元。', '二、设备补助。')).toBeNull();
  });
});

