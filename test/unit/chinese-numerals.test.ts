import { describe, expect, it } from 'vitest';
import { findChineseDates, parseChineseDate, parseChineseNumeral, parseChineseShare } from '../../src/lib/chinese-numerals.ts';

describe('parseChineseNumeral', () => {
  it('reads whole numbers with place words', () => {
    const cases: [string, number][] = [['四', 4], ['十', 10], ['十二', 12], ['二十', 20], ['一百零五', 105], ['两千', 2000], ['三千五百', 3500], ['九千九百九十九', 9999], ['一千零一十', 1010]];
    for (const [s, n] of cases) expect(parseChineseNumeral(s), s).toBe(n);
  });
  it('applies 万 and 亿, and reads decimals after 点', () => {
    expect(parseChineseNumeral('五千亿')).toBe(5e11);
    expect(parseChineseNumeral('一万二千')).toBe(12000);
    expect(parseChineseNumeral('三亿五千万')).toBe(350000000);
    expect(parseChineseNumeral('十万')).toBe(100000);
    expect(parseChineseNumeral('三点五')).toBe(3.5);
    expect(parseChineseNumeral('二点零五')).toBe(2.05);
  });
  it('reads years written digit by digit and Arabic numbers', () => {
    expect(parseChineseNumeral('二〇一二')).toBe(2012);
    expect(parseChineseNumeral('二零二五')).toBe(2025);
    expect(parseChineseNumeral('12.5')).toBe(12.5);
  });
  it('rejects what is not one number', () => {
    for (const s of ['', '百', '千家', '三四百', '十百', '百千', '五千零', '点五', '三点', 'abc', '十三五规划']) expect(parseChineseNumeral(s), s).toBeNull();
  });
});

describe('parseChineseShare', () => {
  it('reads 百分之N as a percentage and fractions as their percentage', () => {
    expect(parseChineseShare('百分之四')).toBe(4);
    expect(parseChineseShare('百分之三十五')).toBe(35);
    expect(parseChineseShare('百分之12.5')).toBe(12.5);
    expect(parseChineseShare('三分之一')).toBe(33.33);
    expect(parseChineseShare('五分之二')).toBe(40);
    expect(parseChineseShare('三分之二')).toBe(66.67);
  });
  it('rejects other text', () => {
    for (const s of ['百分点', '零分之一', '分之一', '百分之', '三分']) expect(parseChineseShare(s), s).toBeNull();
  });
});

describe('parseChineseDate', () => {
  it('reads dates in Chinese numerals', () => {
    expect(parseChineseDate('二〇一二年四月六日')).toBe('2012-04-06');
    expect(parseChineseDate('二〇二五年十二月三十一日')).toBe('2025-12-31');
    expect(parseChineseDate('二零二四年二月二十九日')).toBe('2024-02-29');
    expect(parseChineseDate(' 二〇一九年十月十日 ')).toBe('2019-10-10');
    // look-alike zeros of typed documents: ○ (U+25CB) and Cyrillic О
    expect(parseChineseDate('二○一二年四月六日')).toBe('2012-04-06');
    expect(parseChineseDate('二\u041e二五年六月七日')).toBe('2025-06-07');
  });
  it('reads Arabic and full-width digits too', () => {
    expect(parseChineseDate('2025年6月7日')).toBe('2025-06-07');
    expect(parseChineseDate('２０２５年６月７日')).toBe('2025-06-07');
  });
  it('rejects dates the calendar lacks and other shapes', () => {
    for (const s of ['二〇二五年二月三十日', '二〇二三年二月二十九日', '二〇二五年十三月一日', '二〇二五年四月', '二〇二五年四月六号', '十三五年四月六日', '']) expect(parseChineseDate(s), s).toBeNull();
  });
});

describe('findChineseDates', () => {
  it('finds the dates of a signature block with their places', () => {
    const text = '某市人民政府办公厅\n二〇一二年四月六日\n（此件公开发布）2013年1月2日印发';
    expect(findChineseDates(text)).toEqual([
      { iso: '2012-04-06', index: 10, text: '二〇一二年四月六日' },
      { iso: '2013-01-02', index: 28, text: '2013年1月2日' },
    ]);
  });
});
