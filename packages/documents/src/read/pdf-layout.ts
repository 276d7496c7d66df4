import type { SourceBlock, SourceCell, SourceDocument, SourceRow } from '../model/source-document';

/** A positioned run of text; coordinates in points from the page's top-left corner. */
export interface PdfTextItem {
  str: string;
  x0: number;
  x1: number;
  top: number;
  bottom: number;
  size: number;
}

/** An axis-aligned ruling line (table border): horizontal when y0 === y1. */
export interface PdfSegment {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

export interface PageContent {
  width: number;
  height: number;
  items: PdfTextItem[];
  segments: PdfSegment[];
}

interface Lattice {
  xs: number[];
  ys: number[];
  segments: PdfSegment[];
}

interface Positioned {
  top: number;
  block: SourceBlock;
  /** Grid column edges of a ruled table, to join a table continued on the next page. */
  columns?: number[];
}

const TOL = 2;

/**
 * Turns positioned text and ruling lines into blocks. Ruled tables (the normal case for 绩效
 * forms, including those our own exporter writes) are read from their borders: the grid comes
 * from the line positions, spans from missing inner borders. Text without borders is grouped
 * into lines; runs of lines split into the same column positions form a borderless table; the
 * rest is running text, wrapped lines joined into paragraphs. A table that ends a page and one
 * that starts the next page with the same columns are one table (a repeated header is dropped).
 */
export function layoutPdfPages(pages: PageContent[]): SourceDocument {
  const blocks: SourceBlock[] = [];
  const notes: string[] = [];
  const sizes = pages.flatMap((p) => p.items.filter((i) => i.str.trim()).map((i) => i.size)).sort((a, b) => a - b);
  const body = sizes[Math.floor(sizes.length / 2)] ?? 10;
  const headingSizes = [...new Set(sizes.filter((s) => s >= body * 1.2).map((s) => Math.round(s)))].sort((a, b) => b - a);
  let last: Positioned | undefined;
  pages.forEach((page) => {
    layoutPage(page, body, headingSizes).forEach((p, index) => {
      if (index === 0 && last && continuesTable(last, p)) {
        joinContinuedTable(last, p);
        return;
      }
      blocks.push(p.block);
      last = p;
    });
  });
  return { format: 'pdf', blocks, notes };
}

/** Same outer edges: the page's table may show fewer inner column lines, never other edges. */
function continuesTable(prev: Positioned, next: Positioned): boolean {
  if (prev.block.kind !== 'table' || next.block.kind !== 'table' || !prev.columns || !next.columns) return false;
  const a = prev.columns;
  const b = next.columns;
  return Math.abs(a[0]! - b[0]!) <= 3 && Math.abs(a[a.length - 1]! - b[b.length - 1]!) <= 3;
}

/** Re-expresses a ruled table's spans on a finer set of column edges. */
function remapColumns(rows: SourceRow[], from: number[], to: number[]): void {
  const index = (x: number) => {
    let best = 0;
    for (let i = 1; i < to.length; i++) if (Math.abs(to[i]! - x) < Math.abs(to[best]! - x)) best = i;
    return best;
  };
  for (const row of rows) {
    let col = 0;
    for (const cell of row.cells) {
      const span = cell.colSpan ?? 1;
      const width = index(from[Math.min(col + span, from.length - 1)]!) - index(from[col]!);
      if (width > 1) cell.colSpan = width;
      else delete cell.colSpan;
      col += span;
    }
  }
}

function sameRow(a: SourceRow, b: SourceRow): boolean {
  return a.cells.length === b.cells.length && a.cells.every((c, i) => c.text === b.cells[i]!.text) && a.cells.filter((c) => c.text).length >= 2;
}

/**
 * Appends a table's continuation from the next page. A header row repeated at the top of the
 * page is dropped; a vertically merged cell the page break cut in two (its text printed again
 * on the new page) becomes one merge again.
 */
function joinContinuedTable(prev: Positioned, next: Positioned): void {
  const rows = (prev.block as { rows: SourceRow[] }).rows;
  const more = (next.block as { rows: SourceRow[] }).rows;
  const union = clusterPositions([...prev.columns!, ...next.columns!]);
  if (union.length !== prev.columns!.length) remapColumns(rows, prev.columns!, union);
  if (union.length !== next.columns!.length) remapColumns(more, next.columns!, union);
  prev.columns = union;
  let start = 0;
  if (more.length > 0 && rows.some((r) => sameRow(r, more[0]!))) start = 1;
  const first = more[start];
  const lastRow = rows[rows.length - 1];
  if (first && lastRow && isSplitRow(lastRow, first)) {
    // A row too tall for the page continues with its label cells left empty.
    const open = anchorsReachingEnd(rows);
    let col = 0;
    first.cells.forEach((cell, i) => {
      const above = lastRow.cells[i]!;
      if (cell.text) above.text = above.text ? joinPieces(above.text, cell.text, true) : cell.text;
      // A merge cut by the break restarts on the new page as an empty cell; the dropped row
      // takes one of its rows, the rest continue the merge from the previous page.
      const anchor = open.get(col);
      if (anchor && (cell.rowSpan ?? 1) > 1) anchor.rowSpan = (anchor.rowSpan ?? 1) + (cell.rowSpan ?? 1) - 1;
      col += cell.colSpan ?? 1;
    });
    start++;
  } else if (first) {
    const open = anchorsReachingEnd(rows);
    let col = 0;
    for (const cell of first.cells) {
      const anchor = open.get(col);
      // The merge was cut by the page break: the new page prints its text again, or leaves it empty.
      const sameText = cell.text === anchor?.text && ((anchor?.rowSpan ?? 1) > 1 || (cell.rowSpan ?? 1) > 1);
      const emptyContinuation = !cell.text && (anchor?.rowSpan ?? 1) > 1;
      if (anchor && !cell.mergedFromAbove && (cell.colSpan ?? 1) === (anchor.colSpan ?? 1) && (sameText || emptyContinuation)) {
        anchor.rowSpan = (anchor.rowSpan ?? 1) + (cell.rowSpan ?? 1);
        cell.text = '';
        cell.mergedFromAbove = true;
        delete cell.rowSpan;
      }
      col += cell.colSpan ?? 1;
    }
  }
  rows.push(...more.slice(start));
}

/**
 * The first row on the new page continues the last row of the previous page (a row broken
 * across pages): same cell structure; it has text only under cells of the previous row that
 * stop mid-sentence, and leaves empty at least as many cells the previous row filled (the
 * short label and value cells that fitted). Columns merged from above go on past the break.
 * A new row fills its label and value cells, so it is not taken for a continuation.
 */
function isSplitRow(last: SourceRow, first: SourceRow): boolean {
  if (last.cells.length !== first.cells.length || last.cells.length < 2) return false;
  let continued = 0;
  let labelsLeftEmpty = 0;
  for (let i = 0; i < first.cells.length; i++) {
    const a = last.cells[i]!;
    const b = first.cells[i]!;
    if ((a.colSpan ?? 1) !== (b.colSpan ?? 1)) return false;
    if (a.mergedFromAbove || (a.rowSpan ?? 1) > 1) {
      if (b.text) return false;
      continue;
    }
    if ((b.rowSpan ?? 1) > 1 || b.mergedFromAbove) return false;
    if (b.text) {
      if (!a.text || /[。；;！？!?）)」”]$/.test(a.text)) return false;
      continued++;
    } else if (a.text) labelsLeftEmpty++;
  }
  return continued > 0 && labelsLeftEmpty >= continued;
}

