import { isPlausibleUnit, isRangeValue, parseNature, parseValue, trimText } from '@jixiao/core';
import type { ColumnRole } from './header-map';
import { categoryLevel, stripLevelWeight } from './indicator-rows';
import { stripEnumerator } from './normalize-label';

/** One rebuilt row: `cells` is as wide as the header (blank where the row had no line). */
export interface LineRow { cells: string[]; first: number }

const LEVEL1 = /^(产出|效益|效果|满意度|成本|投入|管理|过程|决策)(指标)?$/;
const LEVEL2 = /^(数量|质量|时效|成本|经济成本|社会成本|生态环境成本|社会效益|经济效益|生态效益|可持续影响|服务对象满意度|社会公众满意度|预算执行|资产管理|财务管理|预算编制|目标设定)(指标)?$/;
// A level named in words the lists above do not know (履职效能指标): short and ends in 指标.
const LEVEL_LIKE = /^[\u4e00-\u9fa5]{2,8}指标$/;
const TOTAL = /^(合计|总计|总分)$/;
const SCORE = /^\d+(?:\.\d+)?\s*(?:分|%)?$/;
const FORBIDDEN = Number.NEGATIVE_INFINITY;
// What a row is worth for being a row: against cutting two rows with blank trailing cells into
// one that takes the next row's name for its note.
const ROW_BONUS = 0.5;

/** What one line says about itself, worked out once. */
interface LineKind {
  level1: boolean;
  level2: boolean;
  levelLike: boolean;
  total: boolean;
  score: boolean;
  /** A number or a sign in front of words: a value, never a name. */
  valueLike: boolean;
  unit: boolean;
  nature: boolean;
  digits: boolean;
  length: number;
  /** Reads like a qualitative target (有效提升, 按时完成) rather than an indicator's name. */
  valueWords: boolean;
  /** Ends like an indicator's name (…率, …人次, …时间, …满意度). */
  nameEnding: boolean;
  /** A level caption that can stand as a row of its own (一、产出指标（50分） / （一）数量指标). */
  category: boolean;
  /** Numbered like a caption row (一、 / （一）), not like a level cell. */
  enumerated: boolean;
}

// Words 绩效 targets are written in, and the nouns indicator names end with: soft leans only,
// for the rows whose cells fit two cuts equally well.
const VALUE_WORDS = /^(有效|明显|持续|逐步|全面|按时|按期|稳步|进一步|显著|大幅|不断|较上年|较去年|基本|完成|达到|提高|提升|改善|降低|下降|增加|减少|保持|稳定|良好|合格|达标|符合|无)/;
const NAME_ENDING = /(率|数|量|度|人次|户次|时间|时限|面积|里程|情况|成本|费用|标准|人数|次数|天数|金额|水平|能力|比例|占比|规模|指数|满意度)$/;

function lineKind(raw: string): LineKind {
  const text = trimText(raw);
  const level = (stripLevelWeight(stripEnumerator(text)) ?? '').replace(/\s+/g, '');
  const parsed = parseValue(text);
  return {
    level1: LEVEL1.test(level),
    level2: LEVEL2.test(level),
    levelLike: LEVEL_LIKE.test(level),
    total: TOTAL.test(text),
    score: SCORE.test(text),
    // 100%完成 reads as a number for the keys, but 2024年数据 is words: only a number with a real unit counts here.
    valueLike: (parsed.kind === 'number' && (parsed.unit == null || isPlausibleUnit(parsed.unit) || parsed.unit.includes('（'))) || parsed.kind === 'reference' || isRangeValue(text),
    unit: isPlausibleUnit(text),
    nature: parseNature(text) != null,
    digits: /\d/.test(text),
    length: text.length,
    valueWords: VALUE_WORDS.test(text),
    nameEnding: NAME_ENDING.test(text),
    category: categoryLevel([{ text, start: 0, span: 1, merged: false }]) != null,
    enumerated: stripEnumerator(text) !== text,
  };
}

