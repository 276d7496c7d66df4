/**
 * Writes a PDF from the same plain grid source as grid-binaries (`<` merges left, `^` merges
 * up), as Word prints such a table: ruled cells with real merges (a merged level cell is one
 * box, its text vertically centred), text wrapped inside its column, the table running on
 * over page breaks with no header repeated. `ruled: false` prints the table without any
 * borders. Used to build the layout corpus's .pdf documents (test-corpus/build-binaries.ts).
 */
import PDFDocument from 'pdfkit';
import type { CjkFont } from '../../export/find-cjk-font';
import type { GridBlock } from './grid-binaries';
import { distributedLine, frameCell, wrapChars } from './grid-pdf-strokes';
import { type ScanOptions, scanLine, scanNoise, startScanPage } from './grid-pdf-scan';

export interface GridPdfOptions {
  ruled: boolean;
  /** Page height in points (A4 by default); a short page forces the table over a page break. */
  pageHeight?: number;
  /** Row of each table (0-based) that Word repeats at the top of every following page (标题行重复). */
  repeatRow?: number;
  /** Last row of a header over several rows that repeats with repeatRow (both rows of 指标值 over 目标值 | 计量单位). */
  repeatTo?: number;
  /** Prints a page number (- N -) under each page, as Word's footer does. */
  pageNumbers?: boolean;
  /** No space above and below cell text: the gap between rows equals the gap between wrapped lines. */
  tight?: boolean;
  /** Text a budget system stamps across every page (内部资料), drawn slanted over the table as a text layer. */
  watermark?: string;
  /** A line a system prints at the top of every page (系统名称 and 打印时间). */
  pageHeader?: string;
  /** Numbers set flush right in their cells, as spreadsheets and finance systems print amounts and weights. */
  numbersRight?: boolean;
  /** Prints the previous page's last row again atop each continuation page (some report engines' 续表 style). */
  repeatLastRow?: boolean;
  /** A4 turned sideways (横向), as wide 自评表 are printed: the page's height becomes its width. */
  landscape?: boolean;
  /** Merged cells with their text at the top (Excel's 顶端对齐): a level shows on its group's first row only. */
  mergedTop?: boolean;
  /** A scan's OCR text layer: every character of a cell its own text item, set apart by small gaps. */
  ocrChars?: boolean;
  /** Every glyph its own text item at the font's exact advance (report engines that position each glyph). */
  glyphs?: boolean;
  /** A landscape layout on a portrait page turned by /Rotate 90 (the content drawn sideways, as printers and scanners save it). */
  rotate90?: boolean;
  /** Order a table's cells are drawn in: by column (left to right) or from the last row up, not in reading order. */
  drawOrder?: 'columns' | 'reverse';
  /** A footer under every page, `{PAGE}` / `{PAGES}` the page number and the count (第{PAGE}页共{PAGES}页). */
  pageFooter?: string;
  /** A round seal (公章) on the last page: its unit name set as a ring of rotated glyphs, centred at x, y (fractions of the page). */
  stamp?: { text: string; x: number; y: number };
  /** The first N text blocks set in two columns (a booklet page): the first half down the left column, the rest down the right. */
  twoColumn?: number;
  /** Rulings drawn as thin filled rectangles, one an edge (WPS's and Excel's PDF export), not stroked paths. */
  rulesAsRects?: boolean;
  /** Text cells set 分散对齐: each line's characters spread evenly over the cell's width, each its own text item. */
  distributed?: boolean;
  /** Excel's 调整为一页: everything drawn at this scale (fonts, rules, margins), so a long sheet fits one page. */
  scale?: number;
  /** Table rows (0-based, inclusive) whose cells have no borders (rows a clerk pasted in without 边框). */
  unruledRows?: [number, number];
  /** Relative column widths instead of sizing columns by their text (a template's narrow level columns). */
  columnWeights?: number[];
  /** A line printed above the repeated header on each continuation page (`续表`). */
  continuedTitle?: string;
  /** A scanned page made searchable (grid-pdf-scan.ts): the paper's picture, the text invisible over it, no vector rulings. */
  scan?: ScanOptions;
  /** Two pages of the form scanned side by side on one landscape sheet (an open booklet): the layout's pages become its halves. */
  twoUp?: boolean;
  /** The characters an OCR engine read off a seal over the table, placed at x, y (fractions of the last layout page). */
  scanStamp?: { text: string; x: number; y: number };
}

// An OCR engine places each recognised glyph on its own, a little off the font's advance.
const OCR_GAP = 0.6;

