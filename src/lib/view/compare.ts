/**
 * View models of the comparisons: the family and catalog-wide comparison
 * tables, the pair pages, the differences on each spec sheet, the cost
 * calculator's worked examples. Numbers come from src/lib/compare.ts.
 */
import { benchmarks, benchmarkIds, type BenchmarkId } from '../../config/benchmarks';
import { locales, type Locale } from '../../config/locales';
import { useTranslations, type UiKey } from '../../i18n';
import type { Catalog, Family, Variant } from '../content/types';
import { bestOf, comparePrice, compareVariants, pairSlug, type PairDifferences, type ScoreDelta, type Standing } from '../compare';
import { formatDate, formatDecimal, formatInteger, formatPercent, formatScore, formatUsd } from '../format';
import { priceContextChart } from '../chart';
import { catalogUpdated, familyUpdated, latestDate } from '../catalog';
import { isCurrent } from '../history';
import { basisRule, blendedPerMillion, offerRule, offersBasisFirst, workloadCost, type Workload } from '../pricing';
import { basisBlended } from '../labels';
import type { Offer } from '../content/types';
import { catalogPart, comparePath, pairPath, variantPath } from '../routes';
import { partLinks, partTitle } from './parts';
import { formatList, joinSentences, presentBasisPrice, presentContext, presentRecentChange, presentSpeed } from './present';

/** Capabilities a variant's API surface offers, derived from its request parameters. */
export type Capability = 'tools' | 'jsonMode' | 'reasoning' | 'streaming';
export const capabilityOrder: readonly Capability[] = ['tools', 'jsonMode', 'reasoning', 'streaming'];
const capabilityParameter: Record<Capability, string> = { tools: 'tools', jsonMode: 'response_format', reasoning: 'reasoning_split', streaming: 'stream' };

/** The capabilities a variant's request parameters reveal. */
export function capabilitiesOf(variant: Variant): Capability[] {
  const names = new Set(variant.api.requestParameters.map((p) => p.name));
  return capabilityOrder.filter((c) => names.has(capabilityParameter[c]));
}

/** One cell of a comparison table: what it shows, the number it sorts by, whether it is the column's best. */
export interface CompareCell {
  text: string;
  sort: number | '';
  best: boolean;
}

export interface CompareRow {
  slug: string;
  familySlug: string;
  familyName: string;
  name: string;
  href: string;
  modelId: string;
  input: CompareCell;
  output: CompareCell;
  blended: CompareCell;
  context: CompareCell;
  speed: CompareCell;
  scores: Record<BenchmarkId, CompareCell>;
  capabilities: { id: Capability; label: string }[];
  capabilitiesText: string;
  /** Blended basis price, or undefined when the basis states no exact rate (the filter then never hides the row by price). */
  blendedValue: number | undefined;
  /** The provider whose prices the row shows. */
  basisName: string;
  /** "Price cut on 1 November 2026" when the basis price changed recently; empty otherwise. */
  recentChange: string;
}