/** Per grid column, the cell whose (vertical) extent reaches the table's last row. */
function anchorsReachingEnd(rows: SourceRow[]): Map<number, SourceCell> {
  const active = new Map<number, { cell: SourceCell; last: number }>();
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of row.cells) {
      if (!cell.mergedFromAbove) active.set(col, { cell, last: r + (cell.rowSpan ?? 1) - 1 });
      col += cell.colSpan ?? 1;
    }
  });
  const out = new Map<number, SourceCell>();
  for (const [col, a] of active) if (a.last >= rows.length - 1) out.set(col, a.cell);
  return out;
}

function layoutPage(page: PageContent, body: number, headingSizes: number[]): Positioned[] {
  const lattices = findLattices(page.segments);
  const free: PdfTextItem[] = [];
  const perLattice = lattices.map(() => [] as PdfTextItem[]);
  for (const item of page.items) {
    const cx = item.x0 + Math.min(item.size, (item.x1 - item.x0) / 2);
    const cy = (item.top + item.bottom) / 2;
    const k = lattices.findIndex((l) => cx > l.xs[0]! && cx < l.xs[l.xs.length - 1]! && cy > l.ys[0]! && cy < l.ys[l.ys.length - 1]!);
    if (k >= 0) perLattice[k]!.push(item);
    else free.push(item);
  }
  const out: Positioned[] = [];
  lattices.forEach((l, k) => {
    const rows = latticeRows(l, perLattice[k]!);
    if (rows.length > 0) out.push({ top: l.ys[0]!, block: { kind: 'table', rows }, columns: l.xs });
  });
  out.push(...layoutFreeText(free, page, body, headingSizes));
  out.sort((a, b) => a.top - b.top);
  return out;
}

