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
      name: 'task rows one cell short of 年度主要任务 | 任务名称 | 主要内容 | 预算金额 (rowspan cell left out)',
      text: `部门整体支出绩效目标表\n部门名称\t某局\n年度主要任务\t任务名称\t主要内容\t预算金额（万元）\n学生资助\t落实资助政策。\t845.30\n校舍维修\t维修校舍12所。\t300.00\n年度绩效目标\t完成年度任务。\n${INDICATORS}`,
      want: { tasks: [{ name: '学生资助', content: '落实资助政策。', budget_wan: 845.3 }, { name: '校舍维修', content: '维修校舍12所。', budget_wan: 300 }], goal: '完成年度任务。' },
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
    {
      name: 'the self-evaluation budget as one row of caption：value cells, wrapped onto a second row',
      text: `项目支出绩效自评表\n项目名称\t甲项目\n预算执行情况（万元）\t年初预算数：100\t全年预算数：120\t全年执行数：110.4\t执行率：92%\n\t分值：10\t得分：9.2\n一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t检查次数\t≥4次\t4次\t90\t90\n`,
      want: { budget: { initial_wan: 100, adjusted_wan: 120, executed_wan: 110.4, execution_rate: 92, weight: 10, score: 9.2, reason: null } },
    },
    {
      name: 'the template\'s filling instructions in the reason cell are no reason',
      text: `项目支出绩效自评表\n项目名称\t甲项目\n预算执行情况\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分\t原因\n总额\t0.00\t3.36\t3.36\t100.00%\t10\t10\t1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因(100字以内)\n一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t检查次数\t≥4次\t4次\t90\t90\n`,
      want: { budget: { initial_wan: 0, adjusted_wan: 3.36, executed_wan: 3.36, execution_rate: 100, weight: 10, score: 10, reason: null } },
    },
    {
      name: '一般公共预算 and 政府性基金预算 rows add up to the government money under 部门预算总额 | 合计 | amount',
      text: `部门整体支出绩效目标表\n部门名称\t某局\n部门预算总额\t合计\t12,500.00\n\t一般公共预算\t8,000.00\n\t政府性基金预算\t3,500.00\n\t单位资金\t1,000.00\n${INDICATORS}`,
      want: { budget_total_wan: 12500, fund_sources: { government_wan: 11500, special_account_wan: null, unit_wan: 1000 } },
    },
    {
      name: 'a 财政拨款 line over its parts is the government money (the parts are not added again)',
      text: `部门整体支出绩效目标表\n部门名称\t某局\n部门预算总额\t1,500.00\n财政拨款\t1,200.00\n一般公共预算\t1,000.00\n政府性基金预算\t200.00\n${INDICATORS}`,
      want: { budget_total_wan: 1500, fund_sources: { government_wan: 1200 } },
    },
    {
      name: '一般公共预算 | 政府性基金预算 columns of a project are its fiscal money',
      text: `项目支出绩效目标表\n项目名称\t甲项目\n项目资金（万元）\t合计\t一般公共预算\t政府性基金预算\t其他资金\n\t680.00\t500.00\t180.00\t0.00\n${INDICATORS}`,
      want: { budget_total_wan: 680, budget_fiscal_wan: 680, budget_other_wan: 0 },
    },
    {
      name: '一、财政拨款 / 二、自有资金 / 三、其他: the non-fiscal parts are the other money',
      text: `项目支出绩效目标表\n项目名称\t甲项目\n资金总额及构成\t总额\t100万元\n\t一、财政拨款\t60万元\n\t二、自有资金\t10万元\n\t三、其他\t30万元\n${INDICATORS}`,
      want: { budget_total_wan: 100, budget_fiscal_wan: 60, budget_other_wan: 40 },
    },
    {
      name: 'a remark after the total in 元 names the fiscal part (thousands groups read whole)',
      text: `项目支出绩效目标表\n项目名称\t甲项目\n项目预算\t2,450,000.00元（其中财政资金2,450,000.00元）\n${INDICATORS}`,
      want: { budget_total_wan: 245, budget_fiscal_wan: 245 },
    },
    {
      name: '其中：财政资金：amount — 其中 only introduces the label',
      text: `项目支出绩效目标表\n项目名称：甲项目\n年度预算：860.50万元\u3000\u3000其中：财政资金：800.50万元\u3000\u3000其他资金：60万元\n${INDICATORS}`,
      want: { budget_total_wan: 860.5, budget_fiscal_wan: 800.5, budget_other_wan: 60 },
    },
    {
      name: 'a medium-term plan (2025—2027年) is the budget year 2025',
      text: `2025—2027年中期项目支出绩效目标表\n项目名称\t甲项目\n${INDICATORS}`,
      want: { fiscal_year: 2025 },
    },
    {
      name: '自评得分 opening the closing row is the total score',
      text: `项目支出绩效自评表\n项目名称\t甲项目\n一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t检查次数\t≥4次\t4次\t100\t96.5\n自评得分\t\t\t\t100\t96.5\n`,
      want: { total_score: 96.5 },
    },
    {
      name: 'a project named like a caption (信创项目资金) beside 项目名称 is the name',
      text: `项目支出绩效目标表\n项目编码\tXM-001\t项目名称\t信创项目资金\n${INDICATORS}`,
      want: { project_code: 'XM-001', project_name: '信创项目资金' },
    },
    {
      name: 'a goal restated under its own label (绩效目标 | 预算年度（2024年）绩效目标) is a caption',
      text: `部门整体支出绩效目标表\n部门名称\t某局\n绩效目标\t预算年度（2024年）绩效目标\n\t完成年度检查任务。\n${INDICATORS}`,
      want: { goal: '完成年度检查任务。' },
    },
    {
      name: 'a goal and its outcome written alike are both kept',
      text: `项目支出绩效自评表\n项目名称\t甲项目\n项目年度目标\t购手提电脑1台\n年度目标完成情况\t购手提电脑1台\n一级指标\t二级指标\t三级指标\t指标值\t完成值\t权重\t得分\n产出指标\t数量指标\t采购数量\t=1台\t1\t90\t90\n`,
      want: { goal: '购手提电脑1台', goal_outcome: '购手提电脑1台' },
    },
    {
      name: 'two labels with the same value (实施单位 and 主管部门 both 某局) both keep it',
      text: `项目支出绩效目标表\n项目名称\t甲项目\n实施单位\t某局\n主管部门\t某局\n${INDICATORS}`,
      want: { org: '某局', department: '某局' },
    },
    {
      name: 'a paragraph wrapped at a fixed width goes on in lines of its own under its value column',
      text: `项目支出绩效目标表\n项目名称\t甲项目\n项目概况\t在城区边角地建设小微型开放式公园，每处占地400至\n\t3000平方米，统一设计、分片建设。\n年度绩效目标\t新建口袋公园12个，新增绿地面积3.6公顷，配套建设园路\n\t、座椅和照明设施，公园建成后全部免费开放，使居民步行十分钟可达\n\t公园绿地的比例提高到85%以上。\n${INDICATORS}`,
      want: {
        overview: '在城区边角地建设小微型开放式公园，每处占地400至3000平方米，统一设计、分片建设。',
        goal: '新建口袋公园12个，新增绿地面积3.6公顷，配套建设园路、座椅和照明设施，公园建成后全部免费开放，使居民步行十分钟可达公园绿地的比例提高到85%以上。',
      },
    },
    {
      name: 'a text ended by its full stop does not take the line under it',
      text: `项目支出绩效目标表\n项目名称\t甲项目\n项目概况\t在城区边角地建设小微型开放式公园，统一设计、分片建设。\n\t新建口袋公园12个，新增绿地面积3.6公顷。\n${INDICATORS}`,
      want: { overview: '在城区边角地建设小微型开放式公园，统一设计、分片建设。', goal: '新建口袋公园12个，新增绿地面积3.6公顷。' },
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
