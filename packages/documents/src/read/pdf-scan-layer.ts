/**
 * A "searchable PDF" made from a scan (扫描 + 可搜索 PDF: ABBYY FineReader, Acrobat 识别文本, WPS 图片转文字, a
 * copier's OCR): each page is a picture of the paper with the recogniser's text drawn over it invisibly
 * (render mode 3). That text is the only text there is, and it is placed as the engine saw the paper:
 * turned with the paper's skew, a seal's characters read among the table's words, two pages of a booklet
 * side by side on one landscape sheet. These rules put such a page back in reading order.
 */
import type { RawText } from './pdf-seal';
import type { PageContent } from './pdf-layout';
import { clusterPositions } from './pdf-text-lines';

/** Whether the page is a scan's picture with invisible recognised text over it (an image and `3 Tr`). */
export function isScannedPage(fnArray: number[], argsArray: unknown[], OPS: Record<string, number>): boolean {
  let image = false;
  let invisible = false;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    if (fn === OPS['paintImageXObject'] || fn === OPS['paintInlineImageXObject'] || fn === OPS['paintJpegXObject']) image = true;
    else if (fn === OPS['setTextRenderingMode'] && (argsArray[i] as unknown[] | null)?.[0] === 3) invisible = true;
  }
  return image && invisible;
}

const angleOf = (r: RawText) => (Math.atan2(r.t[1], r.t[0]) * 180) / Math.PI;

// A skew below this is a recogniser's rounding; above the slant limit a run is a watermark, not a turned line.
const MIN_SKEW = 0.25;
const MAX_SKEW = 5;
// Most runs of a skewed scan share the paper's angle; a few turned runs (a seal, a sideways caption) do not make a skew.
const SHARE = 0.6;
const SPREAD = 0.4;

/**
 * The runs of a page turned back by the angle most of them share, when that angle is a scan's skew (a few
 * degrees): their positions rotated about the page's centre and their matrices set upright, so lines, rows
 * and columns line up again. A page whose runs are upright, or turned by many angles, is left as it is.
 */
export function deskewRuns(raws: RawText[], width: number, height: number): RawText[] {
  const angles = raws.filter((r) => r.str.trim()).map(angleOf).sort((a, b) => a - b);
  if (angles.length < 8) return raws;
  const median = angles[Math.floor(angles.length / 2)]!;
  if (Math.abs(median) < MIN_SKEW || Math.abs(median) > MAX_SKEW) return raws;
  if (angles.filter((a) => Math.abs(a - median) <= SPREAD).length < SHARE * angles.length) return raws;
  const rad = (median * Math.PI) / 180;
  const cos = Math.cos(rad);
  const sin = Math.sin(rad);
  const cx = width / 2;
  const cy = height / 2;
  return raws.map((r) => {
    if (Math.abs(angleOf(r) - median) > SPREAD) return r;
    const dx = r.t[4] - cx;
    const dy = r.t[5] - cy;
    const a = Math.hypot(r.t[0], r.t[1]);
    const d = Math.hypot(r.t[2], r.t[3]);
    return { ...r, t: [a, 0, 0, Math.sign(r.t[3]) * d, cx + dx * cos + dy * sin, cy - dx * sin + dy * cos] };
  });
}

const sizeOf = (r: RawText) => Math.hypot(r.t[2], r.t[3]) || r.height;

/**
 * A seal stamped over the table, read by the recogniser as a few characters of its own (larger than the
 * form's text) among a row's words: on a scanned page, a run at least 1.4 times the body size whose line
 * band also holds body-size runs is the seal, not cell text. A larger title on a line of its own stays.
 */
export function withoutSealReadings(raws: RawText[]): RawText[] {
  const sizes = raws.filter((r) => r.str.trim()).map(sizeOf).sort((a, b) => a - b);
  if (sizes.length === 0) return raws;
  const body = sizes[Math.floor(sizes.length / 2)]!;
  const large = (r: RawText) => sizeOf(r) >= 1.4 * body;
  const band = (r: RawText): [number, number] => [r.t[5] - sizeOf(r) * 0.85, r.t[5] + sizeOf(r) * 0.15];
  return raws.filter((r) => {
    if (!r.str.trim() || !large(r)) return true;
    const [top, bottom] = band(r);
    return !raws.some((o) => o !== r && o.str.trim() && !large(o) && band(o)[1] > top + 1 && band(o)[0] < bottom - 1);
  });
}

