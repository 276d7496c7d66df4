import { isPlausibleUnit, isRangeValue, parseNature, parseValue, trimText } from '@jixiao/core';
import type { ColumnRole } from './header-map';
import { displayWidth } from '../text/read-grid-table';
import { categoryLevel, stripLevelWeight } from './level-cells';
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
  /** Holds a sentence's stops (；。): a reason's or a note's words, seldom a name or a value. */
  prose: boolean;
  /** Holds a comma: a clause of a sentence, seldom an indicator's name. */
  clause: boolean;
  /** Ends in 指标, as levels do (度指标 is the rest of 服务对象满意度指标). */
  endsInLevelWord: boolean;
  /** A whole date or deadline (2025年11月30日前, 12月底前): a target, whole. */
  date: boolean;
  /** A date the column's edge cut before its day word (2025年11月30 ⏎ 日前): no value by itself. */
  cutDate: boolean;
  /** The rest of such a date (日前, 号前): never a unit. */
  dateRest: boolean;
}

// A deadline as targets write it: a month (with its year, day, or 底/旬) and what bounds it.
const DATE = /^(?:\d{4}年)?\d{1,2}月(?:\d{1,2}[日号]|[底末]|[上中下]旬)?(?:前|以前|之前|内|以内|止)?(?:完成|完工|到位|拨付)?$/;
const CUT_DATE = /^(?:\d{4}年\d{1,2}月\d{1,2}|\d{1,2}月\d{1,2}|\d{4}年\d{1,2})$/;
const DATE_REST = /^(?:(?:\d{0,2}[日号]|月(?:\d{1,2}[日号])?|[底末]|[上中下]旬)(?:前|以前|之前|内|以内|止)?|前|以前|之前)(?:完成|完工|到位|拨付)?$/;
// Where the column's edge may cut a date: after its year, month or day digits, or after its day word
// (2024年10月31日 ⏎ 前).
const DATE_START = /^(?:\d{4}年(?:\d{1,2}(?:月\d{0,2})?)?|\d{1,2}月\d{0,2}|(?:\d{4}年)?\d{1,2}月\d{1,2}[日号])$/;

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
    // 满意度 alone heads a score tree's level 2 as often as a level 1 (效益 → 满意度 → 群众满意度): the rows tell.
    level2: LEVEL2.test(level) || level === '满意度',
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
    prose: /[；;。]/.test(text),
    clause: /[，,]/.test(text),
    endsInLevelWord: /指标$/.test(text),
    date: DATE.test(text),
    cutDate: CUT_DATE.test(text),
    dateRest: DATE_REST.test(text),
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
    // A unit alone (个百分点, 平方米) is the rest of a value cut at its column's edge, never a name.
    case 'name': return level ? -3 : k.valueLike || k.dateRest ? -3 : k.length > 80 ? -2 : k.unit ? -1.5 : 1 + (k.digits ? -0.2 : 0) + (k.valueWords ? -0.3 : 0) + (k.nameEnding ? 0.2 : 0) + (k.prose || k.clause ? -0.7 : 0);
    // A target never ends in 指标: such a short line is a level's rest (服务对象满意 ⏎ 度指标).
    case 'value_actual':
    case 'value': return level ? -3 : k.valueLike || k.date ? 2 : k.cutDate ? 0.3 : 1 + (k.digits ? 0.1 : 0) + (k.valueWords ? 0.2 : 0) + (k.nameEnding ? -0.2 : 0) + (k.prose ? -0.7 : 0) + (k.endsInLevelWord ? -1 : 0);
    case 'actual': return level ? -3 : k.valueLike || k.date ? 2 : k.cutDate ? 0.3 : (k.digits ? 1.1 : 1) + (k.prose ? -0.7 : 0) + (k.endsInLevelWord ? -1 : 0);
    // Units the list does not know are short (定性, 人·次); longer words are a note or the next row's name.
    case 'unit': return k.unit ? 2 : k.valueLike || level || k.dateRest ? -3 : k.digits ? -2 : k.length <= 3 ? 0.3 : k.length <= 8 && !k.nameEnding && !k.valueWords ? -0.3 : -2;
    case 'nature': return k.nature ? 2 : -3;
    case 'weight':
    case 'score':
    case 'deduction': return k.score ? 2 : -3;
    default: return level ? -3 : k.dateRest ? -2 : k.valueLike ? 0.3 : 1;
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
 * `joinable[k]`: how many lines after line k may go on its cell (a PDF viewer's copy whose column
 * width shows too seldom to be learnt); taken only where the joined cell fits the rows better.
 */
