/** A sheet row's outline facts, as the file states them (rows the file leaves out are level 0, shown). */
export interface OutlineRow {
  row: number;
  level: number;
  hidden: boolean;
  /** The row is the summary row of a group folded shut (Excel's `collapsed="1"`, BIFF's fCollapsed). */
  collapsed: boolean;
}

/**
 * The hidden rows that a folded outline group hides (数据→组合, then the "−" clicked), as against rows hidden
 * by hand or by a filter. Budget systems hand out their forms with each 一级指标 as a group's summary row
 * and its indicators folded under it: a reader expands the group and reads them, so they are part of the
 * form; a row hidden inside an open group, or outside any group, was put away and stays out.
 *
 * A row's group is closed by its summary row: the nearest row on the summary side (above when the sheet
 * says `summaryBelow="0"`, else below — Excel's default) whose level is under the row's. The row is folded
 * when that summary row is collapsed, or is itself folded away by an outer group, or when every row of
 * the row's group is hidden: Excel draws such a group folded ("+") whatever its flags say, and writers
 * that drop the collapsed flag (LibreOffice's .xls) leave only that.
 */
export function foldedOutlineRows(rows: OutlineRow[], summaryBelow: boolean): Set<number> {
  const folded = new Set<number>();
  if (!rows.some((r) => r.hidden && r.level > 0)) return folded;
  const wholly = whollyHiddenGroups(rows);
  const ordered = [...rows].sort((a, b) => (summaryBelow ? b.row - a.row : a.row - b.row));
  // Rows of a lower level already passed, nearest last: the candidates for the next row's summary row.
  const stack: OutlineRow[] = [];
  let previous: number | undefined;
  for (const r of ordered) {
    // A row number the file skips is an empty row of level 0: it closes every group around it.
    if (previous !== undefined && Math.abs(r.row - previous) > 1) stack.length = 0;
    previous = r.row;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= r.level) stack.pop();
    const summary = stack[stack.length - 1];
    if (r.hidden && r.level > 0 && (wholly.has(r.row) || (summary && (summary.collapsed || folded.has(summary.row))))) folded.add(r.row);
    stack.push(r);
  }
  return folded;
}

/**
 * Rows whose own group (the unbroken run of rows around them at their level or deeper) is hidden through
 * and through: one pass per level, as outline levels go no deeper than 7.
 */
function whollyHiddenGroups(rows: OutlineRow[]): Set<number> {
  const ascending = [...rows].sort((a, b) => a.row - b.row);
  const deepest = Math.min(7, Math.max(0, ...ascending.map((r) => r.level)));
  const result = new Set<number>();
  for (let level = 1; level <= deepest; level++) {
    let run: OutlineRow[] = [];
    const close = () => {
      if (run.length > 0 && run.every((r) => r.hidden)) for (const r of run) if (r.level === level) result.add(r.row);
      run = [];
    };
    for (const r of ascending) {
      const last = run[run.length - 1];
      if (r.level < level || (last && r.row !== last.row + 1)) close();
      if (r.level >= level) run.push(r);
    }
    close();
  }
  return result;
}
