/** src/ingest/recognisers/page-date.ts: when a page was published (rule figure/page-date). */
import { describe, expect, it } from 'vitest';
import { pageDate } from '../../src/ingest/recognisers/page-date.ts';

const lines = (...texts: string[]) => texts.map((text, i) => ({ line: i + 1, text }));

describe('pageDate', () => {
  it("takes the portal block's 发布日期 first", () => {
    expect(pageDate({ 发布日期: '2023-06-15' }, lines('快讯· 2022/09/23 13:47'))).toEqual({ date: '2023-06-15', from: { field: '发布日期' } });
  });

  it('else the first time stamp of the lines: year first, day first, or a reader’s date line', () => {
    expect(pageDate(null, lines('标题', '快訊· 2022/09/23 13:47'))).toEqual({ date: '2022-09-23', from: { line: 2 } });
    expect(pageDate(null, lines('15.05.2015 12:12'))?.date).toBe('2015-05-15');
    expect(pageDate(null, lines('2024年04月18日 12:13 最後更新:12:30'))?.date).toBe('2024-04-18');
    expect(pageDate(null, lines('date 2025-10-17'))?.date).toBe('2025-10-17');
  });

  it('a date without a time of day is no time stamp, nor is an impossible date', () => {
    expect(pageDate(null, lines('2024年4月18日，市政府召开常务会议。'))).toBeNull();
    expect(pageDate(null, lines('2023/13/45 10:00'))).toBeNull();
  });
});
