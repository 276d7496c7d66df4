import type { Line } from './pdf-text-lines';
import { FIGURE, type Piece } from './pdf-stream-table';

// Which lines of a page make a borderless table, and which of them go on a row above (a cell's wrapped text).

/**
 * The lines of a borderless table from line `i` on: consecutive lines each split into several columns;
 * a line set tight under a table line (closer than a row gap) is a cell's wrapped text (continued).
 * `end` is the first line after the table.
 */
export function borderlessTableLines(parts: Piece[][], lines: Line[], i: number, textRight: number): { end: number; continued: boolean[] } {
  let j = i;
  const continued: boolean[] = [];
  // The row being read, each column's lowest text so far with its line: a wrapped line has fewer
  // pieces than the row it continues (a 项目名称 | value line above a wide header says nothing about
  // the header's wraps). A centred label's half on a line of its own (年度总 ⏎ 体目标) counts for
  // the row it joined: the next line of the text cells beside it, tight under them, continues them.
  let row: RowPiece[] = parts[i]!.map((piece) => ({ piece, line: lines[i]! }));
  const ended = new Set<Piece>();
  while (j < lines.length) {
    const pieces = parts[j]!.length;
    const tight = j > i && tightBelow(lines[j - 1]!, lines[j]!);
    const above = row.filter((r) => tightBelow(r.line, lines[j]!)).map((r) => r.piece);
    // Level labels centred on the rows, set as close as a wrap under a row that leaves their columns
    // empty (满意度 | 服务对象满意 beside a reason's lines): the row's, so the reason's next lines stay its.
    // (Left of some cell of the row: a caption at the row's right end, 实际完成情况, is no level label.)
    const labelsBeside = parts[j]!.every((q) => LEVEL_LABEL.test(q.text) && !row.some((r) => r.piece.x0 < q.x1 && q.x0 < r.piece.x1) && row.some((r) => r.piece.x0 >= q.x1));
    if (tight && (pieces < 2 || labelsBeside || centredBeside(parts, lines, j) || ((pieces < row.length || runsOnWhole(above, parts[j]!, row, lines[j]!.size)) && wrapsInto(above, parts[j]!, parts, textRight, lines[j]!.size, ended)))) {
      continued.push(true);
      const line = lines[j]!;
      for (const q of parts[j]!) {
        const over = row.find((r) => r.piece.x0 < q.x1 && q.x0 < r.piece.x1);
        if (over && q.x1 < over.piece.x1 - 2 * line.size) ended.add(q);
      }
      row = [...row.filter((r) => !parts[j]!.some((q) => r.piece.x0 < q.x1 && q.x0 < r.piece.x1)), ...parts[j]!.map((piece) => ({ piece, line }))];
    } else if (j > i && isSignOffLine(parts, j)) break;
    else if (pieces >= 2) {
      continued.push(false);
      row = parts[j]!.map((piece) => ({ piece, line: lines[j]! }));
    // (A lone line set larger than the row above is a heading after the table — 办理过程 — not a centred level.)
    } else if (j > i && isLoneLevelLine(parts, j) && lines[j]!.size < lines[j - 1]!.size * 1.15) continued.push(false);
    else break;
    j++;
  }
  return { end: j, continued };
}

/**
 * A table set with no cell margins puts rows as close as wrapped lines: a line of several
 * pieces continues the line above only where each piece sits under a piece that filled its
 * column (the text ran on); under a short cell (≥15处, 数量指标) it is the next row, whose
 * merged level cells are left blank.
 */
function wrapsInto(above: Piece[], line: Piece[], page: Piece[][], right: number, size: number, ended: ReadonlySet<Piece> = new Set()): boolean {
  let ran = 0;
  for (const q of line) {
    const p = above.find((a) => a.x0 < q.x1 && q.x0 < a.x1);
    // A merged level's label printed centred over its rows can share the line (数量指标 | 升）,
    // 产出 | 率): with nothing above it, it is no cell of a new row by itself.
    // So can a merged caption with its note (项目资金（万元）) centred between the captions' row and the figures'.
    if (!p) {
      if (LEVEL_LABEL.test(q.text) || NOTED_CAPTION.test(q.text)) continue;
      return false;
    }
    // A cell's wrapped line well short of its line above is the cell's last: nothing runs on under it.
    if (ended.has(p)) return false;
    // Nor does a cell's next line start left of its text (年度总体目标's text under a task's content): a
    // wrapped line starts where the cell's text starts, or inside it when centred.
    if (q.x0 < p.x0 - size) return false;
    // A sign alone (≥) or a whole figure never runs on into the line below: that line is the next row.
    if (SIGN_ONLY.test(p.text) || (FIGURE.test(p.text) && FIGURE.test(q.text))) return false;
    // Filled: reaching the next column's start, or as far as the column's widest text reaches.
    // Columns start where a line of several cells has one: a centred title is no column.
    // A figure set flush right in another table's column (the budget block's 得分 over the reasons) starts
    // wherever its digits end: one starting inside this line's own text starts no column.
    let next = right + size;
    for (const ps of page) {
      if (ps.length < 2) continue;
      for (const o of ps) if (o.x0 > p.x0 + size && o.x0 < next && !(FIGURE.test(o.text) && o.x0 < p.x1)) next = o.x0;
    }
    let widest = p.x1;
    for (const ps of page) {
      if (ps.length < 2) continue;
      for (const o of ps) if (Math.abs(o.x0 - p.x0) < size && o.x1 > widest) widest = o.x1;
    }
    // A closing mark may not start a line: the character before it moves down with it (面 ⏎ 积）), so a
    // line that ran on may end a character short.
    const slack = KINSOKU_HEAD.test(q.text) ? size : 0;
    if (p.x1 + slack < Math.min(next - 2.5 * size, widest - 2 * size)) return false;
    // ... and it stays inside that cell: text reaching over the next columns (a goal's under a task's
    // name that filled its narrow column) is another row's cell.
    if (q.x1 > Math.max(p.x1, next) + size) return false;
    ran++;
  }
  return ran > 0;
}

