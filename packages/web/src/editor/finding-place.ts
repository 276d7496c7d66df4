import type { Finding } from '../api/types';
import { fieldLabel, rowFieldLabel } from './form-diff';

/**
 * Fields of an indicator row: a form-level finding naming one is about the whole indicator table, not the header. basis is
 * not among them: without a row it is the header's 立项依据.
 */
const INDICATOR_FIELDS = new Set(['indicators', 'level1', 'level2', 'name', 'description', 'weight', 'unit', 'comparator', 'target', 'method', 'actual', 'score', 'reason']);

/** A form-level finding about the indicator table as a whole (a weight total, a missing 效益指标), not a header field. */
export function isTableFinding(f: Pick<Finding, 'row' | 'field'>): boolean {
  return f.row === null && (!f.field || INDICATOR_FIELDS.has(f.field));
}

/** Where a finding is, as the findings list prints it: "第 3 行 · 权重", "表头 · 项目名称", "全表 · 权重". */
export function findingPlace(f: Pick<Finding, 'row' | 'field'>): string {
  if (f.row !== null) return `第 ${f.row + 1} 行${f.field ? ` · ${rowFieldLabel(f.field)}` : ''}`;
  const field = f.field ? ` · ${fieldLabel(f.field)}` : '';
  if (isTableFinding(f)) return `全表${field}`;
  if (f.field?.startsWith('budget.')) return fieldLabel(f.field);
  return `表头${field}`;
}
