import { B, C, dt, ECN, ECO, F, type FormCase, funds, LZ, NUM, O, patch, Q, QUA, r, S, SAT, SOC, split, SUS, SX, TIM } from './form-case-types';

/**
 * Held-out set 22 (issue 3), 部门整体绩效目标表 on both trees (产出/效益/满意度 and 履职效能/管理效率/社会效应/可持续性)
 * with 年度主要任务, 分项目标 and 保障措施. Written before reading any code under review/; readings in set-22-cases.ts.
 */

const ME = '管理效率';
const KX = '可持续性';
const task = (name: string, content: string, budget_wan: number | null = null) => ({ name, content, budget_wan });
const text = (title: string, body: string) => [{ title, text: body }];

/** 区教育委员会, 产出 tree, 100 points. */
const EDU = [
  r(O, NUM, '保障义务教育在校学生', '>=', '5.2', '万人', 15), r(O, NUM, '新建改扩建中小学校', '>=', '6', '所', 10),
  r(O, QUA, '教师培训合格率', '>=', '95', '%', 10), r(O, TIM, '学生资助资金发放及时率', '=', '100', '%', 10),
  r(C, ECO, '三公经费支出增长率', '<=', '0', '%', 10), r(B, SOC, '义务教育巩固率', '>=', '99', '%', 15),
  r(B, SUS, '教育优质均衡发展', Q, '持续推进', null, 10), r(S, SAT, '学生家长满意度', '>=', '90', '%', 20),
];
const EDU_GOAL = '保障义务教育在校学生5.2万人，新建改扩建中小学校6所，义务教育巩固率保持在99%以上，学生家长满意度达到90%。';
const edu = (fields: Record<string, unknown> = {}) => dt({
  org: '区教育委员会', budget_total_wan: 42000, fund_sources: funds(40000, null, 2000), structure: split(30000, 12000), goal: EDU_GOAL, indicators: EDU, ...fields,
});

/** 区卫生健康委员会, 履职效能 tree, 100 points. */
const HEALTH = [
  r(LZ, NUM, '家庭医生签约服务人数', '>=', '32', '万人', 15), r(LZ, NUM, '开展基本公共卫生服务项目', '>=', '12', '类', 10),
  r(LZ, TIM, '传染病疫情报告及时率', '>=', '98', '%', 10), r(LZ, QUA, '电子健康档案建档率', '>=', '90', '%', 10),
  r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(ME, '资产管理', '固定资产账实相符率', '=', '100', '%', 5),
  r(SX, SOC, '居民健康素养水平', '>=', '32', '%', 10), r(SX, SAT, '群众就医满意度', '>=', '90', '%', 15),
  r(KX, SUS, '分级诊疗制度', Q, '持续完善', null, 15),
];
const HEALTH_GOAL = '家庭医生签约服务32万人，开展基本公共卫生服务项目12类，传染病疫情报告及时率98%以上，居民健康素养水平达到32%。';
const health = (fields: Record<string, unknown> = {}, indicators = HEALTH) => dt({
  org: '区卫生健康委员会', budget_total_wan: 26000, fund_sources: funds(24500, null, 1500), structure: split(8000, 18000), goal: HEALTH_GOAL, indicators, ...fields,
});

/** 区交通运输委员会, 产出 tree, 100 points. */
const TRANS = [
  r(O, NUM, '农村公路大中修', '>=', '120', '公里', 15), r(O, NUM, '新改建农村公路', '>=', '45', '公里', 10),
  r(O, NUM, '新增公交站亭', '>=', '60', '个', 10), r(O, QUA, '公路优良路率', '>=', '85', '%', 10),
  r(O, TIM, '养护工程按期完工率', '>=', '95', '%', 10), r(B, SOC, '建制村通客车率', '=', '100', '%', 10),
  r(B, SUS, '农村公路长效管养机制', Q, '持续完善', null, 15), r(S, SAT, '沿线群众满意度', '>=', '90', '%', 20),
];
const TRANS_GOAL = '完成农村公路大中修120公里，新改建农村公路45公里，新增公交站亭60个，建制村通客车率保持100%。';
const trans = (fields: Record<string, unknown> = {}) => dt({
  org: '区交通运输委员会', budget_total_wan: 18500, fund_sources: funds(16000, null, 2500), structure: split(2500, 16000), goal: TRANS_GOAL, indicators: TRANS, ...fields,
});

