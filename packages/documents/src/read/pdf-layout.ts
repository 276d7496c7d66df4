import type { SourceBlock, SourceCell, SourceDocument, SourceRow } from '../model/source-document';
import { type Positioned, continuesTable, isRunningHead, isRunningHeadText, joinContinuedTable } from './pdf-continued-table';
import { type Piece, streamColumns, streamRows } from './pdf-stream-table';
import { joinStreamContinuation } from './pdf-stream-continued';
import { joinVerticalStacks } from './pdf-vertical-text';
import { type LatticeArea, unruledStretch } from './pdf-unruled-rows';
import { borderlessTableLines } from './pdf-stream-lines';
import { type Line, type PdfTextItem, cellText, clusterPositions, groupLines, joinPieces, lineText } from './pdf-text-lines';

export type { PdfTextItem } from './pdf-text-lines';


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
    // A borderless table's last row on the page before: some report engines print it again atop this page.
    const lastRows = last?.block.kind === 'table' && !last.columns ? last.block.rows : undefined;
    const placed = layoutPage(page, body, headingSizes, lastRows?.[lastRows.length - 1]);
    // The system's running head atop the page (打印时间：…) stands between a table and its continuation.
    let lead = 0;
    while (lead < placed.length && isRunningHead(placed[lead]!)) lead++;
    placed.forEach((p, index) => {
      if (index === lead && last && continuesTable(last, p)) {
        joinContinuedTable(last, p);
        return;
      }
      if (index === lead && last && joinStreamContinuation(last, p)) return;
      blocks.push(p.block);
      if (index >= lead) last = p;
    });
  });
  return { format: 'pdf', blocks, notes };
}

