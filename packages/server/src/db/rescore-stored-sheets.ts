import { storedSheetScore, tallyRescore, type Form, type Indicator, type Policy, type RescoreTally, type StoredSheetFigures } from '@jixiao/core';
import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { storedPolicy } from './stored-policy';

const SCORED_KINDS = ['project_self_evaluation', 'department_self_evaluation'];
// Forms per round trip: a region's sheets in a few dozen queries, none of them holding thousands of rows in memory.
const BATCH = 200;

/** One region's year scored under a policy not stored yet (a change being previewed or saved). */
export interface RescoreScope {
  regionId: number;
  fiscalYear: number;
  policy: Policy;
}

/**
 * Stores on every self-evaluation (of either kind, deleted ones too: a restored form lists right) the total and grade
 * a save stores now (core's storedSheetScore under the region's policy for the form's year). Before migration 15 a
 * 部门整体 sheet kept the unit's own 总分 and no grade, so lists ranked it by another figure than project sheets and
 * the 工作台 left it out of the grade count. Returns how many rows changed.
 */
export async function rescoreStoredSheets(db: Kysely<Database>): Promise<number> {
  let changed = 0;
  await rescoreSheets(db, null, true, (r) => {
    if (r.before.total !== r.after.total || r.before.grade !== r.after.grade) changed += 1;
  });
  return changed;
}

/**
 * The self-evaluations of one region and year scored under `scope.policy`, as a change of the region's policy leaves
 * them: lists, the 工作台 and the 整改 sources read the stored figures, which otherwise kept the old policy's until each
 * sheet was saved again. With `write`, the changed figures are stored (the caller's transaction makes them one change
 * with the policy's); without, nothing is written and the tally says what saving would do. Deleted sheets are
 * re-scored too, so a restored one lists right, but only live ones are counted. Published ones keep the figures they
 * were published with (publishedUnderPolicy).
 */
export async function rescoreRegionYear(db: Kysely<Database>, scope: RescoreScope, write: boolean): Promise<RescoreTally & { grade_changes: SheetGradeChange[] }> {
  const rows: StoredSheetFigures[] = [];
  await rescoreSheets(db, { ...scope, published: false }, write, (r) => rows.push(r));
  const grade_changes = rows.filter((r) => !r.deleted && r.before.grade !== r.after.grade).map((r) => ({ id: r.id, from: r.before.grade, to: r.after.grade }));
  return { ...tallyRescore(rows), grade_changes };
}

/** A sheet's grade before and after a re-score (the audit entry's record of each move). */
export interface SheetGradeChange {
  id: number;
  from: string | null;
  to: string | null;
}

/**
 * The published (已公开) self-evaluations of the region's year scored under `scope.policy`, never written: a policy
 * change keeps them as published (published-policy.ts), and the tally says how many would move (grade_changed_ids) if
 * finance withdrew and re-published them.
 */
export async function publishedUnderPolicy(db: Kysely<Database>, scope: RescoreScope): Promise<RescoreTally> {
  const rows: StoredSheetFigures[] = [];
  await rescoreSheets(db, { ...scope, published: true }, false, (r) => rows.push(r));
  return tallyRescore(rows);
}

async function rescoreSheets(db: Kysely<Database>, scope: (RescoreScope & { published: boolean }) | null, write: boolean, seen: (sheet: StoredSheetFigures) => void): Promise<void> {
  let after = 0;
  for (;;) {
    let query = db
      .selectFrom('forms as f')
      .leftJoin('policies as p', (j) => j.onRef('p.region_id', '=', 'f.region_id').onRef('p.fiscal_year', '=', 'f.fiscal_year'))
      .select(['f.id', 'f.header', 'f.total_score', 'f.grade', 'f.deleted_at', 'p.policy'])
      .where('f.kind', 'in', SCORED_KINDS)
      .where('f.id', '>', after);
    if (scope) query = query.where('f.region_id', '=', scope.regionId).where('f.fiscal_year', '=', scope.fiscalYear).where('f.status', scope.published ? '=' : '!=', 'published');
    const forms = await query.orderBy('f.id').limit(BATCH).execute();
    if (forms.length === 0) return;
    after = forms[forms.length - 1]!.id;
    const rows = await db.selectFrom('indicators').selectAll().where('form_id', 'in', forms.map((f) => f.id)).orderBy('form_id').orderBy('ordinal').execute();
    const byForm = new Map<number, Indicator[]>();
    for (const { id: _id, form_id, ordinal: _ordinal, ...ind } of rows) {
      const list = byForm.get(form_id) ?? [];
      list.push(ind as Indicator);
      byForm.set(form_id, list);
    }
    for (const f of forms) {
      const form = { ...(f.header as object), indicators: byForm.get(f.id) ?? [] } as Form;
      const scored = storedSheetScore(form, { policy: scope?.policy ?? storedPolicy(f.policy) });
      const next = { total: scored?.total ?? null, grade: scored?.grade ?? null };
      seen({ id: f.id, deleted: f.deleted_at !== null, before: { total: f.total_score, grade: f.grade }, after: next });
      if (!write || (next.total === f.total_score && next.grade === f.grade)) continue;
      await db.updateTable('forms').set({ total_score: next.total, grade: next.grade }).where('id', '=', f.id).execute();
    }
  }
}