export function alignLineRows(lines: string[], roles: Array<ColumnRole | null>, joinable?: readonly number[], labels?: readonly boolean[]): { rows: LineRow[]; end: number } {
  const width = roles.length;
  const nameCol = roles.indexOf('name');
  const kinds = lines.map(lineKind);
  // spans[k][m]: the kind of lines k … k+m joined (one wrapped cell), for m up to joinable[k].
  const spans = lines.map((_, k) => {
    const more = Math.min(joinable?.[k] ?? 0, lines.length - 1 - k);
    const out: Array<LineKind | null> = [null];
    for (let m = 1; m <= more; m++) out.push(lineKind(lines.slice(k, k + m + 1).join('')));
    return out;
  });
  const hasLevels = roles.includes('level1') || roles.includes('level2');
  const n = lines.length;
  const best = new Float64Array(n + 1);
  const choice: Array<{ len: number; cells: RowCell[] | null } | null> = new Array(n + 1).fill(null);
  for (let k = n - 1; k >= 0; k--) {
    best[k] = 0;
    // A level caption row (一、产出指标（50分）) over a table without level columns, or numbered
    // as captions are: a row of its own, one cell wide.
    if (kinds[k]!.category && (!hasLevels || kinds[k]!.enumerated)) {
      const s = 2.5 + best[k + 1]!;
      if (s > best[k]!) { best[k] = s; choice[k] = { len: 1, cells: null }; }
      if (!hasLevels) continue;
    }
    // A label line and its value between the indicator rows (项目名称 ⏎ 某项目, 主管部门 ⏎ 某局: the next
    // project of a table printing its header once): a label row of two cells, as the table prints it.
    if (labels?.[k] && k + 1 < n && !labels[k + 1] && nameCol >= 0 && nameCol + 1 < width) {
      const s = 3 + best[k + 2]!;
      if (s > best[k]!) { best[k] = s; choice[k] = { len: 2, cells: [{ col: nameCol, lines: 1 }, { col: nameCol + 1, lines: 1 }] }; }
    }
    if (kinds[k]!.total) {
      let len = 1;
      while (len < width && k + len < n && kinds[k + len]!.score) len++;
      const s = 2 * len + best[k + len]!;
      if (s > best[k]!) { best[k] = s; choice[k] = { len, cells: null }; }
      continue;
    }
    // Options come shortest first; on a tie the longer row wins: people fill a row's cells left
    // to right and leave one blank only now and then.
    for (const option of rowOptions(kinds, spans, k, roles, nameCol)) {
      const s = option.score + best[k + option.lines]!;
      if (s > best[k]! - 1e-9) { best[k] = s; choice[k] = { len: option.lines, cells: option.cells }; }
    }
  }
  const rows: LineRow[] = [];
  let k = 0;
  while (k < n && choice[k]) {
    const c = choice[k]!;
    const cells = c.cells ? new Array<string>(width).fill('') : [];
    if (c.cells) {
      let at = k;
      for (const cell of c.cells) {
        cells[cell.col] = lines.slice(at, at + cell.lines).join('');
        at += cell.lines;
      }
    } else {
      for (let i = 0; i < c.len; i++) cells.push(lines[k + i]!);
    }
    rows.push({ cells, first: k });
    k += c.len;
  }
  return { rows, end: k };
}