/** Rows of a comparison table, on each family's comparison basis; best values are marked across `variants`, among exact prices only. */
export function comparisonRows(
  variants: readonly Variant[],
  familyNames: ReadonlyMap<string, string>,
  locale: Locale,
  asOf: string,
): { rows: CompareRow[]; benchmarks: { id: BenchmarkId; name: string }[] } {
  const t = useTranslations(locale);
  const keyed = variants.map((v) => ({ slug: `${v.familySlug}/${v.slug}`, v, rule: basisRule(v) }));
  const bestInput = bestOf(keyed, (k) => k.rule?.input, 'min');
  const bestOutput = bestOf(keyed, (k) => k.rule?.output, 'min');
  const bestBlended = bestOf(keyed, (k) => k.rule && blendedPerMillion(k.rule), 'min');
  const bestContext = bestOf(keyed, (k) => k.v.contextWindow, 'max');
  const bestSpeed = bestOf(keyed, (k) => k.v.basis?.outputSpeed?.tokensPerSecond, 'max');
  const shown = benchmarkIds.filter((id) => variants.some((v) => v.benchmarks[id] !== undefined));
  const bestScore = new Map(shown.map((id) => [id, bestOf(keyed, (k) => k.v.benchmarks[id]?.score, 'max')]));
  const dash = '—';
  const notListed = t('price.notListed');
  const price = (value: number | undefined, best: Set<string>, slug: string): CompareCell =>
    value === undefined ? { text: notListed, sort: '', best: false } : { text: formatUsd(value, locale), sort: value, best: best.has(slug) };
  const rows = keyed.map(({ slug, v, rule }) => {
    const blended = rule && blendedPerMillion(rule);
    const speed = v.basis?.outputSpeed;
    return {
      slug: v.slug,
      familySlug: v.familySlug,
      familyName: familyNames.get(v.familySlug) ?? v.familySlug,
      name: v.name,
      href: variantPath(locale, v.familySlug, v.slug),
      modelId: v.modelId,
      input: price(rule?.input, bestInput, slug),
      output: price(rule?.output, bestOutput, slug),
      blended: price(blended, bestBlended, slug),
      context: { text: presentContext(v.contextWindow, locale).short, sort: v.contextWindow, best: bestContext.has(slug) },
      speed: speed
        ? { text: presentSpeed(v.basis, locale), sort: speed.tokensPerSecond, best: bestSpeed.has(slug) }
        : { text: dash, sort: '' as const, best: false },
      scores: Object.fromEntries(
        benchmarkIds.map((id) => {
          const score = v.benchmarks[id]?.score;
          return [
            id,
            score === undefined
              ? { text: dash, sort: '' as const, best: false }
              : { text: formatScore(score, locale), sort: score, best: bestScore.get(id)?.has(slug) ?? false },
          ];
        }),
      ) as Record<BenchmarkId, CompareCell>,
      capabilities: capabilitiesOf(v).map((id) => ({ id, label: t(`capability.${id}`) })),
      capabilitiesText: formatList(
        locale,
        capabilitiesOf(v).map((id) => t(`capability.${id}`)),
      ),
      blendedValue: blended,
      basisName: v.basis?.provider.name ?? dash,
      recentChange: presentRecentChange(v, asOf, locale),
    } satisfies CompareRow;
  });
  return { rows, benchmarks: shown.map((id) => ({ id, name: benchmarks[id].name })) };
}

/** A ratio as "4.9", or "1.04" when one decimal would round a real difference to "1" (204,800 against 196,608 tokens). */
export function formatRatio(ratio: number, locale: Locale): string {
  return formatDecimal(ratio, locale, ratio < 1.1 ? 2 : 1);
}

/** A standing as a short phrase from the subject's side: "98.5% cheaper (66.7× less)". */
export function describeStanding(
  standing: Standing,
  measure: 'price' | 'context' | 'speed',
  locale: Locale,
  names: { subject: string; other: string },
): string {
  const t = useTranslations(locale);
  const ratio = (r: number) => formatRatio(r, locale);
  switch (standing.kind) {
    case 'tie':
      return t('diff.same');
    case 'missing':
      if (measure === 'price') {
        if (!standing.subjectKnown && !standing.otherKnown) return t('diff.notListedEither');
        return t('diff.notListed', { name: standing.subjectKnown ? names.other : names.subject });
      }
      if (!standing.subjectKnown && !standing.otherKnown) return t('diff.notStatedEither');
      return t('diff.notStated', { name: standing.subjectKnown ? names.other : names.subject });
    case 'better':
      if (measure === 'price') {
        return Number.isFinite(standing.ratio)
          ? t('diff.cheaper', { percent: formatPercent(standing.percent ?? 0, locale), ratio: ratio(standing.ratio) })
          : t('diff.free');
      }
      return t(measure === 'context' ? 'diff.larger' : 'diff.faster', { ratio: ratio(standing.ratio) });
    case 'worse':
      if (measure === 'price') {
        return t('diff.dearer', {
          percent: Number.isFinite(standing.percent ?? 0) ? formatPercent(standing.percent ?? 0, locale) : '∞',
          ratio: Number.isFinite(standing.ratio) ? ratio(standing.ratio) : '∞',
        });
      }
      return t(measure === 'context' ? 'diff.smaller' : 'diff.slower', { ratio: ratio(standing.ratio) });
  }
}

/** A score delta as "+6.5 points", "same", or which side lacks it. */
export function describeScore(delta: ScoreDelta, locale: Locale, names: { subject: string; other: string }): string {
  const t = useTranslations(locale);
  if (delta.delta === undefined) return t('diff.notStated', { name: delta.subject === undefined ? names.subject : names.other });
  if (delta.delta === 0) return t('diff.same');
  return t('diff.points', { sign: delta.delta > 0 ? '+' : '−', count: Math.abs(delta.delta) });
}

