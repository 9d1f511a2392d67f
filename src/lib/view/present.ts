/**
 * Presenters: turn facts into the strings a page shows, in one locale. Pages and
 * components call these and only render; the mirrors and the JSON reuse the facts.
 */
import { locales, type Locale } from '../../config/locales';
import { benchmarks, benchmarkIds, type BenchmarkId } from '../../config/benchmarks';
import { translate, type UiKey } from '../../i18n';
import type { RequestParameter } from '../content/schema';
import type { Variant } from '../content/types';
import { formatContextShort, formatDecimal, formatInteger, formatPercent, formatUsd } from '../format';
import { quotePrice, type PriceQuote } from '../pricing';
import type { VariantLabel } from '../labels';

/** The prices of a variant as a page prints them. */
export interface PresentedPrice {
  quote: PriceQuote;
  input: string;
  output: string;
  /** `$0.010 / 1K tokens` for flat rates, `$0.15 / 1M tokens` otherwise. */
  headline: string;
  billingUnit: string;
}

/** Prices per 1M (and the flat per-1K rate) formatted for `locale`. */
export function presentPrice(variant: Variant, locale: Locale): PresentedPrice {
  const quote = quotePrice(variant.pricing);
  const perMillion = (value: number) => translate(locale, 'price.perMillion', { price: formatUsd(value, locale) });
  return {
    quote,
    input: formatUsd(quote.inputPerMillion, locale),
    output: formatUsd(quote.outputPerMillion, locale),
    headline:
      quote.kind === 'flat'
        ? translate(locale, 'price.perThousand', { price: formatUsd(quote.inputPerThousand, locale) })
        : perMillion(quote.fromPrice),
    billingUnit: translate(locale, quote.kind === 'flat' ? 'value.billing.perThousand' : 'value.billing.perMillion'),
  };
}

/** `204,800 tokens (200K)`. */
export function presentContext(tokens: number, locale: Locale): { short: string; full: string } {
  const short = formatContextShort(tokens);
  return { short, full: `${translate(locale, 'value.tokens', { count: formatInteger(tokens, locale) })} (${short})` };
}

/** `about 60 tokens/s`, or "Not stated". */
export function presentSpeed(variant: Variant, locale: Locale): string {
  const speed = variant.outputSpeed;
  if (!speed) return translate(locale, 'value.notStated');
  const value = formatDecimal(speed.tokensPerSecond, locale, 1);
  return translate(locale, speed.approximate ? 'value.aboutTokensPerSecond' : 'value.tokensPerSecond', { value });
}

/** `Text in, text out`. */
export function presentModality(variant: Variant, locale: Locale): string {
  const names = (list: readonly string[]) => list.map((m) => translate(locale, `modality.${m}` as UiKey)).join(', ');
  return translate(locale, 'value.modality', { input: names(variant.modalities.input), output: names(variant.modalities.output) });
}

/** Label names for badges. */
export function presentLabels(labels: readonly VariantLabel[], locale: Locale): string[] {
  return labels.map((label) => translate(locale, `label.${label}`));
}

/** A variant's benchmark scores in display order, with the sibling they come from when inherited. */
export function presentBenchmarks(
  variant: Variant,
  ownScores: Partial<Record<BenchmarkId, number>>,
  baseName: string | undefined,
  locale: Locale,
): { id: BenchmarkId; name: string; score: string; note: string }[] {
  return benchmarkIds.flatMap((id) => {
    const score = variant.benchmarks[id];
    if (score === undefined) return [];
    const inherited = ownScores[id] === undefined && baseName !== undefined;
    return [{ id, name: benchmarks[id].name, score: formatPercent(score, locale), note: inherited ? translate(locale, 'variant.benchmarkInherited', { name: baseName }) : '' }];
  });
}

/** Range, allowed values or item limit of a parameter, e.g. `(0, 1]`, `up to 4 items`. */
export function presentParameterRange(parameter: RequestParameter, locale: Locale): string {
  const parts: string[] = [];
  const { range } = parameter;
  if (range && (range.min !== undefined || range.max !== undefined)) {
    const low = range.min === undefined ? '−∞' : formatDecimal(range.min, locale, 4);
    const high = range.max === undefined ? '∞' : formatDecimal(range.max, locale, 4);
    parts.push(`${range.minExclusive || range.min === undefined ? '(' : '['}${low}, ${high}${range.maxExclusive || range.max === undefined ? ')' : ']'}`);
  }
  if (parameter.allowedValues) {
    const values = parameter.allowedValues.map((v) => String(v)).join(', ');
    parts.push(parameter.allowedValues.length === 1 ? translate(locale, 'params.only', { values }) : values);
  }
  if (parameter.maxItems !== undefined) parts.push(translate(locale, 'params.maxItems', { count: formatInteger(parameter.maxItems, locale) }));
  return parts.join('; ');
}

/** A default value as JSON would write it: `false`, `1`. */
export function presentDefault(parameter: RequestParameter): string {
  return parameter.default === undefined ? '' : JSON.stringify(parameter.default);
}

/** Sentences joined as the locale joins them (a space in English, none after 。). */
export function joinSentences(locale: Locale, sentences: readonly string[]): string {
  return sentences.filter(Boolean).join(locales[locale].sentenceSeparator);
}

const listFormats = new Map<string, Intl.ListFormat>();
/**
 * A list as the locale writes it. `narrow` for table cells ("A, B, C"), `long`
 * inside sentences ("A, B, and C"; "A、B和C" in Taiwan).
 */
export function formatList(locale: Locale, items: readonly string[], style: 'narrow' | 'long' = 'narrow'): string {
  const key = `${locale}|${style}`;
  let format = listFormats.get(key);
  if (!format) {
    format = new Intl.ListFormat(locales[locale].intl, { type: 'conjunction', style });
    listFormats.set(key, format);
  }
  return format.format(items);
}
