/**
 * View models of the comparisons: the family and catalog-wide comparison
 * tables, the pair pages, the differences on each spec sheet, the cost
 * calculator's worked examples. Numbers come from src/lib/compare.ts.
 */
import { benchmarks, benchmarkIds, type BenchmarkId } from '../../config/benchmarks';
import { locales, type Locale } from '../../config/locales';
import { useTranslations } from '../../i18n';
import type { Catalog, Family, Variant } from '../content/types';
import { bestOf, comparePrice, compareVariants, pairSlug, type ScoreDelta, type Standing } from '../compare';
import { formatDate, formatDecimal, formatInteger, formatPercent, formatUsd } from '../format';
import { priceContextChart } from '../chart';
import { catalogUpdated, latestDate } from '../catalog';
import { blendedPerMillion, quotePrice, requestCost } from '../pricing';
import { catalogPart, comparePath, pairPath, variantPath } from '../routes';
import { partLinks, partTitle } from './parts';
import { formatList, joinSentences, presentContext, presentSpeed } from './present';


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
  blendedValue: number;
}

/** Rows of a comparison table; best values are marked across `variants`. */
export function comparisonRows(variants: readonly Variant[], familyNames: ReadonlyMap<string, string>, locale: Locale): { rows: CompareRow[]; benchmarks: { id: BenchmarkId; name: string }[] } {
  const t = useTranslations(locale);
  const keyed = variants.map((v) => ({ slug: `${v.familySlug}/${v.slug}`, v }));
  const bestInput = bestOf(keyed, (k) => quotePrice(k.v.pricing).inputPerMillion, 'min');
  const bestOutput = bestOf(keyed, (k) => quotePrice(k.v.pricing).outputPerMillion, 'min');
  const bestBlended = bestOf(keyed, (k) => blendedPerMillion(k.v.pricing), 'min');
  const bestContext = bestOf(keyed, (k) => k.v.contextWindow, 'max');
  const bestSpeed = bestOf(keyed, (k) => k.v.outputSpeed?.tokensPerSecond, 'max');
  const shown = benchmarkIds.filter((id) => variants.some((v) => v.benchmarks[id] !== undefined));
  const bestScore = new Map(shown.map((id) => [id, bestOf(keyed, (k) => k.v.benchmarks[id], 'max')]));
  const dash = '—';
  const rows = keyed.map(({ slug, v }) => {
    const quote = quotePrice(v.pricing);
    const blended = blendedPerMillion(v.pricing);
    return {
      slug: v.slug,
      familySlug: v.familySlug,
      familyName: familyNames.get(v.familySlug) ?? v.familySlug,
      name: v.name,
      href: variantPath(locale, v.familySlug, v.slug),
      modelId: v.sdkModelId,
      input: { text: formatUsd(quote.inputPerMillion, locale), sort: quote.inputPerMillion, best: bestInput.has(slug) },
      output: { text: formatUsd(quote.outputPerMillion, locale), sort: quote.outputPerMillion, best: bestOutput.has(slug) },
      blended: { text: formatUsd(blended, locale), sort: blended, best: bestBlended.has(slug) },
      context: { text: presentContext(v.contextWindow, locale).short, sort: v.contextWindow, best: bestContext.has(slug) },
      speed: v.outputSpeed
        ? { text: presentSpeed(v, locale), sort: v.outputSpeed.tokensPerSecond, best: bestSpeed.has(slug) }
        : { text: dash, sort: '' as const, best: false },
      scores: Object.fromEntries(
        benchmarkIds.map((id) => {
          const score = v.benchmarks[id];
          return [id, score === undefined ? { text: dash, sort: '' as const, best: false } : { text: formatPercent(score, locale), sort: score, best: bestScore.get(id)?.has(slug) ?? false }];
        }),
      ) as Record<BenchmarkId, CompareCell>,
      capabilities: capabilitiesOf(v).map((id) => ({ id, label: t(`capability.${id}`) })),
      capabilitiesText: formatList(locale, capabilitiesOf(v).map((id) => t(`capability.${id}`))),
      blendedValue: blended,
    } satisfies CompareRow;
  });
  return { rows, benchmarks: shown.map((id) => ({ id, name: benchmarks[id].name })) };
}

