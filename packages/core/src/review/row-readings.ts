import { classifyName, type NameFacts } from './classify-name';
import { parseLevel1, parseLevel2, type Level1, type Level2 } from './indicator-framework';
import type { FormContext } from './review-context';

/**
 * What several checks read from every row of one form: its 一级, 二级 and name, each parsed once.
 * The arrays may be longer than the form (they are reused from form to form): read rows only.
 */
export interface RowReadings {
  level1: Array<Level1 | null>;
  level2: Array<Level2 | null>;
  facts: NameFacts[];
}

// One form is reviewed at a time, synchronously, and its readings die with its review: the arrays are
// reused instead of allocated per form.
const SCRATCH: RowReadings = { level1: [], level2: [], facts: [] };

/** The form's row readings, computed on first use and kept on the context for the other checks. */
export function rowReadings(ctx: FormContext): RowReadings {
  if (ctx.readings) return ctx.readings;
  const rows = ctx.form.indicators;
  const n = rows.length;
  const readings = SCRATCH;
  for (let i = 0; i < n; i++) {
    const ind = rows[i]!;
    readings.level1[i] = parseLevel1(ind.level1);
    readings.level2[i] = parseLevel2(ind.level2);
    readings.facts[i] = classifyName(ind.name);
  }
  ctx.readings = readings;
  return readings;
}
