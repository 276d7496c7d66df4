import type { GridCell } from './flatten-source';
import { budgetKeyOf } from './budget-captions';
import { matchLabel } from './field-labels';
import { dropGoalOutcomeColumn } from './goal-outcome-column';
import { isBlank, normalizeLabel } from './normalize-label';

/** What an indicator table column holds. `section` is a group caption like 绩效指标（90分）. */
export type ColumnRole =
  | 'level1' | 'level2' | 'name' | 'description' | 'weight' | 'unit' | 'nature' | 'value'
  | 'basis' | 'method' | 'actual' | 'score' | 'deduction' | 'reason' | 'note' | 'section'
  /** 年度指标值/实际完成值: one column holding the target and the result (`≥95%/98%`). */
  | 'value_actual'
  /** 申报指标值 beside 批复指标值: read only where the approved cell says 同申报 / 同左. */
  | 'value_declared';

/**
 * Header words by meaning. Matching is on the normalized label: exact first, then the
 * longest synonym the header contains (so 年度指标值 → value, 实际完成值 → actual).
 */
const HEADER_SYNONYMS: Record<ColumnRole, string[]> = {
  level1: ['一级指标', '一级', '指标类别', '指标类型'],
  level2: ['二级指标', '二级'],
  name: ['三级指标', '三级', '指标名称', '指标', '绩效指标名称', '具体指标', '指标内容', '指标项'],
  description: ['绩效指标描述', '指标描述', '指标解释', '指标值说明', '指标说明', '指标内涵', '指标定义', '指标释义'],
  weight: ['指标权重', '权重', '分值', '指标分值', '权重分', '标准分值', '权数', '标准分'],
  unit: ['计量单位', '度量单位', '单位', '计算单位'],
  // 比较符 / 运算符 (a system export's column of 大于等于 / 小于等于 / 等于 / 定性 beside a bare figure).
  nature: ['指标性质', '指标方向', '指标值方向', '方向', '性质', '指标类型性质', '计算符号', '符号', '比较符', '比较符号', '运算符', '运算符号', '比较关系', '关系符'],
  value: ['指标值', '绩效指标值', '年度指标值', '目标值', '预期目标值', '指标目标值', '年度目标值', '预期指标值', '计划值', '绩效目标值', '标准值', '计划完成值', '计划指标值'],
  basis: ['指标值确定依据', '指标值设定依据', '绩效指标值设定依据及指标值数据来源', '指标值设定依据及数据来源', '确定依据', '依据', '指标来源', '设定依据', '取值依据', '目标值确定依据', '测算依据'],
  method: ['评分说明', '评分标准', '评分方法', '计分方法', '评分规则', '评分细则'],
  actual: ['完成值', '实际完成值', '全年实际值', '实际值', '实际完成情况', '完成情况', '全年完成值', '实际完成'],
  score: ['得分', '自评得分', '评分', '实际得分', '评价得分', '自评分'],
  // Score sheets that print the points taken off instead of the points given (标准分 | 扣分).
  deduction: ['扣分', '扣分值', '扣减分值', '自评扣分', '扣分分值'],
  // Named only by a pair of captions (see computeRole).
  value_actual: [],
  value_declared: [],
  reason: ['偏差原因', '未完成原因分析', '原因', '偏差原因分析', '未完成原因', '偏差原因分析及改进措施', '原因分析', '扣分原因', '扣分理由'],
  note: ['备注', '说明'],
  section: ['绩效指标', '指标体系', '绩效目标指标'],
};

const EXACT = new Map<string, ColumnRole>();
const BY_LENGTH: Array<[string, ColumnRole]> = [];
for (const [role, words] of Object.entries(HEADER_SYNONYMS) as Array<[ColumnRole, string[]]>) {
  for (const w of words) {
    EXACT.set(w, role);
    if (w.length >= 2) BY_LENGTH.push([w, role]);
  }
}
BY_LENGTH.sort((a, b) => b[0].length - a[0].length);