const SIGN_ONLY = /^[≥≤=<>≧≦＝＞＜]$/;

// A line starting with a closing mark, or one character and then a closing mark (积）, 座，).
const KINSOKU_HEAD = /^.?[）)」』】〕》，,。、；;：:！!？?%％]/u;

// A caption with a short note in brackets: 项目资金（万元）.
const NOTED_CAPTION = /^[\u4e00-\u9fa5]{2,8}[（(][\u4e00-\u9fa5]{1,4}[)）]$/;

/**
 * A line with as many pieces as the row it sits under runs on in every one of that row's cells only
 * where none of them was done: a cell ending a sentence (。；) is complete, so the line is a new row.
 * Each piece sits under one of the row's and reaches no further right than it (a wrapped line stays
 * inside the width its cell's first line filled): a row of short captions (预期目标 | 实际完成情况) over
 * long texts is a row of its own.
 */
function runsOnWhole(above: Piece[], line: Piece[], row: RowPiece[], size: number): boolean {
  if (line.length !== row.length || line.length < 2 || above.length !== row.length) return false;
  if (above.some((p) => /[。；;！!？?]$/.test(p.text) || FIGURE.test(p.text))) return false;
  return line.every((q) => above.some((p) => p.x0 < q.x1 && q.x0 < p.x1 && q.x1 <= p.x1 + size));
}

// A caption and its value after a colon: 填报单位（盖章）：某某局, 填报日期：2026年3月12日, 联系电话：….
const LABEL_PAIR = /^[\u4e00-\u9fa5（）()]{2,12}[：:]\s*\S/;

/**
 * The sign-off line under a form (填报单位（盖章）：… 填报日期：…), its pairs spread over the page
 * width, is no row of the table above: its pieces would start columns inside the table's (a
 * right-aligned figure column split in two). Only a last such line: label lines heading a
 * project inside a run of tables are followed by more rows.
 */
function isSignOffLine(parts: Piece[][], j: number): boolean {
  const line = parts[j]!;
  if (line.length < 2 || !line.every((p) => LABEL_PAIR.test(p.text))) return false;
  return !parts.slice(j + 1).some((p) => p.length >= 2);
}

/** A piece of the row being read, with the line it sits on. */
interface RowPiece { piece: Piece; line: Line }

// A few Chinese words, no figures: 产出, 数量指标, 效益指.
const LEVEL_LABEL = /^[\u4e00-\u9fa5]{1,8}$/;

/**
 * A merged level's label printed centred over its rows can fall on a line of its own between
 * two rows (数量指标, or 产出指 of a wrapped 产出指/标): inside a table it is a row holding only
 * that label, when it sits left of the row's last column and the table goes on below it.
 */
function isLoneLevelLine(parts: Piece[][], j: number): boolean {
  const piece = parts[j]![0]!;
  if (!LEVEL_LABEL.test(piece.text)) return false;
  const above = parts.slice(0, j).reverse().find((p) => p.length >= 3);
  if (!above || piece.x0 >= above[Math.min(2, above.length - 1)]!.x0) return false;
  for (let k = j + 1; k < parts.length && k <= j + 3; k++) {
    if (parts[k]!.length >= 2) return true;
    if (!LEVEL_LABEL.test(parts[k]![0]?.text ?? '')) return false;
  }
  return false;
}

/**
 * A row two lines tall where only one cell wraps (服务对象满意度 ⏎ 指标) and a browser centres the one-line cells
 * between its lines: the centred line, tight under the wrapping cell's first line and in columns that row left
 * empty, is the same row when the line after it goes on under the row's pieces (the wrap's second half).
 */
function centredBeside(parts: Piece[][], lines: Line[], j: number): boolean {
  const overlaps = (a: Piece, b: Piece) => a.x0 < b.x1 && b.x0 < a.x1;
  const first = parts[j - 1] ?? [];
  if (first.length === 0 || parts[j]!.length < 2 || parts[j]!.some((q) => first.some((p) => overlaps(p, q)))) return false;
  const next = parts[j + 1];
  if (!next || next.length === 0) return false;
  // The wrapping cell's first line opens a row (a row gap above it): in a table set tight, a wrapped level label
  // centred over two rows (产出指 ⏎ 标) has the next row's line between its halves.
  if (j >= 2 && tightBelow(lines[j - 2]!, lines[j - 1]!)) return false;
  // Half a line under the first line and half a line over the wrap (rows of a tight table sit a whole line apart).
  const half = 0.8 * lines[j]!.size;
  if (lines[j]!.bottom - lines[j - 1]!.bottom >= half || lines[j + 1]!.bottom - lines[j]!.bottom >= half) return false;
  return next.every((q) => first.some((p) => overlaps(p, q)) && !parts[j]!.some((p) => overlaps(p, q)));
}

/** The next line starts closer under this one than half a line: wrapped text, not a new row. */
function tightBelow(prev: Line, next: Line): boolean {
  return next.top - prev.bottom < 0.6 * Math.min(prev.size, next.size);
}
