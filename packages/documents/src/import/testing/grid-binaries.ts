/**
 * Writes .docx/.xlsx files from a plain grid source, as Word and Excel write them: real merged
 * cells. Used to build the layout corpus's binary documents (test-corpus/build-binaries.ts).
 *
 * Source format: running text lines; a table is a block of lines with TAB-separated cells,
 * where a cell `<` continues the cell on its left (horizontal merge) and `^` continues the
 * cell above (vertical merge). `\n` inside a cell is a line break. A line `=== sheet: 名称`
 * starts a new worksheet (.xlsx) or a new page (.docx). A line `=== hidden-column: N` hides the
 * current worksheet's column N (1 = A), as exports from budget systems hide their id columns;
 * `=== zero-width-column: N` gives column N a width of 0 (hidden by width alone, as POI/NPOI exports do);
 * `=== validation: F9:F17 正向,反向,定性` gives the cells of that range a drop-down list (数据验证, as templates
 * offer 指标性质); the cell keeps the value written in it.
 * `=== sheet-state: hidden` (or `veryHidden`) hides the current worksheet (右键→隐藏; veryHidden only VBA can show).
 * `=== hidden-row: N` hides its row N (1-based, counted over the sheet as written: one row per text
 * line, the table's rows, one empty row after each table).
 * `=== freeze: R C` freezes the sheet's top R rows and left C columns and `=== protect` protects the
 * sheet (.xlsx: as systems hand out their templates); `=== recalc` marks the workbook for recalculation
 * on opening (fullCalcOnLoad, as XlsxWriter saves every formula's result as 0); in an .xlsx,
 * `=== textbox: TEXT` draws a text box holding TEXT over the sheet at the current row; `=== landscape` turns the .docx page sideways and `=== section: landscape|portrait` starts a new .docx section (分节符) turned that way.
 * `=== repeat-header: N` marks the next table's first N rows as Word's 标题行重复 (w:tblHeader); a cell `^^`
 * continues a vertical merge begun in the table before (a table split at a page break, .docx).
 * `\r` inside a cell is a soft line break (Word's Shift+Enter, one paragraph). In an .xlsx, a cell
 * `=SUM(C5:C7)→1200` is a formula with its cached result (as Excel saves it; `=E6/D6→0.965→0.00%`
 * adds the cell's number format; `=E6/D6→→0.00%` has no cached result), `1850→#,##0.00"万元"` is a number shown in a format, and a cell starting
 * with `'` is text even when it looks like a number (`'1200`, Excel's number stored as text).
 * In a .docx cell, a paragraph starting `#.` or `#、` is an item of Word's automatic numbering
 * (1. 2. … / 一、二、… continuing down the document; `##.` / `##、` an item of the second level under it: （1）… / 1. …), `[-old-]` and `[+new+]` are a tracked deletion
 * and insertion, `{~text~}` is hidden text (Word's 隐藏文字) and `{!text!}` a reviewer's comment on
 * the run before it (批注, kept in comments.xml); `{$F0B3$}` is a character inserted from the Symbol font
 * (插入→符号: `w:sym w:font="Symbol" w:char="F0B3"`, ≥); `{$Wingdings 2:F052$}` names another symbol font (☑ in a tick box). `=== textbox: TEXT` is a paragraph holding a floating
 * text box with that text (a title typed into a 文本框), as Word 2010+ saves it. `=== page-header: TEXT` and
 * `=== page-footer: TEXT` give the .docx a page header and footer (页眉/页脚) holding TEXT.
 * `{^text^}` in a .docx cell or line is a footnote (脚注): its mark where it stands, its text in footnotes.xml.
 * `{-text-}` is struck text (删除线: w:strike in a .docx run; in an .xlsx a rich-text run with a strike font, or the
 * cell's own font when the whole cell is struck) and `{=text=}` double-struck (双删除线, w:dstrike), as revised
 * drafts cross out the words they replace; in an .xlsx cell, `{!text!}` at its end is the cell's comment (批注).
 * In an .xlsx, `=== column-width: W` narrows every column to W (a "grid paper" sheet) and `=== escape-cr`
 * writes the carriage returns of CR LF line breaks in cell text as `_x000D_`, as Excel and POI exports save them.
 * `45583→[builtin:31]` shows a number in a built-in format by id, `{#N/A}` is an error cell with no formula and
 * `=== print-area: A1:F21` sets the sheet's print area (xlsx-builtin-formats.ts). `=== outline: 10-15 1` puts rows
 * 10–15 in an outline group of level 1 (数据→组合), `collapsed` after the level folds it (rows hidden, the summary
 * row marked), `=== summary-above` puts a sheet's summary rows above their groups, and `=== shared-formula: H5:H9`
 * saves that range's formulas as one shared formula (xlsx-row-groups.ts).
 */