/** The role a header cell names; `strict` accepts exact synonyms only. */
export function headerRole(text: string, strict = false): ColumnRole | null {
  if (text.length > 40 || isBlank(text)) return null;
  const cacheKey = (strict ? '1' : '0') + text;
  const cached = ROLE_CACHE.get(cacheKey);
  if (cached !== undefined) return cached;
  const role = computeRole(text, strict);
  if (ROLE_CACHE.size > 20000) ROLE_CACHE.clear();
  ROLE_CACHE.set(cacheKey, role);
  return role;
}

const PAST_YEAR = /^(上年|上一年|去年|前年|历史|以前年度|往年)/;

export const DECLARED_STAGE = /^(申报|调整前|原|原定|原申报|初始|申请)/;
export const APPROVED_STAGE = /^(批复|调整后|审定|核定|审核|审核后|批准|财政审核|终审)/;
const VALUE_STAGE = /^(申报|批复|调整前|调整后|审定|核定|审核后|批准)(指标)?(值|数值|目标值)?$/;

/**
 * 申报值 | 批复值 (or 调整前 | 调整后) on the row under a 指标值 caption that spans both: the
 * header with the approved column as the value and the declared one not read; null when the
 * row is not such a pair of captions.
 */
export function withValueStages(header: HeaderMap, cells: GridCell[]): HeaderMap | null {
  const filled = cells.filter((c) => !isBlank(c.text));
  const stages = filled.filter((c) => VALUE_STAGE.test(normalizeLabel(c.text)));
  if (stages.length < 2) return null;
  const covers = (c: GridCell, col: number) => col >= 0 && c.start <= col && col < c.start + c.span;
  const valueCol = header.roles.indexOf('value');
  if (valueCol < 0 || filled.some((c) => ['name', 'level1', 'level2'].some((r) => covers(c, header.roles.indexOf(r as ColumnRole))))) return null;
  const approved = stages.filter((c) => APPROVED_STAGE.test(normalizeLabel(c.text)));
  const declared = stages.filter((c) => DECLARED_STAGE.test(normalizeLabel(c.text)));
  if (approved.length !== 1 || declared.length === 0) return null;
  const roles = header.roles.slice();
  const texts = header.texts.slice();
  roles[valueCol] = null;
  for (const c of declared) roles[c.start] = 'value_declared';
  roles[approved[0]!.start] = 'value';
  texts[approved[0]!.start] = approved[0]!.text.trim();
  return { ...header, roles, texts };
}

const ROLE_CACHE = new Map<string, ColumnRole | null>();

const CODE_CAPTION = /(编码|代码|编号|代号)$/;

function computeRole(text: string, strict: boolean): ColumnRole | null {
  const n = normalizeLabel(text);
  // A long template caption (绩效指标值设定依据及指标值数据来源) counts when it is a known one.
  const exact = EXACT.get(n);
  if (exact) return exact;
  if (n === '' || n.length > 16) return null;
  if (strict) return null;
  // 年度指标值⏎实际完成值 (two captions stacked in one cell, a `<br>` between): the target over the result.
  const stacked = text.split(/\n/).map((l) => l.trim()).filter((l) => l !== '');
  if (stacked.length === 2 && computeRole(stacked[0]!, false) === 'value' && computeRole(stacked[1]!, false) === 'actual') return 'value_actual';
  // 年度指标值/实际完成值 (or 指标值／完成值): the target and the result written in one cell.
  const pair = n.split(/[/／]/);
  if (pair.length === 2 && computeRole(pair[0]!, false) === 'value' && computeRole(pair[1]!, false) === 'actual') return 'value_actual';
  // 上年完成值 / 历史指标值 / 2023年实际值: an earlier year's figures, not this form's value or result.
  if (PAST_YEAR.test(n)) return null;
  // 一级指标编码 / 指标代码 (a budget system's code columns beside the names): codes, read by no role.
  if (CODE_CAPTION.test(n)) return null;
  // Two-character words (指标, 分值, 单位 …) only count when they are the whole caption:
  // 产出指标 or 服务对象满意度指标 are level names in data rows, not headers.
  for (const [w, role] of BY_LENGTH) {
    if (w.length >= 3 && n.includes(w) && n.length <= w.length + 5) return role;
  }
  return null;
}

