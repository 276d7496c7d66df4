import { isPlausibleUnit, parseAmount, parseNature, parseValue } from '@jixiao/core';
import type { GridCell } from './flatten-source';
import type { ColumnRole } from './header-map';
import { isBlank, isPlaceholder } from './normalize-label';
import { revisedValue } from './revised-value';
import { isSheetError } from './sheet-values';

export interface AlignedRow {
  /** Cell text per header column; '' for an empty cell, null for no cell at all. */
  values: Array<string | null>;
  /** The column had no cell of its own: a horizontal merge (span) swallowed it. */
  mergedAway: boolean[];
  /** The column's cell continues a vertical merge (docx vMerge / HTML rowspan). */
  mergedFromAbove: boolean[];
  /** Cells moved off their own column to fit the header. */
  realigned: boolean;
  /** Empty cells were dropped to realign: the row had its blanks collapsed, not merged. */
  collapsed: boolean;
  /** Non-empty cells that fit no column. */
  dropped: string[];
}

const LEVEL1 = /^(产出|效益|效果|满意度|成本|投入|管理|过程|决策|社会|经济|生态|可持续|总体绩效|项目绩效|扣分|加分|履职|服务对象|政策|资金)/;
const LEVEL2 = /(数量|质量|时效|成本|效益|满意度|影响|可持续|社会|经济|生态|服务对象|进度|管理|执行|决策|实现|效能)/;
const LEVEL2_START = new RegExp(`^${LEVEL2.source}`);
// The level-2 names the national templates use, as a whole cell: a name that only starts with
// such a word (质量达标率, 满意度调查覆盖率) fits the level-2 column less well.
const LEVEL2_KNOWN = /^(数量|质量|时效|进度|成本|经济成本|社会成本|生态(环境)?成本|效益|经济效益|社会效益|生态效益|环境效益|可持续影响|服务对象满意度|社会公众满意度|群众满意度|满意度|产出|效果|管理|执行|决策|过程)(类)?(指标)?$/;
const LEVEL2_ONLY = /^(数量|质量|时效|进度|可持续影响|社会效益|经济效益|生态效益|环境效益|服务对象满意度|社会公众满意度|经济成本|社会成本|生态(环境)?成本)(指标)?$/;
// A deadline or a date as a target or a result: 2024年12月31日前, 2024年9月底前, 2024年12月20日.
const DATE_VALUE = /^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?(?:前|之前|以前|底前|底|末|中旬前|上旬前|下旬前)?$/;
const LEVEL_WEIGHT = /[\s\u3000]*[（(]\s*[\d.]+\s*分?\s*[）)]\s*$/;

