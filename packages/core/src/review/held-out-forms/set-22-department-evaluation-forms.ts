import type { Indicator } from '../../forms/forms-schema';
import { B, C, dse, e, ECO, F, type FormCase, LZ, NUM, O, patch, Q, QUA, s, S, SAT, SOC, SUS, SX, TIM } from './form-case-types';

/**
 * Held-out set 22 (issue 3), 部门整体支出绩效自评表: sheets with targets on both trees, and 财政部-style score sheets
 * (指标分值, 自评得分, 偏差原因及改进措施). Written before reading any code under review/; readings in set-22-cases.ts.
 */

const ME = '管理效率';
const KX = '可持续性';
/** A score-sheet row with its 偏差原因及改进措施 cell (forms.md gives a 部门整体自评 no 问题/改进措施 field of its own). */
const sr = (level1: string, level2: string | null, name: string, weight: number, score: number, reason: string | null = null): Indicator =>
  ({ ...s(level1, level2, name, weight, score), reason });

/** 区教育委员会 整体自评 with targets, 产出 tree, every target met: 100. */
const EDUE = [
  e(O, NUM, '保障义务教育在校学生', '>=', '5.2', '万人', 15, '5.26', 15), e(O, NUM, '新建改扩建中小学校', '>=', '6', '所', 10, '6', 10),
  e(O, QUA, '教师培训合格率', '>=', '95', '%', 10, '97.3%', 10), e(O, TIM, '学生资助资金发放及时率', '=', '100', '%', 10, '100%', 10),
  e(C, ECO, '三公经费支出增长率', '<=', '0', '%', 10, '-4.1%', 10), e(B, SOC, '义务教育巩固率', '>=', '99', '%', 15, '99.6%', 15),
  e(B, SUS, '教育优质均衡发展', Q, '持续推进', null, 10, '达成', 10), e(S, SAT, '学生家长满意度', '>=', '90', '%', 20, '93.5%', 20),
];
const EDU_GOAL = '保障义务教育在校学生5.2万人，新建改扩建中小学校6所，义务教育巩固率保持在99%以上，学生家长满意度达到90%。';
const edue = (fields: Record<string, unknown> = {}, indicators = EDUE) =>
  dse({ org: '区教育委员会', goal: EDU_GOAL, total_score: 100, indicators, ...fields });
/** 在校学生 5.0 of 5.2万人: 15 × 5.0/5.2 = 14.42. */
const EDU_SHORT = { actual: '5.0', score: 14.42 };

/** 区卫生健康委员会 整体自评 with targets, 履职效能 tree, every target met: 100. */
const HEALTHE = [
  e(LZ, NUM, '家庭医生签约服务人数', '>=', '32', '万人', 15, '32.6', 15), e(LZ, NUM, '开展基本公共卫生服务项目', '>=', '12', '类', 10, '12', 10),
  e(LZ, TIM, '传染病疫情报告及时率', '>=', '98', '%', 10, '99.1%', 10), e(LZ, QUA, '电子健康档案建档率', '>=', '90', '%', 10, '92%', 10),
  e(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10, '97.2%', 10), e(ME, '资产管理', '固定资产账实相符率', '=', '100', '%', 5, '100%', 5),
  e(SX, SOC, '居民健康素养水平', '>=', '32', '%', 10, '33.5%', 10), e(SX, SAT, '群众就医满意度', '>=', '90', '%', 15, '92.4%', 15),
  e(KX, SUS, '分级诊疗制度', Q, '持续完善', null, 15, '达成', 15),
];
const HEALTH_GOAL = '家庭医生签约服务32万人，开展基本公共卫生服务项目12类，传染病疫情报告及时率98%以上，居民健康素养水平达到32%。';
const healthe = (fields: Record<string, unknown> = {}, indicators = HEALTHE) =>
  dse({ org: '区卫生健康委员会', goal: HEALTH_GOAL, total_score: 100, indicators, ...fields });

