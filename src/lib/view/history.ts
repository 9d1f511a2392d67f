/**
 * The price history of a spec sheet, per offer and per locale: the table's rows
 * (oldest rule first, the current one last) and the geometry of a small step
 * chart drawn at build time. Pure: no Astro, no clock; every date is a content
 * date, so the same content gives the same page. Only exact rules are plotted;
 * a listed figure or an unpublished price is a gap, and never enters a percentage.
 */
import { locales, type Locale } from '../../config/locales';
import { translate } from '../../i18n';
import type { DatedPriceRule } from '../content/schema';
import type { Offer, Variant } from '../content/types';
import { formatDate, formatPercent, formatUsd } from '../format';
import { percentChange, priceTimeline, rateKeys, type RateKey, type TimelineEntry } from '../history';
import { exactRule, offersBasisFirst } from '../pricing';
import { joinSentences } from './present';

/** One row of an offer's price history table. */
export interface HistoryRow {
  /** The day the rule took effect, formatted; "Not stated" where no source states it. */
  since: string;
  /** The rule in effect now (the last row). */
  current: boolean;
  /** Whether the rule states exact rates. */
  exact: boolean;
  /** The four rate cells: US$ per 1M tokens, or "—" where the rule has no such rate. Empty when `stated` is set. */
  input: string;
  output: string;
  cacheRead: string;
  cacheWrite: string;
  /** For a listed or unpublished rule: the one statement that spans the four rate columns. */
  stated?: string;
  /** Change against the previous rule, per rate ("Input −20%; Output −20%"), or "—" where none is computable. */
  change: string;
  source: string;
}

/** A tick on one axis of the step chart. */
export interface StepTick {
  position: number;
  label: string;
  /** How the label sits on its tick (x axis only: the ends keep their labels inside the view box). */
  anchor?: 'start' | 'end';
}

/** One horizontal step of one rate: the rule's value from the day it took effect until the next rule did. */
export interface StepSegment {
  key: 'input' | 'output';
  value: number;
  from: string;
  to: string;
  x1: number;
  x2: number;
  y: number;
}

/** Geometry of the step chart in a `width` × `height` view box. */
export interface StepChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** SVG path data per rate: horizontal steps joined by vertical risers, a new `M` after a gap. Empty when nothing is plotted. */
  paths: { input: string; output: string };
  segments: StepSegment[];
  xTicks: StepTick[];
  yTicks: StepTick[];
}

/** One offer's price history: heading, table and chart with its text alternative. */
export interface OfferHistoryView {
  /** For element ids: the provider id. */
  id: string;
  provider: string;
  caption: string;
  rows: HistoryRow[];
  chart: StepChartGeometry;
  chartTitle: string;
  /** The chart's text alternative: what the table says, rate by rate. */
  chartDesc: string;
}

/** The rates the chart draws, in legend order. */
export const plottedKeys = ['input', 'output'] as const;

// Whole units: the chart is a few hundred units wide, and every digit is bytes on the page.
const round = (n: number) => Math.round(n);
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/** A step of 1, 2, 2.5 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].find((m) => m * power >= raw * (1 - 1e-9)) ?? 10;
  return Number((step * power).toPrecision(6));
}

/** The chart's right edge: the current rule's last check or the last change, whichever is later; the offer's last day if it ended before. */
export function timelineEnd(offer: Pick<Offer, 'history' | 'price' | 'until'>): string {
  const lastSince = priceTimeline(offer).reduce((latest, e) => (e.since !== undefined && e.since > latest ? e.since : latest), '');
  const latest = offer.price.checked > lastSince ? offer.price.checked : lastSince;
  return offer.until !== undefined && offer.until < latest && offer.until >= lastSince ? offer.until : latest;
}

/**
 * The step chart of a timeline: input and output as step lines over time, x linear in days from the
 * first rule's `since` to `end`, y linear from zero. A rule that is not exact, or has no `since`, is not
 * drawn; the line breaks there. Labels come from the formatters, so the geometry stays locale-free.
 */
