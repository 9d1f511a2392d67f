/** Price history: the timeline, its changes, the history table's rows and the step chart's geometry. */
import { describe, expect, test } from 'vitest';
import type { EarlierPriceRule } from '../../src/lib/content/schema';
import { offerPriceChanges, percentChange, priceTimeline } from '../../src/lib/history';
import { formatPercentChange, historyRows, offerHistoryView, priceStepChart, timelineEnd, variantHistoryViews } from '../../src/lib/view/history';
import { lifecycleNotice } from '../../src/lib/view/pages';
import { loadCatalog } from '../../src/lib/content/load';
import { baseOffer, baseVariant, rate } from './factories';

const earlier = (input: number, output: number, since: string, extra: Partial<Extract<EarlierPriceRule, { type: 'rate' }>> = {}): EarlierPriceRule => ({
  type: 'rate',
  input,
  output,
  tiers: [],
  since,
  source: `page of ${since}`,
  ...extra,
});
const listed = (display: string, since: string): EarlierPriceRule => ({
  type: 'listed',
  display,
  rounding: 'whole cents',
  since,
  source: `listing of ${since}`,
});

/** The fixture's l3 offer: 1/3 from January, 0.8/2.4 (+ cache read) from May, 0.5/1.5 from 15 September. */
const l3Offer = () =>
  baseOffer(rate(0.5, 1.5, { since: '2026-09-15', checked: '2026-11-01', source: 'now' }), {
    history: [earlier(1, 3, '2026-01-01'), earlier(0.8, 2.4, '2026-05-01', { cacheRead: 0.08 })],
  });

describe('the timeline and its changes', () => {
  test('the timeline runs oldest first, the current rule last', () => {
    const timeline = priceTimeline(l3Offer());
    expect(timeline.map((e) => [e.since, e.current])).toEqual([
      ['2026-01-01', false],
      ['2026-05-01', false],
      ['2026-09-15', true],
    ]);
  });

  test('changes between exact rules carry per-rate percentages', () => {
    const changes = offerPriceChanges(l3Offer());
    expect(changes.map((c) => [c.date, c.direction])).toEqual([
      ['2026-05-01', 'down'],
      ['2026-09-15', 'down'],
    ]);
    expect(changes[0]?.rates).toEqual({ input: { from: 1, to: 0.8, percent: -20 }, output: { from: 3, to: 2.4, percent: -20 }, cacheRead: { to: 0.08 } });
    expect(changes[1]?.rates.input?.percent).toBe(-37.5);
    expect(percentChange(0, 1)).toBeUndefined();
    expect(percentChange(1, undefined)).toBeUndefined();
  });

  test('a listed figure in the history is a change without percentages', () => {
    const offer = baseOffer(rate(0.5, 1.5, { since: '2026-06-01', checked: '2026-07-01' }), { history: [listed('from $0.010 / 1K tokens', '2026-01-01')] });
    const [change] = offerPriceChanges(offer);
    expect(change?.rates).toEqual({});
    expect(change?.direction).toBe('none');
    const rows = historyRows(offer, 'en');
    expect(rows[0]?.stated).toBe('Listed as “from $0.010 / 1K tokens”');
    expect(rows[1]?.change).toBe('—');
    expect(rows.map((r) => r.change).join(' ')).not.toMatch(/%/);
  });

  test('an undated current rule is still a row, its date "not stated", but no dated change', () => {
    const offer = baseOffer(rate(0.5, 1.5), { history: [earlier(1, 3, '2025-06-01', { checked: '2025-12-01' })] });
    expect(offerPriceChanges(offer)).toEqual([]);
    const rows = historyRows(offer, 'en');
    expect(rows[1]).toMatchObject({ since: 'Not stated', current: true, change: 'Input −50%; Output −50%' });
  });
});

