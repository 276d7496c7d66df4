/**
 * Paragraph properties of a Word 97–2003 document (the PAPX of [MS-DOC]), as far as tables need
 * them: which paragraphs sit in a table cell, which end a table row, and for a row's end its cell
 * boundaries and vertical merges. word-extractor gives the text only, where a cell's end, a row's
 * end and an empty cell are all the same character (0x07); these flags tell them apart.
 */

export interface DocParagraph {
  /** File position just past the paragraph mark. */
  fcEnd: number;
  inTable: boolean;
  /** The row's end mark (TTP): the paragraph that closes a table row. */
  rowEnd: boolean;
  /** A paragraph of a table nested in a cell (depth ≥ 2), and whether it ends a row of that table. */
  nested: boolean;
  /** Inside a nested table the ends of cells and rows are paragraph marks flagged as such. */
  nestedCellEnd?: boolean;
  nestedRowEnd?: boolean;
  /** On a row end: the cells' left/right edges in twips (n + 1 of them) and merge flags. */
  row?: DocRowProperties;
}

export interface DocRowProperties {
  edges: number[];
  /** Per cell: 'restart' starts a vertical merge, 'continue' goes on with the one above. */
  vertical: Array<'restart' | 'continue' | undefined>;
  /** Per cell: Word 97's horizontal merge, a continuation cell widens the one before. */
  mergedIntoPrevious: boolean[];
}

const sprm = {
  inTable: 0x2416,
  ttp: 0x2417,
  innerCell: 0x244b,
  innerTtp: 0x244c,
  itap: 0x6649,
  defTable: 0xd608,
  vertMerge: 0xd62b,
  chgTabs: 0xc615,
  hugePapx: 0x6646,
  markDel: 0x0800,
} as const;

const u16 = (b: Uint8Array, i: number) => (i + 2 <= b.length ? b[i]! | (b[i + 1]! << 8) : 0);
const u32 = (b: Uint8Array, i: number) => (i + 4 <= b.length ? (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16)) + b[i + 3]! * 0x1000000 : 0);
const i16 = (b: Uint8Array, i: number) => (u16(b, i) << 16) >> 16;

/**
 * Every paragraph the PAPX pages describe, in the order of the bin table. `wordDocument` is the
 * WordDocument stream (the FIB at its start), `table` the 0Table/1Table stream, `data` the Data stream. Bounded by the
 * streams' sizes: each page is 512 bytes and holds at most 255 paragraphs.
 */
export function readDocParagraphs(wordDocument: Uint8Array, table: Uint8Array, data: Uint8Array = new Uint8Array(0)): DocParagraph[] {
  const out: DocParagraph[] = [];
  // PAPX pages: after the run limits, 13 bytes per run (an offset and the paragraph's height info).
  for (const { page, crun } of fkpPages(wordDocument, table, 0x102, 13)) {
    for (let j = 0; j < crun; j++) {
      const fcEnd = u32(page, (j + 1) * 4);
      const bOffset = page[(crun + 1) * 4 + j * 13]!;
      const para: DocParagraph = { fcEnd, inTable: false, rowEnd: false, nested: false };
      if (bOffset !== 0) readProperties(page, bOffset * 2, para, data);
      out.push(para);
    }
  }
  return out;
}

function readProperties(page: Uint8Array, at: number, para: DocParagraph, data: Uint8Array): void {
  if (at >= 511) return;
  const cb = page[at]!;
  const start = cb !== 0 ? at + 1 : at + 2;
  const length = cb !== 0 ? 2 * cb - 1 : 2 * (page[at + 1] ?? 0);
  const state: SprmState = { inner: false, innerTtp: false, vertMerges: [] };
  // Skip the style index (istd); a row's properties too large for the page (many cells) are in the Data stream.
  const huge = readSprms(page.subarray(start, Math.min(start + length, 511)), 2, para, state);
  if (huge !== undefined && huge + 2 <= data.length) readSprms(data.subarray(huge + 2, Math.min(huge + 2 + u16(data, huge), data.length)), 0, para, state);
  if (state.inner || state.innerCell || state.innerTtp) {
    para.nested = true;
    para.nestedCellEnd = state.innerCell === true && !state.innerTtp;
    para.nestedRowEnd = state.innerTtp;
    para.rowEnd = false;
  }
  if (para.rowEnd && state.defTable) para.row = rowProperties(state.defTable, state.vertMerges);
}

interface SprmState {
  inner: boolean;
  innerCell?: boolean;
  innerTtp: boolean;
  defTable?: Uint8Array;
  vertMerges: Array<[number, number]>;
}

