import type { AlignedRow } from './align-row';
import type { ColumnRole } from './header-map';
import type { LevelState } from './indicator-rows';

/**
 * The first row under a header repeated after a page break that prints the level 1 again and
 * leaves its level-2 cell blank: a report engine re-printing the merged level 1 that the break cut,
 * while the level 2 merge it cut goes on unprinted. Its level 2 is the one above, not none.
 * A row that opens another level 1, or whose name spans the level-2 column, says nothing of the kind.
 */
export function levelReprinted(row: AlignedRow, roles: Array<ColumnRole | null>, own: Partial<LevelState>, before: LevelState): boolean {
  const i2 = roles.indexOf('level2');
  if (i2 < 0 || roles.indexOf('level1') < 0 || before.level1 == null || before.level2 == null) return false;
  if (own.level1 !== before.level1 || own.level2 != null) return false;
  return row.values[i2] != null && !row.mergedAway[i2];
}