// How well a line fits a column by what the column holds: levels, names, numbers, units, signs.
// Rows are cut where the fits add up best, so an empty cell in mid-row (no line at all) leaves
// the cells after it in their own columns instead of shifting them one column left.
function fit(k: LineKind, role: ColumnRole | null): number {
  if (k.total) return FORBIDDEN;
  const level = k.level1 || k.level2;
  switch (role) {
    case 'level1': return k.level1 ? 2 : k.levelLike ? 0.5 : FORBIDDEN;
    case 'level2': return k.level2 ? 2 : k.levelLike && !k.level1 ? 0.5 : FORBIDDEN;
    // Names seldom hold digits and values often do (2025年底前): a slight lean, for lines that fit both.
    case 'name': return level ? -3 : k.valueLike ? -3 : k.length > 80 ? -2 : 1 + (k.digits ? -0.2 : 0) + (k.valueWords ? -0.3 : 0) + (k.nameEnding ? 0.2 : 0);
    case 'value_actual':
    case 'value': return level ? -3 : k.valueLike ? 2 : 1 + (k.digits ? 0.1 : 0) + (k.valueWords ? 0.2 : 0) + (k.nameEnding ? -0.2 : 0);
    case 'actual': return level ? -3 : k.valueLike ? 2 : k.digits ? 1.1 : 1;
    // Units the list does not know are short (定性, 人·次); longer words are a note or the next row's name.
    case 'unit': return k.unit ? 2 : k.valueLike || level ? -3 : k.digits ? -2 : k.length <= 3 ? 0.3 : k.length <= 8 && !k.nameEnding && !k.valueWords ? -0.3 : -2;
    case 'nature': return k.nature ? 2 : -3;
    case 'weight':
    case 'score':
    case 'deduction': return k.score ? 2 : -3;
    default: return level ? -3 : k.valueLike ? 0.3 : 1;
  }
}

// A column left without a line: free before the name (merged levels are not repeated), dear
// after it, cheaper for the text columns that are often left blank (备注, 偏差原因).
function skipCost(role: ColumnRole | null, beforeName: boolean): number {
  if (beforeName) return 0;
  if (role === 'name') return FORBIDDEN;
  return role == null || role === 'reason' || role === 'note' || role === 'description' || role === 'basis' || role === 'method' ? -0.3 : -0.6;
}

/**
 * The rows of a table written one cell per line with no row marks, cut where the lines fit
 * the header's columns best. A row opens at a level or name cell, holds its name and at least
 * one cell after it; a 合计/总分 line and the numbers after it are a closing row. The table
 * ends where no row fits any more (rows are only kept while they add up to a positive fit).
 */
export function alignLineRows(lines: string[], roles: Array<ColumnRole | null>): { rows: LineRow[]; end: number } {
  const width = roles.length;
  const nameCol = roles.indexOf('name');
  const kinds = lines.map(lineKind);
  const hasLevels = roles.includes('level1') || roles.includes('level2');
  const n = lines.length;
  const best = new Float64Array(n + 1);
  const choice: Array<{ len: number; cols: number[] | null } | null> = new Array(n + 1).fill(null);
  for (let k = n - 1; k >= 0; k--) {
    best[k] = 0;
    // A level caption row (一、产出指标（50分）) over a table without level columns, or numbered
    // as captions are: a row of its own, one cell wide.
    if (kinds[k]!.category && (!hasLevels || kinds[k]!.enumerated)) {
      const s = 2.5 + best[k + 1]!;
      if (s > best[k]!) { best[k] = s; choice[k] = { len: 1, cols: null }; }
      if (!hasLevels) continue;
    }
    if (kinds[k]!.total) {
      let len = 1;
      while (len < width && k + len < n && kinds[k + len]!.score) len++;
      const s = 2 * len + best[k + len]!;
      if (s > best[k]!) { best[k] = s; choice[k] = { len, cols: null }; }
      continue;
    }
    // Options come shortest first; on a tie the longer row wins: people fill a row's cells left
    // to right and leave one blank only now and then.
    for (const option of rowOptions(kinds, k, roles, nameCol)) {
      const s = option.score + best[k + option.cols.length]!;
      if (s > best[k]! - 1e-9) { best[k] = s; choice[k] = { len: option.cols.length, cols: option.cols }; }
    }
  }
  const rows: LineRow[] = [];
  let k = 0;
  while (k < n && choice[k]) {
    const c = choice[k]!;
    const cells = c.cols ? new Array<string>(width).fill('') : [];
    for (let i = 0; i < c.len; i++) {
      if (c.cols) cells[c.cols[i]!] = lines[k + i]!;
      else cells.push(lines[k + i]!);
    }
    rows.push({ cells, first: k });
    k += c.len;
  }
  return { rows, end: k };
}

