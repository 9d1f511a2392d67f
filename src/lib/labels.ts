/**
 * Labels such as "cheapest" come from the numbers, never from content: a label
 * goes to every variant that holds the best value, and to none when all tie.
 */
import type { Variant } from './content/types';
import { basisRule, blendedPerMillion } from './pricing';
import { bestOf } from './compare';
import { isCurrent } from './history';

export type VariantLabel = 'cheapest' | 'fastest' | 'largestContext';

/** The blended price of a variant on its comparison basis; undefined when the basis states no exact rate. */
export function basisBlended(variant: Variant): number | undefined {
  const rule = basisRule(variant);
  return rule ? blendedPerMillion(rule) : undefined;
}

/**
 * Labels per variant slug, computed across `variants` (usually one family), on
 * the comparison basis only: a variant without an exact basis price or speed
 * gets no price or speed label, and is not counted against the others.
 */
export function computeVariantLabels(all: readonly Variant[]): Map<string, VariantLabel[]> {
  // A retired variant stays on the site as a record, not as a choice: it neither earns nor competes for a label.
  const variants = all.filter(isCurrent);
  const cheapest = bestOf(variants, basisBlended, 'min');
  const fastest = bestOf(variants, (v) => v.basis?.outputSpeed?.tokensPerSecond, 'max');
  const largest = bestOf(variants, (v) => v.contextWindow, 'max');
  return new Map(
    all.map((v) => [
      v.slug,
      [
        ...(cheapest.has(v.slug) ? (['cheapest'] as const) : []),
        ...(fastest.has(v.slug) ? (['fastest'] as const) : []),
        ...(largest.has(v.slug) ? (['largestContext'] as const) : []),
      ],
    ]),
  );
}