/** Verdict sentences for a pair, built from the numbers; prices are both variants' exact rates at `basis`. */
export function pairVerdict(a: Variant, b: Variant, basis: string, locale: Locale, d: PairDifferences = compareVariants(a, b)): string[] {
  const t = useTranslations(locale);
  const sentences: string[] = [];
  if (d.blended.kind === 'missing') {
    const unknown = [a, b].filter((v) => !basisRule(v)).map((v) => v.name);
    sentences.push(t('verdict.priceUnknown', { provider: basis, names: formatList(locale, unknown, 'long') }));
  } else if (d.blended.kind === 'tie') sentences.push(t('verdict.samePrice', { provider: basis }));
  else {
    const [cheaper, other] = d.blended.kind === 'better' ? [a, b] : [b, a];
    const mixed = d.input.kind !== 'tie' && d.output.kind !== 'tie' && d.input.kind !== d.output.kind;
    if (mixed) {
      const [inputWinner, outputWinner] = d.input.kind === 'better' ? [a, b] : [b, a];
      sentences.push(t('verdict.mixedPrice', { provider: basis, a: inputWinner.name, b: outputWinner.name, cheaper: cheaper.name }));
    } else {
      // The percentage is "how much cheaper", so it is taken from the cheaper side.
      const fromCheaper = comparePrice(basisBlended(cheaper), basisBlended(other));
      const percent = fromCheaper.kind === 'better' ? (fromCheaper.percent ?? 0) : 0;
      sentences.push(t('verdict.cheaper', { provider: basis, cheaper: cheaper.name, other: other.name, percent: formatPercent(percent, locale) }));
    }
  }
  if (d.context.kind === 'tie') sentences.push(t('verdict.sameContext', { count: a.contextWindow }));
  else if (d.context.kind !== 'missing') {
    const [larger, smaller] = d.context.kind === 'better' ? [a, b] : [b, a];
    sentences.push(t('verdict.context', { larger: larger.name, smaller: smaller.name, ratio: formatRatio(d.context.ratio, locale) }));
  }
  if (d.speed.kind === 'missing') {
    const unknown = [a, b].filter((v) => !v.basis?.outputSpeed).map((v) => v.name);
    sentences.push(t('verdict.speedUnknown', { provider: basis, names: formatList(locale, unknown, 'long') }));
  } else if (d.speed.kind === 'tie') sentences.push(t('verdict.sameSpeed'));
  else {
    const [faster, slower] = d.speed.kind === 'better' ? [a, b] : [b, a];
    sentences.push(t('verdict.faster', { provider: basis, faster: faster.name, slower: slower.name, ratio: formatRatio(d.speed.ratio, locale) }));
  }
  for (const score of d.scores) {
    if (score.delta === undefined || score.subject === undefined) continue;
    const benchmark = benchmarks[score.id].name;
    if (score.delta === 0) sentences.push(t('verdict.sameScore', { score: formatScore(score.subject, locale), benchmark }));
    else sentences.push(t('verdict.score', { better: score.delta > 0 ? a.name : b.name, count: Math.abs(score.delta), benchmark }));
  }
  return sentences;
}

/** One variant's column of a pair page, in one locale. */
interface PairSide {
  input: string;
  output: string;
  blended: string;
  context: string;
  maxOutput: string;
  speed: string;
  status: string;
}
// A variant of a family of n appears on n − 1 pair pages per locale, each time with the same column.
const pairSides = new WeakMap<Variant, Map<Locale, PairSide>>();
function pairSide(v: Variant, locale: Locale): PairSide {
  let byLocale = pairSides.get(v);
  if (!byLocale) pairSides.set(v, (byLocale = new Map()));
  let side = byLocale.get(locale);
  if (side) return side;
  const t = useTranslations(locale);
  const price = presentBasisPrice(v, locale);
  const blended = basisBlended(v);
  side = {
    input: price.input,
    output: price.output,
    blended: blended === undefined ? t('price.notListed') : formatUsd(blended, locale),
    context: presentContext(v.contextWindow, locale).full,
    maxOutput: t('value.tokens', { count: v.maxOutputTokens }),
    speed: presentSpeed(v.basis, locale),
    status: t(`status.${v.status}`),
  };
  byLocale.set(locale, side);
  return side;
}

