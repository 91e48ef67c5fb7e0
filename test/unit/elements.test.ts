import { describe, expect, it } from 'vitest';
import { parseDocumentDate, parseHeadnote, recogniseElements } from '../../src/ingest/recognisers/elements.ts';
import { readFileSync } from 'node:fs';

const linesOf = (text: string) => text.split('\n').map((t, i) => ({ line: i + 1, text: t }));
const fixture = (name: string) => linesOf(readFileSync(new URL(`../fixtures/formats/${name}`, import.meta.url), 'utf8'));

describe('parseDocumentDate', () => {
  it('reads Arabic, Chinese-numeral and ROC dates', () => {
    expect(parseDocumentDate('2025年6月7日')?.date).toBe('2025-06-07');
    expect(parseDocumentDate('二〇一二年四月六日')?.date).toBe('2012-04-06');
    expect(parseDocumentDate('二○二五年十二月三十一日')?.date).toBe('2025-12-31');
    expect(parseDocumentDate('民國104年8月26日')?.date).toBe('2015-08-26');
  });
  it('refuses dates that are not on the calendar', () => {
    expect(parseDocumentDate('2026年2月30日')).toBeNull();
    expect(parseDocumentDate('二〇二三年十三月一日')).toBeNull();
  });
});

describe('parseHeadnote', () => {
  it('reads each event of a 题注 with its date and body (session numbers dropped)', () => {
    const text = '（2011年4月12日上海市第十三届人民代表大会常务委员会第二十六次会议通过　根据2018年5月24日上海市第十五届人民代表大会常务委员会第四次会议《关于修改本市部分地方性法规的决定》修正）';
    expect(parseHeadnote(text)).toEqual([
      { date: '2011-04-12', event: 'adopted', by: '上海市人民代表大会常务委员会' },
      { date: '2018-05-24', event: 'amended', by: '上海市人民代表大会常务委员会' },
    ]);
  });
});

describe('recogniseElements', () => {
  it('finds every GB/T 9704 element of a notice and reads its metadata', () => {
    const e = recogniseElements(fixture('notice-elements.txt'));
    expect(e.elements.map((x) => `${x.line} ${x.kind}`)).toEqual([
      '1 copy-number',
      '2 classification',
      '3 urgency',
      '4 issuer-mark',
      '5 doc-number',
      '9 signature',
      '10 date',
      '11 note',
      '15 cc',
      '16 printing',
    ]);
    expect([e.docNumber, e.issuer, e.issued]).toEqual(['某府办发〔2025〕7号', '某市人民政府办公厅', '2025-06-07']);
  });

  it('reads a law’s 题注 over two lines as its history, issuer and latest date', () => {
    const e = recogniseElements(fixture('law-markdown-headnote.txt'));
    expect(e.elements.filter((x) => x.kind === 'headnote').map((x) => x.line)).toEqual([3, 5]);
    expect(e.history.map((h) => `${h.date} ${h.event}`)).toEqual(['2019-03-28 adopted', '2023-09-27 amended']);
    expect([e.issuer, e.issued, e.docNumber]).toEqual(['某市人民代表大会常务委员会', '2023-09-27', null]);
  });

  it('takes the 文号 in half-width and Traditional forms, and joint signatures', () => {
    const e = recogniseElements(linesOf('武政办[2025]67号\n正文。\n甲市人民政府\n乙市人民政府\n2025年6月7日'));
    expect([e.docNumber, e.issuer, e.issued]).toEqual(['武政办[2025]67号', '甲市人民政府、乙市人民政府', '2025-06-07']);
  });

  it('leaves body sentences that mention dates and bodies alone', () => {
    const e = recogniseElements(linesOf('一、到2025年，全市科技型企业达到5万家。\n二、市科技局牵头，2025年12月31日前完成。'));
    expect(e.elements).toEqual([]);
    expect([e.docNumber, e.issuer, e.issued]).toEqual([null, null, null]);
  });
});

describe('a 文号 in brackets on its own line (ninth trial)', () => {
  it('reads （某政办发〔2010〕10号） under the title as the 文号, without its brackets', () => {
    const lines = ['某市人民政府办公室关于印发《分解落实意见》的通知', '(某政办发〔2010〕10号)', '各区人民政府：', '现将意见印发给你们。'].map((text, i) => ({ line: i + 1, text }));
    expect(recogniseElements(lines).docNumber).toBe('某政办发〔2010〕10号');
  });
});

describe('issuer mark without 文件', () => {
  it('reads a body name alone at the very top as the 发文机关标志, and fills the issuer only when no signature does', () => {
    const e = recogniseElements(linesOf('中共某市委\n某市某某行动计划\n一、总体要求。'));
    expect(e.elements.map((x) => x.kind)).toEqual(['issuer-mark']);
    expect(e.issuer).toBe('中共某市委');
    const signed = recogniseElements(linesOf('中共某市委\n某市某某行动计划\n一、总体要求。\n某市人民政府\n2025年1月2日'));
    expect(signed.issuer).toBe('某市人民政府');
  });
});

