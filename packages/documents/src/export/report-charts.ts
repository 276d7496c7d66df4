import type { Font } from 'fontkit';
import { Raster, textWidth, type Rgb } from './raster-png';

export interface ChartItem {
  label: string;
  value: number;
  /** Full scale of this bar (e.g. the item's weight); bars without one share the largest value. */
  max?: number | null;
}

export interface ChartImage {
  png: Uint8Array;
  width: number;
  height: number;
}

const PALETTE: Rgb[] = [[47, 84, 150], [221, 132, 82], [85, 168, 104], [196, 78, 82], [129, 114, 178], [147, 120, 96], [218, 139, 195], [140, 140, 140], [204, 185, 116], [100, 181, 205]];
const INK: Rgb = [40, 40, 40];
const GRID: Rgb = [215, 215, 215];
const TRACK: Rgb = [236, 238, 242];

export function paletteColor(i: number): Rgb {
  return PALETTE[i % PALETTE.length]!;
}

/** Shortens a label to fit `width` at `size`, ending with an ellipsis. */
function fit(font: Font, text: string, size: number, width: number): string {
  if (textWidth(font, text, size) <= width) return text;
  let out = text;
  while (out.length > 1 && textWidth(font, `${out}…`, size) > width) out = out.slice(0, -1);
  return `${out}…`;
}

const formatValue = (v: number) => String(Math.round(v * 100) / 100);

/**
 * Horizontal bars, one per item, with the label on the left and "value / max" on the
 * right; a light track shows each item's full scale. Without a font the bars are drawn
 * alone (the report prints the same figures in a table next to the chart).
 */
export function barChartPng(items: ChartItem[], font: Font | null, options: { width?: number } = {}): ChartImage {
  const width = options.width ?? 640;
  const rowHeight = 26;
  const top = 12;
  const height = top * 2 + Math.max(1, items.length) * rowHeight;
  const labelWidth = font ? Math.min(220, width * 0.35) : 10;
  const valueWidth = font ? 90 : 10;
  const plotX = labelWidth + 10;
  const plotWidth = width - plotX - valueWidth - 10;
  const scale = Math.max(1e-9, ...items.map((i) => Math.max(i.max ?? 0, i.value)));
  const raster = new Raster(width, height);
  for (let g = 0; g <= 4; g++) raster.fillRect(plotX + (plotWidth * g) / 4, top - 4, 1, items.length * rowHeight + 4, GRID);
  items.forEach((item, i) => {
    const y = top + i * rowHeight;
    const full = ((item.max ?? scale) / scale) * plotWidth;
    const bar = (Math.max(0, item.value) / scale) * plotWidth;
    if (item.max != null) raster.fillRect(plotX, y + 5, full, rowHeight - 10, TRACK);
    raster.fillRect(plotX, y + 5, bar, rowHeight - 10, paletteColor(i));
    if (font) {
      raster.text(font, fit(font, item.label, 12, labelWidth), 4, y + 18, 12, INK);
      const value = item.max != null ? `${formatValue(item.value)} / ${formatValue(item.max)}` : formatValue(item.value);
      raster.text(font, value, plotX + plotWidth + 8, y + 18, 12, INK);
    }
  });
  return { png: raster.toPng(), width, height };
}

/** A pie with a legend of label, value and share; slices for non-positive values are left out. */
export function pieChartPng(items: ChartItem[], font: Font | null, options: { width?: number } = {}): ChartImage {
  const width = options.width ?? 640;
  const shown = items.filter((i) => i.value > 0);
  const total = shown.reduce((n, i) => n + i.value, 0);
  const radius = 100;
  const height = Math.max(2 * radius + 30, 24 + shown.length * 24);
  const raster = new Raster(width, height);
  const cx = radius + 15;
  const cy = height / 2;
  let angle = -Math.PI / 2;
  shown.forEach((item, i) => {
    const sweep = total > 0 ? (item.value / total) * Math.PI * 2 : 0;
    const steps = Math.max(2, Math.ceil(sweep / 0.05));
    const poly: Array<[number, number]> = [[cx, cy]];
    for (let k = 0; k <= steps; k++) {
      const a = angle + (sweep * k) / steps;
      poly.push([cx + radius * Math.cos(a), cy + radius * Math.sin(a)]);
    }
    raster.fillPolygons([poly], paletteColor(i));
    angle += sweep;
  });
  const legendX = 2 * radius + 50;
  shown.forEach((item, i) => {
    const y = 14 + i * 24;
    raster.fillRect(legendX, y, 14, 14, paletteColor(i));
    if (font) {
      const share = total > 0 ? `${((item.value / total) * 100).toFixed(1)}%` : '';
      const text = `${item.label}  ${formatValue(item.value)}（${share}）`;
      raster.text(font, fit(font, text, 12, width - legendX - 26), legendX + 22, y + 12, 12, INK);
    }
  });
  return { png: raster.toPng(), width, height };
}