/** How well a non-empty cell text fits a column role: positive fits, negative does not. */
export function fitScore(text: string, role: ColumnRole | null): number {
  if (role == null || role === 'section' || role === 'note') return 0.3;
  const t = text.trim();
  const len = t.length;
  // #N/A / #DIV/0! stands where a figure belongs, as a dash does.
  if (isPlaceholder(t) || isSheetError(t)) {
    if (role === 'weight' || role === 'score' || role === 'deduction' || role === 'value' || role === 'value_actual' || role === 'actual' || role === 'unit') return 1;
    return role === 'name' ? -2 : 0.3;
  }
  switch (role) {
    case 'level1': {
      const s = t.replace(LEVEL_WEIGHT, '');
      if (parseAmount(s) != null || isValueLike(s)) return -3;
      // 可持续影响指标 starts like a level 1 word but is a level 2 of the national templates.
      if (LEVEL2_ONLY.test(s)) return 1;
      // 成本指标 heads a level 1 only in the 2021 framework; most forms keep it under 产出指标. Left
      // alone in a row short of one level cell (a browser copy drops the rowspan level 1), it is the level 2.
      if (/^成本(指标)?$/.test(s)) return 1.6;
      if (LEVEL1.test(s) && s.length <= 12) return 2.5;
      return s.length <= 8 ? 0.3 : -1.5;
    }
    case 'level2': {
      const s = t.replace(LEVEL_WEIGHT, '');
      if (parseAmount(s) != null || isValueLike(s)) return -3;
      // A level starts with its word (数量指标, 社会效益指标); a name may only contain it (运行数量).
      if (LEVEL2_KNOWN.test(s) || (/指标$/.test(s) && LEVEL2.test(s) && s.length <= 12)) return 2.5;
      if (LEVEL2_START.test(s) && s.length <= 12) return 1.5;
      if (LEVEL2.test(s) && s.length <= 6) return 1.5;
      return s.length <= 8 ? 0.3 : -1;
    }
    case 'name': {
      // Most names are plain words: nothing in front that could make them a value.
      // Long texts fit a name less well than the short label beside them would (description).
      if (!/^[\s\d+\-.,≥≤><=＝≧≦＞＜０-９]/.test(t) && !/^(定性|定量|正向|反向|不低于|不高于|不少于|不超过|大于|小于|等于|达到|控制在)/.test(t)) return len > 120 ? 0.5 : len > 12 ? 1.2 : 2;
      if (parseNature(t) != null && len <= 3) return -2;
      const p = parseValue(t);
      // A number with at most a unit (1.5小时, ≥95%) is a value, never a name; so is a date (2024年12月31日前).
      if (p.kind === 'number' || DATE_VALUE.test(t)) return -2;
      if (parseAmount(t) != null) return -1.5;
      return len > 120 ? 0.5 : 2;
    }
    case 'nature':
      return parseNature(t) != null ? 3 : -3;
    case 'value':
    case 'value_actual':
    case 'actual': {
      // A revised draft's value cell (`原90%，调整为95%`, `2025年9月底前 注：…`) fits as the value it now holds.
      const v = revisedValue(t);
      if (v !== t) return fitScore(v, role);
      const p = parseValue(t);
      if (p.kind === 'number' || p.kind === 'reference' || DATE_VALUE.test(t)) return 2.5;
      if (len <= 8) return 1.2;
      if (len <= 20) return 0.8;
      return len <= 40 ? 0 : -2;
    }
    case 'weight':
    case 'score':
    case 'deduction':
      return parseAmount(t) != null ? 2.5 : -4;
    case 'unit':
      if (isPlausibleUnit(t) || /^定[性量]?$/.test(t)) return 2.5;
      return len <= 4 ? -0.5 : -3;
    default: {
      if (len <= 12 && parseAmount(t) != null) return 0;
      if (len >= 20) return 2;
      return len >= 8 ? 1.2 : 0.6;
    }
  }
}

/** ≥120场, 95%, ≤预算控制数: a value, never a level's name. */
function isValueLike(text: string): boolean {
  const kind = parseValue(text).kind;
  return kind === 'number' || kind === 'reference';
}

interface Unit {
  text: string;
  start: number;
  span: number;
  filler: boolean;
  merged: boolean;
}

const POSITION = 0.3;
const SKIP_COLUMN = -0.6;
const SKIP_NAME = -3;
const SKIP_LEVEL2 = -0.2;
const DROP_EMPTY = -0.2;
const DROP_TEXT = -4;
const BLANK_IN_SECTION = -0.15;

/**
 * Puts a row's cells under the header's columns. A row that matches the header cell for
 * cell is taken as is; otherwise an order-keeping alignment picks, for each cell, the
 * column its content fits best (numbers under weights, signs under 指标性质, long text under
 * descriptions), allowing columns without a cell (horizontal merges) and dropped blanks
 * (rows whose empty cells were collapsed away).
 */
