import type { NameFacts } from './name-facts';
import { type UnitFacts, unitFacts } from './unit-facts';

/**
 * A unit written in the name (培训高素质农民（人）, 资金拨付率(%), 巡查次数/次) against the unit column beside it: an import
 * keeps both, and the column wins for the value, so a column of another kind than the name's unit (（人） beside 万元) is a
 * unit that does not fit the name. Both units' facts are cached per unit (unit-facts.ts); nothing is matched per row.
 */

export type UnitGroup = 'share' | 'who' | 'things' | 'area' | 'length' | 'duration' | 'money' | 'energy';

/** The kind of quantity a unit measures, for telling two units apart (人 and 户 are both who is served). */
export function groupOf(uf: UnitFacts): UnitGroup | null {
  if (uf.percent) return 'share';
  switch (uf.counts) {
    case 'people': case 'households': return 'who';
    case 'item': case 'times': return 'things';
    case 'area': case 'length': case 'duration': case 'money': case 'energy': return uf.counts;
    default: return null;
  }
}

/** The name's own unit when the unit column is of another kind (both kinds known), else null. */
export function nameUnitConflict(facts: NameFacts, unit: string, uf: UnitFacts): string | null {
  const named = facts.unitInName;
  if (named == null || named === unit || uf.perBase || uf.points || uf.magnitude) return null;
  const a = groupOf(unitFacts(named));
  const b = groupOf(uf);
  return a != null && b != null && a !== b ? named : null;
}
