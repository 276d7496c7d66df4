import ExcelJS from 'exceljs';
import { coveredFromAbove, type FormLayout } from './form-layout';
import { sheetNames } from './layout-forms';

const FONT = '宋体';
const BODY_SIZE = 10;
const LINE_HEIGHT_PT = 14;
const THIN = { style: 'thin' as const, color: { argb: 'FF000000' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** Display width in Excel character units: CJK and full-width characters count double. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) || ch.codePointAt(0)! > 0xffff ? 2 : 1;
  return w;
}

/** Wrapped line count of `text` in a cell `width` character units wide. */
export function lineCount(text: string, width: number): number {
  // Keep a margin: fonts substituted for 宋体 (LibreOffice, macOS) run wider than its metrics.
  const usable = Math.max(2, (width - 1) * 0.9);
  return text.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil(displayWidth(part) / usable)), 0);
}

/**
 * One worksheet per form: title and year rows merged across, the grid with its merges,
 * thin borders, wrapped text, row heights estimated from the text (Excel does not grow
 * rows of merged cells by itself), A4 fitted to the page width, the indicator header
 * repeated on every printed page.
 */
export async function renderXlsx(layouts: FormLayout[], options: { title?: string; onProgress?: (done: number, total: number) => void } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'jixiao';
  if (options.title) workbook.title = options.title;
  const names = sheetNames(layouts.map((l) => l.name));
  layouts.forEach((layout, index) => {
    addSheet(workbook, names[index] ?? `${index + 1}`, layout);
    options.onProgress?.(index + 1, layouts.length);
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}

function addSheet(workbook: ExcelJS.Workbook, name: string, layout: FormLayout): void {
  const width = layout.columns.length;
  const sheet = workbook.addWorksheet(name, {
    pageSetup: {
      paperSize: 9,
      orientation: width > 8 ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
  });
  const charWidths = layout.columns.map((w) => Math.round(w * 2 + 2));
  sheet.columns = charWidths.map((w) => ({ width: w }));

  const titleRow = sheet.getRow(1);
  titleRow.getCell(1).value = layout.title;
  titleRow.getCell(1).font = { name: FONT, size: 16, bold: true };
  titleRow.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
  titleRow.height = 30;
  if (width > 1) sheet.mergeCells(1, 1, 1, width);
  let offset = 1;
  if (layout.subtitle.length > 0) {
    const sub = sheet.getRow(2);
    sub.getCell(1).value = layout.subtitle.join('　　');
    sub.getCell(1).font = { name: FONT, size: BODY_SIZE };
    sub.getCell(1).alignment = { horizontal: 'center', vertical: 'middle' };
    if (width > 1) sheet.mergeCells(2, 1, 2, width);
    offset = 2;
  }

  const covered = coveredFromAbove(layout);
  let headerRow: number | null = null;
  layout.rows.forEach((row, r) => {
    const excelRow = sheet.getRow(offset + r + 1);
    if (row.header && headerRow == null) headerRow = offset + r + 1;
    let lines = 1;
    for (const c of row.cells) {
      const target = excelRow.getCell(c.col + 1);
      // A figure stays a number (SUM and sorting work on it) shown as printed; the rest is text.
      target.value = c.figure ? c.figure.value : c.text;
      // General is every cell's default (exceljs stores no format for it).
      if (c.figure && c.figure.numFmt !== 'General') target.numFmt = c.figure.numFmt;
      target.font = { name: FONT, size: BODY_SIZE, bold: c.bold };
      if (c.colSpan > 1 || c.rowSpan > 1) {
        sheet.mergeCells(offset + r + 1, c.col + 1, offset + r + c.rowSpan, c.col + c.colSpan);
      }
      if (c.rowSpan === 1) {
        const span = charWidths.slice(c.col, c.col + c.colSpan).reduce((a, b) => a + b, 0);
        lines = Math.max(lines, lineCount(c.text, span));
      }
    }
    excelRow.height = Math.min(409, Math.max(18, lines * LINE_HEIGHT_PT + 4));
    // Every grid position gets the border and alignment, merged or not, so merged
    // blocks print with their full outline.
    for (let col = 0; col < width; col++) {
      const owner = row.cells.find((c) => col >= c.col && col < c.col + c.colSpan) ?? covered[r]?.get(col);
      const target = excelRow.getCell(col + 1);
      target.border = BORDER;
      target.alignment = { wrapText: true, vertical: 'middle', horizontal: owner?.align ?? 'left' };
    }
  });
  if (headerRow != null) sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;
}
