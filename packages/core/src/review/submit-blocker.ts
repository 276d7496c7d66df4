import type { Form } from '../forms/forms-schema';
import { isTotalsRow } from '../scoring/sheet-rows';

/**
 * What a form still lacks before it can be submitted, in the clerk's words, or null when nothing is missing.
 * The review rules judge what is written; an empty form gives them nothing to judge, so it would reach the
 * reviewer blank. A project form is known by its project name; every form needs at least one indicator
 * (a 合计 row repeats the others and is none).
 */
export function submitBlocker(form: Form): string | null {
  const missing: string[] = [];
  if ((form.kind === 'project_target' || form.kind === 'project_self_evaluation') && !form.project_name?.trim()) missing.push('项目名称');
  if (!form.indicators.some((ind) => !isTotalsRow(ind))) {
    missing.push(form.kind === 'project_self_evaluation' ? '至少一项绩效指标及其完成值' : '至少一项绩效指标');
  }
  return missing.length > 0 ? `表单内容不完整，不能提交：请先填写${missing.join('，并填入')}。` : null;
}
