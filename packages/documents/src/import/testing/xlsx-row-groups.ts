import type ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

/**
 * Stores a range's formulas as one shared formula (`<f t="shared" ref=… si=…>` on the first cell, bare
 * `<f t="shared" si=…/>` on the rest, each keeping its cached result), as Excel saves a formula filled down.
 */
export function shareFormulas(sheet: ExcelJS.Worksheet, range: string): void {
  const [from, to] = range.split(':') as [string, string];
  const a = sheet.getCell(from);
  const z = sheet.getCell(to);
  const master = a.value as ExcelJS.CellFormulaValue;
  a.value = { formula: master.formula, result: master.result, shareType: 'shared', ref: range } as ExcelJS.CellValue;
  for (let r = Number(a.row); r <= Number(z.row); r++) {
    for (let c = Number(a.col); c <= Number(z.col); c++) {
      const cell = sheet.getCell(r, c);
      if (cell.address === a.address) continue;
      const own = cell.value as ExcelJS.CellFormulaValue;
      cell.value = { sharedFormula: from, result: own.result } as ExcelJS.CellValue;
    }
  }
}

/** Marks each collapsed group's summary row `collapsed="1"`, as Excel does when a group is folded (ExcelJS leaves it out). */
export function withCollapsedRows(xlsx: Uint8Array, rows: Array<{ sheet: number; row: number }>): Uint8Array {
  if (rows.length === 0) return xlsx;
  const parts = unzipSync(xlsx);
  // ExcelJS marks the group's own rows collapsed; Excel marks only the summary row.
  for (const sheet of new Set(rows.map((r) => r.sheet))) {
    const name = `xl/worksheets/sheet${sheet}.xml`;
    parts[name] = strToU8(strFromU8(parts[name]!).replace(/(<row [^>]*?) collapsed="1"/g, '$1'));
  }
  for (const { sheet, row } of rows) {
    const name = `xl/worksheets/sheet${sheet}.xml`;
    const xml = strFromU8(parts[name]!);
    const patched = xml.replace(new RegExp(`<row r="${row}"(?![^>]*collapsed)`), `<row r="${row}" collapsed="1"`);
    parts[name] = strToU8(patched.includes(`<row r="${row}"`) ? patched : patched.replace('</sheetData>', `<row r="${row}" collapsed="1"/></sheetData>`));
  }
  return zipSync(parts);
}