/** 财政部-style score sheet on the 履职效能 tree, 100 points, rows scoring 95.5. */
const SHEET = [
  sr(LZ, '重点工作履行情况', '年度重点工作完成率', 20, 19, '个别重点工作受施工条件影响延后完成，下年度提前谋划。'),
  sr(LZ, '履职目标实现', '产出数量目标完成率', 15, 15), sr(LZ, '履职目标实现', '产出质量达标率', 10, 10),
  sr(ME, '预算执行', '预算执行率', 10, 9.5, '部分项目年底未完成支付，下年度加快支出进度。'),
  sr(ME, '预算管理', '预算编制准确性', 5, 5), sr(ME, '资产管理', '资产管理规范性', 5, 5),
  sr(SX, '社会效益', '社会效益实现情况', 15, 14, '部分惠民项目效益尚未完全显现。'),
  sr(SX, '服务对象满意度', '服务对象满意度', 10, 9, '满意度调查得分91分，群众对办事效率仍有意见。'),
  sr(KX, '可持续影响', '长效机制建设', 10, 9, '制度建设仍需完善。'),
];
const sheet = (org: string, fields: Record<string, unknown> = {}, indicators = SHEET) =>
  dse({ org, goal: null, total_score: 95.5, indicators, ...fields });
/** The same sheet on 90 with the 预算执行 line outside the rows (rows score 86). */
const SHEET90 = SHEET.filter((_, i) => i !== 3);

/** Score sheet on the 产出 tree, 100 points, rows scoring 96. */
const TSHEET = [
  sr(O, NUM, '年度任务数量完成情况', 20, 20), sr(O, QUA, '工作质量达标情况', 15, 14, '个别村人居环境整治验收整改后通过。'),
  sr(O, TIM, '任务完成及时性', 10, 10), sr(B, SOC, '社会效益', 20, 19, '群众参与度有待提高。'),
  sr(B, SUS, '可持续影响', 15, 15), sr(S, SAT, '服务对象满意度', 20, 18, '满意度调查得分90分。'),
];
const tsheet = (fields: Record<string, unknown> = {}, indicators = TSHEET) =>
  dse({ org: '青木镇人民政府', goal: null, total_score: 96, indicators, ...fields });

const withReason = (rows: readonly Indicator[], i: number, reason: string) => patch(rows, { [i]: { reason } });

