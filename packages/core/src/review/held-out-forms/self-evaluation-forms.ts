import { B, C, dse, e, ECN, ECO, F, type FormCase, LZ, NUM, O, patch, pse, Q, QUA, S, s, SAT, SOC, SUS, TIM } from './form-case-types';

/** Held-out 项目支出/部门整体绩效自评表 forms. Written before reading the review or scoring code. */
const budget = (initial_wan: number, adjusted_wan: number, executed_wan: number, execution_rate: number, score: number, reason: string | null = null) =>
  ({ initial_wan, adjusted_wan, executed_wan, execution_rate, weight: 10, score, reason });

/** 农村饮水安全工程维修: 8 rows, weights 90, every target met. */
const WATER = [
  e(O, NUM, '维修供水管网长度', '>=', '15', '公里', 15, '16', 15), e(O, NUM, '新建蓄水池', '=', '4', '座', 10, '4', 10),
  e(O, QUA, '工程验收合格率', '>=', '95', '%', 10, '100', 10), e(O, TIM, '工程完工及时率', '>=', '90', '%', 10, '92', 10),
  e(C, ECO, '单位管网维修成本', '<=', '8', '万元/公里', 10, '7.6', 10), e(B, SOC, '受益人口', '>=', '12000', '人', 15, '12500', 15),
  e(B, SUS, '工程运行年限', '>=', '10', '年', 10, '10', 10), e(S, SAT, '受益群众满意度', '>=', '90', '%', 10, '96', 10),
];
const WATER_BUDGET = budget(200, 180, 171, 95, 9.5);
const water = (indicators = WATER, fields: Record<string, unknown> = {}) =>
  pse({ project_name: '农村饮水安全工程维修养护', goal: '维修供水管网15公里，新建蓄水池4座，保障12000名群众饮水安全。',
    budget: WATER_BUDGET, total_score: 99.5, indicators, ...fields });

/** 社区居家养老服务: 6 rows incl. a qualitative one. */
const CARE = [
  e(O, NUM, '上门服务老人数', '>=', '800', '人', 20, '820', 20), e(O, QUA, '服务规范达标率', '>=', '95', '%', 15, '96', 15),
  e(O, TIM, '服务响应时间', '<=', '24', '小时', 15, '20', 15), e(C, ECO, '人均服务补贴', '<=', '3000', '元', 10, '2950', 10),
  e(B, SOC, '老年人生活质量', Q, '明显改善', null, 20, '达成', 20), e(S, SAT, '服务对象满意度', '>=', '90', '%', 10, '95', 10),
];
const care = (indicators = CARE, fields: Record<string, unknown> = {}) =>
  pse({ project_name: '社区居家养老服务补助', goal: '为800名老人提供居家上门服务。', budget: budget(260, 260, 247, 95, 9.5),
    total_score: 99.5, indicators, ...fields });

/** 农村电商发展扶持 self-evaluation: growth above 100%, negative actuals, a 0 score with its reason. */
const SHOP = [
  e(O, NUM, '扶持电商服务站', '>=', '30', '个', 15, '32', 15), e(O, NUM, '培训电商从业人员', '>=', '600', '人次', 10, '1000', 10),
  e(O, QUA, '服务站正常运营率', '>=', '90', '%', 10, '93', 10), e(C, ECO, '项目成本超支率', '<=', '5', '%', 10, '-2', 10),
  e(B, ECN, '农产品网络销售额增长率', '>=', '120', '%', 15, '135', 15),
  e(B, SOC, '带动农户就业增长率', '>=', '5', '%', 20, '-3', 0, '受市场行情影响，部分服务站用工减少'),
  e(S, SAT, '经营主体满意度', '>=', '90', '%', 10, '92', 10),
];
const shop = (indicators = SHOP, fields: Record<string, unknown> = {}) =>
  pse({ project_name: '农村电商发展扶持', goal: '扶持农村电商服务站30个。', budget: budget(300, 280, 266, 95, 9.5),
    total_score: 79.5, indicators, ...fields });

