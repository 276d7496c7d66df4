import { describe, expect, it } from 'vitest';
import type { Org } from '../api/types';
import { moveTargets } from './move-targets';

const ORGS: Org[] = [
  { code: 'R', name: '某区', kind: 'region', parent: null, region: 'R' },
  { code: 'CZ', name: '某区财政局', kind: 'finance', parent: 'R', region: 'R' },
  { code: 'D1', name: '教育局', kind: 'department', parent: 'CZ', region: 'R' },
  { code: 'D2', name: '文旅局', kind: 'department', parent: 'CZ', region: 'R' },
  { code: 'U', name: '图书馆', kind: 'unit', parent: 'D1', region: 'R' },
  { code: 'U2', name: '分馆', kind: 'unit', parent: 'U', region: 'R' },
  { code: 'X', name: '另一区', kind: 'region', parent: null, region: 'X' },
  { code: 'XD', name: '另一区教育局', kind: 'department', parent: 'X', region: 'X' },
];
const codes = (org: string) => moveTargets(ORGS.find((o) => o.code === org)!, ORGS).map((o) => o.code);

describe('moveTargets', () => {
  it.each([
    ['a 区划 stays where it is', 'R', []],
    ['a 财政局 stays under its 区划', 'CZ', []],
    ['a unit goes anywhere in its 区划 but under itself or its sub-orgs', 'U', ['R', 'CZ', 'D1', 'D2']],
    ['a department leaves out its whole subtree', 'D1', ['R', 'CZ', 'D2']],
    ['a leaf may go under any other org of its 区划', 'U2', ['R', 'CZ', 'D1', 'D2', 'U']],
    ['another 区划 is never offered', 'XD', ['X']],
  ])('%s', (_label, org, want) => {
    expect(codes(org)).toEqual(want);
  });
});
