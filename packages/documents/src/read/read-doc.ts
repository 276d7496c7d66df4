import WordOleExtractor from 'word-extractor/lib/word-ole-extractor.js';
import type { SourceBlock, SourceCell, SourceDocument, SourceRow } from '../model/source-document';
import { type DocParagraph, type DocRowProperties, readDeletedRuns, readDocParagraphs } from './doc-paragraphs';
import { EmbeddedObjects } from './embedded-objects';
import { type ReadLimits, ReadFailure } from './read-limits';

/** What a paragraph mark or 0x07 in the body text ends, from the paragraph properties. */
type Mark = { kind: 'cell-paragraph' } | { kind: 'cell' } | { kind: 'row'; row?: DocRowProperties } | { kind: 'nested-cell' } | { kind: 'nested-row' };

/**
 * A character of a story, or (unmarked) a run of them read as each in turn: a reader of long text (RTF) keeps one
 * object for the text between two marks, not one a character.
 */
export type BodyChar = { ch: string; mark?: Mark };

/** Where an embedded object's field stands in a story (U+FFFC, the object replacement character). */
export const OBJECT_MARK = '\uFFFC';

const OBJECT_CODE = OBJECT_MARK.charCodeAt(0);

interface Piece {
  startCp: number;
  startFilePos: number;
  endFilePos: number;
  bpc: number;
  text: string;
}

/**
 * word-extractor's Word 97–2003 reader (the FIB, the piece table) fed the
 * streams cfb already opened, with the body built here: word-extractor writes a cell's end as a
 * tab and cannot tell a row's end from an empty cell, and its field stripping repeats over the
 * whole text once per nesting level. Headers, footers, footnotes and comments are other stories
 * of the document and stay out of the body.
 */
class DocBodyExtractor extends WordOleExtractor {
  private readonly marks = new Map<number, Mark>();
  private fib?: Buffer;
  private table?: Buffer;

  constructor(
    private readonly streams: Map<string, Uint8Array>,
    private readonly fail: (detail: string) => ReadFailure,
    private readonly maxChars: number,
  ) {
    super();
  }