/** A standing as a short phrase from the subject's side: "98.5% cheaper (66.7× less)". */
export function describeStanding(standing: Standing, measure: 'price' | 'context' | 'speed', locale: Locale, names: { subject: string; other: string }): string {
  const t = useTranslations(locale);
  const ratio = (r: number) => formatDecimal(r, locale, 1);
  switch (standing.kind) {
    case 'tie':
      return t('diff.same');
    case 'missing':
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
        return t('diff.dearer', { percent: Number.isFinite(standing.percent ?? 0) ? formatPercent(standing.percent ?? 0, locale) : '∞', ratio: Number.isFinite(standing.ratio) ? ratio(standing.ratio) : '∞' });
      }
      return t(measure === 'context' ? 'diff.smaller' : 'diff.slower', { ratio: ratio(standing.ratio) });
  }
}

/** A score delta as "+6.5 points", "same", or which side lacks it. */
export function describeScore(delta: ScoreDelta, locale: Locale, names: { subject: string; other: string }): string {
  const t = useTranslations(locale);
  if (delta.delta === undefined) return t('diff.notStated', { name: delta.subject === undefined ? names.subject : names.other });
  if (delta.delta === 0) return t('diff.same');
  const signed = `${delta.delta > 0 ? '+' : '−'}${formatDecimal(Math.abs(delta.delta), locale, 1)}`;
  return t('diff.points', { delta: signed });
}

/** Verdict sentences for a pair, built from the numbers. */
export function pairVerdict(a: Variant, b: Variant, locale: Locale): string[] {
  const t = useTranslations(locale);
  const d = compareVariants(a, b);
  const sentences: string[] = [];
  if (d.blended.kind === 'tie') sentences.push(t('verdict.samePrice'));
  else {
    const [cheaper, other] = d.blended.kind === 'better' ? [a, b] : [b, a];
    const mixed = d.input.kind !== 'tie' && d.output.kind !== 'tie' && d.input.kind !== d.output.kind;
    if (mixed) {
      const [inputWinner, outputWinner] = d.input.kind === 'better' ? [a, b] : [b, a];
      sentences.push(t('verdict.mixedPrice', { a: inputWinner.name, b: outputWinner.name, cheaper: cheaper.name }));
    } else {
      // The percentage is "how much cheaper", so it is taken from the cheaper side.
      const fromCheaper = comparePrice(blendedPerMillion(cheaper.pricing), blendedPerMillion(other.pricing));
      const percent = fromCheaper.kind === 'better' ? (fromCheaper.percent ?? 0) : 0;
      sentences.push(t('verdict.cheaper', { cheaper: cheaper.name, other: other.name, percent: formatPercent(percent, locale) }));
    }
  }
  if (d.context.kind === 'tie') sentences.push(t('verdict.sameContext', { context: formatInteger(a.contextWindow, locale) }));
  else if (d.context.kind !== 'missing') {
    const [larger, smaller] = d.context.kind === 'better' ? [a, b] : [b, a];
    sentences.push(t('verdict.context', { larger: larger.name, smaller: smaller.name, ratio: formatDecimal(d.context.ratio, locale, 1) }));
  }
  if (d.speed.kind === 'missing') {
    const unknown = [a, b].filter((v) => !v.outputSpeed).map((v) => v.name);
    sentences.push(t('verdict.speedUnknown', { names: formatList(locale, unknown, 'long') }));
  } else if (d.speed.kind === 'tie') sentences.push(t('verdict.sameSpeed'));
  else {
    const [faster, slower] = d.speed.kind === 'better' ? [a, b] : [b, a];
    sentences.push(t('verdict.faster', { faster: faster.name, slower: slower.name, ratio: formatDecimal(d.speed.ratio, locale, 1) }));
  }
  for (const score of d.scores) {
    if (score.delta === undefined || score.subject === undefined) continue;
    const benchmark = benchmarks[score.id].name;
    if (score.delta === 0) sentences.push(t('verdict.sameScore', { score: formatPercent(score.subject, locale), benchmark }));
    else sentences.push(t('verdict.score', { better: score.delta > 0 ? a.name : b.name, delta: formatDecimal(Math.abs(score.delta), locale, 1), benchmark }));
  }
  return sentences;
}