import { CommentRangeEnd, CommentRangeStart, CommentReference, DeletedTextRun, Document, Footer, FootnoteReferenceRun, Header, InsertedTextRun, LevelFormat, Packer, PageNumber, PageOrientation, Paragraph, type ParagraphChild, SymbolRun, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { pastedError, withBuiltinNumFmts } from './xlsx-builtin-formats';
import { shareFormulas, withCollapsedRows } from './xlsx-row-groups';

export type GridBlock =
  | { kind: 'text'; text: string }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'sheet'; name: string }
  | { kind: 'sheet-state'; state: 'hidden' | 'veryHidden' }
  | { kind: 'hidden-column'; column: number }
  | { kind: 'zero-width-column'; column: number }
  | { kind: 'hidden-row'; row: number }
  | { kind: 'validation'; range: string; options: string[] }
  | { kind: 'freeze'; rows: number; columns: number }
  | { kind: 'protect' }
  | { kind: 'landscape' }
  | { kind: 'section'; landscape: boolean }
  | { kind: 'textbox'; text: string }
  | { kind: 'recalc' }
  | { kind: 'repeat-header'; rows: number }
  | { kind: 'page-header'; text: string }
  | { kind: 'page-footer'; text: string }
  | { kind: 'column-width'; width: number }
  | { kind: 'escape-cr' }
  | { kind: 'print-area'; range: string }
  | { kind: 'outline'; from: number; to: number; level: number; collapsed: boolean }
  | { kind: 'summary-above' }
  | { kind: 'shared-formula'; range: string };

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
    const textbox = /^===\s*textbox:\s*(.+)$/.exec(line.trim());
    const margin = /^===\s*page-(header|footer):\s*(.+)$/.exec(line.trim());
    const validation = /^===\s*validation:\s*([A-Z]+\d+:[A-Z]+\d+)\s+(.+)$/.exec(line.trim());
    const outline = /^===\s*outline:\s*(\d+)-(\d+)\s+(\d)(\s+collapsed)?$/.exec(line.trim());
    const shared = /^===\s*shared-formula:\s*([A-Z]+\d+:[A-Z]+\d+)$/.exec(line.trim());
    if (outline) blocks.push({ kind: 'outline', from: Number(outline[1]), to: Number(outline[2]), level: Number(outline[3]), collapsed: Boolean(outline[4]) });
    else if (shared) blocks.push({ kind: 'shared-formula', range: shared[1]! });
    else if (/^===\s*summary-above$/.test(line.trim())) blocks.push({ kind: 'summary-above' });
    else if (margin) blocks.push(margin[1] === 'header' ? { kind: 'page-header', text: margin[2]!.trim() } : { kind: 'page-footer', text: margin[2]!.trim() });
    else if (validation) blocks.push({ kind: 'validation', range: validation[1]!, options: validation[2]!.split(',').map((o) => o.trim()) });
    else if (textbox) blocks.push({ kind: 'textbox', text: textbox[1]!.trim() });
    else if (freeze) blocks.push({ kind: 'freeze', rows: Number(freeze[1]), columns: Number(freeze[2] ?? 0) });
    else if (/^===\s*sheet-state:\s*(hidden|veryHidden)$/.test(line.trim())) blocks.push({ kind: 'sheet-state', state: /veryHidden/.test(line) ? 'veryHidden' : 'hidden' });
    else if (/^===\s*protect$/.test(line.trim())) blocks.push({ kind: 'protect' });
    else if (/^===\s*recalc$/.test(line.trim())) blocks.push({ kind: 'recalc' });
    else if (/^===\s*escape-cr$/.test(line.trim())) blocks.push({ kind: 'escape-cr' });
    else if (/^===\s*print-area:\s*[A-Z]+\d+:[A-Z]+\d+$/.test(line.trim())) blocks.push({ kind: 'print-area', range: /[A-Z]+\d+:[A-Z]+\d+$/.exec(line.trim())![0] });
    else if (/^===\s*column-width:\s*[\d.]+$/.test(line.trim())) blocks.push({ kind: 'column-width', width: Number(/[\d.]+$/.exec(line.trim())![0]) });
    else if (/^===\s*repeat-header:\s*\d+$/.test(line.trim())) blocks.push({ kind: 'repeat-header', rows: Number(/\d+/.exec(line)![0]) });
    else if (/^===\s*landscape$/.test(line.trim())) blocks.push({ kind: 'landscape' });
    else if (/^===\s*section:\s*(landscape|portrait)$/.test(line.trim())) blocks.push({ kind: 'section', landscape: /landscape$/.test(line.trim()) });
    else if (sheet) blocks.push({ kind: 'sheet', name: sheet[1]!.trim() });
    else if (hidden) blocks.push({ kind: 'hidden-column', column: Number(hidden[1]) });
    else if (/^===\s*zero-width-column:\s*\d+$/.test(line.trim())) blocks.push({ kind: 'zero-width-column', column: Number(/\d+/.exec(line)![0]) });
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
  let children: Array<Paragraph | Table> = [];
  // `=== section: landscape|portrait` starts a new section (分节符(下一页)) turned that way, as a report
  // prints its wide forms on landscape pages between portrait prose.
  const sections: Array<{ landscape: boolean; children: Array<Paragraph | Table> }> = [{ landscape: blocks.some((b) => b.kind === 'landscape'), children }];
  comments.length = 0;
  let headerRows = 0;
  const boxes: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'textbox') { children.push(new Paragraph({ children: [new TextRun(`@@TEXTBOX${boxes.length}@@`)] })); boxes.push(b.text); continue; }
    if (b.kind === 'sheet') { children.push(new Paragraph({ pageBreakBefore: true, children: [] })); continue; }
    if (b.kind === 'repeat-header') { headerRows = b.rows; continue; }
    if (b.kind === 'section') { children = []; sections.push({ landscape: b.landscape, children }); continue; }
    if (b.kind === 'hidden-column' || b.kind === 'zero-width-column' || b.kind === 'hidden-row' || b.kind === 'freeze' || b.kind === 'protect' || b.kind === 'landscape' || b.kind === 'recalc' || b.kind === 'validation' || b.kind === 'sheet-state' || b.kind === 'page-header' || b.kind === 'page-footer' || b.kind === 'column-width' || b.kind === 'escape-cr' || b.kind === 'print-area' || b.kind === 'outline' || b.kind === 'summary-above' || b.kind === 'shared-formula') continue;
    // A text line may carry a footnote's mark (`{^…^}`), as a title footnoted with the amounts' unit does.
    if (b.kind === 'text') { children.push(new Paragraph({ children: b.text.includes('{^') ? markedRuns(b.text, false) : [new TextRun(b.text)] })); continue; }
    const w = width(b.rows);
    const repeated = headerRows;
    headerRows = 0;
    const rows = b.rows.map((r, ri) => {
      const cells: TableCell[] = [];
      for (let c = 0; c < w; c++) {
        const text = r[c] ?? '';
        if (text === '<') continue;
        let span = 1;
        while ((r[c + span] ?? '') === '<') span++;
        // `^^` continues a merge begun in the table before a page break (Word keeps the continuation mark).
        const continues = text === '^' || text === '^^';
        const restart = !continues && (b.rows[ri + 1]?.[c] ?? '') === '^';
        cells.push(new TableCell({
          children: cellChildren(continues ? '' : text),
          ...(span > 1 ? { columnSpan: span } : {}),
          ...(continues ? { verticalMerge: VerticalMergeType.CONTINUE } : restart ? { verticalMerge: VerticalMergeType.RESTART } : {}),
        }));
      }
      return new TableRow({ children: cells, ...(ri < repeated ? { tableHeader: true } : {}) });
    });
    children.push(new Table({ rows }));
    children.push(new Paragraph({ children: [] }));
  }
  const numbering = {
    config: [
      { reference: 'decimal', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }, { level: 1, format: LevelFormat.DECIMAL, text: '（%2）' }] },
      { reference: 'chinese', levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' }, { level: 1, format: LevelFormat.DECIMAL, text: '%2.' }] },
    ],
  };
  // A4 turned sideways, as wide indicator tables are printed: Word swaps the sizes and marks the orientation.
  const properties = (landscape: boolean) => landscape ? { page: { size: { width: 11906, height: 16838, orientation: PageOrientation.LANDSCAPE } } } : {};
  const docxComments = comments.length > 0 ? { comments: { children: comments.map((text, id) => ({ id, author: '审核人', date: new Date('2025-01-10T09:00:00Z'), children: [new Paragraph(text)] })) } } : {};
  const bytes = new Uint8Array(await Packer.toBuffer(new Document({ numbering, ...docxComments, sections: sections.filter((x, i) => i === 0 || x.children.length > 0).map((x) => ({ properties: properties(x.landscape), ...pageMargins(blocks), children: x.children })) })));
  return boxes.length > 0 ? withTextBoxes(bytes, boxes) : bytes;
}

