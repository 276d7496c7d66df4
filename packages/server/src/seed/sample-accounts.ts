import { roleLabel } from '../access';
import { generatePassword } from '../auth/password';
import type { Actor, Ctx } from '../context';
import type { Role } from '../db/schema';
import { actorOf } from '../use-cases/auth';
import { createOrg, createUser } from '../use-cases/orgs-users';

/** The trial block of samples.json: where the sample accounts sit and where their projects come from. */
export interface TrialManifest {
  region: string;
  department: { code: string; name: string };
  unit: { code: string; name: string };
  projects_from: string;
  accounts: { username: string; role: Role; org: 'unit' | 'department' | 'finance' | null; display_name: string }[];
}

/** The sample accounts as actors, by role, with the codes of the orgs they work in. */
export interface SampleAccounts {
  byRole: Partial<Record<Role, Actor>>;
  departmentCode: string;
  unitCode: string;
}

/**
 * One account per role over the sample tree: a 主管部门 and a unit under it are added below the region's 财政局, and each
 * account is made by createUser as the admin would make it (audited, must change its password at first login). Each
 * gets a password of its own, generated and printed here once beside its name: never the admin's, and never another
 * sample account's, since the login page names them to anyone while they keep it (use-cases/sample-accounts.ts) and a
 * tester handed one login (单位填报) must not be able to act as another (主管部门, 财政) and approve its own submission.
 */
export async function makeSampleAccounts(admin: Ctx, trial: TrialManifest, log: (line: string) => void): Promise<SampleAccounts | null> {
  const finance = await admin.db
    .selectFrom('orgs as f')
    .innerJoin('orgs as r', 'r.id', 'f.parent_id')
    .select(['f.code', 'f.name'])
    .where('r.code', '=', trial.region)
    .where('f.kind', '=', 'finance')
    .orderBy('f.id')
    .executeTakeFirst();
  if (!finance) {
    log(`示例区划 ${trial.region} 没有财政局，未创建示例账号`);
    return null;
  }
  const department = await createOrg(admin, { code: trial.department.code, name: trial.department.name, parent: finance.code, kind: 'department' });
  const unit = department.ok ? await createOrg(admin, { code: trial.unit.code, name: trial.unit.name, parent: trial.department.code, kind: 'unit' }) : department;
  if (!unit.ok) {
    log(`示例单位未能建立（${unit.error.message}），未创建示例账号`);
    return null;
  }
  const orgs = { unit: trial.unit, department: trial.department, finance };
  const byRole: SampleAccounts['byRole'] = {};
  const made: string[] = [];
  for (const account of trial.accounts) {
    const org = account.org ? orgs[account.org] : null;
    const password = generatePassword();
    const created = await createUser(admin, { username: account.username, password, role: account.role, org: org?.code ?? null, display_name: account.display_name, sample_password: true });
    if (!created.ok) {
      log(`示例账号 ${account.username} 未能创建：${created.error.message}`);
      continue;
    }
    const actor = await actorOf(admin.db, created.value.id);
    if (actor) byRole[account.role] = actor;
    made.push(`  ${account.username}（${account.display_name}，${roleLabel(account.role)}${org ? `，${org.name}` : ''}）初始密码：${password}`);
  }
  if (made.length > 0) {
    log('已创建示例账号（各账号的初始密码各不相同，与管理员 admin 的密码也不同，只显示这一次），首次登录须自行修改；不需要时由管理员在「用户管理」中停用：');
    for (const line of made) log(line);
  }
  return { byRole, departmentCode: trial.department.code, unitCode: trial.unit.code };
}
