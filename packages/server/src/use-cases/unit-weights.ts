import type { Form, Indicator } from '@jixiao/core';
import { fail, type Result } from '../errors';

/**
 * The rows of a self-evaluation whose 分值 the unit sets (forms.unit_weight_rows, migration 20: recorded when the sheet was
 * started from an approved target that gave them no weight); empty for any other form.
 */
export function storedUnitWeightRows(row: { unit_weight_rows: unknown }): number[] {
  const v = row.unit_weight_rows;
  return Array.isArray(v) ? v.filter((n): n is number => Number.isInteger(n) && n >= 0) : [];
}

/**
 * A sheet started from its approved target (unit_weight_rows recorded) keeps the target's rows one for one: no row is
 * added or deleted. Its rows are the targets the year's end reports against, so a row more or less would change the
 * approved targets (an adjustment finance makes on the target, not the unit on its sheet); and which 分值 the target
 * fixed is known by row position (unit_weight_rows, and each fixed weight compared row by row), which only holds while
 * the rows stay where 开始年终自评 put them — a deleted middle row would shift every later row onto another's rule, and
 * a row appended would count as one the target fixed. Refusing the structural edit keeps positions exact without
 * re-mapping stored rows or a schema change; the web page offers no adding or deleting of a sheet's rows anyway.
 */
function rowsFromTarget(count: number): Result<never> {
  return fail('validation_failed', `该年终自评由已批复的绩效目标开始，指标行与目标逐行对应（共 ${count} 行），不能新增或删除指标行；目标之外的情况请在评价结论或存在问题中说明，如目标确需调整，请联系财政部门。`);
}

/**
 * A save that adds or deletes rows of a sheet started from its target, or changes a 分值 the target fixed, refused
 * (naming the first such row); null when the save keeps them. Only a sheet started from its target knows which weights
 * the target fixed: any other form is not held here.
 */
export function fixedWeightChange(row: { unit_weight_rows: unknown }, before: Form, after: Form): Result<never> | null {
  if (row.unit_weight_rows == null) return null;
  if (after.indicators.length !== before.indicators.length) return rowsFromTarget(before.indicators.length);
  const unit = new Set(storedUnitWeightRows(row));
  for (let i = 0; i < before.indicators.length; i++) {
    if (unit.has(i)) continue;
    const refusal = changedFixedWeight(i, before.indicators[i]!, after.indicators[i]);
    if (refusal) return refusal;
  }
  return null;
}

/** The same for a single row's save (the editor's autosave of row `ordinal`; a new row when there is none before). */
export function fixedRowWeightChange(row: { unit_weight_rows: unknown }, form: Form, ordinal: number, after: Indicator): Result<never> | null {
  if (row.unit_weight_rows == null) return null;
  const before = form.indicators[ordinal];
  if (before === undefined) return rowsFromTarget(form.indicators.length);
  if (storedUnitWeightRows(row).includes(ordinal)) return null;
  return changedFixedWeight(ordinal, before, after);
}

function changedFixedWeight(i: number, before: Indicator, after: Indicator | undefined): Result<never> | null {
  const was = before.weight;
  const now = after?.weight ?? null;
  if (was === now || (was != null && now != null && Math.abs(was - now) < 1e-9)) return null;
  const name = before.name.trim() || `第 ${i + 1} 项指标`;
  const fixed = was == null ? '目标未在分值栏填写该行分值' : `${was} 分`;
  return fail('validation_failed', `第 ${i + 1} 行「${name}」的分值由已批复的绩效目标确定（${fixed}），年终自评不能修改或删除；只有目标未设分值的指标由单位填写分值。如目标确需调整，请联系财政部门。`, { row: i });
}
