import { inScope, requireActor } from '../access';
import { recordAudit } from '../audit/audit-log';
import type { Actor, Ctx } from '../context';
import type { Role } from '../db/schema';
import { fail, ok, type AppError, type Result } from '../errors';
import type { Executor } from './form-store';
import { refreshSiblingCounts } from './sibling-targets';
import { EDITABLE_STATUSES, statusLabel } from './forms';
import { refuseClosedYear } from './year-closed';

/**
 * Deleting a mistaken form is soft: the row, its indicators and its history stay, every read
 * treats it as gone (loadForm and the lists filter on deleted_at), and the same people can
 * restore it. Only a form still in the unit's hands (草稿 / 已退回, the states its editor may
 * edit) may be deleted: anything under review, approved or published is part of the record.
 */
export const DELETERS: readonly Role[] = ['unit_editor', 'finance_reviewer', 'admin'];

export interface DeletedForm {
  id: number;
  status: string;
  version: number;
  deleted_at: string;
}

interface StoredForm {
  id: number;
  status: string;
  version: number;
  kind: string;
  org_id: number;
  region_id: number | null;
  fiscal_year: number;
  project_name: string | null;
  org_path: string;
  org_name: string;
  deleted_at: Date | null;
  deleted_by_name: string | null;
}

async function storedForm(db: Executor, id: number): Promise<StoredForm | null> {
  const row = await db
    .selectFrom('forms as f')
    .innerJoin('orgs as o', 'o.id', 'f.org_id')
    .leftJoin('users as u', 'u.id', 'f.deleted_by')
    .select(['f.id', 'f.status', 'f.version', 'f.kind', 'f.org_id', 'f.region_id', 'f.fiscal_year', 'f.project_name', 'o.path as org_path', 'o.name as org_name', 'f.deleted_at', 'u.username as deleted_by_name'])
    .where('f.id', '=', id)
    .executeTakeFirst();
  return row ?? null;
}

function formLabel(row: StoredForm): string {
  return row.project_name ? `「${row.project_name}」（${row.org_name}）` : `${row.id}（${row.org_name}）`;
}

// Messages speak the clerks' time (UTC+8, no daylight saving); details keep the ISO instant.
const stamp = (d: Date) => new Date(d.getTime() + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/** The error for a deleted form the actor could see; a form outside its scope stays plain not_found. */
function deletedError(actor: Actor, row: StoredForm): AppError {
  const by = row.deleted_by_name ? `由 ${row.deleted_by_name} ` : '';
  const restore = DELETERS.includes(actor.role) ? '如属误删，可点「恢复」找回（恢复后保持删除前的状态和内容）' : '如属误删，请联系本单位填报人员或管理员恢复';
  return {
    code: 'form_deleted',
    message: `表单${formLabel(row)}已于 ${stamp(row.deleted_at as Date)}（北京时间）${by}删除；${restore}`,
    details: { id: row.id, deleted_at: (row.deleted_at as Date).toISOString(), deleted_by: row.deleted_by_name, restorable: DELETERS.includes(actor.role) },
  };
}

/**
 * Why a form loadForm did not find is missing: deleted (410 with who and when, for an actor in
 * its scope), or not there at all. Callers use it only on that path, so a normal read pays nothing.
 */
export async function missingForm(ctx: Ctx, id: number): Promise<{ ok: false; error: AppError }> {
  const row = ctx.actor?.scopePath != null ? await storedForm(ctx.db, id) : null;
  if (row?.deleted_at && ctx.actor && inScope(ctx.actor, row.org_path)) return { ok: false, error: deletedError(ctx.actor, row) };
  return fail('not_found', `表单 ${id} 不存在或无权查看`);
}

/** Who may delete or restore: the form's editors (unit editor, finance) in its subtree, or an admin. */
async function manageable(ctx: Ctx, id: number): Promise<Result<{ actor: Actor; row: StoredForm }>> {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  const row = await storedForm(ctx.db, id);
  if (!row || !inScope(who.actor, row.org_path)) return fail('not_found', `表单 ${id} 不存在或无权查看`);
  if (!DELETERS.includes(who.actor.role)) return fail('forbidden', '只有本单位填报人员、财政审核人员或管理员可以删除或恢复表单');
  const closed = await refuseClosedYear(ctx.db, row);
  if (closed) return closed;
  return ok({ actor: who.actor, row });
}

export async function deleteForm(ctx: Ctx, input: { id: number; version: number }): Promise<Result<DeletedForm>> {
  const allowed = await manageable(ctx, input.id);
  if (!allowed.ok) return allowed;
  const { row, actor } = allowed.value;
  if (row.deleted_at) return { ok: false, error: deletedError(actor, row) };
  if (!EDITABLE_STATUSES.has(row.status)) {
    return fail('invalid_transition', `表单当前状态为「${statusLabel(row.status)}」，只有草稿或被退回的表单可以删除；已提交、审核中或已公开的表单属于审核记录，不能删除`);
  }
  if (input.version !== row.version) return fail('stale_version', `表单已被他人修改（当前版本 ${row.version}），请刷新后确认是否仍要删除`, { current_version: row.version });
  const now = ctx.clock.now();
  const done = await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('forms')
      .set((eb) => ({ deleted_at: now, deleted_by: actor.userId, version: eb('version', '+', 1), updated_at: now }))
      .where('id', '=', input.id)
      .where('version', '=', input.version)
      .where('deleted_at', 'is', null)
      .where('status', 'in', [...EDITABLE_STATUSES])
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return false;
    await recordAudit(trx, ctx, { action: 'form.delete', entity: 'form', entityId: input.id, before: { status: row.status, version: row.version }, after: { deleted_at: now.toISOString() } });
    return true;
  });
  if (!done) return fail('stale_version', '表单刚被他人修改或删除，请刷新后再操作', { rejected: input });
  // A 90-point sibling gone may clear (or one restored flag) the unit's 100-point targets: their stored counts follow.
  if (row.kind === 'project_target') await refreshSiblingCounts(ctx.db, row);
  return ok({ id: input.id, status: row.status, version: input.version + 1, deleted_at: now.toISOString() });
}

export async function restoreForm(ctx: Ctx, input: { id: number }): Promise<Result<{ id: number; status: string; version: number }>> {
  const allowed = await manageable(ctx, input.id);
  if (!allowed.ok) return allowed;
  const { row } = allowed.value;
  if (!row.deleted_at) return fail('invalid_transition', `表单${formLabel(row)}没有被删除，无需恢复`);
  const now = ctx.clock.now();
  const done = await ctx.db.transaction().execute(async (trx) => {
    const updated = await trx
      .updateTable('forms')
      .set((eb) => ({ deleted_at: null, deleted_by: null, version: eb('version', '+', 1), updated_at: now }))
      .where('id', '=', input.id)
      .where('version', '=', row.version)
      .where('deleted_at', 'is not', null)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return false;
    await recordAudit(trx, ctx, { action: 'form.restore', entity: 'form', entityId: input.id, before: { deleted_at: (row.deleted_at as Date).toISOString() }, after: { status: row.status, version: row.version + 1 } });
    return true;
  });
  if (!done) return fail('stale_version', '表单刚被他人恢复或修改，请刷新后再看', { rejected: input });
  if (row.kind === 'project_target') await refreshSiblingCounts(ctx.db, row);
  return ok({ id: input.id, status: row.status, version: row.version + 1 });
}
