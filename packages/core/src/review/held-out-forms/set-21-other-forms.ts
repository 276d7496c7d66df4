import { B, C, dse, dt, e, ECO, F, type FormCase, funds, NUM, O, pse, Q, QUA, r, S, SAT, SOC, split, SUS, TIM } from './form-case-types';

/**
 * Held-out set 21 (issue 3), 部门整体绩效目标表, 项目自评表 and 部门整体自评表 aimed at private_data (年度主要任务,
 * 分项目标, 保障措施, 目标完成情况, 偏差原因, 完成值, 自评结论, 存在问题, 改进措施) and goal_vs_indicators (tasks and goals
 * in 万/亿, Chinese numerals). Written before reading any code under review/; readings in set-21-cases.ts.
 */

/** 区民政局, 100 points. */
const CIVIL = [
  r(O, NUM, '保障城乡低保对象', '>=', '5600', '人', 15), r(O, NUM, '新建社区养老服务站', '>=', '12', '个', 15),
  r(O, QUA, '特困人员集中供养率', '>=', '60', '%', 10), r(O, TIM, '救助申请办结时限', '<=', '15', '个工作日', 10),
  r(C, ECO, '三公经费支出增长', '<=', '0', '%', 10), r(B, SOC, '困难群众基本生活', Q, '有效保障', null, 15),
  r(B, SUS, '社会救助体系', Q, '持续完善', null, 10), r(S, SAT, '服务对象满意度', '>=', '92', '%', 15),
];
const CIVIL_GOAL = '全年保障城乡低保对象5600人，新建社区养老服务站12个，特困人员集中供养率60%以上，救助申请15个工作日内办结。';
const civil = (fields: Record<string, unknown> = {}) => dt({
  org: '区民政局', budget_total_wan: 9800, fund_sources: funds(9800, null, null), structure: split(1800, 8000), goal: CIVIL_GOAL, indicators: CIVIL, ...fields,
});

/** 区退役军人事务局, 100 points. */
const VET = [
  r(O, NUM, '走访慰问重点优抚对象', '>=', '3200', '人次', 15), r(O, NUM, '组织退役军人适应性培训', '>=', '800', '人', 15),
  r(O, QUA, '优抚金发放准确率', '=', '100', '%', 15), r(O, TIM, '优抚金按季度发放及时率', '=', '100', '%', 10),
  r(B, SOC, '退役军人就业安置率', '>=', '90', '%', 15), r(B, SUS, '退役军人服务保障体系', Q, '持续完善', null, 15),
  r(S, SAT, '退役军人满意度', '>=', '92', '%', 15),
];
const VET_GOAL = '走访慰问重点优抚对象3200人次，组织退役军人适应性培训800人，优抚金发放准确率100%，退役军人就业安置率达到90%。';
const vet = (fields: Record<string, unknown> = {}) => dt({
  org: '区退役军人事务局', budget_total_wan: 3600, fund_sources: funds(3600, null, null), structure: split(600, 3000), goal: VET_GOAL, indicators: VET, ...fields,
});

/** 区文化和旅游委员会, 100 points: 1200万人次 in a row. */
const CULT = [
  r(O, NUM, '开展公益性文化活动', '>=', '260', '场次', 15), r(O, NUM, '送戏下乡', '>=', '120', '场', 15),
  r(O, QUA, '文物安全检查覆盖率', '=', '100', '%', 10), r(O, TIM, '文物险情处置响应时间', '<=', '24', '小时', 10),
  r(C, ECO, '公用经费支出增长', '<=', '0', '%', 10), r(B, SOC, '全年接待游客', '>=', '1200', '万人次', 15),
  r(B, SUS, '公共文化服务体系', Q, '持续完善', null, 10), r(S, SAT, '群众文化活动满意度', '>=', '90', '%', 15),
];
const CULT_GOAL = '全年开展公益性文化活动260场次，送戏下乡120场，文物安全检查覆盖率100%，全年接待游客1200万人次。';
const cult = (fields: Record<string, unknown> = {}) => dt({
  org: '区文化和旅游委员会', budget_total_wan: 6100, fund_sources: funds(6100, null, null), structure: split(1100, 5000), goal: CULT_GOAL, indicators: CULT, ...fields,
});

const budget = (executed_wan: number, rate: number, score: number, reason: string | null = null) =>
  ({ initial_wan: 5200, adjusted_wan: 5200, executed_wan, execution_rate: rate, weight: 10, score, reason });