/** One property (sprm and operand) after another; returns the Data-stream offset of sprmPHugePapx, if any. */
function readSprms(grp: Uint8Array, from: number, para: DocParagraph, state: SprmState): number | undefined {
  let huge: number | undefined;
  let i = from;
  while (i + 2 <= grp.length) {
    const code = u16(grp, i);
    i += 2;
    const size = operandSize(grp, i, code);
    if (size < 0 || i + size > grp.length) break;
    const op = grp.subarray(i, i + size);
    if (code === sprm.inTable) para.inTable = op[0] === 1;
    else if (code === sprm.ttp) para.rowEnd = op[0] === 1;
    else if (code === sprm.innerCell) state.innerCell = op[0] === 1;
    else if (code === sprm.innerTtp) state.innerTtp = op[0] === 1;
    else if (code === sprm.itap) state.inner ||= u32(op, 0) > 1;
    else if (code === sprm.defTable) state.defTable = op;
    else if (code === sprm.vertMerge && op.length >= 3) state.vertMerges.push([op[1]!, op[2]!]);
    else if (code === sprm.hugePapx) huge = u32(op, 0);
    i += size;
  }
  return huge;
}

/** Operand size of a property by its sprm's spra bits; the two whose size is stored specially. */
function operandSize(grp: Uint8Array, at: number, code: number): number {
  if (code === sprm.defTable) return at + 2 <= grp.length ? 2 + u16(grp, at) - 1 : -1;
  if (code === sprm.chgTabs) {
    const cb = grp[at] ?? 0;
    if (cb !== 255) return 1 + cb;
    // The long form: deleted tab positions and tolerances, then added positions and descriptors.
    const del = grp[at + 1] ?? 0;
    const add = grp[at + 2 + del * 4] ?? 0;
    return 1 + 1 + del * 4 + 1 + add * 3;
  }
  switch (code >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      return at < grp.length ? 1 + grp[at]! : -1;
  }
}

/** TDefTableOperand: the count of cells, their n + 1 edges, then a 20-byte TC80 per cell. */
function rowProperties(op: Uint8Array, vertMerges: Array<[number, number]>): DocRowProperties | undefined {
  const n = op[2] ?? 0;
  if (n === 0 || 3 + (n + 1) * 2 > op.length) return undefined;
  const edges: number[] = [];
  for (let k = 0; k <= n; k++) edges.push(i16(op, 3 + k * 2));
  const vertical: DocRowProperties['vertical'] = [];
  const mergedIntoPrevious: boolean[] = [];
  const tcAt = 3 + (n + 1) * 2;
  for (let k = 0; k < n; k++) {
    const flags = tcAt + k * 20 + 2 <= op.length ? u16(op, tcAt + k * 20) : 0;
    // fFirstMerged / fMerged (bits 0–1), fVertMerge / fVertRestart (bits 5–6).
    mergedIntoPrevious.push((flags & 0x0002) !== 0 && (flags & 0x0001) === 0 && k > 0);
    vertical.push((flags & 0x0020) === 0 ? undefined : (flags & 0x0040) !== 0 ? 'restart' : 'continue');
  }
  // sprmTVertMerge (Word 2000 and later) states the same per cell: 1 goes on, 3 starts.
  for (const [itc, how] of vertMerges) if (itc < n) vertical[itc] = how === 3 ? 'restart' : how === 1 ? 'continue' : undefined;
  return { edges, vertical, mergedIntoPrevious };
}

/**
 * File ranges of text deleted with track changes on (sprmCFRMarkDel in the CHPX pages): the document
 * as accepted has none of it. Read here rather than by word-extractor, whose marking assumes the
 * pieces lie in file order and writes a piece's text twice when they do not.
 */
export function readDeletedRuns(wordDocument: Uint8Array, table: Uint8Array): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  // CHPX pages: after the run limits, one offset byte per run.
  for (const { page, crun } of fkpPages(wordDocument, table, 0xfa, 1)) {
    for (let j = 0; j < crun; j++) {
      const at = page[(crun + 1) * 4 + j]! * 2;
      if (at === 0 || at >= 511) continue;
      const grp = page.subarray(at + 1, Math.min(at + 1 + page[at]!, 511));
      for (let k = 0; k + 2 <= grp.length; ) {
        const code = u16(grp, k);
        const size = operandSize(grp, k + 2, code);
        if (size < 0) break;
        if (code === sprm.markDel && grp[k + 2] === 1) out.push([u32(page, j * 4), u32(page, (j + 1) * 4)]);
        k += 2 + size;
      }
    }
  }
  return out;
}

/**
 * The formatted-disk pages a bin table lists (its place and size in the FIB at `fibOffset`): 512-byte
 * pages of the WordDocument stream, each with its count of runs in the last byte. Pages out of the
 * stream or with more runs than fit are skipped.
 */
function* fkpPages(wordDocument: Uint8Array, table: Uint8Array, fibOffset: number, bytesPerRun: number): Generator<{ page: Uint8Array; crun: number }> {
  const fc = u32(wordDocument, fibOffset);
  const lcb = u32(wordDocument, fibOffset + 4);
  if (lcb < 12 || fc + lcb > table.length || (lcb - 4) % 8 !== 0) return;
  const count = (lcb - 4) / 8;
  for (let i = 0; i < count; i++) {
    const pn = u32(table, fc + (count + 1) * 4 + i * 4) & 0x3fffff;
    if ((pn + 1) * 512 > wordDocument.length) continue;
    const page = wordDocument.subarray(pn * 512, pn * 512 + 512);
    const crun = page[511]!;
    if ((crun + 1) * 4 + crun * bytesPerRun <= 511) yield { page, crun };
  }
}
