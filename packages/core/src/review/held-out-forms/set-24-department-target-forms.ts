import { B, C, dt, ECN, ECO, ENV, F, type FormCase, funds, KC, LZ, NUM, O, patch, Q, QUA, r, S, SAT, SOC, split, SUS, SX, TIM } from './form-case-types';

/**
 * Held-out set 24 (issue 3), 部门整体绩效目标表 with 中长期目标 beside 年度目标, 年度主要任务 tables, 分项目标 and 保障措施,
 * in 退役军人事务, 市场监管, 档案, 信访, 开发区管委会 and 乡镇. Written before reading any code under review/; readings in
 * set-24-cases.ts.
 */
const ME = '管理效率';
const task = (name: string, content: string, budget_wan: number | null = null) => ({ name, content, budget_wan });
const text = (title: string, body: string) => [{ title, text: body }];

/** 区退役军人事务局, 产出 tree, 100 points. */
const VET = [
  r(O, NUM, '走访慰问重点优抚对象', '>=', '3200', '人次', 15), r(O, NUM, '退役军人职业技能培训', '>=', '800', '人', 10),
  r(O, QUA, '优抚金发放准确率', '=', '100', '%', 10), r(O, TIM, '优待证申领办理时限', '<=', '15', '个工作日', 10),
  r(C, ECO, '人均培训成本', '<=', '2500', '元', 5), r(B, SOC, '参训退役军人就业率', '>=', '90', '%', 15),
  r(B, SUS, '退役军人服务保障体系', Q, '持续完善', null, 15), r(S, SAT, '退役军人满意度', '>=', '92', '%', 20),
];
const VET_MID = '中长期目标：到2027年建成覆盖区、镇、村三级的退役军人服务保障体系，服务站规范化建设率达到100%。';
const VET_YEAR = '年度目标：走访慰问重点优抚对象3200人次，开展退役军人职业技能培训800人，优抚金发放准确率100%，参训退役军人就业率达到90%以上。';
const vet = (fields: Record<string, unknown> = {}, indicators = VET) => dt({
  org: '区退役军人事务局', budget_total_wan: 6800, fund_sources: funds(6500, null, 300), structure: split(900, 5900),
  goal: `${VET_MID}${VET_YEAR}`, indicators, ...fields,
});

/** 区市场监督管理局, 履职效能 tree, 100 points. */
const MKT = [
  r(LZ, NUM, '食品安全监督抽检', '>=', '4800', '批次', 15), r(LZ, NUM, '双随机抽查市场主体', '>=', '1200', '户', 10),
  r(LZ, QUA, '特种设备定期检验率', '>=', '99', '%', 10), r(LZ, TIM, '投诉举报按时办结率', '>=', '98', '%', 10),
  r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(SX, SOC, '重大食品安全事故', '=', '0', '起', 10),
  r(SX, SAT, '市场主体满意度', '>=', '90', '%', 15), r(KC, SUS, '信用监管长效机制', Q, '持续完善', null, 20),
];
const MKT_MID = '中长期目标：到2027年食品安全评价性抽检合格率稳定在98.5%以上，累计培育放心消费示范单位500家。';
const MKT_YEAR = '年度目标：完成食品安全监督抽检4800批次，双随机抽查市场主体1200户，特种设备定期检验率99%以上，投诉举报按时办结率98%以上，不发生重大食品安全事故。';
const mkt = (fields: Record<string, unknown> = {}, indicators = MKT) => dt({
  org: '区市场监督管理局', budget_total_wan: 9200, fund_sources: funds(9000, null, 200), structure: split(5200, 4000),
  goal: `${MKT_MID}${MKT_YEAR}`, indicators, ...fields,
});

/** 区档案馆, 产出 tree, 100 points. */
const ARC = [
  r(O, NUM, '馆藏档案数字化', '>=', '120', '万页', 15), r(O, NUM, '接收进馆档案', '>=', '1.5', '万卷', 10),
  r(O, QUA, '数字化成果质检合格率', '>=', '99', '%', 10), r(O, TIM, '档案查阅利用办结时限', '<=', '3', '个工作日', 10),
  r(C, ECO, '每页数字化加工成本', '<=', '0.45', '元', 5), r(B, SOC, '提供档案查阅利用服务', '>=', '6000', '人次', 15),
  r(B, SUS, '档案安全保管', Q, '持续安全', null, 10), r(S, SAT, '查档群众满意度', '>=', '95', '%', 25),
];
const ARC_GOAL = '完成馆藏档案数字化120万页，接收进馆档案1.5万卷，提供档案查阅利用服务6000人次，数字化成果质检合格率99%以上。';
const arc = (fields: Record<string, unknown> = {}, indicators = ARC) => dt({
  org: '区档案馆', budget_total_wan: 1260, fund_sources: funds(1260, null, null), structure: split(560, 700), goal: ARC_GOAL, indicators, ...fields,
});

