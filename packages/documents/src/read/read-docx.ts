import type { SourceBlock, SourceCell, SourceDocument, SourceRow } from '../model/source-document';
import { type ReadLimits, ReadFailure } from './read-limits';
import { readTextLayout } from '../text/read-text-layout';
import { decodeText } from './decode-text';
import { DocxNumbering } from './docx-numbering';
import { documentRelationships, firstPageHeader } from './docx-page-header';
import { type EmbeddedRead, EmbeddedObjects, linkedObjectNote } from './embedded-objects';
import { mhtToHtml } from './read-mht';
import type { SafeZip } from './safe-unzip';
import { type XmlNode, childElements, firstChild, parseXmlTree } from './scan-xml';
import { symbolFontChar } from './symbol-font';

/** Wrappers whose children belong to the enclosing level (content controls, custom XML, revisions kept, Word 2003 XML's sections). */
const TRANSPARENT = new Set(['w:sdt', 'w:sdtContent', 'w:customXml', 'w:smartTag', 'w:ins', 'w:moveTo', 'w:hyperlink', 'w:fldSimple', 'w:dir', 'w:bdo', 'wx:sect', 'wx:sub-section', 'wx:pBdrGroup']);
/** Content not shown as body text: deleted revisions, drawings and text boxes, field codes. */
const SKIPPED = new Set(['w:del', 'w:moveFrom', 'w:delText', 'w:instrText', 'w:delInstrText', 'w:drawing', 'w:pict', 'w:object', 'mc:AlternateContent', 'w:rPr', 'w:pPr', 'w:sdtPr', 'w:sdtEndPr', 'w:tcPr', 'w:trPr', 'w:tblPr', 'w:tblGrid', 'w:footnoteReference', 'w:endnoteReference', 'w:commentReference']);

const NO_TEXT: ReadonlySet<string> = new Set();
/** The only elements whose character data the reader uses. */
const TEXT_ELEMENTS: ReadonlySet<string> = new Set(['w:t']);

interface Para {
  text: string;
  bold: boolean;
  styleId?: string;
  outline?: number;
}

export function readDocx(zip: SafeZip, fileName: string, limits: ReadLimits): SourceDocument {
  const xml = zip.readText('word/document.xml');
  if (xml === undefined) throw new ReadFailure('docx-corrupt', `文件“${fileName}”缺少正文（word/document.xml），不是完整的 Word 文档。`);
  const root = parseXmlTree(xml, { maxDepth: limits.maxXmlDepth, maxNodes: limits.maxXmlNodes, part: 'word/document.xml', fileName, textIn: TEXT_ELEMENTS });
  const body = firstChild(firstChild(root, 'w:document') ?? root, 'w:body');
  if (!body) throw new ReadFailure('docx-corrupt', `文件“${fileName}”的正文结构无法识别，请用 Word 打开后另存为 .docx 再导入。`);
  const styles = readStyles(zip, fileName, limits);
  const numberingXml = zip.readText('word/numbering.xml');
  const numbering = new DocxNumbering(
    numberingXml === undefined ? undefined : parseXmlTree(numberingXml, { maxDepth: limits.maxXmlDepth, maxNodes: limits.maxXmlNodes, part: 'word/numbering.xml', fileName, textIn: NO_TEXT }),
  );
  let rels: Map<string, string> | undefined;
  const relationships = () => (rels ??= documentRelationships(zip, fileName, limits));
  const reader = new DocxBodyReader(styles, numbering, altChunkReader(zip, relationships), oleObjectReader(zip, relationships, fileName, limits));
  // The page header prints above the body on the first page (附件2 and the title, in some templates).
  const header = firstPageHeader(zip, body, relationships, fileName, limits);
  if (header) reader.readBlocks(header);
  reader.readBlocks(body);
  const notes = [...reader.notes];
  if (!reader.blocks.some((b) => b.kind === 'table')) notes.push(`文件“${fileName}”中没有表格，只读取到正文段落。`);
  return { format: 'docx', blocks: reader.blocks, notes };
}