/**
 * The page header and footer Word prints on every page (页眉/页脚), each its own part (header1.xml,
 * footer1.xml): `\n` (backslash, n) in the text starts another paragraph, and `{PAGE}` / `{NUMPAGES}` are
 * the page-number fields a footer's `第 X 页 共 Y 页` is typed with.
 */
function pageMargins(blocks: GridBlock[]): { headers?: { default: Header }; footers?: { default: Footer } } {
  const paragraphs = (text: string) => text.split('\\n').map((line) => new Paragraph({
    children: line.split(/(\{PAGE\}|\{NUMPAGES\})/).filter(Boolean).map((part) =>
      part === '{PAGE}' ? new TextRun({ children: [PageNumber.CURRENT] }) : part === '{NUMPAGES}' ? new TextRun({ children: [PageNumber.TOTAL_PAGES] }) : new TextRun(part)),
  }));
  const header = blocks.find((b) => b.kind === 'page-header');
  const footer = blocks.find((b) => b.kind === 'page-footer');
  return {
    ...(header ? { headers: { default: new Header({ children: paragraphs(header.text) }) } } : {}),
    ...(footer ? { footers: { default: new Footer({ children: paragraphs(footer.text) }) } } : {}),
  };
}

/**
 * Puts a floating text box where each `@@TEXTBOXn@@` paragraph stands, as Word 2010+ saves one: an
 * mc:AlternateContent whose Choice is the DrawingML shape and whose Fallback is the same box in VML,
 * both holding the text (w:txbxContent) — so the text is in the file twice and shown once.
 */
