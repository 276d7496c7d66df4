import type { Form, Indicator } from '@jixiao/core';
import { fieldLabel, rowFieldLabel, same, showValue, type FieldChange } from './form-diff';

export interface FormMerge {
  /** The form with both sides' edits: each field as whoever changed it left it; where both did, as this page has it. */
  form: Form;
  /** Fields both changed, differently: the merged form keeps this page's value (before = the other person's). */
  conflicts: FieldChange[];
}

/** One field of a three-way merge: the side that changed it wins; both changed it differently → mine, and a conflict. */
function pick<T>(base: T, mine: T, theirs: T): { value: T; conflict: boolean } {
  if (same(mine, theirs) || same(theirs, base)) return { value: mine, conflict: false };
  if (same(mine, base)) return { value: theirs, conflict: false };
  return { value: mine, conflict: true };
}

/**
 * Three-way merge of a form after a save conflict: `base` is the version this page started from, `mine` the page's
 * content, `theirs` what someone else saved meanwhile. Header fields and indicator cells merge one by one; when rows
 * were added or removed on both sides the rows cannot be matched by position, and this page's rows are kept whole
 * (reported as one conflict) unless one side left the rows as they were.
 */
export function mergeForms(base: Form, mine: Form, theirs: Form): FormMerge {
  const conflicts: FieldChange[] = [];
  const merged: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(base), ...Object.keys(mine), ...Object.keys(theirs)]);
  keys.delete('indicators');
  const b = base as unknown as Record<string, unknown>;
  const m = mine as unknown as Record<string, unknown>;
  const t = theirs as unknown as Record<string, unknown>;
  for (const key of keys) {
    const r = pick(b[key], m[key], t[key]);
    if (r.value !== undefined) merged[key] = r.value;
    if (r.conflict) conflicts.push({ row: null, field: key, label: fieldLabel(key), before: showValue(t[key]), after: showValue(m[key]) });
  }
  merged.indicators = mergeRows(base.indicators, mine.indicators, theirs.indicators, conflicts);
  return { form: merged as unknown as Form, conflicts };
}

function mergeRows(base: Indicator[], mine: Indicator[], theirs: Indicator[], conflicts: FieldChange[]): Indicator[] {
  if (same(mine, base)) return theirs;
  if (same(theirs, base) || same(mine, theirs)) return mine;
  if (base.length !== mine.length || base.length !== theirs.length) {
    conflicts.push({ row: null, field: 'indicators', label: '指标行（双方都增删了行）', before: `${theirs.length} 行`, after: `${mine.length} 行` });
    return mine;
  }
  return mine.map((row, i) => {
    const out: Record<string, unknown> = {};
    const rb = base[i] as unknown as Record<string, unknown>;
    const rm = row as unknown as Record<string, unknown>;
    const rt = theirs[i] as unknown as Record<string, unknown>;
    for (const key of new Set([...Object.keys(rb), ...Object.keys(rm), ...Object.keys(rt)])) {
      const r = pick(rb[key], rm[key], rt[key]);
      out[key] = r.value ?? null;
      if (r.conflict) conflicts.push({ row: i, field: key, label: rowFieldLabel(key), before: showValue(rt[key]), after: showValue(rm[key]) });
    }
    return out as unknown as Indicator;
  });
}