/**
 * Reads an OLE object's data (o:OLEObject in a w:object): an embedded Excel worksheet is the form Word shows
 * through its preview picture, so its workbook is read in its place; a linked one left only its picture.
 */
function oleObjectReader(zip: SafeZip, rels: () => Map<string, string>, fileName: string, limits: ReadLimits): (ole: XmlNode) => EmbeddedRead {
  // On the document zip's budget: what the workbooks inflate and the cells they hold count with the document's.
  const objects = new EmbeddedObjects(fileName, limits, zip.budget);
  return (ole) => {
    const part = rels().get(ole.attrs['r:id'] ?? '');
    if (ole.attrs['Type'] === 'Link') return /^Excel\./i.test(ole.attrs['ProgID'] ?? '') ? { note: linkedObjectNote(fileName, part?.replace(/^word\//, '')) } : null;
    if (!part) return null;
    return objects.read(part, () => {
      const bytes = zip.read(part);
      return bytes ? { kind: 'package', bytes } : undefined;
    });
  };
}

/**
 * Reads a w:altChunk's part: an HTML page (or MHT, or plain text) Word renders in place. Budget
 * systems export "Word" files that are such a page wrapped in a .docx shell.
 */
function altChunkReader(zip: SafeZip, rels: () => Map<string, string>): (relId: string) => SourceBlock[] | null {
  return (relId) => {
    const part = rels().get(relId);
    if (!part) return null;
    const bytes = zip.read(part);
    if (!bytes) return null;
    const html = mhtToHtml(bytes) ?? decodeText(bytes).text;
    return readTextLayout(html.replace(/^\uFEFF/, '')).blocks;
  };
}

interface DocxStyles {
  /** styleId → heading level, from style names (heading 1 / 标题 1) or outline levels. */
  headingOf: Map<string, number>;
  /** styleId → list numbering the style applies (heading styles are often numbered). */
  numberingOf: Map<string, { numId: string; ilvl: number }>;
}

function readStyles(zip: SafeZip, fileName: string, limits: ReadLimits): DocxStyles {
  const out: DocxStyles = { headingOf: new Map(), numberingOf: new Map() };
  const xml = zip.readText('word/styles.xml');
  if (xml === undefined) return out;
  const root = parseXmlTree(xml, { maxDepth: limits.maxXmlDepth, maxNodes: limits.maxXmlNodes, part: 'word/styles.xml', fileName, textIn: NO_TEXT });
  const styles = firstChild(root, 'w:styles');
  if (!styles) return out;
  for (const s of childElements(styles, 'w:style')) {
    const id = s.attrs['w:styleId'];
    if (!id) continue;
    const name = firstChild(s, 'w:name')?.attrs['w:val'] ?? '';
    const level = headingLevelFromName(name) ?? headingLevelFromName(id);
    const pPr = firstChild(s, 'w:pPr');
    const outline = pPr ? firstChild(pPr, 'w:outlineLvl')?.attrs['w:val'] : undefined;
    if (level !== undefined) out.headingOf.set(id, level);
    else if (outline !== undefined && /^\d$/.test(outline) && Number(outline) < 9) out.headingOf.set(id, Number(outline) + 1);
    const numPr = pPr ? firstChild(pPr, 'w:numPr') : undefined;
    const numId = numPr ? firstChild(numPr, 'w:numId')?.attrs['w:val'] : undefined;
    if (numId && numId !== '0') out.numberingOf.set(id, { numId, ilvl: Number((numPr && firstChild(numPr, 'w:ilvl')?.attrs['w:val']) ?? 0) });
  }
  return out;
}

function headingLevelFromName(name: string): number | undefined {
  const m = /^(?:heading|标题)\s*([1-9])$/i.exec(name.trim());
  if (m) return Number(m[1]);
  if (/^(title|标题)$/i.test(name.trim())) return 1;
  return undefined;
}

class DocxBodyReader {
  readonly blocks: SourceBlock[] = [];
  readonly notes: string[] = [];
  private paragraphNo = 0;

  constructor(
    private readonly styles: DocxStyles,
    private readonly numbering: DocxNumbering,
    private readonly altChunk: (relId: string) => SourceBlock[] | null = () => null,
    private readonly oleObject: (ole: XmlNode) => EmbeddedRead = () => null,
  ) {}

  readBlocks(container: XmlNode, into: SourceBlock[] = this.blocks): void {
    for (const el of childElements(container)) {
      if (el.name === 'w:p') {
        // A text box anchored in the paragraph (a title typed into a 文本框) shows its own paragraphs.
        for (const box of textBoxesOf(el)) this.readBlocks(box, into);
        // An object pasted into the paragraph (an Excel worksheet object) shows its own table there.
        for (const ole of oleObjectsOf(el)) {
          const read = this.oleObject(ole);
          if (read && 'blocks' in read) into.push(...read.blocks);
          else if (read && !this.notes.includes(read.note)) this.notes.push(read.note);
        }
        const p = this.readParagraph(el);
        if (!p.text.trim()) continue;
        const level = p.outline ?? (p.styleId ? this.styles.headingOf.get(p.styleId) : undefined);
        into.push({ kind: 'text', text: p.text.trim(), line: this.paragraphNo, ...(level ? { heading: level } : {}) });
      } else if (el.name === 'w:tbl') {
        this.readTable(el, into);
      } else if (el.name === 'w:altChunk') {
        // Content imported from another file (a system's HTML page wrapped as .docx): Word shows it here.
        const blocks = this.altChunk(el.attrs['r:id'] ?? '');
        if (blocks) into.push(...blocks);
        else this.notes.push('文档中嵌入的外部内容（altChunk）无法读取，已跳过。');
      } else if (TRANSPARENT.has(el.name) && !isPlaceholder(el)) {
        this.readBlocks(el, into);
      }
    }
  }

  private readParagraph(p: XmlNode): Para {
    this.paragraphNo++;
    const pPr = firstChild(p, 'w:pPr');
    const styleId = pPr ? firstChild(pPr, 'w:pStyle')?.attrs['w:val'] : undefined;
    const outlineVal = pPr ? firstChild(pPr, 'w:outlineLvl')?.attrs['w:val'] : undefined;
    const outline = outlineVal !== undefined && /^\d$/.test(outlineVal) && Number(outlineVal) < 9 ? Number(outlineVal) + 1 : undefined;
    const state = { text: '', boldChars: 0, plainChars: 0 };
    this.collectRuns(p, state);
    const label = this.listLabel(pPr, styleId);
    if (label && state.text.trim()) state.text = label + state.text;
    return {
      text: state.text,
      bold: state.boldChars > 0 && state.plainChars === 0,
      ...(styleId ? { styleId } : {}),
      ...(outline ? { outline } : {}),
    };
  }

  private listLabel(pPr: XmlNode | undefined, styleId: string | undefined): string {
    const numPr = pPr ? firstChild(pPr, 'w:numPr') : undefined;
    const own = numPr ? firstChild(numPr, 'w:numId')?.attrs['w:val'] : undefined;
    const fromStyle = styleId ? this.styles.numberingOf.get(styleId) : undefined;
    const numId = own ?? fromStyle?.numId;
    if (!numId || numId === '0') return '';
    const ilvlVal = numPr ? firstChild(numPr, 'w:ilvl')?.attrs['w:val'] : undefined;
    const ilvl = ilvlVal !== undefined ? Number(ilvlVal) : (fromStyle?.ilvl ?? 0);
    return this.numbering.next(numId, ilvl);
  }

  private collectRuns(node: XmlNode, state: { text: string; boldChars: number; plainChars: number }): void {
    for (const el of childElements(node)) {
      if (el.name === 'w:r') {
        const rPr = firstChild(el, 'w:rPr');
        // Hidden text (隐藏文字: a template's filling hints) is not shown, so not part of the document; struck
        // text (删除线 / 双删除线) is a revised draft's deleted words, printed crossed out beside the new ones.
        if (isOn(rPr, 'w:vanish') || isOn(rPr, 'w:strike') || isOn(rPr, 'w:dstrike')) continue;
        const bold = isOn(rPr, 'w:b');
        let piece = '';
        for (const part of childElements(el)) {
          if (part.name === 'w:t') piece += part.children.filter((c): c is string => typeof c === 'string').join('');
          else if (part.name === 'w:tab' || part.name === 'w:ptab') piece += '\t';
          else if (part.name === 'w:br' || part.name === 'w:cr') piece += '\n';
          else if (part.name === 'w:noBreakHyphen') piece += '-';
          else if (part.name === 'w:sym') piece += symbolChar(part);
        }
        state.text += piece;
        const visible = piece.replace(/\s/g, '').length;
        if (bold) state.boldChars += visible;
        else state.plainChars += visible;
      } else if (TRANSPARENT.has(el.name)) {
        if (!isPlaceholder(el)) this.collectRuns(el, state);
      } else if (!SKIPPED.has(el.name) && el.name !== 'w:p' && el.name !== 'w:tbl') {
        // Unknown inline wrappers (w:customXml variants, w:rubyBase …) may hold runs.
        this.collectRuns(el, state);
      }
    }
  }

  private readTable(tbl: XmlNode, into: SourceBlock[]): void {
    const trs = rowsOf(tbl);
    // A one-cell table is a frame around content (common in templates): unwrap it.
    if (trs.length === 1 && cellsOf(trs[0]!).length === 1) {
      this.readBlocks(cellsOf(trs[0]!)[0]!, into);
      return;
    }
    const rows: SourceRow[] = [];
    /** Per grid column, the cell a vertical merge started in (for rowSpan counting). */
    const openMerge = new Map<number, SourceCell>();
    for (const tr of trs) {
      const line = this.paragraphNo + 1;
      const trPr = firstChild(tr, 'w:trPr');
      // A row deleted with track changes on (w:trPr/w:del): the document as accepted has no such row.
      if (trPr && firstChild(trPr, 'w:del')) continue;
      let grid = Number(trPr ? firstChild(trPr, 'w:gridBefore')?.attrs['w:val'] ?? 0 : 0) || 0;
      const cells: SourceCell[] = [];
      for (const tc of cellsOf(tr)) {
        const tcPr = firstChild(tc, 'w:tcPr');
        const span = Math.max(1, Math.min(1000, Number(tcPr ? firstChild(tcPr, 'w:gridSpan')?.attrs['w:val'] ?? 1 : 1) || 1));
        const vMerge = tcPr ? firstChild(tcPr, 'w:vMerge') : undefined;
        const hMerge = tcPr ? firstChild(tcPr, 'w:hMerge') : undefined;
        const vState = vMerge ? (vMerge.attrs['w:val'] === 'restart' ? 'restart' : 'continue') : undefined;
        const content = this.readCell(tc);
        if (hMerge && hMerge.attrs['w:val'] !== 'restart' && cells.length > 0) {
          // Legacy horizontal merge: the continuation widens the previous cell.
          const prev = cells[cells.length - 1]!;
          prev.colSpan = (prev.colSpan ?? 1) + span;
          grid += span;
          continue;
        }
        const cell: SourceCell = { text: content.text };
        if (span > 1) cell.colSpan = span;
        if (content.bold) cell.bold = true;
        if (vState === 'continue' && openMerge.has(grid)) {
          const start = openMerge.get(grid)!;
          start.rowSpan = (start.rowSpan ?? 1) + 1;
          cell.text = '';
          cell.mergedFromAbove = true;
          delete cell.bold;
        } else if (vState === 'restart') {
          openMerge.set(grid, cell);
        } else {
          openMerge.delete(grid);
        }
        for (let g = grid + 1; g < grid + span; g++) openMerge.delete(g);
        cells.push(cell);
        grid += span;
      }
      rows.push({ cells, line });
    }
    if (rows.length === 0) return;
    into.push({ kind: 'table', rows });
  }

  private readCell(tc: XmlNode): { text: string; bold: boolean } {
    const lines: string[] = [];
    let bold = 0;
    let plain = 0;
    const walk = (container: XmlNode) => {
      for (const el of childElements(container)) {
        if (el.name === 'w:p') {
          const p = this.readParagraph(el);
          lines.push(p.text);
          if (p.text.trim()) {
            if (p.bold) bold++;
            else plain++;
          }
        } else if (el.name === 'w:tbl') {
          // Nested table: one line per row, cells separated by a tab, so nothing is lost.
          for (const tr of rowsOf(el)) {
            const texts = cellsOf(tr).map((c) => this.readCell(c).text.replace(/\n/g, ' '));
            if (texts.some((t) => t.trim())) lines.push(texts.join('\t'));
          }
        } else if (TRANSPARENT.has(el.name) && !isPlaceholder(el)) walk(el);
      }
    };
    walk(tc);
    return { text: lines.join('\n').replace(/^\n+|\n+$/g, '').trim(), bold: bold > 0 && plain === 0 };
  }
}

/**
 * The contents (w:txbxContent) of the text boxes drawn from a paragraph. Word saves a box twice,
 * as DrawingML (mc:Choice) and as VML for older readers (mc:Fallback): one rendering is read.
 */
function textBoxesOf(node: XmlNode, out: XmlNode[] = []): XmlNode[] {
  for (const el of childElements(node)) {
    if (el.name === 'w:txbxContent') out.push(el);
    else if (el.name === 'mc:AlternateContent') {
      const options = [...childElements(el, 'mc:Choice'), ...childElements(el, 'mc:Fallback')];
      for (const option of options) {
        const found = textBoxesOf(option);
        if (found.length > 0) { out.push(...found); break; }
      }
    } else if (el.name !== 'w:tbl' && el.name !== 'w:p') textBoxesOf(el, out);
  }
  return out;
}

/** The OLE objects (o:OLEObject) a paragraph's runs hold, in w:object (Word 2007+) or a VML w:pict (older files). */
function oleObjectsOf(node: XmlNode, out: XmlNode[] = []): XmlNode[] {
  for (const el of childElements(node)) {
    if (el.name === 'o:OLEObject') out.push(el);
    else if (el.name !== 'w:txbxContent' && el.name !== 'w:tbl' && el.name !== 'w:p' && el.name !== 'mc:Fallback') oleObjectsOf(el, out);
  }
  return out;
}

function rowsOf(tbl: XmlNode): XmlNode[] {
  return flattenTransparent(tbl, 'w:tr');
}

function cellsOf(tr: XmlNode): XmlNode[] {
  return flattenTransparent(tr, 'w:tc');
}

/**
 * A content control still showing its placeholder (单击或点击此处输入文字。, a template's 请选择):
 * nothing was filled in, so it holds no text of the document.
 */
function isPlaceholder(el: XmlNode): boolean {
  if (el.name !== 'w:sdt') return false;
  const pr = firstChild(el, 'w:sdtPr');
  const flag = pr ? firstChild(pr, 'w:showingPlcHdr') : undefined;
  return flag != null && !/^(0|false|off)$/i.test(flag.attrs['w:val'] ?? '');
}

function flattenTransparent(node: XmlNode, want: string): XmlNode[] {
  const out: XmlNode[] = [];
  for (const el of childElements(node)) {
    if (el.name === want) out.push(el);
    else if (TRANSPARENT.has(el.name)) out.push(...flattenTransparent(el, want));
  }
  return out;
}

/** Whether a run property toggle (w:b, w:vanish, w:strike) is set: present and not switched off. */
function isOn(rPr: XmlNode | undefined, name: string): boolean {
  if (!rPr) return false;
  const b = firstChild(rPr, name);
  if (!b) return false;
  const v = b.attrs['w:val'];
  return v === undefined || !/^(0|false|off)$/i.test(v);
}

function symbolChar(sym: XmlNode): string {
  return symbolFontChar(sym.attrs['w:font'], parseInt(sym.attrs['w:char'] ?? '', 16));
}
