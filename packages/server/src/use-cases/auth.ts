import { createHash, randomBytes } from 'node:crypto';
import type { Actor, Ctx } from '../context';
import type { Db } from '../db/open-database';
import type { Role } from '../db/schema';
import { fail, ok, type Result } from '../errors';
import { verifyPassword } from '../auth/password';
import { queryTemplate } from '../db/query-template';

export const IDLE_TIMEOUT_MS = 30 * 60 * 1000;
export const LOCKOUT_ATTEMPTS = 5;
export const LOCKOUT_MS = 15 * 60 * 1000;
// last_seen_at is refreshed at most this often, so reads do not turn into writes. The idle
// timeout is still enforced: a session is cut off after at most IDLE_TIMEOUT_MS of real
// inactivity (the stored last_seen_at may lag the last request by up to this interval, so a
// session can end up to one interval early, never late).
const TOUCH_INTERVAL_MS = 60 * 1000;

export const sessionKey = (token: string) => createHash('sha256').update(token).digest('hex');

export interface LoginValue {
  token: string;
  csrfToken: string;
  user: { id: number; username: string; role: Role; org: number | null };
}

// A fixed hash so an unknown username costs the same time as a wrong password.
const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=';

export async function login(ctx: Ctx, input: { username: string; password: string; ip?: string | null }): Promise<Result<LoginValue>> {
  const now = ctx.clock.now();
  const since = new Date(now.getTime() - LOCKOUT_MS);
  const recent = await ctx.db
    .selectFrom('login_attempts')
    .select(['success', 'at'])
    .where('username', '=', input.username)
    .where('at', '>', since)
    .orderBy('id', 'desc')
    .limit(LOCKOUT_ATTEMPTS)
    .execute();
  const failures = recent.findIndex((a) => a.success);
  const consecutive = failures === -1 ? recent.length : failures;
  if (consecutive >= LOCKOUT_ATTEMPTS) {
    const newest = recent[0] ? new Date(recent[0].at).getTime() : now.getTime();
    const minutes = Math.max(1, Math.ceil((newest + LOCKOUT_MS - now.getTime()) / 60000));
    return fail('account_locked', `连续 ${LOCKOUT_ATTEMPTS} 次密码错误，账号已锁定，请 ${minutes} 分钟后再试`);
  }
  const user = await ctx.db.selectFrom('users').selectAll().where('username', '=', input.username).executeTakeFirst();
  const good = await verifyPassword(input.password, user?.password_hash ?? DUMMY_HASH);
  await ctx.db.insertInto('login_attempts').values({ username: input.username, success: Boolean(user && good && user.active), ip: input.ip ?? null, at: now }).execute();
  if (!user || !good || !user.active) return fail('login_failed', '用户名或密码错误');
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await ctx.db.insertInto('sessions').values({ id: sessionKey(token), user_id: user.id, csrf_token: csrfToken, created_at: now, last_seen_at: now }).execute();
  return ok({ token, csrfToken, user: { id: user.id, username: user.username, role: user.role, org: user.org_id } });
}

export async function logout(ctx: Ctx, token: string): Promise<Result<{ loggedOut: true }>> {
  await ctx.db.deleteFrom('sessions').where('id', '=', sessionKey(token)).execute();
  return ok({ loggedOut: true });
}

export interface ResolvedSession {
  actor: Actor;
  csrfToken: string;
}

/** Looks a session token up; expired (idle) sessions are deleted and give null. */
// Every request runs it: compiled once (see query-template.ts).
const sessionQuery = queryTemplate(['key'], (db: Db, p) =>
  db
    .selectFrom('sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .leftJoin('orgs as o', 'o.id', 'u.org_id')
    .leftJoin('orgs as p', 'p.id', 'o.parent_id')
    .select(['s.csrf_token', 's.last_seen_at', 'u.id as user_id', 'u.username', 'u.role', 'u.org_id', 'u.active', 'o.path', 'o.kind', 'p.path as parent_path', 'p.kind as parent_kind'])
    .where('s.id', '=', p<string>('key')),
);

export async function resolveSession(db: Db, now: Date, token: string): Promise<ResolvedSession | null> {
  const key = sessionKey(token);
  const row = (await db.executeQuery(sessionQuery(db, { key }))).rows[0];
  if (!row) return null;
  const lastSeen = new Date(row.last_seen_at).getTime();
  if (!row.active || now.getTime() - lastSeen > IDLE_TIMEOUT_MS) {
    await db.deleteFrom('sessions').where('id', '=', key).execute();
    return null;
  }
  if (now.getTime() - lastSeen > TOUCH_INTERVAL_MS) await db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', key).execute();
  return {
    csrfToken: row.csrf_token,
    actor: { userId: row.user_id, username: row.username, role: row.role, orgId: row.org_id, scopePath: scopeOf(row.role, row.path, row.kind, row.parent_path, row.parent_kind) },
  };
}

function scopeOf(role: Role, path: string | null, kind: string | null, parentPath: string | null, parentKind: string | null): string | null {
  if (role === 'admin') return '/';
  if (role === 'evaluator' || path === null) return null;
  // A finance bureau reviews its whole region, the bureau's parent.
  if (role === 'finance_reviewer' && kind === 'finance' && parentKind === 'region' && parentPath) return parentPath;
  return path;
}

/**
 * The actor a user acts as, with the rights a session of theirs would resolve to: the first start makes its sample work
 * as the sample accounts, through the use cases their requests would call. Null for a missing or disabled user.
 */
export async function actorOf(db: Db, userId: number): Promise<Actor | null> {
  const row = await db
    .selectFrom('users as u')
    .leftJoin('orgs as o', 'o.id', 'u.org_id')
    .leftJoin('orgs as p', 'p.id', 'o.parent_id')
    .select(['u.username', 'u.role', 'u.org_id', 'u.active', 'o.path', 'o.kind', 'p.path as parent_path', 'p.kind as parent_kind'])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  if (!row?.active) return null;
  return { userId, username: row.username, role: row.role, orgId: row.org_id, scopePath: scopeOf(row.role, row.path, row.kind, row.parent_path, row.parent_kind) };
}
