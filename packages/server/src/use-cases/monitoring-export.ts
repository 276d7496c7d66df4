import { reportLights } from '@jixiao/core';
import type { MonitoringExportFormat } from '@jixiao/documents';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../errors';
import { port } from '../ports';
import { statusLabel } from './forms';
import { accessibleReport } from './monitoring';
import type { ExportFile } from './public';

/**
 * One monitoring table as a file (xlsx / docx / pdf), for whoever may view it: the unit prints and sends its 1—m月
 * table, finance hands a department's tables on. The lights are the ones the page shows, under the region's policy.
 */
export async function exportMonitoring(ctx: Ctx, input: { id: number; format: MonitoringExportFormat }): Promise<Result<ExportFile>> {
  const a = await accessibleReport(ctx, input.id);
  if (!a.ok) return a;
  const { row, report, policy } = a.value;
  const status = `${statusLabel(row.status)}${row.decision ? `（拨款决定：${row.decision}）` : ''}`;
  // 年初预算数 is the approved target's budget; the table's own budget_wan is the year's as adjusted (全年预算数).
  const outcome = await port.exportMonitoringSheet({ report, lights: reportLights(report, policy), thresholds: policy.monitoring, status, initial_budget_wan: row.form_budget_wan }, input.format);
  if (!outcome.ok) return fail('export_failed', outcome.issues.map((i) => i.message).join('；') || '监控表导出失败，请稍后重试', { issues: outcome.issues });
  return ok({ bytes: outcome.bytes, contentType: outcome.contentType, fileName: outcome.fileName });
}
