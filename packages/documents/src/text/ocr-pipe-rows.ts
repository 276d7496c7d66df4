import type { SourceRow } from '../model/source-document';

const FULL_WIDTH_BAR = '\uff5c';

/**
 * An OCR tool that writes a scan's table as markdown reads some of its rules as the full-width bar
 * `｜` instead of `|`: a line opening and closing with it, bars between its cells, is a pipe row like
 * the others. Only in a text that has pipe rows of its own, so a line of prose using `｜` as a
 * separator (`首页｜新闻｜公开`) elsewhere stays text.
 */
export function asciiBarRows(lines: string[]): string[] {
  if (!lines.some((l) => l.includes(FULL_WIDTH_BAR)) || !lines.some((l) => /^\s*\|.*\|\s*$/.test(l))) return lines;
  return lines.map((l) => {
    const t = l.trim();
    if (!t.startsWith(FULL_WIDTH_BAR) || !t.endsWith(FULL_WIDTH_BAR) || t.split(FULL_WIDTH_BAR).length < 4) return l;
    return l.replaceAll(FULL_WIDTH_BAR, '|');
  });
}

// A cell that opens with a value: a sign, a figure (OCR's O and l for 0 and 1 too), a placeholder dash.
const VALUE_START = /^[≥≤<>=＞＜≧≦＝+\-—\d０-９]|^[Ol][\d.,%]/;
// A cell of words only, no figure and no sign: a name's or a caption's piece.
const WORDS = /^[\u4e00-\u9fff（）()、]+$/;

/**
 * A rule the OCR saw inside a cell (`| 改造工程验收 | 合格率 | =100% |`) gives its row one cell more
 * than the table's other rows: the two pieces are one cell. Where two cells of words stand together
 * right before a value the row's cells are put back by joining them; a row with no such pair stays.
 */
export function joinStrayBarCells(rows: SourceRow[]): void {
  if (rows.length < 4) return;
  const counts = new Map<number, number>();
  for (const r of rows) counts.set(r.cells.length, (counts.get(r.cells.length) ?? 0) + 1);
  const width = [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  if ((counts.get(width) ?? 0) < rows.length / 2) return;
  // A bare table (`a|b|c`) may leave a row's last pipe off: then a longer row is no split one. The split
  // rows are the table's longest, longer than its header and every row that was not split.
  if (rows.some((r) => r.cells.length > width + 1) || rows[0]!.cells.length > width) return;
  for (const r of rows) {
    if (r.cells.length !== width + 1) continue;
    const texts = r.cells.map((c) => c.text.trim());
    const at = texts.findIndex((t, i) => i + 2 < texts.length && WORDS.test(t) && WORDS.test(texts[i + 1]!) && VALUE_START.test(texts[i + 2]!));
    // The pair must follow a cell of words or a blank one (levels, a name): not the row's first cell alone.
    if (at <= 0) continue;
    const [a, b] = [r.cells[at]!, r.cells[at + 1]!];
    r.cells.splice(at, 2, { ...a, text: `${a.text.trim()}${b.text.trim()}` });
  }
}
