import type { Form, Indicator, SelfEvaluationBudget } from '../forms/forms-schema';
import { HALF_CENT, formatHundredths, gradeOf } from '../scoring/round-score';
import { bandOf, scoreIndicatorAt } from '../scoring/score-indicator';
import { explainsNothing } from '../scoring/band-words';
import { budgetLineOutsideRows, deductionScore, scoreSelfEvaluation } from '../scoring/score-self-evaluation';
import type { Grade, ScoreIssueCode } from '../scoring/score-types';
import { budgetRowRate, namesBudgetRate, sheetBudgetRate } from '../scoring/budget-row';
import { type FormContext, formPlace, formSubtotals, push, rowPlace, subtotalPlace } from './review-context';
import { rowReadings } from './row-readings';
import { rowSpans, scoreOff } from '../scoring/group-subtotals';
import { isBlank } from '../values/text-scan';
import { checkBudgetLines, checkCarriedOver, checkEvaluationTexts } from './check-evaluation-parts';

const fmt = formatHundredths;
// Scoring issues that are defects in the sheet; hand-scored or missing inputs are the scorer's own notes.
// The scorer's total_mismatch is left out: a wrong part is reported on its own row, and the total is checked
// against the sheet's own parts below.
const REPORTED: ReadonlySet<ScoreIssueCode> = new Set(['score_mismatch', 'band', 'over_achievement_reason', 'budget_weight', 'actual_not_numeric']);
// Half a cent with room for binary error (60 − 59.995 is 0.005000000000002558), as scoring compares.
const EPS = HALF_CENT;