/** 区农业农村委员会, 履职效能 tree, 100 points. */
const AGRI = [
  r(LZ, NUM, '新建高标准农田', '>=', '2.3', '万亩', 15), r(LZ, NUM, '培训高素质农民', '>=', '600', '人', 10),
  r(LZ, QUA, '农产品质量安全抽检合格率', '>=', '98', '%', 10), r(LZ, TIM, '耕地地力保护补贴发放及时率', '=', '100', '%', 10),
  r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(SX, ECN, '带动农民人均增收', '>=', '300', '元', 10),
  r(SX, SAT, '种粮农户满意度', '>=', '90', '%', 15), r(KX, SUS, '耕地质量', Q, '稳步提升', null, 20),
];
const AGRI_GOAL = '新建高标准农田2.3万亩，培训高素质农民600人，农产品质量安全抽检合格率98%以上，耕地地力保护补贴按时足额发放。';
const agri = (fields: Record<string, unknown> = {}, indicators = AGRI) => dt({
  org: '区农业农村委员会', budget_total_wan: 21000, fund_sources: funds(19000, null, 2000), structure: split(3000, 18000), goal: AGRI_GOAL, indicators, ...fields,
});

/** 区民政局, 产出 tree, 100 points. */
const CIVIL = [
  r(O, NUM, '发放高龄津贴', '>=', '2.8', '万人', 15), r(O, NUM, '新建社区养老服务综合体', '>=', '4', '个', 10),
  r(O, NUM, '特殊困难老年人家庭适老化改造', '>=', '500', '户', 10), r(O, QUA, '社会救助对象认定准确率', '>=', '98', '%', 10),
  r(O, TIM, '临时救助审批时限', '<=', '7', '个工作日', 10), r(B, SOC, '困难群众基本生活', Q, '有效保障', null, 15),
  r(B, SUS, '养老服务体系', Q, '持续完善', null, 10), r(S, SAT, '服务对象满意度', '>=', '92', '%', 20),
];
const CIVIL_GOAL = '发放高龄津贴2.8万人，新建社区养老服务综合体4个，完成特殊困难老年人家庭适老化改造500户，临时救助7个工作日内审批完毕。';
const civil = (fields: Record<string, unknown> = {}, indicators = CIVIL) => dt({
  org: '区民政局', budget_total_wan: 15600, fund_sources: funds(15000, null, 600), structure: split(1600, 14000), goal: CIVIL_GOAL, indicators, ...fields,
});

/** 区机关事务管理局, 履职效能 tree, 100 points. */
const ADMIN = [
  r(LZ, NUM, '保障办公用房维修', '>=', '12', '处', 15), r(LZ, NUM, '公务用车集中保障', '>=', '3600', '车次', 10),
  r(LZ, QUA, '公共机构能耗定额达标率', '>=', '90', '%', 10), r(LZ, TIM, '维修报修响应时间', '<=', '24', '小时', 10),
  r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(ME, '资产管理', '资产盘点覆盖率', '=', '100', '%', 10),
  r(SX, SOC, '公共机构人均综合能耗下降', '>=', '2', '%', 10), r(SX, SAT, '服务单位满意度', '>=', '92', '%', 15),
  r(KX, SUS, '节约型机关建设', Q, '持续推进', null, 10),
];
const ADMIN_GOAL = '保障办公用房维修12处，集中保障公务用车3600车次，维修报修24小时内响应，公共机构人均综合能耗下降2%。';
const admin = (fields: Record<string, unknown> = {}, indicators = ADMIN) => dt({
  org: '区机关事务管理局', budget_total_wan: 4800, fund_sources: funds(4800, null, null), structure: split(1800, 3000), goal: ADMIN_GOAL, indicators, ...fields,
});

/** 某镇人民政府, 产出 tree, 100 points. */
const TOWN = [
  r(O, NUM, '完成农村人居环境整治村', '>=', '8', '个', 15), r(O, NUM, '改造农村危房', '>=', '35', '户', 10),
  r(O, NUM, '新建村级便民服务点', '>=', '6', '个', 10), r(O, QUA, '农村生活垃圾集中收运率', '>=', '95', '%', 10),
  r(O, TIM, '惠农补贴兑付及时率', '=', '100', '%', 10), r(B, ECN, '村集体经济收入超过10万元的村', '>=', '10', '个', 15),
  r(B, SUS, '乡村治理长效机制', Q, '持续完善', null, 10), r(S, SAT, '辖区群众满意度', '>=', '90', '%', 20),
];
const TOWN_GOAL = '完成8个村农村人居环境整治，改造农村危房35户，新建村级便民服务点6个，农村生活垃圾集中收运率达到95%以上。';
const town = (fields: Record<string, unknown> = {}) => dt({
  org: '青木镇人民政府', budget_total_wan: 3200, fund_sources: funds(2900, null, 300), structure: split(1200, 2000), goal: TOWN_GOAL, indicators: TOWN, ...fields,
});

