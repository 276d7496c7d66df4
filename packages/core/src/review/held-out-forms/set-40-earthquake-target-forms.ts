import { B, C, dt, ECO, F, type FormCase, funds, NUM, O, patch, Q, QUA, r, S, SAT, SOC, split, SUS, TIM } from './form-case-types';

/**
 * Held-out set 40F (session 19), 部门整体绩效目标表: 县地震局 on the 2021 framework (产出 / 成本 / 效益 / 满意度), 100 points,
 * 预算总额 by 财政拨款 / 其他资金 and 基本 / 项目支出, 年度主要任务 with budgets. Written before reading any code under review/;
 * readings in set-40-cases.ts.
 */
const EQ = [
  r(O, NUM, '地震监测台站运行维护', '>=', '12', '个', 15), r(O, NUM, '开展防震减灾科普宣传活动', '>=', '30', '场次', 10),
  r(O, QUA, '地震监测数据完整率', '>=', '99', '%', 10), r(O, TIM, '地震速报信息发布时限', '<=', '10', '分钟', 10),
  r(C, ECO, '监测台站单站年运维成本', '<=', '8', '万元', 10), r(B, SOC, '防震减灾科普知识知晓率', '>=', '85', '%', 15),
  r(B, SUS, '地震灾害风险防治能力', Q, '持续提升', null, 10), r(S, SAT, '社会公众满意度', '>=', '90', '%', 20),
];
const EQ_GOAL = '运行维护地震监测台站12个，开展防震减灾科普宣传活动30场次，地震监测数据完整率达到99%以上，地震速报信息10分钟内发布，'
  + '防震减灾科普知识知晓率达到85%。';
const task = (name: string, content: string, budget_wan: number | null) => ({ name, content, budget_wan });
const EQ_TASKS = [
  task('地震监测预报', '维护地震监测台站12个，确保监测数据连续可靠。', 180),
  task('防震减灾宣传', '开展防震减灾科普进学校、进社区活动30场次。', 60),
];
const measures = (text: string) => [{ title: '组织保障', text }];
const EQ_MEASURES = measures('成立绩效管理工作小组，按季度开展绩效运行监控。');
const quake = (fields: Record<string, unknown> = {}, indicators = EQ) => dt({
  org: '县地震局', budget_total_wan: 860, fund_sources: funds(800, null, 60), structure: split(620, 240),
  goal: EQ_GOAL, tasks: EQ_TASKS, measures: EQ_MEASURES, indicators, ...fields,
});