describe('the history table', () => {
  test('rows per locale: dates, prices, per-rate change, source, the current rule marked', () => {
    const rows = historyRows(l3Offer(), 'en');
    expect(rows).toEqual([
      {
        since: 'January 1, 2026',
        current: false,
        exact: true,
        input: '$1.00',
        output: '$3.00',
        cacheRead: '—',
        cacheWrite: '—',
        change: '—',
        source: 'page of 2026-01-01',
      },
      {
        since: 'May 1, 2026',
        current: false,
        exact: true,
        input: '$0.80',
        output: '$2.40',
        cacheRead: '$0.08',
        cacheWrite: '—',
        change: 'Input −20%; Output −20%',
        source: 'page of 2026-05-01',
      },
      {
        since: 'September 15, 2026',
        current: true,
        exact: true,
        input: '$0.50',
        output: '$1.50',
        cacheRead: '—',
        cacheWrite: '—',
        change: 'Input −37.5%; Output −37.5%',
        source: 'now',
      },
    ]);
    const zh = historyRows(l3Offer(), 'zh-TW');
    expect(zh[1]?.change).toBe('輸入 −20%；輸出 −20%');
    expect(zh[0]?.input).toBe('US$1.00');
    expect(historyRows(l3Offer(), 'zh-HK')[2]?.since).toBe('2026年9月15日');
  });

  test('percent changes print with a true minus, a plus, or none for zero', () => {
    expect(formatPercentChange(-20, 'en')).toBe('−20%');
    expect(formatPercentChange(25, 'zh-TW')).toBe('+25%');
    expect(formatPercentChange(0, 'en')).toBe('0%');
  });

  test('only offers with history get a view, the basis first', () => {
    const plain = baseOffer(rate(1, 2));
    const withHistory = { ...l3Offer(), provider: { ...plain.provider, id: 'reseller', name: 'Reseller' } };
    expect(variantHistoryViews(baseVariant({ offers: [plain] }), 'en')).toEqual([]);
    const views = variantHistoryViews(baseVariant({ offers: [withHistory, plain], basis: plain }), 'en');
    expect(views.map((v) => v.id)).toEqual(['reseller']);
  });
});

