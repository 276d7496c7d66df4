import type { Form } from '@jixiao/core';
import type { Item } from './flatten-source';

/** The grid tables a form's rows come from (a workbook sheet is one table). */
export function tablesOf(items: Item[]): Set<number> {
  return new Set(items.flatMap((it) => (it.type === 'row' ? [it.tableIndex] : [])));
}

/**
 * A 汇总 workbook compiled one sheet per unit prints the unit's 部门整体 form and then its projects'
 * forms, which name no 主管部门 or 实施单位 of their own: the sheet is that unit's submission, so
 * the unit is theirs. The forms walked back must share the project's table (its sheet) all the way
 * up to the unit's form; a project that names either unit field keeps its own reading.
 */
export function orgOfUnitFormAbove(form: Form, own: Set<number>, forms: readonly Form[], tables: readonly Set<number>[]): string | null {
  if (form.kind !== 'project_target' && form.kind !== 'project_self_evaluation') return null;
  if (form.org != null || form.department != null || own.size === 0) return null;
  for (let i = forms.length - 1; i >= 0; i--) {
    if (![...tables[i]!].some((t) => own.has(t))) return null;
    const above = forms[i]!;
    if (above.kind === 'department_target' || above.kind === 'department_self_evaluation') return above.org ?? null;
  }
  return null;
}