export const SET40_EARTHQUAKE_CASES: FormCase[] = [
  { id: 'S40-E01', sector: '地震局整体目标（干净）', form: quake(), expect: [] },
  { id: 'S40-E02', sector: '地震局（目标写应急演练8场，无指标）', form: quake({ goal: EQ_GOAL.replace(/。$/, '，组织地震应急演练8场。') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S40-E03', sector: '地震局（目标写600秒内发布，指标≤10分钟，安静）', form: quake({ goal: EQ_GOAL.replace('10分钟内', '600秒内') }), expect: [] },
  {
    id: 'S40-E04', sector: '地震局（目标写十二个、M3.0级以上，安静）', expect: [],
    form: quake({ goal: EQ_GOAL.replace('12个', '十二个').replace(/。$/, '，对县域内M3.0级以上地震及时开展速报。') }),
  },
  {
    id: 'S40-E05', sector: '地震局（主要任务预算620+260超过总额860）', expect: [F('budget_arithmetic', null, null)],
    form: quake({ tasks: [{ ...EQ_TASKS[0]!, budget_wan: 620 }, { ...EQ_TASKS[1]!, budget_wan: 260 }] }),
  },
  { id: 'S40-E06', sector: '地震局（财政拨款800+其他资金80>总额860）', form: quake({ fund_sources: funds(800, null, 80) }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S40-E07', sector: '地震局（财政拨款800+财政专户0+其他40≠860，三项均填）', form: quake({ fund_sources: funds(800, 0, 40) }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S40-E08', sector: '地震局（两位小数合计相符，安静）', expect: [],
    form: quake({ budget_total_wan: 860.45, fund_sources: funds(800.25, null, 60.2), structure: split(620.45, 240) }),
  },
  {
    id: 'S40-E09', sector: '地震局（无满意度指标）', expect: [F('coverage', null, null)],
    form: quake({}, [...EQ.slice(0, 5), { ...EQ[5]!, weight: 35 }, EQ[6]!]),
  },
  { id: 'S40-E10', sector: '地震局（科普活动权重5，合计95）', form: quake({}, patch(EQ, { 1: { weight: 5 } })), expect: [F('weights', null, 'weight')] },
  {
    id: 'S40-E11', sector: '地震局（保障措施写联系人手机）', expect: [F('private_data', null, 'measures[0].text')],
    form: quake({ measures: measures('绩效监控联系人：局办公室张海涛，手机13908765432。') }),
  },
  {
    id: 'S40-E12', sector: '地震局（文号、项目编码、信用代码、12345、座机，安静）', expect: [],
    form: quake({
      measures: measures('监测设备采购按县财采〔2025〕8号文件执行，项目编码50010825000000012345，单位统一社会信用代码11500108MB1X23456K，'
        + '监督电话12345，局办公室座机023-67451234。'),
    }),
  },
  {
    id: 'S40-E13', sector: '地震局（科普活动与科普活动场次两行重复）', expect: [F('names', 7, null)],
    form: quake({}, [...EQ.slice(0, 6), EQ[7]!, r(O, NUM, '防震减灾科普宣传活动场次', '>=', '30', '场次', 10)]),
  },
  {
    id: 'S40-E14', sector: '地震局（目标写7×24小时值班、每季度巡检1次，安静）', expect: [],
    form: quake({ goal: EQ_GOAL.replace(/。$/, '，落实7×24小时地震值班制度，每季度开展1次监测设备巡检。') }),
  },
  {
    id: 'S40-E15', sector: '地震局（任务含机关运行620，合计等于总额；目标写预算总额860万元，安静）', expect: [],
    form: quake({ goal: `${EQ_GOAL}部门预算总额860万元。`, tasks: [task('机关运行', '保障人员经费和日常公用经费。', 620), ...EQ_TASKS] }),
  },
  {
    id: 'S40-E16', sector: '地震局（目标以上年已建60个为基础，安静）', expect: [],
    form: quake({ goal: `在2024年已建成地震预警信息发布终端60个的基础上，${EQ_GOAL}` }),
  },
  { id: 'S40-E17', sector: '地震局（目标写单站运维成本8万元以内，安静）', form: quake({ goal: EQ_GOAL.replace(/。$/, '，单站年运维成本控制在8万元以内。') }), expect: [] },
  {
    id: 'S40-E18', sector: '地震局（保障措施写宏观观测员姓名和+86手机）', expect: [F('private_data', null, 'measures[0].text')],
    form: quake({ measures: measures('地震宏观观测员刘德富（+86 139 0876 5432）每日报送宏观异常观测信息。') }),
  },
  {
    id: 'S40-E19', sector: '地震局（值班座机不带横线、厂家400电话，安静）', expect: [],
    form: quake({ measures: measures('局值班电话02367451234，监测设备厂家售后服务电话400-820-1234。') }),
  },
  // Added after reading check-form.ts (names), to hold the reading that a verb of doing names no other indicator.
  {
    id: 'S40-E20', sector: '地震局（科普活动场次与科普活动参与人次两行，单位不同，安静）', expect: [],
    form: quake({}, [...EQ.slice(0, 6), r(B, SOC, '防震减灾科普宣传活动参与人次', '>=', '1.2', '万人次', 10), EQ[7]!]),
  },
];