/** Groups touching ruling lines into tables; a table needs at least two lines each way. */
function findLattices(segments: PdfSegment[]): Lattice[] {
  const n = segments.length;
  if (n < 4) return [];
  const parent = Array.from({ length: n }, (_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  // Sort by x0 so the touch test only scans neighbours that can overlap in x.
  const order = [...segments.keys()].sort((a, b) => segments[a]!.x0 - segments[b]!.x0);
  for (let a = 0; a < order.length; a++) {
    const s = segments[order[a]!]!;
    for (let b = a + 1; b < order.length; b++) {
      const t = segments[order[b]!]!;
      if (t.x0 > s.x1 + TOL) break;
      if (t.y0 <= s.y1 + TOL && s.y0 <= t.y1 + TOL) parent[find(order[a]!)] = find(order[b]!);
    }
  }
  const groups = new Map<number, PdfSegment[]>();
  segments.forEach((s, i) => {
    const r = find(i);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = []));
    g.push(s);
  });
  const out: Lattice[] = [];
  for (const g of groups.values()) {
    const xs = clusterPositions(g.filter((s) => s.x0 === s.x1).map((s) => s.x0));
    const ys = clusterPositions(g.filter((s) => s.y0 === s.y1).map((s) => s.y0));
    if (xs.length >= 2 && ys.length >= 2 && xs[xs.length - 1]! - xs[0]! > 20 && ys[ys.length - 1]! - ys[0]! > 5) out.push({ xs, ys, segments: g });
  }
  return out;
}

function clusterPositions(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let sum = 0;
  let count = 0;
  for (const v of sorted) {
    if (count > 0 && v - sum / count > TOL) {
      out.push(sum / count);
      sum = 0;
      count = 0;
    }
    sum += v;
    count++;
  }
  if (count > 0) out.push(sum / count);
  return out;
}

