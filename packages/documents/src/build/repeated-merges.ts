import { parseAmount } from '@jixiao/core';
import type { GridCell } from './flatten-source';
import { isBlank, isPlaceholder } from './normalize-label';

/** Text a copied merge repeats: a label or sentence, never an amount or a placeholder. */
function repeatable(text: string): boolean {
  const t = text.trim();
  return t.length >= 2 && !isPlaceholder(t) && parseAmount(t) == null;
}

/**
 * Excel sheets copied into web pages (and back out as TSV) print a merged cell's text in
 * every cell it covers: 项目名称 | 项目名称 | 某项目 | 某项目 …, 年度总体目标 down its rows.
 * The row as Word or Excel shows it: a label repeated from the cell above is blank, and a
 * run of equal cells is one cell spanning the run. Amounts and placeholders are left alone
 * (年初预算数 and 全年预算数 are often equal), and so is a cell beside a label of its own. Only for rows outside an indicator table,
 * where two equal neighbouring labels are never two fields.
 */
export function collapseRepeatedMerges(cells: GridCell[], above: GridCell[] | null): GridCell[] {
  const fromAbove = (c: GridCell) => above?.some((a) => a.start === c.start && a.span === c.span && a.text.trim() === c.text.trim()) ?? false;
  // A value repeated under a different label is that label's own value (实施单位 | 某局 over 主管部门 | 某局, a goal
  // and its outcome written alike): only a cell whose left neighbour is blank or itself repeated is a copied merge.
  const vertical = cells.map((c, i) => {
    const left = i > 0 ? cells[i - 1]! : null;
    const ownLabel = left != null && !isBlank(left.text) && !fromAbove(left);
    return !isBlank(c.text) && repeatable(c.text) && fromAbove(c) && !ownLabel ? { ...c, text: '' } : c;
  });
  const out: GridCell[] = [];
  for (const c of vertical) {
    const last = out.at(-1);
    if (last && !isBlank(c.text) && repeatable(c.text) && last.text.trim() === c.text.trim() && last.start + last.span === c.start) {
      out[out.length - 1] = { ...last, span: last.span + c.span };
      continue;
    }
    out.push(c);
  }
  return out;
}
