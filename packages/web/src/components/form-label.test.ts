import { describe, expect, it } from 'vitest';
import { formLabel } from './form-label';

describe('formLabel', () => {
  it.each([
    [{ project_name: '校舍维修', kind: 'project_target', org: 'U1', org_name: '第一中学', fiscal_year: 2025 }, '校舍维修（第一中学，2025 年度）'],
    [{ project_name: null, kind: 'department_target', org: 'D', org_name: '区教育局', fiscal_year: 2026 }, '部门（单位）整体绩效目标表（区教育局，2026 年度）'],
    [{ project_name: '道路养护', kind: 'project_target', org: 'U2', org_name: null, fiscal_year: null }, '道路养护（U2）'],
  ] as const)('%j', (form, want) => expect(formLabel(form)).toBe(want));
});
