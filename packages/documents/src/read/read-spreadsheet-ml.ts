import type { SourceBlock, SourceDocument } from '../model/source-document';
import { formatCellNumber } from './format-cell-number';
import { type ReadLimits, ReadFailure } from './read-limits';
import { type Merge, dropHiddenColumns, dropHiddenRows, layoutRows } from './layout-rows';
import { scanXml } from './scan-xml';

/** Whether decoded text is an Excel 2003 XML workbook (SpreadsheetML), as many systems export ".xls". */
export function isSpreadsheetMl(text: string): boolean {
  const head = text.slice(0, 4096);
  return /<\?mso-application\s+progid\s*=\s*["']Excel\.Sheet["']/i.test(head) || /<(\w+:)?Workbook\b[^>]*urn:schemas-microsoft-com:office:spreadsheet/i.test(head);
}

// Excel 2003's named number formats, as the codes an .xlsx would carry.
const NAMED_FORMATS: Record<string, string> = {
  'general number': 'General', fixed: '0.00', standard: '#,##0.00', percent: '0.00%', scientific: '0.00E+00',
  'general date': 'yyyy-mm-dd h:mm', 'short date': 'yyyy-mm-dd', 'medium date': 'yyyy-mm-dd', 'long date': 'yyyy"年"m"月"d"日"',
  currency: '#,##0.00', '0%': '0%',
};

interface CellState {
  r: number;
  c: number;
  type: string;
  style: string;
  text: string;
  /** Inside <Data> (ss:Data), whose text (with rich-text <Font> runs) is the value. */
  inData: number;
  /** Inside the cell's <Comment>, whose own <Data> is a note, not the value. */
  inComment: number;
}

/**
 * Reads an Excel 2003 XML workbook: every visible worksheet becomes its name and a table, laid
 * out as an .xlsx sheet is (ss:Index skips, ss:MergeAcross/ss:MergeDown merges, hidden rows and
 * columns left out, numbers shown in their style's format).
 */
export function readSpreadsheetMl(xml: string, fileName: string, limits: ReadLimits): SourceDocument {
  const blocks: SourceBlock[] = [];
  const notes: string[] = [];
  const formats = new Map<string, string>();
  let styleId: string | null = null;
  let sheet: { name: string; hidden: boolean; values: Map<number, Map<number, string>>; merges: Merge[]; hiddenRows: Set<number>; hiddenCols: Set<number> } | null = null;
  let row = 0;
  let col = 0;
  let colDef = 0;
  let cell: CellState | null = null;
  let cells = 0;
  const local = (name: string) => name.replace(/^[\w.-]+:/, '');
  const attr = (attrs: Record<string, string>, name: string) => attrs[`ss:${name}`] ?? attrs[name];
  const tooLarge = (what: string) => new ReadFailure('sheet-too-large', `文件“${fileName}”的工作表“${sheet?.name ?? ''}”${what}，超出可导入的规模。请删除无关内容或拆分文件后再导入。`);
  scanXml(
    xml,
    {
      open(raw, attrs, selfClosing) {
        const name = local(raw);
        if (name === 'Style') styleId = attr(attrs, 'ID') ?? null;
        else if (name === 'NumberFormat' && styleId) {
          const f = attr(attrs, 'Format') ?? '';
          formats.set(styleId, NAMED_FORMATS[f.toLowerCase()] ?? f);
        } else if (name === 'Worksheet') {
          sheet = { name: attr(attrs, 'Name') ?? '', hidden: false, values: new Map(), merges: [], hiddenRows: new Set(), hiddenCols: new Set() };
          row = 0;
          colDef = 0;
        } else if (!sheet) return;
        else if (name === 'Visible' && !selfClosing) sheet.hidden = true; // <x:Visible>SheetHidden</x:Visible>
        else if (name === 'Column') {
          const index = Number(attr(attrs, 'Index') ?? colDef + 1);
          const span = Number(attr(attrs, 'Span') ?? 0);
          // A column narrowed to nothing is hidden, as in an .xlsx.
          const hidden = attr(attrs, 'Hidden') === '1' || Number(attr(attrs, 'Width') ?? NaN) === 0;
          for (let c = index; c <= Math.min(index + span, limits.maxColumns); c++) if (hidden) sheet.hiddenCols.add(c);
          colDef = index + span;
        } else if (name === 'Row') {
          row = Number(attr(attrs, 'Index') ?? row + 1);
          col = 0;
          if (row > limits.maxRows) throw tooLarge(`超过 ${limits.maxRows} 行`);
          if (attr(attrs, 'Hidden') === '1') sheet.hiddenRows.add(row);
        } else if (name === 'Cell') {
          col = Number(attr(attrs, 'Index') ?? col + 1);
          if (col > limits.maxColumns) throw tooLarge(`超过 ${limits.maxColumns} 列`);
          const across = Number(attr(attrs, 'MergeAcross') ?? 0);
          const down = Number(attr(attrs, 'MergeDown') ?? 0);
          if (across > 0 || down > 0) sheet.merges.push({ r0: row, c0: col, r1: row + down, c1: col + across });
          cell = { r: row, c: col, type: '', style: attr(attrs, 'StyleID') ?? '', text: '', inData: 0, inComment: 0 };
          if (selfClosing) cell = null;
          col += across;
        } else if (cell && name === 'Comment' && !selfClosing) cell.inComment++;
        else if (cell && name === 'Data' && cell.inComment === 0) {
          cell.inData++;
          cell.type = attr(attrs, 'Type') ?? cell.type;
        }
      },
      close(raw) {
        const name = local(raw);
        if (name === 'Style') styleId = null;
        else if (cell && name === 'Comment') cell.inComment--;
        else if (cell && name === 'Data' && cell.inComment === 0) cell.inData--;
        else if (cell && name === 'Cell') {
          const text = cellText(cell, formats);
          if (text !== '' && sheet) {
            if (++cells > limits.maxCells) throw tooLarge(`单元格超过 ${limits.maxCells} 个`);
            let r = sheet.values.get(cell.r);
            if (!r) sheet.values.set(cell.r, (r = new Map()));
            r.set(cell.c, text);
          }
          cell = null;
        } else if (sheet && name === 'Worksheet') {
          const s = sheet as NonNullable<typeof sheet>;
          if (s.hidden) notes.push(`已跳过隐藏的工作表“${s.name}”。`);
          else {
            if (s.hiddenCols.size > 0) dropHiddenColumns(s.values, s.merges, s.hiddenCols);
            const lineOf = s.hiddenRows.size > 0 ? dropHiddenRows(s.values, s.merges, s.hiddenRows) : (r: number) => r;
            const rows = layoutRows(s.values, s.merges, limits, tooLarge, lineOf);
            blocks.push({ kind: 'text', text: s.name, heading: 2 });
            if (rows.length > 0) blocks.push({ kind: 'table', rows });
            else notes.push(`工作表“${s.name}”是空的。`);
          }
          sheet = null;
        }
      },
      text(t) {
        if (cell && cell.inData > 0 && cell.inComment === 0) cell.text += t;
      },
    },
    { maxDepth: limits.maxXmlDepth, part: 'Workbook', fileName },
  );
  if (!blocks.some((b) => b.kind === 'table')) notes.push(`文件“${fileName}”中没有包含数据的工作表。`);
  return { format: 'xlsx', blocks, notes };
}

function cellText(cell: CellState, formats: Map<string, string>): string {
  const raw = cell.text.trim();
  if (raw === '') return '';
  if (cell.type === 'Number') {
    const n = Number(raw);
    return Number.isFinite(n) ? formatCellNumber(n, formats.get(cell.style)) : raw;
  }
  if (cell.type === 'DateTime') {
    // 2025-06-30T00:00:00.000: the date part, as a date cell shows by default.
    const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(raw);
    return m ? (m[2] === '00:00' ? m[1]! : `${m[1]} ${m[2]}`) : raw;
  }
  if (cell.type === 'Boolean') return raw === '1' ? 'TRUE' : 'FALSE';
  return raw;
}
