/** A stored sheet's 系统核算总分 and grade before and after re-scoring it. */
export interface StoredSheetFigures {
  id: number;
  deleted: boolean;
  before: { total: number | null; grade: string | null };
  after: { total: number | null; grade: string | null };
}

/** How many sheets moved from one grade to another (null: no grade, an empty sheet). */
export interface GradeMove {
  from: string | null;
  to: string | null;
  count: number;
}

/** What re-scoring a region's year of stored self-evaluations under a changed policy does to the live ones. */
export interface RescoreTally {
  /** Live self-evaluations re-scored. */
  sheets: number;
  /** Of those, how many get another total or grade. */
  changed: number;
  /** Of those, how many get another grade. */
  grade_changed: number;
  /** The grade moves, most common first. */
  grade_moves: GradeMove[];
  /** The ids of the sheets whose grade changes (for the audit log), in id order. */
  grade_changed_ids: number[];
}

// A total stored as double precision and recomputed may differ in the last bits: no change a reader could see.
const SAME_TOTAL = 1e-9;

/** Counts the live sheets, those whose figures change and the grade moves among them; deleted sheets are not counted. */
export function tallyRescore(rows: readonly StoredSheetFigures[]): RescoreTally {
  const live = rows.filter((r) => !r.deleted);
  const moves = new Map<string, GradeMove>();
  const ids: number[] = [];
  let changed = 0;
  for (const r of live) {
    const totalMoved = r.before.total === null || r.after.total === null ? r.before.total !== r.after.total : Math.abs(r.before.total - r.after.total) > SAME_TOTAL;
    const gradeMoved = r.before.grade !== r.after.grade;
    if (totalMoved || gradeMoved) changed += 1;
    if (!gradeMoved) continue;
    ids.push(r.id);
    const key = `${r.before.grade}→${r.after.grade}`;
    const move = moves.get(key) ?? { from: r.before.grade, to: r.after.grade, count: 0 };
    move.count += 1;
    moves.set(key, move);
  }
  return {
    sheets: live.length,
    changed,
    grade_changed: ids.length,
    grade_moves: [...moves.values()].sort((a, b) => b.count - a.count),
    grade_changed_ids: ids.sort((a, b) => a - b),
  };
}
