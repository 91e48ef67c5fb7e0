import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatBaseValue, formatCompact, formatTargetValue, numberFormat } from '../../src/i18n/format.ts';

describe('number formats', () => {
  afterEach(() => vi.restoreAllMocks());

  it('makes one Intl.NumberFormat per locale and style, not one per call', () => {
    expect(numberFormat('en-US')).toBe(numberFormat('en-US'));
    expect(numberFormat('zh-CN', 'compact')).not.toBe(numberFormat('en-US', 'compact'));
    formatTargetValue(1.28, null, '万家', 'en');
    formatCompact(86000, 'zh');
    const made = vi.spyOn(Intl, 'NumberFormat');
    for (let i = 0; i < 50; i++) {
      formatTargetValue(i, null, '万家', 'en');
      formatCompact(i * 1000, 'en');
      formatCompact(i * 1000, 'zh');
    }
    expect(made).not.toHaveBeenCalled();
  });

  it('writes compact axis numbers and base values per language', () => {
    expect(formatCompact(86000, 'en')).toBe('86K');
    expect(formatCompact(86000, 'zh')).toBe('8.6万');
    expect(formatBaseValue(86000, '家', 'zh')).toBe('8.6万家');
    expect(formatBaseValue(1.3e11, '元', 'zh')).toBe('1300亿元');
    expect(formatBaseValue(5000, '家', 'zh')).toBe('5000家');
    expect(formatBaseValue(86000, '家', 'en')).toBe('86,000 entities');
    expect(formatBaseValue(36, '%', 'zh')).toBe('36%');
  });
});
