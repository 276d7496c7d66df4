import { sql } from 'kysely';
import { requireRole } from '../access';
import { recordAudit } from '../audit/audit-log';
import type { Ctx } from '../context';
import { fail, ok, type Result } from '../errors';
import type { OrgView } from './orgs-users';

/**
 * 组织管理: an org renamed (a typo, a reorganised bureau's new name) or moved under another parent in the same
 * 财政区划 (a unit handed to another 主管部门). Its code, its forms and its users stay; what each reviewer may see
 * follows the tree at once (scopes are read from the tree on every request). A 财政区划 is never moved, an org never
 * goes under itself or its own sub-orgs, and never into another 区划, whose policies and peers its forms would change.
 */
export async function updateOrg(ctx: Ctx, code: string, input: { name?: string | undefined; parent?: string | undefined }): Promise<Result<OrgView>> {
  const who = requireRole(ctx.actor, ['admin']);
  if (!who.ok) return who;
  const org = await ctx.db.selectFrom('orgs').selectAll().where('code', '=', code).executeTakeFirst();
  if (!org) return fail('not_found', `单位编码 ${code} 不存在`);
  const oldParent = org.parent_id == null ? null : await ctx.db.selectFrom('orgs').select(['id', 'code', 'path']).where('id', '=', org.parent_id).executeTakeFirst();
  let parent = oldParent ?? null;
  if (input.parent !== undefined && input.parent !== oldParent?.code) {
    if (org.kind === 'region') return fail('validation_failed', `「${org.name}」是财政区划，不能移到其他组织下`);
    // A 财政局 reviews its whole 区划 as the 区划's direct child: elsewhere it would lose that scope.
    if (org.kind === 'finance') return fail('validation_failed', `「${org.name}」是财政部门，须直属于其财政区划，不能移动`);
    const next = await ctx.db.selectFrom('orgs').select(['id', 'code', 'path', 'name', 'region_id']).where('code', '=', input.parent).executeTakeFirst();
    if (!next) return fail('not_found', `上级单位编码 ${input.parent} 不存在`);
    if (next.path.startsWith(org.path)) return fail('validation_failed', `不能把「${org.name}」移到它自己或它的下级单位「${next.name}」之下`);
    if (next.region_id !== org.region_id) {
      return fail('validation_failed', `「${next.name}」属于另一个财政区划；跨区划移动会改变其表单适用的政策和同类对比，请在目标区划下新建单位`);
    }
    parent = next;
  }
  const name = input.name?.trim() || org.name;
  const path = parent && parent.id !== oldParent?.id ? `${parent.path}${org.id}/` : org.path;
  const region = org.region_id == null ? null : await ctx.db.selectFrom('regions').select('code').where('id', '=', org.region_id).executeTakeFirst();
  const before: OrgView = { id: org.id, code: org.code, name: org.name, kind: org.kind, parent: oldParent?.code ?? null, region: region?.code ?? null };
  const after: OrgView = { ...before, name, parent: parent?.code ?? null };
  if (name === org.name && path === org.path) return ok(after);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('orgs').set({ name, parent_id: parent?.id ?? null }).where('id', '=', org.id).execute();
    if (org.kind === 'region' && name !== org.name && org.region_id != null) await trx.updateTable('regions').set({ name }).where('id', '=', org.region_id).execute();
    // The org and every org under it take the new path prefix.
    if (path !== org.path) {
      await trx
        .updateTable('orgs')
        .set({ path: sql<string>`${path} || substr(path, ${org.path.length + 1})` })
        .where('path', 'like', `${org.path}%`)
        .execute();
    }
    await recordAudit(trx, ctx, { action: 'org.update', entity: 'org', entityId: org.id, before, after });
  });
  return ok(after);
}
