import ExcelJS from 'exceljs';
import { displayWidth } from './render-xlsx';

/** One finding of one form, as a row of the reviewer's findings table (审核发现清单). */
export interface FindingsTableRow {
  org: string;
  project: string;
  form: string;
  /** 1-based indicator row, or null for a finding about the form as a whole. */
  row: number | null;
  indicator: string;
  type: string;
  severity: string;
  message: string;
}

export const FINDINGS_TABLE_HEADERS = ['单位', '项目', '表', '行', '指标', '问题类型', '严重程度', '说明'] as const;

const MAX_WIDTH = 60;

/**
 * The findings of many forms as one flat worksheet: a header row frozen and filtered, so the reviewer sorts and filters
 * it in Excel by unit, type or severity; columns sized to their text (CJK counted double) and capped, long text wrapped.
 */
export async function findingsTableXlsx(rows: readonly FindingsTableRow[], title: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jixiao';
  workbook.title = title;
  const sheet = workbook.addWorksheet('审核发现', { views: [{ state: 'frozen', ySplit: 1 }], pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const values = rows.map((r) => [r.org, r.project, r.form, r.row ?? '', r.indicator, r.type, r.severity, r.message]);
  sheet.columns = FINDINGS_TABLE_HEADERS.map((header, i) => ({
    header,
    width: Math.min(MAX_WIDTH, Math.max(displayWidth(header), ...values.map((v) => displayWidth(String(v[i] ?? '')))) + 2),
  }));
  sheet.addRows(values);
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: FINDINGS_TABLE_HEADERS.length } };
  sheet.getColumn(8).alignment = { wrapText: true, vertical: 'top' };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
