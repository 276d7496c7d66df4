import type { SourceRow } from '../model/source-document';

/**
 * Apple Numbers' export to Excel: every table becomes a worksheet, named `SHEET - TABLE` when a Numbers sheet
 * holds several tables, the table's name may stand in its first row, and an 导出摘要 / Export Summary sheet
 * (a fixed notice over a list of the sheets and tables) comes first when 「包括摘要工作表」 is ticked.
 */

// Numbers' notice atop its export summary sheet, in the Chinese and English versions of the app.
const SUMMARY_NOTICE = /^(?:此文稿已从\s*Numbers\s*导出|This document was exported from Numbers)/i;
// A table name Numbers (and Pages) give a new table, which the user never changed: it names nothing.
const DEFAULT_TABLE_NAME = /^(?:表格|表|Table)\s*\d+$/i;

/** The sheet is Numbers' export summary: no form is written on it. */
export function isNumbersExportSummary(rows: SourceRow[]): boolean {
  const first = rows.flatMap((r) => r.cells).find((c) => c.text.trim() !== '');
  return first !== undefined && SUMMARY_NOTICE.test(first.text.trim());
}

/**
 * The heading a worksheet's name gives. Numbers names a sheet `SHEET - TABLE`: a default `表格 N` table names
 * nothing and its sheet part is a tab label that would be read as a field's caption (`整体绩效目标 - 表格 2` holds
 * no 整体绩效目标 value), so such a sheet gives no heading; in a workbook known to come from Numbers (`numbers`:
 * it has the export summary) a table the user named gives that name (a form's title), not the tab label.
 */
export function sheetHeading(name: string, numbers: boolean): string | null {
  const parts = /^(.+?) - (.+)$/.exec(name.trim());
  if (!parts) return name;
  if (DEFAULT_TABLE_NAME.test(parts[2]!.trim())) return null;
  return numbers ? parts[2]!.trim() : name;
}

/** The rows without a first row that is only a default table name (Numbers' table title row `表格 2`). */
export function withoutTableNameRow(rows: SourceRow[]): SourceRow[] {
  const filled = rows[0]?.cells.filter((c) => c.text.trim() !== '') ?? [];
  return filled.length === 1 && DEFAULT_TABLE_NAME.test(filled[0]!.text.trim()) ? rows.slice(1) : rows;
}
