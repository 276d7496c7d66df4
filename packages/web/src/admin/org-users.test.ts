import { describe, expect, it } from 'vitest';
import type { Org } from '../api/types';
import { orgUsers, type OrgUser } from './org-users';

const D: Org = { code: 'D', name: '教育局', kind: 'department', parent: 'CZ', region: 'R' };
const CZ: Org = { code: 'CZ', name: '财政局', kind: 'finance', parent: 'R', region: 'R' };
const U: Org = { code: 'U', name: '一中', kind: 'unit', parent: 'D', region: 'R' };
const reviewer = (org: string, active = true): OrgUser => ({ username: `r-${org}`, role: org === 'CZ' ? 'finance_reviewer' : 'department_reviewer', org, active });
const editor: OrgUser = { username: 'e', role: 'unit_editor', org: 'D', active: true };

describe('orgUsers', () => {
  it.each([
    ['a department without users warns', D, [], '—', /教育局.*还没有启用的主管部门审核用户.*财政也不能审核通过/],
    ['a department with only an editor warns', D, [editor], /^e（/, /还没有启用的/],
    ['a department with a disabled reviewer warns', D, [reviewer('D', false)], /已停用/, /还没有启用的/],
    ['a department with an active reviewer is fine', D, [reviewer('D'), editor], /r-D.*e（/, null],
    ['a finance bureau without a finance reviewer warns', CZ, [reviewer('D')], '—', /财政审核|还没有启用的/],
    ['a unit never warns', U, [], '—', null],
  ] as const)('%s', (_what, org, users, names, warning) => {
    const got = orgUsers(org, users);
    if (typeof names === 'string') expect(got.names).toBe(names);
    else expect(got.names).toMatch(names);
    if (warning === null) expect([got.warning, got.newUser]).toEqual([null, null]);
    else {
      expect(got.warning).toMatch(warning);
      // The way to fix it: 用户管理 with this org and its reviewer role chosen.
      const link = new URLSearchParams(got.newUser!.split('?')[1]);
      expect([link.get('new'), link.get('org'), link.get('role')]).toEqual(['1', org.code, org.kind === 'finance' ? 'finance_reviewer' : 'department_reviewer']);
    }
  });
});
