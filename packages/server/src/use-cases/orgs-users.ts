import type { Transaction } from 'kysely';
import { inScope, requireActor, requireRole } from '../access';
import { recordAudit } from '../audit/audit-log';
import { hashPassword, passwordProblems, verifyPassword } from '../auth/password';
import type { Ctx } from '../context';
import type { Database, OrgKind, Role } from '../db/schema';
import { fail, ok, type Result } from '../errors';

export interface OrgView {
  id: number;
  code: string;
  name: string;
  kind: OrgKind;
  parent: string | null;
  region: string | null;
}

// The kind a new org gets under a parent when none is given: region → 财政局 → 主管部门 → 单位.
const CHILD_KIND: Record<OrgKind, OrgKind> = { region: 'finance', finance: 'department', department: 'unit', unit: 'unit' };

export async function listOrgs(ctx: Ctx): Promise<Result<{ items: OrgView[] }>> {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  const scope = who.actor.scopePath;
  if (scope === null) return ok({ items: [] });
  let q = ctx.db
    .selectFrom('orgs as o')
    .leftJoin('orgs as p', 'p.id', 'o.parent_id')
    .leftJoin('regions as r', 'r.id', 'o.region_id')
    .select(['o.id', 'o.code', 'o.name', 'o.kind', 'p.code as parent', 'r.code as region']);
  if (scope !== '/') q = q.where('o.path', 'like', `${scope}%`);
  return ok({ items: await q.orderBy('o.path').execute() });
}

export async function createOrg(ctx: Ctx, input: { code: string; name: string; parent: string | null; kind?: OrgKind | undefined }): Promise<Result<OrgView>> {
  const who = requireRole(ctx.actor, ['admin']);
  if (!who.ok) return who;
  const parent = input.parent ? await ctx.db.selectFrom('orgs').selectAll().where('code', '=', input.parent).executeTakeFirst() : null;
  if (input.parent && !parent) return fail('not_found', `上级单位编码 ${input.parent} 不存在`);
  const kind: OrgKind = input.kind ?? (parent ? CHILD_KIND[parent.kind] : 'region');
  if (!parent && kind !== 'region') return fail('validation_failed', '没有上级单位的组织必须是财政区划（kind=region）');
  if (parent && kind === 'region') return fail('validation_failed', '财政区划不能挂在其他组织下');
  const exists = await ctx.db.selectFrom('orgs').select('id').where('code', '=', input.code).executeTakeFirst();
  if (exists) return fail('duplicate', `单位编码 ${input.code} 已存在，请换一个编码`);
  const value = await ctx.db.transaction().execute((trx) => insertOrg(trx, ctx, { ...input, kind, parentRow: parent ?? null }));
  return ok(value);
}

