import { trimText } from '@jixiao/core';
import { isBareFieldLabel } from './field-labels';

// A run of two or more spaces (ideographic or not) is how a typist lays out cells in one line or cell.
const GAP = /[ \u3000\u00a0]{2,}/;

/**
 * 业务主管部门 ⟨gap⟩ 某局 ⟨gap⟩ 部门支出预算总量（万元） ⟨gap⟩ 1,280.00 — labels and their values typed into ONE
 * line or cell, set apart by runs of spaces with no colon: the cells they stand for, or null when the
 * text does not open with a bare field label. A value holding a gap itself stays whole: a new cell
 * starts only at a segment that is a label again.
 */
export function splitGappedLabelCells(text: string): string[] | null {
  const trimmed = trimText(text);
  if (!GAP.test(trimmed)) return null;
  const parts = trimmed.split(GAP).map((p) => trimText(p)).filter((p) => p !== '');
  if (parts.length < 2 || !isBareFieldLabel(parts[0]!)) return null;
  const cells: string[] = [parts[0]!];
  let labelLast = true;
  for (const part of parts.slice(1)) {
    const label = isBareFieldLabel(part);
    if (label || labelLast) cells.push(part);
    else cells[cells.length - 1] += '\u3000\u3000' + part;
    labelLast = label;
  }
  return cells;
}
