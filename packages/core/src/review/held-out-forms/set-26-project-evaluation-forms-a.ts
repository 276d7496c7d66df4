import { B, e, ECN, F, type FormCase, NUM, O, patch, QUA, S, SAT, SOC, TIM } from './form-case-types';
import { budget, sheet, verdict } from './set-23-evaluation-forms-a';

/**
 * Held-out set 26 (issue 3), 项目支出绩效自评表 at year end, part A: 禁毒, 无偿献血, 农机购置补贴. Budget block, 6 rows on 90,
 * 全年实际完成情况, 评价结论, 存在问题, 改进措施 full of numbers and people. Written before reading any code under review/;
 * readings and first measurement in set-26-cases.ts.
 */

/** 禁毒宣传教育和社区戒毒康复: 274.4 of 280 adjusted (98%, 9.8), total 99.8. */
const DRUG = [
  e(O, NUM, '禁毒宣传进校园活动', '>=', '120', '场', 20, '126', 20),
  e(O, NUM, '社区戒毒社区康复人员帮扶', '>=', '350', '人', 10, '352', 10),
  e(O, QUA, '社区戒毒社区康复执行率', '>=', '95', '%', 15, '96.5', 15),
  e(O, TIM, '新收社戒社康人员报到时限', '<=', '15', '日', 10, '12', 10),
  e(B, SOC, '社区戒毒康复人员复吸率', '<=', '10', '%', 15, '8.2', 15),
  e(S, SAT, '社区群众禁毒工作满意度', '>=', '90', '%', 20, '93.5', 20),
];
const DRUG_OUTCOME = '全年开展禁毒宣传进校园活动126场，帮扶社区戒毒社区康复人员352人，执行率96.5%，复吸率8.2%。';
const drug = (indicators = DRUG, fields: Record<string, unknown> = {}) => sheet({
  project_name: '禁毒宣传教育和社区戒毒康复', goal_outcome: DRUG_OUTCOME,
  goal: '开展禁毒宣传进校园活动120场，对350名社区戒毒社区康复人员落实帮扶，执行率95%以上，复吸率控制在10%以内。',
  budget: budget(300, 280, 274.4, 98, 9.8), total_score: 99.8, indicators }, fields);
/** 110 of 120 场: 20 × 110/120 = 18.33; total 98.13. */
const DRUG_SHORT = { actual: '110', score: 18.33 };
/** 复吸率 11.5% against ≤10%: (1 − 1.5/10) × 15 = 12.75; total 97.55. */
const DRUG_RELAPSE = { actual: '11.5', score: 12.75 };

/** 无偿献血: 600 of 600 (10), total 100. */
const BLOOD = [
  e(O, NUM, '采集全血', '>=', '52000', '单位', 20, '53200', 20),
  e(O, NUM, '组织团体献血活动', '>=', '180', '场次', 10, '186', 10),
  e(O, QUA, '血液检测合格率', '>=', '98', '%', 15, '98.9', 15),
  e(O, TIM, '急诊用血送达时限', '<=', '60', '分钟', 10, '45', 10),
  e(B, SOC, '临床用血来自无偿献血比例', '=', '100', '%', 15, '100', 15),
  e(S, SAT, '献血者满意度', '>=', '95', '%', 20, '97.3', 20),
];
const BLOOD_GOAL = '全年采集全血52000单位，组织团体献血活动180场次，血液检测合格率98%以上，急诊用血60分钟内送达，临床用血100%来自无偿献血。';
const blood = (indicators = BLOOD, fields: Record<string, unknown> = {}) => sheet({
  project_name: '无偿献血采供血保障', goal: BLOOD_GOAL,
  goal_outcome: '全年采集全血53200单位，组织团体献血186场次，血液检测合格率98.9%，急诊用血平均45分钟送达。',
  budget: budget(620, 600, 600, 100, 10), total_score: 100, indicators }, fields);
/** 急诊用血 75 分钟 against ≤60: (1 − 15/60) × 10 = 7.5; total 97.5. */
const BLOOD_LATE = { actual: '75', score: 7.5 };

