import type { Indicator } from '../forms/forms-schema';
import { unitFamily } from './goal-quantities';
import type { RowReadings } from './row-readings';
import { type UnitFacts, unitFacts } from './unit-facts';
import { isBlank } from '../values/text-scan';

/**
 * How the names check (check-form.ts) reads two indicator names as one: the words that only restate the unit are not part of
 * what a row counts. Computed per pair of rows that already share their first character, from facts cached per unit.
 */

const MULTIPLIERS = '万亿千百十';

/**
 * The name as an indicator's identity: without punctuation and without a word that only repeats the unit (接待游客人次 in
 * 万人次 is 接待游客 in 万人次), so a copied row whose name differs only there is the same indicator.
 */
export function nameIdentity(plainCore: string, unit: string): string {
  return unit === '' ? plainCore : withoutMeasureWord(withoutUnitWord(plainCore, unit), unit);
}

// 补助乡村医生人数 in 人 is 补助乡村医生 in 人, 硬化村组道路长度 in 公里 is 硬化村组道路: a trailing word that names only the
// quantity the unit measures adds nothing. Kept to the unit's own kind, so 培训人数 in 次 or 面积 in 个 stays apart.
const MEASURE_WORDS: Partial<Record<NonNullable<UnitFacts['counts']>, readonly string[]>> = {
  people: ['人数'], households: ['户数'], area: ['面积'], length: ['长度', '里程'], item: ['数量', '个数'], times: ['次数'],
};

/** The core without a trailing measure word of the unit's kind (see MEASURE_WORDS) where four characters remain. */
function withoutMeasureWord(core: string, unit: string): string {
  // Every measure word ends in 数, 积, 度, 程 or 量 (数量): other names never look the unit up.
  const last = core.charCodeAt(core.length - 1);
  if (core.length < 6 || (last !== 0x6570 && last !== 0x79ef && last !== 0x5ea6 && last !== 0x7a0b && last !== 0x91cf)) return core;
  const kind = unitFacts(unit).counts;
  const words = kind ? MEASURE_WORDS[kind] : undefined;
  if (words) for (const w of words) if (core.endsWith(w)) return core.slice(0, -w.length);
  return core;
}

function withoutUnitWord(plainCore: string, unit: string): string {
  if (plainCore.length > unit.length + 1 && plainCore.endsWith(unit)) return plainCore.slice(0, -unit.length);
  let from = 0;
  while (from < unit.length - 1 && MULTIPLIERS.includes(unit.charAt(from))) from++;
  if (from === 0) return plainCore;
  const base = unit.slice(from);
  return plainCore.length > base.length + 1 && plainCore.endsWith(base) ? plainCore.slice(0, -base.length) : plainCore;
}

/**
 * One name under two 二级, counted on one row and judged in words on the other (生态公益林管护 ≥12 万亩 under 数量, 定性
 * 「管护责任落实到山头地块」 under 质量), measures two things: rules.md §2 names the same indicator twice, and these are two
 * indicators under a poor name, not one copied. A name that is itself a measure (…率, 满意度, 受益群众) is one indicator
 * however its rows are filled; so are two rows both counted (a unit cell may be wrong).
 */
export function measuredApart(readings: RowReadings, rowA: Indicator, a: number, rowB: Indicator, b: number): boolean {
  const { level2, facts } = readings;
  if (level2[a] == null || level2[b] == null || level2[a] === level2[b]) return false;
  const name = facts[b]!;
  if (name.kind === 'rate' || name.satisfaction || name.satisfactionLike) return false;
  const qa = judgedInWords(rowA);
  const qb = judgedInWords(rowB);
  return qa != null && qb != null && qa !== qb;
}

/** true for a 定性 row, false for a row counted in a unit, null when the row says neither (or states a %). */
function judgedInWords(ind: Indicator): boolean | null {
  if (ind.comparator === 'qualitative') return true;
  if (ind.comparator == null || ind.unit == null || isBlank(ind.unit) || ind.unit.includes('定性')) return null;
  return unitFamily(ind.unit) === '%' ? null : false;
}
