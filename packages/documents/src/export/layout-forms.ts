import { DEFAULT_POLICY, scoreDepartmentSelfEvaluation, scoreSelfEvaluation, type Form, type Policy } from '@jixiao/core';
import type { FormLayout } from './form-layout';
import { layoutDepartmentSelfEvaluation, layoutProjectSelfEvaluation } from './layout-self-evaluation';
import { layoutDepartmentTarget, layoutProjectTarget } from './layout-target-forms';

/**
 * The official printed layout of one form, by kind. A self-evaluation (project or 部门整体) carries the system's score under
 * `policy` (the region's, as the pages score it), so the file says what the system scored, not only what the unit wrote.
 */
export function layoutForm(form: Form, policy: Policy = DEFAULT_POLICY): FormLayout {
  switch (form.kind) {
    case 'department_target':
      return layoutDepartmentTarget(form);
    case 'project_target':
      return layoutProjectTarget(form);
    case 'project_self_evaluation':
      return layoutProjectSelfEvaluation(form, scoreSelfEvaluation(form, { policy }));
    case 'department_self_evaluation':
      return layoutDepartmentSelfEvaluation(form, scoreDepartmentSelfEvaluation(form, { policy }));
  }
}

const SHEET_NAME_LIMIT = 31;

/**
 * Excel sheet names: at most 31 characters, none of []:*?/\, not blank, unique
 * case-insensitively. A running number keeps them unique and in document order.
 */
export function sheetNames(stems: string[]): string[] {
  const used = new Set<string>();
  return stems.map((stem, i) => {
    const clean = stem.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '') || '表';
    const prefix = `${i + 1}-`;
    let name = (prefix + clean).slice(0, SHEET_NAME_LIMIT);
    for (let k = 2; used.has(name.toLowerCase()); k++) name = `${prefix}${k}-${clean}`.slice(0, SHEET_NAME_LIMIT);
    used.add(name.toLowerCase());
    return name;
  });
}
