/**
 * Number and date formatting, per locale, at build time. Every figure on a page
 * goes through here, so the same fact reads the same way everywhere.
 */
import { locales, type Locale } from '../config/locales';

// Formatters and formatted prices are cached: a large build formats the same few hundred
// figures hundreds of thousands of times, and building a key or a formatter each time showed
// up among the build's hottest functions.
const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, key: string, options: () => Intl.NumberFormatOptions): Intl.NumberFormat {
  const cacheKey = `${locale}|${key}`;
  let format = cache.get(cacheKey);
  if (!format) {
    format = new Intl.NumberFormat(locales[locale].intl, options());
    cache.set(cacheKey, format);
  }
  return format;
}

const cleaned = new Map<number, number>();
/** Removes binary floating-point noise (0.15 / 1000 → 0.00015, not 0.00014999…). */
export function cleanDecimal(value: number): number {
  let clean = cleaned.get(value);
  if (clean === undefined) {
    clean = Number.parseFloat(value.toPrecision(12));
    // The same few thousand figures recur on every page; the map stays small.
    if (cleaned.size < 100_000) cleaned.set(value, clean);
  }
  return clean;
}

const usdCache = new Map<string, string>();

/** Decimals a price needs so it is shown exactly: every decimal it has, at least 2, at most 8 (the schema bounds prices so none needs more). */
export function priceFractionDigits(value: number): number {
  const clean = cleanDecimal(value);
  const exact = (clean.toFixed(10).replace(/0+$/, '').split('.')[1] ?? '').length;
  return Math.min(8, Math.max(2, exact));
}

/** A US-dollar amount: `$0.15` in English, `US$0.15` in the Chinese locales. */
export function formatUsd(value: number, locale: Locale): string {
  if (!Number.isFinite(value) || value < 0) throw new Error(`not a price: ${value}`);
  const key = `${locale}|${value}`;
  let text = usdCache.get(key);
  if (text === undefined) {
    const digits = priceFractionDigits(value);
    text = numberFormat(locale, `usd${digits}`, () => ({
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    })).format(cleanDecimal(value));
    usdCache.set(key, text);
  }
  return text;
}

/** A whole number with grouping: 204,800. */
export function formatInteger(value: number, locale: Locale): string {
  return remembered(formattedIntegers, locale, value, () => numberFormat(locale, 'integer', () => ({ maximumFractionDigits: 0 })).format(value));
}

// Formatted integers and dates, remembered: a spec sheet prints the same context windows, token counts and
// checked dates on every one of its offers, and Intl's format was among a large build's hottest functions.
const formattedIntegers = new Map<string, string>();
const formattedDates = new Map<string, string>();
function remembered(store: Map<string, string>, locale: Locale, value: number | string, format: () => string): string {
  const key = `${locale}|${value}`;
  let text = store.get(key);
  if (text === undefined) {
    text = format();
    if (store.size < 100_000) store.set(key, text);
  }
  return text;
}

/** A decimal as written in the locale, up to `maxDigits` decimals: 56.2. */
export function formatDecimal(value: number, locale: Locale, maxDigits = 2): string {
  return remembered(formattedDecimals, locale, `${maxDigits}|${value}`, () =>
    numberFormat(locale, `decimal${maxDigits}`, () => ({ maximumFractionDigits: maxDigits })).format(value),
  );
}
const formattedDecimals = new Map<string, string>();

/** A percentage score given as 0–100: 80.5%. */
export function formatPercent(value: number, locale: Locale): string {
  return remembered(formattedPercents, locale, value, () =>
    numberFormat(locale, 'percent', () => ({ style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 0 })).format(value / 100),
  );
}
const formattedPercents = new Map<string, string>();

/** A benchmark score given as 0–100, with every decimal it was filed with (the schema allows two): 36.81%. */
export function formatScore(value: number, locale: Locale): string {
  return remembered(formattedScores, locale, value, () =>
    numberFormat(locale, 'score', () => ({ style: 'percent', maximumFractionDigits: 2, minimumFractionDigits: 0 })).format(value / 100),
  );
}
const formattedScores = new Map<string, string>();

/**
 * A context window in the 200K / 1M style. Providers size windows in binary
 * (204,800 = 200 × 1024) or decimal (1,000,000) thousands; either reads as its round figure.
 */
export function formatContextShort(tokens: number): string {
  // Below a thousand the figure is short already: 512, not "0.5K" (and never "0K").
  if (tokens < 1000) return String(tokens);
  if (tokens % 1_048_576 === 0) return `${tokens / 1_048_576}M`;
  if (tokens >= 1_000_000 && tokens % 100_000 === 0) return `${cleanDecimal(tokens / 1_000_000)}M`;
  // Decimal thousands first: 128,000 is "128K", though it is also 125 × 1024.
  if (tokens % 1000 === 0 && tokens < 1_000_000) return `${tokens / 1000}K`;
  if (tokens % 1024 === 0 && tokens < 1_048_576) return `${tokens / 1024}K`;
  // Anything else is rounded to one decimal, in M from a million up (1,234,567 is "1.2M", not "1234.6K").
  const thousands = Math.round(tokens / 100) / 10;
  return thousands < 1000 ? `${cleanDecimal(thousands)}K` : `${cleanDecimal(Math.round(tokens / 100_000) / 10)}M`;
}

/**
 * Parameter counts as 230B in every locale: the Chinese pages write model sizes as the English ones do (Intl's
 * compact zh-TW form, 2300億, read as machine output and differed from zh-HK's 230B).
 */
export function formatParameterCount(billions: number, _locale: Locale): string {
  return `${formatDecimal(billions, 'en', 1)}B`;
}

/** A calendar date (YYYY-MM-DD) in the locale's long form, read as UTC so builds do not depend on the time zone. */
export function formatDate(isoDate: string, locale: Locale): string {
  return remembered(formattedDates, locale, isoDate, () => {
    let format = dateFormats.get(locale);
    if (!format) {
      format = new Intl.DateTimeFormat(locales[locale].intl, { dateStyle: 'long', timeZone: 'UTC' });
      dateFormats.set(locale, format);
    }
    return format.format(new Date(`${isoDate}T00:00:00Z`));
  });
}

const dateFormats = new Map<Locale, Intl.DateTimeFormat>();
