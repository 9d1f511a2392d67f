/**
 * Price arithmetic over exact price rules only. A listed figure (a display
 * price a source rounds, such as "from $0.010 / 1K tokens") or an unpublished
 * price has no rates, so nothing here can compute a cost, a ratio or a label
 * from it: `exactRule` returns undefined for both and every caller must say
 * "not listed" instead. Runs in the browser too (the cost calculator), so the
 * page's script and its no-JavaScript worked examples share one function.
 */
import type { DatedPriceRule, ExactPriceRule, PriceTier } from './content/schema';
import type { Offer, Variant } from './content/types';
import { cleanDecimal } from './format';

/** Rates in USD per 1M tokens that apply to one request. */
export interface Rates {
  input: number;
  output: number;
  cacheRead?: number | undefined;
  cacheWrite?: number | undefined;
}

/** The rule when it states exact rates; undefined for a listed figure or an unpublished price. */
export function exactRule<R extends DatedPriceRule>(rule: R): Extract<R, { type: 'rate' }> | undefined {
  return rule.type === 'rate' ? (rule as Extract<R, { type: 'rate' }>) : undefined;
}

/** The exact rule of an offer, if it has one. */
export function offerRule(offer: Offer | undefined): ExactPriceRule | undefined {
  return offer ? exactRule(offer.price) : undefined;
}

/** A variant's offers with its comparison basis first, the others in file order: the order every table, sample, mirror and JSON lists them in. */
export function offersBasisFirst(variant: Pick<Variant, 'offers' | 'basis'>): Offer[] {
  return [...variant.offers].sort((a, b) => Number(b === variant.basis) - Number(a === variant.basis));
}

/** The offer a variant's comparisons use: the one from its family's comparison basis, if that provider serves it. */
export function basisRule(variant: Pick<Variant, 'basis'>): ExactPriceRule | undefined {
  return offerRule(variant.basis);
}

/**
 * The rates a request is billed at: the highest tier whose threshold its prompt
 * exceeds (the whole request moves up, as MiniMax bills M3 above 512,000 prompt
 * tokens), else the base rates. A tier without a cache price keeps none.
 */
export function ratesFor(
  rule: Pick<ExactPriceRule, 'input' | 'output' | 'cacheRead' | 'cacheWrite' | 'tiers'>,
  promptTokens: number,
): Rates & { tier?: PriceTier } {
  let tier: PriceTier | undefined;
  for (const candidate of rule.tiers) if (promptTokens > candidate.above) tier = candidate;
  const source = tier ?? rule;
  return {
    input: source.input,
    output: source.output,
    ...(source.cacheRead !== undefined ? { cacheRead: source.cacheRead } : {}),
    ...(source.cacheWrite !== undefined ? { cacheWrite: source.cacheWrite } : {}),
    ...(tier ? { tier } : {}),
  };
}

/** A request, or a month of them added up: tokens in, tokens out, and the share of input read from the prompt cache. */
export interface Workload {
  inputTokens: number;
  outputTokens: number;
  /** 0 to 1: the share of input tokens served from the cache. */
  cachedShare: number;
}

/** What a workload costs at one exact rule, and how it was priced. */
export interface WorkloadCost {
  /** USD. */
  cost: number;
  /** The tier applied, if the prompt crossed one. */
  tier?: PriceTier;
  cachedTokens: number;
  /** Whether cached tokens got a cache-read price; when the rule has none they are billed as ordinary input. */
  cachePriced: boolean;
}

/**
 * The cost of a workload at an exact rule. The tier is chosen by the prompt's
 * size, cached tokens included (a cached prompt is still that long); cached
 * tokens are billed at the cache-read rate where the rule has one. Cache writes
 * are not included: how many tokens a workload writes depends on the provider's
 * cache rules, which no rule here states.
 */
export function workloadCost(rule: Pick<ExactPriceRule, 'input' | 'output' | 'cacheRead' | 'cacheWrite' | 'tiers'>, workload: Workload): WorkloadCost {
  const input = Math.max(0, Math.floor(workload.inputTokens));
  const output = Math.max(0, Math.floor(workload.outputTokens));
  const share = Math.min(1, Math.max(0, workload.cachedShare));
  const rates = ratesFor(rule, input);
  const cachedTokens = Math.round(input * share);
  const cachePriced = rates.cacheRead !== undefined;
  const cost = ((input - cachedTokens) * rates.input + cachedTokens * (rates.cacheRead ?? rates.input) + output * rates.output) / 1_000_000;
  return { cost: cleanDecimal(cost), cachedTokens, cachePriced, ...(rates.tier ? { tier: rates.tier } : {}) };
}

/** Input tokens per output token in the blended price used to rank variants by cost. */
export const blendRatio = 3;

/** USD per 1M tokens for a 3:1 input:output mix at the base rates: one number to rank offers by cost. */
export function blendedPerMillion(rates: Pick<Rates, 'input' | 'output'>): number {
  return cleanDecimal((rates.input * blendRatio + rates.output) / (blendRatio + 1));
}
