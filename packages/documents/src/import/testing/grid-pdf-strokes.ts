/**
 * How grid-pdf draws a cell's frame and a distributed (分散对齐) line: the ways Word, WPS and Excel print
 * the same table differently. Kept apart from grid-pdf.ts, which lays the table out.
 */
import type PDFDocument from 'pdfkit';

/** Width of a ruling as WPS and Excel print it (a hairline rectangle, not a stroked path). */
const RULE = 0.5;

/**
 * A cell's four edges. Word strokes a rectangle path; WPS and Excel's PDF export fill a thin rectangle
 * for each edge instead (`re f`), so a reader looking for line segments finds none.
 */
export function frameCell(doc: PDFDocument, x: number, top: number, w: number, h: number, asRects: boolean): void {
  if (!asRects) { doc.rect(x, top, w, h).stroke(); return; }
  const half = RULE / 2;
  doc.rect(x - half, top - half, w + RULE, RULE).fill();
  doc.rect(x - half, top + h - half, w + RULE, RULE).fill();
  doc.rect(x - half, top - half, RULE, h + RULE).fill();
  doc.rect(x + w - half, top - half, RULE, h + RULE).fill();
}

/**
 * One line of a distributed cell (分散对齐): each character its own text item, the room left spread
 * evenly between them so the line fills the cell; a single character stands centred.
 */
export function distributedLine(doc: PDFDocument, line: string, x: number, y: number, width: number): void {
  const chars = [...line];
  if (chars.length === 0) return;
  const used = chars.reduce((a, ch) => a + doc.widthOfString(ch), 0);
  if (chars.length === 1) { doc.text(chars[0]!, x + (width - used) / 2, y, { lineBreak: false }); return; }
  const gap = Math.max(0, (width - used) / (chars.length - 1));
  let cx = x;
  for (const ch of chars) {
    if (ch.trim()) doc.text(ch, cx, y, { lineBreak: false });
    cx += doc.widthOfString(ch) + gap;
  }
}

/** Lines of a cell's text as they wrap in `width`, character by character (CJK text breaks anywhere). */
export function wrapChars(doc: PDFDocument, text: string, width: number, gap = 0): string[] {
  const lines: string[] = [];
  for (const part of text.split('\n')) {
    let line = '';
    for (const ch of part) {
      if (line && doc.widthOfString(line + ch) + gap * line.length > width) { lines.push(line); line = ''; }
      line += ch;
    }
    lines.push(line);
  }
  return lines;
}
