import { sql } from 'kysely';
import { checkTemplate, totalsNoteMissing, type EvaluationTemplate } from '@jixiao/core';
import { requireRole } from '../access';
import { recordAudit } from '../audit/audit-log';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../errors';
import { jsonb } from './form-store';

/**
 * What keeps a template from being stored: its errors (bad formulas, repeated ids, unlisted inputs), and group
 * scores that do not add up without a 说明 of why. Null when it may be stored.
 */
export function templateRefusal(template: EvaluationTemplate) {
  const errors = checkTemplate(template).filter((i) => i.severity === 'error');
  if (errors.length > 0) return fail('validation_failed', `评价模板有误：${errors.map((e) => e.message).join('；')}`, { issues: errors });
  const sums = totalsNoteMissing(template);
  return sums ? fail('validation_failed', sums) : null;
}

export interface TemplateUpdated {
  id: number;
  key: string | null;
  name: string;
  version: number;
  archived_at: Date | null;
}

/**
 * Replaces a template no evaluation uses yet. One that evaluations score by stays as it is (their scores must not
 * move under them): the answer says to copy it. The row is locked first, so an evaluation started meanwhile
 * (its foreign key waits on the lock) is counted.
 */
export async function updateTemplate(ctx: Ctx, input: { id: number; version: number; template: EvaluationTemplate }): Promise<Result<TemplateUpdated>> {
  const who = requireRole(ctx.actor, ['finance_reviewer']);
  if (!who.ok) return who;
  return ctx.db.transaction().execute(async (trx): Promise<Result<TemplateUpdated>> => {
    const row = await trx.selectFrom('evaluation_templates').select(['id', 'key', 'name', 'builtin', 'version', 'archived_at', 'template']).where('id', '=', input.id).forUpdate().executeTakeFirst();
    if (!row) return fail('not_found', `评价模板 ${input.id} 不存在`);
    if (row.builtin) return fail('template_locked', `「${row.name}」是系统内置模板，不能修改；请点「复制」生成本地模板后再编辑。`);
    if (row.archived_at) return fail('template_locked', `「${row.name}」已归档，不能修改；请先恢复，或复制为新模板后编辑。`);
    if (row.version !== input.version) return fail('stale_version', `评价模板「${row.name}」已被他人修改（现为第 ${row.version} 版，您编辑的是第 ${input.version} 版）；请刷新后重新修改。`, { current_version: row.version });
    if (input.template.id !== row.key) return fail('validation_failed', `模板编号不能修改（应为 ${row.key ?? '原编号'}）；如需新编号请复制为新模板。`);
    const used = await usedBy(trx, row.id);
    if (used > 0) {
      return fail('template_in_use', `评价模板「${row.name}」已有 ${used} 份部门评价在使用，修改会改变这些评价的得分，因此不能修改；请点「复制」生成新模板后再修改。`, { evaluations: used });
    }
    // Whether it may be edited at all is said first: a locked template's content is no matter of the clerk's.
    const refused = templateRefusal(input.template);
    if (refused) return refused;
    const updated = await trx
      .updateTable('evaluation_templates')
      .set({ name: input.template.name, template: jsonb(input.template), version: row.version + 1 })
      .where('id', '=', row.id)
      .returning(['id', 'key', 'name', 'version', 'archived_at'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'template.update', entity: 'evaluation_template', entityId: row.id, before: row.template, after: input.template });
    return ok(updated);
  });
}

/** Archives a template (it keeps scoring the evaluations made with it, and starts no new one), or restores it. */
export async function archiveTemplate(ctx: Ctx, input: { id: number; version: number; archived: boolean }): Promise<Result<TemplateUpdated>> {
  const who = requireRole(ctx.actor, ['finance_reviewer']);
  if (!who.ok) return who;
  return ctx.db.transaction().execute(async (trx): Promise<Result<TemplateUpdated>> => {
    const row = await trx.selectFrom('evaluation_templates').select(['id', 'name', 'builtin', 'version', 'archived_at']).where('id', '=', input.id).forUpdate().executeTakeFirst();
    if (!row) return fail('not_found', `评价模板 ${input.id} 不存在`);
    if (row.builtin) return fail('template_locked', `「${row.name}」是系统内置模板，不能归档。`);
    if (row.version !== input.version) return fail('stale_version', `评价模板「${row.name}」已被他人修改（现为第 ${row.version} 版）；请刷新后再操作。`, { current_version: row.version });
    const updated = await trx
      .updateTable('evaluation_templates')
      .set({ archived_at: input.archived ? ctx.clock.now() : null, version: row.version + 1 })
      .where('id', '=', row.id)
      .returning(['id', 'key', 'name', 'version', 'archived_at'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: input.archived ? 'template.archive' : 'template.restore', entity: 'evaluation_template', entityId: row.id, before: { archived: row.archived_at !== null }, after: { archived: input.archived } });
    return ok(updated);
  });
}

async function usedBy(db: Parameters<typeof recordAudit>[0], templateId: number): Promise<number> {
  const r = await db.selectFrom('evaluations').select(sql<number>`count(*)::int`.as('n')).where('template_id', '=', templateId).executeTakeFirstOrThrow();
  return Number(r.n);
}
