/**
 * Everything shown about a price is derived here from the one canonical price
 * list of a variant, so no two displayed figures of a variant can disagree.
 */
import type { Pricing } from './content/schema';
import { cleanDecimal } from './format';

/** A variant's price in every unit the site shows. */
export interface PriceQuote {
  /** `per-million`: separate input and output rates; `flat`: one rate for all tokens, stated per 1K. */
  kind: 'per-million' | 'flat';
  inputPerMillion: number;
  outputPerMillion: number;
  inputPerThousand: number;
  outputPerThousand: number;
  /** The unit the source bills in. */
  billingUnit: '1M tokens' | '1K tokens';
  /** The rate as the source states it, in its billing unit (the lower of input and output). */
  fromPrice: number;
}

/** Derives every displayed price from the canonical price list. */
export function quotePrice(pricing: Pricing): PriceQuote {
  if (pricing.flatPerThousand !== undefined) {
    const perMillion = cleanDecimal(pricing.flatPerThousand * 1000);
    return {
      kind: 'flat',
      inputPerMillion: perMillion,
      outputPerMillion: perMillion,
      inputPerThousand: pricing.flatPerThousand,
      outputPerThousand: pricing.flatPerThousand,
      billingUnit: '1K tokens',
      fromPrice: pricing.flatPerThousand,
    };
  }
  // The schema guarantees both per-million figures when there is no flat rate.
  const input = pricing.inputPerMillion ?? Number.NaN;
  const output = pricing.outputPerMillion ?? Number.NaN;
  return {
    kind: 'per-million',
    inputPerMillion: input,
    outputPerMillion: output,
    inputPerThousand: cleanDecimal(input / 1000),
    outputPerThousand: cleanDecimal(output / 1000),
    billingUnit: '1M tokens',
    fromPrice: Math.min(input, output),
  };
}

/** Input tokens per output token in the blended price used to rank variants by cost. */
export const blendRatio = 3;

/** USD per 1M tokens for a 3:1 input:output mix: one number to rank variants by cost. */
export function blendedPerMillion(pricing: Pricing): number {
  const quote = quotePrice(pricing);
  return cleanDecimal((quote.inputPerMillion * blendRatio + quote.outputPerMillion) / (blendRatio + 1));
}

/** Cost in USD of a request with the given token counts. */
export function requestCost(pricing: Pricing, inputTokens: number, outputTokens: number): number {
  const quote = quotePrice(pricing);
  return cleanDecimal((inputTokens * quote.inputPerMillion + outputTokens * quote.outputPerMillion) / 1_000_000);
}
