import { describe, expect, it } from 'vitest';
import { announcerOf } from '../../src/ingest/recognisers/announcer.ts';

const paras = (...texts: string[]) => texts.map((text, i) => ({ text, line: i + 1, endLine: i + 1 }));

describe('announcerOf (rule issuer/announcer)', () => {
  it('reads the body a news report’s lead names as announcing, as printed, in either script', () => {
    expect(announcerOf(paras('盼降低青年创业初期资金门槛，台北市青年局今天宣布，加码100万元创业准备金。'))).toEqual({ issuer: '台北市青年局', line: 1 });
    expect(announcerOf(paras('行政院國家發展基金管理會（以下簡稱國發基金）3日宣布，擴大資金挹注。'))?.issuer).toBe('行政院國家發展基金管理會');
    expect(announcerOf(paras('协助青年取得资源，台北市青年局在二〇二六年推出创业贷款。'))?.issuer).toBe('台北市青年局');
  });

  it('reads nothing from a headline without a sentence, a body that is no subject, or a lead beyond three paragraphs', () => {
    expect(announcerOf(paras('台北市青年局宣布加码'))).toBeNull();
    expect(announcerOf(paras('业者可向市科技局申请补助。'))).toBeNull();
    // a word that ends like a body is none
    expect(announcerOf(paras('经济部协助中小企业应对美国关税变局推出四项措施。'))).toBeNull();
    expect(announcerOf(paras('甲。', '乙。', '丙。', '市科技局今天宣布新措施。'))).toBeNull();
  });
});
