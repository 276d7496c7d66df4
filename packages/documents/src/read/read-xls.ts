import type { SourceBlock, SourceDocument, SourceRow } from '../model/source-document';
import {
  BIFF, BIFF8, BiffError, type ByteDecoder, BiffStringReader, RecordData, codePageDecoder, decodeRk, latin1, recordAt, recordString, withContinues,
} from './biff-records';
import { BUILTIN_FORMATS, formatCellNumber } from './format-cell-number';
import { type Merge, dropHiddenColumns, dropHiddenRows, layoutRows } from './layout-rows';
import { type ReadLimits, ReadFailure } from './read-limits';
import { ExternSheets, type SheetCells, fillReferencedTexts, singleReference } from './xls-reference-formulas';
import { type OutlineRow, foldedOutlineRows } from './folded-outline-rows';

/** What the workbook globals say, before any sheet is read. */
interface Globals {
  biff8: boolean;
  decode: ByteDecoder;
  date1904: boolean;
  sheets: Array<{ name: string; offset: number; hidden: boolean; worksheet: boolean }>;
  shared: string[];
  /** XF index → number format code. */
  formats: (string | undefined)[];
  externs: ExternSheets;
}

/**
 * Reads an Excel 97–2003 workbook stream (BIFF8; BIFF5/7 too, its strings in the workbook's code
 * page) into the model the .xlsx reader gives: each visible worksheet is its name and a table,
 * numbers shown in their number formats, merged cells kept, hidden rows and columns left out.
 */
export function readXls(stream: Uint8Array, fileName: string, limits: ReadLimits, budget: { cells: number } = { cells: 0 }): SourceDocument {
  const corrupt = (detail: string) =>
    new ReadFailure('xls-corrupt', `文件“${fileName}”是 Excel 97–2003（.xls）工作簿，但其内容已损坏，无法读取（${detail}）。请用 Excel 或 WPS 打开后另存为 .xlsx 再导入。`);
  let globals: Globals;
  try {
    globals = readGlobals(stream, fileName, limits);
  } catch (error) {
    if (error instanceof BiffError) throw corrupt(error.message);
    throw error;
  }
  const blocks: SourceBlock[] = [];
  const notes: string[] = [];
  // Every worksheet is read before any is laid out: a formula may show a cell of another sheet, a hidden one
  // too. A hidden sheet is read only for that: on its own budget, and damage or size in it is no failure.
  const broken = new Map<number, string>();
  const read = globals.sheets.map((sheet, index) => {
    if (!sheet.worksheet) return null;
    try {
      return readSheet(stream, sheet.offset, { globals, limits, budget: sheet.hidden ? { cells: 0 } : budget, sheetName: sheet.name, fileName });
    } catch (error) {
      if (sheet.hidden && (error instanceof BiffError || error instanceof ReadFailure)) return null;
      if (!(error instanceof BiffError)) throw error;
      broken.set(index, error.message);
      return null;
    }
  });
  fillReferencedTexts(read, globals.externs);
  for (const [index, sheet] of globals.sheets.entries()) {
    if (!sheet.worksheet) continue;
    if (sheet.hidden) {
      notes.push(`已跳过隐藏的工作表“${sheet.name}”。`);
      continue;
    }
    const cells = read[index];
    if (!cells) {
      notes.push(`工作表“${sheet.name}”的内容已损坏，已跳过（${broken.get(index) ?? ''}）。`);
      continue;
    }
    const rows = layoutSheet(cells, limits);
    blocks.push({ kind: 'text', text: sheet.name, heading: 2 });
    if (rows.length > 0) blocks.push({ kind: 'table', rows });
    else notes.push(`工作表“${sheet.name}”是空的。`);
  }
  if (!blocks.some((b) => b.kind === 'table')) notes.push(`文件“${fileName}”中没有包含数据的工作表。`);
  return { format: 'xls', blocks, notes };
}

