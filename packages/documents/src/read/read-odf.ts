import type { SourceBlock, SourceDocument } from '../model/source-document';
import { OdfListCounters, OdfStyles } from './odf-styles';
import { readOdfTableRows } from './odf-table';
import { type ReadLimits, ReadFailure } from './read-limits';
import type { SafeZip } from './safe-unzip';
import { type XmlNode, childElements, firstChild, parseXmlTree } from './scan-xml';

export type OdfKind = 'text' | 'spreadsheet';

/** What an OpenDocument zip holds, by its `mimetype` entry (templates read as their documents); null: no ODF. */
export function odfMimetype(zip: SafeZip): string | null {
  const declared = zip.has('mimetype') ? zip.readText('mimetype')?.trim() : undefined;
  if (declared) return declared.startsWith('application/vnd.oasis.opendocument.') ? declared : null;
  return zip.has('content.xml') ? 'application/vnd.oasis.opendocument' : null;
}

export function odfKindOf(mimetype: string): OdfKind | null {
  if (/^application\/vnd\.oasis\.opendocument\.text(-template)?$/.test(mimetype)) return 'text';
  if (/^application\/vnd\.oasis\.opendocument\.spreadsheet(-template)?$/.test(mimetype)) return 'spreadsheet';
  return null;
}

/** A flat OpenDocument (.fodt/.fods): one XML file whose root names its kind. */
export function flatOdfKind(text: string): OdfKind | null {
  const head = /<office:document\b[^>]*>/.exec(text.slice(0, 8192))?.[0];
  const mime = head ? /office:mimetype\s*=\s*["']([^"']+)["']/.exec(head)?.[1] : undefined;
  return mime ? odfKindOf(mime) : null;
}

/** Reads an .odt/.ods from its zip: content.xml, with the styles of styles.xml for list labels and hidden text. */
export function readOdfZip(zip: SafeZip, kind: OdfKind, fileName: string, limits: ReadLimits): SourceDocument {
  const content = zip.readText('content.xml');
  if (content === undefined) throw new ReadFailure('odf-corrupt', `文件“${fileName}”缺少正文（content.xml），不是完整的 OpenDocument 文档。请用 WPS/LibreOffice 打开后重新保存再导入。`);
  const styles = zip.readText('styles.xml');
  return readOdfXml([content, ...(styles === undefined ? [] : [styles])], kind, fileName, limits, ['content.xml', 'styles.xml']);
}

/**
 * Reads OpenDocument XML parts (the content first) into blocks, as the .docx/.xlsx readers do: Writer's
 * paragraphs, headings and lists in order (list labels worked out from the list styles), its tables with
 * their spans; Calc's visible sheets as a name and a table. Tracked deletions (text:tracked-changes),
 * comments, notes and hidden or struck-through text are not the document's text.
 */
export function readOdfXml(parts: string[], kind: OdfKind, fileName: string, limits: ReadLimits, partNames: string[] = ['content.xml']): SourceDocument {
  const trees = parts.map((xml, i) => parseXmlTree(xml, { maxDepth: limits.maxXmlDepth, maxNodes: limits.maxXmlNodes, part: partNames[i] ?? 'content.xml', fileName }));
  const styles = new OdfStyles();
  for (const t of [...trees].reverse()) styles.add(t);
  const root = trees[0]!;
  const doc = childElements(root).find((n) => n.name === 'office:document-content' || n.name === 'office:document');
  const body = doc ? firstChild(doc, 'office:body') : undefined;
  const main = body ? firstChild(body, kind === 'text' ? 'office:text' : 'office:spreadsheet') : undefined;
  if (!main) {
    throw new ReadFailure('odf-corrupt', `文件“${fileName}”的正文结构无法识别（不是 OpenDocument ${kind === 'text' ? '文字文档' : '电子表格'}），请用 WPS/LibreOffice 打开后另存为 .docx/.xlsx 再导入。`);
  }
  const reader = new OdfBodyReader(styles, limits, fileName);
  if (kind === 'text') reader.readBlocks(main, reader.blocks, 0, undefined);
  else reader.readSheets(main);
  const notes = [...reader.notes];
  if (!reader.blocks.some((b) => b.kind === 'table')) {
    notes.push(kind === 'text' ? `文件“${fileName}”中没有表格，只读取到正文段落。` : `文件“${fileName}”中没有包含数据的工作表。`);
  }
  return { format: kind === 'text' ? 'odt' : 'ods', blocks: reader.blocks, notes };
}

/** Containers whose children belong to the enclosing flow: sections, index bodies, an inserted change's wrappers. */
const TRANSPARENT = new Set(['text:section', 'text:index-body', 'text:table-of-content', 'text:alphabetical-index', 'text:illustration-index', 'text:table-index', 'text:object-index', 'text:user-index', 'text:bibliography', 'text:index-title', 'office:text', 'text:numbered-paragraph']);
/** Inline content that is not shown as the text: notes, comments, ruby glosses, hidden text, deletion records. */
const SKIPPED_INLINE = new Set(['text:note', 'office:annotation', 'text:ruby-text', 'text:hidden-text', 'text:tracked-changes', 'svg:title', 'svg:desc']);

