import { describe, expect, it } from 'vitest';
import { emptyForm, type Form } from '@jixiao/core';
import { defaultTitle, fileStem } from './export-forms';

function form(kind: Form['kind'], fields: Record<string, unknown>): Form {
  return { ...emptyForm(kind), ...fields } as Form;
}

describe('defaultTitle names the downloaded file', () => {
  const a = form('project_target', { org: '某街道办事处', fiscal_year: 2024, project_name: '市政环卫管护' });
  const b = form('project_target', { org: '某街道办事处', fiscal_year: 2024, project_name: '老旧小区改造' });
  it.each([
    ['one project target: project and kind', [a], '某街道办事处2024年市政环卫管护项目支出绩效目标表'],
    ['one self-evaluation', [form('project_self_evaluation', { org: '某局', fiscal_year: 2025, project_name: '培训' })], '某局2025年培训项目支出绩效自评表'],
    ['a department target: no project', [form('department_target', { org: '某局', fiscal_year: 2024 })], '某局2024年部门（单位）整体绩效目标表'],
    ['a project named …项目: the word once', [form('project_target', { org: '某局', fiscal_year: 2024, project_name: '校舍维修项目' })], '某局2024年校舍维修项目支出绩效目标表'],
    ['several forms: the owner and year', [a, b], '某街道办事处2024年绩效表'],
    ['none', [], '绩效表'],
  ] as const)('%s', (_, forms, want) => expect(defaultTitle([...forms])).toBe(want));

  it('two project forms of one unit and year get different file names', () => {
    expect(fileStem(defaultTitle([a]))).not.toBe(fileStem(defaultTitle([b])));
  });
});
