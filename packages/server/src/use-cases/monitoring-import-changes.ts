import type { MonitoringIndicator, MonitoringReport } from '@jixiao/core';

type ReportField = 'budget_wan' | 'executed_wan' | 'execution_rate' | 'deviation_reason' | 'measures' | 'expected_completion';
type RowField = 'progress_value' | 'not_measured' | 'forecast' | 'expected_completion' | 'deviation_reason' | 'measures';

const REPORT_FIELDS: ReadonlyArray<[ReportField, string]> = [
  ['budget_wan', '全年预算数（万元）'], ['executed_wan', '1至当月执行数（万元）'], ['execution_rate', '执行率（%）'],
  ['deviation_reason', '偏差原因'], ['measures', '纠偏措施'], ['expected_completion', '全年预计完成情况'],
];
const ROW_FIELDS: ReadonlyArray<[RowField, string]> = [
  ['progress_value', '1至当月完成值'], ['not_measured', '尚未测量'], ['forecast', '全年预计完成值'],
  ['expected_completion', '是否能完成'], ['deviation_reason', '偏差原因'], ['measures', '纠偏措施'],
];

/** A blank cell and a missing value are the same to a clerk; numbers compare as numbers. */
function same(a: string | number | null | undefined, b: string | number | null | undefined): boolean {
  const blank = (v: typeof a) => v == null || (typeof v === 'string' && v.trim() === '');
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  return typeof a === 'number' || typeof b === 'number' ? Number(a) === Number(b) : String(a).trim() === String(b).trim();
}

const shown = (v: string | number | null | undefined) => (v == null || v === '' ? '空' : String(v));

/**
 * What importing a document would change in the period's stored table, one line per field in Chinese (第 2 行「…」1至当月
 * 完成值：空 → 22场), so the clerk sees before confirming whether the file brings anything new; [] when it changes
 * nothing (a table exported from here and imported again). Rows are compared by their place in the target.
 */
export function importChanges(stored: MonitoringReport, filled: MonitoringReport): string[] {
  const out: string[] = [];
  for (const [field, label] of REPORT_FIELDS) {
    if (!same(stored[field], filled[field])) out.push(`${label}：${shown(stored[field])} → ${shown(filled[field])}`);
  }
  filled.indicators.forEach((row: MonitoringIndicator, n) => {
    const before = stored.indicators[n];
    for (const [field, label] of ROW_FIELDS) {
      const was = before?.[field] ?? null;
      if (!same(was, row[field])) out.push(`第 ${n + 1} 行「${row.name}」${label}：${shown(was)} → ${shown(row[field])}`);
    }
  });
  return out;
}
