import type { Indicator } from '../forms/forms-schema';
import { isBlank, isBlankCode } from '../values/text-scan';

// 合计 / 总计 / 总分 / 小计: a totals row the table prints among its rows (often imported as one); it repeats the sum.
const TOTALS = /^(?:合\s*计|总\s*计|小\s*计|总\s*分|得分合计|分值合计|权重合计)[:：]?$/;

/** A totals row kept among the indicators: not an indicator, and not added to the weights or scores it sums. */
export function isTotalsRow(ind: Indicator): boolean {
  // Checked on every row of every form: a char test settles all but the few names that begin like 合计.
  const name = ind.name;
  const k = firstInk(name);
  if (k === name.length) return ind.level1 != null && startsTotals(ind.level1) && TOTALS.test(ind.level1.trim());
  if (!totalsStartCode(name.charCodeAt(k)) || !TOTALS.test(name.trim())) return false;
  return ind.level2 == null || isBlank(ind.level2) || TOTALS.test(ind.level2.trim());
}

/** A cell that is itself a totals word (合计, 小计, 总分): the label of a totals row, no group. */
export function isTotalsWord(s: string): boolean {
  return startsTotals(s) && TOTALS.test(s.trim());
}

/** A deduction item (扣分项, 扣分指标): its weight is the most it takes off, not part of the total to distribute. */
export function isDeductionRow(ind: Indicator): boolean {
  return saysDeduction(ind.level1) || saysDeduction(ind.level2);
}

/**
 * A bonus item (加分项, 加分指标): the mirror of a 扣分项 — its 分值 is the most it adds above the full score, not part of
 * the total to distribute. Only a level cell that begins with 加分 says so (增加分红 is no bonus).
 */
export function isBonusRow(ind: Indicator): boolean {
  return saysBonus(ind.level1) || saysBonus(ind.level2);
}

/** A level cell that names a bonus item: 加分 first (after blanks). */
export function saysBonus(s: string | null): boolean {
  if (s == null) return false;
  const k = firstInk(s);
  return k + 1 < s.length && s.charCodeAt(k) === JIA && s.charCodeAt(k + 1) === FEN;
}

// 扣 分: asked of every row several times (weights, scores, totals), on short level cells; a char scan beats includes.
const KOU = 0x6263;
const FEN = 0x5206;
const JIA = 0x52a0;

/** A level cell that names a deduction item (扣分项, 扣分指标): what isDeductionRow asks of each level cell. */
export function saysDeduction(s: string | null): boolean {
  if (s == null) return false;
  for (let k = 0; k < s.length - 1; k++) if (s.charCodeAt(k) === KOU && s.charCodeAt(k + 1) === FEN) return true;
  return false;
}

/** 合 总 小 得 分 权: the first chars TOTALS accepts. */
function totalsStartCode(c: number): boolean {
  return c === 0x5408 || c === 0x603b || c === 0x5c0f || c === 0x5f97 || c === 0x5206 || c === 0x6743;
}

function startsTotals(s: string): boolean {
  const k = firstInk(s);
  return k < s.length && totalsStartCode(s.charCodeAt(k));
}

/** Index of the first character that is not blank (s.length when there is none). */
function firstInk(s: string): number {
  let k = 0;
  while (k < s.length && isBlankCode(s.charCodeAt(k))) k++;
  return k;
}
