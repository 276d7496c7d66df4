import * as CFB from 'cfb';
import type { SourceBlock } from '../model/source-document';
import { type ReadBudget, type ReadLimits, ReadFailure, isLimitFailure, newReadBudget } from './read-limits';
import { readXls } from './read-xls';
import { readXlsx } from './read-xlsx';
import { SafeZip } from './safe-unzip';

/**
 * An Excel worksheet pasted into Word as an object (选择性粘贴→Microsoft Excel 工作表对象) is, to the clerk, the
 * form itself: Word prints a preview picture of it, and its cells live only in the workbook saved inside the
 * document — an .xlsx package (word/embeddings/*.xlsx, a Word 2007+ object), or an OLE storage holding a BIFF8
 * `Workbook` stream (Excel 97–2003 objects: word/embeddings/oleObject*.bin, a .doc's ObjectPool) or the .xlsx
 * bytes in a `Package` stream. The workbook is read as a workbook file would be, under the same limits, and
 * never further into objects of its own: a spreadsheet reader does not follow embeddings, so nesting stops here.
 * Other objects (charts, pictures, Word documents, packaged files) are no form and are passed over.
 */
export type EmbeddedObject = { kind: 'package'; bytes: Uint8Array } | { kind: 'storage'; streams: Map<string, Uint8Array> };

/** The blocks of the workbook an embedded object holds, null when it holds none (not a spreadsheet). */
export function embeddedWorkbookBlocks(object: EmbeddedObject, fileName: string, limits: ReadLimits, budget: ReadBudget = newReadBudget()): SourceBlock[] | null {
  if (object.kind === 'package') {
    if (isZip(object.bytes)) {
      const zip = SafeZip.open(object.bytes, limits, fileName, budget);
      return zip.has('xl/workbook.xml') ? readXlsx(zip, fileName, limits).blocks : null;
    }
    return isOle(object.bytes) ? embeddedWorkbookBlocks({ kind: 'storage', streams: storageStreams(object.bytes, fileName, limits) }, fileName, limits, budget) : null;
  }
  const workbook = object.streams.get('workbook') ?? object.streams.get('book');
  if (workbook) return readXls(workbook, fileName, limits, budget).blocks;
  // Excel 2007+ objects in an OLE wrapper (.doc, oleObject.bin of Excel.Sheet.12) keep the .xlsx in `Package`.
  const pkg = object.streams.get('package');
  return pkg && isZip(pkg) ? embeddedWorkbookBlocks({ kind: 'package', bytes: pkg }, fileName, limits, budget) : null;
}

export type EmbeddedRead = { blocks: SourceBlock[] } | { note: string } | null;

/**
 * The embedded objects of one document, each read once and all under the document's limits: a part named by
 * twenty references (one object pasted twenty times, or a crafted file) is read once, and every table shown,
 * repeats included, counts its cells against the document's one cell limit. A damaged object becomes a note:
 * it loses the form inside it, which the clerk must hear about, but not the document around it. An object
 * over a limit refuses the document, as the same workbook imported alone would be refused.
 */
export class EmbeddedObjects {
  private readonly reads = new Map<string, EmbeddedRead>();

  constructor(
    private readonly fileName: string,
    private readonly limits: ReadLimits,
    private readonly budget: ReadBudget = newReadBudget(),
  ) {}

  /** The object under `key` (its part or storage name), read on first use from `object()`. */
  read(key: string, object: () => EmbeddedObject | undefined): EmbeddedRead {
    let read = this.reads.get(key);
    if (read === undefined) {
      read = this.readOnce(object());
      this.reads.set(key, read);
    } else if (read && 'blocks' in read) {
      this.charge(read.blocks);
      // Each place gets its own copy: later steps may edit a table's rows in place.
      return { blocks: structuredClone(read.blocks) };
    }
    return read;
  }

  private readOnce(object: EmbeddedObject | undefined): EmbeddedRead {
    if (!object) return null;
    try {
      const blocks = embeddedWorkbookBlocks(object, `${this.fileName}（嵌入的 Excel 工作表）`, this.limits, this.budget);
      return blocks ? { blocks } : null;
    } catch (error) {
      if (isLimitFailure(error)) throw error;
      return { note: `文件“${this.fileName}”中嵌入的 Excel 工作表对象已损坏，无法读取其中的表格（${error instanceof Error ? error.message.slice(0, 120) : String(error)}）。请在 Word 中双击该对象打开，把表格复制出来另存为 .xlsx 后单独导入。` };
    }
  }

  /** A repeated table is read once but shown again: its cells count again, as every later step handles them. */
  private charge(blocks: SourceBlock[]): void {
    for (const b of blocks) if (b.kind === 'table') for (const r of b.rows) this.budget.cells += r.cells.length;
    if (this.budget.cells > this.limits.maxCells) {
      throw new ReadFailure(
        'too-many-cells',
        `文件“${this.fileName}”中嵌入的 Excel 工作表对象（含重复引用的同一对象）合计超过 ${this.limits.maxCells} 个单元格，超出可导入的规模。请删除重复或无关的嵌入对象，或把工作表另存为 .xlsx 后单独导入。`,
      );
    }
  }
}

/** The note for an object pasted as a link (粘贴链接): the file holds only its picture, the cells stay in the linked workbook. */
export function linkedObjectNote(fileName: string, target: string | undefined): string {
  const where = target ? `（链接到“${decodeTarget(target)}”）` : '';
  return `文件“${fileName}”中有一个链接的 Excel 对象${where}，文档里只保存了它的预览图片，没有表格数据，无法读取。请导入被链接的 Excel 文件，或在 Word 中断开链接（文件—信息—编辑指向文件的链接—断开链接）并保存后再导入。`;
}

/** The streams of one OLE storage (an object's own compound file), by lower-cased name, within the limits. */
export function storageStreams(bytes: Uint8Array, fileName: string, limits: ReadLimits): Map<string, Uint8Array> {
  const container = CFB.read(bytes, { type: 'buffer' });
  const out = new Map<string, Uint8Array>();
  let total = 0;
  container.FileIndex.forEach((entry, i) => {
    const path = container.FullPaths[i] ?? '';
    if (entry.type !== 2 || path.split('/').filter(Boolean).length !== 2) return;
    const content = entry.content instanceof Uint8Array ? entry.content : Uint8Array.from(entry.content ?? []);
    total += content.length;
    if (content.length > limits.maxEntryBytes || total > limits.maxTotalBytes) {
      throw new ReadFailure('too-large', `文件“${fileName}”中嵌入对象的数据超过可读取的大小上限，请删减无关内容或拆分后再导入。`);
    }
    out.set(entry.name.toLowerCase(), content);
  });
  return out;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

function isOle(bytes: Uint8Array): boolean {
  return bytes.length > 8 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

function decodeTarget(target: string): string {
  let t = target.replace(/^file:\/{2,3}/i, '');
  try { t = decodeURIComponent(t); } catch { /* a path with a stray % stays as written */ }
  return t;
}
