import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { moneyUnitOf } from './form-sink';

const INDICATORS = '一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t检查次数\t≥4次\n';
type Rec = Record<string, unknown>;
const formOf = (text: string): Rec => importText(text, 't.tsv').forms[0] as unknown as Rec;

describe('header fields of unseen layouts', () => {
  it.each([
    {
      name: 'amounts in 元 (金额单位：元) are stored in 万元',
      text: `项目支出绩效目标表\n金额单位：元\n项目名称\t甲项目\n资金总额\t2,500,000.00\n其中：财政资金\t2,300,000.00\n${INDICATORS}`,
      want: { budget_total_wan: 250, budget_fiscal_wan: 230 },
    },
    {
      name: 'a caption in 元 (资金情况（元）) scales the amounts beside it',
      text: `部门整体支出绩效目标表\n部门名称\t某局\n资金情况（元）\t部门预算总额\t48,365,200.00\n${INDICATORS}`,
      want: { budget_total_wan: 4836.52 },
    },
    {
      name: 'an amount written with 万元 stays in 万元 under a 元 note',
      text: `项目支出绩效目标表\n单位：元\n项目名称\t甲项目\n预算数\t35.5万元\n${INDICATORS}`,
      want: { budget_total_wan: 35.5 },
    },
    {
      name: '中期资金总额 | 年度资金总额 over label rows: the year\'s column',
      text: `项目支出绩效目标表\n项目名称\t甲项目\n项目资金\t\t中期资金总额\t年度资金总额\n\t资金总额\t3,600.00\t1,200.00\n\t其中：财政拨款\t3,000.00\t1,000.00\n\t其他资金\t600.00\t200.00\n${INDICATORS}`,
      want: { budget_total_wan: 1200, budget_fiscal_wan: 1000, budget_other_wan: 200 },
    },
    {
      name: '项目总预算 beside 本年度预算: the year\'s budget',
      text: `项目支出绩效目标表\n项目名称\t甲项目\n项目总预算（万元）\t8,640.00\t本年度预算（万元）\t2,880.00\n${INDICATORS}`,
      want: { budget_total_wan: 2880 },
    },
    {
      name: '项目总预算 alone is the budget',
      text: `项目支出绩效目标表\n项目名称\t甲项目\n项目总预算（万元）\t640.00\n${INDICATORS}`,
      want: { budget_total_wan: 640 },
    },
    {
      name: '项目资金 | 合计 | 一般公共预算 | 其他资金 over a value row',
      text: `项目支出绩效目标表\n项目名称\t甲项目\n项目资金（万元）\t合计\t一般公共预算\t其他资金\n\t680.00\t500.00\t180.00\n${INDICATORS}`,
      want: { budget_total_wan: 680, budget_other_wan: 180 },
    },
    {
      name: '年度预算 | 合计 | 财政拨款 | 其他资金 over a value row in a department form',
      text: `部门整体支出绩效目标表\n部门名称\t某局\n年度预算（万元）\t合计\t财政拨款\t其他资金\n\t1,326.78\t1,300.00\t26.78\n${INDICATORS}`,
      want: { budget_total_wan: 1326.78, fund_sources: { government_wan: 1300, special_account_wan: null, unit_wan: null } },
    },
    {
      name: 'a cell of label-amount pieces: 其中：财政资金…；其他资金…',
      text: `项目支出绩效目标表\n项目名称\t甲项目\n项目资金（万元）\t年度资金总额：45,000.00\t其中：财政资金45,000.00万元；其他资金0.00万元\n${INDICATORS}`,
      want: { budget_total_wan: 45000, budget_fiscal_wan: 45000, budget_other_wan: 0 },
    },
    {
      name: 'a sub-caption with a year note between the label and its text',
      text: `部门整体支出绩效目标表\n部门名称\t某局\n部门年度目标\t预算年度（2024年）绩效目标\t完成年度检查任务。\n${INDICATORS}`,
      want: { goal: '完成年度检查任务。' },
    },
    {
      name: 'task budget under 预算金额 over 总额 | 财政拨款 | 其他资金',
      text: `部门整体支出绩效目标表\n部门名称\t某局\n\t任务名称\t主要内容\t预算金额（万元）\t\t\n\t\t\t总额\t财政拨款\t其他资金\n\t学生资助\t落实资助政策。\t845.30\t845.30\t0.00\n${INDICATORS}`,
      want: { tasks: [{ name: '学生资助', content: '落实资助政策。', budget_wan: 845.3 }] },
    },
    {
      name: 'goal and outcome shifted left under 年度总体目标 | 预期目标 | 实际完成情况 (rowspan cell left out)',
      text: `项目支出绩效自评表\n项目名称\t甲项目\n年度总体目标\t预期目标\t实际完成情况\n完成甲任务。\t已完成甲任务。\n一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t检查次数\t≥4次\t4次\t100\t100\n`,
      want: { goal: '完成甲任务。', goal_outcome: '已完成甲任务。' },
    },
    {
      name: '分项绩效目标 items whose label cell a browser copy left out',
      text: `部门整体支出绩效目标表\n部门名称\t某局\n分项绩效目标\t目标1\t完善服务体系。\n目标2\t推进融合发展。\n${INDICATORS}`,
      want: { sub_goals: [{ title: '完善服务体系', text: '' }, { title: '推进融合发展', text: '' }] },
    },
    {
      name: 'the total score written as a line under the table',
      text: `项目支出绩效自评表\n项目名称\t甲项目\n一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t检查次数\t≥4次\t4次\t100\t96.5\n\n自评得分：96.5分\u3000\u3000\u3000\u3000自评等级：优\n`,
      want: { total_score: 96.5 },
    },
  ])('$name', ({ text, want }) => {
    expect(formOf(text)).toMatchObject(want);
  });

  it.each([
    ['金额单位：元', '元'], ['单位：万元', '万元'], ['项目资金（元）', '元'], ['（单位：元）', '元'],
    ['填报单位：元宝区财政局', null], ['补助标准', null], ['计量单位：元', null], ['单位：元/人', null],
  ])('moneyUnitOf(%s) → %s', (text, want) => {
    expect(moneyUnitOf(text)).toBe(want);
  });
});