/** self_evaluation: scores outside [0, w] or their band, shortfalls without a reason, scores the rules compute differently. */
export function checkSelfEvaluation(ctx: FormContext): void {
  const f = ctx.form;
  const { totals, deduction, bonus } = rowReadings(ctx);
  if (f.kind === 'project_self_evaluation') {
    const scored = ctx.scored ?? scoreSelfEvaluation(f, { policy: ctx.policy });
    const b = f.budget;
    let flagged: number[] | null = null;
    // sheetDecimals reads every score of the sheet: spelled once, on the first mismatch that needs it.
    let decimals = -1;
    for (const issue of scored.issues) {
      if (!REPORTED.has(issue.code)) continue;
      if (issue.code === 'score_mismatch') {
        const computed = issue.row == null ? scored.budget.score : scored.indicators[issue.row]?.score ?? null;
        const doc = issue.row == null ? b?.score ?? null : f.indicators[issue.row]?.score ?? null;
        if (decimals < 0 && doc != null && computed != null) decimals = sheetDecimals(f);
        if (roundingAgrees(doc, computed, decimals)) continue;
        if (issue.row != null && qualitativeScoreInBand(ctx, issue.row, computed)) continue;
        const ind = issue.row == null ? null : f.indicators[issue.row];
        if (ind && budgetRuleAgrees(ind, doc, decimals)) continue;
        if (ind && hasOwnMethod(ind) && stricterOnShortfall(doc, computed, ind.weight)) continue;
      }
      // One finding per row: a reviewer writes one comment on a cell.
      if (issue.row != null) {
        if (flagged?.includes(issue.row)) continue;
        (flagged ??= []).push(issue.row);
      }
      // An over-achievement needs its explanation: the reason cell is what to fill in, not the score.
      const field = issue.row == null ? 'budget.score' : rowField(issue.code);
      push(ctx, 'self_evaluation', issue.row, field, `${formPlace(ctx)}${issue.message}`);
    }
    const rows = f.indicators;
    for (let i = 0; i < rows.length; i++) {
      const ind = rows[i]!;
      // A 扣分项 line (扣1分 under a limit of 5) takes points off; it is no target fallen short of, so it owes no 偏差原因.
      if (ind.weight != null && ind.score != null && ind.score < ind.weight - EPS && !flagged?.includes(i) && !deduction[i] && explainsNothing(ind.reason)
        && !targetMet(scored.indicators[i]?.score ?? null, ind.weight) && !budgetRowNeedsNoReason(ind, ctx.policy.budgetReasonBelowRate)) {
        push(ctx, 'self_evaluation', i, 'reason', `${rowPlace(ctx, i, ind)}得分 ${fmt(ind.score)} 低于权重 ${fmt(ind.weight)}，${noCause(ind.reason)}；请说明偏差原因和改进措施。`);
      }
    }
    if (f.total_score != null) {
      let sum = b?.score ?? 0;
      let any = b?.score != null;
      let weights = 0;
      let weighted = false;
      for (let i = 0; i < rows.length; i++) {
        const ind = rows[i]!;
        if (totals[i]) continue;
        if (ind.score != null) { sum += sheetPart(deduction[i]!, ind.score); any = true; }
        if (ind.weight != null) { weights += ind.weight; weighted = true; }
      }
      // A sheet without a budget block still counts its budget line (up to its weight) in the total, but only
      // within the full score: rows weighted 100 leave no room for it, so their total must equal their sum.
      const gap = f.total_score - Math.round(sum * 100) / 100;
      const full = ctx.policy.weightTotals.project_self_evaluation + ctx.policy.budgetExecutionWeight;
      const budgetLine = b != null ? 0 : weighted ? Math.min(ctx.policy.budgetExecutionWeight, Math.max(0, full - weights)) : ctx.policy.budgetExecutionWeight;
      if (any && (gap < -EPS || gap > budgetLine + EPS)) {
        const note = budgetLine > 0 ? `（本表未列预算执行情况，预算执行得分至多 ${fmt(budgetLine)} 分）` : '';
        push(ctx, 'self_evaluation', null, 'total_score', `${formPlace(ctx)}自评总分 ${fmt(f.total_score)} 与预算执行得分和各指标得分之和 ${fmt(sum)}${note || ' '}不一致；请核对各项得分或总分。`);
      }
    }
    checkEvaluationTexts(ctx, f, scored, !checkStatedGrade(ctx, f.conclusion, f.total_score ?? scored.total, f.total_score));
    checkCarriedOver(ctx, f);
    if (b && b.weight != null && b.score != null && b.score < b.weight - EPS && explainsNothing(b.reason)) {
      const rate = executionRate(b);
      const threshold = ctx.policy.budgetReasonBelowRate;
      if (rate < threshold - EPS) {
        push(ctx, 'self_evaluation', null, 'budget.reason', `${formPlace(ctx)}预算执行率 ${fmt(rate)}% 低于 ${fmt(threshold)}%（预算执行得分 ${fmt(b.score)}，权重 ${fmt(b.weight)}），${isBlank(b.reason) ? '未说明原因' : `原因栏「${b.reason!.trim()}」未说明原因`}；请填写预算未执行原因。`);
      }
    }
  } else if (f.kind === 'department_self_evaluation') {
    let sum = 0;
    let any = false;
    const rows = f.indicators;
    checkBudgetLines(ctx, rows);
    // A score sheet prints a 偏差原因 column only in some templates: the layout has it when some row filled it,
    // and then a row scored below its 分值 explains itself there too (rules.md §2).
    let reasons = false;
    for (const ind of rows) if (!isBlank(ind.reason)) { reasons = true; break; }
    // A group's subtotal line repeats its rows: its score must be their sum, and it owes no reason of its own.
    const sub = formSubtotals(ctx);
    if (sub != null) {
      for (const line of sub.lines) {
        const ind = rows[line.row]!;
        if (!scoreOff(line, ind)) continue;
        const sum = fmt(Math.round(line.scoreSum! * 100) / 100);
        push(ctx, 'self_evaluation', line.row, 'score', `${subtotalPlace(ctx, line.row, line.group)}得分 ${fmt(ind.score!)}，但本组${rowSpans(line.members)}得分合计 ${sum}；请将小计得分改为 ${sum}，或核对各行得分。`);
      }
    }
    for (let i = 0; i < rows.length; i++) {
      const ind = rows[i]!;
      if (ind.score == null || totals[i] || (sub != null && sub.at[i] === 1)) continue;
      any = true;
      sum += sheetPart(deduction[i]!, ind.score);
      if (deduction[i]) {
        // A 扣分项 takes off at most its 分值: one beyond it is a wrong score, as scoring floors it.
        const over = deductionScore(ind, i, undefined).issues[0];
        if (over) push(ctx, 'self_evaluation', i, 'score', `${formPlace(ctx)}${over.message}`);
        // Where the sheet's 备注 column says why items lost points, a deduction taken says what was found too.
        else if (reasons && Math.abs(ind.score) > EPS && explainsNothing(ind.reason) && !statesFinding(ind.name) && !statesFinding(ind.description)) {
          push(ctx, 'self_evaluation', i, 'reason', `${rowPlace(ctx, i, ind)}扣 ${fmt(Math.abs(ind.score))} 分，本表其他扣分已说明原因而此项${isBlank(ind.reason) ? '未填写' : `只写「${ind.reason!.trim()}」`}；请写明扣分所依据的问题。`);
        }
        continue;
      }
      if (ind.weight == null) continue;
      let rate = NaN;
      if (ind.score < -EPS || ind.score > ind.weight + EPS) {
        push(ctx, 'self_evaluation', i, 'score', `${rowPlace(ctx, i, ind)}自评得分 ${fmt(ind.score)} 超出分值范围 [0, ${fmt(ind.weight)}]；请核实得分。`);
      } else if (ind.comparator != null && !isBlank(ind.target) && !isBlank(ind.actual)) {
        checkTargetRow(ctx, i, ind, ind.weight, ind.score);
      } else if ((rate = sheetBudgetRate(ind)) >= 0 && !budgetRowScoreAgrees(ctx, ind, rate)) {
        const computed = budgetRuleScore(rate, ind.weight);
        push(ctx, 'self_evaluation', i, 'score', `${rowPlace(ctx, i, ind)}完成值为执行率 ${fmt(rate)}%，按预算执行规则得分应为 min(${fmt(rate)}%, 1) × ${fmt(ind.weight)} = ${fmt(computed)}，表中为 ${fmt(ind.score)}；请核实得分。`);
      } else if (reasons && ind.comparator == null && isBlank(ind.target) && ind.score < ind.weight - EPS && explainsNothing(ind.reason) && !bonus[i]
        && !(rate >= ctx.policy.budgetReasonBelowRate - EPS)) {
        push(ctx, 'self_evaluation', i, 'reason', `${rowPlace(ctx, i, ind)}得分 ${fmt(ind.score)} 低于分值 ${fmt(ind.weight)}，本表其他扣分项已说明原因而此项${isBlank(ind.reason) ? '未填写' : `只写「${ind.reason!.trim()}」`}；请说明偏差原因和改进措施。`);
      }
    }
    const gap = f.total_score == null ? 0 : f.total_score - Math.round(sum * 100) / 100;
    // A sheet of 产出/效益/满意度 rows weighted 90 has its budget-execution score (up to 10) outside the rows.
    const budgetLine = hasBudgetLine(ctx, f) ? ctx.policy.budgetExecutionWeight : 0;
    if (any && (gap < -EPS || gap > budgetLine + EPS) && !(budgetLine === 0 && totalAtOneDecimal(f.total_score!, sum))) {
      const note = budgetLine > 0 ? `（另含预算执行得分，至多 ${fmt(budgetLine)} 分）` : '';
      push(ctx, 'self_evaluation', null, 'total_score', `${formPlace(ctx)}自评总分 ${fmt(f.total_score!)} 与各项得分合计 ${fmt(sum)}${note || ' '}不一致；请核对各项得分或总分。`);
    }
  }
}

