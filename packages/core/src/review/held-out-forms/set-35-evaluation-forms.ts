import { B, dse, e, F, type FormCase, KC, LZ, NUM, O, patch, Q, QUA, S, SAT, SOC, SUS, SX, TIM } from './form-case-types';
import { budget, sheet } from './set-23-evaluation-forms-a';

/**
 * Held-out set 35F (session 16), self-evaluations at year end: 职业技能培训 (区人力社保局, 项目支出绩效自评表: budget block, 6 rows
 * on 90, 全年实际完成情况, 评价结论) and 区文化和旅游委员会's 部门整体支出绩效自评表 (2021 tree with targets, 100 points). Written
 * before reading any code under review/ or scoring/; readings in set-35-cases.ts.
 */

/** 568.4 of 580 adjusted (98%, 9.8), total 99.8. The goal states 12000人次 for the row's 1.2万人次. */
const SKILL = [
  e(O, NUM, '开展职业技能培训', '>=', '1.2', '万人次', 20, '1.26', 20),
  e(O, NUM, '培训补贴发放', '>=', '8000', '人', 10, '8150', 10),
  e(O, QUA, '培训合格率', '>=', '90', '%', 15, '92.5', 15),
  e(O, TIM, '补贴资金发放时限', '<=', '30', '个工作日', 10, '28', 10),
  e(B, SOC, '培训后就业率', '>=', '70', '%', 15, '73.4', 15),
  e(S, SAT, '参训人员满意度', '>=', '90', '%', 20, '94.6', 20),
];
const SKILL_GOAL = '开展职业技能培训12000人次，向8000人发放培训补贴，培训合格率90%以上，补贴资金30个工作日内发放，培训后就业率达到70%。';
const SKILL_OUTCOME = '全年开展职业技能培训1.26万人次，向8150人发放培训补贴，培训合格率92.5%，培训后就业率73.4%。';
const skill = (indicators = SKILL, fields: Record<string, unknown> = {}) => sheet({
  org: '区人力资源和社会保障局', project_name: '职业技能提升培训', goal: SKILL_GOAL, goal_outcome: SKILL_OUTCOME,
  budget: budget(600, 580, 568.4, 98, 9.8), total_score: 99.8, indicators,
  problems: '部分培训工种与企业用工需求衔接不够紧密。', improvements: '根据企业用工需求调整培训工种目录。' }, fields);
/** 7600 of 8000 人: 10 × 7600/8000 = 9.5; total 99.3. */
const SKILL_SHORT = { actual: '7600', score: 9.5 };
const SKILL_SHORT_OUTCOME = SKILL_OUTCOME.replace('8150人', '7600人');

/** 区文化和旅游委员会, every target met: 100. The goal states 800000人次 for the row's 80万人次. */
const CULT = [
  e(LZ, NUM, '送文化下乡演出', '>=', '200', '场', 15, '212', 15),
  e(LZ, NUM, '公共图书馆接待读者', '>=', '80', '万人次', 10, '86.5', 10),
  e(LZ, QUA, 'A级旅游景区安全检查覆盖率', '=', '100', '%', 10, '100%', 10),
  e(LZ, TIM, '文旅项目补助资金拨付时限', '<=', '15', '个工作日', 10, '12', 10),
  e('管理效率', '预算执行', '部门预算执行率', '>=', '95', '%', 10, '97.2%', 10),
  e(SX, SOC, '接待游客', '>=', '1500', '万人次', 15, '1620', 15),
  e(SX, SAT, '群众文化活动满意度', '>=', '90', '%', 15, '93.5%', 15),
  e(KC, SUS, '公共文化服务体系', Q, '持续完善', null, 15, '达成', 15),
];
const CULT_GOAL = '全年送文化下乡演出200场，公共图书馆接待读者800000人次，A级旅游景区安全检查全覆盖，接待游客1500万人次。';
const cult = (indicators = CULT, fields: Record<string, unknown> = {}) =>
  dse({ org: '区文化和旅游委员会', goal: CULT_GOAL, total_score: 100, indicators, ...fields });
/** 76 of 80 万人次: 10 × 76/80 = 9.5; total 99.5. */
const CULT_SHORT = { actual: '76', score: 9.5 };

