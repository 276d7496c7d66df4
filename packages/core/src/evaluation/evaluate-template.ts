import { formatNumber as f, roundScore } from '../scoring/round-score';
import type { Derivation } from '../scoring/score-types';
import { deductionFloor, describeDeductionFloor, type DeductionFloor } from './deduction-floor';
import { leafMaxTotal, type EvaluationTemplate, type TemplateItem } from './evaluation-template';
import { compileFormula } from './formula/compile-formula';
import { evaluateFormula, type FormulaInputs } from './formula/evaluate-formula';
import { normalizeInputName, readInputValue } from './formula/read-input-value';

export interface EvaluateTemplateInput {
  /** Named inputs the formulas read (执行数, 调整预算数, …). */
  inputs?: FormulaInputs;
  /** Scores entered by the evaluator, by item id. */
  enteredScores?: Readonly<Record<string, number>>;
  /** Points to take off for deduction items, by item id (a positive number). */
  deductions?: Readonly<Record<string, number>>;
}

export type ItemScoreSource = 'formula' | 'entered' | 'sum' | 'deduction' | 'none';

export interface EvaluatedItem {
  id: string;
  name: string;
  level: 1 | 2 | 3;
  maxScore: number | null;
  score: number | null;
  source: ItemScoreSource;
  derivation: Derivation;
  issues: string[];
  /**
   * A group's rows' maxima added up, when they differ from its printed 分值 (seed 003's 预算管理 prints 21 over rows
   * worth 31). The group is scored as its rows' sum, not capped at the printed figure; groupNote says so.
   */
  rowsMax?: number;
  groupNote?: string;
  /** A row nothing was given for yet (no score, no input of its formula): work to do, its message no problem. */
  pending?: boolean;
}

export interface TemplateEvaluation {
  items: EvaluatedItem[];
  /** Σ top-level scores (deductions included), never below 0, rounded to 2 decimals. */
  total: number;
  /** Said when the deductions took the sum below 0 and the total was floored there. */
  totalNote?: string;
  /** Scorable rows (a 分值, not a deduction) with no score yet: while any is left the evaluation has no grade. */
  unscored: number;
}

/** Scores a department evaluation against a template (rules.md §3). Pure; never throws. */
export function evaluateTemplate(template: EvaluationTemplate, input: EvaluateTemplateInput = {}): TemplateEvaluation {
  const out: EvaluatedItem[] = [];
  let sum = 0;
  const given = { ...input, inputs: normalizedInputs(input.inputs) };
  for (const item of template.items) {
    const s = evaluateItem(item, given, out, null, template.totalScore);
    if (s != null) sum += s;
  }
  const raw = roundScore(sum);
  const floored = raw < 0 ? { totalNote: `各项得分与扣分合计${f(raw)}分，总分不低于0分，按0分计。` } : {};
  return { items: out, total: Math.max(0, raw), ...floored, unscored: unscoredCount(template.items, out) };
}

/** Rows that carry a 分值 and still have no score, a group scored as a whole counting for its rows. */
function unscoredCount(items: readonly TemplateItem[], evaluated: readonly EvaluatedItem[]): number {
  const byId = new Map(evaluated.map((e) => [e.id, e]));
  let n = 0;
  const walk = (list: readonly TemplateItem[]) => {
    for (const item of list) {
      if (item.deduction) continue;
      const kids = item.children ?? [];
      if (kids.length > 0) {
        if (byId.get(item.id)?.source !== 'entered') walk(kids);
      } else if (item.maxScore != null && byId.get(item.id)?.score == null) n++;
    }
  };
  walk(items);
  return n;
}

/** The rows' maxima of a group when they differ from its printed 分值, with the note the page and report print. */
function groupMax(item: TemplateItem): { rowsMax: number; groupNote: string } | null {
  if (item.maxScore == null || item.deduction) return null;
  const rows = leafMaxTotal(item.children ?? []);
  if (Math.abs(rows - item.maxScore) <= 0.005) return null;
  return {
    rowsMax: rows,
    groupNote: `指标体系标注分值${f(item.maxScore)}分，下级指标分值合计${f(rows)}分；得分按下级指标得分合计，${rows > item.maxScore ? `可高于${f(item.maxScore)}分` : `至多${f(rows)}分`}（不按标注分值折算或封顶）。`,
  };
}