export interface HeaderMap {
  /** Role per grid column (null: a column we do not read). */
  roles: Array<ColumnRole | null>;
  /** Header texts per grid column, for warnings. */
  texts: string[];
  unknown: string[];
  /**
   * The role each column's captions name before the columns of another period, stage or year are
   * dropped (实施期指标值 beside 年度指标值): what their cells look like, for aligning short rows.
   */
  looks?: Array<ColumnRole | null>;
}

const TARGET_GOAL_CAPTION = /^(年度|全年|本年度?|预期|计划)?(绩效)?目标$/;

// A cell that is just an amount: headers have none.
const NUMBER_CELL = /^[\s\u3000]*[+-]?[\d０-９][\d０-９,，.．]*[\s\u3000]*(%|％|万元|元|分)?[\s\u3000]*$/;

const KEY_ROLES: ColumnRole[] = ['name', 'value', 'weight', 'level1', 'level2', 'score', 'deduction', 'actual', 'value_actual'];

/** The column map when the row is an indicator table header, else null. */
export function readHeaderRow(cells: GridCell[]): HeaderMap | null {
  const width = gridWidth(cells);
  const roles: Array<ColumnRole | null> = new Array(width).fill(null);
  const texts: string[] = new Array(width).fill('');
  const unknown: string[] = [];
  let found = 0;
  let key = 0;
  for (const c of cells) {
    if (isBlank(c.text)) continue;
    if (NUMBER_CELL.test(c.text) || /^[\s≥≤><=＝≧≦＞＜]/.test(c.text)) return null;
    const role = headerRole(c.text);
    texts[c.start] = c.text.trim();
    if (!role) { unknown.push(c.text.trim()); continue; }
    if (role !== 'section') { found++; if (KEY_ROLES.includes(role)) key++; }
    roles[c.start] = role;
  }
  // 年度目标 over a column of its own in a header that names the indicators (三级指标 | 分值 |
  // 年度目标 | 实际完成情况): the column of targets. Elsewhere (年度总体目标 | 年度目标 | 实际完成情况
  // over two texts) the caption heads the goal, so it is no header word by itself.
  const goalCaption = roles.includes('name') && !roles.includes('value')
    ? cells.filter((c) => !isBlank(c.text) && roles[c.start] == null && TARGET_GOAL_CAPTION.test(normalizeLabel(c.text)))
    : [];
  if (goalCaption.length === 1) {
    roles[goalCaption[0]!.start] = 'value';
    unknown.splice(unknown.indexOf(goalCaption[0]!.text.trim()), 1);
    found++;
    key++;
  }
  found -= dropGoalOutcomeColumn(roles, texts, unknown);
  if (found >= 3 || (found >= 2 && key >= 1)) {
    if (unknown.filter((t) => !(roles.includes('name') && isFormFieldCaption(t))).length > found) return null;
    return { roles: keepIndicatorWeight(keepLastGroup(keepFirstYear(keepApproved(dropLongTermCopies(roles, texts), texts), texts))), texts, unknown, looks: roles };
  }
  return null;
}

/**
 * 项目名称 | 年初预算数 | … | 三级指标 | 指标值 | 自评总分: a flat export repeats the form's own fields
 * (identity, budget, total) as columns beside the indicator's; those captions are known, not noise.
 */
function isFormFieldCaption(text: string): boolean {
  if (budgetKeyOf(text) != null) return true;
  const m = matchLabel(text, 'project_self_evaluation') ?? matchLabel(text, 'project_target');
  return m != null && m.value == null && m.key !== 'caption';
}

const LONG_TERM_COLUMN = /(中长期|长期|中期|实施期|整体期|项目期|执行期|全周期)/;
const ANNUAL_COLUMN = /(年度|当年|本年|本期)/;

/**
 * 中期指标值 | 年度指标值: a column the header names for the implementation period, beside
 * another column of the same role, is not the form's year and is not read.
 */
