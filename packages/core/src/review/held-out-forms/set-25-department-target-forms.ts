import { B, C, dt, ECN, ECO, F, type FormCase, funds, NUM, O, patch, Q, QUA, r, S, SAT, SOC, split, SUS, TIM } from './form-case-types';

/**
 * Held-out set 25 (issue 3), 部门（单位）整体绩效目标表 of a 地方志办公室 and a 国资委, with 年度主要任务, 分项目标 and
 * 保障措施. Written before reading any code under review/; readings in set-25-cases.ts.
 */

const task = (name: string, content: string, budget_wan: number) => ({ name, content, budget_wan });
const text = (title: string, body: string) => [{ title, text: body }];

/** 区地方志办公室: 10 rows on 100. */
const LZB = [
  r(O, NUM, '编纂出版志书年鉴', '>=', '2', '部', 10), r(O, NUM, '提供地情资料查阅服务', '>=', '5000', '人次', 10),
  r(O, NUM, '开展地方志进机关进校园活动', '>=', '12', '场次', 10), r(O, QUA, '志书年鉴质量评审通过率', '=', '100', '%', 10),
  r(O, TIM, '年鉴出版时间', Q, '2025年10月底前', null, 10), r(C, ECO, '一般性支出压减比例', '>=', '5', '%', 10),
  r(B, SOC, '存史资政育人作用', Q, '有效发挥', null, 10), r(B, SUS, '地情资料数字化入库', '>=', '3000', '条', 10),
  r(S, SAT, '社会公众满意度', '>=', '90', '%', 10), r(S, SAT, '机关干部满意度', '>=', '90', '%', 10),
];
const LZB_GOAL = '围绕存史、资政、育人职能，全年编纂出版志书年鉴2部，提供地情资料查阅服务5000人次，开展地方志进机关进校园活动12场次，'
  + '地情资料数字化入库3000条。';
const LZB_TASKS = [task('志书编纂', '完成《南岸区志（2011—2022）》终审出版。', 95), task('年鉴编纂', '编纂出版《南岸年鉴（2025）》。', 40)];
const lzb = (fields: Record<string, unknown> = {}, indicators = LZB) => dt({
  org: '区地方志办公室', budget_total_wan: 320, fund_sources: funds(300, 0, 20), structure: split(210, 110), goal: LZB_GOAL,
  tasks: LZB_TASKS, indicators, ...fields,
});

/** 区国有资产监督管理委员会: 10 rows on 100. */
const GZW = [
  r(O, NUM, '监管区属国有企业', '=', '15', '户', 10), r(O, NUM, '开展国有企业专项审计', '>=', '8', '户', 10),
  r(O, NUM, '国有企业负责人经营业绩考核', '=', '15', '户', 10), r(O, QUA, '国有资产产权登记覆盖率', '=', '100', '%', 10),
  r(O, TIM, '国资监管报告报送时间', Q, '2025年6月30日前', null, 10), r(C, ECO, '一般性支出压减比例', '>=', '5', '%', 10),
  r(B, ECN, '区属国有企业营业收入增长率', '>=', '5', '%', 10), r(B, ECN, '上缴国有资本收益', '>=', '6800', '万元', 10),
  r(B, SUS, '国资监管体系', Q, '持续完善', null, 10), r(S, SAT, '监管企业满意度', '>=', '90', '%', 10),
];
const GZW_GOAL = '依法履行出资人职责，监管区属15户国有企业，完成8户企业专项审计和15户企业负责人经营业绩考核，上缴国有资本收益6800万元，'
  + '区属国有企业营业收入增长5%以上。';
const gzw = (fields: Record<string, unknown> = {}, indicators = GZW) => dt({
  org: '区国有资产监督管理委员会', budget_total_wan: 1200, fund_sources: funds(1200, 0, 0), structure: split(800, 400), goal: GZW_GOAL,
  indicators, ...fields,
});

export const SET25_DEPARTMENT_TARGET_CASES: FormCase[] = [
  { id: 'S25-D01', sector: '地方志办（干净，含任务表）', form: lzb(), expect: [] },
  {
    id: 'S25-D02', sector: '地方志办（任务写印制1000册无指标）', expect: [F('goal_vs_indicators', null, null)],
    form: lzb({ tasks: [task('志书编纂', '完成《南岸区志（2011—2022）》终审出版，印制1000册。', 95), LZB_TASKS[1]!] }),
  },
  {
    id: 'S25-D03', sector: '地方志办（保障措施写特约编辑手机）', expect: [F('private_data', null, 'measures[0].text')],
    form: lzb({ measures: text('人员保障', '聘请退休干部周德明（手机13883451234）担任特约编辑。') }),
  },
  { id: 'S25-D04', sector: '地方志办（财政300+单位资金30>320）', form: lzb({ fund_sources: funds(300, 0, 30) }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S25-D05', sector: '地方志办（保障措施：王家庄、文号、12345）', expect: [],
    form: lzb({ measures: text('制度保障', '落实渝府办发〔2024〕15号要求，在王家庄村设立村志编纂试点，通过12345热线受理查阅预约。') }),
  },
  { id: 'S25-D06', sector: '国资委（干净）', form: gzw(), expect: [] },
  { id: 'S25-D07', sector: '国资委（基本800+项目500≠1200）', form: gzw({ structure: split(800, 500) }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S25-D08', sector: '国资委（目标写0.68亿元）', form: gzw({ goal: GZW_GOAL.replace('6800万元', '0.68亿元') }), expect: [] },
  {
    id: 'S25-D09', sector: '国资委（分项目标：法定代表人、渝国资发文号）', expect: [],
    form: gzw({ sub_goals: text('国企改革', '按照渝国资发〔2024〕15号，督促区城投集团（法定代表人：张建国）完成董事会规范建设。') }),
  },
  { id: 'S25-D10', sector: '国资委（权重合计105）', form: gzw({}, patch(GZW, { 0: { weight: 15 } })), expect: [F('weights', null, 'weight')] },
  {
    id: 'S25-D11', sector: '国资委（分项目标写其中混改3户无指标）', expect: [F('goal_vs_indicators', null, null)],
    form: gzw({ sub_goals: text('国企改革', '完成区属国有企业负责人经营业绩考核15户，其中推进混合所有制改革3户。') }),
  },
];
