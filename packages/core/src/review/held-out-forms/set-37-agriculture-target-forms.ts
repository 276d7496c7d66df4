import { B, C, dt, ECN, ECO, F, type FormCase, funds, NUM, O, patch, Q, QUA, r, S, SAT, SOC, split, SUS, TIM } from './form-case-types';

/**
 * Held-out set 37F (session 17), 部门整体绩效目标表 on the 2021 framework (产出 / 成本 / 效益 / 满意度): 区农业农村委员会, 100
 * points. Written before reading any code under review/; readings in set-37-cases.ts.
 */
const AGRI = [
  r(O, NUM, '高标准农田建设面积', '>=', '2', '万亩', 20), r(O, NUM, '农业技术培训', '>=', '3000', '人次', 15),
  r(O, QUA, '农产品质量安全抽检合格率', '>=', '98', '%', 10), r(O, TIM, '耕地地力保护补贴发放时限', '<=', '30', '天', 5),
  r(C, ECO, '高标准农田亩均建设成本', '<=', '3000', '元/亩', 10), r(B, ECN, '农村居民人均可支配收入增长率', '>=', '6', '%', 10),
  r(B, SOC, '农业技术培训带动农户增收', Q, '有效带动', null, 10), r(B, SUS, '农田基础设施长效管护机制', Q, '持续健全', null, 10),
  r(S, SAT, '农户满意度', '>=', '90', '%', 10),
];
const AGRI_GOAL = '全年建设高标准农田2万亩，开展农业技术培训3000人次，农产品质量安全抽检合格率稳定在98%以上，农村居民人均可支配收入增长6%。';
const task = (name: string, content: string, budget_wan: number | null) => ({ name, content, budget_wan });
const AGRI_TASKS = [
  task('高标准农田建设', '建设高标准农田2万亩。', 6000), task('农业技术推广', '开展农业技术培训3000人次。', 800),
  task('耕地地力保护补贴', '按时足额发放耕地地力保护补贴。', 2200),
];
const AGRI_MEASURES = [{ title: '项目监管', text: '实行项目清单化管理，按季度调度建设进度和资金支付。' }];
const agri = (fields: Record<string, unknown> = {}, indicators = AGRI) => dt({
  org: '区农业农村委员会', budget_total_wan: 12000, fund_sources: funds(11000, null, 1000), structure: split(3000, 9000),
  goal: AGRI_GOAL, tasks: AGRI_TASKS, measures: AGRI_MEASURES, indicators, ...fields,
});
const noBenefit = [
  { ...AGRI[0]!, weight: 35 }, { ...AGRI[1]!, weight: 30 }, AGRI[2]!, AGRI[3]!, AGRI[4]!, AGRI[8]!,
];