/** A pair page: both variants' exact rates at the family's comparison basis, and the model facts of each. */
export function buildPairView(family: Family, a: Variant, b: Variant, locale: Locale) {
  const t = useTranslations(locale);
  const d = compareVariants(a, b);
  const names = { subject: a.name, other: b.name };
  const sa = pairSide(a, locale);
  const sb = pairSide(b, locale);
  const scoreIds = d.scores.map((s) => s.id);
  const score = (v: Variant, id: BenchmarkId) => {
    const s = v.benchmarks[id];
    return s === undefined ? t('value.notStated') : formatScore(s.score, locale);
  };
  const basis = family.basis.name;
  return {
    title: t('pair.title', { a: a.name, b: b.name }),
    heading: t('pair.heading', { a: a.name, b: b.name }),
    lede: t('pair.lede', { provider: basis }),
    a: { name: a.name, href: variantPath(locale, family.slug, a.slug), modelId: a.modelId },
    b: { name: b.name, href: variantPath(locale, family.slug, b.slug), modelId: b.modelId },
    sideBySide: [
      { measure: t('spec.modelId'), a: a.modelId, b: b.modelId, code: true },
      { measure: t('pair.inputAt', { provider: basis }), a: sa.input, b: sb.input },
      { measure: t('pair.outputAt', { provider: basis }), a: sa.output, b: sb.output },
      { measure: t('pair.blendedAt', { provider: basis }), a: sa.blended, b: sb.blended },
      { measure: t('spec.contextWindow'), a: sa.context, b: sb.context },
      { measure: t('spec.maxOutput'), a: sa.maxOutput, b: sb.maxOutput },
      { measure: t('pair.speedAt', { provider: basis }), a: sa.speed, b: sb.speed },
      ...scoreIds.map((id) => ({ measure: benchmarks[id].name, a: score(a, id), b: score(b, id) })),
      { measure: t('spec.status'), a: sa.status, b: sb.status },
    ] as { measure: string; a: string; b: string; code?: boolean }[],
    differences: [
      { measure: t('pair.inputAt', { provider: basis }), text: describeStanding(d.input, 'price', locale, names) },
      { measure: t('pair.outputAt', { provider: basis }), text: describeStanding(d.output, 'price', locale, names) },
      { measure: t('pair.blendedAt', { provider: basis }), text: describeStanding(d.blended, 'price', locale, names) },
      { measure: t('spec.contextWindow'), text: describeStanding(d.context, 'context', locale, names) },
      { measure: t('pair.speedAt', { provider: basis }), text: describeStanding(d.speed, 'speed', locale, names) },
      ...d.scores.map((s) => ({ measure: benchmarks[s.id].name, text: describeScore(s, locale, names) })),
    ],
    verdict: joinSentences(locale, pairVerdict(a, b, basis, locale, d)),
    updated: latestDate([a.updated, b.updated]),
  };
}

/** The differences section of a spec sheet: one row per sibling, from this variant's side. */
export function variantDifferences(family: Family, variant: Variant, locale: Locale) {
  const t = useTranslations(locale);
  return family.variants
    .filter((other) => other !== variant)
    .map((other) => {
      const d = compareVariants(variant, other);
      const names = { subject: variant.name, other: other.name };
      const index = family.variants.indexOf(variant);
      const otherIndex = family.variants.indexOf(other);
      const [first, second] = index < otherIndex ? [variant, other] : [other, variant];
      return {
        name: other.name,
        href: variantPath(locale, family.slug, other.slug),
        pairHref: pairPath(locale, family.slug, first.slug, second.slug),
        pairSlug: pairSlug(first, second),
        input: describeStanding(d.input, 'price', locale, names),
        output: describeStanding(d.output, 'price', locale, names),
        context: describeStanding(d.context, 'context', locale, names),
        speed: describeStanding(d.speed, 'speed', locale, names),
        scores: d.scores.map((s) => t('value.labelled', { label: benchmarks[s.id].name, value: describeScore(s, locale, names) })).join(t('value.separator')),
      };
    });
}

/** The workloads the calculator's worked examples price; the tier example appears only where a tier exists. */
export const calculatorWorkloads = [
  { key: 'calc.example.chat', workload: { inputTokens: 1_500, outputTokens: 500, cachedShare: 0 } },
  { key: 'calc.example.document', workload: { inputTokens: 100_000, outputTokens: 2_000, cachedShare: 0 } },
  { key: 'calc.example.agent', workload: { inputTokens: 200_000, outputTokens: 5_000, cachedShare: 0.9 } },
  { key: 'calc.example.monthly', workload: { inputTokens: 7_500_000, outputTokens: 2_500_000, cachedShare: 0 } },
] as const satisfies readonly { key: UiKey; workload: Workload }[];

/** The offers of a variant with exact prices, the basis first: what costs can be computed for. */
export function exactOffers(variant: Variant): Offer[] {
  return offersBasisFirst(variant).filter((o) => offerRule(o));
}

