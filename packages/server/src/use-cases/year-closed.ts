import { sql, type Expression, type RawBuilder } from 'kysely';
import { fail, type AppError } from '../errors';
import type { Executor } from './form-store';

/**
 * Whether a fiscal year is closed for a region, as SQL: the region's own status for the year when it has one
 * (a region may close a year others keep open), else the year's; a year not listed anywhere is open.
 */
export function yearClosedSql(regionId: Expression<number | null>, year: Expression<number>): RawBuilder<boolean> {
  return sql<boolean>`coalesce(
    (select not ry.open from region_fiscal_years ry where ry.region_id = ${regionId} and ry.year = ${year}),
    (select not fy.open from fiscal_years fy where fy.year = ${year}),
    false)`;
}

export function yearClosedMessage(year: number): string {
  return `${year} 年度已关闭，该年度的表只能查看和导出；如需修改，请联系系统管理员在「年度与政策」中重新开放该年度。`;
}

export function yearClosedError(year: number): { ok: false; error: AppError } {
  return fail('year_closed', yearClosedMessage(year), { fiscal_year: year });
}

export async function isYearClosed(db: Executor, scope: { region_id: number | null; fiscal_year: number }): Promise<boolean> {
  const row = await sql<{ closed: boolean }>`select ${yearClosedSql(sql.val(scope.region_id), sql.val(scope.fiscal_year))} as closed`.execute(db);
  return row.rows[0]?.closed === true;
}

/**
 * The guard every write of a year's forms calls (form, import, workflow, monitoring, self-evaluation, evaluation,
 * deletion): a closed year's records are read-only for everyone, admin included. null when the write may go on.
 */
export async function refuseClosedYear(db: Executor, scope: { region_id: number | null; fiscal_year: number }): Promise<{ ok: false; error: AppError } | null> {
  return (await isYearClosed(db, scope)) ? yearClosedError(scope.fiscal_year) : null;
}
