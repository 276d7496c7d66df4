import { B, C, ECO, ENV, F, type FormCase, NUM, O, patch, plan, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 34F (session 15), 项目支出绩效目标表 as submitted for review: 野生动物救护与栖息地保护 (区林业局) on the 2021 tree,
 * 90 points, budget by 财政资金/其他资金 and 区级支出/补助街镇, 分月支出计划. Written before reading any code under review/;
 * readings in set-34-cases.ts.
 */

/** 8 rows on 90; 120 = 财政 110 + 其他 10 = 区级 90 + 补助街镇 30. */
const WILD = [
  r(O, NUM, '救护收容野生动物', '>=', '300', '只', 15), r(O, NUM, '野生动物疫源疫病监测站点', '>=', '12', '个', 10),
  r(O, QUA, '救护野生动物放归成活率', '>=', '80', '%', 10), r(O, TIM, '救护响应时间', '<=', '2', '小时', 5),
  r(C, ECO, '单只救护平均成本', '<=', '1500', '元/只', 10), r(B, ENV, '野生动物栖息地修复面积', '>=', '3000', '亩', 15),
  r(B, SUS, '疫源疫病监测网络运行', Q, '长期稳定', null, 10), r(S, SAT, '周边群众满意度', '>=', '90', '%', 15),
];
const WILD_GOAL = '救护收容野生动物300只，建设野生动物疫源疫病监测站点12个，修复野生动物栖息地3000亩。';
const wild = (fields: Record<string, unknown> = {}, indicators = WILD) => pt({
  org: '区林业局', project_name: '野生动物救护与栖息地保护', budget_total_wan: 120, budget_fiscal_wan: 110, budget_other_wan: 10,
  budget_district_wan: 90, budget_subsidy_towns_wan: 30, spending_plan: plan(20, 45, 80, 100),
  overview: '开展受伤、受困野生动物救护收容，运行疫源疫病监测站点，修复重点野生动物栖息地。', goal: WILD_GOAL, indicators, ...fields,
});

export const SET34_PROJECT_TARGET_CASES: FormCase[] = [
  { id: 'S34-W01', sector: '野生动物救护（干净）', form: wild(), expect: [] },
  { id: 'S34-W02', sector: '野生动物救护（目标400只，指标300只）', form: wild({ goal: WILD_GOAL.replace('300只', '400只') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S34-W03', sector: '野生动物救护（目标含宣传进社区20场无指标）', form: wild({ goal: `${WILD_GOAL}开展野生动物保护宣传进社区20场。` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S34-W04', sector: '野生动物救护（权重合计85）', form: wild({}, patch(WILD, { 1: { weight: 5 } })), expect: [F('weights', null, 'weight')] },
  { id: 'S34-W05', sector: '野生动物救护（响应时间写≥2小时）', form: wild({}, patch(WILD, { 3: { comparator: '>=' } })), expect: [F('direction', 3, null)] },
  { id: 'S34-W06', sector: '野生动物救护（满意度目标85%）', form: wild({}, patch(WILD, { 7: { target: '85' } })), expect: [F('satisfaction', 7, null)] },
  { id: 'S34-W07', sector: '野生动物救护（财政110+其他20≠120）', form: wild({ budget_other_wan: 20 }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S34-W08', sector: '野生动物救护（支出进度10月回落到40%）', form: wild({ spending_plan: plan(20, 45, 40, 100) }), expect: [F('spending_plan', null, null)] },
  {
    id: 'S34-W09', sector: '野生动物救护（概述写联系人姓名手机）', expect: [F('private_data', null, 'overview')],
    form: wild({ overview: '开展野生动物救护收容，救护热线联系人：张建国，手机13912345678。' }),
  },
  {
    id: 'S34-W10', sector: '野生动物救护（无满意度指标）', expect: [F('coverage', null, null)],
    form: wild({}, patch(WILD, { 7: { level1: B, level2: SOC, name: '受益周边村庄', target: '15', unit: '个' } })),
  },
  { id: 'S34-W11', sector: '野生动物救护（单只成本写≥1500元）', form: wild({}, patch(WILD, { 4: { comparator: '>=' } })), expect: [F('direction', 4, null)] },
  { id: 'S34-W12', sector: '野生动物救护（目标写三百只，安静）', form: wild({ goal: WILD_GOAL.replace('300只', '三百只') }), expect: [] },
  { id: 'S34-W13', sector: '野生动物救护（目标写300只左右，安静）', form: wild({ goal: WILD_GOAL.replace('300只', '300只左右') }), expect: [] },
  { id: 'S34-W14', sector: '野生动物救护（监测网络权重0）', form: wild({}, patch(WILD, { 6: { weight: 0 }, 0: { weight: 25 } })), expect: [F('weights', 6, 'weight')] },
  { id: 'S34-W15', sector: '野生动物救护（放归成活率写≥100%）', form: wild({}, patch(WILD, { 2: { target: '100' } })), expect: [F('implausible_target', 2, null)] },
  {
    id: 'S34-W16', sector: '野生动物救护（未分区级/街镇，安静）', expect: [],
    form: wild({ budget_district_wan: null, budget_subsidy_towns_wan: null }),
  },
];
