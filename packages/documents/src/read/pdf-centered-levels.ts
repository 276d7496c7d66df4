import type { SourceCell, SourceRow } from '../model/source-document';
import { joinPieces } from './pdf-text-lines';

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
 * (mergedFromAbove), as a ruled table would read. `previousRow` is given when the rows go on from
 * the page before (the table's last row there).
 */
export function recenterMergedLevels(rows: PlacedRow[], previousRow?: SourceRow): SourceRow[] {
  // The page before's last row printed again atop this page (a report engine's 续表): the same row, once.
  if (previousRow && rows.length > 1 && repeatsRow(previousRow, rows[0]!)) rows = rows.slice(1);
  let headerAt = rows.findIndex((r) => r.cells.filter((c) => HEADER_WORD.test(c.text.replace(/[\s\u3000]/g, ''))).length >= 2);
  if (headerAt < 0) return continuedPage(rows) ?? rows.map(plain);
  const captions = joinCentredCaptions(rows.slice(0, headerAt));
  rows = [...captions, ...rows.slice(headerAt)];
  headerAt = captions.length;
  const header = rows[headerAt]!;
  const nameCol = header.cells.findIndex((c) => /^(三级指标|指标名称)$/.test(c.text.replace(/[\s\u3000]/g, '')));
  if (nameCol <= 0) return rows.map(plain);
  const body = rows.slice(headerAt + 1);
  liftWrappedRests(body, nameCol);
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
    const centres = labels.map((l) => ({ text: l.text, y: (l.top + l.bottom) / 2, top: l.top }));
    // A header printed again atop the next page of a table: a level merged across the break shows only
    // on the page before, so the page's first rows have none; the labels are placed from the foot up.
    if (previousRow && !data[0]!.cells[col]?.text) assignGroupsFromFoot(data, col, centres, true);
    else assignGroups(data, col, centres, header.bottom);
  }
  const kept = new Set(data);
  return [...rows.slice(0, headerAt + 1), ...segment.filter((r) => kept.has(r)), ...body.slice(end)].map(plain);
}

/**
 * Above the indicator header, a caption centred over two rows and wrapped (年度总 ⏎ 体目标 beside
 * 预期目标 and the goal's text) prints one half on a line of its own between the rows and the other
 * in the lower row: one caption, over both rows when the upper row leaves its cell empty (as the
 * ruled table reads), else the lower row's.
 */
export function joinCentredCaptions(rows: PlacedRow[]): PlacedRow[] {
  const out: PlacedRow[] = [];
  for (let k = 0; k < rows.length; k++) {
    const lone = rows[k]!;
    const next = rows[k + 1];
    const a = lone.spans[0];
    const b = next?.spans[0];
    const alone = lone.cells[0]?.text && lone.cells.slice(1).every((c) => !c.text);
    if (!next || !a || !b || !alone || !next.cells[0]?.text || next.cells.slice(1).every((c) => !c.text) || b[0] - a[1] >= 0.6 * (a[1] - a[0])) {
      const upper = out[out.length - 1];
      // Set with no cell margins, both halves fall in the lower row (年度总 ⏎ 体目标 beside the first lines of
      // its text); centred on both rows rather than on its own, it is over both, as the ruled table reads,
      // when the upper row holds captions only (预期目标 | 实际完成情况), not a row of data of its own.
      if (upper && a && lone.cells[0]?.text && !upper.cells[0]?.text && captionsOnly(upper) && centredOverBoth(a, upper, lone)) {
        upper.cells[0] = { text: lone.cells[0]!.text, rowSpan: 2 };
        lone.cells[0] = { text: '', mergedFromAbove: true };
      }
      out.push(lone);
      continue;
    }
    const text = lone.cells[0]!.text + next.cells[0]!.text;
    const above = out[out.length - 1];
    if (above && !above.cells[0]?.text && above.cells.slice(1).some((c) => c.text)) {
      above.cells[0] = { text, rowSpan: 2 };
      next.cells[0] = { text: '', mergedFromAbove: true };
    } else next.cells[0]!.text = text;
  }
  return out;
}

/** A row of short captions: a few words each, no figures, no sentences. */
function captionsOnly(row: PlacedRow): boolean {
  const texts = row.cells.map((c) => c.text.replace(/[\s\u3000]/g, '')).filter(Boolean);
  return texts.length > 0 && texts.every((t) => /^[\u4e00-\u9fa5]{2,8}$/.test(t));
}

/** A label's text whose middle is the middle of the two rows together, and nearer it than its own row's. */
function centredOverBoth(span: [number, number], upper: PlacedRow, lower: PlacedRow): boolean {
  const mid = (span[0] + span[1]) / 2;
  const both = Math.abs(mid - (upper.top + lower.bottom) / 2);
  const own = Math.abs(mid - (lower.top + lower.bottom) / 2);
  return both < 0.25 * (span[1] - span[0]) && both < own;
}