  override documentStream(_document: unknown, name: string): Promise<Buffer> {
    const bytes = this.streams.get(name.toLowerCase());
    if (!bytes) return Promise.reject(this.fail(`缺少 ${name} 数据流`));
    return Promise.resolve(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  }

  override streamBuffer(stream: Buffer): Promise<Buffer> {
    return Promise.resolve(stream);
  }

  // Bookmarks and headers are not body text; word-extractor's readers of them throw on some files.
  override writeBookmarks(): void {}
  override normalizeHeaders(): void {}

  override writePieces(buffer: Buffer, table: Buffer): void {
    // Each piece copies its text: a hostile table of many huge pieces would take all memory.
    const pieces = pieceExtents(buffer, table);
    if (pieces.count > 100_000 || pieces.chars > this.maxChars) throw this.fail('文字片段表过大或已损坏');
    super.writePieces(buffer, table);
  }

  override writeCharacterProperties(buffer: Buffer, table: Buffer): void {
    const pieces = [...(this._pieces as Piece[])].sort((a, b) => a.startFilePos - b.startFilePos);
    // Deleted characters become NUL, each piece's text rewritten once; overlapping hostile runs are bounded.
    const edited = new Map<Piece, string[]>();
    let budget = 4 * this.maxChars + 100_000;
    for (const [from, to] of readDeletedRuns(buffer, table)) {
      for (let i = firstPieceEndingAfter(pieces, from); i < pieces.length && pieces[i]!.startFilePos < to; i++) {
        const p = pieces[i]!;
        const a = Math.max(0, Math.ceil((from - p.startFilePos) / p.bpc));
        const b = Math.min(p.text.length, Math.ceil((to - p.startFilePos) / p.bpc));
        budget -= Math.max(1, b - a);
        if (budget < 0) throw this.fail('修订标记过多或已损坏');
        if (b <= a) continue;
        let chars = edited.get(p);
        if (!chars) edited.set(p, (chars = p.text.split('')));
        chars.fill('\0', a, b);
      }
    }
    for (const [p, chars] of edited) p.text = chars.join('');
  }

  override writeParagraphProperties(buffer: Buffer, table: Buffer): void {
    this.fib = buffer;
    this.table = table;
    const pieces = [...(this._pieces as Piece[])].sort((a, b) => a.startFilePos - b.startFilePos);
    for (const para of readDocParagraphs(buffer, table, this.streams.get('data'))) {
      const at = markPosition(pieces, para.fcEnd);
      const mark = at && markOf(para, at.ch);
      if (at && mark) this.marks.set(at.cp, mark);
    }
  }

  override buildDocument(): { header: BodyChar[]; body: BodyChar[] } {
    const ccpText = this._boundaries['ccpText'] ?? 0;
    return { header: this.pageHeader(ccpText + (this._boundaries['ccpFtn'] ?? 0)), body: this.story(0, ccpText) };
  }

  /**
   * The first section's page header, which prints above the body on page one (附件2 and a title, in some
   * templates): its first-page header where it has one, else its default header. Stories 0–5 of the
   * header document are separators; each section then has six (even/odd header, even/odd footer, first header/footer).
   */
  private pageHeader(offset: number): BodyChar[] {
    const fib = this.fib;
    const table = this.table;
    if (!fib || !table || fib.length < 0xfa) return [];
    const fc = fib.readUInt32LE(0xf2);
    const lcb = fib.readUInt32LE(0xf6);
    if (lcb < 12 * 4 || fc + lcb > table.length) return [];
    const cp = (i: number) => offset + table.readUInt32LE(fc + i * 4);
    const first = this.story(cp(10), cp(11));
    const header = first.some((c) => c.ch.trim() && c.ch >= ' ') ? first : this.story(cp(7), cp(8));
    // A header story ends with a guard paragraph mark of its own, no paragraph of the header.
    if (header.at(-1)?.ch === '\r' && header.at(-2)?.ch === '\r') header.pop();
    return header;
  }

  /** The characters of CPs [start, end) shown as text: field codes (0x13 … 0x14) out, their results (… 0x15) in. */
  private story(start: number, end: number): BodyChar[] {
    const out: BodyChar[] = [];
    const fields: Array<'code' | 'result'> = [];
    /** The code text of each open field, to tell an object's field (EMBED) from the others. */
    const codes: string[] = [];
    let inCode = 0;
    for (const piece of this._pieces as Piece[]) {
      if (piece.startCp >= end) break;
      const stop = Math.min(piece.text.length, end - piece.startCp);
      for (let i = Math.max(0, start - piece.startCp); i < stop; i++) {
        const ch = piece.text[i]!;
        // Text deleted with track changes on, marks and all (a deleted row goes whole, as in a .docx).
        if (ch === '\0') continue;
        if (ch === '\x13') {
          fields.push('code');
          codes.push('');
          inCode++;
        } else if (ch === '\x14' && fields.at(-1) === 'code') {
          fields[fields.length - 1] = 'result';
          inCode--;
        } else if (ch === '\x15' && fields.length > 0) {
          if (fields.pop() === 'code') inCode--;
          // An object pasted into the text (EMBED Excel.Sheet.8): its place, for its workbook's table.
          if (/^\s*EMBED\b/i.test(codes.pop() ?? '') && inCode === 0) out.push({ ch: OBJECT_MARK });
        } else if (inCode > 0) {
          if (fields.at(-1) === 'code') codes[codes.length - 1] += ch;
        } else {
          const mark = this.marks.get(piece.startCp + i);
          out.push(mark ? { ch, mark } : { ch });
        }
      }
    }
    return out;
  }
}

/** The number of pieces and their total characters, read from the CLX before any text is copied. */
function pieceExtents(fib: Buffer, table: Buffer): { count: number; chars: number } {
  let pos = fib.length >= 0x1a6 ? fib.readUInt32LE(0x01a2) : table.length;
  // Property groups (type 1) come before the piece table (type 2).
  while (pos < table.length && table[pos] === 1) pos += 3 + (pos + 3 <= table.length ? table.readUInt16LE(pos + 1) : 0);
  if (pos + 5 > table.length || table[pos] !== 2) return { count: 0, chars: 0 };
  const size = table.readUInt32LE(pos + 1);
  const count = Math.max(0, Math.floor((size - 4) / 12));
  if (pos + 5 + (count + 1) * 4 > table.length) return { count, chars: Infinity };
  let chars = 0;
  for (let i = 0; i < count; i++) chars += Math.max(0, table.readUInt32LE(pos + 5 + (i + 1) * 4) - table.readUInt32LE(pos + 5 + i * 4));
  return { count, chars };
}

/** Index of the first piece (sorted by file position) that ends after `fc`. */
function firstPieceEndingAfter(pieces: Piece[], fc: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pieces[mid]!.endFilePos <= fc) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The character position of the paragraph mark ending just before file position `fcEnd`. */
function markPosition(pieces: Piece[], fcEnd: number): { cp: number; ch: string } | undefined {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid]!;
    if (fcEnd <= p.startFilePos) hi = mid - 1;
    else if (fcEnd > p.endFilePos) lo = mid + 1;
    else {
      const index = (fcEnd - p.startFilePos) / p.bpc - 1;
      return Number.isInteger(index) && index >= 0 && index < p.text.length ? { cp: p.startCp + index, ch: p.text[index]! } : undefined;
    }
  }
  return undefined;
}