/** 区信访办公室, 履职效能 tree, 100 points; 60日 carried by a row in 天. */
const LETTER = [
  r(LZ, NUM, '受理群众来信来访', '>=', '5600', '件次', 15), r(LZ, NUM, '开展领导干部接访下访', '>=', '48', '场次', 10),
  r(LZ, TIM, '信访事项办理期限', '<=', '60', '天', 10), r(LZ, QUA, '信访事项一次性化解率', '>=', '85', '%', 10),
  r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(SX, SOC, '进京赴市非正常上访', '=', '0', '起', 10),
  r(SX, SAT, '信访群众满意度', '>=', '90', '%', 15), r(KC, SUS, '信访工作法治化', Q, '持续推进', null, 20),
];
const LETTER_GOAL = '中长期目标：到2027年信访工作法治化水平明显提升，初信初访一次性化解率稳定在90%以上。年度目标：受理群众来信来访5600件次，开展领导干部接访下访48场次，信访事项60日内办结，一次性化解率达到85%以上。';
const letter = (fields: Record<string, unknown> = {}, indicators = LETTER) => dt({
  org: '区信访办公室', budget_total_wan: 860, fund_sources: funds(860, null, null), structure: split(520, 340), goal: LETTER_GOAL, indicators, ...fields,
});

/** 经济技术开发区管理委员会, 产出 tree, 100 points. */
const DEV = [
  r(O, NUM, '新引进招商项目', '>=', '25', '个', 15), r(O, NUM, '新建标准化厂房', '>=', '12', '万平方米', 10),
  r(O, QUA, '入园项目履约率', '>=', '90', '%', 10), r(O, TIM, '项目审批办结时限', '<=', '5', '个工作日', 10),
  r(C, ECO, '基础设施单位造价', '<=', '1800', '元/平方米', 5), r(B, ECN, '规模以上工业总产值', '>=', '320', '亿元', 15),
  r(B, ENV, '单位工业增加值能耗下降', '>=', '3', '%', 10), r(S, SAT, '入园企业满意度', '>=', '90', '%', 25),
];
const DEV_MID = '中长期目标：到2027年园区规模以上工业总产值突破500亿元，培育百亿级产业集群2个。';
const DEV_YEAR = '年度目标：新引进招商项目25个，新建标准化厂房12万平方米，规模以上工业总产值达到320亿元，单位工业增加值能耗下降3%。';
const dev = (fields: Record<string, unknown> = {}, indicators = DEV) => dt({
  org: '经济技术开发区管理委员会', budget_total_wan: 48000, fund_sources: funds(42000, null, 6000), structure: split(3000, 45000),
  goal: `${DEV_MID}${DEV_YEAR}`, indicators, ...fields,
});

/** 某镇人民政府, 履职效能 tree, 100 points, 年度主要任务 with budgets. */
const TOWN = [
  r(LZ, NUM, '改造提升农村公路', '>=', '18', '公里', 15), r(LZ, NUM, '新增农村集中供水受益人口', '>=', '4500', '人', 10),
  r(LZ, QUA, '农村公路工程验收合格率', '=', '100', '%', 10), r(LZ, TIM, '惠农补贴兑付及时率', '=', '100', '%', 10),
  r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(SX, ECN, '村均集体经济收入', '>=', '15', '万元', 10),
  r(SX, SAT, '辖区群众满意度', '>=', '90', '%', 15), r(KC, SUS, '乡村治理长效机制', Q, '持续完善', null, 20),
];
const TOWN_GOAL = '改造提升农村公路18公里，新增农村集中供水受益人口4500人，村均集体经济收入达到15万元，惠农补贴兑付及时率100%。';
const TOWN_TASKS = [
  task('农村公路', '改造提升农村公路18公里。', 1600), task('农村供水', '新增农村集中供水受益人口4500人。', 700),
  task('集体经济', '发展壮大村集体经济，村均集体经济收入达到15万元。', 300),
];
const town = (fields: Record<string, unknown> = {}, indicators = TOWN) => dt({
  org: '白石镇人民政府', budget_total_wan: 4100, fund_sources: funds(3800, null, 300), structure: split(1500, 2600),
  goal: TOWN_GOAL, tasks: TOWN_TASKS, indicators, ...fields,
});