// 自评等级 has no cell of its own: sheets print it in 评价结论 (「自评等级为优」「评价等级：良好」「评价结论为合格」). The grade word
// must end there (优化, 中心, 差距 are other words) and not open a list of grades (等级分为优、良、中、差); 合格/不合格 are
// the 中/差 of four-grade templates.
const STATED_GRADE = /(?:等级|评级|档次|结论|(?:评价|自评|评定)结果)\s*(?:评定|确定|认定)?\s*(?:为|是|[:：])?\s*[“"「『]?(优秀|良好|中等|不合格|合格|较差|优|良|中|差)(?:等|级|档)?(?![\u4e00-\u9fff]|\s*[、/／]\s*[优良中差合不较])/;
const GRADE_WORDS: Readonly<Record<string, Grade>> = { 优秀: '优', 优: '优', 良好: '良', 良: '良', 中等: '中', 中: '中', 合格: '中', 不合格: '差', 较差: '差', 差: '差' };

/** The 等级 a conclusion states, or null when it states none. */
export function statedGrade(text: string | null): Grade | null {
  if (text == null || text.length < 3) return null;
  const m = STATED_GRADE.exec(text);
  return m ? GRADE_WORDS[m[1]!] ?? null : null;
}

// 「项目自评得分96.8分」「自评总分为99.8分」「本项目得分96.8分」「自评得分：96.8，」: the total a conclusion prints, with 分 or
// ending its clause. A part's score (预算执行得分9.8分, 指标得分) is no total.
const STATED_TOTAL = /(?<!执行|指标|单项|预算|子)(?:自评总分|自评得分|总得分|综合得分|评价得分|绩效得分|项目得分|最终得分|总分)\s*(?:为|是|[:：])?\s*(\d{1,3}(?:\.\d+)?)\s*(?:分|(?=[，,。；;）)]|$))/;

