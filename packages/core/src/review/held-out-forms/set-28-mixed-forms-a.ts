import { B, dt, e, F, type FormCase, funds, NUM, O, patch, pse, Q, QUA, r, S, SAT, SOC, split, SUS, TIM } from './form-case-types';

/**
 * Held-out set 28 (issue 3), mixed documents part A: 区房屋征收与补偿中心's 部门整体绩效目标表 beside its 征收补偿
 * project's 项目支出绩效自评表, as one unit's disclosure prints them. Written before reading any code under review/;
 * readings in set-28-cases.ts.
 */

const GL = '部门管理';

/** 区房屋征收与补偿中心 department target on the 2020 tree with 部门管理, 100 points. */
const HOUSING_DT = [
  r(O, NUM, '完成房屋征收签约', '>=', '1200', '户', 15), r(O, NUM, '完成征收面积', '>=', '18', '万平方米', 15),
  r(O, QUA, '补偿安置资金拨付准确率', '=', '100', '%', 10), r(O, TIM, '补偿款拨付时限', '<=', '15', '个工作日', 10),
  r(B, SOC, '因征收引发的群体性事件', '=', '0', '起', 15), r(B, SUS, '征收补偿信息公开', Q, '全过程公开', null, 10),
  r(S, SAT, '被征收人满意度', '>=', '90', '%', 15), r(GL, '预算管理', '部门预算执行率', '>=', '95', '%', 10),
];
const HOUSING_GOAL = '完成房屋征收签约1200户、征收面积18万平方米，补偿款签约后15个工作日内拨付到位，确保不发生因征收引发的群体性事件。';
const housingDt = (fields: Record<string, unknown> = {}) => dt({
  org: '区房屋征收与补偿中心', budget_total_wan: 3860, fund_sources: funds(3860, 0, 0), structure: split(460, 3400), goal: HOUSING_GOAL,
  tasks: [
    { name: '棚户区改造房屋征收', content: '完成棚户区房屋征收签约1200户，征收面积18万平方米', budget_wan: 3400 },
    { name: '机构运转', content: '保障在职人员经费和日常公用经费', budget_wan: 460 },
  ],
  measures: [{ title: '信访维稳', text: '对重点户实行“一户一策”包保化解，畅通诉求渠道' }],
  indicators: HOUSING_DT, ...fields,
});

/** 征收补偿 project self-evaluation: 6 rows on 90, budget 1950 of 2000 (97.5%, 9.75): 99.75. */
const LAND = [
  e(O, NUM, '完成征收签约', '>=', '420', '户', 15, '436', 15),
  e(O, QUA, '补偿款拨付准确率', '=', '100', '%', 15, '100%', 15),
  e(O, TIM, '补偿款拨付时限', '<=', '15', '个工作日', 15, '12', 15),
  e(B, SOC, '因征收引发的群体性事件', '=', '0', '起', 15, '0', 15),
  // Filed under 效益/可持续影响 when first measured: an 安置到位率 measures what the project delivers (level_vs_name was
  // right; E20 keeps the slip).
  e(O, QUA, '被征收户安置到位率', '>=', '95', '%', 15, '97.2%', 15),
  e(S, SAT, '被征收人满意度', '>=', '90', '%', 15, '92.4%', 15),
];
const LAND_BUDGET = { initial_wan: 1800, adjusted_wan: 2000, executed_wan: 1950, execution_rate: 97.5, weight: 10, score: 9.75, reason: null };
const LAND_OUTCOME = '全年完成征收签约436户，补偿款签约后12个工作日内拨付到位，被征收户安置到位率97.2%，未发生因征收引发的群体性事件。';
const land = (fields: Record<string, unknown> = {}) => pse({
  org: '区房屋征收与补偿中心', project_name: '龙门浩片区房屋征收补偿', goal: '完成龙门浩片区房屋征收签约420户，补偿款签约后15个工作日内拨付到位，被征收户安置到位率95%以上。',
  goal_outcome: LAND_OUTCOME, budget: LAND_BUDGET, total_score: 99.75, indicators: LAND,
  conclusion: '项目自评得分99.75分，自评等级为优。', problems: '部分被征收户对补偿标准理解存在偏差，沟通协调周期较长。',
  improvements: '加强政策宣传解释，提前介入矛盾调处。', ...fields,
});