export async function insertOrg(
  trx: Transaction<Database>,
  ctx: Ctx,
  input: { code: string; name: string; kind: OrgKind; parentRow: { id: number; path: string; region_id: number | null; code: string } | null },
): Promise<OrgView> {
  let regionId = input.parentRow?.region_id ?? null;
  if (input.kind === 'region') {
    const region = await trx.insertInto('regions').values({ code: input.code, name: input.name }).returning('id').executeTakeFirstOrThrow();
    regionId = region.id;
  }
  const row = await trx
    .insertInto('orgs')
    .values({ code: input.code, name: input.name, kind: input.kind, parent_id: input.parentRow?.id ?? null, region_id: regionId, path: '/' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const path = `${input.parentRow?.path ?? '/'}${row.id}/`;
  await trx.updateTable('orgs').set({ path }).where('id', '=', row.id).execute();
  const view: OrgView = { id: row.id, code: input.code, name: input.name, kind: input.kind, parent: input.parentRow?.code ?? null, region: null };
  if (regionId !== null) view.region = (await trx.selectFrom('regions').select('code').where('id', '=', regionId).executeTakeFirst())?.code ?? null;
  await recordAudit(trx, ctx, { action: 'org.create', entity: 'org', entityId: row.id, after: view });
  return view;
}

export interface UserView {
  id: number;
  username: string;
  role: Role;
  org: string | null;
  active: boolean;
  /** The password is one the administrator set and the user has not changed yet (in the list only). */
  must_change_password?: boolean;
}

export async function listUsers(ctx: Ctx): Promise<Result<{ items: UserView[] }>> {
  const who = requireRole(ctx.actor, ['admin']);
  if (!who.ok) return who;
  const rows = await ctx.db
    .selectFrom('users as u')
    .leftJoin('orgs as o', 'o.id', 'u.org_id')
    .select(['u.id', 'u.username', 'u.role', 'o.code as org', 'u.active', 'u.must_change_password'])
    .orderBy('u.id')
    .execute();
  return ok({ items: rows });
}

const ROLE_NAMES: Record<Role, string> = {
  unit_editor: '单位填报',
  department_reviewer: '主管部门审核',
  finance_reviewer: '财政审核',
  evaluator: '第三方评价',
  admin: '系统管理员',
};
const KIND_NAMES: Record<OrgKind, string> = { region: '财政区划', finance: '财政部门', department: '主管部门', unit: '预算单位' };

/** Why a role cannot sit in an org, in words an admin can act on. */
const wrongOrg = (role: Role, kinds: OrgKind[]) =>
  fail('validation_failed', `角色「${ROLE_NAMES[role]}」（${role}）必须属于${kinds.map((k) => KIND_NAMES[k]).join('、')}，请选择这类单位`);

const ORG_ROLES: Record<Role, OrgKind[] | null> = {
  unit_editor: ['unit', 'department', 'finance'],
  department_reviewer: ['department'],
  finance_reviewer: ['finance'],
  evaluator: null,
  admin: null,
};

/**
 * `display_name` and `sample_password` are not taken from a request: the first start gives its sample accounts a name
 * saying 示例 and marks their password as the printed initial one (seed/sample-accounts.ts).
 */
export async function createUser(
  ctx: Ctx,
  input: { username: string; password: string; role: Role; org: string | null; must_change_password?: boolean | undefined; display_name?: string | undefined; sample_password?: boolean | undefined },
): Promise<Result<UserView>> {
  const who = requireRole(ctx.actor, ['admin']);
  if (!who.ok) return who;
  const problems = passwordProblems(input.password, input.username);
  if (problems.length > 0) return fail('password_policy', `密码不符合要求：${problems.join('；')}`, { problems });
  const org = input.org ? await ctx.db.selectFrom('orgs').selectAll().where('code', '=', input.org).executeTakeFirst() : null;
  if (input.org && !org) return fail('not_found', `单位编码 ${input.org} 不存在`);
  const kinds = ORG_ROLES[input.role];
  if (kinds && (!org || !kinds.includes(org.kind))) return wrongOrg(input.role, kinds);
  if (!inScope(who.actor, org?.path ?? '/')) return fail('forbidden', '无权在该组织下创建用户');
  const exists = await ctx.db.selectFrom('users').select('id').where('username', '=', input.username).executeTakeFirst();
  if (exists) return fail('duplicate', `用户名 ${input.username} 已存在，请换一个`);
  const hash = await hashPassword(input.password);
  const view = await ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('users')
      .values({ username: input.username, password_hash: hash, role: input.role, org_id: org?.id ?? null, display_name: input.display_name ?? null, must_change_password: input.must_change_password ?? true, sample_password: input.sample_password ?? false })
      .returning('id')
      .executeTakeFirstOrThrow();
    const v: UserView = { id: row.id, username: input.username, role: input.role, org: org?.code ?? null, active: true };
    await recordAudit(trx, ctx, { action: 'user.create', entity: 'user', entityId: row.id, after: v });
    return v;
  });
  return ok(view);
}