/** Input names typed with stray spaces or full-width letters (「执行数 」) still reach the formula's 执行数. */
function normalizedInputs(inputs: FormulaInputs | undefined): FormulaInputs | undefined {
  if (!inputs) return inputs;
  const own = (k: string) => Object.prototype.hasOwnProperty.call(inputs, k);
  const entries: Array<[string, FormulaInputs[string]]> = [];
  for (const k of Object.keys(inputs)) {
    const n = normalizeInputName(k);
    entries.push([k, inputs[k]]);
    if (n !== k && n !== '' && !own(n)) entries.push([n, inputs[k]]);
  }
  return Object.fromEntries(entries) as FormulaInputs;
}

/**
 * `above` is the floor of the 扣分项 group the item sits under (null outside one): under it every row takes points off,
 * and a row stating no bound of its own is bounded by it (deductionFloor).
 */
function evaluateItem(item: TemplateItem, input: EvaluateTemplateInput, out: EvaluatedItem[], above: DeductionFloor | null, totalScore: number): number | null {
  const deduction = above != null || item.deduction === true;
  const floor = deduction ? deductionFloor(item, above, totalScore) : null;
  const kids = item.children ?? [];
  if (kids.length > 0) {
    const slot = out.length;
    out.push(null as unknown as EvaluatedItem);
    const parts: number[] = [];
    for (const k of kids) {
      const s = evaluateItem(k, input, out, floor, totalScore);
      if (s != null) parts.push(s);
    }
    let score = roundScore(parts.reduce((a, b) => a + b, 0));
    const issues: string[] = [];
    let arithmetic = parts.length > 0 ? `${parts.map(f).join(' + ')} = ${f(score)}` : '下级均未计分';
    if (floor && score < -floor.points) {
      arithmetic += ` → ${describeDeductionFloor(floor)} → ${f(-floor.points)}`;
      score = -floor.points;
    }
    const entered = deduction ? undefined : ownNumber(input.enteredScores, item.id);
    if (entered != null && parts.length === 0 && item.maxScore != null) {
      // A group scored as a whole (the sheet prints one score for 二级 and leaves its rows blank).
      const whole = roundScore(Math.min(Math.max(entered, 0), item.maxScore));
      if (whole !== roundScore(entered)) issues.push(`「${item.name}」录入得分${f(entered)}超出 [0, ${f(item.maxScore)}]，已限定在区间内；请核实。`);
      out[slot] = {
        id: item.id, name: item.name, level: item.level, maxScore: item.maxScore, score: whole, source: 'entered',
        derivation: { inputs: { entered }, rule: '下级均未计分，按整项录入得分', arithmetic: `录入得分 ${f(whole)}（满分 ${f(item.maxScore)}）` }, issues,
      };
      return whole;
    }
    if (entered != null && parts.length > 0 && Math.abs(entered - score) > 0.005) {
      issues.push(`「${item.name}」录入得分${f(entered)}与下级得分合计${f(score)}不一致，已采用下级合计；请核对。`);
    }
    out[slot] = {
      id: item.id, name: item.name, level: item.level, maxScore: item.maxScore, score, source: 'sum',
      derivation: { inputs: {}, rule: deduction ? '扣分项：下级扣分合计' : '下级指标得分合计', arithmetic }, issues,
      ...(groupMax(item) ?? {}),
    };
    return score;
  }
  const r = floor ? deductionLeaf(item, input, floor) : scoredLeaf(item, input);
  out.push(r);
  return r.score;
}

