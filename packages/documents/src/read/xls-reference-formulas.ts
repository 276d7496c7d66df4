import { BIFF, type RecordData } from './biff-records';

/** A formula that is one cell reference (`=B4`, `=汇总表!B4`): where it points. */
export interface CellReference {
  /** The formula's own cell, 1-based as the sheet's value map holds it. */
  row: number;
  col: number;
  /** The sheet referred to (index among the workbook's BOUNDSHEETs), or null for the formula's own sheet. */
  xti: number | null;
  refRow: number;
  refCol: number;
}

/** Parsed-expression tokens (BIFF8 cell formulas), in their reference, value and array classes. */
const PTG_REF = new Set([0x24, 0x44, 0x64]);
const PTG_REF_3D = new Set([0x3a, 0x5a, 0x7a]);

/**
 * The reference of a BIFF8 FORMULA record whose whole formula is one cell reference, else null.
 * A cell formula holds absolute positions (the relative flags sit in the column's top two bits).
 */
export function singleReference(d: RecordData): CellReference | null {
  if (d.length < 22) return null;
  const size = d.u16(20);
  if ((size !== 5 && size !== 7) || d.length < 22 + size) return null;
  const ptg = d.u8(22);
  const row = d.u16(0) + 1;
  const col = d.u16(2) + 1;
  if (size === 5 && PTG_REF.has(ptg)) return { row, col, xti: null, refRow: d.u16(23) + 1, refCol: (d.u16(25) & 0x3fff) + 1 };
  if (size === 7 && PTG_REF_3D.has(ptg)) return { row, col, xti: d.u16(23), refRow: d.u16(25) + 1, refCol: (d.u16(27) & 0x3fff) + 1 };
  return null;
}

/**
 * The workbook globals' SUPBOOK and EXTERNSHEET records, read in order: which XTI entry names which
 * sheet of this workbook (an entry into another workbook, or over a range of sheets, names none).
 */
export class ExternSheets {
  private internal: boolean[] = [];
  private entries: Array<number | null> = [];

  read(type: number, d: RecordData): void {
    // The internal SUPBOOK is its sheet count and the marker 0x0401; others name a file or add-in.
    if (type === BIFF.SUPBOOK) this.internal.push(d.length === 4 && d.u16(2) === 0x0401);
    else if (type === BIFF.EXTERNSHEET) {
      const count = Math.min(d.u16(0), Math.floor((d.length - 2) / 6));
      for (let i = 0; i < count; i++) {
        const book = d.u16(2 + i * 6);
        const first = d.u16(4 + i * 6);
        const last = d.u16(6 + i * 6);
        this.entries.push(this.internal[book] && first === last && first < 0x8000 ? first : null);
      }
    }
  }

  sheet(xti: number): number | null {
    return this.entries[xti] ?? null;
  }
}

/** One worksheet's cells as read, before hidden rows and columns are taken out and rows laid out. */
export interface SheetCells {
  values: Map<number, Map<number, string>>;
  /** Cells holding text (string cells and formulas with a text result), as `row:col`. */
  texts: Set<string>;
  references: CellReference[];
}

/**
 * A formula that is just a reference shows the referred cell's text. LibreOffice and other writers
 * save such a formula into a text cell with the cached result 0 and flagged to be calculated on
 * opening, which Excel does: the label rows of per-project sheets (`项目名称 | =汇总表!B4`) show
 * the names. Only text is taken over: a number's cached result is kept, shown in its own format.
 * A reference to a reference is followed (a chain is settled within as many rounds as it has links).
 */
export function fillReferencedTexts(sheets: Array<SheetCells | null>, externs: ExternSheets): void {
  const pending = sheets.map((s, index) => (s ? s.references.map((ref) => ({ ref, index })) : [])).flat();
  // Each round settles at least one reference or ends: a cycle, or a reference to a number, stays.
  for (let changed = true; changed && pending.length > 0; ) {
    changed = false;
    for (let i = pending.length - 1; i >= 0; i--) {
      const { ref, index } = pending[i]!;
      const target = ref.xti === null ? index : externs.sheet(ref.xti);
      const from = target === null ? null : sheets[target];
      if (!from?.texts.has(`${ref.refRow}:${ref.refCol}`)) continue;
      const own = sheets[index]!;
      let line = own.values.get(ref.row);
      if (!line) own.values.set(ref.row, (line = new Map()));
      line.set(ref.col, from.values.get(ref.refRow)!.get(ref.refCol)!);
      own.texts.add(`${ref.row}:${ref.col}`);
      pending.splice(i, 1);
      changed = true;
    }
  }
}