describe('orders (令) and announcements (公告)', () => {
  it('reads a 题注 that promulgates by 令: the 令 and its number, the body before 令, the date', () => {
    const e = recogniseElements(linesOf('某某管理条例\n2002年3月19日 中华人民共和国国务院令第348号公布\n2020年3月27日 《国务院关于修改部分行政法规的决定》修订\n第一章 总则'));
    expect([e.docNumber, e.issuer, e.issued]).toEqual(['中华人民共和国国务院令第348号', '中华人民共和国国务院', '2020-03-27']);
    expect(e.history.map((h) => h.event)).toEqual(['promulgated', 'revised']);
  });

  it('dates a text by its promulgation (发布), not the day it takes effect', () => {
    const e = recogniseElements(linesOf('某某登记暂行办法\n1995年7月28日 国务院发布\n1995年9月1日 施行\n第一条 为了规范登记，制定本办法。'));
    expect([e.issuer, e.issued]).toEqual(['国务院', '1995-07-28']);
  });

  it('reads the 命令格式: a mark ending in 公告 or 令, its number on the next line', () => {
    const e = recogniseElements(linesOf('某市人民代表大会常务委员会公告\n第三十七号\n《某市听证条例》已经通过，现予公布。'));
    expect([e.docNumber, e.issuer]).toEqual(['某市人民代表大会常务委员会公告第三十七号', '某市人民代表大会常务委员会']);
    expect(e.elements.map((x) => x.kind)).toEqual(['issuer-mark', 'doc-number']);
  });
});

describe('dates and numbers as portals and press releases print them', () => {
  it('reads a 发文字号 in brackets at the end of the title line', () => {
    const e = recogniseElements(linesOf('某县人民政府办公室关于印发某县行动方案的通知（某政函〔2023〕37号）\n各乡镇人民政府：'));
    expect(e.docNumber).toBe('某政函〔2023〕37号');
  });
  it('reads a date and a 发文字号 on one line', () => {
    const e = recogniseElements(linesOf('某部关于印发某办法的通知\n2006年10月26日 某建〔2006〕689号\n各省财政厅：'));
    expect([e.docNumber, e.issued]).toEqual(['某建〔2006〕689号', '2006-10-26']);
  });
  it('dates a press release by its dateline with the weekday, at its end', () => {
    const lines = ['某署推出资助计划', ...Array.from({ length: 14 }, (_, i) => `第${i + 1}段说明资助计划的内容。`), '完', '2014年9月10日（星期三）'];
    expect(recogniseElements(linesOf(lines.join('\n'))).issued).toBe('2014-09-10');
  });
});

describe('a press release’s end (element/end-mark, element/release-time)', () => {
  it('takes out 完 and the time under the dateline, and dates the release by its dateline', () => {
    const e = recogniseElements(linesOf('某署推出资助计划\n计划今日起接受申请。\n完\n2019年8月23日（星期五）\n香港時間11時00分'));
    expect(e.elements.map((x) => x.kind)).toEqual(['end-mark', 'date', 'release-time']);
    expect(e.issued).toBe('2019-08-23');
  });
});

describe('a notice copied without its signature (issuer from the title, GB/T 9704)', () => {
  const page = [
    '某省大气污染防治实施方案',
    '2013年12月30日，某省人民政府以某政〔2013〕89号印发该方案。',
    '基本介绍',
    '中文名:某省大气污染防治实施方案',
    '通知',
    '某省人民政府关于印发某省大气污染防治实施方案的通知',
    '某政〔2013〕89号',
    '各市、县人民政府，省政府各部门：',
    '现将《某省大气污染防治实施方案》印发给你们，请认真贯彻执行。',
    '2013年12月30日',
    '某省大气污染防治实施方案',
    '一、总体目标',
  ].join('\n');
  it('reads the bodies before 关于 as the issuer, and the date alone after the notice as its 成文日期', () => {
    const e = recogniseElements(linesOf(page));
    expect([e.issuer, e.issued, e.docNumber, e.titleIssuer?.line]).toEqual(['某省人民政府', '2013-12-30', '某政〔2013〕89号', 6]);
  });
  it('keeps a signature the issuer when there is one', () => {
    const signed = page.replace('\n2013年12月30日\n某省大气', '\n某省人民政府办公厅\n2013年12月30日\n某省大气');
    const e = recogniseElements(linesOf(signed));
    expect([e.issuer, e.titleIssuer]).toEqual(['某省人民政府办公厅', undefined]);
  });
  it('reads no issuer from a title with no 文号 under it', () => {
    const e = recogniseElements(linesOf(page.replace('某政〔2013〕89号\n', '')));
    expect(e.issuer).toBeNull();
  });
  it('reads the bodies of a title set on two lines (某市人民政府 / 关于…的通知), with or without a 文号', () => {
    const split = ['某市政府重要通知!', '某市人民政府', '关于2025年重点工作及责任分解的通知', '一、市政府重点工作任务'].join('\n');
    const e = recogniseElements(linesOf(split));
    expect([e.issuer, e.titleIssuer?.line]).toEqual(['某市人民政府', 2]);
    // a body's name alone, not followed by 关于: no title to read it from
    expect(recogniseElements(linesOf('某市人民政府\n2025年重点工作\n一、目标')).titleIssuer).toBeUndefined();
  });
});
