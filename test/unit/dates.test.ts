import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../src/lib/dates.ts';

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
