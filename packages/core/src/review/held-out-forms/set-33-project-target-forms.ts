import { B, C, ECO, F, type FormCase, NUM, O, patch, plan, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 33F (session 14), 项目支出绩效目标表 as submitted for review: 老旧燃气管网改造 (区城市管理局) on the 2021 tree,
 * 90 points, budget by 财政资金/其他资金 and 区级支出/补助街镇, 分月支出计划. Written before reading any code under review/;
 * readings in set-33-cases.ts.
 */

/** 8 rows on 90; 600 = 财政 560 + 其他 40 = 区级 450 + 补助街镇 150; 45 km × 12 万元 = 540. */
const GAS = [
  r(O, NUM, '老旧燃气管网改造', '>=', '45', '公里', 15), r(O, NUM, '燃气用户安全检查', '>=', '2', '万户', 10),
  r(O, QUA, '燃气用户安全检查覆盖率', '=', '100', '%', 10), r(O, TIM, '管网改造完工时间', Q, '2025年11月底前', null, 5),
  r(C, ECO, '每公里管网改造成本', '<=', '12', '万元/公里', 10), r(B, SOC, '燃气安全事故', '=', '0', '起', 15),
  r(B, SUS, '管网设计使用年限', '>=', '30', '年', 10), r(S, SAT, '燃气用户满意度', '>=', '90', '%', 15),
];
const GAS_GOAL = '改造老旧燃气管网45公里，完成燃气用户安全检查2万户，燃气用户安全检查覆盖率达到100%。';
const gas = (fields: Record<string, unknown> = {}, indicators = GAS) => pt({
  org: '区城市管理局', project_name: '老旧燃气管网改造', budget_total_wan: 600, budget_fiscal_wan: 560, budget_other_wan: 40,
  budget_district_wan: 450, budget_subsidy_towns_wan: 150, spending_plan: plan(15, 40, 75, 100),
  overview: '对全区使用年限超过20年的老旧燃气管网实施改造，同步开展燃气用户入户安全检查。', goal: GAS_GOAL, indicators, ...fields,
});

export const SET33_PROJECT_TARGET_CASES: FormCase[] = [
  { id: 'S33-A01', sector: '燃气管网改造（干净）', form: gas(), expect: [] },
  { id: 'S33-A02', sector: '燃气管网改造（目标50公里，指标45公里）', form: gas({ goal: GAS_GOAL.replace('45公里', '50公里') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S33-A03', sector: '燃气管网改造（目标含宣传进社区30场无指标）', form: gas({ goal: `${GAS_GOAL}开展燃气安全宣传进社区30场。` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S33-A04', sector: '燃气管网改造（权重合计85）', form: gas({}, patch(GAS, { 6: { weight: 5 } })), expect: [F('weights', null, 'weight')] },
  { id: 'S33-A05', sector: '燃气管网改造（燃气安全事故写≥1起）', form: gas({}, patch(GAS, { 5: { comparator: '>=', target: '1' } })), expect: [F('direction', 5, null)] },
  { id: 'S33-A06', sector: '燃气管网改造（满意度目标85%）', form: gas({}, patch(GAS, { 7: { target: '85' } })), expect: [F('satisfaction', 7, null)] },
  {
    id: 'S33-A07', sector: '燃气管网改造（无满意度指标）', expect: [F('coverage', null, null)],
    form: gas({}, patch(GAS, { 7: { level1: B, level2: SOC, name: '受益居民', target: '2', unit: '万户' } })),
  },
  { id: 'S33-A08', sector: '燃气管网改造（财政560+其他60≠600）', form: gas({ budget_other_wan: 60 }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S33-A09', sector: '燃气管网改造（区级450+补助街镇100≠600）', form: gas({ budget_subsidy_towns_wan: 100 }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S33-A10', sector: '燃气管网改造（支出进度10月回落到45%）', form: gas({ spending_plan: plan(15, 50, 45, 100) }), expect: [F('spending_plan', null, null)] },
  { id: 'S33-A11', sector: '燃气管网改造（支出进度12月写110%）', form: gas({ spending_plan: plan(15, 40, 75, 110) }), expect: [F('spending_plan', null, null)] },
  { id: 'S33-A12', sector: '燃气管网改造（每公里成本写≥12万元）', form: gas({}, patch(GAS, { 4: { comparator: '>=' } })), expect: [F('direction', 4, null)] },
  // The goal's 100% meets no row in % once the row says 户: a consequence of the same slip (optional, as set 32's S32-A15).
  {
    id: 'S33-A13', sector: '燃气管网改造（安全检查覆盖率单位写户）', form: gas({}, patch(GAS, { 2: { unit: '户' } })),
    expect: [F('unit_vs_name', 2, null), F('goal_vs_indicators', null, 'goal', true)],
  },
  { id: 'S33-A14', sector: '燃气管网改造（目标写两万户，安静）', form: gas({ goal: GAS_GOAL.replace('2万户', '两万户') }), expect: [] },
  { id: 'S33-A15', sector: '燃气管网改造（使用年限权重0）', form: gas({}, patch(GAS, { 6: { weight: 0 }, 4: { weight: 20 } })), expect: [F('weights', 6, 'weight')] },
  { id: 'S33-A16', sector: '燃气管网改造（支出计划未填，安静）', form: gas({ spending_plan: null }), expect: [] },
  { id: 'S33-A17', sector: '燃气管网改造（覆盖率写≥100%）', form: gas({}, patch(GAS, { 2: { comparator: '>=' } })), expect: [F('implausible_target', 2, null)] },
];