export const SET22_DEPARTMENT_SELF_EVALUATION_CASES: FormCase[] = [
  { id: 'S22-G01', sector: '教育整体自评（全部达成）', form: edue(), expect: [], scoring: { total: 100, grade: '优' } },
  { id: 'S22-G02', sector: '教育整体自评（得分12高于分值10）', form: edue({}, patch(EDUE, { 1: { score: 12 } })), expect: [F('self_evaluation', 1, null), F('self_evaluation', null, null, true)] },
  { id: 'S22-G03', sector: '教育整体自评（总分写98，应为100）', form: edue({ total_score: 98 }), expect: [F('self_evaluation', null, null)], scoring: { total: 100, grade: '优' } },
  {
    id: 'S22-G04', sector: '教育整体自评（未完成无原因）', expect: [F('self_evaluation', 0, null)], scoring: { total: 99.42, grade: '优' },
    form: edue({ total_score: 99.42 }, patch(EDUE, { 0: EDU_SHORT })),
  },
  {
    id: 'S22-G05', sector: '教育整体自评（偏差原因写学生姓名）', expect: [F('private_data', 0, 'reason')], scoring: { total: 99.42, grade: '优' },
    form: edue({ total_score: 99.42 }, patch(EDUE, { 0: { ...EDU_SHORT, reason: '学生王梓涵、刘一诺等随父母转学外省，在校人数低于预期。' } })),
  },
  {
    id: 'S22-G06', sector: '教育整体自评（改进措施写教师姓名病休）', expect: [F('private_data', 0, 'reason')], scoring: { total: 99.42, grade: '优' },
    form: edue({ total_score: 99.42 }, patch(EDUE, { 0: { ...EDU_SHORT, reason: '生源外流。改进措施：教师彭晓燕长期病休，由教研室统筹代课。' } })),
  },
  { id: 'S22-G07', sector: '教育整体自评（目标写新增学位3600个无指标）', form: edue({ goal: `${EDU_GOAL}新增公办学位3600个。` }), expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 100, grade: '优' } },
  { id: 'S22-G08', sector: '教育整体自评（目标写六所、五万二千人）', form: edue({ goal: EDU_GOAL.replace('6所', '六所').replace('5.2万人', '五万二千人') }), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S22-G09', sector: '教育整体自评（巩固率98.2%得15分，整数表按整数取舍）', expect: [],
    form: edue({}, patch(EDUE, { 5: { actual: '98.2%', reason: '个别学生辍学。' } })),
  },
  {
    id: 'S22-G10', sector: '教育整体自评（偏差原因写张某、李**）', expect: [], scoring: { total: 99.42, grade: '优' },
    form: edue({ total_score: 99.42 }, patch(EDUE, { 0: { ...EDU_SHORT, reason: '个别学生（张某、李**）随迁外省就读，在校人数低于预期。' } })),
  },
  { id: 'S22-G11', sector: '卫健整体自评（履职效能树，全部达成）', form: healthe(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S22-G12', sector: '卫健整体自评（预算执行82%仍得满分）', expect: [F('self_evaluation', 4, null), F('self_evaluation', null, null, true)],
    form: healthe({}, patch(HEALTHE, { 4: { actual: '82%', reason: '部分基建项目未完工。' } })),
  },
  {
    id: 'S22-G13', sector: '卫健整体自评（预算执行85.5%得9分有原因）', expect: [], scoring: { total: 99, grade: '优' },
    form: healthe({ total_score: 99 }, patch(HEALTHE, { 4: { actual: '85.5%', score: 9, reason: '部分基建项目未完工，下年度加快支付。' } })),
  },
  { id: 'S22-G14', sector: '卫健整体自评（满意度放在管理效率下）', form: healthe({}, patch(HEALTHE, { 7: { level1: ME } })), expect: [F('levels', 7, null)], scoring: { total: 100, grade: '优' } },
  {
    id: 'S22-G15', sector: '卫健整体自评（偏差原因写居民身份证）', expect: [F('private_data', 0, 'reason')], scoring: { total: 99.25, grade: '优' },
    form: healthe({ total_score: 99.25 }, patch(HEALTHE, { 0: { actual: '30.4', score: 14.25, reason: '清理重复签约，如居民黄德明（身份证号500103195803124418）在两家机构重复签约。' } })),
  },
  {
    id: 'S22-G16', sector: '卫健整体自评（权重合计105）', expect: [F('weights', null, null), F('self_evaluation', null, null, true)],
    form: healthe({ total_score: 105 }, patch(HEALTHE, { 0: { weight: 20, score: 20 } })),
  },
  { id: 'S22-G17', sector: '卫健整体自评（目标35万人，指标32）', form: healthe({ goal: HEALTH_GOAL.replace('32万人', '35万人') }), expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 100, grade: '优' } },
  { id: 'S22-G18', sector: '交通整体自评（评分表干净）', form: sheet('区交通运输委员会'), expect: [] },
  { id: 'S22-G19', sector: '交通整体自评（总分写97.5，应为95.5）', form: sheet('区交通运输委员会', { total_score: 97.5 }), expect: [F('self_evaluation', null, null)] },
  {
    id: 'S22-G20', sector: '交通整体自评（得分22高于分值20）', expect: [F('self_evaluation', 0, null), F('self_evaluation', null, null, true)],
    form: sheet('区交通运输委员会', { total_score: 98.5 }, patch(SHEET, { 0: { score: 22 } })),
  },
  { id: 'S22-G21', sector: '交通整体自评（扣分无原因）', form: sheet('区交通运输委员会', {}, patch(SHEET, { 6: { reason: null } })), expect: [F('self_evaluation', 6, null)] },
  {
    id: 'S22-G22', sector: '交通整体自评（问题写驾驶员姓名）', expect: [F('private_data', 6, 'reason')],
    form: sheet('区交通运输委员会', {}, withReason(SHEET, 6, '存在问题：客运驾驶员刘志强拒载投诉未及时处理。改进措施：加强驾驶员管理。')),
  },
  { id: 'S22-G23', sector: '农业整体自评（评分表90分，预算执行另列）', form: sheet('区农业农村委员会', {}, SHEET90), expect: [] },
  { id: 'S22-G24', sector: '农业整体自评（评分表90分，缺预算执行）', form: sheet('区农业农村委员会', { total_score: 86 }, SHEET90), expect: [F('weights', null, null)] },
  {
    id: 'S22-G25', sector: '农业整体自评（偏差原因写护林员姓名住址）', expect: [F('private_data', 8, 'reason')],
    form: sheet('区农业农村委员会', {}, withReason(SHEET, 8, '护林员蒋大勇（家住三合村2组15号）年老体弱，巡护制度落实不到位。')),
  },
  { id: 'S22-G26', sector: '民政整体自评（满意度放在管理效率下）', form: sheet('区民政局', {}, patch(SHEET, { 7: { level1: ME } })), expect: [F('levels', 7, null)] },
  {
    id: 'S22-G27', sector: '民政整体自评（问题写低保户手机）', expect: [F('private_data', 6, 'reason')],
    form: sheet('区民政局', {}, withReason(SHEET, 6, '低保户韦德芬（手机15923456781）长期外出，动态核查未完成；改进措施：每季度入户核查。')),
  },
  {
    id: 'S22-G28', sector: '民政整体自评（评分表有目标文字不比对）', expect: [],
    form: sheet('区民政局', { goal: '发放高龄津贴2.8万人，新建社区养老服务综合体4个，完成适老化改造500户。' }),
  },
  {
    id: 'S22-G29', sector: '机关事务整体自评（陈家桥、12345、文号）', expect: [],
    form: sheet('区机关事务管理局', {}, withReason(SHEET, 8, '依据渝机管发〔2025〕6号完善节能制度，在陈家桥片区试点12345诉求转办。')),
  },
  { id: 'S22-G30', sector: '乡镇整体自评（产出树评分表干净）', form: tsheet(), expect: [] },
  {
    id: 'S22-G31', sector: '乡镇整体自评（问题写环卫工人姓名）', expect: [F('private_data', 1, 'reason')],
    form: tsheet({}, withReason(TSHEET, 1, '环卫工人谢春花等3人工资发放滞后，影响收运质量。')),
  },
  { id: 'S22-G32', sector: '乡镇整体自评（数量放在满意度下）', form: tsheet({}, patch(TSHEET, { 0: { level1: S } })), expect: [F('levels', 0, null)] },
  { id: 'S22-G33', sector: '乡镇整体自评（总分写97，应为96）', form: tsheet({ total_score: 97 }), expect: [F('self_evaluation', null, null)] },
  { id: 'S22-G34', sector: '街道整体自评（评分表干净）', form: sheet('石桥街道办事处'), expect: [] },
  {
    id: 'S22-G35', sector: '街道整体自评（改进措施写村支书姓名电话）', expect: [F('private_data', 6, 'reason')],
    form: sheet('石桥街道办事处', {}, withReason(SHEET, 6, '改进措施：由社区书记黄德明（13708312456）牵头成立居民议事会。')),
  },
  {
    id: 'S22-G36', sector: '街道整体自评（78岁老人姓名）', expect: [F('private_data', 6, 'reason')],
    form: sheet('石桥街道办事处', {}, withReason(SHEET, 6, '78岁独居老人邓桂芳家中燃气泄漏未及时发现，暴露出入户巡查不足。')),
  },
];