const NUMBER_CELL = /^-?[\d,]+(\.\d+)?%?$/;

interface Box { row: number; col: number; rows: number; cols: number; text: string }

// Word's default cell margins (0.19 cm left and right).
const PAD = 5.4;
const FONT_SIZE = 9;
const A4_SHORT = 595.28;
const A4_LONG = 841.89;
const MARGIN = 40;

function boxesOf(rows: string[][]): { boxes: Box[]; width: number } {
  const width = Math.max(...rows.map((r) => r.length));
  const boxes: Box[] = [];
  rows.forEach((r, ri) => {
    for (let c = 0; c < width; c++) {
      const text = r[c] ?? '';
      if (text === '<' || text === '^') continue;
      let cols = 1;
      while ((r[c + cols] ?? '') === '<') cols++;
      let span = 1;
      while ((rows[ri + span]?.[c] ?? '') === '^') span++;
      boxes.push({ row: ri, col: c, rows: span, cols, text });
    }
  });
  return { boxes, width };
}

/** Column widths in proportion to the longest single-cell text, within the printable width. */
function columnWidths(boxes: Box[], width: number, pageWidth: number, weights?: number[]): number[] {
  if (weights && weights.length === width) {
    const sum = weights.reduce((a, b) => a + b, 0);
    return weights.map((w) => (w / sum) * (pageWidth - 2 * MARGIN));
  }
  // Word sizes a column to its words: at least a short caption (分值, 得分) fits on one line.
  const need = new Array<number>(width).fill(3);
  for (const b of boxes) if (b.cols === 1) need[b.col] = Math.max(need[b.col]!, Math.min(12, b.text.length));
  const total = need.reduce((a, b) => a + b, 0);
  const room = pageWidth - 2 * MARGIN;
  const floor = 3 * FONT_SIZE + 2 * PAD;
  const widths = need.map((n) => Math.max(floor, (n / total) * room));
  const scale = room / widths.reduce((a, b) => a + b, 0);
  return widths.map((w) => w * scale);
}

