import type { Finding } from '../api/types';
import { fieldLabel } from './form-diff';

/** Fields of an indicator row: a form-level finding naming one is about the whole indicator table, not the header. */
const INDICATOR_FIELDS = new Set(['indicators', 'level1', 'level2', 'name', 'description', 'weight', 'unit', 'comparator', 'target', 'basis', 'method', 'actual', 'score', 'reason']);

/** A form-level finding about the indicator table as a whole (a weight total, a missing 效益指标), not a header field. */
export function isTableFinding(f: Pick<Finding, 'row' | 'field'>): boolean {
  return f.row === null && (!f.field || INDICATOR_FIELDS.has(f.field));
}

/** Where a finding is, as the findings list prints it: "第 3 行 · 权重", "表头 · 项目名称", "全表 · 权重". */
export function findingPlace(f: Pick<Finding, 'row' | 'field'>): string {
  const field = f.field ? ` · ${fieldLabel(f.field)}` : '';
  if (f.row !== null) return `第 ${f.row + 1} 行${field}`;
  if (isTableFinding(f)) return `全表${field}`;
  if (f.field?.startsWith('budget.')) return fieldLabel(f.field);
  return `表头${field}`;
}