describe('the step chart', () => {
  const chart = () =>
    priceStepChart(
      priceTimeline(l3Offer()),
      '2026-11-01',
      (iso) => iso,
      (usd) => `$${usd}`,
    );
  const inside = (g: ReturnType<typeof chart>, x: number, y: number) => x >= g.plot.left && x <= g.plot.right && y >= g.plot.top && y <= g.plot.bottom;

  test('every point lies inside the plot, and no number is NaN', () => {
    const g = chart();
    expect(g.segments).toHaveLength(6);
    for (const s of g.segments) {
      expect(inside(g, s.x1, s.y), JSON.stringify(s)).toBe(true);
      expect(inside(g, s.x2, s.y), JSON.stringify(s)).toBe(true);
    }
    const numbers = [...`${g.paths.input} ${g.paths.output}`.matchAll(/-?[\d.]+|NaN|Infinity/g)].map((m) => m[0]);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.every((n) => Number.isFinite(Number(n)))).toBe(true);
    for (const tick of [...g.xTicks, ...g.yTicks]) expect(Number.isFinite(tick.position)).toBe(true);
  });

  test('steps sit at the right dates: each rule from its since to the next, the current one to the end', () => {
    const g = chart();
    const input = g.segments.filter((s) => s.key === 'input');
    expect(input.map((s) => [s.from, s.to, s.value])).toEqual([
      ['2026-01-01', '2026-05-01', 1],
      ['2026-05-01', '2026-09-15', 0.8],
      ['2026-09-15', '2026-11-01', 0.5],
    ]);
    // x is linear in days (to the nearest unit): 1 May is 120 of 304 days in.
    const width = g.plot.right - g.plot.left;
    expect(input[0]?.x1).toBe(g.plot.left);
    expect(input[2]?.x2).toBe(g.plot.right);
    expect(Math.abs((input[1]?.x1 ?? 0) - (g.plot.left + (120 / 304) * width))).toBeLessThanOrEqual(0.5);
    // Lower prices sit lower (a larger y), and output sits above input.
    expect(input[0]!.y).toBeLessThan(input[1]!.y);
    const output = g.segments.filter((s) => s.key === 'output');
    expect(output[0]!.y).toBeLessThan(input[0]!.y);
    // One continuous step line per rate: a single move, then risers and runs.
    expect(g.paths.input).toMatch(/^M[\d.]+ [\d.]+H[\d.]+V[\d.]+H[\d.]+V[\d.]+H[\d.]+$/);
    // A date label at each change; the right edge's (1 November) would crowd 15 September's, so it is dropped.
    expect(g.xTicks.map((t) => t.label)).toEqual(['2026-01-01', '2026-05-01', '2026-09-15']);
    expect(g.xTicks.map((t) => t.position)).toEqual(input.map((s) => s.x1));
    expect(g.yTicks[0]).toMatchObject({ position: g.plot.bottom, label: '$0' });
    expect(g.yTicks.at(-1)!.position).toBeGreaterThanOrEqual(g.plot.top);
  });

  test('a listed rule is a gap: the line breaks and starts again', () => {
    const offer = baseOffer(rate(0.5, 1.5, { since: '2026-09-01', checked: '2026-10-01' }), {
      history: [earlier(1, 3, '2026-01-01'), listed('about $1', '2026-05-01')],
    });
    const g = priceStepChart(priceTimeline(offer), timelineEnd(offer), (iso) => iso, String);
    expect(g.segments.filter((s) => s.key === 'input').map((s) => [s.from, s.to])).toEqual([
      ['2026-01-01', '2026-05-01'],
      ['2026-09-01', '2026-10-01'],
    ]);
    expect(g.paths.input.match(/M/g)).toHaveLength(2);
    expect(g.paths.input).not.toContain('V');
  });

  test('nothing exact, or a single day, draws nothing broken', () => {
    const none = baseOffer({ type: 'unpublished', source: 's', checked: '2026-02-01' }, { history: [listed('x', '2026-01-01')] });
    expect(priceStepChart(priceTimeline(none), timelineEnd(none), String, String)).toMatchObject({ segments: [], paths: { input: '', output: '' } });
    const oneDay = baseOffer(rate(1, 2, { since: '2026-01-01', checked: '2026-01-01' }), { history: [earlier(2, 4, '2025-12-31')] });
    const g = priceStepChart(priceTimeline(oneDay), timelineEnd(oneDay), String, String);
    expect(`${g.paths.input}${g.paths.output}`).not.toMatch(/NaN|Infinity/);
  });

  test('the view says in words what the chart draws', () => {
    const variant = baseVariant({ name: 'L3', offers: [l3Offer()] });
    const view = offerHistoryView(variant, variant.offers[0]!, 'en');
    expect(view.chartTitle).toBe('Price history of L3 at Maker, US$ per 1M tokens');
    expect(view.chartDesc).toBe(
      'Input: $1.00 from Jan 1, 2026; $0.80 from May 1, 2026; $0.50 from Sep 15, 2026. Output: $3.00 from Jan 1, 2026; $2.40 from May 1, 2026; $1.50 from Sep 15, 2026.',
    );
    expect(view.chart.xTicks.map((t) => t.label)).toEqual(['1/1/26', '5/1/26', '9/15/26']);
    expect(offerHistoryView(variant, variant.offers[0]!, 'zh-TW').chartDesc).toContain('自 2026年5月1日 起為 US$0.80');
  });
});

describe('the lifecycle notice', () => {
  const catalog = loadCatalog('tests/fixtures/lifecycle');
  const family = catalog.families[0]!;
  const [l1, l2, l3] = ['l1', 'l2', 'l3'].map((slug) => family.variants.find((v) => v.slug === slug)!);

  test('deprecated, retired and active variants', () => {
    expect(lifecycleNotice(l2!, 'en')).toEqual({
      text: 'Legacy-L2 has been deprecated since October 1, 2026 and retires on March 31, 2027. Its successor is Legacy-L3.',
      successorHref: '/en/models/legacy/l3',
      successorName: 'Legacy-L3',
      before: 'Legacy-L2 has been deprecated since October 1, 2026 and retires on March 31, 2027. Its successor is ',
      after: '.',
    });
    expect(lifecycleNotice(l1!, 'zh-HK')?.text).toBe('Legacy-L1 已於 2026年6月1日 停用。本頁保留作紀錄之用；其後繼型號為 Legacy-L3。');
    expect(lifecycleNotice(l3!, 'en')).toBeUndefined();
    expect(lifecycleNotice({ ...l2!, successor: undefined, retires: undefined } as never, 'zh-TW')).toEqual({
      text: 'Legacy-L2 已於 2026年10月1日 宣布即將停用。',
      before: 'Legacy-L2 已於 2026年10月1日 宣布即將停用。',
      after: '',
    });
  });
});