/** The total a conclusion states, or null when it states none. */
export function statedTotal(text: string | null): number | null {
  if (text == null || text.length < 4 || !text.includes('分')) return null;
  const m = STATED_TOTAL.exec(text);
  return m ? Number(m[1]) : null;
}

/**
 * The conclusion with the total it states replaced by `total` (「自评总分98.5分」 → 「自评总分95分」), for a clerk whose
 * rescored sheet left the text behind; null when the text states no total.
 */
export function restateTotal(text: string | null, total: number): string | null {
  if (text == null || text.length < 4 || !text.includes('分')) return null;
  const m = STATED_TOTAL.exec(text);
  if (m == null) return null;
  const at = m.index + m[0].lastIndexOf(m[1]!);
  return `${text.slice(0, at)}${formatHundredths(total)}${text.slice(at + m[1]!.length)}`;
}

/**
 * The conclusion must print the sheet's own 总分 and the 自评等级 that total earns under the policy's cut-offs: one
 * finding on the cell, the total first (a grade read off a wrong total is a consequence).
 */
function checkStatedGrade(ctx: FormContext, conclusion: string | null, total: number, printed: number | null): boolean {
  const said = printed == null ? null : statedTotal(conclusion);
  if (said != null && Math.abs(said - printed!) > EPS) {
    push(ctx, 'self_evaluation', null, 'conclusion', `${formPlace(ctx)}评价结论写自评得分 ${fmt(said)} 分，但表中总分为 ${fmt(printed!)} 分；请使评价结论与总分一致。`);
    return true;
  }
  const stated = statedGrade(conclusion);
  if (stated == null) return false;
  const earned = gradeOf(total, ctx.policy);
  if (stated === earned) return false;
  push(ctx, 'self_evaluation', null, 'conclusion', `${formPlace(ctx)}评价结论写自评等级「${stated}」，但总分 ${fmt(total)} 按等级标准应为「${earned}」；请按总分改正自评等级或核对得分。`);
  return true;
}

