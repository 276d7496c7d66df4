import type { FormKind } from '@jixiao/core';
import { matchLabel } from './field-labels';
import type { GridCell, Item } from './flatten-source';
import { isBlank } from './normalize-label';

/**
 * A list of projects (a workbook's 汇总 sheet, a 项目清单): a caption row naming the project
 * (项目名称 / 项目编码) over two or more rows that each name a different one. Such a table
 * sums the forms up and is no form: its first row is not one project's header block. A list of
 * units (单位名称 over one unit a row, a 汇总 workbook's front sheet) is none either.
 */
export function isProjectList(items: Item[], kind: FormKind): boolean {
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    if (item.type !== 'row') continue;
    const col = identityCaption(item.cells, kind);
    if (col == null) continue;
    const names = new Set<string>();
    for (let j = i + 1; j < items.length; j++) {
      const row = items[j]!;
      if (row.type !== 'row' || row.tableIndex !== item.tableIndex) break;
      const cell = row.cells.find((c) => c.start === col && c.span === 1);
      if (cell && !isBlank(cell.text)) names.add(cell.text.trim());
    }
    if (names.size >= 2) return true;
  }
  return false;
}

/** The column of a caption cell that names the project (no value beside it), in a row of several captions. */
function identityCaption(cells: GridCell[], kind: FormKind): number | null {
  const filled = cells.filter((c) => !isBlank(c.text));
  if (filled.length < 3) return null;
  for (const c of filled) {
    if (c.span !== 1 || c.text.length > 20) continue;
    const m = matchLabel(c.text, kind);
    if (m && (m.key === 'project_name' || m.key === 'project_code' || m.key === 'org') && m.value == null) return c.start;
  }
  return null;
}