/** 农机购置补贴: 1392 of 1450 (96%, 9.6), total 99.6. */
const FARM = [
  e(O, NUM, '补贴各类农机具', '>=', '2600', '台', 20, '2712', 20),
  e(O, NUM, '受益农户和农业经营主体', '>=', '1900', '户', 10, '1985', 10),
  e(O, QUA, '补贴机具现场核验率', '=', '100', '%', 15, '100', 15),
  e(O, TIM, '补贴资金兑付时限', '<=', '30', '日', 10, '26', 10),
  e(B, ECN, '主要农作物耕种收综合机械化率', '>=', '58', '%', 15, '59.2', 15),
  e(S, SAT, '购机农户满意度', '>=', '92', '%', 20, '95.6', 20),
];
const FARM_GOAL = '全年补贴各类农机具2600台，惠及农户和农业经营主体1900户，补贴机具现场核验率100%，资金30日内兑付，主要农作物耕种收综合机械化率达到58%。';
const farm = (indicators = FARM, fields: Record<string, unknown> = {}) => sheet({
  project_name: '农机购置与应用补贴', goal: FARM_GOAL,
  goal_outcome: '补贴农机具2712台，受益农户和农业经营主体1985户，现场核验率100%，平均26日兑付到位，综合机械化率59.2%。',
  budget: budget(1500, 1450, 1392, 96, 9.6), total_score: 99.6, indicators }, fields);
/** 1850 of 1900 户: 10 × 1850/1900 = 9.74; total 99.34. */
const FARM_SHORT = { actual: '1850', score: 9.74 };

