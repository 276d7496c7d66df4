import { describe, expect, it } from 'vitest';
import { selfEvaluationEmptyText } from './self-evaluation-empty';

describe('selfEvaluationEmptyText', () => {
  it.each([
    ['unit_editor', false, /到「导入」上传/],
    ['department_reviewer', false, /所辖单位填报并提交/],
    ['finance_reviewer', false, /所辖单位填报并提交/],
    ['admin', false, /各单位填报/],
    [undefined, false, /各单位填报/],
    ['department_reviewer', true, /请修改项目名称/],
  ] as const)('%s, searching %s', (role, searching, expected) => {
    expect(selfEvaluationEmptyText(role, searching)).toMatch(expected);
  });
  it('sends no reviewer to 导入', () => {
    expect(selfEvaluationEmptyText('department_reviewer', false)).not.toMatch(/导入/);
  });
});