/** 学校营养餐: 10 rows, all met, incl. `= 0 起`. */
const MEAL = [
  e(O, NUM, '受益学生人数', '>=', '21000', '人', 10, '21350', 10), e(O, NUM, '供餐天数', '>=', '180', '天', 10, '182', 10),
  e(O, QUA, '食品安全抽检合格率', '=', '100', '%', 10, '100', 10), e(O, QUA, '营养餐标准达标率', '>=', '95', '%', 10, '97', 10),
  e(O, TIM, '补助资金拨付及时率', '=', '100', '%', 5, '100', 5), e(C, ECO, '生均每天补助标准', '<=', '5', '元', 10, '5', 10),
  e(B, SOC, '学生营养健康状况', Q, '持续改善', null, 15, '达成', 15), e(B, SOC, '食品安全事故', '=', '0', '起', 10, '0', 10),
  e(S, SAT, '学生满意度', '>=', '90', '%', 5, '94', 5), e(S, SAT, '家长满意度', '>=', '90', '%', 5, '93', 5),
];
const meal = (indicators = MEAL, fields: Record<string, unknown> = {}) =>
  pse({ project_name: '农村义务教育学生营养改善计划', goal: '保障21000名学生在校期间营养餐。', budget: budget(800, 760, 760, 100, 10),
    total_score: 100, indicators, ...fields });

