import { describe, expect, it } from 'vitest';
import { formSchema } from '../forms/forms-schema';
import { type AuditCase, B, O, caseTable, raises, row } from './audit-case-rows';
import { reviewForm } from './review-forms';

/**
 * Session 26, the lead's review of the session's rules: fine rows that sets 68–70 and 60F began to flag, each with a guard
 * showing the defect the rule was written for still raised. Found by reading the rules, not measured on a set.
 */
const CASES: AuditCase[] = [
  // Posts that fight fire are built; fire spots are kept down.
  { id: 'dir-s26-01', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '新建森林防火点', '>=', '5', '个'), why: 'A fire post built.' },
  { id: 'dir-s26-02', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '灭火点位建设', '>=', '5', '处'), why: 'A fire-fighting post built.' },
  { id: 'dir-s26-03', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '秸秆焚烧火点', '>=', '5', '个'), why: 'Guard: fire spots floored.' },
  // 突出问题 solved or listed is work done; the problems themselves are kept down.
  { id: 'dir-s26-04', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '解决群众反映突出问题', '>=', '20', '个'), why: 'Problems solved.' },
  { id: 'dir-s26-05', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '梳理突出问题清单', '>=', '1', '份'), why: 'A list drawn up.' },
  { id: 'dir-s26-06', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '信访突出问题', '>=', '20', '个'), why: 'Guard: the problems floored.' },
  // Visits and people served per head of population may pass the base; what is provided for it may not.
  { id: 'imp-s26-01', code: 'implausible_target', expect: 'no_flag', row: row(O, '数量指标', '每万人口诊疗人次', '>=', '20000', '人次'), why: 'Visits per 10,000.' },
  { id: 'imp-s26-02', code: 'implausible_target', expect: 'no_flag', row: row(O, '数量指标', '每万人口家庭医生签约人数', '>=', '6000', '人'), why: 'People signed up.' },
  { id: 'imp-s26-03', code: 'implausible_target', expect: 'flag', row: row(O, '数量指标', '每千人口医疗机构床位数', '>=', '600', '张'), why: 'Guard: beds past half the base.' },
  // Silage maize is weighed green: tonnes a mu.
  { id: 'imp-s26-04', code: 'implausible_target', expect: 'no_flag', row: row(O, '质量指标', '青贮玉米单产', '>=', '3500', '公斤/亩'), why: 'Silage yield.' },
  { id: 'imp-s26-05', code: 'implausible_target', expect: 'flag', row: row(O, '质量指标', '玉米单产', '>=', '3500', '公斤/亩'), why: 'Guard: grain maize.' },
  // 节假日, 工作日 name days of a kind, not a period.
  { id: 'uvn-s26-01', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '节假日接待游客量', '>=', '50', '万人次/年'), why: 'Holidays of a year.' },
  { id: 'uvn-s26-02', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '工作日运行班次', '>=', '120', '班次/周'), why: 'Workdays of a week.' },
  { id: 'uvn-s26-03', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '景区日接待游客量', '>=', '5', '万人次/年'), why: 'Guard: a day\'s figure per year.' },
  // Dust laid by spraying is work; dust fallen is kept down.
  { id: 'dir-s26-07', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '道路洒水降尘量', '>=', '100', '吨'), why: 'Spraying done.' },
  { id: 'dir-s26-08', code: 'direction', expect: 'flag', row: row(B, '生态效益指标', '城区月均降尘量', '>=', '5', '吨/平方公里·月'), why: 'Guard: dust fallen floored.' },
];

describe('audit cases, lead s26: fine rows the session\'s rules began to flag', () => {
  it.each(caseTable(CASES))('%s', (_, c) => {
    expect(raises(c), c.why).toBe(c.expect === 'flag');
  });
});

describe('audit cases, lead s26: a 部门整体 task named in other words', () => {
  const form = (third: { name: string; content: string }, thirdRow: string) => formSchema.parse({
    kind: 'department_target', fiscal_year: 2026, org: '某某镇人民政府', budget_total_wan: 1000,
    tasks: [
      { name: '农村道路建设', content: '新建农村道路。', budget_wan: 500 },
      { name: '农田水利设施维护', content: '维护水利设施。', budget_wan: 300 },
      { ...third, budget_wan: 200 },
    ],
    indicators: [
      { level1: '产出指标', level2: '数量指标', name: '农村道路建设里程', comparator: '>=', target: '12', unit: '公里', weight: 30 },
      { level1: '产出指标', level2: '数量指标', name: '水利设施维护数量', comparator: '>=', target: '20', unit: '处', weight: 30 },
      { level1: '产出指标', level2: '数量指标', name: thirdRow, comparator: '>=', target: '120', unit: '户', weight: 20 },
      { level1: '效益指标', level2: '社会效益指标', name: '群众出行条件', comparator: 'qualitative', target: '明显改善', unit: null, weight: 10 },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', comparator: '>=', target: '90', unit: '%', weight: 10 },
    ],
  });
  const tasksRaised = (third: { name: string; content: string }, thirdRow: string) =>
    reviewForm(form(third, thirdRow)).filter((f) => f.code === 'goal_vs_indicators' && f.field?.startsWith('tasks')).map((f) => f.field);
  it('a task whose content names its work in a row\'s words (脱贫户) is measured', () => {
    expect(tasksRaised({ name: '乡村振兴衔接资金', content: '支持脱贫户发展产业' }, '脱贫户产业奖补户数')).toEqual([]);
  });
  it('guard: the same task beside a row of other work is raised', () => {
    expect(tasksRaised({ name: '乡村振兴衔接资金', content: '支持脱贫户发展产业' }, '农村道路养护里程')).toEqual(['tasks[2].name']);
  });
});
