import { roleLabel } from '../access';
import type { Ctx } from '../context';
import type { Role } from '../db/schema';
import { ok, type Result } from '../errors';

export interface SampleAccountView {
  username: string;
  display_name: string | null;
  role: Role;
  role_label: string;
}

/**
 * The sample accounts of a first start that still hold the printed initial password and are enabled, for the login
 * page to name (never a password). Anyone may read it: the list empties as each account chooses its own password or is
 * disabled, so a system in use shows nothing.
 */
export async function listSampleAccounts(ctx: Ctx): Promise<Result<{ items: SampleAccountView[] }>> {
  const rows = await ctx.db
    .selectFrom('users')
    .select(['username', 'display_name', 'role'])
    .where('sample_password', '=', true)
    .where('active', '=', true)
    .orderBy('id')
    .execute();
  return ok({ items: rows.map((r) => ({ ...r, role_label: roleLabel(r.role) })) });
}