/**
 * The cost calculator: worked examples priced at every exact offer (the HTML
 * table and the Markdown mirror show these without JavaScript), and the rules
 * the page's script prices the form with, through the same `workloadCost`.
 */
export function calculatorModel(variant: Variant, locale: Locale) {
  const t = useTranslations(locale);
  const offers = exactOffers(variant);
  const rules = offers.flatMap((o) => {
    const rule = offerRule(o);
    return rule ? [{ provider: o.provider.name, rule }] : [];
  });
  const firstTier = rules.flatMap((r) => r.rule.tiers.map((tier) => tier.above)).sort((x, y) => x - y)[0];
  const workloads: { key: UiKey; workload: Workload }[] = [
    ...calculatorWorkloads,
    ...(firstTier !== undefined
      ? [{ key: 'calc.example.longPrompt' as const, workload: { inputTokens: firstTier + 88_000, outputTokens: 4_000, cachedShare: 0 } }]
      : []),
  ];
  const notes = variant.offers
    .filter((o) => !offerRule(o))
    .map((o) => t(o.price.type === 'listed' ? 'calc.listedLeftOut' : 'calc.unpublishedLeftOut', { provider: o.provider.name }));
  const uncachedNotes = rules.filter((r) => r.rule.cacheRead === undefined).map((r) => t('calc.noCachePrice', { provider: r.provider }));
  return {
    intl: locales[locale].intl,
    locale,
    providers: rules.map((r) => r.provider),
    /** What the script needs: each exact rule's rates and tiers, nothing else. */
    rules: rules.map((r) => ({
      provider: r.provider,
      input: r.rule.input,
      output: r.rule.output,
      cacheRead: r.rule.cacheRead,
      cacheWrite: r.rule.cacheWrite,
      tiers: r.rule.tiers,
    })),
    examples: workloads.map((e) => ({
      label: t(e.key),
      input: formatInteger(e.workload.inputTokens, locale),
      output: formatInteger(e.workload.outputTokens, locale),
      cached: formatPercent(e.workload.cachedShare * 100, locale),
      costs: rules.map((r) => formatUsd(workloadCost(r.rule, e.workload).cost, locale)),
    })),
    notes: [...notes, ...uncachedNotes, t('calc.cacheWriteNote')],
  };
}

/** Family names by slug, for tables that span families. */
export function familyNames(catalog: Catalog): Map<string, string> {
  return new Map(catalog.families.map((f) => [f.slug, f.name]));
}

/** The catalog-wide comparison page. */
export function buildCompareAllView(catalog: Catalog, locale: Locale, part = 1) {
  const t = useTranslations(locale);
  const listed = catalogPart(catalog, part);
  // Retired variants stay reachable from their family page and the index, but leave the default comparison.
  const variants = listed.families.flatMap((f) => f.variants.filter(isCurrent));
  const { rows, benchmarks: shown } = comparisonRows(variants, familyNames(listed), locale, catalogUpdated(catalog));
  return {
    title: partTitle(catalog, locale, part, 'parts.title', t('compare.title')),
    heading: t('compare.heading'),
    lede: t('compare.lede'),
    caption: partTitle(catalog, locale, part, 'parts.caption', t('compare.caption')),
    parts: partLinks(catalog, locale, part, (n) => comparePath(locale, n)),
    rows,
    benchmarks: shown,
    families: listed.families.map((f) => ({ slug: f.slug, name: f.name })),
    capabilities: capabilityOrder.filter((c) => variants.some((v) => capabilitiesOf(v).includes(c))).map((id) => ({ id, label: t(`capability.${id}`) })),
    chart: priceContextChart(variants, (usd) => formatUsd(usd, locale)),
    chartTitle: t('chart.title', { name: t('compare.heading') }),
    updated: formatDate(catalogUpdated(catalog), locale),
  };
}

/** The comparison part of a family page: table rows and chart. */
export function buildFamilyComparison(family: Family, locale: Locale) {
  const t = useTranslations(locale);
  const current = family.variants.filter(isCurrent);
  const { rows, benchmarks: shown } = comparisonRows(current, new Map([[family.slug, family.name]]), locale, familyUpdated(family));
  return {
    rows,
    benchmarks: shown,
    retired: family.variants
      .filter((v) => !isCurrent(v))
      .map((v) => ({ name: v.name, href: variantPath(locale, v.familySlug, v.slug), retired: formatDate(v.retires ?? v.updated, locale) })),
    chart: priceContextChart(current, (usd) => formatUsd(usd, locale)),
    chartTitle: t('chart.title', { name: family.name }),
  };
}