export const SET28_MIXED_CASES_A: FormCase[] = [
  { id: 'S28-E01', sector: '房屋征收中心整体目标（无缺陷）', form: housingDt(), expect: [] },
  {
    id: 'S28-E02', sector: '房屋征收中心整体目标（基本支出460+项目支出3300≠3860）', expect: [F('budget_arithmetic', null, null)],
    form: housingDt({ structure: split(460, 3300) }),
  },
  {
    id: 'S28-E03', sector: '房屋征收中心整体目标（政府预算资金3500+单位资金260≠3860）', expect: [F('budget_arithmetic', null, null)],
    form: housingDt({ fund_sources: funds(3500, 0, 260) }),
  },
  {
    id: 'S28-E04', sector: '房屋征收中心整体目标（保障措施写被征收人姓名身份证号）', expect: [F('private_data', null, null)],
    form: housingDt({ measures: [{ title: '信访维稳', text: '对被征收人刘德全（身份证号500108195806122312）等重点户实行“一户一策”包保化解' }] }),
  },
  {
    id: 'S28-E05', sector: '房屋征收中心整体目标（保障措施写咨询电话、12345和文号，安静）', expect: [],
    form: housingDt({ measures: [{ title: '信访维稳', text: '对重点户实行“一户一策”包保化解，公布征收政策咨询电话023-62891234和12345热线，严格执行征收决定（南府征〔2024〕12号）' }] }),
  },
  {
    id: 'S28-E06', sector: '房屋征收中心整体目标（目标含新建安置房860套无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: housingDt({ goal: `${HOUSING_GOAL}新建安置房860套。` }),
  },
  {
    id: 'S28-E07', sector: '房屋征收中心整体目标（年度主要任务写签约1500户，指标1200户）', expect: [F('goal_vs_indicators', null, null)],
    form: housingDt({ tasks: [
      { name: '棚户区改造房屋征收', content: '完成棚户区房屋征收签约1500户，征收面积18万平方米', budget_wan: 3400 },
      { name: '机构运转', content: '保障在职人员经费和日常公用经费', budget_wan: 460 },
    ] }),
  },

  { id: 'S28-E11', sector: '征收补偿项目自评（无缺陷）', form: land(), expect: [], scoring: { total: 99.75, grade: '优' } },
  {
    id: 'S28-E12', sector: '征收补偿项目自评（执行率写92%而1950/2000为97.5%）', expect: [F('budget_arithmetic', null, null)], scoring: { total: 99.75, grade: '优' },
    form: land({ budget: { ...LAND_BUDGET, execution_rate: 92 } }),
  },
  {
    id: 'S28-E13', sector: '征收补偿项目自评（完成情况写签约463户，完成值436户）', expect: [F('goal_vs_indicators', null, 'goal_outcome')], scoring: { total: 99.75, grade: '优' },
    form: land({ goal_outcome: LAND_OUTCOME.replace('436户', '463户') }),
  },
  {
    id: 'S28-E14', sector: '征收补偿项目自评（结论等级写良）', expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 99.75, grade: '优' },
    form: land({ conclusion: '项目自评得分99.75分，自评等级为良。' }),
  },
  {
    id: 'S28-E15', sector: '征收补偿项目自评（结论写98.5分，总分99.75）', expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 99.75, grade: '优' },
    form: land({ conclusion: '项目自评得分98.5分，自评等级为优。' }),
  },
  {
    id: 'S28-E16', sector: '征收补偿项目自评（存在问题写被征收户姓名手机）', expect: [F('private_data', null, 'problems')], scoring: { total: 99.75, grade: '优' },
    form: land({ problems: '被征收户王启明（电话15823471906）以补偿不足为由拒绝腾房，已申请司法强制执行。' }),
  },
  {
    id: 'S28-E17', sector: '征收补偿项目自评（存在问题写个别户与文号，安静）', expect: [], scoring: { total: 99.75, grade: '优' },
    form: land({ problems: '个别被征收户以补偿不足为由拒绝腾房，已依据征收决定（南府征〔2024〕12号）申请司法强制执行。' }),
  },
  {
    id: 'S28-E18', sector: '征收补偿项目自评（存在问题、改进措施为套话，安静）', expect: [], scoring: { total: 99.75, grade: '优' },
    form: land({ problems: '无。', improvements: '继续加强项目管理，进一步提高资金使用效益。' }),
  },
  {
    id: 'S28-E19', sector: '征收补偿项目自评（结论写总分和等级，附执行数金额，安静）', expect: [], scoring: { total: 99.75, grade: '优' },
    form: land({ conclusion: '项目全年执行资金19,500,000.00元，预算执行率97.5%，项目自评得分99.75分，自评等级为优。' }),
  },
  {
    id: 'S28-E20', sector: '征收补偿项目自评（安置到位率列在效益/可持续影响下）', expect: [F('level_vs_name', 4, null)], scoring: { total: 99.75, grade: '优' },
    form: land({ indicators: patch(LAND, { 4: { level1: B, level2: SUS } }) }),
  },
];
