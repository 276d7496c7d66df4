import { storedSheetScore, type Form, type Indicator } from '@jixiao/core';
import type { Kysely } from 'kysely';
import type { Database } from './schema';
import { storedPolicy } from './stored-policy';

const SCORED_KINDS = ['project_self_evaluation', 'department_self_evaluation'];
// Forms per round trip: a region's sheets in a few dozen queries, none of them holding thousands of rows in memory.
const BATCH = 200;

/**
 * Stores on every self-evaluation (of either kind, deleted ones too: a restored form lists right) the total and grade
 * a save stores now (core's storedSheetScore under the region's policy for the form's year). Before migration 15 a
 * 部门整体 sheet kept the unit's own 总分 and no grade, so lists ranked it by another figure than project sheets and
 * the 工作台 left it out of the grade count. Returns how many rows changed.
 */
export async function rescoreStoredSheets(db: Kysely<Database>): Promise<number> {
  let after = 0;
  let changed = 0;
  for (;;) {
    const forms = await db
      .selectFrom('forms as f')
      .leftJoin('policies as p', (j) => j.onRef('p.region_id', '=', 'f.region_id').onRef('p.fiscal_year', '=', 'f.fiscal_year'))
      .select(['f.id', 'f.header', 'f.total_score', 'f.grade', 'p.policy'])
      .where('f.kind', 'in', SCORED_KINDS)
      .where('f.id', '>', after)
      .orderBy('f.id')
      .limit(BATCH)
      .execute();
    if (forms.length === 0) return changed;
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
      const scored = storedSheetScore(form, { policy: storedPolicy(f.policy) });
      const total = scored?.total ?? null;
      const grade = scored?.grade ?? null;
      if (total === f.total_score && grade === f.grade) continue;
      await db.updateTable('forms').set({ total_score: total, grade }).where('id', '=', f.id).execute();
      changed += 1;
    }
  }
}