export const SET24_DEPARTMENT_TARGET_CASES: FormCase[] = [
  // 退役军人事务
  {
    id: 'S24-D01', sector: '退役军人（干净，中长期目标+任务表）', expect: [],
    form: vet({ tasks: [task('优抚保障', '走访慰问重点优抚对象3200人次，优抚金按月足额发放。', 1800), task('就业创业', '开展退役军人职业技能培训800人。', 400)] }),
  },
  { id: 'S24-D02', sector: '退役军人（任务写三千二百人次、八百人）', form: vet({ tasks: [task('优抚保障', '走访慰问重点优抚对象三千二百人次，培训退役军人八百人。', 2200)] }), expect: [] },
  { id: 'S24-D03', sector: '退役军人（任务写示范服务站15个无指标）', form: vet({ tasks: [task('服务体系', '建成退役军人服务站标准化示范点15个。', 300)] }), expect: [F('goal_vs_indicators', null, null)] },
  { id: 'S24-D04', sector: '退役军人（年度目标照抄上年：2024年）', form: vet({ goal: `${VET_MID}年度目标：2024年走访慰问重点优抚对象3200人次，开展退役军人职业技能培训800人，参训退役军人就业率达到90%以上。` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S24-D05', sector: '退役军人（保障措施写伤残军人住址）', expect: [F('private_data', null, 'measures[0].text')],
    form: vet({ measures: text('精准服务', '对一级伤残军人郑明亮（住龙兴镇新民村4组12号）实行每月上门服务。') }),
  },
  {
    id: 'S24-D06', sector: '退役军人（联系人座机、杨闇公旧居、唐家沱）', expect: [],
    form: vet({ measures: text('褒扬纪念', '组织退役军人赴杨闇公旧居、红岩革命纪念馆开展教育，在唐家沱街道试点光荣院社会化运营。联系人：李红，联系电话：023-67781234。') }),
  },
  {
    id: 'S24-D07', sector: '退役军人（分项目标写烈士遗属银行卡号）', expect: [F('private_data', null, 'sub_goals[0].text')],
    form: vet({ sub_goals: text('抚恤优待', '为烈士遗属陈秀兰（开户行区农商行，账号6217 0033 1000 2345 670）按季度代发定期抚恤金。') }),
  },
  { id: 'S24-D08', sector: '退役军人（社会效益放在产出下）', form: vet({}, patch(VET, { 5: { level1: O } })), expect: [F('levels', 5, null)] },
  // 市场监管
  { id: 'S24-D09', sector: '市场监管（干净，履职效能树，中长期目标）', form: mkt(), expect: [] },
  { id: 'S24-D10', sector: '市场监管（目标写0.48万批次）', form: mkt({ goal: `${MKT_MID}${MKT_YEAR.replace('4800批次', '0.48万批次')}` }), expect: [] },
  { id: 'S24-D11', sector: '市场监管（年度目标写示范单位120家无指标）', form: mkt({ goal: `${MKT_MID}${MKT_YEAR}新培育放心消费示范单位120家。` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    // Set 60F: the task carrying this case has money and no row measuring it (check-task-rows.ts); right, but not this case's aim.
    id: 'S24-D12', sector: '市场监管（任务写个体商户身份证）', expect: [F('private_data', null, 'tasks[0].content'), F('goal_vs_indicators', null, null, true)],
    form: mkt({ tasks: [task('执法办案', '依法查处个体商户周建平（身份证号500103198807125517）无证经营案件。', 200)] }),
  },
  {
    id: 'S24-D13', sector: '市场监管（12315、信用代码、磁器口陈麻花）', expect: [],
    form: mkt({ measures: text('放心消费', '畅通12315投诉举报热线，对磁器口陈麻花等老字号开展质量提升帮扶，公示涉事企业统一社会信用代码91500105MA60XY8K2B。') }),
  },
  { id: 'S24-D14', sector: '市场监管（权重合计105）', form: mkt({}, patch(MKT, { 6: { weight: 20 } })), expect: [F('weights', null, 'weight')] },
  { id: 'S24-D15', sector: '市场监管（满意度放在可持续发展下）', form: mkt({}, patch(MKT, { 6: { level1: KC } })), expect: [F('levels', 6, null)] },
  // 档案
  { id: 'S24-D16', sector: '档案（干净，任务表）', form: arc({ tasks: [task('档案数字化', '完成馆藏档案数字化120万页。', 540), task('档案接收', '接收进馆档案1.5万卷。', 80)] }), expect: [] },
  { id: 'S24-D17', sector: '档案（目标写1200000页、15000卷）', form: arc({ goal: ARC_GOAL.replace('120万页', '1200000页').replace('1.5万卷', '15000卷') }), expect: [] },
  { id: 'S24-D18', sector: '档案（目标写接收2万卷，指标1.5万卷）', form: arc({ goal: ARC_GOAL.replace('1.5万卷', '2万卷') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S24-D19', sector: '档案（无满意度指标）', form: arc({}, [...ARC.slice(0, 6), { ...ARC[6]!, weight: 35 }]), expect: [F('coverage', null, null)] },
  {
    id: 'S24-D20', sector: '档案（张自忠将军、卢作孚、邓小平诞辰）', expect: [],
    form: arc({ measures: text('史料征集', '征集张自忠将军抗战史料和卢作孚民生公司档案，举办纪念邓小平同志诞辰121周年档案展。') }),
  },
  {
    id: 'S24-D21', sector: '档案（任务写查档人电话）', expect: [F('private_data', null, 'tasks[0].content')],
    form: arc({ tasks: [task('便民查档', '为查档人冉光明（电话13983456721）补办婚姻登记档案证明等便民查档服务。', 20)] }),
  },
  // 信访
  { id: 'S24-D22', sector: '信访（干净，60日由天计的指标承载）', form: letter({ tasks: [task('接访下访', '开展领导干部接访下访48场次。', 60)] }), expect: [] },
  {
    id: 'S24-D23', sector: '信访（保障措施写反映人姓名）', expect: [F('private_data', null, 'measures[0].text')],
    form: letter({ measures: text('包案化解', '对反映人蒋光辉多次反映的宅基地纠纷，由镇街领导包案化解。') }),
  },
  {
    id: 'S24-D24', sector: '信访（李某、座机、12345）', expect: [],
    form: letter({ measures: text('畅通渠道', '对李某等反映的物业问题限期答复，来访群众可拨打023-68881234或12345热线。') }),
  },
  { id: 'S24-D25', sector: '信访（任务写化解信访积案35件无指标）', form: letter({ tasks: [task('积案化解', '集中化解信访积案35件。', 80)] }), expect: [F('goal_vs_indicators', null, null)] },
  { id: 'S24-D26', sector: '信访（权重合计95）', form: letter({}, patch(LETTER, { 7: { weight: 15 } })), expect: [F('weights', null, 'weight')] },
  // 开发区
  { id: 'S24-D27', sector: '开发区（干净，中长期目标）', form: dev(), expect: [] },
  { id: 'S24-D28', sector: '开发区（目标写三百二十亿元、120000平方米）', form: dev({ goal: `${DEV_MID}${DEV_YEAR.replace('320亿元', '三百二十亿元').replace('12万平方米', '120000平方米')}` }), expect: [] },
  // Revised after the first measurement: 财政专户 is blank, so a shortfall proves nothing (set 11's S11-D03 reading).
  { id: 'S24-D29', sector: '开发区（财政拨款42000+单位资金5000<48000，财政专户空白）', form: dev({ fund_sources: funds(42000, null, 5000) }), expect: [] },
  { id: 'S24-D29b', sector: '开发区（财政拨款42000+单位资金7000>48000）', form: dev({ fund_sources: funds(42000, null, 7000) }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S24-D30', sector: '开发区（年度目标写税收28亿元无指标）', form: dev({ goal: `${DEV_MID}${DEV_YEAR}实现园区税收收入28亿元。` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S24-D31', sector: '开发区（保障措施写服务专员手机）', expect: [F('private_data', null, 'measures[0].text')],
    form: dev({ measures: text('企业服务', '建立企业服务专员制度，由服务专员孙志刚（手机13808312345）对接重点企业诉求。') }),
  },
  // 乡镇
  { id: 'S24-D32', sector: '乡镇（干净，任务表三项）', form: town(), expect: [] },
  { id: 'S24-D33', sector: '乡镇（任务写0.45万人）', form: town({ tasks: [TOWN_TASKS[0]!, task('农村供水', '新增农村集中供水受益人口0.45万人。', 700)] }), expect: [] },
  { id: 'S24-D34', sector: '乡镇（任务写养老服务站3个无指标）', form: town({ tasks: [...TOWN_TASKS, task('养老服务', '新建村级养老服务站3个。', 240)] }), expect: [F('goal_vs_indicators', null, null)] },
  {
    // Set 60F: the task carrying this case has money and no row measuring it (check-task-rows.ts); right, but not this case's aim.
    id: 'S24-D35', sector: '乡镇（任务写五保户住址）', expect: [F('private_data', null, 'tasks[3].content'), F('goal_vs_indicators', null, null, true)],
    form: town({ tasks: [...TOWN_TASKS, task('民生兜底', '为五保户马福全（住龙井村3组21号）维修加固住房。', 5)] }),
  },
  {
    id: 'S24-D36', sector: '乡镇（马家岩、何家坝、高家花园）', expect: [],
    form: town({ measures: text('便民服务', '完善马家岩村、何家坝村便民服务中心功能，推广高家花园社区“院落议事”做法。') }),
  },
  { id: 'S24-D37', sector: '乡镇（社会效益二级放在管理效率下）', form: town({}, patch(TOWN, { 5: { level1: ME, level2: SOC } })), expect: [F('levels', 5, null)] },
];
