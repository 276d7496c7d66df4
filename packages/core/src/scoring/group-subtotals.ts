import type { Form, Indicator } from '../forms/forms-schema';
import { isBlank, isBlankCode } from '../values/text-scan';
import { HALF_CENT, roundScore } from './round-score';
import { isDeductionRow, isTotalsRow, isTotalsWord } from './sheet-rows';

/** One group's subtotal line in a 部门整体 score tree, and the rows it adds up. */
export interface GroupSubtotal {
  row: number;
  /** 1: a 一级's line; 2: a 二级's line. */
  level: 1 | 2;
  /** The group it sums, as its level cell names it. */
  group: string;
  /** The rows it adds up, in row order: a 一级's leaves, past the 二级 lines among them. */
  members: number[];
  /** Σ 分值 of the members that are no 扣分项. */
  weightSum: number;
  /** Σ 得分 of the members (a 扣分项 takes off); null when a weighted member has none. */
  scoreSum: number | null;
}

/** The subtotal lines of one form: at[i] is 1 on each. */
export interface GroupSubtotals {
  at: Uint8Array;
  lines: GroupSubtotal[];
}

/**
 * The group subtotal lines of a 部门整体自评 score tree, or null when it prints none (or is another kind of form: only
 * department score trees print them, and a project sheet never pays for the pass).
 *
 * A line is a row that names nothing but its group — no 二级 (or one equal to its 一级) and a name that is its 一级, blank,
 * or its 一级 with 小计/合计 (the same one level down for a 二级's line) — whose 分值 is the sum of its group's rows printed
 * below it up to the next line or group (or, on sheets that print the subtotal after its rows, above it). The arithmetic
 * alone proves nothing (an indicator may weigh what the next rows weigh), nor the name alone (a tree may name a row like
 * its 一级): both are required. A row that says 小计, or is shaped like the lines the form's arithmetic confirmed, is a line
 * even where its 分值 is wrong: that is the sheet's slip to report, not an indicator to weigh.
 */
export function groupSubtotals(form: Form): GroupSubtotals | null {
  if (form.kind !== 'department_self_evaluation') return null;
  const rows = form.indicators;
  const n = rows.length;
  let shapes: Uint8Array | null = null;
  for (let i = 0; i < n; i++) {
    const k = lineShape(rows[i]!);
    if (k !== 0) (shapes ??= new Uint8Array(n))[i] = k;
  }
  if (shapes == null) return null;
  let at = new Uint8Array(n);
  let lines: GroupSubtotal[] = [];
  // 二级 lines first, so that a 一级's line adds up its leaves past them.
  readLines(rows, 2, shapes, at, lines);
  const seconds = lines.length;
  readLines(rows, 1, shapes, at, lines);
  // A row named as its 二级 (服务对象满意度 under 服务对象满意度指标) is a common indicator: 二级 lines are read only in a tree
  // that prints its 一级 lines too, and without them the 一级 lines are read again, over every row.
  if (seconds > 0 && lines.length === seconds) {
    at = new Uint8Array(n);
    lines = [];
    readLines(rows, 1, shapes, at, lines);
  }
  if (lines.length === 0) return null;
  lines.sort((a, b) => a.row - b.row);
  return { at, lines };
}

/** Reads the lines of one level into at and lines: those the arithmetic confirms, then those the name or the form's layout makes. */
function readLines(rows: readonly Indicator[], level: 1 | 2, shapes: Uint8Array, at: Uint8Array, lines: GroupSubtotal[]): void {
  let above = 0;
  let below = 0;
  let pending: number[] | null = null;
  for (let i = 0; i < rows.length; i++) {
    if (shapes[i] !== level) continue;
    const down = membersOf(rows, i, level, 1, shapes, at);
    if (down && adds(rows[i]!.weight, down, rows)) { record(rows, i, level, down, at, lines); above++; continue; }
    const up = membersOf(rows, i, level, -1, shapes, at);
    if (up && adds(rows[i]!.weight, up, rows)) { record(rows, i, level, up, at, lines); below++; continue; }
    (pending ??= []).push(i);
  }
  if (pending == null) return;
  for (const i of pending) {
    const said = saysSubtotal(rows[i]!, level);
    if (!said && above + below === 0) continue;
    // The side the form's confirmed lines sum; a bare 小计 sums the rows above it.
    const dir = above > below ? 1 : below > above ? -1 : said && above === 0 ? -1 : 1;
    const members = membersOf(rows, i, level, dir, shapes, at) ?? (said ? membersOf(rows, i, level, -dir as 1 | -1, shapes, at) : null);
    if (members) record(rows, i, level, members, at, lines);
  }
}