/** Every way the lines from `k` on can fill one row: the best column choice per row length. */
function rowOptions(kinds: LineKind[], k: number, roles: Array<ColumnRole | null>, nameCol: number): Array<{ score: number; cols: number[] }> {
  const width = roles.length;
  const maxLen = Math.min(width, kinds.length - k);
  // f[i][c]: best fit with line k+i in column c; from[i][c]: the column of line k+i-1.
  const f: number[][] = [];
  const from: number[][] = [];
  for (let i = 0; i < maxLen; i++) {
    f.push(new Array<number>(width).fill(FORBIDDEN));
    from.push(new Array<number>(width).fill(-1));
    const kind = kinds[k + i]!;
    for (let c = 0; c < width; c++) {
      const here = fit(kind, roles[c]!);
      if (here === FORBIDDEN) continue;
      if (i === 0) {
        // The first line sits at the name or before it; the columns it passes are merged levels.
        if (c <= nameCol) f[0]![c] = here;
        continue;
      }
      let gap = 0;
      for (let p = c - 1; p >= 0; p--) {
        const prev = f[i - 1]![p]!;
        if (prev !== FORBIDDEN && prev + gap + here > f[i]![c]!) { f[i]![c] = prev + gap + here; from[i]![c] = p; }
        gap += skipCost(roles[p]!, p < nameCol);
        if (gap === FORBIDDEN) break;
      }
    }
  }
  const out: Array<{ score: number; cols: number[] }> = [];
  for (let i = 1; i < maxLen; i++) {
    let bestScore = FORBIDDEN;
    let bestCol = -1;
    let tail = 0;
    for (let c = width - 1; c > nameCol; c--) {
      if (f[i]![c]! !== FORBIDDEN && f[i]![c]! + tail >= bestScore) { bestScore = f[i]![c]! + tail; bestCol = c; }
      tail += skipCost(roles[c]!, false);
    }
    if (bestCol < 0) continue;
    const cols = new Array<number>(i + 1);
    for (let j = i, c = bestCol; j >= 0; j--) { cols[j] = c; c = from[j]![c]!; }
    out.push({ score: bestScore + ROW_BONUS, cols });
  }
  return out;
}

/**
 * Lines copied out of a PDF viewer carry a cell's text one printed line a line, with nothing between
 * cells: a cell wrapped in its narrow column comes as a line as wide as the column and the rest on
 * the next line (支持乡村学校少年 ⏎ 宫数量, 活动开展达标合格 ⏎ 率). The column's width shows in the lines:
 * the length most long lines share. A line that wide followed by a shorter one that cannot stand as
 * a cell of its own (no value, unit, sign, score or level) is one cell. `true` at k: line k+1 goes on
 * line k's cell.
 */
export function fullWidthWraps(lines: string[]): boolean[] {
  const joins = lines.map(() => false);
  const lengths = lines.map((l) => trimText(l).length);
  const counts = new Map<number, number>();
  for (const n of lengths) if (n >= 5) counts.set(n, (counts.get(n) ?? 0) + 1);
  let width = 0;
  for (const [n, c] of counts) if (c >= 3 && (c > (counts.get(width) ?? 0) || (c === counts.get(width) && n > width))) width = n;
  if (width === 0) return joins;
  const kinds = lines.map(lineKind);
  // (达标率 reads like 达标 but ends like a name: the rest of one.)
  // A bare level word (数量, 质量) after a full line is the name's rest (…案件办理 ⏎ 数量); 数量指标 is a level.
  const standsAlone = (k: LineKind, text: string) => k.valueLike || k.unit || k.nature || k.score || ((k.level1 || k.level2) && /指标$/.test(text)) || k.total || (k.valueWords && !k.nameEnding) || k.category || k.enumerated;
  const full = (k: number) => lengths[k] === width && !kinds[k]!.valueLike && !kinds[k]!.level1 && !kinds[k]!.level2;
  const rest = (k: number) => k < lines.length && lengths[k]! < width && !standsAlone(kinds[k]!, trimText(lines[k]!));
  // Another column's width: a length long lines share that is always followed by such a rest
  // (a narrower description column wraps at its own width).
  const widths = new Set([width]);
  for (const [n, c] of counts) {
    if (n === width || c < 2) continue;
    const at = lengths.flatMap((m, k) => (m === n ? [k] : []));
    if (at.every((k) => !kinds[k]!.valueLike && !kinds[k]!.level1 && !kinds[k]!.level2 && k + 1 < lines.length && lengths[k + 1]! < n && !standsAlone(kinds[k + 1]!, trimText(lines[k + 1]!)))) widths.add(n);
  }
  for (let k = 0; k + 1 < lines.length; k++) {
    if (widths.has(lengths[k]!) && lengths[k] !== width) {
      joins[k] = true;
      continue;
    }
    if (!full(k)) continue;
    // A cell over three lines: two as wide as the column, then the rest.
    if (full(k + 1) && !joins[k - 1] && rest(k + 2) && !standsAlone(kinds[k + 1]!, trimText(lines[k + 1]!))) { joins[k] = true; joins[k + 1] = true; k++; continue; }
    if (rest(k + 1)) joins[k] = true;
  }
  return joins;
}