function dropLongTermCopies(roles: Array<ColumnRole | null>, texts: string[]): Array<ColumnRole | null> {
  const out = roles.slice();
  for (let i = 0; i < out.length; i++) {
    const r = out[i];
    if (r == null || r === 'section' || !LONG_TERM_COLUMN.test(texts[i] ?? '') || ANNUAL_COLUMN.test((texts[i] ?? '').replace(LONG_TERM_COLUMN, ''))) continue;
    if (out.some((x, j) => j !== i && x === r && !LONG_TERM_COLUMN.test(texts[j] ?? ''))) out[i] = null;
  }
  return out;
}

/**
 * 申报指标值 | 批复指标值 (a finance bureau's 批复表) or 调整前 | 调整后 (a 调整表): the approved or
 * adjusted column is the target the year is measured against; the declared one is not read.
 */
export function keepApproved(roles: Array<ColumnRole | null>, texts: string[]): Array<ColumnRole | null> {
  const stage = (i: number, re: RegExp) => re.test(normalizeLabel(texts[i] ?? ''));
  const out = roles.slice();
  for (const role of new Set(out)) {
    if (role == null || role === 'section') continue;
    const cols = out.map((r, i) => (r === role ? i : -1)).filter((i) => i >= 0);
    if (cols.length < 2 || !cols.some((i) => stage(i, APPROVED_STAGE)) || !cols.some((i) => stage(i, DECLARED_STAGE))) continue;
    for (const i of cols) if (stage(i, DECLARED_STAGE)) out[i] = role === 'value' ? 'value_declared' : null;
  }
  return out;
}

/**
 * 2025年指标值 | 2026年指标值 | 2027年指标值 (a medium-term plan's targets year by year): the
 * earliest year is the budget year; the later years' columns are not read.
 */
function keepFirstYear(roles: Array<ColumnRole | null>, texts: string[]): Array<ColumnRole | null> {
  const out = roles.slice();
  const yearAt = (i: number) => { const m = /((?:19|20)\d{2})\s*年/.exec(texts[i] ?? ''); return m ? Number(m[1]) : null; };
  for (const role of new Set(out)) {
    if (role == null || role === 'section') continue;
    const cols = out.map((r, i) => (r === role ? i : -1)).filter((i) => i >= 0 && yearAt(i) != null);
    if (cols.length < 2 || new Set(cols.map(yearAt)).size < 2) continue;
    const first = Math.min(...cols.map((i) => yearAt(i)!));
    for (const i of cols) if (yearAt(i) !== first) out[i] = null;
  }
  return out;
}

/**
 * 2024年目标值 | 2025年目标值 (last year's targets beside this year's): when the form's year is
 * known and one of the year-captioned columns of a role is that year's, it is the one read — the
 * earliest-year rule above only stands in when the year is not known.
 */
export function preferBudgetYear(header: HeaderMap, year: number | null): HeaderMap {
  if (year == null) return header;
  const yearAt = (i: number) => { const m = /((?:19|20)\d{2})\s*年/.exec(header.texts[i] ?? ''); return m ? Number(m[1]) : null; };
  const captioned = header.texts.map((t, i) => (yearAt(i) != null ? headerRole(t) : null));
  const roles = header.roles.slice();
  let changed = false;
  for (const role of new Set(captioned)) {
    if (role == null || role === 'section') continue;
    const cols = captioned.map((r, i) => (r === role && yearAt(i) != null ? i : -1)).filter((i) => i >= 0);
    if (cols.length < 2 || new Set(cols.map(yearAt)).size < 2 || !cols.some((i) => yearAt(i) === year)) continue;
    for (const i of cols) {
      const want = yearAt(i) === year ? role : null;
      if (roles[i] !== want) { roles[i] = want; changed = true; }
    }
  }
  // 2025年实际完成值 | 2026年目标值 on a 2026 form: an earlier year's figures, as 上年完成值 are, fill nothing.
  for (let i = 0; i < roles.length; i++) {
    const y = yearAt(i);
    if (y == null || y >= year || !PAST_FIGURE_ROLES.has(roles[i] ?? null)) continue;
    if (!roles.some((r, j) => j !== i && r != null && (r === 'value' || r === 'value_actual') && (yearAt(j) ?? year) >= year)) continue;
    roles[i] = null;
    changed = true;
  }
  return changed ? { ...header, roles } : header;
}