/** A row's part of the sheet's total: a 扣分项 takes off what it says whether written 2 or −2, as scoring reads it. */
function sheetPart(deduction: boolean, score: number): number {
  return score > 0 && deduction ? -score : score;
}

/**
 * A department self-evaluation row laid out like a project one (指标值, 完成值, 权重, 得分): scored by the
 * project rules, with at most one finding: the score the rules compute differently, else a shortfall without a reason.
 */
function checkTargetRow(ctx: FormContext, i: number, ind: Indicator, weight: number, score: number): void {
  const scored = scoreIndicatorAt(ind, ctx.policy, i, undefined, undefined);
  for (const issue of scored.issues) {
    if (!REPORTED.has(issue.code)) continue;
    if (issue.code === 'score_mismatch' && (roundingAgrees(score, scored.score, sheetDecimals(ctx.form))
      || qualitativeScoreInBand(ctx, i, scored.score) || budgetRuleAgrees(ind, score, sheetDecimals(ctx.form))
      || (hasOwnMethod(ind) && stricterOnShortfall(score, scored.score, weight)))) continue;
    push(ctx, 'self_evaluation', i, rowField(issue.code), `${formPlace(ctx)}${issue.message}`);
    return;
  }
  if (score < weight - EPS && explainsNothing(ind.reason) && !targetMet(scored.score, weight) && !budgetRowNeedsNoReason(ind, ctx.policy.budgetReasonBelowRate)) {
    push(ctx, 'self_evaluation', i, 'reason', `${rowPlace(ctx, i, ind)}得分 ${fmt(score)} 低于权重 ${fmt(weight)}，${noCause(ind.reason)}；请说明偏差原因和改进措施。`);
  }
}

/**
 * Sheets round their scores (9.6 for 9.611): the document agrees with the rules when its score equals the
 * computed one rounded to the decimals the sheet itself uses, or lies within 0.05 of it.
 */
export function roundingAgrees(doc: number | null, computed: number | null, decimals: number): boolean {
  if (doc == null || computed == null) return false;
  if (Math.abs(doc - computed) < 0.05 - 1e-9) return true;
  const scale = 10 ** decimals;
  return Math.abs(Math.round(computed * scale * (1 + 1e-12)) / scale - doc) < 1e-9;
}

/** The most decimals any score of the sheet is written with (13.5 → 1): how finely the sheet rounds. */
export function sheetDecimals(f: Form): number {
  let most = decimalsOf('total_score' in f ? f.total_score : null);
  if (f.kind === 'project_self_evaluation' && f.budget) most = Math.max(most, decimalsOf(f.budget.score));
  for (const ind of f.indicators) if (ind.score != null && most < 2) most = Math.max(most, decimalsOf(ind.score));
  return most;
}

function decimalsOf(n: number | null | undefined): number {
  if (n == null || Number.isInteger(n)) return 0;
  // One or two decimals (most scores) without spelling the number: below 1e9 the double nearest k/10
  // (or k/100) is spelled by String with exactly that many decimals, and no other double is.
  if (n > -1e9 && n < 1e9) {
    if (Math.round(n * 10) / 10 === n) return 1;
    if (Math.round(n * 100) / 100 === n) return 2;
  }
  const text = String(n);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(text.length - dot - 1, 6);
}

/**
 * A missed target scored below the proportional score by a row that states its own scoring standard
 * (评分标准「每低1个百分点扣0.5分」: 98% of 100% → 9 of 10, not 9.8): the sheet's stated deduction rule
 * governs and is stricter than the rules, so it is not a mismatch. A score above the rules' (an inflated
 * self-evaluation) or a deduction where the target was met still is; an unexplained shortfall is still
 * reported by the missing-reason check. Rows without a stated standard are held to the rules (rules.md §3).
 */
export function stricterOnShortfall(doc: number | null, computed: number | null, weight: number | null): boolean {
  return doc != null && computed != null && weight != null && computed < weight - EPS && doc > -EPS && doc < computed;
}

