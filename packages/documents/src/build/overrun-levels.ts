import type { Indicator } from '@jixiao/core';

// The level-2 words each level 1 of the national frameworks holds (成本指标 alone is left out: older forms keep it
// under 产出指标, the 2021 framework makes it a level 1 of its own).
const FAMILY_OF_LEVEL2: Array<[RegExp, string]> = [
  [/^(数量|质量|时效|进度)(指标)?$/, 'output'],
  [/^(经济效益|社会效益|生态效益|环境效益|可持续影响)(指标)?$/, 'benefit'],
  [/^(服务对象满意度|社会公众满意度|群众满意度)(指标)?$/, 'satisfaction'],
  [/^(经济成本|社会成本|生态环境成本|生态成本|环境成本)(指标)?$/, 'cost'],
];
const FAMILY_OF_LEVEL1: Array<[RegExp, string]> = [
  [/^产出(指标)?$/, 'output'],
  [/^(效益|效果)(指标)?$/, 'benefit'],
  [/^满意度(指标)?$/, 'satisfaction'],
  [/^成本(指标)?$/, 'cost'],
];

function familyOf(text: string | null, table: Array<[RegExp, string]>): string | null {
  const t = (text ?? '').replace(/[\s\u3000]+/g, '');
  return table.find(([re]) => re.test(t))?.[1] ?? null;
}

/**
 * A level-1 cell merged down one row too far (or one row too soon): the last rows of 产出指标's group carrying
 * 经济效益指标 right before 效益指标's group starts, or the first rows of 效益指标's group carrying 时效指标 right
 * after 产出指标's. The level 2 says whose rows they are, so they take the neighbouring group's level 1. Only rows at
 * a group's edge move, toward the neighbour whose family their level 2 is, and a group keeps at least one row of its
 * own family; returns how many rows moved.
 */
export function regroupOverrunLevels(rows: Indicator[]): number {
  let moved = 0;
  const runs: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < rows.length; i++) {
    if (i > 0 && rows[i]!.level1 === rows[i - 1]!.level1) runs.at(-1)!.end = i;
    else runs.push({ start: i, end: i });
  }
  const fits = (i: number, family: string | null) => family != null && familyOf(rows[i]!.level2, FAMILY_OF_LEVEL2) === family;
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    const own = familyOf(rows[run.start]!.level1, FAMILY_OF_LEVEL1);
    if (own == null || rows[run.start]!.level1 == null) continue;
    const next = runs[r + 1];
    const nextFamily = next ? familyOf(rows[next.start]!.level1, FAMILY_OF_LEVEL1) : null;
    let tail = run.end;
    while (next && nextFamily !== own && tail > run.start && fits(tail, nextFamily)) tail--;
    if (tail < run.end && hasOwnBefore(run.start, tail, own, fits)) {
      for (let i = tail + 1; i <= run.end; i++) { rows[i]!.level1 = rows[next!.start]!.level1; moved++; }
    }
    const prev = runs[r - 1];
    const prevFamily = prev ? familyOf(rows[prev.end]!.level1, FAMILY_OF_LEVEL1) : null;
    let head = run.start;
    while (prev && prevFamily !== own && head < run.end && fits(head, prevFamily)) head++;
    if (head > run.start && hasOwnBefore(head, run.end, own, fits)) {
      for (let i = run.start; i < head; i++) { rows[i]!.level1 = rows[prev!.end]!.level1; moved++; }
    }
  }
  return moved;
}

function hasOwnBefore(start: number, end: number, family: string, fits: (i: number, family: string) => boolean): boolean {
  for (let i = start; i <= end; i++) if (fits(i, family)) return true;
  return false;
}
