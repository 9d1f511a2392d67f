import { describe, expect, test } from 'vitest';
import {
  formatScore,
  formatContextShort,
  formatDate,
  formatInteger,
  formatParameterCount,
  formatPercent,
  formatUsd,
  priceFractionDigits,
} from '../../src/lib/format';

describe('formatUsd', () => {
  test('prints US dollars per locale: $ in English, US$ in the Chinese locales', () => {
    expect(formatUsd(0.15, 'en')).toBe('$0.15');
    expect(formatUsd(0.15, 'zh-TW')).toBe('US$0.15');
    expect(formatUsd(0.15, 'zh-HK')).toBe('US$0.15');
  });

  test('never rounds a price away: every decimal a price has, at least two', () => {
    expect(formatUsd(0.03, 'en')).toBe('$0.03');
    expect(formatUsd(0.00015, 'en')).toBe('$0.00015');
    expect(formatUsd(0.0006, 'en')).toBe('$0.0006');
    expect(formatUsd(0.3096006, 'en')).toBe('$0.3096006');
    expect(formatUsd(0.125, 'en')).toBe('$0.125');
    expect(formatUsd(10, 'en')).toBe('$10.00');
    expect(formatUsd(1234.5, 'en')).toBe('$1,234.50');
  });

  test('refuses what is not a price', () => {
    expect(() => formatUsd(Number.NaN, 'en')).toThrow();
    expect(() => formatUsd(-1, 'en')).toThrow();
  });

  test('priceFractionDigits is at least 2 and covers every decimal', () => {
    expect(priceFractionDigits(3)).toBe(2);
    expect(priceFractionDigits(0.123456)).toBe(6);
  });
});

describe('context and counts', () => {
  test('context windows read as 200K / 1M', () => {
    expect(formatContextShort(204_800)).toBe('200K');
    expect(formatContextShort(1_000_000)).toBe('1M');
    expect(formatContextShort(1_048_576)).toBe('1M');
    expect(formatContextShort(128_000)).toBe('128K');
    expect(formatContextShort(131_072)).toBe('128K');
    expect(formatContextShort(32_768)).toBe('32K');
    expect(formatContextShort(1_500_000)).toBe('1.5M');
  });

  test('small and uneven context windows read as their figures, never 0K or thousands of K', () => {
    expect(formatContextShort(1)).toBe('1');
    expect(formatContextShort(512)).toBe('512');
    expect(formatContextShort(999)).toBe('999');
    expect(formatContextShort(1_500)).toBe('1.5K');
    expect(formatContextShort(999_999)).toBe('1M');
    expect(formatContextShort(1_234_567)).toBe('1.2M');
    expect(formatContextShort(3_000_000)).toBe('3M');
    expect(formatContextShort(10_000_000)).toBe('10M');
  });

  test('integers, percentages and parameter counts follow the locale', () => {
    expect(formatInteger(204_800, 'en')).toBe('204,800');
    expect(formatInteger(204_800, 'zh-HK')).toBe('204,800');
    expect(formatPercent(80.5, 'en')).toBe('80.5%');
    expect(formatPercent(74, 'zh-TW')).toBe('74%');
    // A score keeps both decimals the schema allows it: 36.81 is not 36.8.
    expect(formatScore(36.81, 'en')).toBe('36.81%');
    expect(formatScore(80.5, 'zh-HK')).toBe('80.5%');
    expect(formatParameterCount(230, 'en')).toBe('230B');
    expect(formatParameterCount(230, 'zh-TW')).toBe('230B');
  });

  test('dates are long-form and independent of the time zone', () => {
    expect(formatDate('2026-11-20', 'en')).toBe('November 20, 2026');
    expect(formatDate('2026-11-20', 'zh-TW')).toBe('2026年11月20日');
  });
});
