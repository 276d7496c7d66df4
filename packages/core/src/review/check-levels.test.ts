import { describe, expect, it } from 'vitest';
import type { Indicator } from '../forms/forms-schema';
import { reviewForm } from './review-forms';
import { form, tags } from './review-test-helpers';

describe('levels on the 部门整体 tree at 一级 (held-out set 22)', () => {
  const row = (level1: string, level2: string, name: string): Partial<Indicator> =>
    ({ level1, level2, name, comparator: 'qualitative', target: '达成', weight: 25 });
  const CLEAN = [
    row('履职效能', '数量指标', '重点工作完成'), row('管理效率', '预算执行', '预算执行率'),
    row('社会效应', '社会效益指标', '社会效益实现'), row('社会效应', '服务对象满意度指标', '群众满意度'),
  ];
  const levels = (kind: 'department_target' | 'department_self_evaluation' | 'project_target', extra: Partial<Indicator>) =>
    tags(reviewForm(form(kind, [...CLEAN, extra]), 0, {})).filter((t) => t.startsWith('levels'));
  it.each([
    ['满意度 under 履职效能', 'department_target', row('履职效能', '服务对象满意度指标', '群众就医满意度'), ['levels@4']],
    ['满意度 under 管理效率 (self-evaluation)', 'department_self_evaluation', row('管理效率', '服务对象满意度', '服务对象满意度'), ['levels@4']],
    ['预算执行 under 履职效能', 'department_target', row('履职效能', '预算执行', '部门预算执行率'), ['levels@4']],
    ['数量指标 under 社会效应', 'department_target', row('社会效应', '数量指标', '保障办公用房维修'), ['levels@4']],
    ['资产管理 under 管理效率', 'department_target', row('管理效率', '资产管理', '资产盘点覆盖率'), []],
    ['可持续影响 under 可持续性', 'department_target', row('可持续性', '可持续影响指标', '长效机制'), []],
    ['可持续影响 under 社会效应', 'department_target', row('社会效应', '可持续影响', '长效机制'), []],
    ['a department’s own 二级 (重点工作) anywhere', 'department_target', row('社会效应', '重点工作', '民生实事'), []],
    ['the framework one level down (履职效能 › 效益指标)', 'department_target', row('履职效能', '效益指标', '食品安全形势'), []],
  ] as const)('%s', (_, kind, extra, want) => expect(levels(kind, extra)).toEqual(want));
});

describe('levels: a management 二级 under 效益 or 满意度 on a 2020-tree department sheet (held-out set 28)', () => {
  const row = (level1: string, level2: string, name: string): Partial<Indicator> =>
    ({ level1, level2, name, comparator: '>=', target: '90', unit: '%', weight: 20 });
  const CLEAN = [
    row('产出指标', '数量指标', '新闻稿件发布完成率'), row('效益指标', '社会效益指标', '平台影响力提升率'),
    row('满意度指标', '服务对象满意度指标', '群众满意度'), row('部门管理', '预算管理', '部门预算执行率'),
  ];
  const levels = (kind: 'department_target' | 'department_self_evaluation', extra: Partial<Indicator>) =>
    tags(reviewForm(form(kind, [...CLEAN, extra]), 0, {})).filter((t) => t.startsWith('levels'));
  it.each([
    ['预算管理 under 效益指标', 'department_self_evaluation', row('效益指标', '预算管理', '结转结余率'), ['levels@4']],
    ['资产管理 under 满意度指标', 'department_target', row('满意度指标', '资产管理', '资产账实相符率'), ['levels@4']],
    ['预算执行 under 效益 (self-evaluation)', 'department_self_evaluation', row('效益', '预算执行', '预算执行率'), ['levels@4']],
    ['资产管理 under 部门管理', 'department_target', row('部门管理', '资产管理', '资产账实相符率'), []],
    ['管理效率 one level down under 产出', 'department_target', row('产出指标', '管理效率', '预算执行率'), []],
    ['预算执行 under 成本 (left to the province)', 'department_target', row('成本指标', '预算执行', '预算执行率'), []],
  ] as const)('%s', (_, kind, extra, want) => expect(levels(kind, extra)).toEqual(want));
});
