import { afterEach, describe, expect, it, vi } from 'vitest';
import { DICTIONARIES, useTranslations } from '../../src/i18n/dictionaries/index.ts';
import { formatBaseValue, formatBenefit, formatCompact, formatDeadline, formatTarget, formatTargetValue, numberFormat } from '../../src/i18n/format.ts';
import { formatEntries, formatTranslator } from '../../src/i18n/slice.ts';

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

describe('words around numbers and dates come from the dictionaries', () => {
  const zh = useTranslations('zh');
  const en = useTranslations('en');

  it('comparators', () => {
    expect(formatTarget(zh, '>', 1.28, null, '万家', 'zh')).toBe('超过1.28万家');
    expect(formatTarget(en, '>', 1.28, null, '万家', 'en')).toBe('more than 12,800 entities');
    expect(formatTarget(en, '=', 200, null, '亿元', 'en')).toBe('CNY 20 billion');
    expect(formatTarget(zh, '=', 200, null, '亿元', 'zh')).toBe('达到200亿元');
    expect(formatTarget(en, '≤', 3, 5, '家', 'en')).toBe('at most 3–5 entities');
  });

  it('deadlines: a day, a month, a year', () => {
    expect(formatDeadline(zh, '2016-06-15', 'zh')).toBe('2016年6月15日前');
    expect(formatDeadline(en, '2016-06-15', 'en')).toBe('by 15 June 2016');
    expect(formatDeadline(zh, '2016-06', 'zh')).toBe('2016年6月');
    expect(formatDeadline(en, '2016-06', 'en')).toBe('by June 2016');
    expect(formatDeadline(zh, '2017', 'zh')).toBe('2017年');
    expect(formatDeadline(en, '2017', 'en')).toBe('in 2017');
  });

  it('one of a unit is singular in English (1 month, 1 person, 1 batch), a share of one or more plural', () => {
    expect(formatTargetValue(1, null, '个月', 'en')).toBe('1 month');
    expect(formatTargetValue(1, null, '名', 'en')).toBe('1 person');
    expect(formatTargetValue(1, null, '批', 'en')).toBe('1 batch');
    expect(formatTargetValue(0.5, null, '个月', 'en')).toBe('0.5 months');
    expect(formatTargetValue(2, null, '年', 'en')).toBe('2 years');
    expect(formatTargetValue(1, 2, '年', 'en')).toBe('1–2 years');
  });

  it('amounts of money take their word from Intl, ranges a dash', () => {
    expect(formatTargetValue(2.45, null, '万亿元', 'en')).toBe('CNY 2.45 trillion');
    expect(formatTargetValue(50, null, '万元', 'en')).toBe('CNY 500,000');
    expect(formatTargetValue(1, 2, '亿元', 'en')).toBe('CNY 100 million – CNY 200 million');
    expect(formatTargetValue(5, 6, '%', 'en')).toBe('5%–6%');
    expect(formatTargetValue(3, 5, '家', 'zh')).toBe('3—5家');
  });

  it('a client script gets only the fmt.* and chart.* entries, and its translator gives what the server’s does', () => {
    const entries = formatEntries(DICTIONARIES.en);
    expect(Object.keys(entries).length).toBeGreaterThan(10);
    expect(Object.keys(entries).every((k) => k.startsWith('fmt.') || k.startsWith('chart.') || k.startsWith('sep.'))).toBe(true);
    const client = formatTranslator(JSON.parse(JSON.stringify(entries)) as typeof entries, 'en');
    expect(formatDeadline(client, '2016-06-15', 'en')).toBe(formatDeadline(en, '2016-06-15', 'en'));
    expect(client('chart.more', { n: 3 })).toBe('+3 more');
  });
});

describe('formatBenefit', () => {
  const zh = useTranslations('zh');
  const en = useTranslations('en');
  const b = (comparator: string, value: number, unit: string) => ({ comparator, value, valueMax: null, unit: { zh: unit } });

  it('writes a cap as “up to” / “最高”, with the full amount in English', () => {
    expect(formatBenefit(en, b('≤', 1000, '万元'), 'en')).toBe('up to CNY 10 million');
    expect(formatBenefit(zh, b('≤', 100, '万元'), 'zh')).toBe('最高100万元');
  });
  it('writes an amount as such (not “达到”), a floor with its words, a rate and a matching ratio', () => {
    expect(formatBenefit(zh, b('=', 1000, '万元'), 'zh')).toBe('1000万元');
    expect(formatBenefit(en, b('=', 1000, '万元'), 'en')).toBe('CNY 10 million');
    expect(formatBenefit(en, b('≥', 20, '%'), 'en')).toBe('at least 20%');
    expect(formatBenefit(zh, b('=', 5, '%'), 'zh')).toBe('5%');
    expect(formatBenefit(en, b('=', 2, '1:N'), 'en')).toBe('matched 1:2');
    expect(formatBenefit(zh, b('=', 2, '1:N'), 'zh')).toBe('按1:2配比');
  });
  it('puts the basis of a rate inside its comparator', () => {
    expect(formatBenefit(zh, b('≤', 50, '%'), 'zh', '核定经费')).toBe('不超过核定经费的50%');
    expect(formatBenefit(en, b('≤', 50, '%'), 'en', '核定经费')).toBe('at most 50% of 核定经费');
    expect(formatBenefit(zh, b('=', 5, '%'), 'zh', '设备投资额')).toBe('设备投资额的5%');
    expect(formatBenefit(en, b('=', 5, '%'), 'en', '设备投资额')).toBe('5% of 设备投资额');
  });
});

describe('an amount printed in full', () => {
  it('takes 万 or 亿 in Chinese, as the documents write amounts; its unit and other figures stay as printed', () => {
    expect(formatTargetValue(2000000, null, '港元', 'zh')).toBe('200万港元');
    expect(formatTargetValue(3000, null, '元', 'zh')).toBe('3000元');
    expect(formatTargetValue(20, null, '万港元', 'zh')).toBe('20万港元');
    expect(formatTargetValue(120000, null, '家', 'zh')).toBe('120000家');
    expect(formatTargetValue(2000000, null, '港元', 'en')).toBe('HKD 2 million');
  });
});
