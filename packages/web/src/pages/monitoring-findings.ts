import { judgedByPick, ownMonthsIssue, reviewMonitoringReport, type MonitoringReport, type Policy, type ProjectMonitoring } from '@jixiao/core';
import { isMeasured, progressUnitIssue } from './monitoring-checks';

/** One thing the page says about a monitoring table, at the box it is about (row null: the budget part). */
export interface MonitoringFinding {
  severity: 'error' | 'warning';
  /** 0-based indicator row, or null for the table's budget part. */
  row: number | null;
  field: string;
  message: string;
}

/**
 * The table as the page judges it while the unit fills it in, and as finance reads it before 验收:
 * - errors: core's review of the table (reviewMonitoringReport: 执行数 above the budget, a 执行率 the figures do not give,
 *   a red or yellow light without 偏差原因 or 纠偏措施, 是否能完成 against the row's own figures), the same review the
 *   server refuses a submission with; and 实施期 months the server refuses to save;
 * - warnings: what is still blank or unreadable (no 执行数, a row without a value or its 预计, words or a share where a
 *   number of the row's unit is due). These do not hold the table back: a unit may report a row it cannot measure yet.
 */
export function monitoringFindings(report: MonitoringReport, lights: ProjectMonitoring, policy: Policy): MonitoringFinding[] {
  const out: MonitoringFinding[] = [];
  const own = ownMonthsIssue(report.start_month, report.end_month);
  if (own) out.push({ severity: 'error', row: null, field: 'start_month', message: own });
  for (const f of reviewMonitoringReport(report, policy, 0, lights)) {
    if (f.severity === 'info') continue;
    out.push({ severity: f.severity, row: f.row, field: f.field ?? '', message: f.message });
  }
  if (report.executed_wan === null) out.push({ severity: 'warning', row: null, field: 'executed_wan', message: '未填写 1至当月执行数。' });
  report.indicators.forEach((ind, i) => {
    const where = `第 ${i + 1} 行「${ind.name}」`;
    const warn = (field: string, message: string) => out.push({ severity: 'warning', row: i, field, message: `${where}${message}` });
    const value = ind.progress_value?.trim();
    const light = lights.indicators[i]?.light ?? 'none';
    // Only a row judged by its pick (定性) is answered by it; a measured row's 是否能完成 does not stand for its value.
    const picked = ind.expected_completion != null && judgedByPick(ind.comparator, ind.target);
    // A row stated as not measured yet (年底测评) is not missing its value; it owes finance its 预计 instead.
    if (!value && ind.not_measured) {
      if (!ind.forecast?.trim()) warn('forecast', `标为「${ind.not_measured}」，未填写预计全年完成值。`);
    } else if (!value && !picked) warn('progress_value', '未填写完成值。');
    // 已完成, 约80% on a row measured in numbers: no light can be given, and the project's light leaves the row out.
    else if (value && light === 'none' && !picked && isMeasured(ind.comparator)) {
      warn('progress_value', `的完成值「${value}」无法判断进度（不是实际完成的数值）：请按「${ind.unit ?? '计量单位'}」填写 1 至当月完成的数值。`);
    }
    const unitIssue = progressUnitIssue(ind.progress_value, ind.comparator, ind.unit, ind.name);
    if (unitIssue) warn('progress_value', unitIssue);
  });
  return out;
}

/** The findings shown at one box: the budget part's (row null) or a row's, for one or several of its fields. */
export function findingsAt(findings: readonly MonitoringFinding[], row: number | null, ...fields: string[]): MonitoringFinding[] {
  return findings.filter((f) => f.row === row && fields.includes(f.field));
}

/** The box's status: red while an error is on it, amber for a warning. */
export function findingStatus(findings: readonly MonitoringFinding[]): 'error' | 'warning' | undefined {
  return findings.some((f) => f.severity === 'error') ? 'error' : findings.length > 0 ? 'warning' : undefined;
}

/**
 * Why 提交监控表 is not offered yet, or null: as on a target form (targetSubmitBlockReason), the errors of the review
 * hold it back, which the server refuses with (422 review_errors); warnings are asked about when submitting.
 */
export function monitoringSubmitBlockReason(findings: readonly MonitoringFinding[]): string | null {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return errors > 0 ? `还有 ${errors} 个错误，修正后才能提交` : null;
}
