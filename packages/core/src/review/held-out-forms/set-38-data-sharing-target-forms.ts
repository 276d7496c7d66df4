import { B, C, ECO, F, type FormCase, NUM, O, patch, plan, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 38F (session 18), 项目支出绩效目标表 for 政务数据共享交换平台运维及数据治理 (区大数据发展局, 10 rows on 90, 2021
 * tree). Written before reading any code under review/; readings in set-38-cases.ts.
 */

/** 10 rows on 90; 680 = 财政 680 + 其他 0 = 区级 600 + 补助街镇 80. */
const DATA = [
  r(O, NUM, '新增编制政务数据共享目录', '>=', '300', '个', 10), r(O, NUM, '接入共享交换平台部门', '>=', '45', '个', 10),
  r(O, NUM, '数据共享接口调用量', '>=', '1000', '万次', 10), r(O, QUA, '数据质量问题整改率', '>=', '95', '%', 10),
  r(O, QUA, '共享交换平台可用率', '>=', '99.5', '%', 5), r(O, TIM, '数据共享申请办理时限', '<=', '5', '工作日', 10),
  r(C, ECO, '平台运维成本', '<=', '680', '万元', 5), r(B, SOC, '群众办事重复提交材料', Q, '明显减少', null, 10),
  r(B, SUS, '数据共享长效机制', Q, '持续健全', null, 10), r(S, SAT, '使用部门满意度', '>=', '90', '%', 10),
];
const DATA_GOAL = '全年新增编制政务数据共享目录300个，接入共享交换平台部门45个，数据共享接口调用量达到1000万次，数据质量问题整改率不低于95%，数据共享申请5个工作日内办结。';
const data = (fields: Record<string, unknown> = {}, indicators = DATA) => pt({
  org: '区大数据发展局', project_name: '政务数据共享交换平台运维及数据治理', budget_total_wan: 680, budget_fiscal_wan: 680, budget_other_wan: 0,
  budget_district_wan: 600, budget_subsidy_towns_wan: 80, spending_plan: plan(20, 45, 75, 100),
  overview: '对区政务数据共享交换平台进行运行维护，开展政务数据目录编制、数据质量治理和共享申请受理，推动部门间数据按需共享。',
  basis: '《国务院关于加强数字政府建设的指导意见》。', goal: DATA_GOAL, indicators, ...fields,
});
const goalAdd = (head: string) => `${head}${DATA_GOAL}`;

export const SET38_DATA_CASES: FormCase[] = [
  { id: 'S38-D01', sector: '政务数据共享（干净）', form: data(), expect: [] },
  { id: 'S38-D02', sector: '政务数据共享（目标写7×24小时不间断服务，安静）', form: data({ goal: goalAdd('平台提供7×24小时不间断服务，') }), expect: [] },
  {
    id: 'S38-D03', sector: '政务数据共享（目标引GB/T 38664.1-2020国家标准，安静）', expect: [],
    form: data({ goal: goalAdd('按照GB/T 38664.1-2020《信息技术 大数据 政务数据开放共享 第1部分：总则》要求，') }),
  },
  { id: 'S38-D04', sector: '政务数据共享（目标写通过等保第三级测评，安静）', form: data({ goal: goalAdd('平台通过网络安全等级保护第三级测评，') }), expect: [] },
  {
    id: 'S38-D05', sector: '政务数据共享（目标写四十五个部门、0.1亿次，安静）', expect: [],
    form: data({ goal: DATA_GOAL.replace('部门45个', '部门四十五个').replace('1000万次', '0.1亿次') }),
  },
  {
    id: 'S38-D06', sector: '政务数据共享（目标写每季度开展1次质量检查，指标4次，安静）', expect: [],
    form: data({ goal: goalAdd('每季度开展1次数据质量检查，') },
      [...patch(DATA, { 4: { weight: 3 }, 6: { weight: 2 } }), r(O, NUM, '数据质量检查', '>=', '4', '次', 5)]),
  },
  { id: 'S38-D07', sector: '政务数据共享（目标写目录350个，指标300个）', form: data({ goal: DATA_GOAL.replace('300个', '350个') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S38-D08', sector: '政务数据共享（目标写3个工作日内办结，指标≤5工作日）', form: data({ goal: DATA_GOAL.replace('5个工作日', '3个工作日') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S38-D09', sector: '政务数据共享（目标写新建接口二百个无指标）', form: data({ goal: goalAdd('新建标准化数据共享接口二百个，') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S38-D10', sector: '政务数据共享（目标写整改率百分之九十，指标95%）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: data({ goal: DATA_GOAL.replace('不低于95%', '达到百分之九十') }),
  },
  {
    id: 'S38-D11', sector: '政务数据共享（概述写联系人姓名和分段手机号）', expect: [F('private_data', null, 'overview')],
    form: data({ overview: '对区政务数据共享交换平台进行运行维护。项目联系人：赵文静，联系电话139-8765-4321。' }),
  },
  {
    id: 'S38-D12', sector: '政务数据共享（概述写11位资源编码、科室座机、信用代码，安静）', expect: [],
    form: data({
      overview: '已编目数据资源如“人口基础信息”（资源编码13010020001）、“法人基础信息”（资源编码13010020002）可按需申请共享。运维单位统一社会信用代码91500112MA5U7XKQ2M，咨询电话023-67891234（区大数据发展局数据资源科）。',
    }),
  },
  {
    id: 'S38-D13', sector: '政务数据共享（立项依据引国发文号和政府令，安静）', expect: [],
    form: data({ basis: '《国务院关于加强数字政府建设的指导意见》（国发〔2022〕14号）、《重庆市政务数据资源管理暂行办法》（重庆市人民政府令第328号）。' }),
  },
  // First written expecting weights; re-read: a lone project target on 100 points is a 百分制 template (S8-P21, P56), so it
  // is quiet. S38-D21 (added after reading) keeps the case the label meant: a total that is neither 90 nor 100.
  { id: 'S38-D14', sector: '政务数据共享（接口调用量权重20，合计100，百分制，安静）', form: data({}, patch(DATA, { 2: { weight: 20 } })), expect: [] },
  { id: 'S38-D21', sector: '政务数据共享（接口调用量权重15，合计95）', form: data({}, patch(DATA, { 2: { weight: 15 } })), expect: [F('weights', null, 'weight')] },
  {
    id: 'S38-D15', sector: '政务数据共享（无满意度指标）', expect: [F('coverage', null, null)],
    form: data({}, [...patch(DATA, { 7: { weight: 20 } }).slice(0, 9)]),
  },
  { id: 'S38-D16', sector: '政务数据共享（满意度目标85%）', form: data({}, patch(DATA, { 9: { target: '85' } })), expect: [F('satisfaction', 9, null)] },
  { id: 'S38-D17', sector: '政务数据共享（支出计划写成万元累计额）', form: data({ spending_plan: plan(120, 300, 520, 680) }), expect: [F('spending_plan', null, null)] },
  { id: 'S38-D18', sector: '政务数据共享（一季度不支出，安静）', form: data({ spending_plan: plan(0, 25, 60, 100) }), expect: [] },
  { id: 'S38-D19', sector: '政务数据共享（财政600+其他60≠680）', form: data({ budget_fiscal_wan: 600, budget_other_wan: 60 }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S38-D20', sector: '政务数据共享（两位小数金额相符，安静）', expect: [],
    form: data({ budget_total_wan: 680.35, budget_fiscal_wan: 652.15, budget_other_wan: 28.2, budget_district_wan: 600.35, budget_subsidy_towns_wan: 80 }),
  },
];