/** Admin changes a user's role, org or active flag; a disabled user's sessions end at once. */
export async function updateUser(
  ctx: Ctx,
  id: number,
  input: { role?: Role | undefined; org?: string | null | undefined; active?: boolean | undefined },
): Promise<Result<UserView>> {
  const who = requireRole(ctx.actor, ['admin']);
  if (!who.ok) return who;
  const user = await ctx.db
    .selectFrom('users as u')
    .leftJoin('orgs as o', 'o.id', 'u.org_id')
    .select(['u.id', 'u.username', 'u.role', 'u.org_id', 'u.active', 'o.code as org'])
    .where('u.id', '=', id)
    .executeTakeFirst();
  if (!user) return fail('not_found', `用户 ${id} 不存在`);
  if (user.id === who.actor.userId && (input.active === false || (input.role !== undefined && input.role !== 'admin'))) {
    return fail('validation_failed', '不能停用自己或取消自己的管理员角色，请让另一位管理员操作');
  }
  const role = input.role ?? user.role;
  const orgCode = input.org === undefined ? user.org : input.org;
  const org = orgCode ? await ctx.db.selectFrom('orgs').selectAll().where('code', '=', orgCode).executeTakeFirst() : null;
  if (orgCode && !org) return fail('not_found', `单位编码 ${orgCode} 不存在`);
  const kinds = ORG_ROLES[role];
  if (kinds && (!org || !kinds.includes(org.kind))) return wrongOrg(role, kinds);
  const active = input.active ?? user.active;
  const before: UserView = { id: user.id, username: user.username, role: user.role, org: user.org, active: user.active };
  const after: UserView = { id: user.id, username: user.username, role, org: org?.code ?? null, active };
  await ctx.db.transaction().execute(async (trx) => {
    const moved = role !== user.role || (org?.id ?? null) !== user.org_id;
    // A sample account disabled, or given another role or org, loses its mark for good: the login page must not name it
    // (under its new role, perhaps admin) as still holding the printed initial password (use-cases/sample-accounts.ts).
    await trx.updateTable('users').set({ role, org_id: org?.id ?? null, active, ...(active && !moved ? {} : { sample_password: false }) }).where('id', '=', id).execute();
    // A changed role or org changes what the user may see: old sessions must not keep the old rights.
    if (!active || moved) await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await recordAudit(trx, ctx, { action: 'user.update', entity: 'user', entityId: id, before, after });
  });
  return ok(after);
}

/** Admin sets a new password for a user (who forgot theirs); every session of the user ends. */
export async function resetPassword(ctx: Ctx, id: number, input: { password: string }): Promise<Result<{ reset: true }>> {
  const who = requireRole(ctx.actor, ['admin']);
  if (!who.ok) return who;
  const user = await ctx.db.selectFrom('users').select(['id', 'username']).where('id', '=', id).executeTakeFirst();
  if (!user) return fail('not_found', `用户 ${id} 不存在`);
  const problems = passwordProblems(input.password, user.username);
  if (problems.length > 0) return fail('password_policy', `密码不符合要求：${problems.join('；')}`, { problems });
  const hash = await hashPassword(input.password);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash, must_change_password: true, sample_password: false }).where('id', '=', id).execute();
    await trx.deleteFrom('sessions').where('user_id', '=', id).execute();
    await recordAudit(trx, ctx, { action: 'user.password_reset', entity: 'user', entityId: id, after: { reset: true } });
  });
  return ok({ reset: true });
}

export async function me(ctx: Ctx) {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  const row = await ctx.db
    .selectFrom('users as u')
    .leftJoin('orgs as o', 'o.id', 'u.org_id')
    .select(['u.id', 'u.username', 'u.role', 'o.code as org', 'o.name as org_name', 'o.kind as org_kind', 'u.must_change_password'])
    .where('u.id', '=', who.actor.userId)
    .executeTakeFirstOrThrow();
  return ok(row);
}

/** A user changes its own password; every other session of the user ends. */
export async function changePassword(ctx: Ctx, input: { current: string; password: string; keepSession: string | null }) {
  const who = requireActor(ctx.actor);
  if (!who.ok) return who;
  const user = await ctx.db.selectFrom('users').select(['id', 'username', 'password_hash']).where('id', '=', who.actor.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(input.current, user.password_hash))) return fail('validation_failed', '当前密码不正确');
  const problems = passwordProblems(input.password, user.username);
  if (input.password === input.current) problems.push('新密码不能与当前密码相同');
  if (problems.length > 0) return fail('password_policy', `密码不符合要求：${problems.join('；')}`, { problems });
  const hash = await hashPassword(input.password);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash, must_change_password: false, sample_password: false }).where('id', '=', user.id).execute();
    let others = trx.deleteFrom('sessions').where('user_id', '=', user.id);
    if (input.keepSession) others = others.where('id', '!=', input.keepSession);
    await others.execute();
    await recordAudit(trx, ctx, { action: 'user.password', entity: 'user', entityId: user.id, after: { changed: true } });
  });
  return ok({ changed: true });
}
