import type { SourceCell, SourceRow } from '../model/source-document';
import { cleanInlineCell, decodeEntities } from './inline-markup';

/**
 * Splits HTML into running text and tables. Row spans become `mergedFromAbove` cells in
 * the rows below (as a docx reader reports them), so the builder sees one grid model.
 */
/** HTML tables found in a text, with where each starts and ends. */
export function findHtmlTables(text: string): Array<{ start: number; end: number; inner: string }> {
  const out: Array<{ start: number; end: number; inner: string }> = [];
  const tableRe = /<table\b[^>]*>([\s\S]*?)<\/table\s*>/gi;
  for (let m = tableRe.exec(text); m; m = tableRe.exec(text)) out.push({ start: m.index, end: m.index + m[0].length, inner: m[1]! });
  return out;
}

/** HTML outside tables turned into plain lines: headings become `#` lines, blocks become line breaks. */
export function htmlToLines(html: string): string {
  if (!/<\/?[a-z][^>]*>/i.test(html)) return html;
  return decodeEntities(
    html
      .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<h([1-6])\b[^>]*>/gi, (_w, level: string) => `\n${'#'.repeat(Number(level))} `)
      .replace(/<\/h[1-6]\s*>|<br\s*\/?>|<\/(p|div|li|tr|ul|ol)\s*>|<(p|div|li|ul|ol)\b[^>]*>/gi, '\n')
      .replace(/<(?!\/?b\b|\/?strong\b)\/?[a-z!][^>]*>/gi, ''),
  );
}

export function readTableRows(inner: string, base: number, lineOf: (offset: number) => number): SourceRow[] {
  const rows: SourceRow[] = [];
  // Columns still covered by a rowspan from above: column → rows left.
  const pending = new Map<number, number>();
  const rowRe = /<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/tr\s*>|<\/tbody|<\/thead|$)/gi;
  for (let r = rowRe.exec(inner); r; r = rowRe.exec(inner)) {
    if (r[0] === '') { rowRe.lastIndex++; continue; }
    const cells: SourceCell[] = [];
    let col = 0;
    const fillMerged = () => {
      while ((pending.get(col) ?? 0) > 0) {
        cells.push({ text: '', mergedFromAbove: true });
        pending.set(col, pending.get(col)! - 1);
        col++;
      }
    };
    const cellRe = /<(td|th)\b([^>]*)>([\s\S]*?)(?=<td\b|<th\b|<\/tr|$)/gi;
    for (let c = cellRe.exec(r[1]!); c; c = cellRe.exec(r[1]!)) {
      fillMerged();
      const attrs = c[2]!;
      const colSpan = Math.min(Math.max(Number(/colspan\s*=\s*["']?(\d+)/i.exec(attrs)?.[1] ?? 1) || 1, 1), 100);
      const rowSpan = Math.min(Math.max(Number(/rowspan\s*=\s*["']?(\d+)/i.exec(attrs)?.[1] ?? 1) || 1, 1), 1000);
      const body = c[3]!.replace(/<\/(td|th)\s*>[\s\S]*$/i, '');
      const { text, bold } = cleanInlineCell(body.replace(/<\/(p|div)\s*>\s*<(p|div)\b[^>]*>/gi, '\n'));
      const cell: SourceCell = { text: text.replace(/[ \t\r\n]*\n[ \t\r\n]*/g, '\n').trim() };
      if (colSpan > 1) cell.colSpan = colSpan;
      if (rowSpan > 1) cell.rowSpan = rowSpan;
      if (bold || c[1]!.toLowerCase() === 'th') cell.bold = true;
      cells.push(cell);
      if (rowSpan > 1) for (let k = 0; k < colSpan; k++) pending.set(col + k, rowSpan - 1);
      col += colSpan;
    }
    fillMerged();
    // Spans over columns this row never reached still use up one row.
    for (const [k, left] of pending) if (k >= col && left > 0) pending.set(k, left - 1);
    if (cells.length > 0) rows.push({ cells, line: lineOf(base + r.index) });
  }
  return rows;
}
