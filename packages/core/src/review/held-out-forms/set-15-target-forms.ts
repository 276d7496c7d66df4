import { B, C, dt, ECO, F, type FormCase, funds, KC, LZ, NUM, O, patch, pt, Q, QUA, r, S, SAT, SOC, split, SUS, SX, TIM } from './form-case-types';

/**
 * Held-out set 15 (issue 3), 项目支出 and 部门整体 绩效目标表 in sectors sets 8 and 11 did not touch (文物保护, 燃气安全,
 * 商务, 粮食和物资储备): numbered goals with quantities carried and not, names that hold numerals (第三批, “百日攻坚”,
 * “渝味360碗”, 十四五), budget arithmetic, weights, coverage and personal data in 概况 and 保障措施. Written before reading
 * any code under review/ or scoring/; readings and first measurement in set-15-cases.ts.
 */
const GL = '管理效率';

/** 不可移动文物保护修缮: 8 rows on 90. */
const RELIC = [
  r(O, NUM, '修缮不可移动文物', '=', '5', '处', 15), r(O, NUM, '开展文物安全巡查', '>=', '480', '次', 10),
  r(O, QUA, '修缮工程验收合格率', '=', '100', '%', 10), r(O, TIM, '修缮工程完工时间', Q, '2025年11月底前', null, 5),
  r(C, ECO, '每处文物平均修缮成本', '<=', '96', '万元', 10), r(B, SOC, '修缮文物点接待观众', '>=', '8', '万人次', 15),
  r(B, SUS, '文物保护长效机制', Q, '持续健全', null, 10), r(S, SAT, '参观群众满意度', '>=', '90', '%', 15),
];
const RELIC_GOAL = '完成5处不可移动文物保护修缮，全年开展文物安全巡查480次以上，修缮文物点年接待观众8万人次。项目总投资480万元。';
const relic = (fields: Record<string, unknown> = {}, indicators = RELIC) => pt({
  project_name: '不可移动文物保护修缮', budget_total_wan: 480, budget_fiscal_wan: 480, budget_other_wan: 0, goal: RELIC_GOAL, indicators, ...fields,
});

/** 城镇燃气安全整治: 7 rows on 90. */
const GAS = [
  r(O, NUM, '餐饮场所燃气安全检查', '>=', '3200', '家次', 15), r(O, NUM, '老旧燃气管道更新改造', '>=', '12', '公里', 15),
  r(O, QUA, '隐患整改合格率', '=', '100', '%', 10), r(O, TIM, '隐患整改时限', '<=', '30', '天', 10),
  r(C, ECO, '每公里管道改造成本', '<=', '180', '万元', 10), r(B, SOC, '较大及以上燃气安全事故', '=', '0', '起', 15),
  r(S, SAT, '燃气用户满意度', '>=', '90', '%', 15),
];
const GAS_GOAL = '开展餐饮场所燃气安全检查3200家次，更新改造老旧燃气管道十二公里，隐患整改合格率100%，杜绝较大及以上燃气安全事故。';
const gas = (goal = GAS_GOAL, indicators = GAS) => pt({
  project_name: '城镇燃气安全专项整治', budget_total_wan: 2600, budget_fiscal_wan: 2600, budget_other_wan: 0, goal, indicators,
});

/** 区商务局 on the four-branch tree, 100 points. */
const TRADE = [
  r(LZ, '重点工作', '社会消费品零售总额增速', '>=', '6', '%', 15), r(LZ, '重点工作', '新增限上商贸企业', '>=', '40', '家', 10),
  r(LZ, '重点工作', '外贸进出口总额', '>=', '85', '亿元', 10), r(GL, '预算管理', '预算执行率', '>=', '95', '%', 10),
  r(GL, '资产管理', '资产账实相符率', '=', '100', '%', 10), r(SX, '社会效益', '城市消费活力', Q, '明显提升', null, 15),
  r(SX, '服务对象满意度', '企业满意度', '>=', '90', '%', 15), r(KC, '长效机制', '商贸流通体系', Q, '持续完善', null, 15),
];
const TRADE_GOAL = '1.社会消费品零售总额增长6%以上；2.新增限上商贸企业40家；3.外贸进出口总额达到85亿元；4.举办“渝味360碗”等系列促消费活动。';
const trade = (fields: Record<string, unknown> = {}) => dt({
  org: '区商务委员会', budget_total_wan: 3600, fund_sources: funds(3600, null, null), structure: split(1100, 2500), goal: TRADE_GOAL,
  indicators: TRADE, ...fields,
});

