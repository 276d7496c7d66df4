import type { SourceBlock, SourceDocument, SourceRow } from '../model/source-document';
import { type Merge, dropHiddenColumns, dropHiddenRows, layoutRows } from './layout-rows';
import { cellKey, fillUncachedFormulas } from './sheet-formulas';
import { sheetTextBoxes } from './xlsx-text-boxes';
import { isNumbersExportSummary, sheetHeading, withoutTableNameRow } from './numbers-export';
import { BUILTIN_FORMATS, formatCellNumber, formatIsoDateCell } from './format-cell-number';
import { type ReadLimits, ReadFailure } from './read-limits';
import type { SafeZip } from './safe-unzip';
import { type XmlScanOptions, childElements, firstChild, parseXmlTree, scanXml } from './scan-xml';
import { symbolFontChar } from './symbol-font';
import { type OutlineRow, foldedOutlineRows } from './folded-outline-rows';

/**
 * Every visible sheet in workbook order becomes a text block (the sheet name) and a table.
 *
 * Merged ranges follow the .docx convention so the builder sees one shape: the top-left cell
 * keeps the text with colSpan/rowSpan; cells covered to its right are omitted; on each row
 * below, the merge's first column holds `{text:'', mergedFromAbove:true, colSpan}` and the
 * rest of its width is omitted. Trailing empty rows and columns are dropped, as are rows
 * that are empty and not part of a merge.
 */
export function readXlsx(zip: SafeZip, fileName: string, limits: ReadLimits): SourceDocument {
  const opts = (part: string): XmlScanOptions => ({ maxDepth: limits.maxXmlDepth, part, fileName });
  const workbookXml = zip.readText('xl/workbook.xml');
  if (workbookXml === undefined) throw new ReadFailure('xlsx-corrupt', `文件“${fileName}”缺少工作簿（xl/workbook.xml），不是完整的 Excel 文件。`);
  const workbook = parseXmlTree(workbookXml, { ...opts('xl/workbook.xml'), maxNodes: 100_000 });
  const sheetsNode = firstChild(firstChild(workbook, 'workbook') ?? workbook, 'sheets');
  const date1904 = /<workbookPr[^>]*date1904="(1|true)"/.test(workbookXml);
  // A workbook that asks Excel to recalculate on opening (XlsxWriter and others save 0 as every
  // formula's result) shows the recalculated values, not the saved ones.
  const recalc = /<calcPr[^>]*fullCalcOnLoad="(1|true)"/.test(workbookXml);
  const rels = readRelationships(zip, fileName, limits);
  const shared = readSharedStrings(zip, fileName, limits);
  const { formats, struck } = readCellFormats(zip, fileName, limits);
  const blocks: SourceBlock[] = [];
  const notes: string[] = [];
  // The zip's budget: a workbook embedded in a document counts its cells with the document's other workbooks.
  const budget = zip.budget;
  let numbersExport = false;
  for (const sheet of sheetsNode ? childElements(sheetsNode, 'sheet') : []) {
    const name = sheet.attrs['name'] ?? '';
    if (sheet.attrs['state'] === 'hidden' || sheet.attrs['state'] === 'veryHidden') {
      notes.push(`已跳过隐藏的工作表“${name}”。`);
      continue;
    }
    const target = rels.get(sheet.attrs['r:id'] ?? '');
    const part = target ? resolveTarget(target) : undefined;
    const xml = part ? zip.readText(part) : undefined;
    if (xml === undefined) {
      notes.push(`工作表“${name}”的内容缺失，已跳过。`);
      continue;
    }
    const rows = withoutTableNameRow(readSheet(xml, { shared, formats, struck, date1904, recalc, limits, budget, scan: opts(part!), sheetName: name, fileName }));
    if (isNumbersExportSummary(rows)) {
      numbersExport = true;
      notes.push(`已跳过 Numbers 导出摘要工作表“${name}”。`);
      continue;
    }
    const heading = sheetHeading(name, numbersExport);
    if (heading !== null) blocks.push({ kind: 'text', text: heading, heading: 2 });
    // Text boxes drawn over the sheet (a title in a 文本框): those on or above the first filled row come first.
    const boxes = sheetTextBoxes(zip, part!, xml, fileName, limits);
    const first = rows[0]?.line ?? Infinity;
    const boxLines = (above: boolean) => boxes.filter((b) => (b.row <= first) === above).flatMap((b) => b.text.split('\n')).filter((t) => t.trim() !== '');
    for (const text of boxLines(true)) blocks.push({ kind: 'text', text: text.trim() });
    if (rows.length > 0) blocks.push({ kind: 'table', rows });
    else if (boxes.length === 0) notes.push(`工作表“${name}”是空的。`);
    for (const text of boxLines(false)) blocks.push({ kind: 'text', text: text.trim() });
  }
  if (!blocks.some((b) => b.kind === 'table')) notes.push(`文件“${fileName}”中没有包含数据的工作表。`);
  return { format: 'xlsx', blocks, notes };
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = ['xl'];
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.' && seg !== '') parts.push(seg);
  }
  return parts.join('/');
}

