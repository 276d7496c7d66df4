import { B, C, ECO, ENV, F, type FormCase, NUM, O, patch, plan, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 54F (session 24), 2026年项目支出绩效目标表 of capital projects as a 区 finance bureau receives them for 审核:
 * 区特殊教育学校扩建工程 (S, 区教育委员会, a 2025—2026 project of 4800 万元 total investment whose 2026 money is 2600 = 财政
 * 2200 (专项债券) + 其他 400 (单位自筹)) and 乡镇污水管网完善工程补助 (W, 区生态环境局, an 区对镇专项转移支付 of 1500 万元 all
 * 财政资金 = 区级支出 100 + 补助镇街 1400), 2021 tree on 90. Written before reading any code under review/; readings in
 * set-54-cases.ts.
 */
const year = (fields: Record<string, unknown>) => pt({ fiscal_year: 2026, ...fields });

/** 8 rows on 90. */
const SCHOOL = [
  r(O, NUM, '新建教学综合楼建筑面积', '>=', '8600', '平方米', 15), r(O, NUM, '新增特殊教育学位', '>=', '240', '个', 10),
  r(O, QUA, '工程质量验收合格率', '=', '100', '%', 10), r(O, TIM, '年度投资计划完成率', '>=', '90', '%', 10),
  r(C, ECO, '建安工程单方造价', '<=', '3800', '元/平方米', 10), r(B, SOC, '适龄残疾儿童少年入学率', '>=', '97', '%', 10),
  r(B, SUS, '新建校舍设计使用年限', '>=', '50', '年', 10), r(S, SAT, '学生家长满意度', '>=', '90', '%', 15),
];
const SCHOOL_GOAL = '2026年完成新建教学综合楼8600平方米主体及装饰装修工程并交付使用，新增特殊教育学位240个，工程质量验收合格率100%，'
  + '年度投资计划完成率90%以上，适龄残疾儿童少年入学率保持在97%以上，学生家长满意度90%以上。';
const SCHOOL_OVERVIEW = '区特殊教育学校现有校舍5200平方米，学位缺口较大。扩建工程经区发展改革委批复，建设期2025—2026年。'
  + '2026年预算2600万元，其中地方政府专项债券资金2200万元、学校自筹400万元。';
const school = (fields: Record<string, unknown> = {}, indicators = SCHOOL) => year({
  org: '区特殊教育学校', department: '区教育委员会', project_name: '区特殊教育学校扩建工程', budget_total_wan: 2600,
  budget_fiscal_wan: 2200, budget_other_wan: 400, overview: SCHOOL_OVERVIEW,
  basis: '《“十四五”特殊教育发展提升行动计划》；区发展改革委关于区特殊教育学校扩建工程初步设计的批复。', goal: SCHOOL_GOAL,
  spending_plan: plan(20, 45, 80, 100), indicators, ...fields,
});

/** 8 rows on 90; 1500 = 区级支出 100 (检测、监理) + 补助镇街 1400. */
const SEWER = [
  r(O, NUM, '新建改造乡镇污水管网长度', '>=', '32', '公里', 15), r(O, NUM, '补助镇数量', '=', '7', '个', 10),
  r(O, QUA, '管网工程验收合格率', '=', '100', '%', 10), r(O, TIM, '补助资金下达及时率', '=', '100', '%', 5),
  r(C, ECO, '管网建设补助标准', '<=', '45', '万元/公里', 10), r(B, ENV, '乡镇生活污水集中收集率', '>=', '75', '%', 15),
  r(B, SUS, '管网运行维护机制', Q, '长效运行', null, 10), r(S, SAT, '受益群众满意度', '>=', '90', '%', 15),
];
const SEWER_GOAL = '2026年补助7个镇新建改造污水管网32公里，管网工程验收合格率100%，补助资金及时足额下达，'
  + '乡镇生活污水集中收集率达到75%以上，受益群众满意度90%以上。';
const SEWER_OVERVIEW = '区对镇专项转移支付项目。区级统筹1500万元，其中区级支出100万元（管网检测、工程监理），补助镇街1400万元，'
  + '按各镇管网建设任务量因素法分配，镇人民政府负责组织实施。';
const sewer = (fields: Record<string, unknown> = {}, indicators = SEWER) => year({
  org: '区生态环境局', department: '区生态环境局', project_name: '乡镇污水管网完善工程补助', budget_total_wan: 1500,
  budget_fiscal_wan: 1500, budget_other_wan: 0, budget_district_wan: 100, budget_subsidy_towns_wan: 1400, overview: SEWER_OVERVIEW,
  basis: '《城镇生活污水处理设施补短板强弱项实施方案》；区人民政府关于乡镇污水管网建设三年行动的通知。', goal: SEWER_GOAL,
  spending_plan: plan(10, 40, 75, 100), indicators, ...fields,
});

export const SET54_SCHOOL_SEWER_CASES: FormCase[] = [
  // 区特殊教育学校扩建工程
  { id: 'S54-S01', sector: '特教学校扩建（干净）', form: school(), expect: [] },
  {
    id: 'S54-S02', sector: '特教学校扩建（目标概括表述，指标量化，安静）', expect: [],
    form: school({ goal: '加快推进区特殊教育学校扩建，改善特殊教育办学条件，扩大特殊教育学位供给，保障适龄残疾儿童少年接受义务教育。' }),
  },
  {
    id: 'S54-S03', sector: '特教学校扩建（目标写项目总投资4800万元、建设期两年，安静）', expect: [],
    form: school({ goal: `项目总投资4800万元，建设期两年。${SCHOOL_GOAL}` }),
  },
  {
    id: 'S54-S04', sector: '特教学校扩建（财政2200+其他400≠总额2700）', expect: [F('budget_arithmetic')],
    form: school({ budget_total_wan: 2700 }),
  },
  {
    id: 'S54-S05', sector: '特教学校扩建（目标写新增学位300个，指标240）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: school({ goal: SCHOOL_GOAL.replace('新增特殊教育学位240个', '新增特殊教育学位300个') }),
  },
  {
    id: 'S54-S06', sector: '特教学校扩建（目标写配套室外运动场3200平方米，无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: school({ goal: SCHOOL_GOAL.replace('并交付使用，', '并交付使用，配套建设室外运动场3200平方米，') }),
  },
  {
    id: 'S54-S07', sector: '特教学校扩建（成本指标年度总成本2900万元，高于预算2600）', expect: [F('budget_arithmetic', 4, 'target')],
    form: school({}, patch(SCHOOL, { 4: { name: '项目年度总成本', target: '2900', unit: '万元' } })),
  },
  {
    id: 'S54-S08', sector: '特教学校扩建（成本指标生均建设成本20万元/生，安静）', expect: [],
    form: school({}, patch(SCHOOL, { 4: { name: '生均建设成本', target: '20', unit: '万元/生' } })),
  },
  { id: 'S54-S09', sector: '特教学校扩建（权重合计95）', form: school({}, patch(SCHOOL, { 7: { weight: 20 } })), expect: [F('weights', null, 'weight')] },
  {
    id: 'S54-S10', sector: '特教学校扩建（概况写施工单位项目经理姓名手机）', expect: [F('private_data', null, 'overview')],
    form: school({ overview: `${SCHOOL_OVERVIEW}施工单位现场项目经理：刘建华，手机13908231456。` }),
  },
  {
    id: 'S54-S11', sector: '特教学校扩建（概况写区教委基建科监督电话，安静）', expect: [],
    form: school({ overview: `${SCHOOL_OVERVIEW}工程质量监督电话：区教委基建科 023-65432178。` }),
  },
  {
    // Relabelled after reading the code: the 效益 row restating the output count is also level_vs_name, which a reviewer may raise.
    id: 'S54-S12', sector: '特教学校扩建（新增学位在数量和社会效益下各填一行）', expect: [F('names', 8), F('level_vs_name', 8, null, true)],
    form: school({}, [...patch(SCHOOL, { 1: { weight: 5 } }), r(B, SOC, '新增特殊教育学位', '>=', '240', '个', 5)]),
  },
  {
    id: 'S54-S13', sector: '特教学校扩建（指标写2025年度投资计划完成率，表为2026年）', expect: [F('goal_vs_indicators', 3, 'name')],
    form: school({}, patch(SCHOOL, { 3: { name: '2025年度投资计划完成率' } })),
  },
  {
    id: 'S54-S14', sector: '特教学校扩建（目标写统筹以前年度结转资金320万元，安静）', expect: [],
    form: school({ goal: `统筹使用以前年度结转资金320万元。${SCHOOL_GOAL}` }),
  },
  {
    id: 'S54-S15', sector: '特教学校扩建（目标写在2025年完成主体结构的基础上，安静）', expect: [],
    form: school({ goal: `在2025年完成基础及主体结构施工的基础上，${SCHOOL_GOAL}` }),
  },
  // 乡镇污水管网完善工程补助
  { id: 'S54-W01', sector: '乡镇污水管网补助（干净）', form: sewer(), expect: [] },
  {
    id: 'S54-W02', sector: '乡镇污水管网补助（区级支出100+补助镇街1300≠1500）', expect: [F('budget_arithmetic')],
    form: sewer({ budget_subsidy_towns_wan: 1300 }),
  },
  {
    id: 'S54-W03', sector: '乡镇污水管网补助（目标按镇分解管网长度，合计32公里，安静）', expect: [],
    form: sewer({ goal: SEWER_GOAL.replace('污水管网32公里', '污水管网32公里（其中石桥镇8公里、白沙镇6公里、其余5个镇18公里）') }),
  },
  {
    id: 'S54-W04', sector: '乡镇污水管网补助（目标写管网40公里，指标32）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: sewer({ goal: SEWER_GOAL.replace('污水管网32公里', '污水管网40公里') }),
  },
  {
    id: 'S54-W06', sector: '乡镇污水管网补助（目标写新建污水提升泵站4座，无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: sewer({ goal: SEWER_GOAL.replace('污水管网32公里，', '污水管网32公里、污水提升泵站4座，') }),
  },
  {
    id: 'S54-W07', sector: '乡镇污水管网补助（收集率在生态效益和可持续影响下各填一行）', expect: [F('names', 8)],
    form: sewer({}, [...patch(SEWER, { 5: { weight: 10 } }), r(B, SUS, '乡镇生活污水集中收集率', '>=', '75', '%', 5)]),
  },
  {
    id: 'S54-W08', sector: '乡镇污水管网补助（概况写12345热线和局监督电话，安静）', expect: [],
    form: sewer({ overview: `${SEWER_OVERVIEW}群众反映管网问题可拨打12345政务服务便民热线或区生态环境局监督电话023-68765432。` }),
  },
  {
    id: 'S54-W09', sector: '乡镇污水管网补助（指标解释举例写村民姓名身份证号）', expect: [F('private_data', 0, 'description')],
    form: sewer({}, patch(SEWER, { 0: { description: '含入户支管。如石桥镇新华村村民李德富（身份证号500106196509223717）户接入支管计入。' } })),
  },
  { id: 'S54-W10', sector: '乡镇污水管网补助（权重合计85）', form: sewer({}, patch(SEWER, { 0: { weight: 10 } })), expect: [F('weights', null, 'weight')] },
  {
    id: 'S54-W11', sector: '乡镇污水管网补助（目标概括表述，指标量化，安静）', expect: [],
    form: sewer({ goal: '完善乡镇污水收集管网，补齐乡镇污水收集处理短板，提升乡镇污水集中收集处理能力，改善农村人居环境。' }),
  },
  {
    id: 'S54-W13', sector: '乡镇污水管网补助（目标写统筹2025年结转资金260万元，安静）', expect: [],
    form: sewer({ goal: `统筹2025年结转资金260万元，${SEWER_GOAL}` }),
  },
];
