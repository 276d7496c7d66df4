import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType } from 'docx';
import ExcelJS from 'exceljs';
import type { SourceRow } from '../../model/source-document';

/** One cell of a seed table with the merge we give it when writing a real .docx/.xlsx. */
export interface PlannedCell {
  text: string;
  bold: boolean;
  /** Columns covered (1 = none merged). */
  colSpan: number;
  /** Set on cells that start (restart) or continue a vertical merge. */
  vMerge?: 'restart' | 'continue';
}

export type SeedBlock = { kind: 'text'; text: string; heading?: number } | { kind: 'table'; rows: PlannedCell[][]; width: number };

/**
 * Reads a tab-separated seed text (one table row per line, `<b>` for bold, `#` headings) into
 * blocks, and plans the merges a real Word form has: in header rows an empty cell after a
 * filled one is part of it (horizontal merge) unless it is a number; below an "一级指标" header row, an empty level-1
 * or level-2 cell continues the cell above (vertical merge). Used by tests and the bench to
 * build realistic .docx/.xlsx files from the seed tables.
 */
export function planSeedBlocks(text: string): SeedBlock[] {
  const blocks: SeedBlock[] = [];
  let table: string[][] | undefined;
  const flush = () => {
    if (table) blocks.push(planTable(table));
    table = undefined;
  };
  for (const raw of text.split(/\r?\n/)) {
    if (raw.includes('\t')) {
      (table ??= []).push(raw.split('\t'));
      continue;
    }
    flush();
    const line = raw.trim();
    if (!line) continue;
    const h = /^(#{1,6})\s+(.*)$/.exec(line);
    if (h) blocks.push({ kind: 'text', text: stripBold(h[2]!), heading: h[1]!.length });
    else blocks.push({ kind: 'text', text: stripBold(line) });
  }
  flush();
  return blocks;
}

function stripBold(s: string): string {
  return s.replace(/<\/?b>/g, '').trim();
}

function planTable(lines: string[][]): SeedBlock {
  const width = Math.max(...lines.map((l) => (l[l.length - 1] === '' ? l.length - 1 : l.length)));
  const grid = lines.map((l) => {
    const cells = l.slice(0, width).map((t) => ({ text: stripBold(t), bold: /<b>/.test(t) }));
    while (cells.length < width) cells.push({ text: '', bold: false });
    return cells;
  });
  const indicatorHeader = grid.findIndex((r) => r[0]!.text.replace(/\s/g, '') === '一级指标');
  const rows: PlannedCell[][] = grid.map((r, ri) => {
    const out: PlannedCell[] = [];
    const inIndicators = indicatorHeader >= 0 && ri > indicatorHeader;
    r.forEach((cell, ci) => {
      if (inIndicators && ci <= 1 && !cell.text && ri > indicatorHeader + 1 && (grid[ri - 1]![ci]!.text || rowsAboveMerged(grid, ri, ci, indicatorHeader))) {
        out.push({ text: '', bold: false, colSpan: 1, vMerge: 'continue' });
        return;
      }
      const last = out[out.length - 1];
      // Numbers under column headings (资金支出计划 25 | | 50) are separate cells, not spans.
      if (!inIndicators && !cell.text && last && last.text && !last.vMerge && !/^[\d.,%\s-]+$/.test(last.text)) {
        last.colSpan++;
        return;
      }
      out.push({ text: cell.text, bold: cell.bold, colSpan: 1 });
    });
    return out;
  });
  // Mark the starts of vertical merges.
  rows.forEach((r, ri) => {
    let grid = 0;
    for (const cell of r) {
      if (cell.vMerge === 'continue') {
        const above = cellAt(rows[ri - 1]!, grid);
        if (above && above.vMerge !== 'continue') above.vMerge = 'restart';
      }
      grid += cell.colSpan;
    }
  });
  return { kind: 'table', rows, width };
}

function rowsAboveMerged(grid: { text: string }[][], ri: number, ci: number, header: number): boolean {
  for (let r = ri - 1; r > header; r--) if (grid[r]![ci]!.text) return true;
  return false;
}

function cellAt(row: PlannedCell[], gridCol: number): PlannedCell | undefined {
  let g = 0;
  for (const c of row) {
    if (g === gridCol) return c;
    g += c.colSpan;
  }
  return undefined;
}

/** The logical grid a planned table shows: merged areas repeat their text in every grid cell. */
export function plannedGrid(rows: PlannedCell[][]): string[][] {
  const out: string[][] = [];
  rows.forEach((r, ri) => {
    const line: string[] = [];
    for (const cell of r) {
      const text = cell.vMerge === 'continue' ? (out[ri - 1]?.[line.length] ?? '') : cell.text;
      for (let k = 0; k < cell.colSpan; k++) line.push(text);
    }
    out.push(line);
  });
  return out;
}

/** The same logical grid from what a reader produced (colSpan repeated, mergedFromAbove filled from above). */
export function sourceGrid(rows: SourceRow[]): string[][] {
  const out: string[][] = [];
  rows.forEach((r, ri) => {
    const line: string[] = [];
    for (const cell of r.cells) {
      const text = cell.mergedFromAbove ? (out[ri - 1]?.[line.length] ?? '') : cell.text;
      for (let k = 0; k < (cell.colSpan ?? 1); k++) line.push(text);
    }
    out.push(line);
  });
  return out;
}

export async function buildDocx(blocks: SeedBlock[]): Promise<Uint8Array> {
  const levels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
  const children: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    if (b.kind === 'text') {
      children.push(new Paragraph({ children: [new TextRun(b.text)], ...(b.heading ? { heading: levels[b.heading - 1] } : {}) }));
      continue;
    }
    children.push(
      new Table({
        rows: b.rows.map(
          (r) =>
            new TableRow({
              children: r.map(
                (c) =>
                  new TableCell({
                    children: c.text.split('\n').map((t) => new Paragraph({ children: [new TextRun({ text: t, bold: c.bold })] })),
                    ...(c.colSpan > 1 ? { columnSpan: c.colSpan } : {}),
                    ...(c.vMerge ? { verticalMerge: c.vMerge === 'restart' ? VerticalMergeType.RESTART : VerticalMergeType.CONTINUE } : {}),
                  }),
              ),
            }),
        ),
      }),
    );
    children.push(new Paragraph({ children: [] }));
  }
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * One sheet per table, as real Excel forms are laid out: the text before the table (form
 * title, unit line) as rows merged across the table width, then the table; the sheet is named
 * after the last heading-like text (made unique and valid).
 */
export async function buildXlsx(blocks: SeedBlock[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const used = new Set<string>();
  let pending: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'text') {
      pending.push(b.text);
      continue;
    }
    const title = pending[pending.length - 1] ?? 'Sheet';
    let name = title.replace(/[\\/?*[\]:]/g, ' ').slice(0, 28) || 'Sheet';
    for (let k = 2; used.has(name); k++) name = `${name.slice(0, 25)}(${k})`;
    used.add(name);
    const ws = wb.addWorksheet(name);
    pending.forEach((t, i) => {
      ws.getCell(i + 1, 1).value = t;
      if (b.width > 1) ws.mergeCells(i + 1, 1, i + 1, b.width);
    });
    const top = pending.length;
    pending = [];
    b.rows.forEach((r, ri) => {
      let col = 1;
      for (const c of r) {
        if (c.vMerge !== 'continue') {
          const cell = ws.getCell(top + ri + 1, col);
          cell.value = c.text;
          if (c.bold) cell.font = { bold: true };
        }
        col += c.colSpan;
      }
    });
    // Merges: horizontal spans, and vertical runs from each restart.
    b.rows.forEach((r, ri) => {
      let col = 1;
      for (const c of r) {
        let bottom = ri;
        if (c.vMerge === 'restart') {
          while (bottom + 1 < b.rows.length && cellAt(b.rows[bottom + 1]!, col - 1)?.vMerge === 'continue') bottom++;
        }
        if (c.vMerge !== 'continue' && (c.colSpan > 1 || bottom > ri)) ws.mergeCells(top + ri + 1, col, top + bottom + 1, col + c.colSpan - 1);
        col += c.colSpan;
      }
    });
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
