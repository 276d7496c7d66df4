import { type UnitFacts, unitFacts } from './unit-facts';

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
  // Every measure word ends in 数, 积, 度 or 程: other names never look the unit up.
  const last = core.charCodeAt(core.length - 1);
  if (core.length < 6 || (last !== 0x6570 && last !== 0x79ef && last !== 0x5ea6 && last !== 0x7a0b)) return core;
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
