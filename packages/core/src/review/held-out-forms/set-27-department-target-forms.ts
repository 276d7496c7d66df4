import { B, C, dt, ECN, ECO, F, type FormCase, funds, KC, LZ, NUM, O, patch, Q, QUA, r, S, SAT, SOC, split, SUS, SX, TIM } from './form-case-types';

/**
 * Held-out set 27 (issue 3), 部门（单位）整体绩效目标表 as submitted for review: 区水利局 and 团区委 on the 2021 tree
 * (履职效能 / 管理效率 / 社会效应 / 可持续发展), 区审计局 on the 产出 tree. Written before reading any code under review/;
 * readings in set-27-cases.ts.
 */
const ME = '管理效率';
const task = (name: string, content: string, budget_wan: number | null = null) => ({ name, content, budget_wan });
const text = (title: string, body: string) => [{ title, text: body }];

/** 区水利局, 履职效能 tree, 100 points with 部门预算执行率 10. */
const WATER = [
  r(LZ, NUM, '治理中小河流', '>=', '18', '公里', 15), r(LZ, NUM, '完成病险水库除险加固', '=', '6', '座', 10),
  r(LZ, QUA, '农村供水工程水质达标率', '>=', '95', '%', 10), r(LZ, TIM, '汛前水毁工程修复完成时间', Q, '2025年5月底前', null, 5),
  r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(ME, '预算管理', '政府采购执行率', '>=', '95', '%', 5),
  r(SX, SOC, '因洪涝灾害死亡人数', '=', '0', '人', 10), r(SX, SAT, '服务对象满意度', '>=', '90', '%', 15),
  r(KC, SUS, '河长制长效管护机制', Q, '持续完善', null, 20),
];
const WATER_GOAL = '年度目标：治理中小河流18公里，完成6座病险水库除险加固，农村供水工程水质达标率达到95%以上，汛前完成水毁工程修复，'
  + '确保不发生因洪涝灾害死亡事件。';
const WATER_TASKS = [task('中小河流治理', '治理龙溪河、花溪河等中小河流18公里。', 2600), task('水库除险加固', '完成6座病险水库除险加固。', 900)];
const water = (fields: Record<string, unknown> = {}, indicators = WATER) => dt({
  org: '区水利局', budget_total_wan: 12800, fund_sources: funds(12000, null, 800), structure: split(2800, 10000),
  goal: WATER_GOAL, tasks: WATER_TASKS, indicators, ...fields,
});

/** 区审计局, 产出 tree, 100 points. */
const AUDIT = [
  r(O, NUM, '完成审计项目', '>=', '45', '个', 15), r(O, NUM, '开展领导干部经济责任审计', '>=', '20', '人', 10),
  r(O, QUA, '审计报告复核通过率', '=', '100', '%', 10), r(O, TIM, '审计报告出具时限', '<=', '30', '天', 10),
  r(C, ECO, '政府购买审计服务成本', '<=', '180', '万元', 5), r(B, SOC, '审计发现问题整改率', '>=', '90', '%', 15),
  r(B, ECN, '促进增收节支', '>=', '1.5', '亿元', 10), r(B, SUS, '审计监督全覆盖', Q, '持续推进', null, 10),
  r(S, SAT, '被审计单位满意度', '>=', '90', '%', 15),
];
const AUDIT_GOAL = '完成审计项目45个，开展领导干部经济责任审计20人，审计发现问题整改率达到90%以上，促进增收节支1.5亿元。';
const audit = (fields: Record<string, unknown> = {}, indicators = AUDIT) => dt({
  org: '区审计局', budget_total_wan: 1850, fund_sources: funds(1850, null, null), structure: split(1350, 500), goal: AUDIT_GOAL,
  measures: text('保障措施', '完善审计质量控制制度，加强审计人员业务培训，规范政府购买审计服务。'), indicators, ...fields,
});

/** 共青团区委员会, 履职效能 tree, 100 points. */
const YOUTH = [
  r(LZ, NUM, '开展青少年思想引领活动', '>=', '120', '场次', 15), r(LZ, NUM, '招募注册青年志愿者', '>=', '5000', '人', 10),
  r(LZ, QUA, '团组织规范化建设达标率', '>=', '90', '%', 10), r(LZ, TIM, '希望工程助学金发放时间', Q, '2025年9月30日前', null, 5),
  r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(SX, SOC, '资助困难学生', '>=', '200', '名', 15),
  r(SX, SAT, '青少年满意度', '>=', '90', '%', 15), r(KC, SUS, '青年发展型城市建设', Q, '持续推进', null, 20),
];
const YOUTH_GOAL = '开展青少年思想引领活动120场次，新招募注册青年志愿者5000人，希望工程资助困难学生200名，9月30日前发放助学金。';
const youth = (fields: Record<string, unknown> = {}, indicators = YOUTH) => dt({
  org: '共青团重庆市南岸区委员会', budget_total_wan: 680, fund_sources: funds(680, null, null), structure: split(420, 260), goal: YOUTH_GOAL,
  tasks: [task('希望工程助学', '资助家庭经济困难学生200名。', 60)], indicators, ...fields,
});

