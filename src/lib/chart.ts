/**
 * Geometry of the price-against-context chart, drawn as SVG at build time.
 * Both axes are logarithmic: prices and context windows span orders of
 * magnitude. Variants on the same spot share one point and one label.
 */
import type { Variant } from './content/types';
import { formatContextShort } from './format';
import { basisBlended } from './labels';

export interface ChartPoint {
  x: number;
  y: number;
  context: number;
  price: number;
  names: string[];
  /** Label to the left of the point when it would run off the right edge. */
  labelLeft: boolean;
}

export interface ChartTick {
  position: number;
  value: number;
  label: string;
}

export interface ChartGeometry {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  points: ChartPoint[];
  xTicks: ChartTick[];
  yTicks: ChartTick[];
}

const log = Math.log10;

/** Log-scale ticks at 1, 2 and 5 times each power of ten inside [min, max]. */
function logTicks(min: number, max: number): number[] {
  const ticks: number[] = [];
  for (let exp = Math.floor(log(min)); exp <= Math.ceil(log(max)); exp++) {
    for (const m of [1, 2, 5]) {
      const value = Number((m * 10 ** exp).toPrecision(6));
      if (value >= min && value <= max) ticks.push(value);
    }
  }
  return ticks;
}

/** Points and ticks for `variants`, in a `width` × `height` viewBox. */
export function priceContextChart(variants: readonly Variant[], formatPrice: (usd: number) => string, width = 640, height = 360): ChartGeometry {
  const plot = { left: 72, right: width - 24, top: 20, bottom: height - 52 };
  // Only exact basis prices are points: a variant with a listed or unpublished price has none to plot.
  const plotted = variants.filter((v) => (basisBlended(v) ?? 0) > 0);
  const contexts = plotted.map((v) => v.contextWindow);
  const prices = plotted.map((v) => basisBlended(v) ?? 0);
  if (plotted.length === 0) return { width, height, plot, points: [], xTicks: [], yTicks: [] };
  // Half a decade of margin on each side keeps points off the axes.
  const xMin = Math.min(...contexts) / 2;
  const xMax = Math.max(...contexts) * 2;
  const yMin = Math.min(...prices) / 3;
  const yMax = Math.max(...prices) * 3;
  const sx = (v: number) => plot.left + ((log(v) - log(xMin)) / (log(xMax) - log(xMin))) * (plot.right - plot.left);
  const sy = (v: number) => plot.bottom - ((log(v) - log(yMin)) / (log(yMax) - log(yMin))) * (plot.bottom - plot.top);
  const round = (n: number) => Math.round(n * 10) / 10;

  const grouped = new Map<string, ChartPoint>();
  for (const v of plotted) {
    const price = basisBlended(v) ?? 0;
    const key = `${v.contextWindow}|${price}`;
    const point = grouped.get(key);
    if (point) point.names.push(v.name);
    else {
      const x = round(sx(v.contextWindow));
      grouped.set(key, { x, y: round(sy(price)), context: v.contextWindow, price, names: [v.name], labelLeft: x > plot.left + (plot.right - plot.left) * 0.6 });
    }
  }
  const xTicks = [...new Set(contexts)].sort((a, b) => a - b).map((value) => ({ position: round(sx(value)), value, label: formatContextShort(value) }));
  const yTicks = logTicks(yMin, yMax).map((value) => ({ position: round(sy(value)), value, label: formatPrice(value) }));
  return { width, height, plot, points: [...grouped.values()], xTicks, yTicks };
}