const PAST_FIGURE_ROLES = new Set<ColumnRole | null>(['value', 'actual', 'value_actual']);

/**
 * Target forms that print the implementation period's indicators beside the year's
 * (二级指标 | 三级指标 | 指标值 | 二级指标 | 三级指标 | 指标值, 中期 then 年度) repeat the
 * columns: the form's year is the later group, so the earlier copies are not read.
 */
function keepLastGroup(roles: Array<ColumnRole | null>): Array<ColumnRole | null> {
  const count = (r: ColumnRole) => roles.filter((x) => x === r).length;
  if (count('name') < 2 && count('value') < 2) return roles;
  if (count('value') < 2) {
    // 三级指标 | 指标内容 | 指标值: one indicator per row, the second name column describes it.
    const out = roles.slice();
    const second = out.indexOf('name', out.indexOf('name') + 1);
    out[second] = out.includes('description') ? null : 'description';
    return out;
  }
  const out = roles.slice();
  // One name but two value columns (三级指标 | … | 目标值(标准) | 分值 | 采集数据项 | 指标值): a score
  // sheet's first value column is the target, the later one what was measured.
  const measured = count('name') < 2 && !out.includes('actual') ? out.lastIndexOf('value') : -1;
  if (measured >= 0) out[measured] = 'actual';
  for (let i = 0; i < out.length; i++) {
    const r = out[i];
    if (r === 'value' && measured >= 0) { if (out.indexOf('value') !== i) out[i] = null; continue; }
    if (r != null && r !== 'section' && out.indexOf(r, i + 1) > i) out[i] = null;
  }
  return out;
}

/**
 * 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值: a score column beside each level gives the
 * levels' points; the indicator's own is the first weight column after the name (the last one
 * when none follows it). The levels' columns are not read.
 */
function keepIndicatorWeight(roles: Array<ColumnRole | null>): Array<ColumnRole | null> {
  const cols = roles.map((r, i) => (r === 'weight' ? i : -1)).filter((i) => i >= 0);
  const name = roles.indexOf('name');
  if (cols.length < 2 || name < 0) return roles;
  const keep = cols.find((i) => i > name) ?? cols[cols.length - 1];
  return roles.map((r, i) => (r === 'weight' && i !== keep ? null : r));
}

export function gridWidth(cells: GridCell[]): number {
  let w = 0;
  for (const c of cells) w = Math.max(w, c.start + c.span);
  return w;
}

/**
 * Fills the empty columns of a header row from the header words of the row above: two-row
 * headers put captions over the columns the lower row leaves blank. A shorter upper row
 * (its merged caption collapsed to one cell) is aligned to the right.
 */
export function mergeUpperHeader(lower: HeaderMap, upperCells: GridCell[]): HeaderMap {
  const width = lower.roles.length;
  const upperWidth = gridWidth(upperCells);
  const offset = upperWidth < width ? width - upperWidth : 0;
  const roles = lower.roles.slice();
  const texts = lower.texts.slice();
  const used = new Set(roles.filter((r): r is ColumnRole => r != null));
  for (const c of upperCells) {
    const col = c.start + offset;
    if (col >= width || isBlank(c.text)) continue;
    if (roles[col] != null || !isBlank(texts[col])) continue;
    const role = headerRole(c.text, offset === 0);
    if (!role || role === 'section' || used.has(role)) continue;
    roles[col] = role;
    texts[col] = c.text.trim();
    used.add(role);
  }
  return { roles, texts, unknown: lower.unknown };
}

/**
 * A header over two rows whose upper row captions the level and name columns together
 * (绩效指标 over 一级指标 | 二级指标 | 三级指标) and whose lower row holds only those: the lower
 * row's cells take the caption's place and the upper row's other captions (年度指标值, 分值 …)
 * follow them. A browser copy gives the caption once, so the captions after it sit too far
 * left; an Excel copy leaves the caption's other cells empty and the lower row stops early.
 * Null when the rows are not such a pair.
 */