export const SET37_AGRICULTURE_CASES: FormCase[] = [
  { id: 'S37-A01', sector: '农业农村委整体目标（干净）', form: agri(), expect: [] },
  // First written expecting budget_arithmetic; re-read: 财政专户 is blank, and a shortfall beside a blank source proves
  // nothing (上级补助, 上年结转 lie outside the three cells), as S11-D03 recorded. A21 (added after reading) fills all three.
  { id: 'S37-A02', sector: '农业农村委（财政拨款11000+单位资金800，财政专户未填，安静）', form: agri({ fund_sources: funds(11000, null, 800) }), expect: [] },
  {
    // Set 60F: the task carrying this case has money and no row measuring it (check-task-rows.ts); right, but not this case's aim.
    id: 'S37-A03', sector: '农业农村委（主要任务预算合计13500超过部门预算12000）', expect: [F('budget_arithmetic', null, null), F('coverage', null, null, true), F('goal_vs_indicators', null, null, true)],
    form: agri({ tasks: [...AGRI_TASKS, task('农村人居环境整治', '开展村庄清洁行动，推进农村生活垃圾分类。', 4500)] }),
  },
  { id: 'S37-A04', sector: '农业农村委（其他资金空白，财政拨款即总额，安静）', form: agri({ fund_sources: funds(12000, null, null) }), expect: [] },
  { id: 'S37-A05', sector: '农业农村委（目标写部门预算120000000元，安静）', form: agri({ goal: `部门预算120000000元。${AGRI_GOAL}` }), expect: [] },
  { id: 'S37-A06', sector: '农业农村委（目标写含上年结转500万元，安静）', form: agri({ goal: `部门预算12000万元（含上年结转资金500万元）。${AGRI_GOAL}` }), expect: [] },
  {
    id: 'S37-A07', sector: '农业农村委（只列主要任务、一项未填预算，安静）', expect: [],
    form: agri({ tasks: [AGRI_TASKS[0], { ...AGRI_TASKS[1]!, budget_wan: null }] }),
  },
  {
    id: 'S37-A08', sector: '农业农村委（任务写户厕改造1500户无指标）', expect: [F('goal_vs_indicators', null, null)],
    form: agri({ tasks: [...AGRI_TASKS.slice(0, 2), task('农村人居环境整治', '完成农村户厕改造1500户。', 2200)] }),
  },
  { id: 'S37-A09', sector: '农业农村委（无满意度指标）', form: agri({}, [...AGRI.slice(0, 7), { ...AGRI[7]!, weight: 20 }]), expect: [F('coverage', null, null)] },
  {
    id: 'S37-A10', sector: '农业农村委（无效益指标）', form: agri({ goal: AGRI_GOAL.replace('，农村居民人均可支配收入增长6%', '') }, noBenefit),
    expect: [F('coverage', null, null)],
  },
  { id: 'S37-A11', sector: '农业农村委（2021框架未设成本指标，安静）', form: agri({}, [{ ...AGRI[0]!, weight: 30 }, ...AGRI.slice(1, 4), ...AGRI.slice(5)]), expect: [] },
  { id: 'S37-A12', sector: '农业农村委（目标写新建农村公路30公里无指标）', form: agri({ goal: AGRI_GOAL.replace('。', '，新建农村公路30公里。') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S37-A13', sector: '农业农村委（目标写20000亩，指标2万亩，安静）', form: agri({ goal: AGRI_GOAL.replace('2万亩', '20000亩') }), expect: [] },
  {
    id: 'S37-A14', sector: '农业农村委（目标写亩均投入不超过3000元、第三次土壤普查、2025年底前，安静）', expect: [],
    form: agri({ goal: `${AGRI_GOAL}高标准农田亩均投入不超过3000元，2025年底前完成第三次全国土壤普查成果应用。` }),
  },
  { id: 'S37-A15', sector: '农业农村委（培训权重20，合计105）', form: agri({}, patch(AGRI, { 1: { weight: 20 } })), expect: [F('weights', null, 'weight')] },
  {
    id: 'S37-A16', sector: '农业农村委（经济成本挂效益指标）', form: agri({}, patch(AGRI, { 4: { level1: B } })),
    expect: [F('levels', 4, null), F('level_vs_name', 4, null, true), F('coverage', null, null, true)],
  },
  { id: 'S37-A17', sector: '农业农村委（农户满意度目标85%）', form: agri({}, patch(AGRI, { 8: { target: '85' } })), expect: [F('satisfaction', 8, null)] },
  {
    id: 'S37-A18', sector: '农业农村委（高标准农田面积重复两行）', expect: [F('names', 9, null)],
    form: agri({}, [{ ...AGRI[0]!, weight: 15 }, ...AGRI.slice(1), r(O, NUM, '高标准农田建设面积', '>=', '2', '万亩', 5)]),
  },
  {
    id: 'S37-A19', sector: '农业农村委（新建与改造提升两行合计2万亩，安静）', expect: [],
    form: agri({}, [r(O, NUM, '新建高标准农田面积', '>=', '1.2', '万亩', 10), r(O, NUM, '改造提升高标准农田面积', '>=', '0.8', '万亩', 10), ...AGRI.slice(1)]),
  },
  { id: 'S37-A21', sector: '农业农村委（三项来源10000+1200+600≠12000）', form: agri({ fund_sources: funds(10000, 1200, 600) }), expect: [F('budget_arithmetic', null, 'fund_sources')] },
  { id: 'S37-A20', sector: '农业农村委（财政拨款+财政专户+单位资金=总额，安静）', form: agri({ fund_sources: funds(10000, 1200, 800) }), expect: [] },
];