/** Whether row i is a group subtotal line of the form (groupSubtotals' reading; false without one). */
export function isSubtotalAt(subtotals: GroupSubtotals | null, i: number): boolean {
  return subtotals != null && subtotals.at[i] === 1;
}

/** 第5–7行 / 第5、9行: the rows a subtotal adds up, as a reviewer cites them. */
export function rowSpans(members: readonly number[]): string {
  const parts: string[] = [];
  for (let k = 0; k < members.length;) {
    let e = k;
    while (e + 1 < members.length && members[e + 1] === members[e]! + 1) e++;
    parts.push(e === k ? `${members[k]! + 1}` : `${members[k]! + 1}–${members[e]! + 1}`);
    k = e + 1;
  }
  return `第${parts.join('、')}行`;
}

/** The subtotal's 分值 differs from its rows'. */
export function weightOff(line: GroupSubtotal, ind: Indicator): boolean {
  return ind.weight != null && Math.abs(ind.weight - line.weightSum) > 0.01;
}

/** The subtotal's 得分 differs from its rows' (both known). */
export function scoreOff(line: GroupSubtotal, ind: Indicator): boolean {
  return ind.score != null && line.scoreSum != null && Math.abs(ind.score - roundScore(line.scoreSum)) > HALF_CENT;
}

function record(rows: readonly Indicator[], i: number, level: 1 | 2, members: number[], at: Uint8Array, lines: GroupSubtotal[]): void {
  let weightSum = 0;
  let scoreSum: number | null = 0;
  for (const j of members) {
    const m = rows[j]!;
    const deduction = isDeductionRow(m);
    if (m.weight != null && !deduction) weightSum += m.weight;
    if (m.score != null) scoreSum = scoreSum == null ? null : scoreSum + (deduction && m.score > 0 ? -m.score : m.score);
    else if (m.weight != null) scoreSum = null;
  }
  const ind = rows[i]!;
  const group = (level === 1 ? ind.level1 : ind.level2)!.trim();
  at[i] = 1;
  lines.push({ row: i, level, group, members, weightSum: roundScore(weightSum), scoreSum });
}

/** The 分值 is its rows' sum, and some row has one. */
function adds(weight: number | null, members: readonly number[], rows: readonly Indicator[]): boolean {
  if (weight == null) return false;
  let sum = 0;
  let any = false;
  for (const j of members) {
    const m = rows[j]!;
    if (m.weight != null && !isDeductionRow(m)) { sum += m.weight; any = true; }
  }
  return any && Math.abs(weight - sum) <= 0.01;
}

/**
 * The rows of row i's group on one side of it (dir 1: below, −1: above), up to another line of its level or above, a
 * 合计 row, or a row of another group (a blank level cell continues the group, as a merged cell does); null when none.
 */
function membersOf(rows: readonly Indicator[], i: number, level: 1 | 2, dir: 1 | -1, shapes: Uint8Array, at: Uint8Array): number[] | null {
  const own = rows[i]!;
  const l1 = own.level1!;
  const l2 = own.level2;
  let out: number[] | null = null;
  for (let j = i + dir; j >= 0 && j < rows.length; j += dir) {
    if (at[j] === 1) {
      if (level === 1 && shapes[j] === 2) continue;
      break;
    }
    if (shapes[j] === 1 || (level === 2 && shapes[j] === 2)) break;
    const r = rows[j]!;
    if (isTotalsRow(r)) break;
    if (!isBlank(r.level1) && !sameName(r.level1!, l1)) break;
    if (level === 2 && !isBlank(r.level2) && !sameName(r.level2!, l2!)) break;
    (out ??= []).push(j);
  }
  if (out && dir < 0) out.reverse();
  return out;
}

