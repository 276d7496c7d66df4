import type { FormKind } from '@jixiao/core';
import { parseAmount } from '@jixiao/core';
import type { FieldKey } from './field-labels';
import { isTextField, matchLabel } from './field-labels';
import type { GridCell } from './flatten-source';

// Label rows whose values the row below holds, matched by column.

/**
 * How far to move a value row to put it under its labels. Converters that drop merged
 * cells shift the values left (项目基本情况 | 项目年度目标 | 年度目标完成情况 over a row of just
 * the two texts): when aligning the last value with the last label puts more values under
 * field labels than the columns as given, the row is taken as shifted.
 */
export function valueShift(cols: Map<number, FieldKey>, filled: GridCell[]): number {
  // Values under field labels count first; then how many different fields they fill (年度总体目标 |
  // 预期目标 | 实际完成情况 over two texts: under 预期目标 and 实际完成情况, not both under a goal).
  const fits = (shift: number) => {
    const keys = filled.map((c) => [...cols].find(([col, k]) => k !== 'caption' && col >= c.start + shift && col < c.start + shift + c.span)?.[1]);
    return keys.filter((k) => k != null).length * 10 + new Set(keys.filter((k) => k != null)).size;
  };
  const lastLabel = Math.max(...cols.keys());
  const shift = lastLabel - filled[filled.length - 1]!.start;
  return shift > 0 && fits(shift) > fits(0) ? shift : 0;
}

/**
 * A label merged down over a captions row and the values row below it, printed centred on the block
 * (a borderless page): on a row of its own between them (总体目标 between 中期目标 | 年度目标 and their two
 * texts), or beside the values (总体目标 | 三年… | 当年…). It only names the block: the values row without
 * it (empty when the label stood alone), or null when the row is no such label and values. Text fields
 * only: a figures row's own label (年度资金总额 | 100 | 120) is a field of its own.
 */
export function withoutCentredBlockLabel(filled: GridCell[], cols: Map<number, FieldKey>, kind: FormKind): GridCell[] | null {
  if (filled.length === 0 || cols.size === 0 || ![...cols.values()].some((k) => k !== 'caption' && isTextField(k))) return null;
  const head = filled[0]!;
  if (head.start + head.span > Math.min(...cols.keys())) return null;
  const m = matchLabel(head.text, kind);
  if (m == null || m.value != null || (m.key !== 'caption' && !isTextField(m.key))) return null;
  const rest = filled.slice(1);
  return rest.every((c) => parseAmount(c.text) == null && matchLabel(c.text, kind) == null) ? rest : null;
}

/** The fields a label-less text row may fill, as warnings name them. */
export const FIELD_NAMES: Partial<Record<FieldKey, string>> = {
  goal: '绩效目标', overview: '项目概况', basis: '立项依据', goal_outcome: '年度目标完成情况',
  conclusion: '评价结论', problems: '存在问题', improvements: '改进措施',
};