/**
 * A centred label's line may also carry the last line of a cell wrapped in the row above (万平方 ⏎ 米 in a
 * narrow unit column, printed level with 产出指标): with no name of its own, that text goes back to its cell.
 */
function liftWrappedRests(body: PlacedRow[], nameCol: number): void {
  for (let k = 1; k < body.length; k++) {
    const r = body[k]!;
    const prev = body[k - 1]!;
    const labels = r.cells.slice(0, nameCol).map((c) => c.text.replace(/[\s\u3000]/g, '')).filter(Boolean);
    // (A 合计/总分 row is a row of its own: its figures are no rests.)
    if (r.cells[nameCol]?.text || labels.length === 0 || labels.some((t) => /^(合计|总计|总分|小计)/.test(t))) continue;
    const rests = r.cells.map((c, i) => i).filter((i) => i > nameCol && r.cells[i]!.text);
    const rest = (i: number) => prev.cells[i]?.text && r.cells[i]!.text.length <= 4 && !/^[\d.,%]+$/.test(r.cells[i]!.text) && !prev.cells[i]!.text.endsWith('指标');
    if (rests.length === 0 || !rests.every(rest)) continue;
    for (const i of rests) {
      prev.cells[i]!.text = joinPieces(prev.cells[i]!.text, r.cells[i]!.text, true);
      const a = prev.spans[i];
      const b = r.spans[i];
      if (a && b) prev.spans[i] = [Math.min(a[0], b[0]), Math.max(a[1], b[1])];
      r.cells[i]!.text = '';
      r.spans[i] = null;
    }
  }
}

/**
 * The table's next page when no header is printed again: levels merged across the break show only on the
 * page where they start, so the first rows have none. Its levels are found from the page's foot up: the
 * last label is centred on the page's last rows, each label above on the rows over those; the rows above
 * the first label's group go on under the previous page's level (left blank, as the page shows them).
 */
function continuedPage(rows: PlacedRow[]): SourceRow[] | null {
  if (rows.length < 3) return null;
  const filled = (c: number) => rows.filter((r) => r.cells[c]?.text).length;
  const width = rows[0]!.cells.length;
  let nameCol = -1;
  // (A level 2 column filled on most rows, each a row's own, is no name column: its texts are level names.)
  const levelNames = (c: number) => rows.filter((r) => /指标$/.test(r.cells[c]?.text ?? '')).length >= 0.8 * filled(c);
  for (let c = 1; c < width && nameCol < 0; c++) if (filled(c) >= 0.7 * rows.length && !levelNames(c)) nameCol = c;
  if (nameCol <= 0) return null;
  const levelTexts = rows.flatMap((r) => r.cells.slice(0, nameCol).map((c) => c.text)).filter(Boolean);
  // Only level columns: short labels, one at least a full level name, and the first row under the page
  // before's level in one of them at least (a level 2 of its own beside a level 1 going on: 时效指标).
  if (levelTexts.length === 0 || !levelTexts.some((t) => /指标$/.test(t)) || levelTexts.some((t) => t.length > 12)) return null;
  if (rows[0]!.cells.slice(0, nameCol).every((c) => c.text) || !rows[0]!.cells[nameCol]?.text) return null;
  liftWrappedRests(rows, nameCol);
  const levelOnly = (r: PlacedRow) => !r.cells[nameCol]?.text && r.cells.slice(nameCol).every((c) => !c.text) && r.cells.slice(0, nameCol).some((c) => c.text);
  let end = 0;
  while (end < rows.length && (rows[end]!.cells[nameCol]?.text || levelOnly(rows[end]!))) end++;
  const segment = rows.slice(0, end);
  const data = segment.filter((r) => !levelOnly(r));
  if (data.length < 2) return null;
  const printed = data.map((r) => r.cells.slice(0, nameCol).map((c) => ({ ...c })));
  for (let col = 0; col < nameCol; col++) {
    const labels = joinWrapped(segment
      .filter((r) => r.cells[col]?.text && r.spans[col] != null)
      .map((r) => ({ text: r.cells[col]!.text, top: r.spans[col]![0], bottom: r.spans[col]![1] }))
      .sort((a, b) => a.top - b.top));
    if (labels.length === 0) continue;
    assignGroupsFromFoot(data, col, labels.map((l) => ({ text: l.text, y: (l.top + l.bottom) / 2, top: l.top })));
  }
  // Levels printed atop their groups (a web page printed, cells not merged) fit their level 2s as they
  // stand; centred groups that put a level 2 under a level 1 of another kind (时效指标 under 效益指标) are
  // the wrong reading: the labels start their groups, and blank cells go on from the row above.
  if (nameCol >= 2 && misfits(data.map((r) => r.cells), nameCol) > misfits(printed, nameCol)) {
    data.forEach((r, k) => r.cells.splice(0, nameCol, ...printed[k]!));
    return null;
  }
  const kept = new Set(data);
  return [...segment.filter((r) => kept.has(r)), ...rows.slice(end)].map(plain);
}

