import { FORM_KIND_LABELS, selfEvaluationNotStartedRefusal, yearOfKind, type FormKind } from '@jixiao/core';

const SELF_EVALUATION_KINDS = new Set<FormKind>(['project_self_evaluation', 'department_self_evaluation']);

/**
 * What 新建表 says of the year in its box: the year the kind implies today (core yearOfKind, the import's rule too),
 * or that the clerk changed it; and, for a self-evaluation of a year not begun, why it must be confirmed.
 */
export function newFormYear(kind: FormKind, year: number, now: Date): { usual: number; hint: string; refusal: string | null } {
  const usual = yearOfKind(kind, now);
  const hint = year === usual ? `按表种推定：${FORM_KIND_LABELS[kind]}现在通常填报 ${usual} 年度` : `已改为 ${year} 年度（按表种推定为 ${usual} 年度）`;
  return { usual, hint, refusal: SELF_EVALUATION_KINDS.has(kind) ? selfEvaluationNotStartedRefusal(year, now) : null };
}