export function alignRow(cells: GridCell[], roles: Array<ColumnRole | null>, looks?: Array<ColumnRole | null>): AlignedRow {
  const m = roles.length;
  const units: Unit[] = [];
  for (const c of cells) {
    units.push({ text: c.text, start: c.start, span: c.span, filler: false, merged: c.merged });
    for (let k = 1; k < c.span; k++) units.push({ text: '', start: c.start + k, span: 1, filler: true, merged: false });
  }
  const direct = tryDirect(units, roles);
  if (direct) return direct;
  const n = units.length;
  if (n > 60 || m > 60) return fromAssignment(units, roles, units.map((_u, i) => (i < m ? i : -1)));
  // Columns a spanning cell covers cost nothing to leave without a cell of their own.
  const covered = new Array<boolean>(m).fill(false);
  for (const u of units) if (u.filler && u.start < m) covered[u.start] = true;
  const fits: number[][] = units.map((u) =>
    // A column not read (another period's 指标性质, 指标值) still holds cells that look like its caption.
    // A caption column (绩效指标) is merged down the data rows: an empty cell is its own column's
    // (a merged level cell) rather than that caption's.
    roles.map((r, j) => (u.filler || isBlank(u.text) ? (r === 'name' ? SKIP_NAME + 1 : r === 'section' ? BLANK_IN_SECTION : 0) : fitScore(u.text, r ?? looks?.[j] ?? null))));
  // best[i][j]: best score placing the first i units into the first j columns.
  const best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(-Infinity));
  const move: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  best[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = best[i]![j]!;
      if (here === -Infinity) continue;
      if (i < n && j < m && !units[i]!.filler) {
        const u = units[i]!;
        const pos = !u.filler && j >= u.start && j < u.start + u.span && !(roles[j] === 'section' && isBlank(u.text)) ? POSITION : 0;
        const v = here + fits[i]![j]! + pos;
        if (v > best[i + 1]![j + 1]!) { best[i + 1]![j + 1] = v; move[i + 1]![j + 1] = 1; }
      }
      if (j < m) {
        // A row without a name is no indicator: leaving the name column empty costs most.
        // Level 2 is the column a merge most often takes away (rowspan above, colspan with the name).
        const v = here + (roles[j] === 'name' ? SKIP_NAME : covered[j] || roles[j] === 'section' ? 0 : roles[j] === 'level2' ? SKIP_LEVEL2 : SKIP_COLUMN);
        if (v > best[i]![j + 1]!) { best[i]![j + 1] = v; move[i]![j + 1] = 2; }
      }
      if (i < n) {
        const u = units[i]!;
        const v = here + (u.filler ? 0 : isBlank(u.text) ? DROP_EMPTY : DROP_TEXT);
        if (v > best[i + 1]![j]!) { best[i + 1]![j] = v; move[i + 1]![j] = 3; }
      }
    }
  }
  const assignment = new Array<number>(n).fill(-1);
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const mv = move[i]![j]!;
    if (mv === 1) { assignment[i - 1] = j - 1; i--; j--; }
    else if (mv === 2) j--;
    else if (mv === 3) i--;
    else break;
  }
  return fromAssignment(units, roles, assignment);
}

function tryDirect(units: Unit[], roles: Array<ColumnRole | null>): AlignedRow | null {
  const m = roles.length;
  // Real spans (docx/xlsx/HTML colspan) that add up to the header's width decide the columns:
  // a cell spanning 二级+三级 is the name, whatever its words look like.
  const spansKnown = units.some((u) => u.span > 1) && units.length === m && units.every((u, i) => u.start === i);
  const assignment = units.map((u, i) => (i < m && !u.filler ? i : -1));
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.filler || isBlank(u.text)) continue;
    if (i >= m) return null;
    if (u.span > 1) {
      if (!spansKnown) return null;
      const covered = roles.slice(i, i + u.span);
      const nameAt = covered.indexOf('name');
      let at = i;
      if (nameAt >= 0) at = i + nameAt;
      // A cell belongs to the column it starts in when its text fits there (成本指标 over 一级+二级 is
      // the level 1, 2025年11月底前 over 指标值+说明 the value): the span only says the columns it
      // covers are empty.
      else if (fitScore(u.text, roles[i] ?? null) < 0.3 || roles[i] == null || roles[i] === 'section' || roles[i] === 'note') {
        covered.forEach((r, k) => { if (fitScore(u.text, r) > fitScore(u.text, roles[at]!)) at = i + k; });
      }
      assignment[i] = at;
    }
    // A caption column (绩效指标) is merged over the data rows: text under it, beside other
    // cells, means the row left that merged cell out and sits shifted; let the alignment place it.
    if (roles[assignment[i]!] === 'section' && units.some((o, k) => k !== i && !o.filler && !isBlank(o.text))) return null;
    if (fitScore(u.text, roles[assignment[i]!]!) < 0.3) return null;
  }
  return fromAssignment(units, roles, assignment);
}

function fromAssignment(units: Unit[], roles: Array<ColumnRole | null>, assignment: number[]): AlignedRow {
  const m = roles.length;
  const values: Array<string | null> = new Array(m).fill(null);
  const mergedAway = new Array<boolean>(m).fill(true);
  const mergedFromAbove = new Array<boolean>(m).fill(false);
  const dropped: string[] = [];
  let realigned = false;
  let collapsed = false;
  units.forEach((u, i) => {
    const col = assignment[i]!;
    if (col < 0) {
      if (!u.filler && !isBlank(u.text)) dropped.push(u.text.trim());
      else if (!u.filler) collapsed = true;
      return;
    }
    if (u.filler) return;
    if (col < u.start || col >= u.start + u.span) realigned = true;
    // A span keeps its cell's text on one column; the others it covers stay merged away.
    values[col] = u.text;
    mergedAway[col] = false;
    mergedFromAbove[col] = u.merged;
  });
  return { values, mergedAway, mergedFromAbove, realigned, collapsed, dropped };
}