function withTextBoxes(docx: Uint8Array, boxes: string[]): Uint8Array {
  const parts = unzipSync(docx);
  let xml = strFromU8(parts['word/document.xml']!);
  boxes.forEach((text, i) => {
    // `\n` (backslash, n) in the text starts another paragraph of the box: a list typed into it.
    const paragraphs = text.split('\\n').map((line) => `<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`).join('');
    const content = `<w:txbxContent>${paragraphs}</w:txbxContent>`;
    const choice = `<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>center</wp:align></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="5400000" cy="540000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapTopAndBottom/><wp:docPr id="${i + 1}" name="文本框 ${i + 1}"/><wp:cNvGraphicFramePr/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="5400000" cy="540000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx>${content}</wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" anchor="t"/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>`;
    const fallback = `<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype><v:shape id="文本框 ${i + 1}" o:spid="_x0000_s${1025 + i}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:425.2pt;height:42.5pt;z-index:251659264;mso-position-horizontal:center;mso-position-horizontal-relative:margin" filled="f" stroked="f"><v:textbox>${content}</v:textbox><w10:wrap type="topAndBottom"/></v:shape></w:pict></mc:Fallback>`;
    const box = `<w:p><w:r><mc:AlternateContent>${choice}${fallback}</mc:AlternateContent></w:r></w:p>`;
    xml = xml.replace(new RegExp(`<w:p>(?:(?!<w:p>).)*?@@TEXTBOX${i}@@.*?</w:p>`), box);
  });
  parts['word/document.xml'] = strToU8(xml);
  return zipSync(parts);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Comment texts of the document being built, by id (`{!text!}` in a cell anchors one on the run before it). */
const comments: string[] = [];

/**
 * A cell's paragraphs; `{{a|b;c|d}}` is a table nested in the cell (rows split by `;`, cells
 * by `|`), as 云南-style forms put the fund rows inside the 项目资金 cell.
 */
function cellChildren(text: string): Array<Paragraph | Table> {
  // Several nested tables in one cell, with paragraphs between them (`{{…}}caption{{…}}`).
  if (/\}\}[\s\S]*\{\{/.test(text)) {
    return text.split(/(\{\{[\s\S]*?\}\})/).filter((part) => part !== '').flatMap((part) => (part.startsWith('{{') ? cellChildren(part) : cellChildren(part).filter((c) => c instanceof Paragraph)));
  }
  const nested = /^\{\{([\s\S]*)\}\}$/.exec(text);
  if (!nested) {
    return text.split('\n').map((t) => {
      // `##.` / `##、`: an item of the list's second level, numbered under the item above it.
      const item = /^(#{1,2})([.、])/.exec(t);
      const body = item ? t.slice(item[0].length) : t;
      return new Paragraph({
        ...(item ? { numbering: { reference: item[2] === '.' ? 'decimal' : 'chinese', level: item[1]!.length - 1 } } : {}),
        children: body.split('\r').flatMap((piece, i) => markedRuns(piece, i > 0)),
      });
    });
  }
  const rows = nested[1]!.split(';').map((r) => new TableRow({
    children: r.split('|').map((c) => new TableCell({ children: [new Paragraph({ children: markedRuns(c, false) })] })),
  }));
  // Word requires a paragraph after a table at the end of a cell.
  return [new Table({ rows }), new Paragraph({ children: [] })];
}

let revision = 0;

/** Runs of one line: `[-deleted-]`, `[+inserted+]`, `{~hidden~}`, `{-struck-}` and `{=double-struck=}` pieces among plain text. */
function markedRuns(text: string, breakBefore: boolean): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  const change = () => ({ id: ++revision, author: 'WPS', date: '2025-01-10T09:00:00Z' });
  const re = /\[-([\s\S]*?)-\]|\[\+([\s\S]*?)\+\]|\{~([\s\S]*?)~\}|\{!([\s\S]*?)!\}|\{\$(?:([A-Za-z][\w ]*):)?([0-9A-Fa-f]{4})\$\}|\{\^([\s\S]*?)\^\}|\{-([\s\S]*?)-\}|\{=([\s\S]*?)=\}|([^[{]+|[[{])/g;
  for (const m of text.matchAll(re)) {
    const first = runs.length === 0 && breakBefore ? { break: 1 } : {};
    if (m[1] !== undefined) runs.push(new DeletedTextRun({ text: m[1], ...change(), ...first }));
    else if (m[2] !== undefined) runs.push(new InsertedTextRun({ text: m[2], ...change(), ...first }));
    else if (m[3] !== undefined) runs.push(new TextRun({ text: m[3], vanish: true, ...first }));
    else if (m[4] !== undefined) {
      // A reviewer's comment on the text before it: the range marks and the reference run, as Word writes them.
      const id = comments.push(m[4]) - 1;
      runs.splice(Math.max(0, runs.length - 1), 0, new CommentRangeStart(id));
      runs.push(new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] }));
    } else if (m[6] !== undefined) runs.push(new SymbolRun({ char: m[6], symbolfont: m[5] ?? 'Symbol', ...first }));
    // A footnote (脚注): the mark in the text, its words at the page's foot (footnotes.xml).
    else if (m[7] !== undefined) runs.push(new FootnoteReferenceRun({ children: [new Paragraph(m[7])] }));
    // Struck text (字体→删除线 / 双删除线): a revised draft's deleted words, still printed, crossed out.
    else if (m[8] !== undefined) runs.push(new TextRun({ text: m[8], strike: true, ...first }));
    else if (m[9] !== undefined) runs.push(new TextRun({ text: m[9], doubleStrike: true, ...first }));
    else runs.push(new TextRun({ text: m[10]!, ...first }));
  }
  if (runs.length === 0) runs.push(new TextRun({ text: '', ...(breakBefore ? { break: 1 } : {}) }));
  return runs;
}

export async function gridToXlsx(blocks: GridBlock[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  // XlsxWriter and similar libraries save 0 as every formula's result and ask Excel to recalculate.
  if (blocks.some((b) => b.kind === 'recalc')) wb.calcProperties.fullCalcOnLoad = true;
  const first = blocks.find((b) => b.kind !== 'recalc');
  let ws = first?.kind === 'sheet' ? null : wb.addWorksheet('绩效表');
  let row = 1;
  const boxes: Array<{ sheet: number; row: number; text: string }> = [];
  const zeroWidth: Array<{ sheet: number; column: number }> = [];
  const validations: Array<{ sheet: ExcelJS.Worksheet; range: string; options: string[] }> = [];
  const sharedRanges: Array<{ sheet: ExcelJS.Worksheet; range: string }> = [];
  const collapsedRows: Array<{ sheet: number; row: number }> = [];
  for (const b of blocks) {
    if (b.kind === 'sheet') { ws = wb.addWorksheet(b.name); row = 1; continue; }
    if (b.kind === 'recalc' || b.kind === 'repeat-header' || b.kind === 'page-header' || b.kind === 'page-footer' || b.kind === 'escape-cr') continue;
    ws ??= wb.addWorksheet('绩效表');
    // A text box over the sheet takes the room of its row (the title's row left empty under it).
    if (b.kind === 'textbox') { boxes.push({ sheet: wb.worksheets.length, row: row++, text: b.text }); continue; }
    const sheet = ws;
    if (b.kind === 'hidden-column') { sheet.getColumn(b.column).hidden = true; continue; }
    if (b.kind === 'zero-width-column') { sheet.getColumn(b.column).width = 0; zeroWidth.push({ sheet: wb.worksheets.length, column: b.column }); continue; }
    if (b.kind === 'hidden-row') { sheet.getRow(b.row).hidden = true; continue; }
    if (b.kind === 'sheet-state') { sheet.state = b.state; continue; }
    // 数据→组合: the rows' outline level; a collapsed group's rows are hidden and its summary row marked.
    if (b.kind === 'outline') {
      sheet.properties.outlineLevelRow = Math.max(sheet.properties.outlineLevelRow ?? 0, b.level);
      for (let r = b.from; r <= b.to; r++) { sheet.getRow(r).outlineLevel = b.level; if (b.collapsed) sheet.getRow(r).hidden = true; }
      if (b.collapsed) collapsedRows.push({ sheet: wb.worksheets.length, row: sheet.properties.outlineProperties?.summaryBelow === false ? b.from - 1 : b.to + 1 });
      continue;
    }
    if (b.kind === 'summary-above') { sheet.properties.outlineProperties = { summaryBelow: false, summaryRight: true }; continue; }
    if (b.kind === 'shared-formula') { sharedRanges.push({ sheet, range: b.range }); continue; }
    if (b.kind === 'freeze') { sheet.views = [{ state: 'frozen', xSplit: b.columns, ySplit: b.rows }]; continue; }
    if (b.kind === 'protect') { await sheet.protect('', { selectLockedCells: true, selectUnlockedCells: true }); continue; }
    if (b.kind === 'landscape' || b.kind === 'section') continue;
    // A "grid paper" sheet: every column narrowed alike, each field merged over as many as it needs.
    if (b.kind === 'column-width') { for (let c = 1; c <= 40; c++) sheet.getColumn(c).width = b.width; continue; }
    if (b.kind === 'validation') { validations.push({ sheet, range: b.range, options: b.options }); continue; }
    // 页面布局→打印区域: a defined name _xlnm.Print_Area on the sheet.
    if (b.kind === 'print-area') { sheet.pageSetup.printArea = b.range; continue; }
    if (b.kind === 'text') { sheet.getCell(row++, 1).value = b.text; continue; }
    const w = width(b.rows);
    b.rows.forEach((r, ri) => {
      for (let c = 0; c < w; c++) {
        const text = r[c] ?? '';
        if (text === '<' || text === '^') continue;
        // Codes longer than Excel's 15 significant digits are stored as text, as budget systems write them.
        const num = /^-?\d+(\.\d+)?$/.test(text) && text.replace(/\D/g, '').length <= 15 ? Number(text) : null;
        const cell = sheet.getCell(row + ri, c + 1);
        const note = /\{!([\s\S]*?)!\}$/.exec(text);
        const shownText = note ? text.slice(0, note.index) : text;
        if (note) cell.note = note[1]!;
        const struck = struckXlsxValue(shownText);
        if (struck) { cell.value = struck.value; if (struck.font) cell.font = struck.font; }
        else cell.value = xlsxValue(shownText, note && /^-?\d+(\.\d+)?$/.test(shownText) ? Number(shownText) : note ? null : num);
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
  // Applied once the cells are written: a list validation is the sheet's, whatever order the source gives.
  for (const v of validations) {
    const [from, to] = v.range.split(':') as [string, string];
    const a = v.sheet.getCell(from);
    const z = v.sheet.getCell(to);
    for (let r = Number(a.row); r <= Number(z.row); r++) {
      for (let c = Number(a.col); c <= Number(z.col); c++) {
        v.sheet.getCell(r, c).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${v.options.join(',')}"`] };
      }
    }
  }
  for (const f of sharedRanges) shareFormulas(f.sheet, f.range);
  const saved = withCollapsedRows(new Uint8Array(await wb.xlsx.writeBuffer()), collapsedRows);
  const written = blocks.some((b) => b.kind === 'escape-cr') ? withEscapedCarriageReturns(saved) : saved;
  const zeroed = zeroWidth.length > 0 ? withZeroWidthColumns(written, zeroWidth) : written;
  const bytes = withBuiltinNumFmts(zeroed);
  return boxes.length > 0 ? withSheetTextBoxes(bytes, boxes) : bytes;
}

/**
 * Writes each carriage return in the shared strings as `_x000D_`, as Excel and POI-based system exports
 * save text typed or pasted with Windows line ends (CR LF): XML itself would fold a raw CR into the LF.
 */
function withEscapedCarriageReturns(xlsx: Uint8Array): Uint8Array {
  const parts = unzipSync(xlsx);
  const name = 'xl/sharedStrings.xml';
  parts[name] = strToU8(strFromU8(parts[name]!).replace(/\r|&#13;|&#xD;|&#x0D;/gi, '_x000D_'));
  return zipSync(parts);
}

/**
 * Sets each column's width to 0, as systems writing through POI/NPOI hide helper columns
 * (`setColumnWidth(i, 0)`: no hidden flag); ExcelJS leaves a zero width out.
 */
function withZeroWidthColumns(xlsx: Uint8Array, columns: Array<{ sheet: number; column: number }>): Uint8Array {
  const parts = unzipSync(xlsx);
  for (const { sheet, column } of columns) {
    const name = `xl/worksheets/sheet${sheet}.xml`;
    parts[name] = strToU8(strFromU8(parts[name]!).replace(`<col min="${column}" max="${column}" customWidth="1"/>`, `<col min="${column}" max="${column}" width="0" customWidth="1"/>`));
  }
  return zipSync(parts);
}

/**
 * Draws each text box on its sheet as Excel saves one: a drawing part holding an xdr:sp shape
 * with a text body, anchored at the box's row and tied to the sheet by a relationship.
 */
function withSheetTextBoxes(xlsx: Uint8Array, boxes: Array<{ sheet: number; row: number; text: string }>): Uint8Array {
  const parts = unzipSync(xlsx);
  const types: string[] = [];
  for (const sheet of [...new Set(boxes.map((b) => b.sheet))]) {
    const anchors = boxes.filter((b) => b.sheet === sheet).map((b, i) =>
      `<xdr:twoCellAnchor><xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${b.row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:to><xdr:col>6</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${b.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
      `<xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="${i + 2}" name="文本框 ${i + 1}"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr>` +
      '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></xdr:spPr>' +
      `<xdr:txBody><a:bodyPr vertOverflow="clip" wrap="square" anchor="ctr"/><a:lstStyle/><a:p><a:pPr algn="ctr"/><a:r><a:rPr lang="zh-CN" sz="1600" b="1"/><a:t>${escapeXml(b.text)}</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor>`,
    );
    const drawing = `drawing${sheet}.xml`;
    parts[`xl/drawings/${drawing}`] = strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' + anchors.join('') + '</xdr:wsDr>',
    );
    types.push(`<Override PartName="/xl/drawings/${drawing}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`);
    const relsName = `xl/worksheets/_rels/sheet${sheet}.xml.rels`;
    const rel = `<Relationship Id="rIdTextBox1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/${drawing}"/>`;
    const rels = parts[relsName] ? strFromU8(parts[relsName]).replace('</Relationships>', `${rel}</Relationships>`) : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rel}</Relationships>`;
    parts[relsName] = strToU8(rels);
    const sheetName = `xl/worksheets/sheet${sheet}.xml`;
    const xml = strFromU8(parts[sheetName]!);
    const withNs = /xmlns:r=/.test(xml) ? xml : xml.replace('<worksheet ', '<worksheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ');
    parts[sheetName] = strToU8(withNs.replace('</worksheet>', '<drawing r:id="rIdTextBox1"/></worksheet>'));
  }
  parts['[Content_Types].xml'] = strToU8(strFromU8(parts['[Content_Types].xml']!).replace('</Types>', `${types.join('')}</Types>`));
  return zipSync(parts);
}

function xlsxValue(text: string, num: number | null): ExcelJS.CellValue {
  const formula = /^=(.+?)→([^→]*)(?:→.*)?$/.exec(text);
  if (formula) {
    const cached = formula[2]!;
    // `=E6/D6→→0.00%`: no cached result, as systems that write formulas without calculating save them.
    if (cached === '') return { formula: formula[1]! } as ExcelJS.CellValue;
    // `=D7/C7→#DIV/0!`: Excel saves an error result as an error cell (t="e"), not as text.
    if (/^#(?:DIV\/0!|REF!|N\/A|VALUE!|NAME\?|NUM!|NULL!)$/.test(cached)) return { formula: formula[1]!, result: { error: cached } } as ExcelJS.CellValue;
    // A cached code of more than 15 digits stays text, as Excel keeps the text a formula returns.
    // A fraction's full-precision result stays a number, as Excel saves it (`0.970178571428571`).
    const result = /^-?\d+(\.\d+)?$/.test(cached) && (cached.includes('.') || cached.replace(/\D/g, '').length <= 15) ? Number(cached) : cached;
    return { formula: formula[1]!, result } as ExcelJS.CellValue;
  }
  const shown = /^(-?\d+(?:\.\d+)?)→/.exec(text);
  if (shown) return Number(shown[1]);
  const error = pastedError(text);
  if (error) return { error } as ExcelJS.CellValue;
  if (text.startsWith("'")) return text.slice(1);
  return num ?? (text === '' ? null : text);
}

/**
 * A cell with struck pieces (`{-old-}new`): a wholly struck cell keeps its text in a strike font (the cell's
 * style), a partly struck one is rich text whose old runs carry the strike, as a reviewer edits a cell in place.
 */
function struckXlsxValue(text: string): { value: ExcelJS.CellValue; font?: Partial<ExcelJS.Font> } | null {
  if (!/\{[-=][\s\S]*?[-=]\}/.test(text)) return null;
  const whole = /^\{-([\s\S]*)-\}$/.exec(text);
  if (whole && !whole[1]!.includes('-}')) {
    const num = /^-?\d+(\.\d+)?$/.test(whole[1]!) ? Number(whole[1]) : null;
    return { value: num ?? whole[1]!, font: { strike: true } };
  }
  const richText = text.split(/(\{[-=][\s\S]*?[-=]\})/).filter((part) => part !== '').map((part) => {
    const old = /^\{[-=]([\s\S]*?)[-=]\}$/.exec(part);
    return old ? { text: old[1]!, font: { strike: true, size: 11, name: '宋体' } } : { text: part, font: { size: 11, name: '宋体' } };
  });
  return { value: { richText } };
}
