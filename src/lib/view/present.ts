/**
 * Presenters: turn facts into the strings a page shows, in one locale. Pages and
 * components call these and only render; the mirrors and the JSON reuse the facts.
 */
import { locales, type Locale } from '../../config/locales';
import { benchmarks, benchmarkIds, type BenchmarkId } from '../../config/benchmarks';
import { translate, type UiKey } from '../../i18n';
import type { RequestParameter } from '../content/schema';
import type { Offer, Variant } from '../content/types';
import { formatContextShort, formatDate, formatDecimal, formatScore, formatUsd } from '../format';
import { recentBasisChange } from '../history';
import { basisRule } from '../pricing';
import type { PriceRule } from '../content/schema';
import type { VariantLabel } from '../labels';

/** One exact rate or the reason there is none, as a table cell prints it. */
export type RateText = string;

/** A price rule as a page prints it: each rate formatted, or what the source shows instead. */
export interface PresentedRule {
  /** Whether the rule states exact rates (only those enter comparisons and costs). */
  exact: boolean;
  input: RateText;
  output: RateText;
  cacheRead: RateText;
  cacheWrite: RateText;
  /** For tiered rules: one sentence per tier ("Prompts above 512,000 tokens: …"). */
  tiers: string[];
  /** For listed or unpublished rules: what the cell says in place of rates, verbatim where the source shows a figure. */
  stated?: string;
  /** Why a listed figure is not a rate, or that no price is published. */
  note?: string;
}

/** The rates of a price rule formatted for `locale`; a listed figure is quoted as the source states it and never converted. */
export function presentRule(rule: PriceRule, locale: Locale, providerName: string): PresentedRule {
  const dash = translate(locale, 'value.none');
  if (rule.type === 'rate') {
    const usd = (value: number | undefined) => (value === undefined ? dash : formatUsd(value, locale));
    return {
      exact: true,
      input: usd(rule.input),
      output: usd(rule.output),
      cacheRead: usd(rule.cacheRead),
      cacheWrite: usd(rule.cacheWrite),
      tiers: rule.tiers.map((tier) =>
        translate(locale, 'price.tier', {
          count: tier.above,
          rates: formatList(locale, [
            translate(locale, 'value.labelled', { label: translate(locale, 'price.input'), value: usd(tier.input) }),
            translate(locale, 'value.labelled', { label: translate(locale, 'price.output'), value: usd(tier.output) }),
            ...(tier.cacheRead !== undefined
              ? [translate(locale, 'value.labelled', { label: translate(locale, 'price.cacheRead'), value: usd(tier.cacheRead) })]
              : []),
            ...(tier.cacheWrite !== undefined
              ? [translate(locale, 'value.labelled', { label: translate(locale, 'price.cacheWrite'), value: usd(tier.cacheWrite) })]
              : []),
          ]),
        }),
      ),
    };
  }
  // A listed or unpublished price is one statement across the rate columns, with a note naming its provider.
  const stated = rule.type === 'listed' ? translate(locale, 'price.listedAs', { display: rule.display }) : translate(locale, 'price.unpublished');
  const note = translate(locale, rule.type === 'listed' ? 'price.listedNote' : 'price.unpublishedNote', { provider: providerName });
  return { exact: false, input: stated, output: stated, cacheRead: dash, cacheWrite: dash, tiers: [], stated, note };
}

/** A variant's prices on its comparison basis, for tables that compare variants: "not listed" where the basis has no exact rate. */
export function presentBasisPrice(variant: Variant, locale: Locale): { input: string; output: string; exact: boolean } {
  const rule = basisRule(variant);
  if (!rule) {
    const notListed = translate(locale, 'price.notListed');
    return { input: notListed, output: notListed, exact: false };
  }
  return { input: formatUsd(rule.input, locale), output: formatUsd(rule.output, locale), exact: true };
}

/** "Price cut on 1 November 2026" when the variant's basis price changed within `recentChangeDays` of `asOf`; empty otherwise. */
export function presentRecentChange(variant: Variant, asOf: string, locale: Locale): string {
  const change = recentBasisChange(variant, asOf);
  if (!change) return '';
  const key = change.direction === 'down' ? 'recent.cut' : change.direction === 'up' ? 'recent.rise' : 'recent.change';
  return translate(locale, key, { date: formatDate(change.date, locale) });
}

/** `204,800 tokens (200K)`. */
export function presentContext(tokens: number, locale: Locale): { short: string; full: string } {
  const short = formatContextShort(tokens);
  return { short, full: translate(locale, 'value.tokensWithShort', { count: tokens, short }) };
}

/** `about 60 tokens/s` as an offer states it, or "Not stated". */
export function presentSpeed(offer: Pick<Offer, 'outputSpeed'> | undefined, locale: Locale): string {
  const speed = offer?.outputSpeed;
  if (!speed) return translate(locale, 'value.notStated');
  const value = formatDecimal(speed.tokensPerSecond, locale, 1);
  return translate(locale, speed.approximate ? 'value.aboutTokensPerSecond' : 'value.tokensPerSecond', { value });
}

/** `Text in, text out`. */
export function presentModality(variant: Variant, locale: Locale): string {
  const names = (list: readonly string[]) =>
    formatList(
      locale,
      list.map((m) => translate(locale, `modality.${m}` as UiKey)),
    );
  return translate(locale, 'value.modality', { input: names(variant.modalities.input), output: names(variant.modalities.output) });
}

/** Label names for badges. */
export function presentLabels(labels: readonly VariantLabel[], locale: Locale): string[] {
  return labels.map((label) => translate(locale, `label.${label}`));
}

/** A variant's benchmark scores in display order, each with its source and, when inherited, the sibling it comes from. */
export function presentBenchmarks(
  variant: Variant,
  siblingName: (slug: string) => string,
  locale: Locale,
): { id: BenchmarkId; name: string; score: string; source: string; note: string }[] {
  return benchmarkIds.flatMap((id) => {
    const score = variant.benchmarks[id];
    if (score === undefined) return [];
    const note = score.inheritedFrom ? translate(locale, 'variant.benchmarkInherited', { name: siblingName(score.inheritedFrom) }) : '';
    return [{ id, name: benchmarks[id].name, score: formatScore(score.score, locale), source: score.source, note }];
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
  if (parameter.maxItems !== undefined) parts.push(translate(locale, 'params.maxItems', { count: parameter.maxItems }));
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
  // Chinese lists join with 及 / 和 and no spaces; between Latin words the locales' writing puts a space on each side
  // ("CLOUDSWAY_API_KEY 及 CLOUDSWAY_ENDPOINT_PATH"), as the review of the zh pages asked.
  const text = format.format(items);
  return locale === 'en' ? text : text.replace(/([\x21-\x7e])(及|和|與|或)(?=[\x21-\x7e])/g, '$1 $2 ');
}
