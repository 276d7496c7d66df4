import { parseAmount } from '@jixiao/core';
import { matchLabel } from './field-labels';
import type { GridCell, Item } from './flatten-source';
import { normalizeLabel } from './normalize-label';

type RowItem = Extract<Item, { type: 'row' }>;

/** Which way a caption cuts the department's money: by source, by use (基本/项目支出), or the whole. */
type Dimension = 'source' | 'use' | 'total';

const WHOLE = /^(合计|总计|小计|总额|资金总额|金额合计|合计金额)$/;
const OTHER_SOURCE = /^(其他资金|其他收入)$/;

function dimensionOf(text: string): Dimension | null {
  const t = text.trim();
  if (t === '' || t.length > 20 || parseAmount(t) != null) return null;
  if (WHOLE.test(normalizeLabel(t))) return 'total';
  if (OTHER_SOURCE.test(normalizeLabel(t))) return 'source';
  const m = matchLabel(t, 'department_target');
  if (!m || m.value != null) return null;
  if (m.key.startsWith('fund.')) return 'source';
  if (m.key.startsWith('structure.')) return 'use';
  return null;
}

interface Matrix {
  head: RowItem;
  /** The caption left of the columns that names the block (部门支出预算总量), if the head row has one. */
  label: string | null;
  cols: Array<{ start: number; text: string; dim: Dimension }>;
  rows: Array<{ item: RowItem; text: string; dim: Dimension }>;
  end: number;
}

/**
 * A department's money as one cross table: its sources across the top (合计 | 财政拨款 | 财政专户管理资金 |
 * 单位资金) and its uses down the side (合计 / 基本支出 / 项目支出), or the other way round, as a 部门收支
 * table prints it. It becomes the block it stands for: one row of captions (资金总额, every source, every
 * use) over one row of figures, each read from the 合计 row or column where there is one, else summed.
 * A run needs a caption row of two or more captions of one dimension (besides the whole) with no figure,
 * then two or more rows each led by a caption of the other dimension or the whole, at least one of the
 * other; other items pass through unchanged.
 */
export function unfoldBudgetMatrix(items: Item[]): Item[] {
  const out: Item[] = [];
  for (let i = 0; i < items.length; i++) {
    const matrix = matrixAt(items, i);
    if (!matrix) { out.push(items[i]!); continue; }
    out.push(...flatten(matrix));
    i = matrix.end - 1;
  }
  return out;
}

function filledCells(row: RowItem): GridCell[] {
  return row.cells.filter((c) => c.text.trim() !== '');
}

function matrixAt(items: Item[], start: number): Matrix | null {
  const head = items[start]!;
  if (head.type !== 'row') return null;
  const filled = filledCells(head);
  if (filled.some((c) => parseAmount(c.text) != null)) return null;
  // The captions are the row's last cells; before them at most a label and a corner caption (项目, 资金来源).
  const cols: Matrix['cols'] = [];
  for (let k = filled.length - 1; k >= 0; k--) {
    const dim = dimensionOf(filled[k]!.text);
    if (!dim) break;
    cols.unshift({ start: filled[k]!.start, text: filled[k]!.text.trim(), dim });
  }
  const colDims = new Set(cols.map((c) => c.dim).filter((d) => d !== 'total'));
  if (colDims.size !== 1 || cols.filter((c) => c.dim !== 'total').length < 2 || filled.length - cols.length > 2) return null;
  const colDim = [...colDims][0]!;
  const rowDim: Dimension = colDim === 'source' ? 'use' : 'source';
  const first = cols[0]!.start;
  const lead = filled[0]!.start < first ? filled[0]! : null;
  const label = lead && matchLabel(lead.text, 'department_target')?.key === 'budget_total_wan' ? lead.text.trim() : null;
  const rows: Matrix['rows'] = [];
  let end = start + 1;
  for (; end < items.length; end++) {
    const item = items[end]!;
    if (item.type !== 'row' || item.tableIndex !== head.tableIndex) break;
    const cells = filledCells(item);
    const side = cells.filter((c) => c.start < first);
    const caption = side[side.length - 1];
    const dim = caption ? dimensionOf(caption.text) : null;
    if (!caption || (dim !== rowDim && dim !== 'total')) break;
    const under = cells.filter((c) => c.start >= first);
    if (under.length === 0 || under.some((c) => parseAmount(c.text) == null)) break;
    rows.push({ item, text: caption.text.trim(), dim });
  }
  if (rows.length < 2 || !rows.some((r) => r.dim === rowDim)) return null;
  return { head, label, cols, rows, end };
}

function flatten(m: Matrix): Item[] {
  const amountAt = (row: RowItem, col: number): number | null => parseAmount(row.cells.find((c) => c.start === col)?.text ?? null);
  const sum = (values: Array<number | null>): number | null => (values.some((v) => v != null) ? values.reduce<number>((a, v) => a + (v ?? 0), 0) : null);
  const totalRow = m.rows.find((r) => r.dim === 'total')?.item;
  const totalCol = m.cols.find((c) => c.dim === 'total')?.start;
  const parts = m.rows.filter((r) => r.dim !== 'total');
  const partCols = m.cols.filter((c) => c.dim !== 'total');
  const figures: Array<[string, number | null]> = [];
  // Each column's part: its figure in the 合计 row, else its cells added down.
  for (const c of partCols) figures.push([c.text, (totalRow ? amountAt(totalRow, c.start) : null) ?? sum(parts.map((r) => amountAt(r.item, c.start)))]);
  // Each row's part: its figure in the 合计 column, else its cells added across.
  for (const r of parts) figures.push([r.text, (totalCol != null ? amountAt(r.item, totalCol) : null) ?? sum(partCols.map((c) => amountAt(r.item, c.start)))]);
  const whole = (totalRow && totalCol != null ? amountAt(totalRow, totalCol) : null) ?? sum(figures.slice(0, partCols.length).map(([, v]) => v));
  const cell = (text: string, k: number, merged = false): GridCell => ({ text, start: k, span: 1, merged });
  const shown = (v: number | null) => (v == null ? '' : String(Math.round(v * 10000) / 10000));
  const captions = [cell(m.label ?? '部门支出预算总量', 0), cell('资金总额', 1), ...figures.map(([t], k) => cell(t, k + 2))];
  const values = [cell('', 0, true), cell(shown(whole), 1), ...figures.map(([, v], k) => cell(shown(v), k + 2))];
  const at = { line: m.head.line, tableIndex: m.head.tableIndex };
  return [{ type: 'row', cells: captions, ...at }, { type: 'row', cells: values, line: m.rows[0]!.item.line, tableIndex: m.head.tableIndex }];
}
