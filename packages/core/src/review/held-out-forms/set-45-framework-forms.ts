import { B, C, dse, e, ECN, ECO, F, type FormCase, NUM, O, patch, Q, QUA, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 45F (session 20), 部门整体支出绩效自评表 on the project-framework layout (产出 / 效益 / 满意度 with 年度指标值,
 * 实际完成值, 分值, 得分, 偏差原因): 区国资中心 and 区接待办, 2025, filed 2026. Written before reading any check code;
 * readings and measurements in set-45-cases.ts.
 */

/** 区国资中心, every target met: 100. */
const SOE = [
  e(O, NUM, '监管企业年度审计覆盖户数', '>=', '18', '户', 15, '18', 15),
  e(O, NUM, '国有资产清查核实面积', '>=', '12', '万平方米', 10, '12.6', 10),
  e(O, QUA, '国有资本收益上缴完成率', '=', '100', '%', 10, '100%', 10),
  e(O, TIM, '年度财务决算报送及时率', '=', '100', '%', 10, '100%', 10),
  e(C, ECO, '“三公”经费支出增长率', '<=', '0', '%', 5, '-3.2%', 5),
  e(B, ECN, '国有资本保值增值率', '>=', '100', '%', 15, '103.5%', 15),
  e(B, SUS, '国资监管制度体系', Q, '持续完善', null, 15, '达成', 15),
  e(S, SAT, '监管企业满意度', '>=', '90', '%', 20, '93%', 20),
];
const SOE_GOAL = '完成18户监管企业年度审计，清查核实国有资产12万平方米，国有资本保值增值率达到100%以上，监管企业满意度90%以上。';
const soe = (indicators = SOE, fields: Record<string, unknown> = {}) =>
  dse({ org: '区国资中心', goal: SOE_GOAL, total_score: 100, indicators, ...fields });
/** 16 of 18 户: 15 × 16/18 = 13.33; total 98.33. */
const SHORT = { actual: '16', score: 13.33 };
const SHORT_REASON = '2户企业破产清算，审计程序中止';

/** 区接待办, every target met except where a case says: 100. */
const RECEPTION = [
  e(O, NUM, '完成公务接待批次', '>=', '320', '批次', 15, '336', 15),
  e(O, QUA, '公务接待审批单完备率', '=', '100', '%', 15, '100%', 15),
  e(O, TIM, '接待费用结算及时率', '>=', '98', '%', 10, '99%', 10),
  e(C, ECO, '人均接待费用', '<=', '120', '元', 10, '112', 10),
  e(B, SOC, '公务接待违规问题', '=', '0', '起', 20, '0', 20),
  e(B, SUS, '公务接待管理制度', Q, '持续健全', null, 10, '达成', 10),
  e(S, SAT, '来宾满意度', '>=', '95', '%', 20, '96.4%', 20),
];
const RECEPTION_GOAL = '全年完成公务接待320批次以上，人均接待费用控制在120元以内，公务接待违规问题为0，来宾满意度95%以上。';
const reception = (indicators = RECEPTION, fields: Record<string, unknown> = {}) =>
  dse({ org: '区接待办', goal: RECEPTION_GOAL, total_score: 100, indicators, ...fields });

export const SET45_FRAMEWORK_CASES: FormCase[] = [
  { id: 'S45-G01', sector: '国资中心整体自评（干净）', form: soe(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S45-G02', sector: '国资中心整体自评（审计16户扣分有原因）', expect: [], scoring: { total: 98.33, grade: '优' },
    form: soe(patch(SOE, { 0: { ...SHORT, reason: SHORT_REASON } }), { total_score: 98.33 }),
  },
  {
    id: 'S45-G03', sector: '国资中心整体自评（审计16户扣分无原因）', expect: [F('self_evaluation', 0, 'reason')], scoring: { total: 98.33, grade: '优' },
    form: soe(patch(SOE, { 0: SHORT }), { total_score: 98.33 }),
  },
  {
    id: 'S45-G04', sector: '国资中心整体自评（清查面积得12分超过分值10）', expect: [F('self_evaluation', 1, 'score'), F('self_evaluation', null, 'total_score', true)],
    scoring: { total: 100, grade: '优' }, form: soe(patch(SOE, { 1: { score: 12 } }), { total_score: 102 }),
  },
  {
    id: 'S45-G05', sector: '国资中心整体自评（审计16户手工取13.3分）', expect: [], scoring: { total: 98.33, grade: '优' },
    form: soe(patch(SOE, { 0: { ...SHORT, score: 13.3, reason: SHORT_REASON } }), { total_score: 98.3 }),
  },
  { id: 'S45-G06', sector: '国资中心整体自评（总分写99，应为100）', form: soe(SOE, { total_score: 99 }), expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 100, grade: '优' } },
  {
    id: 'S45-G07', sector: '国资中心整体自评（目标写处置闲置资产8处无指标）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 100, grade: '优' },
    form: soe(SOE, { goal: `${SOE_GOAL.slice(0, -1)}，处置低效闲置资产8处。` }),
  },
  {
    id: 'S45-G08', sector: '国资中心整体自评（目标写行动年份）', expect: [], scoring: { total: 100, grade: '优' },
    form: soe(SOE, { goal: `落实国有企业改革深化提升行动（2023—2025年），${SOE_GOAL}` }),
  },
  {
    id: 'S45-G09', sector: '国资中心整体自评（无满意度指标）', expect: [F('coverage', null, null)], scoring: { total: 100, grade: '优' },
    form: soe(patch(SOE, { 7: { level1: B, level2: SOC, name: '监管企业重大安全生产事故', comparator: '=', target: '0', unit: '起', actual: '0' } }), { goal: SOE_GOAL.replace('，监管企业满意度90%以上', '') }),
  },
  {
    id: 'S45-G10', sector: '国资中心整体自评（满意度分值写15，合计95）', expect: [F('weights', null, 'weight'), F('self_evaluation', null, 'total_score', true)],
    form: soe(patch(SOE, { 7: { weight: 15, score: 15 } }), { total_score: 95 }),
  },
  {
    id: 'S45-G11', sector: '国资中心整体自评（偏差原因写身份证号）', expect: [F('private_data', 0, 'reason')], scoring: { total: 98.33, grade: '优' },
    form: soe(patch(SOE, { 0: { ...SHORT, reason: '企业负责人周建华（身份证500103197812045617）失联，审计无法开展' } }), { total_score: 98.33 }),
  },
  {
    id: 'S45-G12', sector: '国资中心整体自评（审计户数指标重复）', expect: [F('names', 1, null), F('goal_vs_indicators', null, 'goal', true)], scoring: { total: 100, grade: '优' },
    form: soe(patch(SOE, { 1: { name: '监管企业年度审计覆盖户数', unit: '户', target: '18', actual: '18' } })),
  },
  {
    id: 'S45-G13', sector: '国资中心整体自评（满分行偏差原因写「无」）', expect: [], scoring: { total: 100, grade: '优' },
    form: soe(SOE.map((row) => ({ ...row, reason: '无' }))),
  },
  {
    id: 'S45-G14', sector: '国资中心整体自评（清查面积超额33%无说明）', expect: [F('goal_vs_indicators', null, 'goal_outcome', true)], scoring: { total: 100, grade: '优' },
    form: soe(patch(SOE, { 1: { actual: '16' } })),
  },
  {
    id: 'S45-G15', sector: '国资中心整体自评（部分达成给满分15）', expect: [F('self_evaluation', 6, 'score')], scoring: null,
    form: soe(patch(SOE, { 6: { actual: '部分达成', reason: '国资监管信息系统二期未上线' } })),
  },
  {
    id: 'S45-G16', sector: '国资中心整体自评（审计16户得14.5分，应为13.33）', expect: [F('self_evaluation', 0, 'score')], scoring: { total: 98.33, grade: '优' },
    form: soe(patch(SOE, { 0: { ...SHORT, score: 14.5, reason: SHORT_REASON } }), { total_score: 99.5 }),
  },
  { id: 'S45-G17', sector: '接待办整体自评（干净）', form: reception(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S45-G18', sector: '接待办整体自评（接待300批次扣分有原因）', expect: [], scoring: { total: 99.06, grade: '优' },
    form: reception(patch(RECEPTION, { 0: { actual: '300', score: 14.06, reason: '上级来区调研批次减少' } }), { total_score: 99.06 }),
  },
  {
    id: 'S45-G19', sector: '接待办整体自评（人均费用126元扣分有原因）', expect: [], scoring: { total: 99.5, grade: '优' },
    form: reception(patch(RECEPTION, { 3: { actual: '126', score: 9.5, reason: '会议接待住宿价格上调' } }), { total_score: 99.5 }),
  },
  {
    id: 'S45-G20', sector: '接待办整体自评（制度部分达成得7分有原因）', expect: [], scoring: { total: 97, grade: '优' },
    form: reception(patch(RECEPTION, { 5: { actual: '部分达成', score: 7, reason: '接待标准实施细则尚在修订' } }), { total_score: 97 }),
  },
  {
    id: 'S45-G21', sector: '接待办整体自评（违规1起仍给满分）', expect: [F('self_evaluation', 4, 'score'), F('self_evaluation', 4, 'reason', true), F('self_evaluation', null, 'total_score', true), F('goal_vs_indicators', null, 'goal_outcome', true)],
    scoring: { total: 80, grade: '良' }, form: reception(patch(RECEPTION, { 4: { actual: '1' } })),
  },
];