export function priceStepChart(
  timeline: readonly TimelineEntry[],
  end: string,
  formatDay: (iso: string) => string,
  formatPrice: (usd: number) => string,
  width = 480,
  height = 150,
): StepChartGeometry {
  const plot = { left: 64, right: width - 12, top: 10, bottom: height - 26 };
  const empty: StepChartGeometry = { width, height, plot, paths: { input: '', output: '' }, segments: [], xTicks: [], yTicks: [] };
  const dated = timeline.filter((e): e is TimelineEntry & { since: string } => e.since !== undefined);
  const first = dated[0];
  if (!first) return empty;
  const lastDay = end > (dated.at(-1)?.since ?? end) ? end : (dated.at(-1)?.since ?? end);
  const start = dayNumber(first.since);
  // One day at least, so a single rule checked on the day it began still has a width.
  const span = Math.max(1, dayNumber(lastDay) - start);
  const sx = (iso: string) => round(plot.left + ((dayNumber(iso) - start) / span) * (plot.right - plot.left));

  // Each dated rule runs until the next rule took effect; the current one until `end`; an earlier rule
  // followed by an undated one, until the day it was last seen.
  const spans = dated.map((entry) => {
    const i = timeline.indexOf(entry);
    const next = timeline[i + 1];
    const to = next ? (next.since ?? entry.rule.checked ?? entry.since) : lastDay;
    return { entry, to: to < entry.since ? entry.since : to };
  });
  const values = spans.flatMap(({ entry }) => {
    const rule = exactRule(entry.rule);
    return rule ? [rule.input, rule.output] : [];
  });
  if (values.length === 0) return empty;
  const step = niceStep(Math.max(...values, 0.000001) / 2);
  const top = Math.max(step, Math.ceil((Math.max(...values) * 1.05) / step - 1e-9) * step);
  const sy = (v: number) => round(plot.bottom - (v / top) * (plot.bottom - plot.top));

  const segments: StepSegment[] = [];
  const paths = { input: '', output: '' };
  for (const key of plottedKeys) {
    let previous: { to: string } | undefined;
    for (const { entry, to } of spans) {
      const rule = exactRule(entry.rule);
      if (!rule) {
        previous = undefined;
        continue;
      }
      const segment = { key, value: rule[key], from: entry.since, to, x1: sx(entry.since), x2: sx(to), y: sy(rule[key]) };
      segments.push(segment);
      // Contiguous with the step before: a riser; otherwise the line starts afresh.
      paths[key] += previous && previous.to === entry.since ? `V${segment.y}H${segment.x2}` : `M${segment.x1} ${segment.y}H${segment.x2}`;
      previous = { to };
    }
  }

  const yTicks: StepTick[] = [];
  for (let i = 0; i * step <= top * (1 + 1e-9); i++) {
    const v = Number((i * step).toPrecision(6));
    yTicks.push({ position: sy(v), label: formatPrice(v) });
  }

  // A date label at each change (and the right edge), dropped where it would crowd the one before.
  const labelWidth = (text: string) => text.length * 6.5;
  const xTicks: StepTick[] = [];
  let lastRight = -Infinity;
  for (const day of [...new Set([...dated.map((e) => e.since), lastDay])]) {
    const position = sx(day);
    const label = formatDay(day);
    const half = labelWidth(label) / 2;
    const anchor = position - half < 0 ? 'start' : position + half > width ? 'end' : undefined;
    const left = anchor === 'start' ? position : anchor === 'end' ? position - 2 * half : position - half;
    if (left < lastRight + 8) continue;
    xTicks.push({ position, label, ...(anchor ? { anchor } : {}) });
    lastRight = left + 2 * half;
  }
  return { width, height, plot, paths, segments, xTicks, yTicks };
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** A date in the chart's words: "Sep 15, 2026", "2026年9月15日" (`short`, for axis labels: "9/15/26", "2026/9/15"). */
export function formatChartDate(iso: string, locale: Locale, style: 'medium' | 'short' = 'medium'): string {
  let format = dateFormats.get(`${locale}|${style}`);
  if (!format) {
    format = new Intl.DateTimeFormat(locales[locale].intl, { dateStyle: style, timeZone: 'UTC' });
    dateFormats.set(`${locale}|${style}`, format);
  }
  return format.format(new Date(`${iso}T00:00:00Z`));
}

/** A change in percent as the tables print it: "−20%", "+25%", "0%" (a true minus sign). */
export function formatPercentChange(percent: number, locale: Locale): string {
  if (percent === 0) return formatPercent(0, locale);
  return `${percent < 0 ? '−' : '+'}${formatPercent(Math.abs(percent), locale)}`;
}

const rateLabelKeys = { input: 'offers.input', output: 'offers.output', cacheRead: 'offers.cacheRead', cacheWrite: 'offers.cacheWrite' } as const;

/** Per-rate percentages between two rules, only where both are exact and both state the rate. */
export function ruleChangePercents(from: DatedPriceRule | undefined, to: DatedPriceRule): Partial<Record<RateKey, number>> {
  const a = from && exactRule(from);
  const b = exactRule(to);
  if (!a || !b) return {};
  const percents: Partial<Record<RateKey, number>> = {};
  for (const key of rateKeys) {
    const percent = percentChange(a[key], b[key]);
    if (percent !== undefined) percents[key] = percent;
  }
  return percents;
}

/** The rows of an offer's history table, oldest first. */
export function historyRows(offer: Pick<Offer, 'history' | 'price'>, locale: Locale): HistoryRow[] {
  const t = (key: Parameters<typeof translate>[1], values?: Record<string, string>) => translate(locale, key, values);
  const dash = t('value.none');
  const timeline = priceTimeline(offer);
  return timeline.map((entry, i) => {
    const rule = exactRule(entry.rule);
    const usd = (value: number | undefined) => (value === undefined ? dash : formatUsd(value, locale));
    const percents = ruleChangePercents(timeline[i - 1]?.rule, entry.rule);
    const changes = rateKeys.flatMap((key) => {
      const percent = percents[key];
      return percent === undefined ? [] : [t('history.rateChange', { rate: t(rateLabelKeys[key]), percent: formatPercentChange(percent, locale) })];
    });
    const stated =
      entry.rule.type === 'listed'
        ? t('price.listedAs', { display: entry.rule.display })
        : entry.rule.type === 'unpublished'
          ? t('price.unpublished')
          : undefined;
    return {
      since: entry.since ? formatDate(entry.since, locale) : t('value.notStated'),
      current: entry.current,
      exact: rule !== undefined,
      input: rule ? usd(rule.input) : '',
      output: rule ? usd(rule.output) : '',
      cacheRead: rule ? usd(rule.cacheRead) : '',
      cacheWrite: rule ? usd(rule.cacheWrite) : '',
      ...(stated !== undefined ? { stated } : {}),
      change: changes.length ? changes.join(t('value.separator')) : dash,
      source: entry.rule.source,
    };
  });
}

/** The chart's text alternative: per plotted rate, each rule's price and the day it took effect, gaps said as such. */
function chartDescription(timeline: readonly TimelineEntry[], locale: Locale): string {
  const lines = plottedKeys.map((key) => {
    const steps = timeline.map((entry) => {
      const rule = exactRule(entry.rule);
      if (rule) {
        const price = formatUsd(rule[key], locale);
        return entry.since
          ? translate(locale, 'history.chartStep', { price, date: formatChartDate(entry.since, locale) })
          : translate(locale, 'history.chartStepUndated', { price });
      }
      return entry.since ? translate(locale, 'history.chartGap', { date: formatChartDate(entry.since, locale) }) : translate(locale, 'history.chartGapUndated');
    });
    return translate(locale, 'history.chartLine', { rate: translate(locale, rateLabelKeys[key]), steps: steps.join(translate(locale, 'value.separator')) });
  });
  return joinSentences(locale, lines);
}

/** One offer's price history view: rows, chart geometry and text, in `locale`. */
export function offerHistoryView(variant: Pick<Variant, 'name'>, offer: Offer, locale: Locale): OfferHistoryView {
  const timeline = priceTimeline(offer);
  const values = { name: variant.name, provider: offer.provider.name };
  return {
    id: offer.provider.id,
    provider: offer.provider.name,
    caption: translate(locale, 'history.caption', values),
    rows: historyRows(offer, locale),
    chart: priceStepChart(
      timeline,
      timelineEnd(offer),
      (iso) => formatChartDate(iso, locale, 'short'),
      (usd) => formatUsd(usd, locale),
    ),
    chartTitle: translate(locale, 'history.chartTitle', values),
    chartDesc: chartDescription(timeline, locale),
  };
}

/** Whether an offer has earlier price rules to show. */
export function hasPriceHistory(offer: Pick<Offer, 'history'>): boolean {
  return offer.history.length > 0;
}

/** The price history of a spec sheet: one view per offer that has history, the comparison basis first (as the providers table orders them). */
export function variantHistoryViews(variant: Variant, locale: Locale): OfferHistoryView[] {
  return offersBasisFirst(variant)
    .filter(hasPriceHistory)
    .map((offer) => offerHistoryView(variant, offer, locale));
}
