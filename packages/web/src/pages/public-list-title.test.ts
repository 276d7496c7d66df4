import { describe, expect, it } from 'vitest';
import { publicListTitle } from './public-list-title';

describe('publicListTitle', () => {
  it.each([
    ['every kind: targets and self-evaluations both', '', '已公开的绩效目标表和自评表'],
    ['a picked self-evaluation kind', 'department_self_evaluation', '已公开的部门整体支出绩效自评表'],
    ['a picked target kind', 'project_target', '已公开的项目支出绩效目标表'],
    // Guard: an address with a kind the list does not know reads as every kind, not as 「已公开的undefined」.
    ['an unknown kind in the address', 'monitoring', '已公开的绩效目标表和自评表'],
    ['a key of Object.prototype', 'toString', '已公开的绩效目标表和自评表'],
  ])('%s', (_l, kind, title) => {
    expect(publicListTitle(kind).title).toBe(title);
  });
});