export const PROJECT_SELF_EVALUATION_CASES: FormCase[] = [
  { id: 'PSE01', sector: '农村饮水', form: water(), expect: [], scoring: { total: 99.5, grade: '优' } },
  {
    id: 'PSE02', sector: '农村饮水（得分超权重）', form: water(patch(WATER, { 1: { score: 12 } }), { total_score: 101.5 }),
    expect: [F('self_evaluation', 1, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 99.5, grade: '优' },
  },
  {
    id: 'PSE03', sector: '农村饮水（未完成无原因）', form: water(patch(WATER, { 0: { actual: '12', score: 12 } }), { total_score: 96.5 }),
    expect: [F('self_evaluation', 0, 'reason')], scoring: { total: 96.5, grade: '优' },
  },
  {
    id: 'PSE04', sector: '农村饮水（未完成有原因）',
    form: water(patch(WATER, { 0: { actual: '12', score: 12, reason: '部分管网因汛期推迟至次年施工' } }), { total_score: 96.5 }),
    expect: [], scoring: { total: 96.5, grade: '优' },
  },
  {
    id: 'PSE05', sector: '农村饮水（得分与规则不符）',
    form: water(patch(WATER, { 5: { actual: '10000', score: 14, reason: '部分村民外出务工' } }), { total_score: 98.5 }),
    expect: [F('self_evaluation', 5, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 97, grade: '优' },
  },
  {
    id: 'PSE06', sector: '农村饮水（总分不是合计）', form: water(WATER, { total_score: 98.5 }),
    expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 99.5, grade: '优' },
  },
  {
    id: 'PSE07', sector: '农村饮水（预算执行得分错）', form: water(WATER, { budget: { ...WATER_BUDGET, score: 10 }, total_score: 100 }),
// Measured as optional since the harness began: an optional expectation on the same code and row replaced this one until
    // set 19 fixed measure-forms.ts; review-precision.test.ts reads a whole-number sheet as rounding (10 for 9.78).
    expect: [F('self_evaluation', null, 'budget.score', true), F('self_evaluation', null, 'total_score', true)], scoring: { total: 99.5, grade: '优' },
  },
  {
    id: 'PSE08', sector: '农村饮水（执行数超预算）',
    form: water(WATER, { budget: budget(200, 150, 171, 114, 10), total_score: 100 }),
    expect: [F('budget_arithmetic', null, 'budget.executed_wan')], scoring: { total: 100, grade: '优' },
  },
  {
    id: 'PSE09', sector: '居家养老（定性得分出档）',
    form: care(patch(CARE, { 4: { actual: '部分达成', score: 19, reason: '个别社区服务覆盖不足' } }), { total_score: 98.5 }),
    expect: [F('self_evaluation', 4, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: null,
  },
  {
    id: 'PSE10', sector: '居家养老（未完成、四舍五入、部分达成）',
    form: care(patch(CARE, {
      0: { actual: '780', score: 19.5, reason: '部分老人入住养老机构' },
      1: { actual: '91', score: 14.37, reason: '新招聘护理员培训未到位' },
      2: { actual: '30', score: 11.25, reason: '偏远社区路途较远' },
      4: { actual: '部分达成', score: 14, reason: '失能老人护理需求增长较快' },
    }), { total_score: 88.62 }),
    expect: [], scoring: { total: 88.62, grade: '良' },
  },
  {
    id: 'PSE11', sector: '居家养老（文件保留一位小数）',
    form: care(patch(CARE, { 1: { actual: '91', score: 14.4, reason: '新招聘护理员培训未到位' } }), { total_score: 98.9 }),
    expect: [], scoring: { total: 98.87, grade: '优' },
  },
  { id: 'PSE12', sector: '农村电商（增长率超100%、负完成值）', form: shop(), expect: [], scoring: { total: 79.5, grade: '中' } },
  {
    id: 'PSE13', sector: '农村电商（超额完成未说明，explain 政策）', policy: { overAchievement: 'explain' }, form: shop(),
    expect: [F('self_evaluation', 1, 'reason')], scoring: { total: 79.5, grade: '中' },
  },
  {
    id: 'PSE14', sector: '农村电商（反向指标得分错）', form: shop(patch(SHOP, { 3: { actual: '7.5', score: 10 } })),
    expect: [F('self_evaluation', 3, 'score'), F('self_evaluation', 3, 'reason', true), F('self_evaluation', null, 'total_score', true)],
    scoring: { total: 74.5, grade: '中' },
  },
  {
    id: 'PSE15', sector: '居家养老（执行率低有原因）',
    form: care(CARE, { budget: budget(260, 260, 208, 80, 8, '部分服务站建设延期，资金结转下年'), total_score: 98 }),
    expect: [], scoring: { total: 98, grade: '优' },
  },
  {
    id: 'PSE16', sector: '居家养老（执行率低无原因）', form: care(CARE, { budget: budget(260, 260, 208, 80, 8), total_score: 98 }),
    expect: [F('self_evaluation', null, 'budget.reason')], scoring: { total: 98, grade: '优' },
  },
  { id: 'PSE17', sector: '学校营养餐（10行）', form: meal(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'PSE18', sector: '学校营养餐（零目标未达却满分）',
    form: meal(patch(MEAL, { 7: { actual: '1', score: 10, reason: '某校发生一起轻微食源性事件' } })),
    expect: [F('self_evaluation', 7, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 90, grade: '优' },
  },
  {
    id: 'PSE19', sector: '学校营养餐（总分少算）', form: meal(MEAL, { total_score: 95 }),
    expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 100, grade: '优' },
  },
];

const ZT = '总体绩效';
const XM = '项目绩效';
/** A 2024-template score sheet (区卫健局): no targets, shortfalls without a reason column, sub-rows without weight. */
const SHEET = [
  s(ZT, '履职效能', '核心职能目标完成情况', 10, 10), s(ZT, '履职效能', '家庭医生签约服务', null, null), s(ZT, '履职效能', '基本公卫项目完成率', null, null),
  s(ZT, '预算管理', '预算编制质量', 8, 7), s(ZT, '预算管理', '支出执行进度', 9, 9), s(ZT, '预算管理', '预算年终结余', 8, 8),
  s(ZT, '预算管理', '严控一般性支出', 6, 5.5), s(ZT, '资产管理', '资产利用率', 3, 3), s(ZT, '资产管理', '资产盘活率', 3, 2.5),
  s(ZT, '资产管理', '人均资产变化率', 3, 3), s(ZT, '采购管理', '采购执行率', 3, 3), s(ZT, '采购管理', '支持中小企业发展', 3, 3),
  s(XM, '项目决策', '决策程序', 4, 4), s(XM, '项目决策', '目标设置', 4, 3.5), s(XM, '项目决策', '项目入库', 4, 4),
  s(XM, '项目执行', '执行同向', 5, 5), s(XM, '项目执行', '项目调整', 6, 6), s(XM, '项目执行', '执行结果', 4, 4),
  s(XM, '目标实现', '目标完成', 6, 6), s(XM, '目标实现', '目标偏离', 6, 5), s(XM, '目标实现', '实现效果', 5, 5),
  s('扣分项', '财务管理', '资金使用规范', null, null),
];
const GL = '部门管理';
/** A department sheet laid out with targets (区市场监管局), weights 100. */
const DUTY = [
  e(LZ, '产出指标', '食品安全抽检批次', '>=', '3200', '批次', 15, '3350', 15),
  e(LZ, '产出指标', '投诉举报处结率', '>=', '98', '%', 10, '99', 10),
  e(LZ, '产出指标', '双随机抽查任务完成率', '=', '100', '%', 10, '100', 10),
  e(LZ, '效益指标', '新增市场主体', '>=', '5000', '户', 10, '4600', 9.2, '受宏观经济影响新设主体减少'),
  e(LZ, '效益指标', '重大食品安全事故', '=', '0', '起', 10, '0', 10),
  e('满意度', '满意度指标', '群众满意度', '>=', '90', '%', 10, '93', 10),
  e(GL, '预算管理', '预算执行率', '>=', '95', '%', 15, '96.5', 15),
  e(GL, '资产管理', '固定资产利用率', '>=', '90', '%', 10, '92', 10),
  e(GL, '制度建设', '内控制度健全性', Q, '健全', null, 10, '达成', 10),
];

export const DEPARTMENT_SELF_EVALUATION_CASES: FormCase[] = [
  { id: 'DSE01', sector: '区卫健局评分表（得分低于分值、无原因列）', form: dse({ org: '区卫生健康局', total_score: 96.5, indicators: SHEET }), expect: [], scoring: { total: 96.5, grade: '优' } },
  {
    id: 'DSE02', sector: '区卫健局评分表（得分超分值）',
    form: dse({ org: '区卫生健康局', total_score: 97.5, indicators: patch(SHEET, { 4: { score: 10 } }) }),
    expect: [F('self_evaluation', 4, 'score')], scoring: null,
  },
  {
    id: 'DSE03', sector: '区卫健局评分表（总分不是合计）', form: dse({ org: '区卫生健康局', total_score: 98.6, indicators: SHEET }),
    expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 96.5, grade: '优' },
  },
  { id: 'DSE04', sector: '区市场监管局（履职效能/部门管理，有目标值）', form: dse({ org: '区市场监督管理局', total_score: 99.2, indicators: DUTY }), expect: [], scoring: { total: 99.2, grade: '优' } },
  {
    id: 'DSE05', sector: '区市场监管局（未完成无原因）',
    form: dse({ org: '区市场监督管理局', total_score: 99.2, indicators: patch(DUTY, { 3: { reason: null } }) }),
    expect: [F('self_evaluation', 3, 'reason')], scoring: { total: 99.2, grade: '优' },
  },
  {
    id: 'DSE06', sector: '区市场监管局（得分与规则不符）',
    form: dse({ org: '区市场监督管理局', total_score: 99.2, indicators: patch(DUTY, { 6: { actual: '85' } }) }),
    expect: [F('self_evaluation', 6, 'score'), F('self_evaluation', 6, 'reason', true), F('self_evaluation', null, 'total_score', true)],
    scoring: { total: 97.62, grade: '优' },
  },
  {
    id: 'DSE07', sector: '区市场监管局（分值合计95）',
    form: dse({ org: '区市场监督管理局', total_score: 94.2, indicators: patch(DUTY, { 7: { weight: 5, score: 5 } }) }),
    expect: [F('weights', null, 'weight')], scoring: { total: 94.2, grade: '优' },
  },
];
