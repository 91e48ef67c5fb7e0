import { describe, expect, it } from 'vitest';
import { bigrams, containment, displayWidth, isCjk, hasHan, parseChineseNumeral, stripWhitespace, asciiSpaces } from '../../src/lib/text.ts';

describe('isCjk', () => {
  it.each([
    ['高', true],
    ['重', true],
    ['，', true], // U+FF0C full-width comma
    ['（', true],
    ['、', true], // U+3001
    ['〔', true],
    ['“', true],
    ['”', true],
    ['—', true],
    ['―', true], // U+2015, the dash of 3―5家 in the 2016 plan
    ['𠀀', true], // CJK extension B (astral plane)
    ['a', false],
    ['1', false],
    [',', false],
    ['(', false],
    [' ', false],
    ['\u00a0', false],
    ['&', false],
  ])('isCjk(%j) is %s', (ch, expected) => {
    expect(isCjk(ch)).toBe(expected);
  });

  it('is false for an empty or missing character', () => {
    expect(isCjk(undefined)).toBe(false);
    expect(isCjk('')).toBe(false);
  });
});

describe('hasHan', () => {
  it('is true for ideographs only, not for CJK punctuation', () => {
    expect(hasHan('渝')).toBe(true);
    expect(hasHan('重')).toBe(true);
    expect(hasHan('，')).toBe(false);
    expect(hasHan('“')).toBe(false);
    expect(hasHan('A')).toBe(false);
    expect(hasHan(undefined)).toBe(false);
    expect(hasHan('')).toBe(false);
  });

  it('finds a Han character anywhere in a query, Traditional ones included', () => {
    expect(hasHan('maker 空间')).toBe(true);
    expect(hasHan('眾創')).toBe(true);
    expect(hasHan('maker space “”，')).toBe(false);
  });
});

describe('displayWidth', () => {
  it('counts wide characters as 2 columns and others as 1', () => {
    expect(displayWidth('')).toBe(0);
    expect(displayWidth('市科委')).toBe(6);
    expect(displayWidth('R&D')).toBe(3);
    expect(displayWidth('R&D经费')).toBe(7);
    expect(displayWidth('（一）')).toBe(6);
    expect(displayWidth('3D打印')).toBe(6);
  });

  it('measures a full line of the wrapped 2016 PDF text (36 wide characters)', () => {
    // cq-2016-work-plan.txt line 22
    expect(displayWidth('为深入贯彻实施市委、市政府《深化体制机制改革加快实施创新驱动发展战略行动')).toBe(72);
  });
});

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['二', 2],
    ['两', 2],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['十二', 12],
    ['二十', 20],
    ['二十一', 21],
    ['二十六', 26],
    ['九十九', 99],
    ['一百', 100],
    ['一百零二', 102],
    ['一千', 1000],
    ['〇', 0],
  ])('%s → %d', (s, n) => {
    expect(parseChineseNumeral(s)).toBe(n);
  });

  it.each(['', '12', 'abc', '第一', '一、', '万', '十a'])('%j is not a Chinese numeral', (s) => {
    expect(parseChineseNumeral(s)).toBeNull();
  });
});

describe('stripWhitespace', () => {
  it('removes spaces, tabs, newlines, NBSP and ideographic spaces', () => {
    expect(stripWhitespace('市 发 展 改 革\n委、市经济信\r\n息委')).toBe('市发展改革委、市经济信息委');
    expect(stripWhitespace('\u3000\u3000第一条\u00a0为了\t促进')).toBe('第一条为了促进');
    expect(stripWhitespace('市科委')).toBe('市科委');
  });

  it('removes the zero-width space and the narrow no-break space too (one whitespace set with asciiSpaces)', () => {
    expect(stripWhitespace('市​科 委﻿')).toBe('市科委');
  });
});

describe('asciiSpaces', () => {
  it('turns each whitespace character of the shared set into one ASCII space', () => {
    expect(asciiSpaces('a b c d​e　f	g﻿h i')).toBe('a b c d e f g h i');
    expect(asciiSpaces('　　第一条')).toBe('  第一条');
    expect(asciiSpaces('市科委 R&D')).toBe('市科委 R&D');
  });

  it('covers every character stripWhitespace removes', () => {
    const chars = [...'\t\n\r\v\f \u00a0\u1680\u2000\u200a\u200b\u2028\u2029\u202f\u205f\u3000\ufeff'];
    expect(stripWhitespace(chars.join(''))).toBe('');
    expect(asciiSpaces(chars.join(''))).toBe(' '.repeat(chars.length));
  });
});

describe('bigrams', () => {
  it('returns character bigrams of the text without whitespace', () => {
    expect(bigrams('在渝 落地')).toEqual(
      new Map([
        ['在渝', 1],
        ['渝落', 1],
        ['落地', 1],
      ]),
    );
  });

  it('counts repeated bigrams (a multiset)', () => {
    expect(bigrams('众创众创')).toEqual(
      new Map([
        ['众创', 2],
        ['创众', 1],
      ]),
    );
  });

  it('is empty for texts shorter than two characters', () => {
    expect(bigrams('')).toEqual(new Map());
    expect(bigrams('委')).toEqual(new Map());
    expect(bigrams(' 委 ')).toEqual(new Map());
  });

  it('handles astral-plane characters as single characters', () => {
    expect([...bigrams('𠀀甲乙').keys()]).toEqual(['𠀀甲', '甲乙']);
  });
});

describe('containment', () => {
  const whole = bigrams('力争2016年改造新建200家以上众创空间，实现高等院校及区县（自治县）全覆盖');

  it('is 1 when every bigram of the part occurs in the whole', () => {
    expect(containment(bigrams('改造新建200家以上众创空间'), whole)).toBe(1);
  });

  it('is 0 when no bigram of the part occurs in the whole', () => {
    expect(containment(bigrams('滚动实施计划'), whole)).toBe(0);
  });

  it('is 0 for an empty part', () => {
    expect(containment(new Map(), whole)).toBe(0);
  });

  it('respects multiplicity: a bigram found once in the whole only matches once', () => {
    expect(containment(bigrams('众创众创'), bigrams('众创'))).toBeCloseTo(1 / 3);
    expect(containment(new Map([['众创', 2]]), new Map([['众创', 1]]))).toBe(0.5);
  });

  it('is a share of the part (not symmetric)', () => {
    const short = bigrams('众创空间');
    const long = bigrams('新建200家以上众创空间');
    expect(containment(short, long)).toBe(1);
    expect(containment(long, short)).toBeLessThan(1);
  });
});
