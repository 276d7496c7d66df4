/**
 * Writes .docx/.xlsx files from a plain grid source, as Word and Excel write them: real merged
 * cells. Used to build the layout corpus's binary documents (test-corpus/build-binaries.ts).
 *
 * Source format: running text lines; a table is a block of lines with TAB-separated cells,
 * where a cell `<` continues the cell on its left (horizontal merge) and `^` continues the
 * cell above (vertical merge). `\n` inside a cell is a line break. A line `=== sheet: 名称`
 * starts a new worksheet (.xlsx) or a new page (.docx). A line `=== hidden-column: N` hides the
 * current worksheet's column N (1 = A), as exports from budget systems hide their id columns;
 * `=== hidden-row: N` hides its row N (1-based, counted over the sheet as written: one row per text
 * line, the table's rows, one empty row after each table).
 * `=== freeze: R C` freezes the sheet's top R rows and left C columns and `=== protect` protects the
 * sheet (.xlsx: as systems hand out their templates); `=== landscape` turns the .docx page sideways.
 * `\r` inside a cell is a soft line break (Word's Shift+Enter, one paragraph). In an .xlsx, a cell
 * `=SUM(C5:C7)→1200` is a formula with its cached result (as Excel saves it; `=E6/D6→0.965→0.00%`
 * adds the cell's number format), `1850→#,##0.00"万元"` is a number shown in a format, and a cell starting
 * with `'` is text even when it looks like a number (`'1200`, Excel's number stored as text).
 * In a .docx cell, a paragraph starting `#.` or `#、` is an item of Word's automatic numbering
 * (1. 2. … / 一、二、… continuing down the document), `[-old-]` and `[+new+]` are a tracked deletion
 * and insertion, and `{~text~}` is hidden text (Word's 隐藏文字).
 */
import { DeletedTextRun, Document, InsertedTextRun, LevelFormat, Packer, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import ExcelJS from 'exceljs';

export type GridBlock =
  | { kind: 'text'; text: string }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'sheet'; name: string }
  | { kind: 'hidden-column'; column: number }
  | { kind: 'hidden-row'; row: number }
  | { kind: 'freeze'; rows: number; columns: number }
  | { kind: 'protect' }
  | { kind: 'landscape' };

export function parseGridSource(src: string): GridBlock[] {
  const blocks: GridBlock[] = [];
  let table: string[][] | null = null;
  for (const line of src.split('\n')) {
    if (line.includes('\t')) {
      (table ??= []).push(line.split('\t').map((c) => c.replace(/\\n/g, '\n').replace(/\\r/g, '\r')));
      continue;
    }
    if (table) blocks.push({ kind: 'table', rows: table });
    table = null;
    const sheet = /^===\s*sheet:\s*(.+)$/.exec(line.trim());
    const hidden = /^===\s*hidden-column:\s*(\d+)$/.exec(line.trim());
    const hiddenRow = /^===\s*hidden-row:\s*(\d+)$/.exec(line.trim());
    const freeze = /^===\s*freeze:\s*(\d+)(?:\s+(\d+))?$/.exec(line.trim());
    if (freeze) blocks.push({ kind: 'freeze', rows: Number(freeze[1]), columns: Number(freeze[2] ?? 0) });
    else if (/^===\s*protect$/.test(line.trim())) blocks.push({ kind: 'protect' });
    else if (/^===\s*landscape$/.test(line.trim())) blocks.push({ kind: 'landscape' });
    else if (sheet) blocks.push({ kind: 'sheet', name: sheet[1]!.trim() });
    else if (hidden) blocks.push({ kind: 'hidden-column', column: Number(hidden[1]) });
    else if (hiddenRow) blocks.push({ kind: 'hidden-row', row: Number(hiddenRow[1]) });
    else if (line.trim()) blocks.push({ kind: 'text', text: line.trim() });
  }
  if (table) blocks.push({ kind: 'table', rows: table });
  return blocks;
}

function width(rows: string[][]): number {
  return Math.max(...rows.map((r) => r.length));
}

export async function gridToDocx(blocks: GridBlock[]): Promise<Uint8Array> {
  const children: Array<Paragraph | Table> = [];
  for (const b of blocks) {
    if (b.kind === 'sheet') { children.push(new Paragraph({ pageBreakBefore: true, children: [] })); continue; }
    if (b.kind === 'hidden-column' || b.kind === 'hidden-row' || b.kind === 'freeze' || b.kind === 'protect' || b.kind === 'landscape') continue;
    if (b.kind === 'text') { children.push(new Paragraph({ children: [new TextRun(b.text)] })); continue; }
    const w = width(b.rows);
    const rows = b.rows.map((r, ri) => {
      const cells: TableCell[] = [];
      for (let c = 0; c < w; c++) {
        const text = r[c] ?? '';
        if (text === '<') continue;
        let span = 1;
        while ((r[c + span] ?? '') === '<') span++;
        const restart = text !== '^' && (b.rows[ri + 1]?.[c] ?? '') === '^';
        cells.push(new TableCell({
          children: cellChildren(text === '^' ? '' : text),
          ...(span > 1 ? { columnSpan: span } : {}),
          ...(text === '^' ? { verticalMerge: VerticalMergeType.CONTINUE } : restart ? { verticalMerge: VerticalMergeType.RESTART } : {}),
        }));
      }
      return new TableRow({ children: cells });
    });
    children.push(new Table({ rows }));
    children.push(new Paragraph({ children: [] }));
  }
  const numbering = {
    config: [
      { reference: 'decimal', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] },
      { reference: 'chinese', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' }] },
    ],
  };
  // A4 turned sideways, as wide indicator tables are printed: Word swaps the sizes and marks the orientation.
  const properties = blocks.some((b) => b.kind === 'landscape') ? { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE } } } : {};
  return new Uint8Array(await Packer.toBuffer(new Document({ numbering, sections: [{ properties, children }] })));
}