function latticeRows(l: Lattice, items: PdfTextItem[]): SourceRow[] {
  const nr = l.ys.length - 1;
  const nc = l.xs.length - 1;
  const vertical = l.segments.filter((s) => s.x0 === s.x1);
  const horizontal = l.segments.filter((s) => s.y0 === s.y1);
  const hasV = (xIndex: number, row: number) => {
    const x = l.xs[xIndex]!;
    const y = (l.ys[row]! + l.ys[row + 1]!) / 2;
    return vertical.some((s) => Math.abs(s.x0 - x) <= TOL && s.y0 - TOL <= y && y <= s.y1 + TOL);
  };
  const hasH = (yIndex: number, col: number) => {
    const y = l.ys[yIndex]!;
    const x = (l.xs[col]! + l.xs[col + 1]!) / 2;
    return horizontal.some((s) => Math.abs(s.y0 - y) <= TOL && s.x0 - TOL <= x && x <= s.x1 + TOL);
  };
  // owner[r][c] = index of the merged area covering the grid cell.
  const owner: number[][] = Array.from({ length: nr }, () => new Array<number>(nc).fill(-1));
  const areas: { r0: number; c0: number; r1: number; c1: number; items: PdfTextItem[] }[] = [];
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      if (owner[r]![c]! >= 0) continue;
      let c1 = c;
      while (c1 + 1 < nc && owner[r]![c1 + 1]! < 0 && !hasV(c1 + 1, r)) c1++;
      let r1 = r;
      while (r1 + 1 < nr) {
        let open = true;
        for (let cc = c; cc <= c1 && open; cc++) if (hasH(r1 + 1, cc) || owner[r1 + 1]![cc]! >= 0) open = false;
        if (!open) break;
        r1++;
      }
      const id = areas.length;
      areas.push({ r0: r, c0: c, r1, c1, items: [] });
      for (let rr = r; rr <= r1; rr++) for (let cc = c; cc <= c1; cc++) owner[rr]![cc] = id;
    }
  }
  for (const item of items) {
    const cx = item.x0 + Math.min(item.size, (item.x1 - item.x0) / 2);
    const cy = (item.top + item.bottom) / 2;
    const c = intervalIndex(l.xs, cx);
    const r = intervalIndex(l.ys, cy);
    if (c >= 0 && r >= 0) areas[owner[r]![c]!]!.items.push(item);
  }
  const rows: SourceRow[] = [];
  for (let r = 0; r < nr; r++) {
    const cells: SourceCell[] = [];
    for (let c = 0; c < nc; c++) {
      const area = areas[owner[r]![c]!]!;
      if (area.c0 !== c) continue;
      if (area.r0 === r) {
        const cell: SourceCell = { text: cellText(area.items, l.xs[area.c1 + 1]!) };
        if (area.c1 > area.c0) cell.colSpan = area.c1 - area.c0 + 1;
        if (area.r1 > area.r0) cell.rowSpan = area.r1 - area.r0 + 1;
        cells.push(cell);
      } else {
        const cell: SourceCell = { text: '', mergedFromAbove: true };
        if (area.c1 > area.c0) cell.colSpan = area.c1 - area.c0 + 1;
        cells.push(cell);
      }
    }
    rows.push({ cells, line: r + 1 });
  }
  // Rows drawn but empty everywhere (spacer rows) carry nothing.
  return rows.filter((row) => row.cells.some((c) => c.text || c.mergedFromAbove));
}

function intervalIndex(edges: number[], v: number): number {
  for (let i = 0; i + 1 < edges.length; i++) if (v >= edges[i]! - TOL && v <= edges[i + 1]! + TOL) return i;
  return -1;
}

interface Line {
  items: PdfTextItem[];
  top: number;
  bottom: number;
  x0: number;
  x1: number;
  size: number;
}

function groupLines(items: PdfTextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => a.bottom - b.bottom || a.x0 - b.x0);
  const lines: Line[] = [];
  for (const item of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(item.bottom - last.bottom) <= Math.max(1.5, 0.4 * Math.min(item.size, last.size))) {
      last.items.push(item);
      last.top = Math.min(last.top, item.top);
      last.x0 = Math.min(last.x0, item.x0);
      last.x1 = Math.max(last.x1, item.x1);
      last.size = Math.max(last.size, item.size);
    } else {
      lines.push({ items: [item], top: item.top, bottom: item.bottom, x0: item.x0, x1: item.x1, size: item.size });
    }
  }
  for (const line of lines) line.items.sort((a, b) => a.x0 - b.x0);
  return lines;
}

function joinPieces(a: string, b: string, gap: boolean): string {
  if (!a) return b;
  const asciiJoin = /[A-Za-z0-9.,;:%)]$/.test(a) && /^[A-Za-z0-9(]/.test(b);
  return a + (gap && asciiJoin ? ' ' : '') + b;
}

function lineText(line: Line): string {
  let text = '';
  let prev: PdfTextItem | undefined;
  for (const item of line.items) {
    // A visible gap between runs on one line is a space (PDF writers drop the space glyph).
    const gap = prev ? item.x0 - prev.x1 > 0.25 * item.size : false;
    text = gap && text ? `${text} ${item.str}` : text + item.str;
    prev = item;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Text of one table cell. Wrapped lines are joined; a line is taken to end in a hard break
 * when the next line's first word would still have fitted before the cell's right border.
 */
function cellText(items: PdfTextItem[], right: number): string {
  const lines = groupLines(items);
  let text = '';
  lines.forEach((line, i) => {
    const t = lineText(line);
    if (i === 0) text = t;
    else {
      const prev = lines[i - 1]!;
      const hardBreak = right - prev.x1 > firstWordWidth(line) + 1.5 * prev.size;
      text = hardBreak ? `${text}\n${t}` : joinPieces(text, t, true);
    }
  });
  return text.trim();
}

function firstWordWidth(line: Line): number {
  const item = line.items[0]!;
  const str = item.str.trimStart();
  // Closing punctuation may not start a line, so it travels with the word before it.
  const word = /^([A-Za-z0-9.,%\-+_/:()×÷±≥≤=<>~～]+|.)[，。、；：！？）」』”,.;:!?)]*/u.exec(str)?.[0] ?? '';
  return str.length > 0 ? ((item.x1 - item.x0) * word.length) / str.length : item.size;
}

/** A line starting like a numbered section ("（十二）", "3、", "第二部分") starts a paragraph. */
const LIST_MARKER = /^\s*([（(]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、．]|\d+\.(?!\d)|第[一二三四五六七八九十\d]+[部分章节条])/;

const PAGE_NUMBER = /^[-—–\s]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–\s]*$/;

