/** src/lib/text-blocks.ts: a measure's text as paragraphs and tables. */
import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/lib/text-blocks.ts';

describe('textBlocks', () => {
  it('keeps paragraphs, and makes one table of consecutive rows (cells apart by a tab)', () => {
    expect(textBlocks('见下表。\n指标\t单位\t2027年\n企业\t家\t100\n其他。\n项目\t金额\t年度')).toEqual([
      { kind: 'p', text: '见下表。' },
      { kind: 'table', rows: [['指标', '单位', '2027年'], ['企业', '家', '100']] },
      { kind: 'p', text: '其他。' },
      { kind: 'table', rows: [['项目', '金额', '年度']] },
    ]);
  });

  it('gives a text without tabs as its paragraphs', () => {
    expect(textBlocks('甲。\n乙。')).toEqual([{ kind: 'p', text: '甲。' }, { kind: 'p', text: '乙。' }]);
  });
});