/**
 * A cell's paragraphs; `{{a|b;c|d}}` is a table nested in the cell (rows split by `;`, cells
 * by `|`), as 云南-style forms put the fund rows inside the 项目资金 cell.
 */
function cellChildren(text: string): Array<Paragraph | Table> {
  const nested = /^\{\{([\s\S]*)\}\}$/.exec(text);
  if (!nested) {
    return text.split('\n').map((t) => {
      const item = /^#([.、])/.exec(t);
      const body = item ? t.slice(2) : t;
      return new Paragraph({
        ...(item ? { numbering: { reference: item[1] === '.' ? 'decimal' : 'chinese', level: 0 } } : {}),
        children: body.split('\r').flatMap((piece, i) => markedRuns(piece, i > 0)),
      });
    });
  }
  const rows = nested[1]!.split(';').map((r) => new TableRow({
    children: r.split('|').map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun(c)] })] })),
  }));
  // Word requires a paragraph after a table at the end of a cell.
  return [new Table({ rows }), new Paragraph({ children: [] })];
}

let revision = 0;

/** Runs of one line: `[-deleted-]`, `[+inserted+]` and `{~hidden~}` pieces among plain text. */
function markedRuns(text: string, breakBefore: boolean): Array<TextRun | InsertedTextRun | DeletedTextRun> {
  const runs: Array<TextRun | InsertedTextRun | DeletedTextRun> = [];
  const change = () => ({ id: ++revision, author: 'WPS', date: '2025-01-10T09:00:00Z' });
  const re = /\[-([\s\S]*?)-\]|\[\+([\s\S]*?)\+\]|\{~([\s\S]*?)~\}|([^[{]+|[[{])/g;
  for (const m of text.matchAll(re)) {
    const first = runs.length === 0 && breakBefore ? { break: 1 } : {};
    if (m[1] !== undefined) runs.push(new DeletedTextRun({ text: m[1], ...change(), ...first }));
    else if (m[2] !== undefined) runs.push(new InsertedTextRun({ text: m[2], ...change(), ...first }));
    else if (m[3] !== undefined) runs.push(new TextRun({ text: m[3], vanish: true, ...first }));
    else runs.push(new TextRun({ text: m[4]!, ...first }));
  }
  if (runs.length === 0) runs.push(new TextRun({ text: '', ...(breakBefore ? { break: 1 } : {}) }));
  return runs;
}

export async function gridToXlsx(blocks: GridBlock[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  let ws = blocks[0]?.kind === 'sheet' ? null : wb.addWorksheet('绩效表');
  let row = 1;
  for (const b of blocks) {
    if (b.kind === 'sheet') { ws = wb.addWorksheet(b.name); row = 1; continue; }
    ws ??= wb.addWorksheet('绩效表');
    const sheet = ws;
    if (b.kind === 'hidden-column') { sheet.getColumn(b.column).hidden = true; continue; }
    if (b.kind === 'hidden-row') { sheet.getRow(b.row).hidden = true; continue; }
    if (b.kind === 'freeze') { sheet.views = [{ state: 'frozen', xSplit: b.columns, ySplit: b.rows }]; continue; }
    if (b.kind === 'protect') { await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true }); continue; }
    if (b.kind === 'landscape') continue;
    if (b.kind === 'text') { sheet.getCell(row++, 1).value = b.text; continue; }
    const w = width(b.rows);
    b.rows.forEach((r, ri) => {
      for (let c = 0; c < w; c++) {
        const text = r[c] ?? '';
        if (text === '<' || text === '^') continue;
        // Codes longer than Excel's 15 significant digits are stored as text, as budget systems write them.
        const num = /^-?\d+(\.\d+)?$/.test(text) && text.replace(/\D/g, '').length <= 15 ? Number(text) : null;
        const cell = sheet.getCell(row + ri, c + 1);
        cell.value = xlsxValue(text, num);
        const format = /^=.+→.*→(.+)$/.exec(text) ?? /^-?\d+(?:\.\d+)?→(.+)$/.exec(text);
        if (format) cell.numFmt = format[1]!;
        let right = c;
        while ((r[right + 1] ?? '') === '<') right++;
        let bottom = ri;
        while ((b.rows[bottom + 1]?.[c] ?? '') === '^') bottom++;
        if (right > c || bottom > ri) sheet.mergeCells(row + ri, c + 1, row + bottom, right + 1);
      }
    });
    row += b.rows.length + 1;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function xlsxValue(text: string, num: number | null): ExcelJS.CellValue {
  const formula = /^=(.+?)→([^→]*)(?:→.*)?$/.exec(text);
  if (formula) {
    const cached = formula[2]!;
    const result = /^-?\d+(\.\d+)?$/.test(cached) ? Number(cached) : cached;
    return { formula: formula[1]!, result } as ExcelJS.CellValue;
  }
  const shown = /^(-?\d+(?:\.\d+)?)→/.exec(text);
  if (shown) return Number(shown[1]);
  if (text.startsWith("'")) return text.slice(1);
  return num ?? (text === '' ? null : text);
}