export const SET35_EVALUATION_CASES: FormCase[] = [
  { id: 'S35-E01', sector: '职业技能培训自评（干净，目标12000人次对1.2万人次）', form: skill(), expect: [], scoring: { total: 99.8, grade: '优' } },
  {
    id: 'S35-E02', sector: '职业技能培训自评（目标1.5万人次，指标1.2万人次）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 99.8, grade: '优' },
    form: skill(SKILL, { goal: SKILL_GOAL.replace('12000人次', '1.5万人次') }),
  },
  {
    id: 'S35-E03', sector: '职业技能培训自评（偏差原因写学员姓名）', expect: [F('private_data', 1, 'reason')], scoring: { total: 99.3, grade: '优' },
    form: skill(patch(SKILL, { 1: { ...SKILL_SHORT, reason: '学员陈志刚、刘芳等因病中途退训，未能领取补贴' } }), { total_score: 99.3, goal_outcome: SKILL_SHORT_OUTCOME }),
  },
  {
    id: 'S35-E04', sector: '职业技能培训自评（存在问题写第一批机构、人社部令，安静）', expect: [], scoring: { total: 99.8, grade: '优' },
    form: skill(SKILL, {
      problems: '第一批定点培训机构中有2家未按期开班，已按《职业技能培训补贴管理办法》（人社部令第45号）约谈。',
      improvements: '2026年第一季度前完成定点机构动态调整，12333热线受理学员咨询。',
    }),
  },
  {
    id: 'S35-E05', sector: '职业技能培训自评（完成情况写1.36万人次，完成值1.26）', expect: [F('goal_vs_indicators', null, 'goal_outcome')], scoring: { total: 99.8, grade: '优' },
    form: skill(SKILL, { goal_outcome: SKILL_OUTCOME.replace('1.26万人次', '1.36万人次') }),
  },
  {
    id: 'S35-E06', sector: '职业技能培训自评（存在问题写冒领人身份证号）', expect: [F('private_data', null, 'problems')], scoring: { total: 99.8, grade: '优' },
    form: skill(SKILL, { problems: '发现学员王某（身份证号500108199003152418）冒领补贴1笔，已追回。' }),
  },
  { id: 'S35-D01', sector: '文旅委整体自评（干净，目标800000人次对80万人次）', form: cult(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S35-D02', sector: '文旅委整体自评（目标写王家坝、张家湾村社和张家港市，安静）', expect: [], scoring: { total: 100, grade: '优' },
    form: cult(CULT, { goal: CULT_GOAL.replace('演出200场', '演出200场（含王家坝、张家湾等偏远村社）').replace('。', '，与张家港市图书馆开展馆际互借。') }),
  },
  {
    id: 'S35-D03', sector: '文旅委整体自评（目标1800万人次，指标1500万人次）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 100, grade: '优' },
    form: cult(CULT, { goal: CULT_GOAL.replace('1500万人次', '1800万人次') }),
  },
  {
    id: 'S35-D04', sector: '文旅委整体自评（无满意度指标）', expect: [F('coverage', null, null)], scoring: { total: 100, grade: '优' },
    form: cult(patch(CULT, { 6: { level2: SOC, name: '文化惠民活动参与群众', target: '50', unit: '万人次', actual: '56' } })),
  },
  {
    id: 'S35-D05', sector: '文旅委整体自评（偏差原因写投诉人手机）', expect: [F('private_data', 1, 'reason')], scoring: { total: 99.5, grade: '优' },
    form: cult(patch(CULT, { 1: { ...CULT_SHORT, reason: '因读者投诉（投诉人手机13698765432）闭馆整改10天，接待量减少' } }), { total_score: 99.5 }),
  },
  {
    id: 'S35-D06', sector: '文旅委整体自评（偏差原因写李某等3名读者，安静）', expect: [], scoring: { total: 99.5, grade: '优' },
    form: cult(patch(CULT, { 1: { ...CULT_SHORT, reason: '李某等3名读者投诉后闭馆整改10天，接待量减少' } }), { total_score: 99.5 }),
  },
  {
    id: 'S35-D07', sector: '文旅委整体自评（接待游客/接待游客人次两行重复）', expect: [F('names', 5, null), F('level_vs_name', 5, null, true)], scoring: { total: 100, grade: '优' },
    form: cult(patch(CULT, { 1: { name: '接待游客人次', target: '1500', actual: '1620' } }), { goal: '全年送文化下乡演出200场，A级旅游景区安全检查全覆盖，接待游客1500万人次。' }),
  },
];