// The kind of indicator a level names: a level 2 belongs under a level 1 of its kind (时效指标 under 产出指标).
function levelKind(text: string, level: 1 | 2): string | null {
  if (/满意/.test(text)) return 'satisfaction';
  if (/成本/.test(text)) return 'cost';
  if (level === 1) return /产出/.test(text) ? 'output' : /效益|效果/.test(text) ? 'benefit' : null;
  return /效益|可持续|影响/.test(text) ? 'benefit' : /数量|质量|时效/.test(text) ? 'output' : null;
}

/** Rows whose level 2 (the column left of the name) is of another kind than their level 1, levels carried down. */
function misfits(rows: SourceCell[][], nameCol: number): number {
  let level1 = '';
  let level2 = '';
  let count = 0;
  for (const cells of rows) {
    level1 = cells[0]?.text || level1;
    level2 = cells[nameCol - 1]?.text || level2;
    const a = levelKind(level1, 1);
    const b = levelKind(level2, 2);
    if (a && b && a !== b && !(a === 'output' && b === 'cost')) count++;
  }
  return count;
}

/** As assignGroups, from the last label up: the rows above the first group keep no label of their own. */
function assignGroupsFromFoot(data: PlacedRow[], col: number, labels: Label[], underHeader = false): void {
  const gap = data.length > 1 ? Math.max(0, data[1]!.top - data[0]!.bottom) : 0;
  const bounds = [data[0]!.top - gap / 2];
  for (let k = 0; k + 1 < data.length; k++) bounds.push((data[k]!.bottom + data[k + 1]!.top) / 2);
  bounds.push(data[data.length - 1]!.bottom + gap / 2);
  const groups: Array<[number, number, string]> = [];
  let end = data.length - 1;
  for (let i = labels.length - 1; i >= 0 && end >= 0; i--) {
    const label = labels[i]!;
    const above = labels[i - 1];
    let s = end;
    let best = Infinity;
    for (let k = end; k >= 0; k--) {
      // The label above must lie over this group.
      if (above && bounds[k]! <= above.y) break;
      const miss = groupMiss(data, bounds, k, end, label);
      if (miss < best - 1e-6) { best = miss; s = k; }
    }
    groups.push([s, end, label.text]);
    end = s - 1;
  }
  mergeGroups(data, col, groups);
  // Rows over the first group go on under the previous page's level: blank, as printed. Under a header
  // printed again they continue the merge of the table before (as a .docx table split at a page break does).
  for (let k = 0; k <= end; k++) {
    const cell = data[k]!.cells[col];
    if (!cell) continue;
    cell.text = '';
    if (underHeader) cell.mergedFromAbove = true;
    else delete cell.mergedFromAbove;
  }
}

/** Every cell the earlier row fills reads the same (two at least); under its merged levels the repeat may print them. */
function repeatsRow(earlier: SourceRow, row: PlacedRow): boolean {
  if (earlier.cells.length !== row.cells.length) return false;
  let same = 0;
  for (let i = 0; i < row.cells.length; i++) {
    const a = earlier.cells[i]!.text;
    if (!a) continue;
    if (a !== row.cells[i]!.text) return false;
    same++;
  }
  return same >= 2;
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

/** A level label and where it sits: its centre and its first line's top. */
interface Label { text: string; y: number; top: number }

/**
 * How far a label sits from the middle of rows s..e. A label alone on its row is that row's own
 * cell, printed at the row's top when the row is tall (a reason wrapped over five lines beside
 * 时效指标): on its row's first line it is nearly as good as centred — by half its height less, as
 * a merged cell's label centred on several rows may fall level with the last one's first line.
 */
function groupMiss(data: PlacedRow[], bounds: number[], s: number, e: number, label: Label): number {
  const centred = Math.abs((bounds[s]! + bounds[e + 1]!) / 2 - label.y);
  return s === e ? Math.min(centred, Math.abs(label.top - data[s]!.top) + (label.y - label.top)) : centred;
}

/** Cuts the rows into consecutive groups, each label centred on its own group. */
function assignGroups(data: PlacedRow[], col: number, labels: Label[], headerBottom: number): void {
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
        const miss = groupMiss(data, bounds, start, k, label);
        if (miss < best) { best = miss; e = k; }
      }
      if (best === Infinity) e = start;
    }
    groups.push([start, e, label.text]);
    start = e + 1;
  });
  mergeGroups(data, col, groups);
}

/** Each group's rows under its level, written once at the top and merged down, as the printed cell spans them. */
function mergeGroups(data: PlacedRow[], col: number, groups: Array<[number, number, string]>): void {
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