function layoutFreeText(items: PdfTextItem[], page: PageContent, body: number, headingSizes: number[]): Positioned[] {
  const lines = groupLines(items).filter((l) => {
    if (!lineText(l)) return false;
    const inMargin = l.top < page.height * 0.08 || l.bottom > page.height * 0.92;
    return !(inMargin && PAGE_NUMBER.test(lineText(l)));
  });
  if (lines.length === 0) return [];
  const out: Positioned[] = [];
  const parts = lines.map((l) => splitColumns(l));
  const textRight = Math.max(...lines.map((l) => l.x1));
  let i = 0;
  while (i < lines.length) {
    // Borderless table: two or more consecutive lines each split into several columns.
    let j = i;
    while (j < lines.length && parts[j]!.length >= 2) j++;
    if (j - i >= 2) {
      out.push({ top: lines[i]!.top, block: { kind: 'table', rows: streamRows(parts.slice(i, j)) } });
      i = j;
      continue;
    }
    const line = lines[i]!;
    let text = lineText(line);
    const heading = line.size >= body * 1.2 ? Math.min(3, headingSizes.indexOf(Math.round(line.size)) + 1 || 1) : undefined;
    let k = i + 1;
    while (!heading && k < lines.length && parts[k]!.length < 2) {
      const prev = lines[k - 1]!;
      const next = lines[k]!;
      const wrapped =
        prev.x1 >= textRight - 2 * prev.size &&
        next.top - prev.bottom < prev.size * 0.9 &&
        next.x0 <= prev.x0 + prev.size * 0.5 &&
        Math.abs(next.size - prev.size) < 0.5 &&
        !LIST_MARKER.test(lineText(next));
      if (!wrapped) break;
      text = joinPieces(text, lineText(next), true);
      k++;
    }
    out.push({ top: line.top, block: { kind: 'text', text, ...(heading ? { heading } : {}) } });
    i = k;
  }
  return out;
}

/** Splits a line where the horizontal gap is wide enough to be a column gutter. */
function splitColumns(line: Line): { x0: number; text: string }[] {
  const out: { x0: number; text: string; items: PdfTextItem[] }[] = [];
  for (const item of line.items) {
    const last = out[out.length - 1];
    const prev = last?.items[last.items.length - 1];
    if (last && prev && item.x0 - prev.x1 < Math.max(1.5 * item.size, 8)) last.items.push(item);
    else out.push({ x0: item.x0, text: '', items: [item] });
  }
  return out.map((p) => ({ x0: p.x0, text: lineText({ ...line, items: p.items }) })).filter((p) => p.text);
}

function streamRows(lines: { x0: number; text: string }[][]): SourceRow[] {
  const columns = clusterPositions(lines.flat().map((p) => p.x0)).map((x) => x);
  const merged: number[] = [];
  for (const x of columns) if (merged.length === 0 || x - merged[merged.length - 1]! > 8) merged.push(x);
  return lines.map((parts) => {
    const cells: SourceCell[] = merged.map(() => ({ text: '' }));
    for (const p of parts) {
      let best = 0;
      for (let c = 1; c < merged.length; c++) if (Math.abs(merged[c]! - p.x0) < Math.abs(merged[best]! - p.x0)) best = c;
      const cell = cells[best]!;
      cell.text = cell.text ? `${cell.text} ${p.text}` : p.text;
    }
    return { cells };
  });
}
