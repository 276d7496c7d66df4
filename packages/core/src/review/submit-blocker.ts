import type { Form } from '../forms/forms-schema';
import { isDeductionRow, isTotalsRow } from '../scoring/sheet-rows';

/**
 * What a form still lacks before it can be submitted, in the clerk's words, or null when nothing is missing.
 * The review rules judge what is written; an empty form gives them nothing to judge, so it would reach the
 * reviewer blank. A project form is known by its project name; every form needs at least one indicator
 * (a 合计 row repeats the others and is none). `unitWeightRows`: a self-evaluation's rows whose 分值 the approved target
 * left to the unit, each of which needs one.
 */
export function submitBlocker(form: Form, unitWeightRows: readonly number[] = []): string | null {
  const missing: string[] = [];
  if ((form.kind === 'project_target' || form.kind === 'project_self_evaluation') && !form.project_name?.trim()) missing.push('项目名称');
  if (!form.indicators.some((ind) => !isTotalsRow(ind))) {
    missing.push(form.kind === 'project_self_evaluation' ? '至少一项绩效指标及其完成值' : '至少一项绩效指标');
  } else if (form.kind === 'project_self_evaluation' || form.kind === 'department_self_evaluation') {
    // A self-evaluation states what was done: an indicator with neither 完成值 nor 得分 has not been evaluated yet.
    const rows = unevaluatedRows(form);
    if (rows.length > 0) missing.push(`第 ${rowList(rows)} 行的完成值（或得分）`);
    // The target left these rows' 分值 to the unit: without one the rules cannot score the row (rules.md §3).
    const unweighted = unitWeightRows.filter((i) => form.indicators[i] != null && form.indicators[i]!.weight == null);
    if (unweighted.length > 0) missing.push(`第 ${rowList(unweighted)} 行的分值（可用「按常规分配分值」）`);
  }
  if (form.kind === 'project_self_evaluation' && form.budget && form.budget.executed_wan == null && form.budget.execution_rate == null && form.budget.score == null) {
    missing.push('预算执行情况的全年执行数');
  }
  return missing.length > 0 ? `表单内容不完整，不能提交：请先填写${missing.join('，并填入')}。` : null;
}

/** Rows a self-evaluation scores (neither 合计 nor 扣分项; on a 部门整体 sheet, those with a 分值) left without 完成值 and 得分. */
function unevaluatedRows(form: Form): number[] {
  const out: number[] = [];
  form.indicators.forEach((ind, i) => {
    if (isTotalsRow(ind) || isDeductionRow(ind)) return;
    if (form.kind === 'department_self_evaluation' && ind.weight == null) return;
    if ((ind.actual == null || ind.actual.trim() === '') && ind.score == null) out.push(i);
  });
  return out;
}

function rowList(rows: readonly number[]): string {
  return `${rows.slice(0, 5).map((r) => r + 1).join('、')}${rows.length > 5 ? ' 等' : ''}`;
}
