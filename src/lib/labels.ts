/**
 * Labels such as "cheapest" come from the numbers, never from content: a label
 * goes to every variant that holds the best value, and to none when all tie.
 */
import type { Variant } from './content/types';
import { blendedPerMillion } from './pricing';
import { bestOf } from './compare';

export type VariantLabel = 'cheapest' | 'fastest' | 'largestContext';

/** Labels per variant slug, computed across `variants` (usually one family). */
export function computeVariantLabels(variants: readonly Variant[]): Map<string, VariantLabel[]> {
  const cheapest = bestOf(variants, (v) => blendedPerMillion(v.pricing), 'min');
  const fastest = bestOf(variants, (v) => v.outputSpeed?.tokensPerSecond, 'max');
  const largest = bestOf(variants, (v) => v.contextWindow, 'max');
  return new Map(
    variants.map((v) => [
      v.slug,
      [
        ...(cheapest.has(v.slug) ? (['cheapest'] as const) : []),
        ...(fastest.has(v.slug) ? (['fastest'] as const) : []),
        ...(largest.has(v.slug) ? (['largestContext'] as const) : []),
      ],
    ]),
  );
}
