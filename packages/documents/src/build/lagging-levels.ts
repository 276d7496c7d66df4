import type { Indicator } from '@jixiao/core';
import type { WrittenLevels } from './centred-levels';
import type { FormSink } from './form-sink';
import { isCategoryText } from './level-cells';

// The level-1 family a level 2 belongs to by its words. 成本指标 is left out: a level 2 under 产出指标 in
// older templates and a level 1 of its own in today's, it names no family for sure.
const LEVEL2_FAMILY: Array<[RegExp, string]> = [
  [/^(数量|质量|时效)/, '产出'],
  [/(经济|社会|生态|环境)效益|可持续影响/, '效益'],
  [/^(经济|社会|生态环境)成本/, '成本'],
  [/满意/, '满意度'],
];
const LEVEL1_FAMILY: Array<[RegExp, string]> = [[/^产出/, '产出'], [/^(效益|效果)/, '效益'], [/^成本/, '成本'], [/^满意/, '满意度']];

const familyOf = (text: string | null, table: Array<[RegExp, string]>): string | null =>
  text == null ? null : table.find(([re]) => re.test(text))?.[1] ?? null;

/**
 * Merged level cells whose text a converter printed on a LOWER row of their group (a cell centred or set to
 * the bottom), in a table whose first row still wrote its level 1 (so the table is no centred one as a whole,
 * see recentreLevels): the rows above the text read the group before's level. Two signs put them below:
 * - rows printed without their level-2 cell at all (one cell short, `spanning`: the name cell took the column)
 *   under a carried level 1, right above a row of the same level 1 that writes a level 2: a text save drops a
 *   merged cell on every row but the one holding its text, so the short rows are that group's upper rows;
 * - a row whose own level 2 belongs to another level 1's family (社会效益指标 under a carried 产出指标),
 *   right above the rows of a level 1 of that family: the merged level-1 text landed below it.
 * `rows` are the table's indicators, `written` the levels each row wrote itself (by position). Returns the
 * positions of the rows given a level, the rows whose level 2 was taken from below first.
 */
export function regroupLaggingLevels(rows: Indicator[], written: WrittenLevels[], spanning: Set<number>): { level2: number[]; level1: number[] } {
  const own = (k: number) => written.find((w) => w.at === k) ?? null;
  const carried = (k: number) => own(k)?.level1 == null;
  // A blank level-1 cell, not one a grid merges with the cell above: that merge says which group the row is in.
  const loose = (k: number) => carried(k) && own(k)?.inMerge !== true;
  const moved = { level2: [] as number[], level1: [] as number[] };
  // A name that is a level's words, or a 满意度 (a template's 满意度 names span 二级+三级 on purpose), keeps its span.
  const short = (k: number) => spanning.has(k) && carried(k) && !isCategoryText(rows[k]!.name) && !/满意度$/.test(rows[k]!.name);
  for (let k = 0; k < rows.length; k++) {
    if (!short(k)) continue;
    let j = k;
    while (j < rows.length && short(j)) j++;
    const below = j < rows.length && carried(j) ? own(j)?.level2 ?? null : null;
    if (below != null && rows[j]!.level1 === rows[k]!.level1) {
      for (let i = k; i < j; i++) { rows[i]!.level2 = below; moved.level2.push(i); }
    }
    k = j - 1;
  }
  for (let k = 0; k < rows.length; k++) {
    const level1 = rows[k]!.level1;
    const family = familyOf(own(k)?.level2 ?? null, LEVEL2_FAMILY);
    const carriedFamily = familyOf(level1, LEVEL1_FAMILY);
    if (!loose(k) || family == null || carriedFamily == null || family === carriedFamily) continue;
    let j = k + 1;
    while (j < rows.length && rows[j]!.level1 === level1 && loose(j)) j++;
    if (j >= rows.length || rows[j]!.level1 === level1 || familyOf(rows[j]!.level1, LEVEL1_FAMILY) !== family) continue;
    // Only rows that wrote no level 1 of their own and whose level 2 is of no other family move down.
    for (let i = k; i < j; i++) {
      const f = familyOf(own(i)?.level2 ?? null, LEVEL2_FAMILY);
      if (f != null && f !== family) continue;
      rows[i]!.level1 = rows[j]!.level1;
      moved.level1.push(i);
    }
    k = j - 1;
  }
  return moved;
}

/**
 * Levels a top-aligned table printed below the rows they head, put back (regroupLaggingLevels), and rows above
 * a table's first level 1 given it (a merged level-1 cell whose text sits lower than its first row). `start` is
 * the table's first indicator in the form; `written` and `spanning` are by position in the table.
 */
export function settleLaggingLevels(sink: FormSink, start: number, written: WrittenLevels[], spanning: Set<number>, hasLevel1Column: boolean): void {
  const rows = sink.form.indicators.slice(start);
  const moved = regroupLaggingLevels(rows, written, spanning);
  if (moved.level2.length > 0) {
    // Those rows have a level 2 after all: the warning that they had none no longer holds.
    const taken = new Set(moved.level2.map((k) => start + k));
    const kept = sink.warnings.filter((w) => !(w.code === 'level_carried_over_merge' && w.row != null && taken.has(w.row)));
    sink.warnings.splice(0, sink.warnings.length, ...kept);
  }
  for (const k of [...new Set([...moved.level2, ...moved.level1])].sort((a, b) => a - b)) {
    sink.warn('level_guessed', `指标“${rows[k]!.name.slice(0, 30)}”所在合并单元格的文字印在了下方的行上，已按其所在组补为“${rows[k]!.level1 ?? ''}${rows[k]!.level2 ? ' / ' + rows[k]!.level2 : ''}”，请核对。`, start + k);
  }
  const first = rows.findIndex((r) => r.level1 != null);
  if (!hasLevel1Column || first <= 0) return;
  const level1 = rows[first]!.level1;
  for (let i = 0; i < first; i++) {
    rows[i]!.level1 = level1;
    sink.warn('level_guessed', `指标“${rows[i]!.name.slice(0, 30)}”没有一级指标，按下方合并单元格的内容补为“${level1}”，请核对。`, start + i);
  }
}
