import { classifyName } from './classify-name';
import type { NameFacts } from './name-facts';
import { parseLevel1, parseLevel2, type Level1, type Level2 } from './indicator-framework';
import { isTotalsRow, saysBonus, saysDeduction } from '../scoring/sheet-rows';
import type { FormContext } from './review-context';

/**
 * What several checks read from every row of one form: its 一级, 二级 and name, each parsed once.
 * The arrays may be longer than the form (they are reused from form to form): read rows only.
 */
export interface RowReadings {
  level1: Array<Level1 | null>;
  level2: Array<Level2 | null>;
  facts: NameFacts[];
  /** isTotalsRow of each row: asked by the checks of weights, scores and values. */
  totals: boolean[];
  /** isDeductionRow of each row, read off its level cells as they are parsed. */
  deduction: boolean[];
  /** isBonusRow of each row (加分项): like a deduction, its 分值 is a ceiling outside the full score. */
  bonus: boolean[];
}

// One form is reviewed at a time, synchronously, and its readings die with its review: the arrays are
// reused instead of allocated per form.
const SCRATCH: RowReadings = { level1: [], level2: [], facts: [], totals: [], deduction: [], bonus: [] };

/** The form's row readings, computed on first use and kept on the context for the other checks. */
export function rowReadings(ctx: FormContext): RowReadings {
  if (ctx.readings) return ctx.readings;
  const rows = ctx.form.indicators;
  const n = rows.length;
  const readings = SCRATCH;
  // Consecutive rows mostly repeat their 一级 (and often their 二级): an equal cell reuses the row above's
  // parse (both parses depend on the text only) instead of a cache lookup by a string not hashed yet.
  let raw1: string | null | undefined;
  let raw2: string | null | undefined;
  let l1: Level1 | null = null;
  let l2: Level2 | null = null;
  let d1 = false;
  let d2 = false;
  let b1 = false;
  let b2 = false;
  for (let i = 0; i < n; i++) {
    const ind = rows[i]!;
    const c1 = ind.level1;
    const c2 = ind.level2;
    if (i === 0 || c1 !== raw1) { l1 = parseLevel1(c1); d1 = saysDeduction(c1); b1 = saysBonus(c1); raw1 = c1; }
    if (i === 0 || c2 !== raw2) { l2 = parseLevel2(c2); d2 = saysDeduction(c2); b2 = saysBonus(c2); raw2 = c2; }
    readings.level1[i] = l1;
    readings.level2[i] = l2;
    readings.deduction[i] = d1 || d2;
    readings.bonus[i] = b1 || b2;
    readings.totals[i] = isTotalsRow(ind);
    readings.facts[i] = classifyName(ind.name);
  }
  ctx.readings = readings;
  return readings;
}
