import type { Indicator } from '../forms/forms-schema';
import { bigUnitScale, goalQuantities, type GoalQuantity, MONEY_UNITS, quantityPhrase, unitFamily } from './goal-quantities';
import { type FormContext, push, rowPlace } from './review-context';

/**
 * goal_vs_indicators on a row: its 指标值说明 states the whole it measures as another figure than its 指标值 (举办干部培训班
 * ≥12期 beside 说明「全年举办…不少于15期」; ≥400户 beside「在档困难职工320户，全部纳入帮扶」). The 说明 is published with
 * the value, and the two cannot both be the year's target.
 * Only a figure stated as the whole is held to the value: one led by a word of the whole or a floor (全年, 总, 共计, 合计,
 * 不少于, 达到…) or followed by 全部/均 (…320户，全部纳入). A figure per part (每辆年均200车次, 人均), last year's (2025年完成
 * 1420人次, 上年), or in a sentence quoting a document (依据《…》, 按照…) states a standard or a base, not the target; and a 说明
 * that also states the value itself (全年12期，其中主体班5期) agrees with it. Counts and measures only: a % row's 说明 quotes
 * formulas and other rates (按不低于5%的比例倒排), a money row's standards per head, and a target of 0 has no whole to state.
 */

const WHOLE_BEFORE = /不少于|不低于|至少|达到|全年|全部|总|共计|合计|累计/;
const WHOLE_AFTER = /^[，,]\s*(?:全部|均|全数)/;
const CLAUSE_BREAK = /[，,。；;：:\n]/;
const SENTENCE_BREAK = /[。；;\n]/;
const PER_PART = /每|均/;
const QUOTES_SOURCE = /《|依据|根据|按照|参照/;
const EARLIER_YEAR_WORD = /上年|去年|上一年|往年|以前年度/;
const YEAR = /(20\d{2})\s*年/g;
const SIGN: Readonly<Record<string, string>> = { '>=': '≥', '<=': '≤', '=': '=', '>': '>', '<': '<' };
const NUMBER = /^\d+(?:\.\d+)?$/;

export function checkDescribedFigures(ctx: FormContext): void {
  if (!ctx.isTarget) return;
  const rows = ctx.form.indicators;
  for (let i = 0; i < rows.length; i++) {
    const ind = rows[i]!;
    const described = statedWhole(ind, ctx.form.fiscal_year);
    if (!described) continue;
    push(ctx, 'goal_vs_indicators', i, 'description', `${rowPlace(ctx, i, ind)}的指标值说明写「${quantityPhrase(described)}」，与指标值 ${SIGN[ind.comparator!]}${ind.target}${ind.unit} 不一致；请核对指标值或指标值说明，两者应为同一年度目标。`);
  }
}

/** The figure the row's 说明 states as its whole when it differs from the value, or null. */
function statedWhole(ind: Indicator, year: number | null): GoalQuantity | null {
  const d = ind.description;
  if (d == null || ind.unit == null || ind.comparator == null || ind.comparator === 'qualitative' || !/\d/.test(d)) return null;
  const target = ind.target.trim();
  if (!NUMBER.test(target) || Number(target) <= 0) return null;
  const family = unitFamily(ind.unit);
  if (family == null || family === '%' || family === 'pp' || MONEY_UNITS.has(ind.unit.trim())) return null;
  const want = Number(target) * (bigUnitScale(ind.unit.trim()) || 1);
  const same = goalQuantities(d).filter((q) => unitFamily(q.unit) === family);
  const scaled = (q: GoalQuantity) => q.value * (bigUnitScale(q.unit) || 1);
  const agrees = (q: GoalQuantity) => Math.abs(scaled(q) - want) <= 1e-9 * Math.max(1, want) || (q.low != null && q.low * (bigUnitScale(q.unit) || 1) <= want && want <= scaled(q));
  if (same.length === 0 || same.some(agrees)) return null;
  return same.find((q) => statesWhole(q, year)) ?? null;
}

function statesWhole(q: GoalQuantity, year: number | null): boolean {
  const s = q.text;
  let clause = q.index;
  while (clause > 0 && !CLAUSE_BREAK.test(s[clause - 1]!)) clause--;
  let sentence = q.index;
  while (sentence > 0 && !SENTENCE_BREAK.test(s[sentence - 1]!)) sentence--;
  const before = s.slice(clause, q.index);
  const inSentence = s.slice(sentence, q.index);
  if (PER_PART.test(before) || QUOTES_SOURCE.test(inSentence) || EARLIER_YEAR_WORD.test(inSentence) || namesEarlierYear(inSentence, year)) return false;
  return WHOLE_BEFORE.test(before) || WHOLE_AFTER.test(s.slice(q.index + q.length, q.index + q.length + 4));
}

function namesEarlierYear(text: string, year: number | null): boolean {
  if (year == null) return false;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) if (Number(m[1]) < year) return true;
  return false;
}