function markOf(para: DocParagraph, ch: string): Mark | undefined {
  if (!para.inTable) return undefined;
  if (para.nested) return para.nestedRowEnd ? { kind: 'nested-row' } : para.nestedCellEnd || ch === '\x07' ? { kind: 'nested-cell' } : { kind: 'cell-paragraph' };
  if (para.rowEnd) return { kind: 'row', ...(para.row ? { row: para.row } : {}) };
  return ch === '\x07' ? { kind: 'cell' } : { kind: 'cell-paragraph' };
}

/**
 * Reads a Word 97–2003 document (also WPS's .wps, the same container) into blocks as the .docx reader
 * does: body paragraphs as text, tables as rows of cells with the spans and vertical merges the
 * rows' properties give.
 */
export async function readDoc(streams: Map<string, Uint8Array>, fileName: string, limits: ReadLimits, objectPool: Array<Map<string, Uint8Array>> = []): Promise<SourceDocument> {
  const fail = (detail: string) =>
    new ReadFailure('doc-corrupt', `文件“${fileName}”是 Word 97–2003（.doc）文档，但其内容无法读取（${detail}）。请用 Word 或 WPS 打开后另存为 .docx 再导入。`);
  const fib = streams.get('worddocument')!;
  if (fib.length < 0x1a6) throw fail('文件头不完整');
  const nFib = fib[2]! | (fib[3]! << 8);
  const flags = fib[0x0a]! | (fib[0x0b]! << 8);
  if ((flags & 0x0100) !== 0) {
    throw new ReadFailure('encrypted', `文件“${fileName}”是设置了打开密码的 Word 文档，无法读取。请用 Word 或 WPS 打开后取消密码（文件—信息—保护文档—用密码进行加密，清空密码），保存后再导入。`);
  }
  if (nFib < 0xc1) {
    throw new ReadFailure('old-office-format', `文件“${fileName}”是 Word 6.0/95 等更早的格式，无法直接读取。请用 Word 或 WPS 打开后另存为 .docx 再导入。`);
  }
  const extractor = new DocBodyExtractor(streams, fail, limits.maxTextBytes);
  let stories: { header: BodyChar[]; body: BodyChar[] };
  try {
    stories = (await extractor.extractWordDocument(null, Buffer.from(fib.buffer, fib.byteOffset, fib.byteLength))) as typeof stories;
  } catch (error) {
    if (error instanceof ReadFailure) throw error;
    throw fail(error instanceof Error ? error.message.slice(0, 80) : String(error));
  }
  // The page header prints above the body on the first page, as the .docx reader reads it; footers and footnotes stay out.
  const counter = { paragraphs: 0 };
  const notes: string[] = [];
  // The body's objects take the ObjectPool's storages in order (Word numbers them as they are pasted).
  // Each storage is taken once; all are read under the document's one budget, not a fresh one each.
  const objects = new EmbeddedObjects(fileName, limits);
  let next = 0;
  const objectBlocks = (): SourceBlock[] => {
    const index = next++;
    const storage = objectPool[index];
    const read = objects.read(String(index), () => (storage ? { kind: 'storage', streams: storage } : undefined));
    if (read && 'note' in read) notes.push(read.note);
    return read && 'blocks' in read ? read.blocks : [];
  };
  const blocks = [...docBlocks(stories.header, counter), ...docBlocks(stories.body, counter, objectBlocks)];
  if (!blocks.some((b) => b.kind === 'table')) notes.push(`文件“${fileName}”中没有表格，只读取到正文段落。`);
  return { format: 'doc', blocks, notes };
}

