/**
 * Differences between variants, computed from their facts: price ratios and
 * percentages, context and speed multiples, score deltas. Everything is from
 * the point of view of a `subject` against an `other`; ties and missing values
 * are results of their own, never a guess.
 */
import { benchmarkIds, type BenchmarkId } from '../config/benchmarks';
import type { Variant } from './content/types';
import { cleanDecimal } from './format';
import { basisRule, blendedPerMillion } from './pricing';

/** How the subject stands on one measure. */
export type Standing =
  | { kind: 'tie' }
  | { kind: 'missing'; subjectKnown: boolean; otherKnown: boolean }
  /** Better: cheaper, larger or faster. `ratio` ≥ 1 is how many times; `percent` how much cheaper (prices only). */
  | { kind: 'better'; ratio: number; percent?: number }
  /** Worse: dearer, smaller or slower. `percent` is how much dearer (prices only). */
  | { kind: 'worse'; ratio: number; percent?: number };

/** Lower is better (prices). A zero price against a non-zero one is infinitely cheaper (ratio Infinity, 100%); a side without an exact price is missing. */
export function comparePrice(subject: number | undefined, other: number | undefined): Standing {
  if (subject === undefined || other === undefined) return { kind: 'missing', subjectKnown: subject !== undefined, otherKnown: other !== undefined };
  if (subject === other) return { kind: 'tie' };
  if (subject < other) {
    return {
      kind: 'better',
      ratio: subject === 0 ? Number.POSITIVE_INFINITY : cleanDecimal(other / subject),
      percent: cleanDecimal((1 - subject / other) * 100),
    };
  }
  return {
    kind: 'worse',
    ratio: other === 0 ? Number.POSITIVE_INFINITY : cleanDecimal(subject / other),
    percent: other === 0 ? Number.POSITIVE_INFINITY : cleanDecimal((subject / other - 1) * 100),
  };
}

/** Higher is better (context window, speed); either side may be unknown. */
export function compareHigher(subject: number | undefined, other: number | undefined): Standing {
  if (subject === undefined || other === undefined) return { kind: 'missing', subjectKnown: subject !== undefined, otherKnown: other !== undefined };
  if (subject === other) return { kind: 'tie' };
  return subject > other ? { kind: 'better', ratio: cleanDecimal(subject / other) } : { kind: 'worse', ratio: cleanDecimal(other / subject) };
}

/** A benchmark score difference in percentage points, or which side lacks a score. */
export type ScoreDelta = { id: BenchmarkId; subject?: number; other?: number; delta?: number };

/** Score deltas for every benchmark at least one side reports. */
export function compareScores(subject: Variant, other: Variant): ScoreDelta[] {
  return benchmarkIds.flatMap((id) => {
    const a = subject.benchmarks[id]?.score;
    const b = other.benchmarks[id]?.score;
    if (a === undefined && b === undefined) return [];
    return [
      {
        id,
        ...(a !== undefined ? { subject: a } : {}),
        ...(b !== undefined ? { other: b } : {}),
        ...(a !== undefined && b !== undefined ? { delta: cleanDecimal(a - b) } : {}),
      },
    ];
  });
}

/** Every difference between two variants, from the subject's side. */
export interface PairDifferences {
  input: Standing;
  output: Standing;
  blended: Standing;
  context: Standing;
  speed: Standing;
  scores: ScoreDelta[];
}

/**
 * All differences of `subject` against `other`, like with like: prices and
 * speed are both variants' offers at their family's comparison basis (the same
 * provider), and a side without an exact price there is missing, never guessed.
 */
export function compareVariants(subject: Variant, other: Variant): PairDifferences {
  const a = basisRule(subject);
  const b = basisRule(other);
  return {
    input: comparePrice(a?.input, b?.input),
    output: comparePrice(a?.output, b?.output),
    blended: comparePrice(a && blendedPerMillion(a), b && blendedPerMillion(b)),
    context: compareHigher(subject.contextWindow, other.contextWindow),
    speed: compareHigher(subject.basis?.outputSpeed?.tokensPerSecond, other.basis?.outputSpeed?.tokensPerSecond),
    scores: compareScores(subject, other),
  };
}

/** Pairs of a family's variants in one fixed order: each variant with every later one, in `variantOrder`. */
export function variantPairs<T>(variants: readonly T[]): [T, T][] {
  return variants.flatMap((a, i) => variants.slice(i + 1).map((b): [T, T] => [a, b]));
}

/** The URL segment of a pair: `m2-vs-m2.5`. */
export function pairSlug(a: { slug: string }, b: { slug: string }): string {
  return `${a.slug}-vs-${b.slug}`;
}

/** Best value per column across variants: the slugs holding it (none when all tie or fewer than two know it). */
export function bestOf<T extends { slug: string }>(variants: readonly T[], value: (v: T) => number | undefined, pick: 'min' | 'max'): Set<string> {
  const known = variants.flatMap((v) => {
    const n = value(v);
    return n === undefined ? [] : [{ slug: v.slug, n }];
  });
  if (known.length < 2) return new Set();
  const target = pick === 'min' ? Math.min(...known.map((k) => k.n)) : Math.max(...known.map((k) => k.n));
  const winners = known.filter((k) => k.n === target);
  return winners.length === known.length ? new Set() : new Set(winners.map((w) => w.slug));
}