interface Runs {
  text: string;
}

class OdfBodyReader {
  readonly blocks: SourceBlock[] = [];
  readonly notes: string[] = [];
  private paragraphNo = 0;
  private readonly budget = { cells: 0, chars: 0 };
  private readonly counters: OdfListCounters;
  private sheetName = '';
  private expanded = 0;

  constructor(
    private readonly styles: OdfStyles,
    private readonly limits: ReadLimits,
    private readonly fileName: string,
  ) {
    this.counters = new OdfListCounters(styles);
  }

  readSheets(main: XmlNode): void {
    for (const table of childElements(main, 'table:table')) {
      const name = table.attrs['table:name'] ?? '';
      if (this.styles.hiddenTable(table.attrs['table:style-name'])) {
        this.notes.push(`已跳过隐藏的工作表“${name}”。`);
        continue;
      }
      this.sheetName = name;
      const rows = readOdfTableRows(table, this.tableContext(false), false);
      this.blocks.push({ kind: 'text', text: name, heading: 2 });
      if (rows.length > 0) this.blocks.push({ kind: 'table', rows });
      else this.notes.push(`工作表“${name}”是空的。`);
    }
  }

  readBlocks(container: XmlNode, into: SourceBlock[], listLevel: number, listStyle: string | undefined): void {
    for (const el of childElements(container)) {
      if (el.name === 'text:p' || el.name === 'text:h') this.pushParagraph(el, into, '');
      else if (el.name === 'table:table') this.readTable(el, into);
      else if (el.name === 'text:list') this.readList(el, into, listLevel, listStyle);
      else if (TRANSPARENT.has(el.name)) this.readBlocks(el, into, listLevel, listStyle);
    }
  }

  private readList(list: XmlNode, into: SourceBlock[], outerLevel: number, outerStyle: string | undefined): void {
    const style = list.attrs['text:style-name'] ?? outerStyle;
    const level = outerLevel + 1;
    const continues = list.attrs['text:continue-numbering'] === 'true' || list.attrs['text:continue-list'] !== undefined;
    if (style && level === 1 && !continues) this.counters.restart(style);
    for (const item of childElements(list)) {
      if (item.name !== 'text:list-item' && item.name !== 'text:list-header') continue;
      const start = item.attrs['text:start-value'] !== undefined ? Number(item.attrs['text:start-value']) : undefined;
      let labelled = item.name === 'text:list-header';
      for (const el of childElements(item)) {
        if ((el.name === 'text:p' || el.name === 'text:h') && !labelled) {
          labelled = true;
          const label = style ? this.counters.next(style, level, Number.isFinite(start) ? start : undefined) : '';
          this.pushParagraph(el, into, label);
        } else if (el.name === 'text:p' || el.name === 'text:h') this.pushParagraph(el, into, '');
        else if (el.name === 'text:list') this.readList(el, into, level, style);
        else if (el.name === 'table:table') this.readTable(el, into);
        else if (TRANSPARENT.has(el.name)) this.readBlocks(el, into, level, style);
      }
    }
  }

  private pushParagraph(p: XmlNode, into: SourceBlock[], label: string): void {
    const boxes: XmlNode[] = [];
    const runs = this.paragraph(p, boxes);
    // A text box anchored in the paragraph (a title typed into a 文本框) shows its own paragraphs first.
    for (const box of boxes) this.readBlocks(box, into, 0, undefined);
    const text = runs.text.trim();
    if (!text) return;
    const heading = p.name === 'text:h' ? Math.max(1, Math.min(9, Number(p.attrs['text:outline-level'] ?? 1) || 1)) : undefined;
    into.push({ kind: 'text', text: label + text, line: this.paragraphNo, ...(heading ? { heading } : {}) });
  }

  private paragraph(p: XmlNode, boxes: XmlNode[]): Runs {
    this.paragraphNo++;
    const runs: Runs = { text: '' };
    if (!this.styles.suppressed(p.attrs['text:style-name'])) this.inline(p, runs, boxes);
    return runs;
  }

  private inline(node: XmlNode, runs: Runs, boxes: XmlNode[]): void {
    for (const c of node.children) {
      if (typeof c === 'string') {
        // ODF collapses white space in paragraph text; spaces that count are written as text:s.
        runs.text += c.replace(/[ \t\r\n]+/g, ' ');
        continue;
      }
      if (c.name === 'text:s') runs.text += this.spaces(Number(c.attrs['text:c'] ?? 1) || 1);
      else if (c.name === 'text:tab') runs.text += '\t';
      else if (c.name === 'text:line-break') runs.text += '\n';
      else if (c.name === 'draw:text-box') boxes.push(c);
      else if (SKIPPED_INLINE.has(c.name)) continue;
      else if (c.name === 'text:span') {
        const style = c.attrs['text:style-name'];
        if (!this.styles.suppressed(style)) this.inline(c, runs, boxes);
      } else if (c.name !== 'table:table' && c.name !== 'text:p' && c.name !== 'text:h' && !c.name.startsWith('svg:')) this.inline(c, runs, boxes);
    }
  }