/** Body characters to blocks: paragraphs end at 0x0D, table cells and rows at their marks. */
export function docBlocks(body: BodyChar[], counter = { paragraphs: 0 }, objectBlocks: () => SourceBlock[] = () => []): SourceBlock[] {
  const blocks: SourceBlock[] = [];
  let text = '';
  let cells: string[] = [];
  let rows: Array<{ cells: string[]; row?: DocRowProperties; line: number }> = [];
  let paragraphNo = counter.paragraphs;
  // The row's first paragraph, for messages (as the .docx reader numbers rows).
  let rowLine = paragraphNo + 1;
  const closeTable = () => {
    if (rows.length > 0) pushTable(blocks, rows);
    rows = [];
  };
  const step = (ch: string, mark: Mark | undefined) => {
    if (mark?.kind === 'row') {
      // The row's end mark is no paragraph of the text (a .docx has none): lines count as the .docx reader counts them.
      rows.push({ cells, ...(mark.row ? { row: mark.row } : {}), line: rowLine });
      cells = [];
      text = '';
      rowLine = paragraphNo + 1;
    } else if (mark) {
      paragraphNo++;
      if (mark.kind === 'cell') {
        cells.push(text);
        text = '';
      } else if (mark.kind === 'nested-cell') text += '\t';
      // A table nested in a cell reads as the .docx reader gives it: cells apart by tabs, a row a line.
      else text = `${mark.kind === 'nested-row' ? text.replace(/\t$/, '') : text}\n`;
    } else if (ch === '\x07') {
      // A cell end the paragraph properties did not describe: still a cell.
      cells.push(text);
      text = '';
    } else if (ch === '\r' || ch === '\x0c') {
      paragraphNo++;
      if (cells.length > 0) text += '\n';
      else {
        // Two tables in a row are always kept apart by a paragraph, if only an empty one.
        closeTable();
        pushText(blocks, text, paragraphNo);
        text = '';
        rowLine = paragraphNo + 1;
      }
    } else if (ch === OBJECT_MARK && cells.length === 0) {
      // An object's workbook reads in its place, between the paragraphs around it.
      closeTable();
      pushText(blocks, text, paragraphNo + 1);
      text = '';
      blocks.push(...objectBlocks());
    } else if (ch === '\x0b') text += '\n';
    else if (ch === '\x1e') text += '-';
    else if (ch === '\t' || ch >= ' ') text += ch;
  };
  for (const { ch, mark } of body) {
    if (mark || ch.length === 1) {
      step(ch, mark);
      continue;
    }
    // A run: its stretches of plain text join the paragraph whole, its control characters are read one by one.
    let from = 0;
    for (let i = 0; i < ch.length; i++) {
      const code = ch.charCodeAt(i);
      if ((code >= 0x20 && code !== OBJECT_CODE) || code === 0x09) continue;
      text += ch.slice(from, i);
      step(ch[i]!, undefined);
      from = i + 1;
    }
    text += ch.slice(from);
  }
  if (cells.length > 0) rows.push({ cells: [...cells, ...(text.trim() ? [text] : [])], line: rowLine });
  else if (text.trim()) {
    closeTable();
    pushText(blocks, text, paragraphNo + 1);
  }
  closeTable();
  counter.paragraphs = paragraphNo;
  return blocks;
}

function pushText(blocks: SourceBlock[], text: string, line: number): void {
  const t = text.replace(/\u00a0/g, ' ').trim();
  if (t) blocks.push({ kind: 'text', text: t, line });
}

function pushTable(blocks: SourceBlock[], rows: Array<{ cells: string[]; row?: DocRowProperties; line: number }>): void {
  // A one-cell table is a frame around content (common in templates): its paragraphs are body text.
  if (rows.length === 1 && rows[0]!.cells.length === 1) {
    rows[0]!.cells[0]!.split('\n').forEach((t) => pushText(blocks, t, rows[0]!.line));
    return;
  }
  const grid = [...new Set(rows.flatMap((r) => (r.row && r.row.edges.length === r.cells.length + 1 ? r.row.edges : [])))].sort((a, b) => a - b);
  const out: SourceRow[] = [];
  /** Per grid column, the cell a vertical merge started in (for rowSpan counting). */
  const openMerge = new Map<number, SourceCell>();
  for (const r of rows) {
    const props = r.row && r.row.edges.length === r.cells.length + 1 ? r.row : undefined;
    const cells: SourceCell[] = [];
    let at = props ? grid.indexOf(props.edges[0]!) : 0;
    r.cells.forEach((raw, i) => {
      const span = props ? grid.filter((g) => g > props.edges[i]! && g <= props.edges[i + 1]!).length || 1 : 1;
      const text = raw.replace(/\u00a0/g, ' ').replace(/[ \t]*\n[ \t]*/g, '\n').trim();
      if (props?.mergedIntoPrevious[i] && cells.length > 0) {
        // Word 97's horizontal merge: the continuation widens the cell before.
        const prev = cells[cells.length - 1]!;
        prev.colSpan = (prev.colSpan ?? 1) + span;
        at += span;
        return;
      }
      const cell: SourceCell = { text };
      if (span > 1) cell.colSpan = span;
      const vertical = props?.vertical[i];
      if (vertical === 'continue' && openMerge.has(at)) {
        const start = openMerge.get(at)!;
        start.rowSpan = (start.rowSpan ?? 1) + 1;
        cell.text = '';
        cell.mergedFromAbove = true;
      } else if (vertical === 'restart') openMerge.set(at, cell);
      else openMerge.delete(at);
      for (let g = at + 1; g < at + span; g++) openMerge.delete(g);
      cells.push(cell);
      at += span;
    });
    out.push({ cells, line: r.line });
  }
  blocks.push({ kind: 'table', rows: out });
}