function readGlobals(stream: Uint8Array, fileName: string, limits: ReadLimits): Globals {
  const first = recordAt(stream, 0);
  if (!first || first.type !== BIFF.BOF || first.length < 4) throw new BiffError('no workbook BOF record');
  const version = RecordData.of(stream, first).u16(0);
  const g: Globals = { biff8: version >= BIFF8, decode: latin1, date1904: false, sheets: [], shared: [], formats: [], externs: new ExternSheets() };
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let offset = first.start + first.length;
  for (let rec = recordAt(stream, offset); rec && rec.type !== BIFF.EOF; rec = recordAt(stream, offset)) {
    offset = rec.start + rec.length;
    const data = RecordData.of(stream, rec);
    switch (rec.type) {
      case BIFF.FILEPASS:
        throw new ReadFailure('encrypted', `文件“${fileName}”是设置了打开密码的 Excel 工作簿，无法读取。请用 Excel 或 WPS 打开后取消密码（文件—信息—保护工作簿—用密码进行加密，清空密码），保存后再导入。`);
      case BIFF.CODEPAGE:
        // BIFF8 strings carry their own encoding (1200 is UTF-16); BIFF5 bytes are in this code page.
        if (!g.biff8) g.decode = codePageDecoder(data.u16(0));
        break;
      case BIFF.DATEMODE:
        g.date1904 = data.u16(0) === 1;
        break;
      case BIFF.BOUNDSHEET: {
        const state = data.u8(4) & 0x03;
        const kind = data.u8(5);
        g.sheets.push({ offset: data.u32(0), hidden: state !== 0, worksheet: kind === 0, name: recordString(data, 6, 1, g.biff8, g.decode).trim() });
        break;
      }
      case BIFF.SUPBOOK:
      case BIFF.EXTERNSHEET:
        if (g.biff8) g.externs.read(rec.type, data);
        break;
      case BIFF.FORMAT:
        custom.set(data.u16(0), recordString(data, 2, g.biff8 ? 2 : 1, g.biff8, g.decode));
        break;
      case BIFF.XF:
        if (xfFormats.length < 0x10000) xfFormats.push(data.u16(2));
        break;
      case BIFF.SST:
        if (g.biff8) {
          const { segments, next } = withContinues(stream, rec);
          offset = next;
          g.shared = readSharedStrings(stream, segments, fileName, limits);
        }
        break;
    }
  }
  g.formats = xfFormats.map((id) => custom.get(id) ?? BUILTIN_FORMATS[id]);
  return g;
}

function readSharedStrings(stream: Uint8Array, segments: Array<{ start: number; length: number }>, fileName: string, limits: ReadLimits): string[] {
  const reader = new BiffStringReader(stream, segments);
  reader.u32(); // total references, not needed
  const unique = reader.u32();
  const tooBig = () =>
    new ReadFailure(
      'shared-strings-too-large',
      `文件“${fileName}”的共享字符串表过大（上限 ${limits.maxSharedStrings} 条、${Math.round(limits.maxSharedStringChars / 1024 / 1024)}M 字符），超出可导入的规模。请删除无关的工作表或拆分文件后再导入。`,
    );
  if (unique > limits.maxSharedStrings) throw tooBig();
  const out: string[] = [];
  let chars = 0;
  // A count larger than the strings present is damage after the last string: keep what was read.
  while (out.length < unique && !reader.atEnd()) {
    const s = reader.string(2, true);
    chars += s.length;
    if (chars > limits.maxSharedStringChars) throw tooBig();
    out.push(s);
  }
  return out;
}

interface SheetContext {
  globals: Globals;
  limits: ReadLimits;
  budget: { cells: number };
  sheetName: string;
  fileName: string;
}

/** A sheet as read: its cells, merges and hidden rows and columns, laid out once references are filled. */
interface ReadSheet extends SheetCells {
  merges: Merge[];
  hiddenCols: Set<number>;
  hiddenRows: Set<number>;
  limitFail: (what: string) => Error;
}