/** One cell of a row option: its column and how many lines it takes (more than one: a wrapped cell). */
interface RowCell { col: number; lines: number }

// What taking two lines as one wrapped cell costs: the pair must fit clearly better than the lines apart.
// Over three lines, two of them as wide as each other, the column's width shows: a gain instead.
const JOIN_COST = 0.4;
const JOIN_GAIN = 0.2;

/** Every way the lines from `k` on can fill one row: the best column choice per number of lines taken. */
function rowOptions(kinds: LineKind[], spans: Array<Array<LineKind | null>>, k: number, roles: Array<ColumnRole | null>, nameCol: number): Array<{ score: number; lines: number; cells: RowCell[] }> {
  const width = roles.length;
  let extra = 0;
  // (Capped: a row spans at most three times its width in lines, so the work per line stays bounded.)
  for (let j = k; j < k + width + extra && j < spans.length && extra < 2 * width; j++) extra += spans[j]!.length - 1;
  const maxLines = Math.min(width + extra, kinds.length - k);
  // f[j][c]: best fit with j+1 lines taken, the last cell ending there in column c; from[j][c]: the
  // previous cell's state (lines taken − 1, column), or -1 for the row's first cell; span[j][c]: the
  // last cell's line count.
  const f: number[][] = [];
  const fromJ: number[][] = [];
  const fromC: number[][] = [];
  const span: number[][] = [];
  for (let j = 0; j < maxLines; j++) {
    f.push(new Array<number>(width).fill(FORBIDDEN));
    fromJ.push(new Array<number>(width).fill(-1));
    fromC.push(new Array<number>(width).fill(-1));
    span.push(new Array<number>(width).fill(1));
  }
  // A cell of `len` lines starting at line k+start, ending at state j = start+len-1.
  const place = (start: number, len: number) => {
    const kind = len > 1 ? spans[k + start]![len - 1] : kinds[k + start];
    if (!kind) return;
    const j = start + len - 1;
    if (j >= maxLines) return;
    // Over three lines, two of them as wide as each other: the column's width shows, a gain, not a cost.
    const extra = len > 2 ? JOIN_GAIN : len > 1 ? -JOIN_COST : 0;
    for (let c = 0; c < width; c++) {
      const here = fit(kind, roles[c]!);
      if (here === FORBIDDEN) continue;
      if (start === 0) {
        // The first line sits at the name or before it; the columns it passes are merged levels.
        if (c <= nameCol && here + extra > f[j]![c]!) { f[j]![c] = here + extra; span[j]![c] = len; fromJ[j]![c] = -1; fromC[j]![c] = -1; }
        continue;
      }
      let gap = 0;
      for (let p = c - 1; p >= 0; p--) {
        const prev = f[start - 1]![p]!;
        if (prev !== FORBIDDEN && prev + gap + here + extra > f[j]![c]!) {
          f[j]![c] = prev + gap + here + extra;
          fromJ[j]![c] = start - 1;
          fromC[j]![c] = p;
          span[j]![c] = len;
        }
        gap += skipCost(roles[p]!, p < nameCol);
        if (gap === FORBIDDEN) break;
      }
    }
  };
  for (let start = 0; start < maxLines; start++) {
    place(start, 1);
    for (let len = 2; len <= spans[k + start]!.length; len++) place(start, len);
  }
  const out: Array<{ score: number; lines: number; cells: RowCell[] }> = [];
  for (let j = 1; j < maxLines; j++) {
    let bestScore = FORBIDDEN;
    let bestCol = -1;
    let tail = 0;
    for (let c = width - 1; c > nameCol; c--) {
      if (f[j]![c]! !== FORBIDDEN && f[j]![c]! + tail >= bestScore) { bestScore = f[j]![c]! + tail; bestCol = c; }
      tail += skipCost(roles[c]!, false);
    }
    if (bestCol < 0) continue;
    const cells: RowCell[] = [];
    for (let jj = j, c = bestCol; jj >= 0 && c >= 0;) {
      cells.unshift({ col: c, lines: span[jj]![c]! });
      const pj = fromJ[jj]![c]!;
      c = fromC[jj]![c]!;
      jj = pj;
    }
    out.push({ score: bestScore + ROW_BONUS, lines: j + 1, cells });
  }
  return out;
}

