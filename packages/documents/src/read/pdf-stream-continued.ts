import type { SourceRow } from '../model/source-document';
import type { Positioned } from './pdf-continued-table';

const TOLERANCE = 4;

/**
 * A borderless table going on atop the next page: its columns start where some of the last page's table's do (a
 * table printed with no rules keeps its column positions across pages; the page before may hold more columns, as a
 * label block over the indicators adds its own). Its rows join that table, each cell in the column starting where
 * it starts, so a row short of its empty cells is not left for the form builder to place by its words. False (and
 * nothing joined) when the tables do not line up so.
 */
export function joinStreamContinuation(prev: Positioned, next: Positioned): boolean {
  if (prev.block.kind !== 'table' || next.block.kind !== 'table' || !prev.starts || !next.starts || prev.columns || next.columns) return false;
  const from = next.starts;
  const to = prev.starts;
  if (from.length < 2 || from.length > to.length) return false;
  const index = from.map((x) => to.findIndex((y) => Math.abs(x - y) <= TOLERANCE));
  if (index.some((k) => k < 0) || index.some((k, i) => i > 0 && k <= index[i - 1]!)) return false;
  const rows = prev.block.rows;
  const more = next.block.rows;
  if (rows.some((r) => r.cells.length !== to.length) || more.some((r) => r.cells.length !== from.length)) return false;
  const mapped = more.map((row) => {
    const cells = to.map(() => ({ text: '' }));
    row.cells.forEach((c, i) => { cells[index[i]!] = c; });
    return { ...row, cells };
  });
  const same = (a: SourceRow, b: SourceRow) => a.cells.filter((c) => c.text).length >= 2 && a.cells.every((c, i) => c.text === (b.cells[i]?.text ?? ''));
  // Atop the page, the header printed again and the page before's last row printed again are no new rows;
  // a row listed twice further down is the form's own.
  let start = 0;
  while (start < mapped.length && rows.slice(0, -1).some((r) => same(mapped[start]!, r))) start++;
  if (start < mapped.length && rows.length > 0 && same(mapped[start]!, rows[rows.length - 1]!)) start++;
  rows.push(...mapped.slice(start));
  return true;
}
