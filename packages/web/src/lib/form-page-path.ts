import type { FormKind } from '@jixiao/core';

/**
 * Where a unit fills a form in: a self-evaluation of either kind on the self-evaluation page (完成值, 自评分 beside the
 * system's score, 偏差原因), a target in the form editor.
 */
export function formPagePath(kind: FormKind | string | undefined, id: number | string): string {
  return kind === 'project_self_evaluation' || kind === 'department_self_evaluation' ? `/self-evaluation/${id}` : `/forms/${id}`;
}