/** 城乡低保及临时救助 at year end: every target met, 90 + 10. */
const AIDE = [
  e(O, NUM, '城乡低保保障对象', '>=', '5600', '人', 15, '5712', 15), e(O, NUM, '实施临时救助', '>=', '1200', '人次', 15, '1265', 15),
  e(O, QUA, '低保对象认定准确率', '>=', '98', '%', 10, '99.2%', 10), e(O, TIM, '救助资金按月发放及时率', '=', '100', '%', 10, '100%', 10),
  e(C, ECO, '城市低保月人均保障标准', '=', '780', '元', 10, '780', 10), e(B, SOC, '困难群众基本生活', Q, '有效保障', null, 15, '达成', 15),
  e(S, SAT, '救助对象满意度', '>=', '93', '%', 15, '95.6%', 15),
];
const AIDE_GOAL = '全年保障城乡低保对象5600人，实施临时救助1200人次，低保对象认定准确率98%以上，救助资金按月足额发放。';
const aide = (fields: Record<string, unknown> = {}, indicators = AIDE) => pse({
  project_name: '城乡低保及临时救助', goal: AIDE_GOAL, goal_outcome: '全年保障低保对象5712人，实施临时救助1265人次。',
  budget: budget(5200, 100, 10), total_score: 100, indicators, ...fields,
});
const withRow = (i: number, change: Record<string, unknown>) => AIDE.map((row, j) => (j === i ? { ...row, ...change } : row));

/** 区民政局 整体自评 with targets, 100 points. */
const CIVILE = [
  e(O, NUM, '保障城乡低保对象', '>=', '5600', '人', 15, '5712', 15), e(O, NUM, '新建社区养老服务站', '>=', '12', '个', 15, '12', 15),
  e(O, QUA, '特困人员集中供养率', '>=', '60', '%', 10, '63%', 10), e(O, TIM, '救助申请办结时限', '<=', '15', '个工作日', 10, '12', 10),
  e(C, ECO, '三公经费支出增长', '<=', '0', '%', 10, '-3.2%', 10), e(B, SOC, '困难群众基本生活', Q, '有效保障', null, 15, '达成', 15),
  e(B, SUS, '社会救助体系', Q, '持续完善', null, 10, '达成', 10), e(S, SAT, '服务对象满意度', '>=', '92', '%', 15, '94%', 15),
];
const civile = (goal = CIVIL_GOAL) => dse({ org: '区民政局', goal, total_score: 100, indicators: CIVILE });

const task = (name: string, content: string, budget_wan: number | null = null) => ({ name, content, budget_wan });