function readRelationships(zip: SafeZip, fileName: string, limits: ReadLimits): Map<string, string> {
  const out = new Map<string, string>();
  const xml = zip.readText('xl/_rels/workbook.xml.rels');
  if (xml === undefined) return out;
  scanXml(
    xml,
    {
      open(name, attrs) {
        if (name === 'Relationship' && attrs['Id'] && attrs['Target']) out.set(attrs['Id'], attrs['Target']);
      },
      close() {},
      text() {},
    },
    { maxDepth: limits.maxXmlDepth, part: 'xl/_rels/workbook.xml.rels', fileName },
  );
  return out;
}

function readSharedStrings(zip: SafeZip, fileName: string, limits: ReadLimits): string[] {
  const xml = zip.readText('xl/sharedStrings.xml');
  if (xml === undefined) return [];
  const out: string[] = [];
  let chars = 0;
  let current: string | undefined;
  let inT = 0;
  let skip = 0;
  // A rich-text run set in the Symbol font shows its bytes as that font's signs (³ is ≥).
  let symbolRun = false;
  // A run in a strike font is a reviewer's deleted text, left crossed out beside the new value.
  let struckRun = false;
  const tooBig = () =>
    new ReadFailure(
      'shared-strings-too-large',
      `文件“${fileName}”的共享字符串表过大（上限 ${limits.maxSharedStrings} 条、${Math.round(limits.maxSharedStringChars / 1024 / 1024)}M 字符），超出可导入的规模。请删除无关的工作表或拆分文件后再导入。`,
    );
  scanXml(
    xml,
    {
      open(name, attrs, selfClosing) {
        if (name === 'r') { symbolRun = false; struckRun = false; }
        else if (name === 'rFont' && (attrs['val'] ?? '').trim().toLowerCase() === 'symbol') symbolRun = true;
        else if (name === 'strike' && isToggleOn(attrs['val'])) struckRun = true;
        if (name === 'si' && !selfClosing) current = '';
        else if (name === 'si') {
          out.push('');
          if (out.length > limits.maxSharedStrings) throw tooBig();
        } else if (name === 't') inT++;
        else if (name === 'rPh' || name === 'phoneticPr') skip++;
      },
      close(name) {
        if (name === 'si' && current !== undefined) {
          out.push(current);
          chars += current.length;
          current = undefined;
          if (out.length > limits.maxSharedStrings || chars > limits.maxSharedStringChars) throw tooBig();
        } else if (name === 't') inT--;
        else if (name === 'rPh' || name === 'phoneticPr') skip--;
        else if (name === 'r') { symbolRun = false; struckRun = false; }
      },
      text(text) {
        if (current !== undefined && inT > 0 && skip === 0 && !struckRun) {
          current += symbolRun ? [...text].map((ch) => (ch.codePointAt(0)! > 0x20 && ch.codePointAt(0)! <= 0xff ? symbolFontChar('Symbol', ch.codePointAt(0)!) : ch)).join('') : text;
          if (current.length > limits.maxSharedStringChars) throw tooBig();
        }
      },
    },
    { maxDepth: limits.maxXmlDepth, part: 'xl/sharedStrings.xml', fileName },
  );
  return out;
}

/** Style index → number format code, and the styles whose font is struck through. */
function readCellFormats(zip: SafeZip, fileName: string, limits: ReadLimits): { formats: (string | undefined)[]; struck: Set<number> } {
  const xml = zip.readText('xl/styles.xml');
  if (xml === undefined) return { formats: [], struck: new Set() };
  const custom = new Map<number, string>();
  const xfs: (string | undefined)[] = [];
  let inCellXfs = false;
  let inFonts = false;
  const pending: Array<{ numFmt: number; font: number }> = [];
  const struckFonts = new Set<number>();
  let fontNo = -1;
  scanXml(
    xml,
    {
      open(name, attrs) {
        if (name === 'numFmt' && attrs['numFmtId'] !== undefined) custom.set(Number(attrs['numFmtId']), attrs['formatCode'] ?? '');
        else if (name === 'cellXfs') inCellXfs = true;
        else if (name === 'fonts') inFonts = true;
        else if (name === 'font' && inFonts) fontNo++;
        else if (name === 'strike' && inFonts && isToggleOn(attrs['val'])) struckFonts.add(fontNo);
        else if (name === 'xf' && inCellXfs) pending.push({ numFmt: Number(attrs['numFmtId'] ?? 0), font: Number(attrs['fontId'] ?? 0) });
      },
      close(name) {
        if (name === 'cellXfs') inCellXfs = false;
        else if (name === 'fonts') inFonts = false;
      },
      text() {},
    },
    { maxDepth: limits.maxXmlDepth, part: 'xl/styles.xml', fileName },
  );
  const struck = new Set<number>();
  pending.forEach(({ numFmt, font }, i) => {
    xfs.push(custom.get(numFmt) ?? BUILTIN_FORMATS[numFmt]);
    if (struckFonts.has(font)) struck.add(i);
  });
  return { formats: xfs, struck };
}