export async function gridToPdf(blocks: GridBlock[], font: CjkFont, options: GridPdfOptions): Promise<Uint8Array> {
  const wide = options.landscape || options.rotate90;
  // A scaled print lays the sheet out on a larger virtual page and shrinks it onto the real one.
  const scale = options.scale ?? 1;
  const PAGE_WIDTH = (options.twoUp ? A4_LONG / 2 : wide ? A4_LONG : A4_SHORT) / scale;
  const pageHeight = (options.pageHeight ?? (wide || options.twoUp ? A4_SHORT : A4_LONG)) / scale;
  // A turned page keeps a portrait media box; the layout is drawn sideways into it.
  const real: [number, number] = [PAGE_WIDTH * scale, pageHeight * scale];
  const mediaSize: [number, number] = options.rotate90 ? [real[1], real[0]] : options.twoUp ? [A4_LONG, real[1]] : real;
  const turn = () => {
    if (scale !== 1) {
      doc.transform(scale, 0, 0, scale, 0, 0);
      // pdfkit breaks pages by the real page's height; text below it on the larger virtual page is no overflow.
      doc.page.height = pageHeight;
      doc.page.width = PAGE_WIDTH;
    }
    if (!options.rotate90) return;
    (doc.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data.Rotate = 90;
    doc.transform(0, -1, 1, 0, 0, PAGE_WIDTH);
  };
  // A narrow bottom margin leaves room for the footer line under the content area.
  // Vertical cell padding: Word's default, or none for a table set with zero cell margins.
  const vpad = options.tight ? 0 : PAD;
  const doc = new PDFDocument({ size: mediaSize, margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN / 2 }, bufferPages: Boolean(options.pageFooter) });
  const chunks: Uint8Array[] = [];
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.on('data', (c: Uint8Array) => chunks.push(c));
  doc.registerFont('cjk', font.path, font.family ?? undefined);
  doc.font('cjk').fontSize(FONT_SIZE).lineWidth(0.5);
  turn();
  const bottom = pageHeight - MARGIN;
  const noise = scanNoise(pageHeight);
  // A two-up sheet: its right half is the layout's next page; a real page is added after every second one.
  let half = 0;
  const sheetWidth = options.twoUp ? PAGE_WIDTH * 2 : PAGE_WIDTH;
  if (options.scan) startScanPage(doc, options.scan, sheetWidth, pageHeight);
  const alignOf = (text: string): 'left' | 'right' => (options.numbersRight && NUMBER_CELL.test(text.trim()) ? 'right' : 'left');
  const cellText = (text: string, x: number, y0: number, width: number, align: 'left' | 'right') => {
    const spread = options.distributed && !NUMBER_CELL.test(text.trim());
    if (options.scan) {
      const lineHeight = doc.heightOfString('字', { width: 1000 });
      wrapChars(doc, text, width, 0.7).forEach((line, i) => scanLine(doc, line, align === 'right' ? x + width - doc.widthOfString(line) - 0.7 * line.length : x, y0 + i * lineHeight, noise));
      return;
    }
    if (!options.ocrChars && !options.glyphs && !spread) { doc.text(text, x, y0, { width, lineBreak: true, align }); return; }
    const gap = options.ocrChars ? OCR_GAP : 0;
    const lineHeight = doc.heightOfString('字', { width: 1000 });
    const lines = wrapChars(doc, text, width, gap);
    if (spread) { lines.forEach((line, i) => distributedLine(doc, line, x, y0 + i * lineHeight, width)); return; }
    lines.forEach((line, i) => {
      const used = doc.widthOfString(line) + gap * (line.length - 1);
      let cx = align === 'right' ? x + width - used : x;
      for (const ch of line) {
        if (ch.trim()) doc.text(ch, cx, y0 + i * lineHeight, { lineBreak: false });
        cx += doc.widthOfString(ch) + gap;
      }
    });
  };
  const drawOrder = (boxes: Box[]): Box[] =>
    options.drawOrder === 'columns' ? [...boxes].sort((a, b) => a.col - b.col || a.row - b.row)
      : options.drawOrder === 'reverse' ? [...boxes].reverse() : boxes;
  let y = MARGIN;
  let pageNumber = 1;
  const footer = () => {
    if (options.pageHeader) doc.text(options.pageHeader, MARGIN, MARGIN / 2 - 4, { width: PAGE_WIDTH - 2 * MARGIN, align: 'left', lineBreak: false });
    if (options.watermark) {
      doc.save().fillColor('#bbbbbb').fontSize(FONT_SIZE * 2);
      for (let wy = MARGIN + 80; wy < pageHeight - MARGIN; wy += 180) {
        for (const wx of [MARGIN + 20, PAGE_WIDTH / 2 + 20]) doc.rotate(-30, { origin: [wx, wy] }).text(options.watermark, wx, wy, { lineBreak: false }).rotate(30, { origin: [wx, wy] });
      }
      doc.restore().fontSize(FONT_SIZE).fillColor('black');
    }
    if (options.pageNumbers) doc.text(`- ${pageNumber} -`, MARGIN, pageHeight - MARGIN + 4, { width: PAGE_WIDTH - 2 * MARGIN, align: 'center', lineBreak: false });
  };
  const addPage = () => {
    footer();
    pageNumber++;
    if (options.twoUp && half === 0) { half = 1; doc.transform(1, 0, 0, 1, PAGE_WIDTH, 0); return; }
    half = 0;
    doc.addPage({ size: mediaSize, margins: { top: MARGIN, left: MARGIN, right: MARGIN, bottom: MARGIN / 2 } });
    turn();
    if (options.scan) startScanPage(doc, options.scan, sheetWidth, pageHeight);
  };
  const newPage = () => { addPage(); y = MARGIN; };
  const frame = (row: number, x: number, top: number, w: number, h: number) => {
    const [from, to] = options.unruledRows ?? [-1, -1];
    if (options.ruled && !(row >= from && row <= to)) frameCell(doc, x, top, w, h, Boolean(options.rulesAsRects));
  };

  // The booklet's prose: its first blocks set in two columns side by side.
  const columnText = blocks.filter((b): b is Extract<GridBlock, { kind: 'text' }> => b.kind === 'text').slice(0, options.twoColumn ?? 0);
  const columnSet = new Set<GridBlock>(columnText);
  const twoColumns = (texts: Array<{ text: string }>, top: number): number => {
    const colWidth = (PAGE_WIDTH - 2 * MARGIN - 18) / 2;
    const half = Math.ceil(texts.length / 2);
    let end = top;
    [texts.slice(0, half), texts.slice(half)].forEach((col, k) => {
      let cy = top;
      for (const t of col) {
        doc.text(t.text, MARGIN + k * (colWidth + 18), cy, { width: colWidth, align: 'left' });
        cy += doc.heightOfString(t.text, { width: colWidth }) + 4;
      }
      end = Math.max(end, cy);
    });
    return end + 8;
  };
  for (const b of blocks) {
    if (b.kind === 'sheet') { newPage(); continue; }
    if (b.kind !== 'table' && b.kind !== 'text') continue;
    if (b.kind === 'text' && columnText.length > 0 && columnText[0] === b) {
      y = twoColumns(columnText.splice(0), y);
      continue;
    }
    if (b.kind === 'text' && columnSet.has(b)) continue;
    if (b.kind === 'text') {
      const h = doc.heightOfString(b.text, { width: PAGE_WIDTH - 2 * MARGIN });
      if (y + h > bottom) newPage();
      if (options.scan) scanLine(doc, b.text, MARGIN + Math.max(0, (PAGE_WIDTH - 2 * MARGIN - doc.widthOfString(b.text)) / 2), y, noise);
      else doc.text(b.text, MARGIN, y, { width: PAGE_WIDTH - 2 * MARGIN, align: 'center' });
      y += h + 6;
      continue;
    }
    const { boxes, width } = boxesOf(b.rows);
    const widths = columnWidths(boxes, width, PAGE_WIDTH, options.columnWeights);
    const xs = widths.map((_, i) => MARGIN + widths.slice(0, i).reduce((a, w) => a + w, 0));
    const spanWidth = (bx: Box) => widths.slice(bx.col, bx.col + bx.cols).reduce((a, w) => a + w, 0);
    const textHeight = (bx: Box) => doc.heightOfString(bx.text || ' ', { width: spanWidth(bx) - 2 * PAD }) + 2 * vpad;
    const heights = b.rows.map((_, ri) => Math.max(FONT_SIZE + 2 * vpad, ...boxes.filter((bx) => bx.row === ri && bx.rows === 1).map(textHeight)));
    // A merged cell taller than its rows grows its last row.
    for (const bx of boxes.filter((x) => x.rows > 1)) {
      const have = heights.slice(bx.row, bx.row + bx.rows).reduce((a, h) => a + h, 0);
      if (have < textHeight(bx)) heights[bx.row + bx.rows - 1]! += textHeight(bx) - have;
    }
    // Row tops, page by page: a row that does not fit starts the next page.
    const place: Array<{ page: number; top: number }> = [];
    // The repeated header row drawn at the top of each continuation page.
    const repeats: Array<{ page: number; top: number }> = [];
    const repeat = options.repeatRow;
    const repeatTo = Math.max(repeat ?? 0, options.repeatTo ?? repeat ?? 0);
    const rowTop = (r: number) => heights.slice(repeat ?? 0, r).reduce((a, x) => a + x, 0);
    const repeatHeight = repeat == null ? 0 : rowTop(repeatTo + 1);
    // The last row of a page printed again at the top of the next, every box over it drawn one row high.
    const lastRows: Array<{ page: number; top: number; row: number; height: number }> = [];
    const covering = (r: number) => boxes.filter((bx) => bx.row <= r && r < bx.row + bx.rows);
    const lastRowHeight = (r: number) => Math.max(heights[r]!, ...covering(r).map(textHeight));
    let page = 0;
    heights.forEach((h, ri) => {
      if (y + h > bottom) {
        page++;
        y = MARGIN;
        if (repeat != null && repeatTo < ri) {
          if (options.continuedTitle) y += doc.heightOfString(options.continuedTitle) + 4;
          repeats.push({ page, top: y });
          y += repeatHeight;
        }
        if (options.repeatLastRow && ri > (repeatTo ?? 0) + 1) {
          const height = lastRowHeight(ri - 1);
          lastRows.push({ page, top: y, row: ri - 1, height });
          y += height;
        }
      }
      place.push({ page, top: y });
      y += h;
    });
    let current = 0;
    // A merge's lines that did not fit on its page, for its part on the next.
    const carried = new Map<Box, string>();
    const goTo = (p: number) => { while (current < p) { addPage(); current++; } };
    for (let p = 0; p <= page; p++) {
      goTo(p);
      for (const rp of repeats.filter((x) => x.page === p)) {
        if (options.continuedTitle) doc.text(options.continuedTitle, MARGIN, rp.top - doc.heightOfString(options.continuedTitle) - 4, { lineBreak: false });
        for (const bx of boxes.filter((x) => x.row >= repeat! && x.row + x.rows - 1 <= repeatTo)) {
          const w = spanWidth(bx);
          const top = rp.top + rowTop(bx.row);
          const h = heights.slice(bx.row, bx.row + bx.rows).reduce((a, x) => a + x, 0);
          frame(bx.row, xs[bx.col]!, top, w, h);
          const ty = bx.rows > 1 && !options.mergedTop ? top + Math.max(0, (h - textHeight(bx)) / 2) : top;
          if (bx.text) cellText(bx.text, xs[bx.col]! + PAD, ty + vpad, w - 2 * PAD, alignOf(bx.text));
        }
      }
      for (const lr of lastRows.filter((x) => x.page === p)) {
        for (const bx of covering(lr.row)) {
          const w = spanWidth(bx);
          frame(bx.row, xs[bx.col]!, lr.top, w, lr.height);
          if (bx.text) cellText(bx.text, xs[bx.col]! + PAD, lr.top + vpad, w - 2 * PAD, alignOf(bx.text));
        }
      }
      for (const bx of drawOrder(boxes)) {
        // The part of the box on this page.
        const rowsHere = Array.from({ length: bx.rows }, (_, k) => bx.row + k).filter((r) => place[r]!.page === p);
        if (rowsHere.length === 0) continue;
        const top = place[rowsHere[0]!]!.top;
        const h = rowsHere.reduce((a, r) => a + heights[r]!, 0);
        const x = xs[bx.col]!;
        const w = spanWidth(bx);
        frame(bx.row, x, top, w, h);
        // The text stays where the merge starts, centred over the part of the merge on that page (or at its top).
        if (bx.text && rowsHere[0] === bx.row) {
          const th = textHeight(bx);
          const goesOn = rowsHere.length < bx.rows;
          if (goesOn && th > h) {
            // As Word does, the lines the page's part of the merge cannot hold go on at the top of its part on the next page.
            const lines = wrapChars(doc, bx.text, w - 2 * PAD);
            const fit = Math.max(1, Math.floor((h - 2 * vpad) / doc.heightOfString('字', { width: 1000 })));
            cellText(lines.slice(0, fit).join('\n'), x + PAD, top + vpad, w - 2 * PAD, alignOf(bx.text));
            if (lines.length > fit) carried.set(bx, lines.slice(fit).join('\n'));
          } else {
            const ty = bx.rows > 1 && !options.mergedTop ? top + Math.max(0, (h - th) / 2) : top;
            cellText(bx.text, x + PAD, ty + vpad, w - 2 * PAD, alignOf(bx.text));
          }
        } else if (carried.has(bx)) {
          cellText(carried.get(bx)!, x + PAD, top + vpad, w - 2 * PAD, alignOf(bx.text));
          carried.delete(bx);
        }
      }
    }
    y += 8;
  }
  footer();
  if (options.stamp) drawStamp(doc, options.stamp, PAGE_WIDTH, pageHeight);
  // What the recogniser made of a seal over the table: a few stray characters where the seal lies.
  // (The seal's characters are larger than the form's text, and the engine reports them at their size.)
  if (options.scanStamp) {
    doc.fontSize(14);
    scanLine(doc, options.scanStamp.text, options.scanStamp.x * PAGE_WIDTH, options.scanStamp.y * pageHeight, noise);
    doc.fontSize(FONT_SIZE);
  }
  if (options.pageFooter) {
    const range = doc.bufferedPageRange();
    for (let i = 0; i < range.count; i++) {
      doc.switchToPage(range.start + i);
      const text = options.pageFooter.replace('{PAGE}', String(i + 1)).replace('{PAGES}', String(range.count));
      doc.text(text, MARGIN, pageHeight - MARGIN + 4, { width: PAGE_WIDTH - 2 * MARGIN, align: 'center', lineBreak: false });
    }
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

/** A red round seal: the unit's name as a ring of upright-to-the-centre glyphs over the top arc, a star in the middle. */
function drawStamp(doc: PDFDocument, stamp: { text: string; x: number; y: number }, pageWidth: number, pageHeight: number): void {
  const cx = stamp.x * pageWidth;
  const cy = stamp.y * pageHeight;
  const radius = 52;
  const chars = [...stamp.text];
  const sweep = 240;
  doc.save().strokeColor('#d40000').fillColor('#d40000').lineWidth(2).circle(cx, cy, radius).stroke();
  doc.fontSize(13);
  chars.forEach((ch, i) => {
    // Angles from the top, clockwise: the name runs over the upper arc from the lower left.
    const angle = -sweep / 2 + (sweep * (i + 0.5)) / chars.length;
    const rad = (angle * Math.PI) / 180;
    const gx = cx + (radius - 14) * Math.sin(rad);
    const gy = cy - (radius - 14) * Math.cos(rad);
    doc.save().rotate(angle, { origin: [gx, gy] }).text(ch, gx - 6.5, gy - 6.5, { lineBreak: false }).restore();
  });
  doc.fontSize(26).text('★', cx - 13, cy - 15, { lineBreak: false });
  doc.restore().fontSize(FONT_SIZE);
}
