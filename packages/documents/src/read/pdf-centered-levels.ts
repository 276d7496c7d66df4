import type { SourceCell, SourceRow } from '../model/source-document';

/** A borderless table row with where its text sits on the page. */
export interface PlacedRow {
  cells: SourceCell[];
  top: number;
  bottom: number;
  /** Top and bottom of each cell's text (null for an empty cell). */
  spans: Array<[number, number] | null>;
}

const HEADER_WORD = /^(一级指标|二级指标|三级指标|指标名称|绩效指标)$/;

/**
 * Word prints a vertically merged cell's text in the middle of the rows it covers. Without
 * borders the merge is gone: 产出指标 shows on the second of four rows, or on a line of its own
 * between two rows, and the rows above it look like they have no level. For the level columns
 * (left of the name column) of a table whose first row under the header has no level, each
 * level's rows are found again from the page: the label is centred on them, group after group
 * from the top. The label goes on the group's first row and the others continue it
 * (mergedFromAbove), as a ruled table would read.
 */
export function recenterMergedLevels(rows: PlacedRow[]): SourceRow[] {
  const headerAt = rows.findIndex((r) => r.cells.filter((c) => HEADER_WORD.test(c.text.replace(/[\s\u3000]/g, ''))).length >= 2);
  if (headerAt < 0) return rows.map(plain);
  const header = rows[headerAt]!;
  const nameCol = header.cells.findIndex((c) => /^(三级指标|指标名称)$/.test(c.text.replace(/[\s\u3000]/g, '')));
  if (nameCol <= 0) return rows.map(plain);
  const body = rows.slice(headerAt + 1);
  const levelOnly = (r: PlacedRow) => !r.cells[nameCol]?.text && r.cells.slice(nameCol).every((c) => !c.text) && r.cells.slice(0, nameCol).some((c) => c.text);
  // The table's data rows: a name, or only level labels. It ends at the first row that is neither.
  let end = 0;
  while (end < body.length && (body[end]!.cells[nameCol]?.text || levelOnly(body[end]!))) end++;
  const data = body.slice(0, end).filter((r) => !levelOnly(r));
  if (data.length < 2) return rows.map(plain);
  const segment = body.slice(0, end);
  const labelsOf = (col: number) => joinWrapped(segment
    .filter((r) => r.cells[col]?.text && r.spans[col] != null)
    .map((r) => ({ text: r.cells[col]!.text, top: r.spans[col]![0], bottom: r.spans[col]![1] }))
    .sort((a, b) => a.top - b.top));
  const levelCols = [...Array(nameCol).keys()];
  // Labels printed centred show as a first row without a level, as a line of their own, or as a
  // label whose wrapped lines fell on two rows (产出指 | 标).
  const centred = segment.some(levelOnly)
    || levelCols.some((col) => !data[0]!.cells[col]?.text)
    || levelCols.some((col) => labelsOf(col).length < data.filter((r) => r.cells[col]?.text).length);
  if (!centred) return rows.map(plain);
  for (const col of levelCols) {
    const labels = labelsOf(col);
    if (labels.length === 0 || (labels.length === data.length && data.every((r) => r.cells[col]?.text))) continue;
    assignGroups(data, col, labels.map((l) => ({ text: l.text, y: (l.top + l.bottom) / 2 })), header.bottom);
  }
  const kept = new Set(data);
  return [...rows.slice(0, headerAt + 1), ...segment.filter((r) => kept.has(r)), ...body.slice(end)].map(plain);
}

/** One label's lines, set closer together than rows are: a centred label wrapped onto two rows. */
function joinWrapped(pieces: Array<{ text: string; top: number; bottom: number }>): Array<{ text: string; top: number; bottom: number }> {
  const out: Array<{ text: string; top: number; bottom: number }> = [];
  for (const p of pieces) {
    const last = out[out.length - 1];
    const height = p.bottom - p.top;
    // A finished level name (…指标) is never the first half of the next one.
    if (last && p.top - last.bottom < 0.6 * height && !/指标$/.test(last.text)) {
      last.text += p.text;
      last.bottom = p.bottom;
    } else out.push({ ...p });
  }
  return out;
}

/** Cuts the rows into consecutive groups, each label centred on its own group. */
function assignGroups(data: PlacedRow[], col: number, labels: Array<{ text: string; y: number }>, headerBottom: number): void {
  // Row boundaries halfway between one row's text and the next.
  const firstGap = data[0]!.top - headerBottom;
  const bounds = [data[0]!.top - firstGap / 2];
  for (let k = 0; k + 1 < data.length; k++) bounds.push((data[k]!.bottom + data[k + 1]!.top) / 2);
  bounds.push(data[data.length - 1]!.bottom + firstGap / 2);
  const groups: Array<[number, number, string]> = [];
  let start = 0;
  labels.forEach((label, i) => {
    if (start >= data.length) return;
    let e = data.length - 1;
    const next = labels[i + 1];
    if (next) {
      let best = Infinity;
      for (let k = start; k < data.length - 1; k++) {
        // The next label must lie below this group.
        if (bounds[k + 1]! >= next.y) break;
        const miss = Math.abs((bounds[start]! + bounds[k + 1]!) / 2 - label.y);
        if (miss < best) { best = miss; e = k; }
      }
      if (best === Infinity) e = start;
    }
    groups.push([start, e, label.text]);
    start = e + 1;
  });
  for (const [s, e, text] of groups) {
    for (let k = s; k <= e; k++) {
      const cell = data[k]!.cells[col];
      if (!cell) continue;
      cell.text = k === s ? text : '';
      if (k > s) cell.mergedFromAbove = true;
      else delete cell.mergedFromAbove;
    }
  }
}

function plain(r: PlacedRow): SourceRow {
  return { cells: r.cells };
}