// A booklet's gutter: the blank band between two pages is wider than any gap between a table's columns.
const GUTTER_BODIES = 3;
const MIN_LINES = 4;
// At most this share of one side's lines may stand on a baseline of the other side.
const SHARED_LINES = 0.4;

/**
 * Two pages scanned side by side on one landscape sheet (an open booklet, a 2-up copy): when no text run
 * crosses a wide blank band through the middle third of a landscape page and each side holds several lines,
 * the sheet is read as its left page and then its right page.
 */
export function splitTwoUp(page: PageContent): PageContent[] {
  if (page.width <= page.height || page.items.length === 0) return [page];
  const text = page.items.filter((i) => i.str.trim());
  const sizes = text.map((i) => i.size).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 10;
  const spans = text.map((i) => [i.x0, i.x1] as [number, number]).sort((a, b) => a[0] - b[0]);
  let reach = -Infinity;
  let best: [number, number] | null = null;
  for (const [x0, x1] of spans) {
    if (reach > -Infinity && x0 - reach >= GUTTER_BODIES * body) {
      const mid = (reach + x0) / 2;
      if (mid > page.width / 3 && mid < (2 * page.width) / 3 && (!best || x0 - reach > best[1] - best[0])) best = [reach, x0];
    }
    reach = Math.max(reach, x1);
  }
  if (!best) return [page];
  const cut = (best[0] + best[1]) / 2;
  const left = page.items.filter((i) => (i.x0 + i.x1) / 2 < cut);
  const right = page.items.filter((i) => (i.x0 + i.x1) / 2 >= cut);
  const baselines = (items: typeof left) => clusterPositions(items.filter((i) => i.str.trim()).map((i) => i.bottom), 0.3 * body);
  const [onLeft, onRight] = [baselines(left), baselines(right)];
  if (onLeft.length < MIN_LINES || onRight.length < MIN_LINES) return [page];
  // A table's columns share its rows' baselines across any gap; two pages are set line by line on their own.
  const shared = onLeft.filter((b) => onRight.some((r) => Math.abs(r - b) <= 0.3 * body)).length;
  if (shared > SHARED_LINES * Math.min(onLeft.length, onRight.length)) return [page];
  const half = (items: typeof left, keep: (x: number) => boolean, dx: number): PageContent => ({
    width: page.width / 2,
    height: page.height,
    items: items.map((i) => ({ ...i, x0: i.x0 - dx, x1: i.x1 - dx })),
    segments: page.segments.filter((s) => keep((s.x0 + s.x1) / 2)).map((s) => ({ ...s, x0: s.x0 - dx, x1: s.x1 - dx })),
  });
  return [half(left, (x) => x < cut, 0), half(right, (x) => x >= cut, cut)];
}

/**
 * The recogniser sets each run of a line on its own baseline, a point or so up or down: runs whose
 * baselines lie within a third of the text size of a line's mean are set on that mean, so a line's
 * height and its gap to the next line are the paper's, not the wobble's.
 */
export function evenBaselines(raws: RawText[]): RawText[] {
  const order = raws.map((r, k) => ({ r, k })).filter((e) => e.r.str).sort((a, b) => a.r.t[5] - b.r.t[5]);
  const out = [...raws];
  let group: typeof order = [];
  const flush = () => {
    const mean = group.reduce((a, e) => a + e.r.t[5], 0) / group.length;
    for (const e of group) out[e.k] = { ...e.r, t: [e.r.t[0], e.r.t[1], e.r.t[2], e.r.t[3], e.r.t[4], mean] };
    group = [];
  };
  for (const e of order) {
    const mean = group.length ? group.reduce((a, g) => a + g.r.t[5], 0) / group.length : 0;
    if (group.length && (Math.abs(e.r.t[5] - mean) > sizeOf(e.r) / 3 || Math.abs(sizeOf(e.r) - sizeOf(group[0]!.r)) > 0.5)) flush();
    group.push(e);
  }
  if (group.length) flush();
  return out;
}