/** A pair page. */
export function buildPairView(family: Family, a: Variant, b: Variant, locale: Locale) {
  const t = useTranslations(locale);
  const d = compareVariants(a, b);
  const names = { subject: a.name, other: b.name };
  const side = (v: Variant) => {
    const q = quotePrice(v.pricing);
    return {
      input: t('price.perMillion', { price: formatUsd(q.inputPerMillion, locale) }),
      output: t('price.perMillion', { price: formatUsd(q.outputPerMillion, locale) }),
      blended: formatUsd(blendedPerMillion(v.pricing), locale),
      context: presentContext(v.contextWindow, locale).full,
      speed: presentSpeed(v, locale),
      status: t(`status.${v.status}`),
    };
  };
  const sa = side(a);
  const sb = side(b);
  const scoreIds = d.scores.map((s) => s.id);
  return {
    title: t('pair.title', { a: a.name, b: b.name }),
    heading: t('pair.heading', { a: a.name, b: b.name }),
    lede: t('pair.lede'),
    a: { name: a.name, href: variantPath(locale, family.slug, a.slug), modelId: a.sdkModelId },
    b: { name: b.name, href: variantPath(locale, family.slug, b.slug), modelId: b.sdkModelId },
    sideBySide: [
      { measure: t('spec.modelId'), a: a.sdkModelId, b: b.sdkModelId, code: true },
      { measure: t('price.input'), a: sa.input, b: sb.input },
      { measure: t('price.output'), a: sa.output, b: sb.output },
      { measure: t('table.blended'), a: sa.blended, b: sb.blended },
      { measure: t('spec.contextWindow'), a: sa.context, b: sb.context },
      { measure: t('spec.outputSpeed'), a: sa.speed, b: sb.speed },
      ...scoreIds.map((id) => ({
        measure: benchmarks[id].name,
        a: a.benchmarks[id] === undefined ? t('value.notStated') : formatPercent(a.benchmarks[id] ?? 0, locale),
        b: b.benchmarks[id] === undefined ? t('value.notStated') : formatPercent(b.benchmarks[id] ?? 0, locale),
      })),
      { measure: t('spec.status'), a: sa.status, b: sb.status },
    ] as { measure: string; a: string; b: string; code?: boolean }[],
    differences: [
      { measure: t('price.input'), text: describeStanding(d.input, 'price', locale, names) },
      { measure: t('price.output'), text: describeStanding(d.output, 'price', locale, names) },
      { measure: t('table.blended'), text: describeStanding(d.blended, 'price', locale, names) },
      { measure: t('spec.contextWindow'), text: describeStanding(d.context, 'context', locale, names) },
      { measure: t('spec.outputSpeed'), text: describeStanding(d.speed, 'speed', locale, names) },
      ...d.scores.map((s) => ({ measure: benchmarks[s.id].name, text: describeScore(s, locale, names) })),
    ],
    verdict: joinSentences(locale, pairVerdict(a, b, locale)),
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

/** Worked examples for the cost calculator, and the numbers its script needs. */
export function calculatorModel(variant: Variant, locale: Locale) {
  const t = useTranslations(locale);
  const quote = quotePrice(variant.pricing);
  const examples = [
    { key: 'calc.example.chat' as const, input: 1_500, output: 500 },
    { key: 'calc.example.document' as const, input: 100_000, output: 2_000 },
    { key: 'calc.example.monthly' as const, input: 7_500_000, output: 2_500_000 },
  ];
  return {
    inputPerMillion: quote.inputPerMillion,
    outputPerMillion: quote.outputPerMillion,
    intl: locales[locale].intl,
    examples: examples.map((e) => ({
      label: t(e.key),
      input: formatInteger(e.input, locale),
      output: formatInteger(e.output, locale),
      cost: formatUsd(requestCost(variant.pricing, e.input, e.output), locale),
    })),
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
  const variants = listed.families.flatMap((f) => f.variants);
  const { rows, benchmarks: shown } = comparisonRows(variants, familyNames(listed), locale);
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
  const { rows, benchmarks: shown } = comparisonRows(family.variants, new Map([[family.slug, family.name]]), locale);
  return {
    rows,
    benchmarks: shown,
    chart: priceContextChart(family.variants, (usd) => formatUsd(usd, locale)),
    chartTitle: t('chart.title', { name: family.name }),
  };
}
