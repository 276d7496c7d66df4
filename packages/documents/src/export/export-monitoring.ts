import { CONTENT_TYPES, fileStem, type ExportResult } from './export-forms';
import { findCjkFont, NO_CJK_FONT_MESSAGE } from './find-cjk-font';
import { layoutMonitoring, MONITORING_TITLE, type MonitoringSheet } from './layout-monitoring';
import { renderDocx } from './render-docx';
import { renderPdf } from './render-pdf';
import { renderXlsx } from './render-xlsx';

/** A monitoring table prints as the official tables do; JSON and CSV are the forms' open-data formats, not its. */
export const MONITORING_EXPORT_FORMATS = ['xlsx', 'docx', 'pdf'] as const;
export type MonitoringExportFormat = (typeof MONITORING_EXPORT_FORMATS)[number];

/** The file's name: unit, year, project and period, so a department's sheets do not all download alike. */
export function monitoringFileTitle(sheet: MonitoringSheet): string {
  const r = sheet.report;
  return `${r.org ?? ''}${r.fiscal_year}年${r.project_name}运行监控表（1—${r.month}月）`;
}

/** One monitoring table as an xlsx sheet, a docx page or a pdf page, drawn from the same layout as the forms. */
export async function exportMonitoringSheet(sheet: MonitoringSheet, format: MonitoringExportFormat, options: { env?: Record<string, string | undefined> } = {}): Promise<ExportResult> {
  if (!(MONITORING_EXPORT_FORMATS as readonly string[]).includes(format)) {
    return { ok: false, issues: [{ code: 'format_unknown', message: `监控表不支持导出为“${String(format)}”：请选择 xlsx、docx 或 pdf。` }] };
  }
  const title = monitoringFileTitle(sheet);
  const layouts = [layoutMonitoring(sheet)];
  const done = (bytes: Uint8Array) => ({ ok: true as const, bytes, contentType: CONTENT_TYPES[format], fileName: `${fileStem(title)}.${format}` });
  try {
    switch (format) {
      case 'xlsx':
        return done(await renderXlsx(layouts, { title: MONITORING_TITLE }));
      case 'docx':
        return done(await renderDocx(layouts, { title: MONITORING_TITLE }));
      case 'pdf': {
        const font = findCjkFont(options.env);
        if (!font) return { ok: false, issues: [{ code: 'cjk_font_missing', message: NO_CJK_FONT_MESSAGE }] };
        return done(await renderPdf(layouts, font, { title: MONITORING_TITLE }));
      }
    }
  } catch (error) {
    return { ok: false, issues: [{ code: 'export_failed', message: `生成监控表 ${format} 文件失败：${error instanceof Error ? error.message : String(error)}。请检查数据或换一种格式导出。` }] };
  }
}