export function widenLowerHeader(lower: GridCell[], upper: GridCell[]): GridCell[] | null {
  const section = upper.find((c) => !isBlank(c.text) && headerRole(c.text) === 'section');
  const lowerFilled = lower.filter((c) => !isBlank(c.text));
  if (!section || lowerFilled.length < 2) return null;
  if (lowerFilled.some((c) => { const r = headerRole(c.text); return r !== 'level1' && r !== 'level2' && r !== 'name'; })) return null;
  const after = upper.filter((c) => c.start > section.start && !isBlank(c.text));
  if (after.length === 0 || after.some((c) => headerRole(c.text) == null || headerRole(c.text) === 'section')) return null;
  const lowerEnd = Math.max(...lowerFilled.map((c) => c.start + c.span));
  if (lowerFilled[0]!.start < section.start) return null;
  // Already in place when the captions after 绩效指标 start where the lower row ends.
  const shift = Math.max(0, lowerEnd - after[0]!.start);
  if (shift === 0 && gridWidth(lower) >= gridWidth(upper)) return null;
  const before = upper.filter((c) => c.start < section.start && !isBlank(c.text));
  return [...before, ...lowerFilled, ...after.map((c) => ({ ...c, start: c.start + shift }))];
}


const GROUP_SUB_ROLES: ReadonlyArray<ColumnRole | null> = ['nature', 'value', 'unit', 'description', 'weight'];

/**
 * A header over two rows whose upper row captions groups of columns side by side (年度指标值 |
 * 实施期指标值, 申报值 | 批复值, 2025年 | 2026年) and whose lower row repeats the same captions under
 * each (指标性质 | 指标值 | 度量单位 twice): one header row whose lower captions carry their group's
 * period or stage (年度指标性质 … 实施期指标值 …), so the year's or the approved group is read and the
 * others dropped as for captions in one row. A browser's copy gives each group caption once (its
 * colspan collapsed) and starts the lower row at the left; Excel pads both. Null when the rows are
 * not such a pair.
 */
export function groupedSubHeader(upper: GridCell[], lower: GridCell[]): GridCell[] | null {
  const upperFilled = upper.filter((c) => !isBlank(c.text));
  const lowerFilled = lower.filter((c) => !isBlank(c.text));
  const isGroup = (text: string) => headerRole(text) === 'value' || VALUE_STAGE.test(normalizeLabel(text)) || /^(19|20)\d{2}年度?$/.test(normalizeLabel(text));
  const groups = upperFilled.map((c, i) => (isGroup(c.text) ? i : -1)).filter((i) => i >= 0);
  if (groups.length < 2 || groups.some((g, k) => k > 0 && g !== groups[k - 1]! + 1)) return null;
  if (lowerFilled.length % groups.length !== 0) return null;
  const size = lowerFilled.length / groups.length;
  if (size < 2) return null;
  const subRoles = lowerFilled.map((c) => headerRole(c.text));
  if (subRoles.some((r) => !GROUP_SUB_ROLES.includes(r))) return null;
  // Every group repeats the same captions, a value among them.
  for (let k = 1; k < groups.length; k++) {
    for (let j = 0; j < size; j++) if (subRoles[k * size + j] !== subRoles[j]) return null;
  }
  if (!subRoles.slice(0, size).includes('value')) return null;
  const prefixOf = (text: string) => normalizeLabel(text).replace(/(指标值|目标值|数值|值)$/, '');
  const texts: string[] = [
    ...upperFilled.slice(0, groups[0]).map((c) => c.text),
    ...groups.flatMap((g, k) => lowerFilled.slice(k * size, (k + 1) * size).map((c) => prefixOf(upperFilled[g]!.text) + normalizeLabel(c.text))),
    ...upperFilled.slice(groups[groups.length - 1]! + 1).map((c) => c.text),
  ];
  return texts.map((text, start) => ({ text, start, span: 1, merged: false }));
}