// A stated deduction standard: 每低1个百分点扣1分, 每少10个扣1分, 超预算扣2分 (not 按比例计分, which is the rules' own).
const DEDUCTION_METHOD = /扣\s*[\d.０-９一二三四五六七八九十半]+\s*分|扣分|扣减|酌情/;
const STATED_POINTS = /扣\s*[\d.０-９一二三四五六七八九十半]+\s*分|酌情/;
// 未完成按比例扣分 / 低于目标值按比例扣分 is the rules' proportional score in other words, not a stricter standard.
const PROPORTIONAL = /按(完成)?比例/;

function hasOwnMethod(ind: Indicator): boolean {
  const m = ind.method;
  return m != null && DEDUCTION_METHOD.test(m) && (STATED_POINTS.test(m) || !PROPORTIONAL.test(m));
}

/**
 * A 预算执行率 row scored by the budget-execution rule of rules.md §3 (min(rate, 1) × weight: 96.1% of 10 is 9.61, written 9.6)
 * rather than as a target met (≥95% → 10): the sheet holds its own budget line to the budget line's rule, not a defect.
 */
function budgetRuleAgrees(ind: Indicator, doc: number | null, decimals: number): boolean {
  if (doc == null || ind.weight == null || ind.weight <= 0 || isBlank(ind.actual) || (ind.unit != null && ind.unit !== '%') || !namesBudgetRate(ind.name)) return false;
  const rate = budgetRowRate(ind.actual!, ind.name, ind.target);
  if (!(rate >= 0)) return false;
  return roundingAgrees(doc, budgetRuleScore(rate, ind.weight), decimals);
}

/** The rules give the row its full weight: the target was met, so a lower document score is a scoring slip, not a shortfall. */
function targetMet(computed: number | null, weight: number): boolean {
  return computed != null && computed >= weight - EPS;
}

/** Execution rate in %: as stated, else executed ÷ adjusted (or initial) budget, else score ÷ weight. */
function executionRate(b: SelfEvaluationBudget): number {
  if (b.execution_rate != null) return b.execution_rate;
  const planned = b.adjusted_wan ?? b.initial_wan;
  if (b.executed_wan != null && planned != null && planned > 0) return (b.executed_wan / planned) * 100;
  return b.weight != null && b.weight > 0 && b.score != null ? (b.score / b.weight) * 100 : 0;
}

/**
 * A qualitative row whose document score lies in the same band as the rules' default (28 of 30 for 达成):
 * rules.md §3 lets the score lie anywhere in the band, so it is not a mismatch.
 */
function qualitativeScoreInBand(ctx: FormContext, row: number, computed: number | null): boolean {
  const ind = ctx.form.indicators[row];
  if (!ind || ind.comparator !== 'qualitative' || ind.score == null || ind.weight == null || computed == null) return false;
  const band = bandOf(ind.score, ind.weight, ctx.policy);
  return band != null && band === bandOf(computed, ind.weight, ctx.policy);
}

/**
 * A department self-evaluation whose budget-execution line lies outside its rows: rows on the 产出/效益/满意度
 * framework weighted 100 less the budget weight (budgetLineOutsideRows), or, on any tree, rows weighted so whose
 * sheet total exceeds their scores (the 财政部 layout prints 年度预算执行情况 with its 分值 10 and 得分 above the
 * indicator rows, and its total counts that score; an excess above 10 is then a wrong total).
 */
export function hasBudgetLine(ctx: FormContext, f: Form): boolean {
  return f.kind === 'department_self_evaluation' && budgetLineOutsideRows(f.indicators, ctx.policy, f.total_score, formSubtotals(ctx));
}

/** A row 预算执行 › 预算执行率: the budget line scored as a row. */
export function isBudgetExecutionRow(ind: Indicator): boolean {
  return ind.level1 != null && ind.level1.includes('预算执行') && BUDGET_EXECUTION_ROW.test(ind.name);
}

