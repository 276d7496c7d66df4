import { describe, expect, it } from 'vitest';
import type { Org } from '../api/types';
import { moveEffect } from './move-effect';

const ORGS: Org[] = [
  { code: 'R', name: '某区', kind: 'region', parent: null, region: 'R' },
  { code: 'CZ', name: '某区财政局', kind: 'finance', parent: 'R', region: 'R' },
  { code: 'D1', name: '教育局', kind: 'department', parent: 'CZ', region: 'R' },
  { code: 'D2', name: '文旅局', kind: 'department', parent: 'CZ', region: 'R' },
  { code: 'U', name: '图书馆', kind: 'unit', parent: 'D1', region: 'R' },
  { code: 'S', name: '街道', kind: 'unit', parent: 'CZ', region: 'R' },
  { code: 'S2', name: '社区', kind: 'unit', parent: 'S', region: 'R' },
];
const org = (code: string) => ORGS.find((o) => o.code === code)!;

describe('moveEffect', () => {
  it.each([
    // what, org, new parent, must say, must not say
    ['from the 财政局 under a department: nobody loses it', 'S', 'D1', [/「教育局」的审核人员即可查看和审核/, /财政部门的审核不受影响/], [/看不到/]],
    ['from one department to another', 'U', 'D2', [/「教育局」的审核人员将看不到/, /「文旅局」的审核人员即可/], [/审核人员不变/]],
    ['out of a department to the 财政局', 'U', 'CZ', [/「教育局」的审核人员将看不到/], [/即可查看/]],
    ['within the same department', 'U', 'D1', [/审核人员不变/], [/看不到/, /即可查看/]],
    ['under a unit without a department', 'S2', 'CZ', [/审核人员不变/], [/看不到/, /即可查看/]],
  ] as const)('%s', (_what, code, parent, says, saysNot) => {
    const text = moveEffect(org(code), parent, ORGS);
    for (const re of says) expect(text).toMatch(re);
    for (const re of saysNot) expect(text).not.toMatch(re);
  });
});
