import PDFDocument from 'pdfkit';
import type { CjkFont } from './find-cjk-font';
import type { FormLayout, LayoutCell } from './form-layout';

const MARGIN = 36;
const FONT_SIZE = 8.5;
const LINE_HEIGHT = FONT_SIZE * 1.35;
const PAD = 3;
const A4: [number, number] = [595.28, 841.89];

interface Placed {
  cell: LayoutCell;
  x: number;
  width: number;
  lines: string[];
}

interface MeasuredRow {
  cells: Placed[];
  height: number;
  header: boolean;
  /** Index of the layout row this (piece of a) row comes from. */
  source: number;
}

interface OpenMerge {
  placed: Placed;
  /** Layout row index of the merge's last row. */
  endSource: number;
  top: number;
}

/**
 * The forms as A4 PDF pages drawn with pdfkit: bordered cells, text wrapped inside each
 * cell box and written left-aligned, one text run per line, so a PDF reader gets clean
 * cell boxes and consistent column x positions back. Rows move whole to the next page;
 * a row taller than a page is split by lines; the indicator header repeats on each page.
 */
export async function renderPdf(layouts: FormLayout[], font: CjkFont, options: { title?: string; onProgress?: (done: number, total: number) => void } = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({ autoFirstPage: false, compress: true, font: null, info: { Title: options.title ?? layouts[0]?.title ?? '', Creator: 'jixiao' } });
  doc.registerFont('cjk', font.path, font.family ?? undefined);
  const chunks: Uint8Array[] = [];
  const done = new Promise<void>((resolve, reject) => {
    doc.on('data', (chunk) => chunks.push(chunk));
    doc.on('end', () => resolve());
    doc.on('error', reject);
  });
  const measure = widthMeter(doc);
  if (layouts.length === 0) doc.addPage({ size: A4, margin: MARGIN });
  layouts.forEach((layout, i) => {
    drawForm(doc, layout, measure);
    options.onProgress?.(i + 1, layouts.length);
  });
  doc.end();
  await done;
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

function widthMeter(doc: PDFDocument): (text: string, size: number) => number {
  const cache = new Map<string, number>();
  doc.font('cjk').fontSize(1);
  return (text, size) => {
    let w = 0;
    for (const ch of text) {
      let cw = cache.get(ch);
      if (cw === undefined) {
        // Measuring at size 1 must not leak into the text drawn next (titles came out at 1 pt).
        const previous = (doc as unknown as { _fontSize: number })._fontSize;
        doc.fontSize(1);
        cw = doc.widthOfString(ch);
        doc.fontSize(previous);
        cache.set(ch, cw);
      }
      w += cw;
    }
    return w * size;
  };
}

/** Greedy wrap by character width; Latin words stay whole when they fit on a line. */
export function wrapText(text: string, width: number, measure: (t: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    const tokens = paragraph.match(/[A-Za-z0-9.,%\-+_/:()]+|\s+|./gu) ?? [];
    let line = '';
    let lineWidth = 0;
    for (const token of tokens) {
      const tw = measure(token);
      if (lineWidth + tw <= width || line === '') {
        if (tw > width && line === '') {
          for (const ch of token) {
            const cw = measure(ch);
            if (lineWidth + cw > width && line !== '') {
              lines.push(line);
              line = '';
              lineWidth = 0;
            }
            line += ch;
            lineWidth += cw;
          }
        } else {
          line += token;
          lineWidth += tw;
        }
      } else {
        lines.push(line.trimEnd());
        line = /^\s+$/.test(token) ? '' : token;
        lineWidth = line === '' ? 0 : tw;
      }
    }
    lines.push(line.trimEnd());
  }
  return lines.length > 0 ? lines : [''];
}

function drawForm(doc: PDFDocument, layout: FormLayout, measure: (t: string, size: number) => number): void {
  const landscape = layout.columns.length > 8;
  const [pageWidth, pageHeight] = landscape ? [A4[1], A4[0]] : A4;
  const pageOptions = { size: A4, layout: landscape ? ('landscape' as const) : ('portrait' as const), margin: MARGIN };
  doc.addPage(pageOptions);
  doc.font('cjk');
  const contentWidth = pageWidth - 2 * MARGIN;
  const total = layout.columns.reduce((a, b) => a + b, 0);
  const xs: number[] = [MARGIN];
  for (const w of layout.columns) xs.push(xs[xs.length - 1]! + (w / total) * contentWidth);

  let y = MARGIN;
  doc.fontSize(15);
  const titleWidth = measure(layout.title, 15);
  doc.save().lineWidth(BOLD_OUTLINE);
  doc.text(layout.title, MARGIN + Math.max(0, (contentWidth - titleWidth) / 2), y, { lineBreak: false, fill: true, stroke: true });
  doc.restore();
  y += 26;
  for (const line of layout.subtitle) {
    doc.fontSize(10);
    doc.text(line, MARGIN + Math.max(0, (contentWidth - measure(line, 10)) / 2), y, { lineBreak: false });
    y += 16;
  }
  y += 4;

  const rows = measureRows(layout, xs, measure, pageHeight - 2 * MARGIN - 3 * LINE_HEIGHT);
  const headerIndex = rows.findIndex((r) => r.header);
  const bottom = pageHeight - MARGIN;
  const open: OpenMerge[] = [];
  doc.fontSize(FONT_SIZE).lineWidth(0.6).strokeColor('#000000').fillColor('#000000');

  const drawRowCells = (row: MeasuredRow, top: number) => {
    for (const p of row.cells) {
      if (p.cell.rowSpan > 1) {
        open.push({ placed: p, endSource: row.source + p.cell.rowSpan - 1, top });
        drawLines(doc, p, top);
      } else {
        doc.rect(p.x, top, p.width, row.height).stroke();
        drawLines(doc, p, top);
      }
    }
  };

  rows.forEach((row, index) => {
    // A header row stays with the first row under it.
    const needed = row.height + (row.header ? (rows[index + 1]?.height ?? 0) : 0);
    if (y + needed > bottom && y > MARGIN + 1) {
      for (const m of open) doc.rect(m.placed.x, m.top, m.placed.width, y - m.top).stroke();
      doc.addPage(pageOptions);
      doc.font('cjk').fontSize(FONT_SIZE).lineWidth(0.6);
      y = MARGIN;
      if (headerIndex >= 0 && index > headerIndex) {
        const header = rows[headerIndex]!;
        for (const p of header.cells) {
          doc.rect(p.x, y, p.width, header.height).stroke();
          drawLines(doc, p, y);
        }
        y += header.height;
      }
      // A merged level cell continuing onto this page gets its box and text again here.
      for (const m of open) {
        m.top = y;
        drawLines(doc, m.placed, y);
      }
    }
    drawRowCells(row, y);
    y += row.height;
    const next = rows[index + 1]?.source ?? Infinity;
    for (let k = open.length - 1; k >= 0; k--) {
      const m = open[k]!;
      if (m.endSource < next) {
        doc.rect(m.placed.x, m.top, m.placed.width, y - m.top).stroke();
        open.splice(k, 1);
      }
    }
  });
}

// Bold cells (headers, labels) are drawn filled and outlined: the CJK fonts found on a system
// usually come in one weight, and an outline keeps the text extractable as it is.
const BOLD_OUTLINE = 0.3;

function drawLines(doc: PDFDocument, p: Placed, top: number): void {
  const bold = p.cell.bold;
  if (bold) doc.save().lineWidth(BOLD_OUTLINE);
  p.lines.forEach((line, i) => {
    if (line !== '') doc.text(line, p.x + PAD, top + PAD + i * LINE_HEIGHT, { lineBreak: false, ...(bold ? { fill: true, stroke: true } : {}) });
  });
  if (bold) doc.restore();
}

/**
 * Row heights from the wrapped text; merged cells stretch their last row when their text
 * needs more room; rows taller than a page are cut into line-sized pieces.
 */
function measureRows(layout: FormLayout, xs: number[], measure: (t: string, size: number) => number, maxHeight: number): MeasuredRow[] {
  const place = (c: LayoutCell): Placed => {
    const x = xs[c.col] ?? 0;
    const width = (xs[c.col + c.colSpan] ?? x) - x;
    return { cell: c, x, width, lines: wrapText(c.text, width - 2 * PAD, (t) => measure(t, FONT_SIZE)) };
  };
  const heightOf = (lines: number) => lines * LINE_HEIGHT + 2 * PAD + 1;
  const rows: MeasuredRow[] = layout.rows.map((row, source) => {
    const cells = row.cells.map(place);
    const own = cells.filter((p) => p.cell.rowSpan === 1).map((p) => heightOf(p.lines.length));
    return { cells, header: row.header, height: Math.max(heightOf(1), ...own), source };
  });
  rows.forEach((row, r) => {
    for (const p of row.cells) {
      if (p.cell.rowSpan < 2) continue;
      const last = Math.min(rows.length - 1, r + p.cell.rowSpan - 1);
      const have = rows.slice(r, last + 1).reduce((a, b) => a + b.height, 0);
      const need = heightOf(p.lines.length);
      if (need > have) rows[last]!.height += need - have;
    }
  });
  const out: MeasuredRow[] = [];
  for (const row of rows) {
    const splittable = row.cells.every((p) => p.cell.rowSpan === 1);
    if (row.height <= maxHeight || !splittable) {
      out.push(row);
      continue;
    }
    const perPiece = Math.max(1, Math.floor((maxHeight - 2 * PAD - 1) / LINE_HEIGHT));
    const longest = Math.max(...row.cells.map((p) => p.lines.length));
    for (let start = 0; start < longest; start += perPiece) {
      const cells = row.cells.map((p) => ({ ...p, lines: p.lines.slice(start, start + perPiece) }));
      const count = Math.max(1, ...cells.map((p) => p.lines.length));
      out.push({ cells, header: false, height: heightOf(count), source: row.source });
    }
  }
  return out;
}
