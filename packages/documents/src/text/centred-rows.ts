import type { SourceCell, SourceRow } from '../model/source-document';
import { isCategoryText } from '../build/level-cells';

/**
 * Space-aligned tables as `pdftotext -layout` prints a PDF whose cells are centred vertically (Excel's
 * default, and many Word forms): a cell wrapped over two lines puts its first line ABOVE the line holding
 * the row's one-line cells and its second line below (`资助困难群众参加城乡` ⏎ `≥8500人  8326人  10` ⏎
 * `居民医保人数`); over three lines, its middle line shares the row's line. Merged level cells sit centred
 * over their rows, often on a line of their own between two rows.
 */

// What makes a line a row's own: a value, an amount or a sign under a value column.
const VALUE_TEXT = /^([\d≥≤<>=＞＜≧≦＝+\-.%／/—]|(合计|总计|小计|总分)$)/;

const filled = (row: SourceRow) => row.cells.map((c, k) => (c.text.trim() !== '' ? k : -1)).filter((k) => k >= 0);

/** A line holding the row's one-line cells: text under a value column, or a figure. */
function isValueLine(row: SourceRow, valueColumns: boolean[]): boolean {
  return row.cells.some((c, k) => c.text.trim() !== '' && (valueColumns[k] || VALUE_TEXT.test(c.text.trim())));
}

/**
 * Whether the table under its header (`widest`) was printed so: some row line with a column empty whose cell
 * has one line right above it and one right below it, neither a whole level label.
 */
export function isCentredTable(rows: SourceRow[], widest: number, valueColumns: boolean[]): boolean {
  for (let r = widest + 2; r < rows.length - 1; r++) {
    const [up, row, down] = [rows[r - 1]!, rows[r]!, rows[r + 1]!];
    if (!isValueLine(row, valueColumns) || isValueLine(up, valueColumns) || isValueLine(down, valueColumns)) continue;
    const split = filled(up).some((k) => row.cells[k]!.text.trim() === '' && down.cells[k]?.text.trim() && !isCategoryText(up.cells[k]!.text.trim()) && !isCategoryText(down.cells[k]!.text.trim()));
    if (split) return true;
  }
  return false;
}

/**
 * Puts each centred cell's lines back on its row: for a row line, the lines of its column above it (back to
 * the row line before) and as many below it (up to the next row line) are its cell's, when there are as many
 * on each side. A part that is a level label on its own (社会效益指标 over the next row's lines) is a merged
 * level centred between rows, left as a line of its own. Lines left empty go.
 */
export function joinCentredRows(rows: SourceRow[], widest: number, valueColumns: boolean[]): void {
  const valueRows = rows.map((row, r) => r > widest && isValueLine(row, valueColumns));
  const taken = rows.map((row) => row.cells.map(() => false));
  for (let r = widest + 1; r < rows.length; r++) {
    if (!valueRows[r]) continue;
    const above: number[] = [];
    for (let u = r - 1; u > widest && !valueRows[u]; u--) above.push(u);
    const below: number[] = [];
    for (let d = r + 1; d < rows.length && !valueRows[d]; d++) below.push(d);
    const width = rows[r]!.cells.length;
    for (let k = 0; k < width; k++) {
      const up = above.filter((u) => !taken[u]![k] && (rows[u]!.cells[k]?.text.trim() ?? '') !== '').reverse();
      if (up.length === 0) continue;
      const down = below.filter((d) => (rows[d]!.cells[k]?.text.trim() ?? '') !== '').slice(0, up.length);
      if (down.length < up.length) continue;
      const parts = [...up, ...down].map((q) => rows[q]!.cells[k]!.text.trim());
      if (parts.some((p) => isCategoryText(p))) continue;
      const own = rows[r]!.cells[k]!.text.trim();
      rows[r]!.cells[k] = { ...rows[r]!.cells[k], text: [...parts.slice(0, up.length), ...(own ? [own] : []), ...parts.slice(up.length)].join('\n') } as SourceCell;
      for (const q of [...up, ...down]) {
        rows[q]!.cells[k] = { text: '' };
        taken[q]![k] = true;
      }
    }
  }
  for (let r = rows.length - 1; r > widest; r--) {
    const left = filled(rows[r]!);
    if (left.length === 0) {
      // (the page's first line gone into a row below: that row opens the page)
      if (rows[r]!.pageStart && rows[r + 1]) rows[r + 1]!.pageStart = true;
      rows.splice(r, 1);
    }
    else if (!valueRows[r] && left.every((k) => isCategoryText(rows[r]!.cells[k]!.text.trim()))) rows[r]!.centredLevels = true;
  }
}

/**
 * A table going on over a page whose margins differ (a booklet's mirrored margins): the rows after the break
 * sit a few columns right or left of the header's columns. Each run of rows after a gap in the line numbers
 * (the page's furniture between) is moved back by the shift that puts most of its cells on the header's
 * column starts, when that beats leaving it. Returns the rows' starts, moved.
 */
export function unshiftPages(rows: SourceRow[], starts: number[][], anchors: number[], widest: number): number[][] {
  const out = starts.map((s) => s.slice());
  let from = widest + 1;
  while (from < rows.length) {
    let to = from + 1;
    while (to < rows.length && rows[to]!.line != null && rows[to - 1]!.line != null && rows[to]!.line! - rows[to - 1]!.line! === 1) to++;
    const gap = from > widest + 1 && rows[from]!.line != null && rows[from - 1]!.line != null && rows[from]!.line! - rows[from - 1]!.line! > 1;
    if (gap) rows[from]!.pageStart = true;
    if (gap) {
      const onAnchor = (s: number) => out.slice(from, to).reduce((n, row) => n + row.filter((a) => anchors.includes(a - s)).length, 0);
      let best = 0;
      for (let s = -16; s <= 16; s++) if (onAnchor(s) > onAnchor(best)) best = s;
      const cells = out.slice(from, to).reduce((n, row) => n + row.length, 0);
      if (best !== 0 && onAnchor(best) * 2 >= cells) for (let r = from; r < to; r++) out[r] = out[r]!.map((a) => a - best);
    }
    from = to;
  }
  return out;
}
