/**
 * Benchmarks a variant may report a score for. Content refers to them by id, so a
 * score can never be filed under a misspelt name, and pages print one display name.
 */
export const benchmarks = {
  'swe-bench-verified': { name: 'SWE-bench Verified', unit: 'percent' },
  'swe-bench-pro': { name: 'SWE-bench Pro', unit: 'percent' },
} as const satisfies Record<string, { name: string; unit: 'percent' }>;

/** Id of a known benchmark, as used in content frontmatter. */
export type BenchmarkId = keyof typeof benchmarks;

/** Benchmark ids in display order. */
export const benchmarkIds = Object.keys(benchmarks) as BenchmarkId[];