/** 0: no line; 1: shaped like a 一级's subtotal line; 2: like a 二级's. */
function lineShape(ind: Indicator): 0 | 1 | 2 {
  if (ind.weight == null) return 0;
  const l1 = ind.level1;
  if (l1 == null || isBlank(l1) || isTotalsWord(l1)) return 0;
  const l2 = ind.level2;
  if (isBlank(l2) || sameName(l2!, l1)) return namesGroup(ind.name, l1) !== 0 && !isDeductionRow(ind) ? 1 : 0;
  return !isTotalsWord(l2!) && namesGroup(ind.name, l2!) !== 0 && !isDeductionRow(ind) ? 2 : 0;
}

/** The row's name says 小计 of its group (小计, 预算管理小计): a subtotal whatever its numbers. */
function saysSubtotal(ind: Indicator, level: 1 | 2): boolean {
  return namesGroup(ind.name, (level === 1 ? ind.level1 : ind.level2)!) === 2;
}

/** 0: the name is no group's; 1: blank, the group's name, or it with 合计; 2: 小计 or the group's name with 小计. */
function namesGroup(name: string, group: string): 0 | 1 | 2 {
  if (isBlank(name)) return 1;
  if (sameName(name, group)) return 1;
  // Most names end on neither 计 nor a colon after it: settled without building a key.
  let end = name.length - 1;
  while (end > 0 && isBlankCode(name.charCodeAt(end))) end--;
  const c = name.charCodeAt(end);
  if (c !== JI && c !== 0xff1a && c !== 0x3a) return 0;
  const key = plainKey(name);
  const last = key.length - 2;
  if (last < 0 || key.charCodeAt(last + 1) !== JI) return 0;
  const first = key.charCodeAt(last);
  if (first !== XIAO && first !== HE) return 0;
  const rest = key.slice(0, last);
  if (rest !== '' && groupKey(rest) !== groupKey(group)) return 0;
  return first === XIAO ? 2 : rest === '' ? 0 : 1;
}

const XIAO = 0x5c0f; // 小
const HE = 0x5408; // 合
const JI = 0x8ba1; // 计

/** Two level or name cells naming the same group: equal but for blanks, a stated score (预算管理（20分）) and a trailing 指标. */
function sameName(a: string, b: string): boolean {
  if (a === b) return !isBlank(a);
  // Asked of most rows' level cells: cells whose first ink differs name different groups, with no key built.
  let i = 0;
  while (i < a.length && isBlankCode(a.charCodeAt(i))) i++;
  let j = 0;
  while (j < b.length && isBlankCode(b.charCodeAt(j))) j++;
  if (i === a.length || j === b.length || a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  const key = groupKey(a);
  return key !== '' && key === groupKey(b);
}

/** The cell without blanks and a trailing colon. */
function plainKey(s: string): string {
  let out = '';
  for (let k = 0; k < s.length; k++) if (!isBlankCode(s.charCodeAt(k))) out += s[k];
  const c = out.charCodeAt(out.length - 1);
  return c === 0xff1a || c === 0x3a ? out.slice(0, -1) : out;
}

/** plainKey less a stated score in brackets at the end and a trailing 指标. */
function groupKey(s: string): string {
  let key = plainKey(s);
  const close = key.charCodeAt(key.length - 1);
  if ((close === 0xff09 || close === 0x29) && key.charCodeAt(key.length - 2) === 0x5206) {
    const open = Math.max(key.lastIndexOf('（'), key.lastIndexOf('('));
    if (open > 0) key = key.slice(0, open);
  }
  return key.endsWith('指标') && key.length > 2 ? key.slice(0, -2) : key;
}