export const SET26_A_CASES: FormCase[] = [
  { id: 'S26-A01', sector: '禁毒（无缺陷）', form: drug(), expect: [], scoring: { total: 99.8, grade: '优' } },
  {
    id: 'S26-A02', sector: '禁毒（完成情况写136场而完成值126场）', form: drug(DRUG, { goal_outcome: DRUG_OUTCOME.replace('126场', '136场') }),
    expect: [F('goal_vs_indicators', null, 'goal_outcome')], scoring: { total: 99.8, grade: '优' },
  },
  {
    id: 'S26-A03', sector: '禁毒（完成情况含其中48场、5.2万人次等细分，安静）', expect: [], scoring: { total: 99.8, grade: '优' },
    form: drug(DRUG, { goal_outcome: '全年开展禁毒宣传进校园活动126场（其中农村学校48场），覆盖师生5.2万人次；帮扶社区戒毒社区康复人员352人，较上年增长6.3%。' }),
  },
  {
    id: 'S26-A04', sector: '禁毒（110场扣分无偏差原因）', expect: [F('self_evaluation', 0, 'reason')], scoring: { total: 98.13, grade: '优' },
    form: drug(patch(DRUG, { 0: DRUG_SHORT }), { total_score: 98.13, goal_outcome: DRUG_OUTCOME.replace('126场', '110场') }),
  },
  {
    id: 'S26-A05', sector: '禁毒（110场扣分有原因含10场）', expect: [], scoring: { total: 98.13, grade: '优' },
    form: drug(patch(DRUG, { 0: { ...DRUG_SHORT, reason: '受汛期停课影响，10场活动顺延至次年春季开学后开展' } }),
      { total_score: 98.13, goal_outcome: DRUG_OUTCOME.replace('126场', '110场') }),
  },
  {
    id: 'S26-A06', sector: '禁毒（偏差原因写复吸人员姓名身份证号）', expect: [F('private_data', 4, 'reason')], scoring: { total: 97.55, grade: '优' },
    form: drug(patch(DRUG, { 4: { ...DRUG_RELAPSE, reason: '社区康复人员张志强（身份证号500103198807124418）等3人复吸，已送强制隔离戒毒' } }),
      { total_score: 97.55, goal_outcome: DRUG_OUTCOME.replace('8.2%', '11.5%') }),
  },
  {
    id: 'S26-A07', sector: '禁毒（偏差原因写张某、李某，安静）', expect: [], scoring: { total: 97.55, grade: '优' },
    form: drug(patch(DRUG, { 4: { ...DRUG_RELAPSE, reason: '3名社区康复人员（张某、李某等）复吸，已依法送强制隔离戒毒' } }),
      { total_score: 97.55, goal_outcome: DRUG_OUTCOME.replace('8.2%', '11.5%') }),
  },
  {
    id: 'S26-A08', sector: '禁毒（存在问题写举报群众姓名手机）', expect: [F('private_data', null, 'problems')], scoring: { total: 99.8, grade: '优' },
    form: drug(DRUG, { problems: '群众举报线索核查不够及时，如群众刘秀英（电话13983456721）反映的小区涉毒线索核查用时较长。' }),
  },
  {
    id: 'S26-A09', sector: '禁毒（改进措施写热线与座机，安静）', expect: [], scoring: { total: 99.8, grade: '优' },
    form: drug(DRUG, { improvements: '畅通12345和禁毒举报热线023-63881234，举报线索7日内核查反馈，2026年再开展进校园活动130场。' }),
  },
  {
    id: 'S26-A10', sector: '禁毒（时限行得12分超分值10）', form: drug(patch(DRUG, { 3: { score: 12 } }), { total_score: 101.8 }),
    expect: [F('self_evaluation', 3, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 99.8, grade: '优' },
  },
  {
    id: 'S26-A11', sector: '禁毒（99.8分评价等级写良好）', form: drug(DRUG, { conclusion: '项目自评得分99.8分，评价等级为良好。' }),
    expect: [F('self_evaluation', null, 'conclusion')], scoring: { total: 99.8, grade: '优' },
  },
  {
    id: 'S26-A12', sector: '禁毒（执行率写成89%）', form: drug(DRUG, { budget: budget(300, 280, 274.4, 89, 9.8) }),
    expect: [F('budget_arithmetic', null, null), F('self_evaluation', null, null, true)], scoring: { total: 99.8, grade: '优' },
  },

  { id: 'S26-B01', sector: '无偿献血（无缺陷）', form: blood(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S26-B02', sector: '无偿献血（完成情况写5.32万单位，安静）', expect: [], scoring: { total: 100, grade: '优' },
    form: blood(BLOOD, { goal_outcome: '全年采集全血5.32万单位，组织团体献血186场次，检测合格率98.9%。' }),
  },
  {
    id: 'S26-B03', sector: '无偿献血（完成情况写50200单位而完成值53200）', expect: [F('goal_vs_indicators', null, 'goal_outcome')],
    form: blood(BLOOD, { goal_outcome: '全年采集全血50200单位，组织团体献血186场次，检测合格率98.9%。' }), scoring: { total: 100, grade: '优' },
  },
  {
    id: 'S26-B04', sector: '无偿献血（偏差原因写患儿姓名病情）', expect: [F('private_data', 3, 'reason')], scoring: { total: 97.5, grade: '优' },
    form: blood(patch(BLOOD, { 3: { ...BLOOD_LATE, reason: '地中海贫血患儿黄梓涵急需Rh阴性血，跨市调配用时较长' } }), { total_score: 97.5 }),
  },
  {
    id: 'S26-B05', sector: '无偿献血（偏差原因写一名患儿，安静）', expect: [], scoring: { total: 97.5, grade: '优' },
    form: blood(patch(BLOOD, { 3: { ...BLOOD_LATE, reason: '一名地中海贫血患儿急需Rh阴性血，跨市调配用时75分钟' } }), { total_score: 97.5 }),
  },
  {
    id: 'S26-B06', sector: '无偿献血（评价结论写负责人姓名手机）', expect: [F('private_data', null, 'conclusion')], scoring: { total: 100, grade: '优' },
    form: blood(BLOOD, { conclusion: `${verdict(100)}采供血工作由中心副主任周立新具体负责，联系手机13608314472。` }),
  },
  {
    id: 'S26-B07', sector: '无偿献血（目标52000单位而指标50000）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 100, grade: '优' },
    form: blood(patch(BLOOD, { 0: { target: '50000' } })),
  },
  {
    // Revised after measuring: a sheet written in whole scores rounds to whole scores (15 for 14.94), as S15-H04 and
    // S22-G09 read it; set 23's A03 (total 99.8) is the flagged form of this defect.
    id: 'S26-B08', sector: '无偿献血（合格率97.6%得15分，整数表按整数取舍）', form: blood(patch(BLOOD, { 2: { actual: '97.6' } })),
    expect: [F('self_evaluation', 2, 'reason', true)],
    scoring: { total: 99.94, grade: '优' },
  },
  {
    id: 'S26-B09', sector: '无偿献血（总分写成98）', form: blood(BLOOD, { total_score: 98 }),
    expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 100, grade: '优' },
  },

  { id: 'S26-C01', sector: '农机购置补贴（无缺陷）', form: farm(), expect: [], scoring: { total: 99.6, grade: '优' } },
  {
    id: 'S26-C02', sector: '农机购置补贴（偏差原因写大户姓名身份证）', expect: [F('private_data', 1, 'reason')], scoring: { total: 99.34, grade: '优' },
    form: farm(patch(FARM, { 1: { ...FARM_SHORT, reason: '种粮大户陈永贵（身份证号：511023197305156613）等50户因资金自筹困难退出申请' } }), { total_score: 99.34 }),
  },
  {
    id: 'S26-C03', sector: '农机购置补贴（偏差原因名单另报，安静）', expect: [], scoring: { total: 99.34, grade: '优' },
    form: farm(patch(FARM, { 1: { ...FARM_SHORT, reason: '50户因资金自筹困难退出申请（名单已报区农业农村委备案）' } }), { total_score: 99.34 }),
  },
  {
    id: 'S26-C04', sector: '农机购置补贴（完成情况含其中、金额、增幅，安静）', expect: [], scoring: { total: 99.6, grade: '优' },
    form: farm(FARM, { goal_outcome: '补贴农机具2712台，其中拖拉机860台、收获机350台，兑付补贴资金1392万元，较上年增长8.5%；受益主体1985户。' }),
  },
  {
    id: 'S26-C05', sector: '农机购置补贴（机械化率56.4%扣分无原因）', expect: [F('self_evaluation', 4, 'reason')], scoring: { total: 99.19, grade: '优' },
    form: farm(patch(FARM, { 4: { actual: '56.4', score: 14.59 } }), { total_score: 99.19, goal_outcome: '补贴农机具2712台，受益主体1985户，综合机械化率56.4%。' }),
  },
  {
    id: 'S26-C06', sector: '农机购置补贴（存在问题写经销商姓名手机）', expect: [F('private_data', null, 'problems')], scoring: { total: 99.6, grade: '优' },
    form: farm(FARM, { problems: '个别经销商违规套补，如农机经销商赵德胜（手机139 8321 6654）虚报购机数量，已追回补贴。' }),
  },
  {
    id: 'S26-C07', sector: '农机购置补贴（存在问题写追回金额，安静）', expect: [], scoring: { total: 99.6, grade: '优' },
    form: farm(FARM, { problems: '个别经销商违规套补，已追回补贴资金12.6万元，3家经销商列入黑名单（名单见附件）。' }),
  },
  {
    id: 'S26-C08', sector: '农机购置补贴（执行率按年初预算写92.8%）', form: farm(FARM, { budget: budget(1500, 1450, 1392, 92.8, 9.6) }),
    expect: [F('budget_arithmetic', null, null)], scoring: { total: 99.6, grade: '优' },
  },
  {
    id: 'S26-C09', sector: '农机购置补贴（目标含培训农机手300人次无指标）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 99.6, grade: '优' },
    form: farm(FARM, { goal: `${FARM_GOAL}培训农机手300人次。` }),
  },
];
