import { B, C, ECO, F, type FormCase, NUM, O, patch, plan, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 38F (session 18), 项目支出绩效目标表 for 区级储备粮轮换及保管费用补贴 (区粮食和物资储备局, 9 rows on 90, 2021 tree).
 * Written before reading any code under review/; readings in set-38-cases.ts.
 */

/** 9 rows on 90; 420 = 财政 420 + 其他 0 = 区级 420 + 补助街镇 0. */
const GRAIN = [
  r(O, NUM, '轮换区级储备粮', '>=', '1.2', '万吨', 15), r(O, NUM, '区级储备粮库存规模', '>=', '3', '万吨', 10),
  r(O, QUA, '储备粮质量达标率', '=', '100', '%', 10), r(O, QUA, '储存品质宜存率', '>=', '95', '%', 10),
  r(O, TIM, '轮换出入库完成时限', Q, '2025年11月底前', null, 5), r(C, ECO, '每吨储备粮年保管费用补贴', '<=', '80', '元/吨', 10),
  r(B, SOC, '区域粮食安全保障能力', Q, '有效提升', null, 10), r(B, SUS, '储备粮管理制度执行', Q, '持续规范', null, 10),
  r(S, SAT, '承储企业满意度', '>=', '90', '%', 10),
];
const GRAIN_GOAL = '全年轮换区级储备粮1.2万吨，区级储备粮库存保持3万吨，储备粮质量达标率100%，储存品质宜存率不低于95%，轮换出入库2025年11月底前完成。';
const grain = (fields: Record<string, unknown> = {}, indicators = GRAIN) => pt({
  org: '区粮食和物资储备局', project_name: '区级储备粮轮换及保管费用补贴', budget_total_wan: 420, budget_fiscal_wan: 420, budget_other_wan: 0,
  budget_district_wan: 420, budget_subsidy_towns_wan: 0, spending_plan: plan(10, 35, 80, 100),
  overview: '按照储备粮轮换计划组织区级储备粮推陈储新，对承储企业按库存数量拨付保管费用补贴，确保储备粮数量真实、质量良好、储存安全。',
  basis: '《粮食流通管理条例》。', goal: GRAIN_GOAL, indicators, ...fields,
});
const goalAdd = (tail: string) => `${GRAIN_GOAL.replace(/。$/, '')}，${tail}`;

export const SET38_GRAIN_CASES: FormCase[] = [
  { id: 'S38-G01', sector: '储备粮轮换（干净）', form: grain(), expect: [] },
  { id: 'S38-G02', sector: '储备粮轮换（目标写1.2万吨（2400万斤），安静）', form: grain({ goal: GRAIN_GOAL.replace('1.2万吨', '1.2万吨（2400万斤）') }), expect: [] },
  {
    id: 'S38-G03', sector: '储备粮轮换（目标写仓温15摄氏度以下，指标≤15℃，安静）', expect: [],
    form: grain({ goal: goalAdd('低温储粮仓温控制在15摄氏度以下。') },
      [...patch(GRAIN, { 0: { weight: 10 } }), r(O, QUA, '低温储粮仓温', '<=', '15', '℃', 5)]),
  },
  { id: 'S38-G04', sector: '储备粮轮换（目标写依托仓容4万吨的储备库，安静）', form: grain({ goal: `依托仓容4万吨的区粮食储备库，${GRAIN_GOAL}` }), expect: [] },
  { id: 'S38-G05', sector: '储备粮轮换（目标写轮换1.5万吨，指标1.2万吨）', form: grain({ goal: GRAIN_GOAL.replace('1.2万吨', '1.5万吨') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S38-G06', sector: '储备粮轮换（目标写宣传周活动5场无指标）', form: grain({ goal: goalAdd('开展粮食安全宣传周活动5场。') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S38-G07', sector: '储备粮轮换（目标写1.2万吨其中小麦0.8、稻谷0.4万吨，安静）', expect: [],
    form: grain({ goal: GRAIN_GOAL.replace('1.2万吨', '1.2万吨（其中小麦0.8万吨、稻谷0.4万吨）') }),
  },
  { id: 'S38-G08', sector: '储备粮轮换（目标写每吨每年80元保管费用补贴，安静）', form: grain({ goal: goalAdd('按每吨每年80元标准拨付保管费用补贴。') }), expect: [] },
  { id: 'S38-G09', sector: '储备粮轮换（目标写宜存率98%，指标95%）', form: grain({ goal: GRAIN_GOAL.replace('不低于95%', '不低于98%') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S38-G10', sector: '储备粮轮换（概述写保管员姓名和家庭住址）', expect: [F('private_data', null, 'overview')],
    form: grain({ overview: '组织区级储备粮推陈储新。承储企业保管员陈国强（家住长河村3组17号）负责日常管护。' }),
  },
  {
    id: 'S38-G11', sector: '储备粮轮换（概述写竞买粮商姓名身份证号）', expect: [F('private_data', null, 'overview')],
    form: grain({ overview: '2024年轮换出库粮食经竞价销售，由粮商李志刚（身份证号码500108197803154510）购得。' }),
  },
  {
    id: 'S38-G12', sector: '储备粮轮换（概述写库址、邮编、信用代码、批次号、12345，安静）', expect: [],
    form: grain({
      overview: '储备库地址：渝北区双凤桥街道长河路88号，邮编401120；承储企业统一社会信用代码91500112MA5U7XKQ2M；2025年第一批轮换批次号LH2025010315。服务电话12345。',
    }),
  },
  {
    id: 'S38-G13', sector: '储备粮轮换（立项依据引国务院令和文号，安静）', expect: [],
    form: grain({ basis: '《粮食流通管理条例》（国务院令第740号）、《重庆市地方储备粮管理办法》（渝府办发〔2023〕45号）。' }),
  },
  {
    id: 'S38-G14', sector: '储备粮轮换（粮商张某、身份证号和手机号已脱敏，安静）', expect: [],
    form: grain({ overview: '2024年轮换出库粮食经竞价销售，由粮商张某（身份证号500108********4518，手机138****5678）购得。' }),
  },
  { id: 'S38-G15', sector: '储备粮轮换（支出进度10月回落到35%）', form: grain({ spending_plan: plan(10, 40, 35, 100) }), expect: [F('spending_plan', null, null)] },
  { id: 'S38-G16', sector: '储备粮轮换（秋粮轮换，上半年不支出，安静）', form: grain({ spending_plan: plan(0, 0, 60, 100) }), expect: [] },
  { id: 'S38-G17', sector: '储备粮轮换（12月未填，安静）', form: grain({ spending_plan: plan(20, 50, 80, null) }), expect: [] },
  { id: 'S38-G18', sector: '储备粮轮换（支出进度12月止于90%）', form: grain({ spending_plan: plan(15, 40, 70, 90) }), expect: [F('spending_plan', null, null)] },
  { id: 'S38-G19', sector: '储备粮轮换（财政资金按元填写4200000）', form: grain({ budget_fiscal_wan: 4200000 }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S38-G20', sector: '储备粮轮换（区级380+补助街镇30≠420）', form: grain({ budget_district_wan: 380, budget_subsidy_towns_wan: 30 }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S38-G21', sector: '储备粮轮换（无效益指标）', expect: [F('coverage', null, null)],
    form: grain({}, patch(GRAIN, {
      6: { level1: O, level2: NUM, name: '储备粮库存检查', comparator: '>=', target: '4', unit: '次' },
      7: { level1: O, level2: QUA, name: '账实相符率', comparator: '=', target: '100', unit: '%' },
    })),
  },
  { id: 'S38-G22', sector: '储备粮轮换（一行权重0）', form: grain({}, patch(GRAIN, { 3: { weight: 0 }, 0: { weight: 25 } })), expect: [F('weights', 3, 'weight')] },
  { id: 'S38-G23', sector: '储备粮轮换（满意度按4.5分计）', form: grain({}, patch(GRAIN, { 8: { target: '4.5', unit: '分' } })), expect: [F('satisfaction', 8, null)] },
  { id: 'S38-G24', sector: '储备粮轮换（满意度定性“满意”，安静）', form: grain({}, patch(GRAIN, { 8: { comparator: Q, target: '满意', unit: null } })), expect: [] },
];