/** 区粮食和物资储备局: 产出/效益/满意度, 100 points. */
const GRAIN = [
  r(O, NUM, '区级储备粮规模', '>=', '3.5', '万吨', 15), r(O, NUM, '应急物资储备品种', '>=', '42', '种', 10),
  r(O, QUA, '储备粮质量达标率', '=', '100', '%', 15), r(O, TIM, '轮换计划完成时间', Q, '2025年10月底前', null, 10),
  r(C, ECO, '每吨储备粮年保管费用', '<=', '95', '元', 10), r(B, SOC, '粮食应急保障能力', Q, '有效增强', null, 15),
  r(B, SUS, '储备粮轮换机制', Q, '长效运行', null, 10), r(S, SAT, '服务对象满意度', '>=', '90', '%', 15),
];
const GRAIN_GOAL = '储备区级地方粮食3.5万吨，储备应急物资42种，储备粮质量达标率100%，确保一旦有事调得出、用得上。';
const grain = (goal = GRAIN_GOAL, indicators = GRAIN) => dt({
  org: '区粮食和物资储备局', budget_total_wan: 2150, fund_sources: funds(2150, null, null), structure: split(650, 1500), goal, indicators,
});

export const SET15_PROJECT_TARGET_CASES: FormCase[] = [
  { id: 'S15-P01', sector: '文物修缮（5处、480次、8万人次、总投资）', form: relic(), expect: [] },
  {
    id: 'S15-P02', sector: '文物修缮（目标写十四五、第三批、明清）', expect: [],
    form: relic({ goal: `落实“十四五”文物保护规划，对第三批区级文物保护单位中的明清古建筑开展修缮。${RELIC_GOAL}` }),
  },
  { id: 'S15-P03', sector: '文物修缮（目标志愿讲解员60名无指标）', form: relic({ goal: `${RELIC_GOAL}新增文物志愿讲解员60名。` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S15-P04', sector: '文物修缮（指标写80000人次对目标8万人次）', expect: [],
    form: relic({}, patch(RELIC, { 5: { target: '80000', unit: '人次' } })),
  },
  {
    id: 'S15-P05', sector: '文物修缮（概况写原产权人后人姓名手机）', expect: [F('private_data', null, 'overview')],
    form: relic({ overview: '故居原产权人后人邓永清（电话13608312245）已同意将故居移交区文物管理所管理，修缮后对外开放。' }),
  },
  { id: 'S15-P06', sector: '文物修缮（财政450+其他20≠480）', form: relic({ budget_fiscal_wan: 450, budget_other_wan: 20 }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S15-P07', sector: '燃气整治（十二公里、3200家次）', form: gas(), expect: [] },
  {
    id: 'S15-P08', sector: '燃气整治（目标报警器1.5万户无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: gas(`${GAS_GOAL}为老旧小区居民免费安装燃气泄漏报警器1.5万户。`),
  },
  { id: 'S15-P09', sector: '燃气整治（“百日攻坚”与3月至10月）', form: gas(`${GAS_GOAL}3月至10月开展燃气安全“百日攻坚”专项行动。`), expect: [] },
  { id: 'S15-P10', sector: '燃气整治（权重合计95）', form: gas(GAS_GOAL, patch(GAS, { 0: { weight: 20 } })), expect: [F('weights', null, 'weight')] },
];

export const SET15_DEPARTMENT_TARGET_CASES: FormCase[] = [
  { id: 'S15-T01', sector: '商务委（“渝味360碗”为活动名）', form: trade(), expect: [] },
  {
    id: 'S15-T02', sector: '商务委（第5项夜间消费集聚区3个无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: trade({ goal: `${TRADE_GOAL}5.新培育夜间消费集聚区3个。` }),
  },
  { id: 'S15-T03', sector: '商务委（基本1100+项目2400≠3600）', form: trade({ structure: split(1100, 2400) }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S15-T04', sector: '商务委（保障措施写企业法人姓名手机）', expect: [F('private_data', null, 'measures[0].text')],
    form: trade({ measures: [{ title: '重点企业服务', text: '安排专人对接重点外贸企业，法定代表人吴国栋（手机15002318876）反映的用地问题已协调解决。' }] }),
  },
  { id: 'S15-T05', sector: '粮储局（3.5万吨、42种）', form: grain(), expect: [] },
  { id: 'S15-T06', sector: '粮储局（目标轮换1.2万吨无指标）', form: grain(`${GRAIN_GOAL}全年轮换储备粮1.2万吨。`), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S15-T07', sector: '粮储局（无满意度指标）', expect: [F('coverage', null, null)],
    form: grain(GRAIN_GOAL, patch(GRAIN, { 7: { level1: B, level2: SOC, name: '军粮供应保障', comparator: Q, target: '保障有力', unit: null } })),
  },
];
