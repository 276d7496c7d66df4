import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../db/open-database';

/**
 * Whether an org path lies under a department an evaluation assigns to the evaluator: the one reach of a third-party
 * evaluator (no org tree of its own) over forms, besides their being published. Published forms are public anyway;
 * the signed-in view of one (findings, scores, attachments, comments) is for the evaluator's own assignments only.
 */
export function evaluatedBy(userId: number, orgPath: RawBuilder<string>): RawBuilder<boolean> {
  return sql<boolean>`exists (select 1 from evaluations ev join orgs eo on eo.id = ev.org_id where ev.evaluator_id = ${userId} and left(${orgPath}, length(eo.path)) = eo.path)`;
}

export async function evaluatesOrg(db: Db, userId: number, orgPath: string): Promise<boolean> {
  const row = await db.selectNoFrom(evaluatedBy(userId, sql.val(orgPath)).as('assigned')).executeTakeFirst();
  return row?.assigned === true;
}
