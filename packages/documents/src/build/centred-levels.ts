import type { Indicator } from '@jixiao/core';

/** The levels a table row wrote itself (null: the cell was blank), by row position in the table. */
export interface WrittenLevels {
  /** Position among the table's rows; a row holding only levels sits between two indicators (k - 0.5). */
  at: number;
  level1: string | null;
  level2: string | null;
  /** The row's level-1 cell continues a vertical merge from the row above (a grid that says so). */
  inMerge?: boolean;
}

/**
 * PDF-to-text converters print a vertically merged level cell in the middle of its rows, so a
 * table's first rows show no level and later rows inherit the wrong one. A table whose first
 * row has no level 1 while a later row has one was laid out so: each label is put back over
 * the rows it is centred on, group after group from the top (level 2 first, whose group ends
 * then guide where a level 1 group may end). Returns whether the rows were regrouped.
 */
export function recentreLevels(rows: Indicator[], written: WrittenLevels[], lowerMiddle = false, pageEnds: ReadonlySet<number> = new Set()): boolean {
  const onRows = written.filter((w) => Number.isInteger(w.at));
  if (rows.length < 2 || onRows.length === 0 || onRows[0]!.at !== 0) return false;
  if (onRows[0]!.level1 != null || !written.some((w) => w.level1 != null)) return false;
  // A row of levels above the first indicator is a caption over the rows below, not a centred label.
  if (written.some((w) => w.at < 0)) return false;
  const level2Ends = new Set<number>();
  const labels2 = written.filter((w) => w.level2 != null).map((w) => ({ at: w.at, text: w.level2! }));
  if (labels2.length > 0 && written.some((w) => Number.isInteger(w.at) && w.level2 == null)) {
    for (const [s, e, text] of groups(labels2, rows.length, new Set(), lowerMiddle, pageEnds)) {
      for (let k = s; k <= e; k++) rows[k]!.level2 = text;
      level2Ends.add(e);
    }
  }
  const labels1 = written.filter((w) => w.level1 != null).map((w) => ({ at: w.at, text: w.level1! }));
  for (const [s, e, text] of groups(labels1, rows.length, level2Ends, lowerMiddle, pageEnds)) for (let k = s; k <= e; k++) rows[k]!.level1 = text;
  return true;
}

/**
 * Consecutive [start, end, label] groups covering every row, each label as near the middle of its
 * group as it can be, chosen over all labels at once: a label on the upper of the two middle rows
 * of an even group is how a merged cell's centred text lands, so it costs almost nothing, while
 * taking it for a one-row group would push the next label off its own middle.
 */
function groups(labels: Array<{ at: number; text: string }>, count: number, preferredEnds: Set<number>, lowerMiddle: boolean, pageEnds: ReadonlySet<number>): Array<[number, number, string]> {
  const m = labels.length;
  if (m === 0) return [];
  // cost[i][e]: best total for labels 0..i with label i's group ending at row e; from[i][e]: where group i-1 ended.
  const cost: number[][] = labels.map(() => new Array<number>(count).fill(Infinity));
  const from: number[][] = labels.map(() => new Array<number>(count).fill(-1));
  for (let i = 0; i < m; i++) {
    const row = Math.ceil(labels[i]!.at);
    for (let prevEnd = i === 0 ? -1 : 0; prevEnd < count; prevEnd++) {
      const before = i === 0 ? (prevEnd === -1 ? 0 : Infinity) : cost[i - 1]![prevEnd]!;
      if (before === Infinity) continue;
      const s = prevEnd + 1;
      if (s > row) continue;
      for (let e = Math.max(s, row); e < count; e++) {
        if (i === m - 1 && e !== count - 1) continue;
        // A group ending where a page ended wins a tie: a label printed on a page labels that page's rows.
        const total = before + groupCost(s, e, labels[i]!.at, lowerMiddle) - (preferredEnds.has(e) ? 0.75 : 0) - (pageEnds.has(e) ? 0.25 : 0);
        if (total < cost[i]![e]!) { cost[i]![e] = total; from[i]![e] = prevEnd; }
      }
      if (i === 0) break;
    }
  }
  if (cost[m - 1]![count - 1] === Infinity) return greedyGroups(labels, count, preferredEnds);
  const out: Array<[number, number, string]> = [];
  for (let i = m - 1, e = count - 1; i >= 0; i--) {
    const prevEnd = from[i]![e]!;
    out.unshift([prevEnd + 1, e, labels[i]!.text]);
    e = prevEnd;
  }
  return out;
}

// How far a label sits from the middle of rows s..e (in rows).
function groupCost(s: number, e: number, at: number, lowerMiddle: boolean): number {
  const dev = ((s + e) / 2 - at) * (lowerMiddle ? -1 : 1);
  if (!Number.isInteger(at)) return Math.abs(dev);
  if (dev === 0) return 0;
  if (dev === 0.5) return 0.1;
  if (dev === -0.5) return 0.3;
  return Math.abs(dev) + 0.5;
}

/** Label after label from the top, for label positions no grouping can hold all of. */
function greedyGroups(labels: Array<{ at: number; text: string }>, count: number, preferredEnds: Set<number>): Array<[number, number, string]> {
  const out: Array<[number, number, string]> = [];
  let start = 0;
  labels.forEach((label, i) => {
    if (start >= count) return;
    const next = labels[i + 1];
    // The group holds its label's row and ends before the next label's row.
    const lo = Math.max(start, Math.ceil(label.at));
    const hi = next ? Math.min(count - 1, Math.ceil(next.at) - 1) : count - 1;
    let end = hi;
    if (next && lo <= hi) {
      const exact = 2 * label.at - start;
      const score = (e: number) => Math.abs(e - exact) - (preferredEnds.has(e) ? 1.5 : 0);
      end = lo;
      for (let e = lo; e <= hi; e++) if (score(e) < score(end)) end = e;
    }
    if (lo > hi) end = Math.min(count - 1, Math.max(start, hi));
    out.push([start, end, label.text]);
    start = end + 1;
  });
  return out;
}