function ownNumber(m: Readonly<Record<string, number>> | undefined, id: string): number | undefined {
  const v = m && Object.prototype.hasOwnProperty.call(m, id) ? m[id] : undefined;
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

function formulaValue(item: TemplateItem, inputs: FormulaInputs | undefined): { value: number | null; issues: string[]; absent: boolean; used: Record<string, number | null>; notes: string[] } {
  const c = compileFormula(item.formula!);
  if (!c.ok) return { value: null, issues: c.issues.map((m) => `「${item.name}」的公式有误：${m}`), absent: false, used: {}, notes: [] };
  const given = inputs ?? {};
  const used: Record<string, number | null> = {};
  let any = false;
  for (const name of c.formula.inputs) {
    const has = Object.prototype.hasOwnProperty.call(given, name);
    used[name] = has ? readInputValue(given[name], name) : null;
    if (has) any = true;
  }
  if (!any && c.formula.inputs.length > 0) return { value: null, issues: [], absent: true, used, notes: [] };
  const e = evaluateFormula(c.formula, given);
  if (!e.ok) {
    const issues = e.issues.map((m) => `「${item.name}」无法按公式计分：${m}`);
    for (const name of c.formula.inputs) {
      if (Object.prototype.hasOwnProperty.call(given, name)) continue;
      const near = nearestName(name, Object.keys(given).filter((k) => !c.formula.inputs.includes(k)));
      if (near) issues.push(`「${item.name}」的输入项「${name}」未填写，而填写了公式中没有的「${near}」，可能是名称写错；请按公式中的名称「${name}」填写。`);
    }
    return { value: null, issues, absent: false, used, notes: [] };
  }
  return { value: e.value, issues: [], absent: false, used, notes: e.notes ?? [] };
}

/** A given input name close to a formula's missing one: one contains the other, or one or two characters differ. */
function nearestName(name: string, given: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const g of given) {
    if (g.length === 0 || g.length > 100) continue;
    const d = g.includes(name) || name.includes(g) ? Math.abs(g.length - name.length) : editDistance(name, g);
    const allowed = Math.max(1, Math.floor(Math.min(name.length, g.length) / 3));
    if (d <= allowed && d < bestDistance) { best = g; bestDistance = d; }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let prev = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const cur = [i];
    for (let j = 1; j <= y.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length]!;
}

function scoredLeaf(item: TemplateItem, input: EvaluateTemplateInput): EvaluatedItem {
  const base = { id: item.id, name: item.name, level: item.level, maxScore: item.maxScore };
  const entered = input.enteredScores && Object.prototype.hasOwnProperty.call(input.enteredScores, item.id) ? input.enteredScores[item.id] : undefined;
  const rule = item.formula ? `公式：${item.formula}，结果限定在 [0, 分值]` : '按评分说明人工评分';
  if (item.maxScore == null) {
    const issues = entered != null ? [`「${item.name}」不单独计分（与同组指标合并计分），录入的得分${f(entered)}未计入；请把得分录在同组的计分指标上。`] : [];
    return { ...base, score: null, source: 'none', derivation: { inputs: {}, rule: '不单独计分', arithmetic: '与同组指标合并计分' }, issues };
  }
  const max = item.maxScore;
  const issues: string[] = [];
  let needed: string[] = [];
  let untouched = true;
  if (item.formula) {
    const fv = formulaValue(item, input.inputs);
    untouched = fv.absent;
    issues.push(...fv.issues);
    // Only the inputs left blank, and only once every filled one reads: a value that does not read has its own message,
    // and may be what decides which inputs count (无闲置资产 ? 3 : …).
    const given = (k: string) => Object.prototype.hasOwnProperty.call(input.inputs ?? {}, k);
    const unreadable = Object.entries(fv.used).some(([k, v]) => v == null && given(k));
    needed = unreadable ? [] : Object.keys(fv.used).filter((k) => !given(k));
    if (fv.value != null) {
      const score = roundScore(Math.min(Math.max(fv.value, 0), max));
      const clampNote = fv.value < 0 || fv.value > max ? `，限定在 [0, ${f(max)}]` : '';
      // A cut result is said on the row, as a typed score out of range is: 9.6 shown as 9 must not look like a full mark earned.
      if (clampNote) issues.push(`「${item.name}」按公式计算为${f(roundScore(fv.value))}分，超出 [0, ${f(max)}]，已按${f(score)}分计；请核对输入项。`);
      if (entered != null && Math.abs(entered - score) > 0.005) {
        issues.push(`「${item.name}」录入得分${f(entered)}与公式计算的${f(score)}不一致，已采用公式结果；请核对输入项或得分。`);
      }
      const vars = Object.entries(fv.used).map(([k, v]) => `${k}=${v == null ? '?' : f(v)}`).join(', ');
      return {
        ...base, score, source: 'formula',
        derivation: { inputs: fv.used, rule, arithmetic: `${vars} → ${item.formula} = ${f(roundScore(fv.value))}${clampNote} → ${f(score)}${fv.notes.length > 0 ? `（${fv.notes.join('；')}）` : ''}` },
        issues,
      };
    }
  }
  if (entered == null || !Number.isFinite(entered)) {
    // One message per problem: a formula's own complaint (an unreadable value) stands alone, and the inputs left blank
    // are named once, instead of again by the formula as 没有提供.
    if (entered == null && item.formula && needed.length > 0) {
      const own = issues.filter((m) => !needed.some((n) => m.includes(`「${n}」没有提供`)));
      issues.length = 0;
      issues.push(...own, `「${item.name}」缺少公式所需的输入项${needed.map((n) => `「${n}」`).join('、')}，也没有录入得分；请填写这些输入项或录入得分。`);
    } else if (entered != null || !item.formula || issues.length === 0) {
      issues.push(entered != null
        ? `「${item.name}」录入的得分${String(entered)}不是有效数字；请填写 0 到 ${f(max)} 之间的分数。`
        : item.formula
        ? `「${item.name}」无法按公式计分，也没有录入得分；请核对输入项，或录入得分。`
        : `「${item.name}」没有录入得分；请按评分说明打分。`);
    }
    return { ...base, score: null, source: 'none', derivation: { inputs: {}, rule, arithmetic: '未计分' }, issues, ...(entered == null && untouched ? { pending: true } : {}) };
  }
  let score = roundScore(entered);
  if (score < 0 || score > max) {
    issues.push(`「${item.name}」录入得分${f(entered)}超出 [0, ${f(max)}]，已限定在区间内；请核实。`);
    score = Math.min(Math.max(score, 0), max);
  }
  return {
    ...base, score, source: 'entered',
    derivation: { inputs: { entered }, rule, arithmetic: `录入得分 ${f(score)}（满分 ${f(max)}）` }, issues,
  };
}

function deductionLeaf(item: TemplateItem, input: EvaluateTemplateInput, floor: DeductionFloor): EvaluatedItem {
  const base = { id: item.id, name: item.name, level: item.level, maxScore: item.maxScore };
  const issues: string[] = [];
  // A sheet's 扣分项 row carries its points in the score column (「-1」), so a score entered for a deduction
  // item counts as points off when no deduction was given for it.
  const own = (m: Readonly<Record<string, number>> | undefined) => (m && Object.prototype.hasOwnProperty.call(m, item.id) ? m[item.id] : undefined);
  const given = own(input.deductions) ?? own(input.enteredScores);
  let points: number | null = null;
  let how = '';
  let used: Record<string, number | null> = {};
  if (given != null && Number.isFinite(given)) {
    points = Math.abs(given);
    how = `录入扣分 ${f(points)}`;
  } else if (item.formula) {
    const fv = formulaValue(item, input.inputs);
    issues.push(...fv.issues);
    used = fv.used;
    if (fv.value != null) {
      // A formula counts problems found; a negative count is an input error, never points given back.
      points = Math.max(0, fv.value);
      how = `${Object.entries(fv.used).map(([k, v]) => `${k}=${v == null ? '?' : f(v)}`).join(', ')} → ${item.formula} = ${f(roundScore(fv.value))}`;
      if (fv.value < 0) {
        how += ' → 结果为负，按不扣分计';
        issues.push(`「${item.name}」的扣分公式结果为${f(roundScore(fv.value))}（负数），已按不扣分处理；请核对输入项（问题数不能为负）。`);
      }
    }
  }
  if (points == null) {
    return { ...base, score: 0, source: 'deduction', derivation: { inputs: used, rule: '扣分项', arithmetic: '未发现扣分情形，扣0分' }, issues };
  }
  let score = -roundScore(points);
  const limit = floor.points;
  if (score < -limit) {
    how += ` → ${describeDeductionFloor(floor)}`;
    score = -limit;
    const bound = floor.source === 'total' ? `满分${f(limit)}分` : floor.source === 'parent' ? `上级「${floor.from?.name ?? ''}」可扣的${f(limit)}分` : `本项上限${f(limit)}分`;
    if (given != null && Number.isFinite(given)) issues.push(`「${item.name}」录入扣分${f(points)}超过${bound}，已按${f(limit)}分扣；请核实。`);
    else issues.push(`「${item.name}」按公式计算应扣${f(roundScore(points))}分，超过${bound}，已按${f(limit)}分扣；请核对输入项。`);
  }
  return {
    ...base, score: score === 0 ? 0 : score, source: 'deduction',
    derivation: { inputs: { ...used, ...(given != null ? { deduction: given } : {}) }, rule: '扣分项：按发现的问题扣分，扣完为止', arithmetic: `${how} → ${f(score)}` }, issues,
  };
}