/** A toggle attribute (`<strike/>`, `<strike val="1"/>`) is on unless switched off. */
function isToggleOn(val: string | undefined): boolean {
  return val === undefined || !/^(0|false)$/i.test(val);
}

interface SheetContext {
  shared: string[];
  formats: (string | undefined)[];
  /** Styles whose font is struck through: a reviewer's deleted cell, no value of the sheet. */
  struck: Set<number>;
  /** Mac workbooks count dates from 1904-01-01. */
  date1904: boolean;
  /** Formulas' saved results are stale: Excel recalculates them on opening. */
  recalc: boolean;
  limits: ReadLimits;
  budget: { cells: number };
  scan: XmlScanOptions;
  sheetName: string;
  fileName: string;
}

function readSheet(xml: string, ctx: SheetContext): SourceRow[] {
  const { limits, fileName, sheetName } = ctx;
  const values = new Map<number, Map<number, string>>();
  const merges: Merge[] = [];
  // Columns the sheet hides (<col min max hidden="1">): budget systems keep ids and old figures there.
  const hidden = new Set<number>();
  // Rows the sheet hides (hidden="1", or a zero height): a filter's left-out rows, last year's figures.
  const hiddenRows = new Set<number>();
  // Rows in outline groups, to tell rows a folded group hides from rows hidden by hand.
  const outline: OutlineRow[] = [];
  let summaryBelow = true;
  let rowNo = 0;
  let colNo = 0;
  let cell: { r: number; c: number; type: string; style: number; v: string; inline: string; f: string; inV: boolean; inT: boolean; inF: boolean; struckRun: boolean } | undefined;
  // Numeric cells by position, and formulas saved without their result, to work those out afterwards.
  const numbers = new Map<number, number>();
  const uncached: Array<{ r: number; c: number; style: number; formula: string }> = [];
  const limitFail = (what: string) =>
    new ReadFailure('sheet-too-large', `文件“${fileName}”的工作表“${sheetName}”${what}，超出可导入的规模。请删除无关内容或拆分文件后再导入。`);
  scanXml(
    xml,
    {
      open(name, attrs, selfClosing) {
        // A column narrowed to nothing is hidden as surely as one flagged hidden (POI/NPOI exports hide helper columns by width alone).
        if (name === 'col' && (attrs['hidden'] === '1' || attrs['hidden'] === 'true' || (attrs['width'] !== undefined && Number(attrs['width']) === 0))) {
          const min = Number(attrs['min']);
          const max = Math.min(Number(attrs['max'] ?? min), limits.maxColumns);
          for (let c = min; Number.isInteger(c) && c <= max; c++) hidden.add(c);
        } else if (name === 'row') {
          rowNo = attrs['r'] ? Number(attrs['r']) : rowNo + 1;
          colNo = 0;
          const rowHidden = attrs['hidden'] === '1' || attrs['hidden'] === 'true' || (attrs['ht'] !== undefined && Number(attrs['ht']) === 0);
          if (rowHidden) hiddenRows.add(rowNo);
          const level = Number(attrs['outlineLevel'] ?? 0);
          const collapsed = attrs['collapsed'] === '1' || attrs['collapsed'] === 'true';
          if ((level > 0 || collapsed) && outline.length < limits.maxRows) outline.push({ row: rowNo, level: Number.isFinite(level) ? level : 0, hidden: rowHidden, collapsed });
        } else if (name === 'outlinePr') {
          summaryBelow = attrs['summaryBelow'] !== '0' && attrs['summaryBelow'] !== 'false';
        } else if (name === 'c') {
          const ref = attrs['r'] ? parseRef(attrs['r']) : undefined;
          const r = ref?.r ?? rowNo;
          const c = ref?.c ?? colNo + 1;
          colNo = c;
          if (!selfClosing) cell = { r, c, type: attrs['t'] ?? 'n', style: Number(attrs['s'] ?? 0), v: '', inline: '', f: '', inV: false, inT: false, inF: false, struckRun: false };
        } else if (cell && name === 'v') cell.inV = true;
        else if (cell && name === 'f' && !selfClosing) cell.inF = true;
        else if (cell && name === 't') cell.inT = true;
        // An inline string's rich-text run in a strike font: deleted text, as in the shared strings.
        else if (cell && name === 'r') cell.struckRun = false;
        else if (cell && name === 'strike') cell.struckRun = isToggleOn(attrs['val']);
        else if (name === 'mergeCell' && attrs['ref']) {
          const [a, b] = attrs['ref'].split(':');
          const p = a ? parseRef(a) : undefined;
          const q = b ? parseRef(b) : p;
          if (p && q) merges.push({ r0: Math.min(p.r, q.r), c0: Math.min(p.c, q.c), r1: Math.max(p.r, q.r), c1: Math.max(p.c, q.c) });
        }
      },
      close(name) {
        if (!cell) return;
        if (name === 'v') cell.inV = false;
        else if (name === 't') cell.inT = false;
        else if (name === 'f') cell.inF = false;
        else if (name === 'c') {
          // A cell whose own font is struck through was deleted by a reviewer: it shows no value.
          const text = ctx.struck.has(cell.style) ? '' : cellText(cell, ctx);
          if (cell.type === 'n' && cell.v.trim() !== '' && Number.isFinite(Number(cell.v))) numbers.set(cellKey(cell.r, cell.c), Number(cell.v));
          // A saved result stands unless the workbook asks for recalculation; what cannot be worked out keeps it.
          if (cell.f.trim() !== '' && (cell.v.trim() === '' || ctx.recalc) && uncached.length < limits.maxCells) uncached.push({ r: cell.r, c: cell.c, style: cell.style, formula: cell.f });
          if (text !== '') {
            if (cell.r > limits.maxRows) throw limitFail(`超过 ${limits.maxRows} 行`);
            if (cell.c > limits.maxColumns) throw limitFail(`超过 ${limits.maxColumns} 列`);
            if (++ctx.budget.cells > limits.maxCells) throw limitFail(`单元格超过 ${limits.maxCells} 个`);
            let row = values.get(cell.r);
            if (!row) values.set(cell.r, (row = new Map()));
            row.set(cell.c, text);
          }
          cell = undefined;
        }
      },
      text(text) {
        if (!cell) return;
        if (cell.inV) cell.v += text;
        else if (cell.inT && !cell.struckRun) cell.inline += text;
        else if (cell.inF) cell.f += text;
      },
    },
    ctx.scan,
  );
  if (uncached.length > 0) fillUncachedFormulas(values, numbers, uncached, (value, style) => formatCellNumber(value, ctx.formats[style], ctx.date1904));
  if (hidden.size > 0) dropHiddenColumns(values, merges, hidden);
  for (const r of foldedOutlineRows(outline, summaryBelow)) hiddenRows.delete(r);
  const lineOf = hiddenRows.size > 0 ? dropHiddenRows(values, merges, hiddenRows) : (r: number) => r;
  return layoutRows(values, merges, limits, limitFail, lineOf);
}