export const SET21_DEPARTMENT_TARGET_CASES: FormCase[] = [
  { id: 'S21-D01', sector: '民政局（干净）', form: civil(), expect: [] },
  {
    id: 'S21-D02', sector: '民政局（任务写特困对象姓名地址）', expect: [F('private_data', null, 'tasks[0].content')],
    form: civil({ tasks: [task('特困人员供养', '将特困老人谭福全（住龙凤镇双河村5组21号）纳入集中供养。', 300)] }),
  },
  {
    id: 'S21-D03', sector: '民政局（任务写新建养老站十二个）', expect: [],
    form: civil({ tasks: [task('养老服务', '新建社区养老服务站十二个。', 1200)] }),
  },
  {
    id: 'S21-D04', sector: '民政局（任务写助餐点30个无指标）', expect: [F('goal_vs_indicators', null, null)],
    form: civil({ tasks: [task('养老服务', '新建社区养老服务站12个，新建老年助餐点30个。', 1500)] }),
  },
  {
    id: 'S21-D05', sector: '民政局（保障措施写热线与单位地址）', expect: [],
    form: civil({ measures: [{ title: '服务保障', text: '开通12349养老服务热线，受理地址：区民政局便民服务大厅（渝州路68号），电话023-68801234。' }] }),
  },
  {
    id: 'S21-D06', sector: '退役军人（分项目标写优抚对象姓名同志）', expect: [F('private_data', null, 'sub_goals[0].text')],
    form: vet({ sub_goals: [{ title: '优抚保障', text: '重点关心参战老兵赵光荣同志、伤残军人马文斌同志的生活和医疗。' }] }),
  },
  {
    id: 'S21-D07', sector: '退役军人（刘伯承、邱少云、雷锋精神）', expect: [],
    form: vet({ measures: [{ title: '褒扬纪念', text: '依托刘伯承同志纪念馆、邱少云烈士纪念馆开展红色教育，弘扬雷锋精神。' }] }),
  },
  {
    id: 'S21-D08', sector: '退役军人（目标写少数民族姓名与手机）', expect: [F('private_data', null, 'goal')],
    form: vet({ goal: `${VET_GOAL}协助退役士兵扎西·次仁（手机 139 0891 2345）自主创业。` }),
  },
  {
    id: 'S21-D09', sector: '退役军人（任务写适应性培训八百人）', expect: [],
    form: vet({ tasks: [task('教育培训', '组织退役军人适应性培训八百人。', 240)] }),
  },
  { id: 'S21-D10', sector: '文旅（0.12亿人次对1200万人次）', form: cult({ goal: CULT_GOAL.replace('1200万人次', '0.12亿人次') }), expect: [] },
  { id: 'S21-D11', sector: '文旅（旅游综合收入95亿元无指标）', form: cult({ goal: `${CULT_GOAL}实现旅游综合收入95亿元。` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S21-D12', sector: '文旅（苏轼、杜甫草堂、张飞庙、曹操）', expect: [],
    form: cult({ measures: [{ title: '文化品牌', text: '办好杜甫草堂诗歌节和张飞庙庙会，推出“东坡（苏轼）文化月”与《曹操》历史剧展演。' }] }),
  },
  {
    id: 'S21-D13', sector: '文旅（保障措施写演员姓名与身份证）', expect: [F('private_data', null, 'measures[0].text')],
    form: cult({ measures: [{ title: '送戏下乡', text: '签约非遗传承人罗绍华（身份证号500231196405127719）带队送戏下乡。' }] }),
  },
];

export const SET21_PROJECT_SELF_EVALUATION_CASES: FormCase[] = [
  { id: 'S21-E01', sector: '低保自评（全部达成）', form: aide(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S21-E02', sector: '低保自评（偏差原因写对象姓名）', expect: [F('private_data', 1, 'reason')], scoring: { total: 99.25, grade: '优' },
    form: aide({ total_score: 99.25 }, withRow(1, { actual: '1140', score: 14.25, reason: '救助对象马云飞、黄小英因务工收入增加主动退出，救助人次低于预期。' })),
  },
  {
    id: 'S21-E03', sector: '低保自评（完成值粘贴名单）', expect: [F('private_data', 1, 'actual')],
    form: aide({}, withRow(1, { actual: '1265人次（含特困对象张福全、李秀英、欧阳兰芳）' })),
  },
  {
    id: 'S21-E04', sector: '低保自评（自评结论写经办人同志）', expect: [F('private_data', null, 'conclusion')], scoring: { total: 100, grade: '优' },
    form: aide({ conclusion: '项目总体完成较好。对低保对象付春生同志家庭的入户核查发现其收入已超标，已停发。' }),
  },
  {
    id: 'S21-E05', sector: '低保自评（问题写孙某、李**）', expect: [], scoring: { total: 100, grade: '优' },
    form: aide({ problems: '个别对象（孙某、李**）家庭收入变化未及时申报，动态管理存在滞后。' }),
  },
  {
    id: 'S21-E06', sector: '低保自评（问题写对象门牌与手机）', expect: [F('private_data', null, 'problems')], scoring: { total: 100, grade: '优' },
    form: aide({ problems: '低保户冯建平（南坪西路16号附3号）电话15823456789长期无法联系，动态核查未完成。' }),
  },
  {
    id: 'S21-E07', sector: '低保自评（改进措施写户主姓名）', expect: [F('private_data', null, 'improvements')], scoring: { total: 100, grade: '优' },
    form: aide({ improvements: '对户主曾庆华等收入波动较大家庭实行每季度入户核查。' }),
  },
  {
    id: 'S21-E08', sector: '低保自评（完成情况写银行卡号）', expect: [F('private_data', null, 'goal_outcome')], scoring: { total: 100, grade: '优' },
    form: aide({ goal_outcome: '全年保障低保对象5712人。其中一笔救助金因卡号6228480402564890018销户被退回，已重新发放。' }),
  },
  {
    id: 'S21-E09', sector: '低保自评（12345、文号、陈家桥街道）', expect: [], scoring: { total: 100, grade: '优' },
    form: aide({ improvements: '依据渝民发〔2025〕12号完善动态管理；在陈家桥街道试点12345热线转办救助诉求。' }),
  },
  {
    id: 'S21-E10', sector: '低保自评（目标临时救助1500人次，指标1200）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 100, grade: '优' },
    form: aide({ goal: AIDE_GOAL.replace('1200人次', '1500人次') }),
  },
];

export const SET21_DEPARTMENT_SELF_EVALUATION_CASES: FormCase[] = [
  { id: 'S21-G01', sector: '民政局整体自评（有目标值）', form: civile(), expect: [] },
  { id: 'S21-G02', sector: '民政局整体自评（目标写助餐点30个无指标）', form: civile(`${CIVIL_GOAL}新建老年助餐点30个。`), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S21-G03', sector: '民政局整体自评（目标写对象姓名）', form: civile(`${CIVIL_GOAL}妥善安置流浪人员韦小宝。`), expect: [F('private_data', null, 'goal')] },
  { id: 'S21-G04', sector: '民政局整体自评（五千六百人、十二个）', form: civile(CIVIL_GOAL.replace('5600人', '五千六百人').replace('12个', '十二个')), expect: [] },
];