function layoutPage(page: PageContent, body: number, headingSizes: number[], previousRow?: SourceRow): Positioned[] {
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
  out.push(...layoutFreeText(free, page, body, headingSizes, lattices.length === 0 ? previousRow : undefined));
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
  const areas: LatticeArea[] = [];
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
  const stretches = unruledStretches(areas, owner, l.xs);
  const rows: SourceRow[] = [];
  for (let r = 0; r < nr; r++) {
    const stretch = stretches.find((s) => s.area.r0 <= r && r <= s.area.r1);
    if (stretch) {
      if (r === stretch.area.r0) rows.push(...stretchRows(stretch, areas, owner[r]!, l.xs));
      continue;
    }
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

interface Stretch { area: LatticeArea; rows: string[][] }

/** Boxes holding rows printed without borders (pdf-unruled-rows.ts), where every other box beside them spans their rows. */
function unruledStretches(areas: LatticeArea[], owner: number[][], xs: number[]): Stretch[] {
  const found = new Map<LatticeArea, string[][]>();
  for (const area of areas) {
    const rows = unruledStretch(area, xs);
    if (rows) found.set(area, rows);
  }
  const out: Stretch[] = [];
  for (const [area, rows] of found) {
    let alone = true;
    for (let r = area.r0; r <= area.r1 && alone; r++) {
      for (const id of owner[r]!) {
        const other = areas[id]!;
        if (other !== area && (found.has(other) || other.r0 > area.r0 || other.r1 < area.r1)) alone = false;
      }
    }
    if (alone) out.push({ area, rows });
  }
  return out;
}

/** The printed rows of a stretch: its words one cell a column, the boxes beside it merged down over them. */
function stretchRows(stretch: Stretch, areas: LatticeArea[], owners: number[], xs: number[]): SourceRow[] {
  const { area, rows } = stretch;
  return rows.map((texts, i) => {
    const cells: SourceCell[] = [];
    owners.forEach((id, c) => {
      const other = areas[id]!;
      if (other === area) {
        cells.push({ text: texts[c - area.c0] ?? '' });
        return;
      }
      if (other.c0 !== c) return;
      const cell: SourceCell = i === 0 && other.r0 === area.r0 ? { text: cellText(other.items, xs[other.c1 + 1]!) } : { text: '', mergedFromAbove: true };
      if (other.c1 > other.c0) cell.colSpan = other.c1 - other.c0 + 1;
      if (!cell.mergedFromAbove && rows.length > 1) cell.rowSpan = other.r1 - other.r0 + rows.length;
      cells.push(cell);
    });
    return { cells, line: area.r0 + 1 };
  });
}

function intervalIndex(edges: number[], v: number): number {
  for (let i = 0; i + 1 < edges.length; i++) if (v >= edges[i]! - TOL && v <= edges[i + 1]! + TOL) return i;
  return -1;
}

// A header caption printed on a line of its own (绩效指标, 偏差原因分析): a few words, no figure or punctuation.
const CAPTION_WORDS = /^[\u4e00-\u9fa5]{2,8}$/;

function isLoneCaption(p: Positioned): boolean {
  return p.block.kind === 'text' && !p.block.heading && CAPTION_WORDS.test(p.block.text.replace(/[\s\u3000]/g, ''));
}

/** A line starting like a numbered section ("（十二）", "3、", "第二部分") starts a paragraph. */
const LIST_MARKER = /^\s*([（(]\s*[一二三四五六七八九十\d]+\s*[)）]|[一二三四五六七八九十]+\s*[、.．]|\d+\s*[、．]|\d+\.(?!\d)|第[一二三四五六七八九十\d]+[部分章节条])/;

// A running foot naming the unit or document before its page mark (某某县交通运输局 第1页共3页): page
// furniture, as a bare page number is. No colon: a 填报人：… line in the margin stays.
const PAGE_FOOT = /^[^：:\d]{2,40}?[\s\u3000]+(?:第\s*\d{1,4}\s*页(?:\s*[,，]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*[/／]\s*\d{1,4}\s*页?)$/;

const PAGE_NUMBER = /^[-—–\s]*(第\s*)?\d{1,4}(\s*页)?(\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–\s]*$/;

function layoutFreeText(items: PdfTextItem[], page: PageContent, body: number, headingSizes: number[], previousRow?: SourceRow): Positioned[] {
  const lines = groupLines(joinVerticalStacks(items)).filter((l) => {
    if (!lineText(l)) return false;
    const inMargin = l.top < page.height * 0.08 || l.bottom > page.height * 0.92;
    return !(inMargin && (PAGE_NUMBER.test(lineText(l)) || PAGE_FOOT.test(lineText(l))));
  });
  if (lines.length === 0) return [];
  const out: Positioned[] = [];
  const parts = lines.map((l) => splitColumns(l));
  const textRight = Math.max(...lines.map((l) => l.x1));
  let i = 0;
  while (i < lines.length) {
    // The system's running head atop the page (名称  打印人：…  打印时间：…) is no row, though spaced like one.
    if (i === 0 && isRunningHeadText(lineText(lines[0]!))) {
      out.push({ top: lines[0]!.top, block: { kind: 'text', text: lineText(lines[0]!) } });
      i = 1;
      continue;
    }
    // Borderless table: two or more consecutive lines each split into several columns.
    const { end: j, continued } = borderlessTableLines(parts, lines, i, textRight);
    // (Only the page's first table can continue the table of the page before: above it, at most the
    // system's running head and the header's one-word captions printed again on lines of their own.)
    const first = !out.some((o) => o.block.kind === 'table' || !(isRunningHead(o) || isLoneCaption(o)));
    const rows = continued.filter((c) => !c).length;
    // The table's last row may be all the next page holds of it: one row of cells is enough there.
    if (rows >= 2 || (rows === 1 && first && previousRow != null && parts[i]!.length >= Math.min(3, previousRow.cells.length))) {
      out.push({ top: lines[i]!.top, block: { kind: 'table', rows: streamRows(parts.slice(i, j), lines.slice(i, j), continued, first ? previousRow : undefined) }, starts: streamColumns(parts.slice(i, j)).starts });
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
function splitColumns(line: Line): Piece[] {
  const out: { x0: number; text: string; items: PdfTextItem[] }[] = [];
  for (const item of line.items) {
    // pdf.js reports the gutter between two runs as a wide blank item; it is a gap, not text.
    if (!item.str.trim()) continue;
    const last = out[out.length - 1];
    const prev = last?.items[last.items.length - 1];
    if (last && prev && item.x0 - prev.x1 < Math.max(0.8 * item.size, 6)) last.items.push(item);
    else out.push({ x0: item.x0, text: '', items: [item] });
  }
  return out.map((p) => ({ x0: p.x0, x1: p.items[p.items.length - 1]!.x1, text: lineText({ ...line, items: p.items }) })).filter((p) => p.text);
}