function readSheet(stream: Uint8Array, start: number, ctx: SheetContext): ReadSheet {
  const { globals: g, limits } = ctx;
  const bof = recordAt(stream, start);
  if (!bof || bof.type !== BIFF.BOF) throw new BiffError('the sheet does not start with a BOF record');
  const values = new Map<number, Map<number, string>>();
  const texts = new Set<string>();
  const references: SheetCells['references'] = [];
  const merges: Merge[] = [];
  const hiddenCols = new Set<number>();
  const hiddenRows = new Set<number>();
  // Rows in outline groups, to tell rows a folded group hides from rows hidden by hand.
  const outline: OutlineRow[] = [];
  let summaryBelow = true;
  const limitFail = (what: string) =>
    new ReadFailure('sheet-too-large', `文件“${ctx.fileName}”的工作表“${ctx.sheetName}”${what}，超出可导入的规模。请删除无关内容或拆分文件后再导入。`);
  const put = (row: number, col: number, text: string, isText = false) => {
    if (text === '') return;
    const r = row + 1;
    const c = col + 1;
    if (r > limits.maxRows) throw limitFail(`超过 ${limits.maxRows} 行`);
    if (c > limits.maxColumns) throw limitFail(`超过 ${limits.maxColumns} 列`);
    if (++ctx.budget.cells > limits.maxCells) throw limitFail(`单元格超过 ${limits.maxCells} 个`);
    let line = values.get(r);
    if (!line) values.set(r, (line = new Map()));
    line.set(c, text);
    if (isText) texts.add(`${r}:${c}`);
  };
  const number = (value: number, xf: number) => formatCellNumber(value, g.formats[xf], g.date1904);
  // A formula whose result is text: the STRING record that follows holds it.
  let pendingString: { row: number; col: number } | undefined;
  // Charts and other substreams embedded in the sheet have their own BOF…EOF.
  let depth = 0;
  let offset = bof.start + bof.length;
  for (let rec = recordAt(stream, offset); rec; rec = recordAt(stream, offset)) {
    offset = rec.start + rec.length;
    if (rec.type === BIFF.BOF) depth++;
    else if (rec.type === BIFF.EOF) {
      if (depth === 0) break;
      depth--;
      continue;
    }
    if (depth > 0) continue;
    const d = RecordData.of(stream, rec);
    switch (rec.type) {
      case BIFF.LABELSST:
        put(d.u16(0), d.u16(2), cellString(g.shared[d.u32(6)] ?? ''), true);
        break;
      case BIFF.LABEL:
      case BIFF.RSTRING:
        put(d.u16(0), d.u16(2), cellString(recordString(d, 6, 2, g.biff8, g.decode)), true);
        break;
      case BIFF.NUMBER:
        put(d.u16(0), d.u16(2), number(d.f64(6), d.u16(4)));
        break;
      case BIFF.RK:
        put(d.u16(0), d.u16(2), number(decodeRk(d.u32(6)), d.u16(4)));
        break;
      case BIFF.MULRK: {
        const row = d.u16(0);
        const first = d.u16(2);
        const count = Math.floor((d.length - 6) / 6);
        for (let i = 0; i < count; i++) put(row, first + i, number(decodeRk(d.u32(6 + i * 6)), d.u16(4 + i * 6)));
        break;
      }
      case BIFF.BOOLERR:
        put(d.u16(0), d.u16(2), d.u8(7) === 0 ? (d.u8(6) ? 'TRUE' : 'FALSE') : (ERRORS[d.u8(6)] ?? '#N/A'));
        break;
      case BIFF.FORMULA: {
        const row = d.u16(0);
        const col = d.u16(2);
        const reference = g.biff8 ? singleReference(d) : null;
        if (reference) references.push(reference);
        if (d.u16(12) !== 0xffff) put(row, col, number(d.f64(6), d.u16(4)));
        else if (d.u8(6) === 0) pendingString = { row, col };
        else if (d.u8(6) === 1) put(row, col, d.u8(8) ? 'TRUE' : 'FALSE');
        else if (d.u8(6) === 2) put(row, col, ERRORS[d.u8(8)] ?? '#N/A');
        break;
      }
      case BIFF.STRING: {
        // A long result goes on in CONTINUE records, as the shared strings do.
        const { segments, next } = withContinues(stream, rec);
        offset = next;
        const text = g.biff8 ? new BiffStringReader(stream, segments).string(2, false) : recordString(d, 0, 2, false, g.decode);
        if (pendingString) put(pendingString.row, pendingString.col, cellString(text), true);
        pendingString = undefined;
        break;
      }
      case BIFF.ROW: {
        // fDyZero: the row is hidden (a filter's left-out rows, last year's figures, or a folded group's rows).
        const row = d.u16(0) + 1;
        if (row > limits.maxRows) break;
        const hiddenRow = (d.u8(12) & 0x20) !== 0;
        if (hiddenRow) hiddenRows.add(row);
        // iOutLevel (bits 0–2) and fCollapsed (bit 4): the row's outline group level, and a folded group's summary row.
        const level = d.u8(12) & 0x07;
        const collapsed = (d.u8(12) & 0x10) !== 0;
        if (level > 0 || collapsed) outline.push({ row, level, hidden: hiddenRow, collapsed });
        break;
      }
      // fRowSumsBelow (bit 6): a group's summary row is below it (Excel's default) rather than above.
      case BIFF.WSBOOL:
        summaryBelow = (d.u8(0) & 0x40) !== 0;
        break;
      case BIFF.COLINFO: {
        // Hidden, or narrowed to nothing: budget systems keep ids and old figures there.
        if ((d.u16(8) & 0x0001) === 0 && d.u16(4) !== 0) break;
        const last = Math.min(d.u16(2), limits.maxColumns);
        for (let c = d.u16(0); c <= last; c++) hiddenCols.add(c + 1);
        break;
      }
      case BIFF.MERGEDCELLS: {
        const count = Math.min(d.u16(0), Math.floor((d.length - 2) / 8));
        for (let i = 0; i < count; i++) {
          const at = 2 + i * 8;
          const r0 = d.u16(at) + 1;
          const c0 = d.u16(at + 4) + 1;
          const r1 = Math.min(d.u16(at + 2) + 1, limits.maxRows);
          const c1 = Math.min(d.u16(at + 6) + 1, limits.maxColumns);
          if (r1 >= r0 && c1 >= c0 && (r1 > r0 || c1 > c0)) merges.push({ r0, c0, r1, c1 });
        }
        break;
      }
    }
  }
  for (const r of foldedOutlineRows(outline, summaryBelow)) hiddenRows.delete(r);
  return { values, texts, references, merges, hiddenCols, hiddenRows, limitFail };
}

function layoutSheet(sheet: ReadSheet, limits: ReadLimits): SourceRow[] {
  const { values, merges, hiddenCols, hiddenRows, limitFail } = sheet;
  if (hiddenCols.size > 0) dropHiddenColumns(values, merges, hiddenCols);
  const lineOf = hiddenRows.size > 0 ? dropHiddenRows(values, merges, hiddenRows) : (r: number) => r;
  return layoutRows(values, merges, limits, limitFail, lineOf);
}

const ERRORS: Record<number, string> = { 0x00: '#NULL!', 0x07: '#DIV/0!', 0x0f: '#VALUE!', 0x17: '#REF!', 0x1d: '#NAME?', 0x24: '#NUM!', 0x2a: '#N/A' };

/** A string cell's text as shown: Excel keeps a pasted CR LF, the sheet shows one line break. */
function cellString(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').split('\0').join('').trim();
}
