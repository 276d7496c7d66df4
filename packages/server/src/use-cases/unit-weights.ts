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
 * A save that changes a 分值 the approved target fixed, refused naming the first such row; null when the save keeps
 * them. Only a sheet started from its target knows which weights the target fixed: any other form is not held here.
 * Rows are the target's by position, as 开始年终自评 carried them over; a row removed takes its fixed weight with it.
 */
export function fixedWeightChange(row: { unit_weight_rows: unknown }, before: Form, after: Form): Result<never> | null {
  if (row.unit_weight_rows == null) return null;
  const unit = new Set(storedUnitWeightRows(row));
  for (let i = 0; i < before.indicators.length; i++) {
    if (unit.has(i)) continue;
    const refusal = changedFixedWeight(i, before.indicators[i]!, after.indicators[i]);
    if (refusal) return refusal;
  }
  return null;
}

/** The same for a single row's save (the editor's autosave of row `ordinal`). */
export function fixedRowWeightChange(row: { unit_weight_rows: unknown }, ordinal: number, before: Indicator | null, after: Indicator): Result<never> | null {
  if (row.unit_weight_rows == null || before == null || storedUnitWeightRows(row).includes(ordinal)) return null;
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
