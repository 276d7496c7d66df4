import { dse, e, F, type FormCase, KC, LZ, NUM, patch, Q, QUA, s, SAT, SOC, SUS, SX, TIM } from './form-case-types';

/**
 * Held-out set 36F (session 17), 部门整体支出绩效自评表: 区水利局 with its targets on the 2021 tree (履职效能 / 管理效率 / 社会效应 /
 * 可持续发展), 100 points, 部门预算执行率 10 under 管理效率, and a 扣分项 line below the 100 where the sheet prints one. Written
 * before reading any code under review/ or scoring/; readings and measurements in set-36-cases.ts.
 */
const ME = '管理效率';

/** Every target met: 100. */
const DEPT = [
  e(LZ, NUM, '河道巡查里程', '>=', '1200', '公里', 15, '1260', 15),
  e(LZ, NUM, '小型水库除险加固', '>=', '6', '座', 10, '6', 10),
  e(LZ, QUA, '水利工程质量合格率', '>=', '98', '%', 10, '99.2', 10),
  e(LZ, TIM, '水毁工程修复完成时限', '<=', '60', '天', 10, '52', 10),
  e(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10, '97.6%', 10),
  e(SX, SOC, '城乡供水保障人口', '>=', '45', '万人', 15, '46.2', 15),
  e(SX, SAT, '群众对水利工作满意度', '>=', '90', '%', 15, '92.4%', 15),
  e(KC, SUS, '河长制长效管护机制', Q, '持续健全', null, 15, '达成', 15),
];
const GOAL = '全年巡查河道1200公里，完成6座小型水库除险加固，水利工程质量合格率98%以上，保障城乡供水人口45万人。';
const dept = (indicators = DEPT, fields: Record<string, unknown> = {}) =>
  dse({ org: '区水利局', goal: GOAL, total_score: 100, indicators, ...fields });
const EXPLAIN = { overAchievement: 'explain' } as const;
/** 1140 of 1200 公里: 15 × 1140/1200 = 14.25; total 99.25. */
const SHORT = { actual: '1140', score: 14.25 };
const SHORT_REASON = '汛期部分河段封闭，巡查里程减少';
/** 1600 of 1200 公里 is 133%: past the 1.3 threshold. */
const OVER = { actual: '1600' };
/** A 扣分项 line: up to 5 points off the 100 for breaches of financial discipline. */
const deduction = (score: number) => s('扣分项', '扣分项', '违反财经纪律扣分', -5, score);

export const SET36_DEPARTMENT_CASES: FormCase[] = [
  { id: 'S36-D01', sector: '水利局整体自评（干净）', form: dept(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S36-D02', sector: '水利局整体自评（巡查1140公里扣分有原因）', expect: [], scoring: { total: 99.25, grade: '优' },
    form: dept(patch(DEPT, { 0: { ...SHORT, reason: SHORT_REASON } }), { total_score: 99.25 }),
  },
  {
    id: 'S36-D03', sector: '水利局整体自评（巡查1140公里扣分无原因）', expect: [F('self_evaluation', 0, 'reason')], scoring: { total: 99.25, grade: '优' },
    form: dept(patch(DEPT, { 0: SHORT }), { total_score: 99.25 }),
  },
  {
    id: 'S36-D04', sector: '水利局整体自评（巡查1140公里扣分，原因写「无」）', expect: [F('self_evaluation', 0, 'reason')], scoring: { total: 99.25, grade: '优' },
    form: dept(patch(DEPT, { 0: { ...SHORT, reason: '无' } }), { total_score: 99.25 }),
  },
  {
    id: 'S36-D05', sector: '水利局整体自评（预算执行率93%得9.79有原因）', expect: [], scoring: { total: 99.79, grade: '优' },
    form: dept(patch(DEPT, { 4: { actual: '93%', score: 9.79, reason: '两个水库除险加固项目结算审计未完成，尾款未支付' } }), { total_score: 99.79 }),
  },
  {
    id: 'S36-D06', sector: '水利局整体自评（总分写99）', expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 100, grade: '优' },
    form: dept(DEPT, { total_score: 99 }),
  },
  {
    id: 'S36-D07', sector: '水利局整体自评（扣分项扣2分，总分98）', expect: [], scoring: { total: 98, grade: '优' },
    form: dept([...DEPT, deduction(-2)], { total_score: 98 }),
  },
  {
    id: 'S36-D08', sector: '水利局整体自评（扣分项扣6分超过上限5分）', expect: [F('self_evaluation', 8, 'score'), F('self_evaluation', null, 'total_score', true)],
    scoring: { total: 95, grade: '优' }, form: dept([...DEPT, deduction(-6)], { total_score: 94 }),
  },
  {
    id: 'S36-D09', sector: '水利局整体自评（定性部分达成10.5分有原因）', expect: [], scoring: { total: 95.5, grade: '优' },
    form: dept(patch(DEPT, { 7: { actual: '部分达成', score: 10.5, reason: '部分村级河长履职考核尚未常态化' } }), { total_score: 95.5 }),
  },
  {
    id: 'S36-D10', sector: '水利局整体自评（定性未达成给12分，出档）', expect: [F('self_evaluation', 7, 'score'), F('self_evaluation', 7, 'reason', true)], scoring: null,
    form: dept(patch(DEPT, { 7: { actual: '未达成', score: 12 } }), { total_score: 97 }),
  },
  {
    id: 'S36-D11', sector: '水利局整体自评（explain：巡查1600公里超133%无原因）', policy: EXPLAIN, expect: [F('self_evaluation', 0, 'reason')],
    scoring: { total: 100, grade: '优' }, form: dept(patch(DEPT, { 0: OVER })),
  },
  {
    id: 'S36-D12', sector: '水利局整体自评（explain：巡查1600公里超额有原因）', policy: EXPLAIN, expect: [], scoring: { total: 100, grade: '优' },
    form: dept(patch(DEPT, { 0: { ...OVER, reason: '汛期加密巡查频次' } })),
  },
  {
    id: 'S36-D13', sector: '水利局整体自评（修复恰为60天、合格率写100%）', expect: [], scoring: { total: 100, grade: '优' },
    form: dept(patch(DEPT, { 2: { actual: '100%' }, 3: { actual: '60天' } })),
  },
  {
    id: 'S36-D14', sector: '水利局整体自评（供水人口42万未达45万仍给满分）', scoring: { total: 99, grade: '优' },
    expect: [F('self_evaluation', 5, 'score'), F('self_evaluation', 5, 'reason', true), F('self_evaluation', null, 'total_score', true)],
    form: dept(patch(DEPT, { 5: { actual: '42' } })),
  },
  {
    id: 'S36-D15', sector: '水利局整体自评（达标各行写「无」，巡查扣分有原因）', expect: [], scoring: { total: 99.25, grade: '优' },
    form: dept(patch(DEPT.map((row) => ({ ...row, reason: '无' })), { 0: { ...SHORT, reason: SHORT_REASON } }), { total_score: 99.25 }),
  },
  {
    id: 'S36-D16', sector: '水利局整体自评（扣分项分值写5、扣分写2，总分98）', expect: [], scoring: { total: 98, grade: '优' },
    form: dept([...DEPT, s('扣分项', '扣分项', '违反财经纪律扣分', 5, 2)], { total_score: 98 }),
  },
];