export const SET27_DEPARTMENT_TARGET_CASES: FormCase[] = [
  // 区水利局 (2021 tree)
  { id: 'S27-D01', sector: '水利局（干净，履职效能树）', form: water(), expect: [] },
  {
    id: 'S27-D02', sector: '水利局（去掉预算执行率10分，合计90）', expect: [F('weights', null, 'weight')],
    form: water({}, WATER.filter((_, i) => i !== 4)),
  },
  {
    id: 'S27-D03', sector: '水利局（任务新建供水工程12处无指标）', expect: [F('goal_vs_indicators', null, null)],
    form: water({ tasks: [...WATER_TASKS, task('农村供水保障', '新建农村集中供水工程12处。', 1200)] }),
  },
  { id: 'S27-D04', sector: '水利局（服务对象满意度挂管理效率）', form: water({}, patch(WATER, { 7: { level1: ME } })), expect: [F('levels', 7, null)] },
  // Revised from budget_arithmetic: a shortfall beside a blank 财政专户 cell proves nothing (S11-D03); D05b is over the total.
  { id: 'S27-D05', sector: '水利局（财政12000+单位600<12800，财政专户空）', form: water({ fund_sources: funds(12000, null, 600) }), expect: [] },
  { id: 'S27-D05b', sector: '水利局（财政12000+单位1000>12800）', form: water({ fund_sources: funds(12000, null, 1000) }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S27-D06', sector: '水利局（基本2800+项目9000≠12800）', form: water({ structure: split(2800, 9000) }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S27-D07', sector: '水利局（中长期目标数量）', expect: [],
    form: water({ goal: `中长期目标：到2027年完成全区42座病险水库除险加固，累计治理中小河流120公里。${WATER_GOAL}` }),
  },
  {
    id: 'S27-D08', sector: '水利局（目标为套话）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: water({ goal: '认真履行部门职责，确保各项工作顺利开展，圆满完成年度目标任务。' }),
  },
  // 区审计局 (产出 tree)
  { id: 'S27-D09', sector: '审计局（干净）', form: audit(), expect: [] },
  { id: 'S27-D10', sector: '审计局（目标15000万元，指标1.5亿元）', form: audit({ goal: AUDIT_GOAL.replace('1.5亿元', '15000万元') }), expect: [] },
  {
    id: 'S27-D11', sector: '审计局（分项目标结算审计60个无指标）', expect: [F('goal_vs_indicators', null, null)],
    form: audit({ sub_goals: text('政府投资审计', '完成政府投资项目结算审计60个，审减率不低于5%。') }),
  },
  {
    id: 'S27-D12', sector: '审计局（保障措施写专家手机）', expect: [F('private_data', null, null)],
    form: audit({ measures: text('保障措施', '聘请审计专家库成员参与重大项目审计，联系人：审计专家周志强（手机13808312456）。') }),
  },
  {
    id: 'S27-D13', sector: '审计局（保障措施签字栏）', expect: [],
    form: audit({ measures: text('保障措施', '完善审计质量控制制度。单位负责人：黄立新  分管负责人：陈静  填报人：刘敏  联系电话：023-68123456') }),
  },
  // 团区委 (2021 tree)
  { id: 'S27-D14', sector: '团区委（干净）', form: youth(), expect: [] },
  {
    id: 'S27-D15', sector: '团区委（任务写患白血病学生姓名）', expect: [F('private_data', null, null)],
    form: youth({ tasks: [task('希望工程助学', '资助家庭经济困难学生200名，重点救助患白血病的高二学生罗欣怡及其家庭。', 60)] }),
  },
  {
    id: 'S27-D16', sector: '团区委（无满意度指标）', expect: [F('coverage', null, null)],
    form: youth({}, patch(YOUTH, { 6: { level1: SX, level2: SOC, name: '青年志愿服务时长', comparator: '>=', target: '10', unit: '万小时' } })),
  },
  {
    id: 'S27-D17', sector: '团区委（12355服务台、学雷锋）', expect: [],
    form: youth({ goal: `${YOUTH_GOAL}依托“12355”青少年服务台开展心理健康咨询，深化“学雷锋”志愿服务。` }),
  },
];