function cellText(cell: { type: string; style: number; v: string; inline: string }, ctx: SheetContext): string {
  switch (cell.type) {
    case 's': {
      const i = Number(cell.v);
      return Number.isInteger(i) ? stringText(ctx.shared[i] ?? '') : '';
    }
    case 'inlineStr':
      return stringText(cell.inline);
    case 'str':
      return stringText(cell.v);
    case 'd':
      return formatIsoDateCell(cell.v, ctx.formats[cell.style]);
    case 'e':
      return cell.v.trim();
    case 'b':
      return cell.v === '1' ? 'TRUE' : 'FALSE';
    default: {
      if (cell.v.trim() === '') return '';
      const n = Number(cell.v);
      return Number.isFinite(n) ? formatCellNumber(n, ctx.formats[cell.style], ctx.date1904) : cell.v.trim();
    }
  }
}

// WPS's picture in a cell (插入→图片→嵌入单元格) is a DISPIMG formula whose saved result is its own text.
const CELL_PICTURE = /^=?(?:_xlfn\.)?DISPIMG\(\s*"ID_[0-9A-Fa-f]+"\s*,\s*\d+\s*\)$/;

/**
 * A string cell's text as shown: `_xHHHH_` is the escape OOXML writes for a character XML cannot hold
 * as typed (`_x000D_`, the CR of a pasted CR LF; `_x005F_` an underscore that would start one), and a
 * cell picture shows no text.
 */
function stringText(raw: string): string {
  const text = raw.includes('_x') ? raw.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))).replace(/\r\n?/g, '\n') : raw;
  const trimmed = text.trim();
  return CELL_PICTURE.test(trimmed) ? '' : trimmed;
}

function parseRef(ref: string): { r: number; c: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(ref.trim());
  if (!m) return undefined;
  let c = 0;
  for (const ch of m[1]!.toUpperCase()) c = c * 26 + (ch.charCodeAt(0) - 64);
  return { r: Number(m[2]), c };
}
