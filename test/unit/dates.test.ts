import { describe, expect, it } from 'vitest';
import { isCalendarDate, parseBuildDate } from '../../src/lib/dates.ts';

describe('isCalendarDate', () => {
  it('accepts real dates, leap days included', () => {
    for (const d of ['2016-02-06', '2016-02-29', '2000-02-29', '2022-12-31', '2023-04-30']) expect(isCalendarDate(d), d).toBe(true);
  });
  it('rejects dates the calendar does not have', () => {
    for (const d of ['2016-02-30', '2022-13-99', '2023-02-29', '1900-02-29', '2022-04-31', '2022-00-10', '2022-01-00']) expect(isCalendarDate(d), d).toBe(false);
  });
  it('rejects other shapes', () => {
    for (const d of ['2016-2-6', '20160206', '2016/02/06', '2016-02-06T00:00', ' 2016-02-06', '']) expect(isCalendarDate(d), d).toBe(false);
  });
});

describe('parseBuildDate (BUILD_DATE)', () => {
  it('a real date is that day at 00:00 UTC; absent or empty is now', () => {
    const now = new Date('2026-12-06T10:00:00Z');
    expect(parseBuildDate('2024-02-29', now).toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseBuildDate(undefined, now)).toBe(now);
    expect(parseBuildDate('', now)).toBe(now);
  });

  it('a date that does not exist or is not a date is an error, never a shifted day', () => {
    for (const v of ['2026-02-30', 'garbage', '2026-2-3', '2026-12-06T00:00', '20261206']) expect(() => parseBuildDate(v), v).toThrow(/not a calendar date written YYYY-MM-DD/);
  });
});

describe('rocDate', () => {
  it('reads the Republic of China calendar, with or without 民國', async () => {
    const { rocDate } = await import('../../src/lib/dates.ts');
    expect(rocDate('公發布日：民國104年08月26日')).toEqual({ iso: '2015-08-26', match: '民國104年08月26日', index: 5 });
    expect(rocDate('( 104 年 01 月 07 日)')?.iso).toBe('2015-01-07');
    expect(rocDate('民国99年2月30日')).toBeNull(); // no 30 February
    // a Gregorian year is not one: 2025年6月7日 has four digits
    expect(rocDate('2025年6月7日')).toBeNull();
  });
});