  /** A run of spaces; their sum is bounded, so small elements cannot expand into gigabytes of text. */
  private spaces(n: number): string {
    const count = Math.max(1, Math.min(n, 1000));
    this.expanded += count;
    if (this.expanded > this.limits.maxSharedStringChars) {
      throw new ReadFailure('xml-too-large', `文件“${this.fileName}”中的连续空格（text:s）展开后超过 ${Math.round(this.limits.maxSharedStringChars / 1024 / 1024)}M 字符，不像正常文档，已拒绝导入。`);
    }
    return ' '.repeat(count);
  }

  private readTable(table: XmlNode, into: SourceBlock[]): void {
    const rowsOf = childElements(table).filter((n) => n.name === 'table:table-row');
    const cellsOf = rowsOf.length === 1 ? childElements(rowsOf[0]!).filter((n) => n.name === 'table:table-cell') : [];
    // A one-cell table is a frame around content (common in templates): unwrap it.
    if (rowsOf.length === 1 && cellsOf.length === 1 && count(rowsOf[0]!.attrs['table:number-rows-repeated']) === 1) {
      this.readBlocks(cellsOf[0]!, into, 0, undefined);
      return;
    }
    this.sheetName = table.attrs['table:name'] ?? '';
    const rows = readOdfTableRows(table, this.tableContext(true), true);
    if (rows.length > 0) into.push({ kind: 'table', rows });
  }

  private tableContext(writer: boolean) {
    return {
      limits: this.limits,
      budget: this.budget,
      cellText: (cell: XmlNode) => this.cellText(cell, writer),
      ...(writer ? { lineOf: () => this.paragraphNo + 1 } : {}),
      limitFail: (what: string) =>
        new ReadFailure('sheet-too-large', `文件“${this.fileName}”的${writer ? '表格' : '工作表'}“${this.sheetName}”${what}，超出可导入的规模。请删除无关内容或拆分文件后再导入。`),
    };
  }

  /** A cell's shown text: its paragraphs a line each; a sheet cell with no paragraph shows its value. */
  private cellText(cell: XmlNode, writer: boolean): string {
    const lines: string[] = [];
    const walk = (container: XmlNode, level: number, style: string | undefined) => {
      for (const el of childElements(container)) {
        if (el.name === 'text:p' || el.name === 'text:h') lines.push(this.paragraph(el, []).text);
        else if (el.name === 'text:list') {
          const listStyle = el.attrs['text:style-name'] ?? style;
          if (listStyle && level === 0 && el.attrs['text:continue-numbering'] !== 'true' && el.attrs['text:continue-list'] === undefined) this.counters.restart(listStyle);
          for (const item of childElements(el)) {
            const first = childElements(item).find((n) => n.name === 'text:p' || n.name === 'text:h');
            const start = item.attrs['text:start-value'] !== undefined ? Number(item.attrs['text:start-value']) : undefined;
            const label = first && listStyle && item.name === 'text:list-item' ? this.counters.next(listStyle, level + 1, Number.isFinite(start) ? start : undefined) : '';
            const before = lines.length;
            walk(item, level + 1, listStyle);
            if (label && lines[before]?.trim()) lines[before] = label + lines[before]!.trim();
          }
        } else if (el.name === 'table:table') {
          // Nested table: one line per row, cells separated by a tab, so nothing is lost.
          for (const r of readOdfTableRows(el, this.tableContext(true), true)) {
            const texts = r.cells.map((c) => c.text.replace(/\n/g, ' '));
            if (texts.some((t) => t.trim())) lines.push(texts.join('\t'));
          }
        } else if (TRANSPARENT.has(el.name)) walk(el, level, style);
      }
    };
    walk(cell, 0, undefined);
    const text = lines.join('\n').replace(/^\n+|\n+$/g, '').trim();
    if (text !== '' || writer) return text;
    return valueText(cell);
  }
}

function count(value: string | undefined): number {
  const n = Number(value ?? 1);
  return Number.isInteger(n) && n > 1 ? n : 1;
}

/** A value written without its shown text (by generators that leave text:p out). */
function valueText(cell: XmlNode): string {
  const a = cell.attrs;
  switch (a['office:value-type']) {
    case 'float':
    case 'currency':
      return a['office:value'] ?? '';
    case 'percentage': {
      const n = Number(a['office:value']);
      return Number.isFinite(n) ? `${Number((n * 100).toPrecision(12))}%` : '';
    }
    case 'date':
      return (a['office:date-value'] ?? '').replace(/T00:00:00(\.0+)?$/, '');
    case 'boolean':
      return a['office:boolean-value'] === 'true' ? 'TRUE' : a['office:boolean-value'] === 'false' ? 'FALSE' : '';
    default:
      return '';
  }
}
