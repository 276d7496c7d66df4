import { describe, expect, it } from 'vitest';
import { monitoringProjectLabel } from './monitoring-project-label';

describe('monitoringProjectLabel: name, year, unit', () => {
  it.each([
    ['the year before the unit', { project_name: '一般性项目（运行成本类）', org: 'U', org_name: '区应急管理局', fiscal_year: 2024 }, '一般性项目（运行成本类） · 2024 年度 · 区应急管理局'],
    ['same name, next year: told apart by the year', { project_name: '一般性项目（运行成本类）', org: 'U', org_name: '区应急管理局', fiscal_year: 2027 }, '一般性项目（运行成本类） · 2027 年度 · 区应急管理局'],
    ['no unit name: its code', { project_name: '道路养护', org: 'U2', org_name: null, fiscal_year: 2026 }, '道路养护 · 2026 年度 · U2'],
    ['no name and no year', { project_name: null, org: 'U3', org_name: '某单位', fiscal_year: null }, '未命名项目 · 某单位'],
  ] as const)('%s', (_, form, label) => {
    expect(monitoringProjectLabel(form)).toBe(label);
  });
});