/** 某街道办事处, 履职效能 tree, 100 points. */
const STREET = [
  r(LZ, NUM, '改造老旧小区', '>=', '9', '个', 15), r(LZ, NUM, '开展社区志愿服务活动', '>=', '240', '场次', 10),
  r(LZ, TIM, '网格事件按时办结率', '>=', '95', '%', 10), r(LZ, QUA, '老旧小区改造工程验收合格率', '=', '100', '%', 10),
  r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(SX, SOC, '较大及以上安全生产事故', '=', '0', '起', 10),
  r(SX, SAT, '辖区居民满意度', '>=', '90', '%', 20), r(KX, SUS, '基层治理长效机制', Q, '持续完善', null, 15),
];
const STREET_GOAL = '改造老旧小区9个，开展社区志愿服务活动240场次，网格事件按时办结率95%以上，辖区居民满意度90%以上。';
const street = (fields: Record<string, unknown> = {}) => dt({
  org: '石桥街道办事处', budget_total_wan: 2600, fund_sources: funds(2400, null, 200), structure: split(1100, 1500), goal: STREET_GOAL, indicators: STREET, ...fields,
});

export const SET22_DEPARTMENT_TARGET_CASES: FormCase[] = [
  { id: 'S22-D01', sector: '教育（干净，含任务表）', form: edu({ tasks: [task('学位保障', '新建改扩建中小学校6所。', 9000), task('学生资助', '学生资助资金按学期足额发放。', 3000)] }), expect: [] },
  { id: 'S22-D02', sector: '教育（任务写六所）', form: edu({ tasks: [task('学位保障', '新建改扩建中小学校六所，保障在校学生五万二千人。', 9000)] }), expect: [] },
  { id: 'S22-D03', sector: '教育（任务写新增学位3600个无指标）', form: edu({ tasks: [task('学位保障', '新建改扩建中小学校6所，新增公办学位3600个。', 9000)] }), expect: [F('goal_vs_indicators', null, null)] },
  { id: 'S22-D04', sector: '教育（权重合计105）', form: edu({ indicators: patch(EDU, { 7: { weight: 25 } }) }), expect: [F('weights', null, 'weight')] },
  { id: 'S22-D05', sector: '教育（财政拨款40000+其他2500≠42000）', form: edu({ fund_sources: funds(40000, null, 2500) }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S22-D06', sector: '教育（保障措施写学生姓名身份证）', expect: [F('private_data', null, 'measures[0].text')],
    form: edu({ measures: text('资助保障', '对贫困学生李思雨（身份证号500112201106154327）等实行一人一档精准资助。') }),
  },
  {
    id: 'S22-D07', sector: '教育（陶行知、袁隆平、黄继光纪念馆）', expect: [],
    form: edu({ measures: text('德育实践', '践行陶行知教育思想，开展“致敬袁隆平”主题教育，组织学生参观黄继光纪念馆。') }),
  },
  { id: 'S22-D08', sector: '卫健（干净，履职效能树）', form: health(), expect: [] },
  { id: 'S22-D09', sector: '卫健（满意度放在履职效能下）', form: health({}, patch(HEALTH, { 7: { level1: LZ } })), expect: [F('levels', 7, null)] },
  { id: 'S22-D10', sector: '卫健（目标写65岁以上老人体检4.5万人无指标）', form: health({ goal: `${HEALTH_GOAL}为65岁以上老年人免费健康体检4.5万人。` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S22-D11', sector: '卫健（分项目标写签约居民姓名电话）', expect: [F('private_data', null, 'sub_goals[0].text')],
    form: health({ sub_goals: text('慢病管理', '对签约居民谢桂英（高血压，电话13512345678）等重点人群每季度随访一次。') }),
  },
  {
    id: 'S22-D12', sector: '卫健（12320、文号、杨家坪、李家沱、钟南山院士）', expect: [],
    form: health({ measures: text('健康宣传', '依据渝卫发〔2025〕15号，开通12320卫生热线，在杨家坪、李家沱社区举办钟南山院士健康科普讲座。') }),
  },
  { id: 'S22-D13', sector: '交通（干净）', form: trans(), expect: [] },
  { id: 'S22-D14', sector: '交通（任务写一百二十公里）', form: trans({ tasks: [task('公路养护', '完成农村公路大中修一百二十公里，新改建农村公路45公里。', 12000)] }), expect: [] },
  { id: 'S22-D15', sector: '交通（目标新改建50公里，指标45）', form: trans({ goal: TRANS_GOAL.replace('45公里', '50公里') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S22-D16', sector: '交通（基本2500+项目15000≠18500）', form: trans({ structure: split(2500, 15000) }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S22-D17', sector: '交通（保障措施写驾驶员姓名车牌）', expect: [F('private_data', null, 'measures[0].text')],
    form: trans({ measures: text('治超执法', '对驾驶员刘志强驾驶渝B·3K8L2货车多次超载上路的行为依法顶格处罚。') }),
  },
  {
    id: 'S22-D18', sector: '交通（G65、S103、12328、四好农村路）', expect: [],
    form: trans({ measures: text('路网保障', '配合G65包茂高速扩能，推进S103线改造，畅通12328交通服务热线，创建“四好农村路”示范镇。') }),
  },
  { id: 'S22-D19', sector: '农业（干净，任务写23000亩）', form: agri({ tasks: [task('农田建设', '新建高标准农田23000亩。', 6900)] }), expect: [] },
  { id: 'S22-D20', sector: '农业（预算执行放在履职效能下）', form: agri({}, patch(AGRI, { 4: { level1: LZ } })), expect: [F('levels', 4, null)] },
  { id: 'S22-D21', sector: '农业（任务写冷链集配中心3个无指标）', form: agri({ tasks: [task('产业发展', '建设农产品产地冷链集配中心3个。', 1500)] }), expect: [F('goal_vs_indicators', null, null)] },
  {
    // Set 60F: the task carrying this case has money and no row measuring it (check-task-rows.ts); right, but not this case's aim.
    id: 'S22-D22', sector: '农业（任务写种植大户姓名）', expect: [F('private_data', null, 'tasks[0].content'), F('goal_vs_indicators', null, null, true)],
    form: agri({ tasks: [task('产业发展', '扶持种植大户唐国富、蒋秀兰发展柑橘产业。', 1500)] }),
  },
  { id: 'S22-D23', sector: '民政（干净）', form: civil(), expect: [] },
  { id: 'S22-D24', sector: '民政（无满意度指标）', form: civil({}, [...CIVIL.slice(0, 6), { ...CIVIL[6]!, weight: 30 }]), expect: [F('coverage', null, null)] },
  {
    id: 'S22-D25', sector: '民政（目标写独居老人姓名住址）', expect: [F('private_data', null, 'goal')],
    form: civil({ goal: `${CIVIL_GOAL}为独居老人何玉珍（住花溪街道民乐村3组8号）安装智能呼叫设备。` }),
  },
  { id: 'S22-D26', sector: '机关事务（干净）', form: admin(), expect: [] },
  { id: 'S22-D27', sector: '机关事务（任务写三千六百车次）', form: admin({ tasks: [task('公务用车', '集中保障公务用车三千六百车次。', 600)] }), expect: [] },
  { id: 'S22-D28', sector: '机关事务（数量指标放在社会效应下）', form: admin({}, patch(ADMIN, { 0: { level1: SX } })), expect: [F('levels', 0, null)] },
  { id: 'S22-D29', sector: '机关事务（权重合计95）', form: admin({}, patch(ADMIN, { 5: { weight: 5 } })), expect: [F('weights', null, 'weight')] },
  { id: 'S22-D30', sector: '乡镇（干净，8个村）', form: town(), expect: [] },
  {
    id: 'S22-D31', sector: '乡镇（任务写危房改造户姓名）', expect: [F('private_data', null, 'tasks[0].content')],
    form: town({ tasks: [task('危房改造', '完成危房改造户罗德胜、彭桂兰等35户改造。', 700)] }),
  },
  { id: 'S22-D32', sector: '乡镇（财政拨款2900+其他500≠3200）', form: town({ fund_sources: funds(2900, null, 500) }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S22-D33', sector: '乡镇（任务写新建便民服务点8个，指标6）', form: town({ tasks: [task('便民服务', '新建村级便民服务点8个。', 300)] }), expect: [F('goal_vs_indicators', null, null)] },
  { id: 'S22-D34', sector: '街道（干净）', form: street(), expect: [] },
  { id: 'S22-D35', sector: '街道（任务写加装电梯20部无指标）', form: street({ tasks: [task('老旧小区改造', '改造老旧小区9个，加装电梯20部。', 1200)] }), expect: [F('goal_vs_indicators', null, null)] },
  {
    id: 'S22-D36', sector: '街道（保障措施写网格员手机）', expect: [F('private_data', null, 'measures[0].text')],
    form: street({ measures: text('网格治理', '由网格员陈晓东（手机号：177-2345-6789）负责三号网格日常巡查。') }),
  },
  {
    id: 'S22-D37', sector: '街道（张家花园社区、王某、12345、信用代码）', expect: [],
    form: street({ measures: text('协同治理', '在张家花园社区试点12345诉求快办，对王某等反映的问题限时答复；物业服务企业统一社会信用代码91500103MA5U7LXQ2K。') }),
  },
];
