/**
 * Price history and lifecycle, computed from the dated content: an offer's
 * timeline of price rules, the changes between them (with percentages only
 * where both sides are exact rates), the most recent change of a variant's
 * comparison basis, and what a variant's lifecycle says on a given day. Every
 * date is a content date, never the build's clock, so builds stay identical.
 */
import type { DatedPriceRule } from './content/schema';
import type { Offer, Variant } from './content/types';
import { cleanDecimal } from './format';
import { exactRule, type Rates } from './pricing';

/** One rule of an offer's timeline: the rule and the day it took effect (undefined where no source states it). */
export interface TimelineEntry {
  rule: DatedPriceRule;
  since?: string;
  /** Whether this is the rule in effect now. */
  current: boolean;
}

/** An offer's price rules, oldest first, the current rule last. */
export function priceTimeline(offer: Pick<Offer, 'history' | 'price'>): TimelineEntry[] {
  return [
    ...offer.history.map((rule) => ({ rule, since: rule.since, current: false })),
    { rule: offer.price, ...(offer.price.since !== undefined ? { since: offer.price.since } : {}), current: true },
  ];
}

/** The rate keys a change reports, in display order. */
export const rateKeys = ['input', 'output', 'cacheRead', 'cacheWrite'] as const;
export type RateKey = (typeof rateKeys)[number];

/** How one rate moved: both values, and the change in percent when both are known and the old one is not zero. */
export interface RateChange {
  from?: number;
  to?: number;
  percent?: number;
}

/** One price change of an offer: the rule before and after, on the day the new one took effect. */
export interface PriceChange {
  offer: Offer;
  /** The day the new rule took effect (its `since`); a change is dated or it is not one. */
  date: string;
  from: DatedPriceRule;
  to: DatedPriceRule;
  /** Per rate, where both rules are exact; empty when either is a listed figure or unpublished. */
  rates: Partial<Record<RateKey, RateChange>>;
  /** up: every known rate rose; down: every known rate fell; mixed; or none when nothing is comparable. */
  direction: 'up' | 'down' | 'mixed' | 'none';
}

/** `(to / from − 1) × 100`, or undefined where it would divide by zero or a side is missing. */
export function percentChange(from: number | undefined, to: number | undefined): number | undefined {
  if (from === undefined || to === undefined || from === 0) return undefined;
  return cleanDecimal((to / from - 1) * 100);
}

function rateChanges(from: Rates | undefined, to: Rates | undefined): Partial<Record<RateKey, RateChange>> {
  if (!from || !to) return {};
  const changes: Partial<Record<RateKey, RateChange>> = {};
  for (const key of rateKeys) {
    const a = from[key];
    const b = to[key];
    if (a === undefined && b === undefined) continue;
    const percent = percentChange(a, b);
    changes[key] = { ...(a !== undefined ? { from: a } : {}), ...(b !== undefined ? { to: b } : {}), ...(percent !== undefined ? { percent } : {}) };
  }
  return changes;
}

/** Every dated change of an offer's price, oldest first. A listed figure changing is a change too, but carries no percentages. */
export function offerPriceChanges(offer: Offer): PriceChange[] {
  const timeline = priceTimeline(offer);
  return timeline.slice(1).flatMap((entry, i) => {
    const previous = timeline[i];
    if (!previous || entry.since === undefined) return [];
    const rates = rateChanges(exactRule(previous.rule), exactRule(entry.rule));
    const percents = Object.values(rates).flatMap((r) => (r.percent === undefined ? [] : [r.percent]));
    const direction = percents.length === 0 ? 'none' : percents.every((p) => p > 0) ? 'up' : percents.every((p) => p < 0) ? 'down' : 'mixed';
    return [{ offer, date: entry.since, from: previous.rule, to: entry.rule, rates, direction }];
  });
}

/** Days between two `YYYY-MM-DD` dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** How long a price change counts as recent on family and index tables, before the catalog's latest date. */
export const recentChangeDays = 90;

/** The latest change of a variant's comparison-basis price within `recentChangeDays` of `asOf`, if any. */
export function recentBasisChange(variant: Pick<Variant, 'basis'>, asOf: string): PriceChange | undefined {
  if (!variant.basis) return undefined;
  const latest = offerPriceChanges(variant.basis).at(-1);
  if (!latest) return undefined;
  const age = daysBetween(latest.date, asOf);
  return age >= 0 && age <= recentChangeDays ? latest : undefined;
}

/** Whether a variant still counts in labels and default comparisons: retired ones are kept as a record, not as a choice. */
export function isCurrent(variant: Pick<Variant, 'status'>): boolean {
  return variant.status !== 'retired';
}

/** Whether an offer is still served on `asOf` (an offer may end before the model does). */
export function offerServes(offer: Pick<Offer, 'until'>, asOf: string): boolean {
  return offer.until === undefined || offer.until >= asOf;
}
