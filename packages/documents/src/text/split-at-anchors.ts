import type { SourceCell } from '../model/source-document';
import { displayWidth } from './read-grid-table';

/**
 * A space-aligned row whose cell filled its column leaves one space before the next cell (`2024年12月底前
 * 2024年12月20日 10`): read by runs of two spaces, the two cells are one. A single space inside a cell that
 * falls exactly on a column start of the header, where none of the row's other cells starts, sets two cells
 * apart. Positions are display columns, as the row's cells' `at`. Given the header's captions' ends too, a single
 * space also sets two cells apart where the text before it lies under one caption and the text after it under a
 * later one (`水利工程安全运行率 15 全年…`: a name filling its column, the points right-aligned under a centred 分值).
 */
export function splitAtAnchors(cells: SourceCell[], at: number[], anchors: number[], ends?: number[]): { cells: SourceCell[]; at: number[] } {
  if (cells.length >= anchors.length) return { cells, at };
  const taken = new Set(at);
  const outCells: SourceCell[] = [];
  const outAt: number[] = [];
  cells.forEach((cell, i) => {
    let start = at[i]!;
    let rest = cell.text;
    for (;;) {
      const cut = cutAt(rest, start, anchors, taken, ends);
      if (cut < 0) break;
      outCells.push({ ...cell, text: rest.slice(0, cut) });
      outAt.push(start);
      start += displayWidth(rest.slice(0, cut + 1));
      taken.add(start);
      rest = rest.slice(cut + 1);
    }
    outCells.push(rest === cell.text ? cell : { ...cell, text: rest });
    outAt.push(start);
  });
  // More cells than the header has columns: the spaces were the text's own.
  return outCells.length > anchors.length ? { cells, at } : { cells: outCells, at: outAt };
}

// The index of the first single space in `text` (starting at column `start`) after which a header column begins.
function cutAt(text: string, start: number, anchors: number[], taken: Set<number>, ends?: number[]): number {
  for (let k = text.indexOf(' '); k > 0; k = text.indexOf(' ', k + 1)) {
    if (text[k + 1] === ' ' || text[k + 1] === undefined) continue;
    const next = start + displayWidth(text.slice(0, k + 1));
    if (anchors.includes(next) && !taken.has(next)) return k;
    if (!ends) continue;
    const pieceEnd = text.indexOf(' ', k + 1);
    const before = captionUnder(start, start + displayWidth(text.slice(0, k)), anchors, ends);
    const after = captionUnder(next, next + displayWidth(text.slice(k + 1, pieceEnd < 0 ? undefined : pieceEnd)), anchors, ends);
    if (before >= 0 && after > before) return k;
  }
  return -1;
}

// The first of the header's captions a span of display columns overlaps, or -1.
function captionUnder(from: number, to: number, anchors: number[], ends: number[]): number {
  return anchors.findIndex((a, k) => from < ends[k]! && a < to);
}