/**
 * How wide a printed line is, in Chinese characters: digits and Latin letters take half a column, so
 * the lines of one wrapped column (按2025年春季学期学籍 / 市场监管部门抽检结果) come out equal.
 */
function columnWidth(line: string): number {
  return Math.ceil(displayWidth(trimText(line)) / 2);
}

const SENTENCE_END = /[。；;！？]\s*$/;

// How a target starts: a number, a sign or a comparing word.
const VALUE_START = /^(?:[≥≤<>=＜＞＝≧≦]|\d|(?:不低于|不少于|不高于|不超过|不大于|不小于|大于|小于|高于|低于|较上年|达到))/;

// (达标率 reads like 达标 but ends like a name: the rest of one.)
// A bare level word (数量, 质量) after a full line is the name's rest (…案件办理 ⏎ 数量); 数量指标 is a level.
function standsAlone(k: LineKind, text: string): boolean {
  // (A whole date is a deadline or its result, never the rest of a name as wide as its column.)
  return k.valueLike || k.date || k.unit || k.nature || k.score || ((k.level1 || k.level2) && /指标$/.test(text)) || k.total || (k.valueWords && !k.nameEnding) || k.category || k.enumerated;
}

/**
 * Lines that may be one cell wrapped in its column when the column's width shows only once or twice
 * (too seldom for `fullWidthWraps` to learn it): one or two lines of words as wide as each other,
 * then a shorter one that cannot stand as a cell of its own. `m` at k: lines k … k+m may be one cell
 * (0: none). Only candidates: `alignLineRows` takes a run where it makes the rows fit better than
 * the lines apart.
 */