/**
 * The weight of a budget-execution row (预算执行率 10) in a layout that scores budget execution among the rows
 * rather than in a budget block: a project target, or a project self-evaluation without a budget block. 0 otherwise.
 */
export function budgetRowWeight(f: Form): number {
  if (f.kind !== 'project_target' && !(f.kind === 'project_self_evaluation' && f.budget == null)) return 0;
  for (const ind of f.indicators) if (ind.weight != null && ind.weight > 0 && BUDGET_EXECUTION_ROW.test(ind.name)) return ind.weight;
  return 0;
}

/** What the reason cell lacks: nothing written, or words (「无」「已完成」) that give no cause for the gap. */
function noCause(reason: string | null): string {
  return isBlank(reason) ? '未填写未完成原因' : `偏差原因「${reason!.trim()}」未说明未完成的原因`;
}

/** The cell a row's scoring issue asks to fix: the reason for an unexplained over-achievement, 完成值 written in words, else the score. */
function rowField(code: ScoreIssueCode): 'reason' | 'actual' | 'score' {
  return code === 'over_achievement_reason' ? 'reason' : code === 'actual_not_numeric' ? 'actual' : 'score';
}

// 预算执行率 / 资金执行率 / 支出执行进度 as a row of the sheet (the 10 of a 90 + 10 layout).
const BUDGET_EXECUTION_ROW = /(预算|资金|支出)执行(率|进度)/;

/**
 * A budget-execution row is held to the budget line's own rule: a 偏差原因 is due only below the policy's
 * rate (budgetReasonBelowRate), not for every point short of 100%.
 */
function budgetRowNeedsNoReason(ind: Indicator, belowRate: number): boolean {
  if (ind.actual == null || (ind.unit != null && ind.unit !== '%') || !BUDGET_EXECUTION_ROW.test(ind.name)) return false;
  const rate = budgetRowRate(ind.actual, ind.name, ind.target);
  return rate >= belowRate - EPS;
}

/** min(rate, 1) × weight, rounded as scores are (rules.md §3 budget execution). */
function budgetRuleScore(rate: number, weight: number): number {
  return Math.round(Math.min(rate / 100, 1) * weight * 100) / 100;
}

/**
 * A score sheet's budget line printed as a row with its rate (sheetBudgetRate) agrees with the budget rule: the same score
 * as the sheet rounds it, or a lower one where the row states its own stricter standard (每低1个百分点扣0.5分).
 */
function budgetRowScoreAgrees(ctx: FormContext, ind: Indicator, rate: number): boolean {
  const computed = budgetRuleScore(rate, ind.weight!);
  return roundingAgrees(ind.score, computed, sheetDecimals(ctx.form)) || (hasOwnMethod(ind) && stricterOnShortfall(ind.score, computed, ind.weight));
}

/**
 * A 总分 printed with one decimal (97.5) over parts printed with two (97.47): the sheet rounds its total to the decimal it
 * prints, which is no other total. Within half a tenth of the parts' sum, and only where the total has one decimal.
 */
function totalAtOneDecimal(total: number, sum: number): boolean {
  return decimalsOf(total) === 1 && Math.abs(total - Math.round(sum * 100) / 100) <= 0.05 + 1e-9;
}

// A 扣分项 line written as its own finding (年度审计发现违规使用公务用车问题1项，扣1分; 部门预算公开超出规定时限，扣0.5分): what was
// found and the points it cost are in the line itself. A template's caption (违反财经纪律扣分) names a kind, not a finding.
const FINDING_WORD = /发现|存在|未按|未能|未及时|超出|超过|逾期|违规|违反|被通报|被约谈|差错|失误/;
const FINDING_SIZE = /\d+(?:\.\d+)?\s*(?:项|个|次|起|处|件|笔)|[扣减]\s*\d+(?:\.\d+)?\s*分/;

function statesFinding(text: string | null | undefined): boolean {
  return text != null && FINDING_WORD.test(text) && FINDING_SIZE.test(text);
}