export function possibleWraps(lines: string[]): number[] {
  const kinds = lines.map(lineKind);
  const widths = lines.map(columnWidth);
  const words = (k: number) => {
    const here = kinds[k]!;
    return here.length >= 6 && !here.valueLike && !here.level1 && !here.level2 && !here.total && !here.score && !here.unit && !here.category;
  };
  // A unit alone may be a name's rest (法治宣传教育活动 ⏎ 场次): the rows tell.
  const rest = (k: number, width: number) => k < lines.length && (widths[k]! < width || (widths[k]! <= width + 1 && SENTENCE_END.test(lines[k]!))) && (!standsAlone(kinds[k]!, trimText(lines[k]!)) || (kinds[k]!.unit && !kinds[k]!.valueLike && !kinds[k]!.score));
  // A value cut at the column's edge (≤380元/平方 ⏎ 米, 较上年提高2 ⏎ 个百分点): its rest may read as a unit.
  const valueRest = (k: number) => {
    if (k + 1 >= lines.length || !VALUE_START.test(trimText(lines[k]!)) || kinds[k]!.length < 5) return false;
    const next = kinds[k + 1]!;
    return widths[k + 1]! < widths[k]! && next.length <= 4 && !next.valueLike && !next.score && !next.level1 && !next.level2 && !next.total && !next.nature && !next.category;
  };
  // A date cut at the column's edge (2025年11月30 ⏎ 日前): the two lines read as one deadline.
  const dateRest = (k: number) => k + 1 < lines.length && DATE_START.test(trimText(lines[k]!)) && kinds[k + 1]!.dateRest && DATE.test(trimText(lines[k]!) + trimText(lines[k + 1]!));
  return lines.map((_, k) => {
    if (valueRest(k) || dateRest(k)) return 1;
    if (!words(k)) return 0;
    const width = widths[k]!;
    let m = 1;
    // A cell over three lines: the middle one as wide as the first.
    while (m < 3 && k + m < lines.length && widths[k + m] === width && words(k + m) && !standsAlone(kinds[k + m]!, trimText(lines[k + m]!))) m++;
    for (let last = m; last >= 1; last--) if (rest(k + last, width)) return last;
    return 0;
  });
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
  const lengths = lines.map(columnWidth);
  const kinds = lines.map(lineKind);
  const counts = new Map<number, number>();
  for (const n of lengths) if (n >= 5) counts.set(n, (counts.get(n) ?? 0) + 1);
  let width = 0;
  for (const [n, c] of counts) if (c >= 3 && (c > (counts.get(width) ?? 0) || (c === counts.get(width) && n > width))) width = n;
  // (A line with a clause in it is a sentence, even when it opens like a value: 达到0.8次得20分，按完成.)
  const words = (k: number) => (!kinds[k]!.valueLike || kinds[k]!.clause || kinds[k]!.prose) && !kinds[k]!.level1 && !kinds[k]!.level2;
  // The last line of a cell is shorter than the column, or as wide when the sentence ends with it (…扣分。: its
  // stop may hang past the edge).
  const restOf = (k: number, n: number) => k < lines.length && (lengths[k]! < n || (lengths[k]! <= n + 1 && SENTENCE_END.test(lines[k]!))) && !standsAlone(kinds[k]!, trimText(lines[k]!));
  // Every column's width: a length long lines share that is always followed by such a rest (a
  // narrower description column wraps at its own width), or that is followed by one at least twice
  // (short names outnumber the wrapped ones: the width most lines share may be no column's).
  const widths = new Set<number>();
  if (width > 0) widths.add(width);
  const at = new Map<number, number[]>();
  lengths.forEach((n, k) => {
    if (n < 5) return;
    const list = at.get(n);
    if (list) list.push(k);
    else at.set(n, [k]);
  });
  for (const [n, ks] of at) {
    if (n === width || ks.length < 2) continue;
    const wraps = ks.filter((k) => words(k) && restOf(k + 1, n)).length;
    if (wraps === ks.length || wraps >= 2) widths.add(n);
  }
  if (widths.size === 0) return joins;
  const full = (k: number) => widths.has(lengths[k]!) && words(k);
  for (let k = 0; k + 1 < lines.length; k++) {
    // The rest of a wrapped cell ends it: it opens no wrap of its own.
    if (k > 0 && joins[k - 1] && lengths[k]! < lengths[k - 1]!) continue;
    if (!full(k)) continue;
    const n = lengths[k]!;
    // A cell over three lines: two as wide as the column, then the rest.
    // (A line opening with a number or a sign is a value's start, not the middle of a name.)
    if (lengths[k + 1] === n && words(k + 1) && !VALUE_START.test(trimText(lines[k + 1]!)) && !standsAlone(kinds[k + 1]!, trimText(lines[k + 1]!)) && restOf(k + 2, n)) { joins[k] = true; joins[k + 1] = true; k++; continue; }
    // A sentence cut at the column's edge (…，样本 ⏎ 不少于500份) goes on whatever its rest looks like.
    // A line that is itself as wide as another column and followed by a fragment (法律援助案件办理 ⏎ 数) opens
    // its own wrapped cell: it is not this cell's rest.
    const opensOwn = k + 2 < lines.length && lengths[k + 1] !== n && widths.has(lengths[k + 1]!) && words(k + 1) && kinds[k + 2]!.length <= 2 && restOf(k + 2, lengths[k + 1]!);
    if (opensOwn) continue;
    if (restOf(k + 1, n) || (n !== width && /[，、；]/.test(lines[k]!) && lengths[k + 1]! < n && !kinds[k + 1]!.level1 && !kinds[k + 1]!.level2)) joins[k] = true;
  }
  return joins;
}
