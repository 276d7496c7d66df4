import { dt, F, type FormCase, funds, KC, LZ, patch, Q, r, split, SX } from './form-case-types';

/**
 * Held-out set 52F (session 23), 2026年部门（单位）整体绩效目标表 of 区图书馆 (L, 680 万元 = 财政拨款650 + 单位资金30 = 基本470 +
 * 项目210, the 2024 tree 履职效能/管理效率/社会效应/可持续发展 on 100, three 年度主要任务 making 项目支出 210). Written before
 * reading any code under review/; readings in set-52-cases.ts.
 */
const ME = '管理效率';
const KEY = '重点工作';
const year = (fields: Record<string, unknown>) => dt({ fiscal_year: 2026, ...fields });

/** 10 rows on 100. */
const LIBRARY = [
  r(LZ, KEY, '新增馆藏图书', '>=', '2', '万册', 10), r(LZ, KEY, '举办全民阅读推广活动', '>=', '150', '场次', 10),
  r(LZ, KEY, '数字资源年访问量', '>=', '80', '万人次', 10), r(LZ, KEY, '每周免费开放时长', '>=', '63', '小时', 10),
  r(LZ, KEY, '文献编目准确率', '>=', '98', '%', 10), r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10),
  r(ME, '资产管理', '固定资产账实相符率', '=', '100', '%', 5), r(SX, '社会效益', '年接待读者', '>=', '45', '万人次', 10),
  r(SX, '服务对象满意度', '读者满意度', '>=', '92', '%', 15), r(KC, '长效机制', '总分馆服务体系运行机制', Q, '持续完善', null, 10),
];
const LIBRARY_GOAL = '坚持公益性、基本性、均等性、便利性，全年新增馆藏图书2万册，举办全民阅读推广活动150场次，数字资源年访问量80万人次以上，'
  + '每周免费开放63小时，年接待读者45万人次，读者满意度92%以上。';
const LIBRARY_TASKS = [
  { name: '全民阅读推广', content: '举办读书分享会、亲子阅读、“书香进社区”等全民阅读推广活动150场次。', budget_wan: 90 },
  { name: '文献资源建设', content: '新增馆藏图书2万册，完成新书分编加工。', budget_wan: 80 },
  { name: '数字图书馆运维', content: '维护数字图书馆平台及电子资源库，数字资源年访问量80万人次以上。', budget_wan: 40 },
];
const LIBRARY_MEASURES = [{ title: '管理保障', text: '建立总分馆图书通借通还机制，活动经费实行项目化管理，按季度开展绩效运行监控。' }];
const library = (fields: Record<string, unknown> = {}, indicators = LIBRARY) => year({
  org: '区图书馆', department: '区文化和旅游发展委员会', budget_total_wan: 680, fund_sources: funds(650, null, 30), structure: split(470, 210),
  goal: LIBRARY_GOAL, tasks: LIBRARY_TASKS, measures: LIBRARY_MEASURES, indicators, ...fields,
});
const withTask = (i: number, change: Partial<(typeof LIBRARY_TASKS)[number]>) => LIBRARY_TASKS.map((t, k) => (k === i ? { ...t, ...change } : t));
const BASIC_TASK = { name: '馆舍运行保障', content: '保障在职人员工资福利和馆舍水电、物业等日常运转。', budget_wan: 470 };

export const SET52_LIBRARY_CASES: FormCase[] = [
  { id: 'S52-L01', sector: '区图书馆整体目标（干净，任务合计等于项目支出210）', form: library(), expect: [] },
  {
    id: 'S52-L02', sector: '图书馆（三项任务90+80+60=230，超过项目支出210而在总额内，安静：任务可含基本支出）', expect: [],
    form: library({ tasks: withTask(2, { budget_wan: 60 }) }),
  },
  {
    id: 'S52-L03', sector: '图书馆（任务表含馆舍运行保障470，合计680等于总额，安静）', expect: [],
    form: library({ tasks: [BASIC_TASK, ...LIBRARY_TASKS] }),
  },
  {
    id: 'S52-L04', sector: '图书馆（只列两项主要任务合计170，低于项目支出，安静）', expect: [],
    form: library({ tasks: LIBRARY_TASKS.slice(0, 2) }),
  },
  {
    id: 'S52-L05', sector: '图书馆（任务含运行保障490，合计700超过总额680）', expect: [F('budget_arithmetic')],
    form: library({ tasks: [{ ...BASIC_TASK, budget_wan: 490 }, ...LIBRARY_TASKS] }),
  },
  {
    id: 'S52-L06', sector: '图书馆（履职目标写建成城市书房3个，无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: library({ goal: LIBRARY_GOAL.replace('，每周免费开放', '，建成城市书房3个，每周免费开放') }),
  },
  {
    id: 'S52-L07', sector: '图书馆（目标写新增馆藏2.5万册，指标2万册）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: library({ goal: LIBRARY_GOAL.replace('馆藏图书2万册', '馆藏图书2.5万册') }),
  },
  {
    id: 'S52-L08', sector: '图书馆（任务写古籍普查登记1200册，无指标）', expect: [F('goal_vs_indicators')],
    form: library({ tasks: withTask(1, { content: '新增馆藏图书2万册，完成新书分编加工；开展馆藏古籍普查登记1200册。' }) }),
  },
  {
    id: 'S52-L09', sector: '图书馆（任务写获奖读者姓名和手机）', expect: [F('private_data', null, 'tasks[0].content')],
    form: library({ tasks: withTask(0, { content: `${LIBRARY_TASKS[0]!.content}表彰2025年度“阅读之星”陈思远（联系电话13512346789）等读者。` }) }),
  },
  {
    id: 'S52-L10', sector: '图书馆（任务写捐书人姓名及身份证号）', expect: [F('private_data', null, 'tasks[1].content')],
    form: library({ tasks: withTask(1, { content: `${LIBRARY_TASKS[1]!.content}接收市民刘玉兰（身份证号500108195304112528）捐赠地方文献。` }) }),
  },
  {
    id: 'S52-L11', sector: '图书馆（任务写纪念鲁迅诞辰145周年专题展，安静）', expect: [],
    form: library({ tasks: withTask(0, { content: `${LIBRARY_TASKS[0]!.content}其中举办纪念鲁迅诞辰145周年专题展览。` }) }),
  },
  {
    id: 'S52-L12', sector: '图书馆（任务写读者咨询电话023座机，安静）', expect: [],
    form: library({ tasks: withTask(2, { content: `${LIBRARY_TASKS[2]!.content}开通数字资源咨询电话023-65432100。` }) }),
  },
  {
    id: 'S52-L13', sector: '图书馆（新增馆藏在履职目标实现下又填一行）', expect: [F('names', 10)],
    form: library({}, [...patch(LIBRARY, { 0: { weight: 5 } }), r(LZ, '履职目标实现', '新增馆藏图书', '>=', '2', '万册', 5)]),
  },
  {
    id: 'S52-L14', sector: '图书馆（读者满意度在社会效益下又填一行）', expect: [F('names', 10), F('level_vs_name', 10)],
    form: library({}, [...patch(LIBRARY, { 8: { weight: 10 } }), r(SX, '社会效益', '读者满意度', '>=', '92', '%', 5)]),
  },
  {
    id: 'S52-L15', sector: '图书馆（履职目标只写概括性职能，无数字，安静）', expect: [],
    form: library({ goal: '坚持公益性、基本性、均等性、便利性，持续完善总分馆服务体系，深入推进全民阅读，不断提升公共文化服务效能和群众获得感。' }),
  },
  {
    id: 'S52-L16', sector: '图书馆（二级用省级框架的重点工作履行情况/预算管理/人才队伍，安静）', expect: [],
    form: library({}, patch(LIBRARY, { 0: { level2: '重点工作履行情况' }, 1: { level2: '重点工作履行情况' }, 5: { level2: '预算管理' }, 9: { level2: '人才队伍', name: '馆员业务培训覆盖面', comparator: Q, target: '全员覆盖', unit: null } })),
  },
  {
    id: 'S52-L17', sector: '图书馆（目标写部门预算680万元，其中项目支出210万元，安静）', expect: [],
    form: library({ goal: `2026年部门预算680万元，其中项目支出210万元。${LIBRARY_GOAL}` }),
  },
  {
    id: 'S52-L18', sector: '图书馆（目标写项目支出250万元，结构210）', expect: [F('budget_arithmetic')],
    form: library({ goal: `2026年部门预算680万元，其中项目支出250万元。${LIBRARY_GOAL}` }),
  },
  {
    id: 'S52-L19', sector: '图书馆（目标写在2025年接待读者41万人次基础上，安静）', expect: [],
    form: library({ goal: LIBRARY_GOAL.replace('年接待读者45万人次', '在2025年接待读者41万人次的基础上，年接待读者45万人次') }),
  },
  {
    id: 'S52-L20', sector: '图书馆（任务写馆长负责，不写姓名；出版社名称，安静）', expect: [],
    form: library({ tasks: withTask(1, { content: `${LIBRARY_TASKS[1]!.content}由馆长牵头，向重庆出版社、人民文学出版社等采购。` }) }),
  },
  {
    id: 'S52-L21', sector: '图书馆（任务写志愿者3人姓名）', expect: [F('private_data', null, 'tasks[0].content')],
    form: library({ tasks: withTask(0, { content: `${LIBRARY_TASKS[0]!.content}招募阅读推广志愿者，由周晓梅、黄志强、谢丽娟负责社区分馆活动。` }) }),
  },
  {
    id: 'S52-L22', sector: '图书馆（社会效益下填了人社的城镇新增就业人数）', expect: [F('goal_vs_indicators', 7), F('goal_vs_indicators', null, 'goal')],
    form: library({}, patch(LIBRARY, { 7: { name: '城镇新增就业人数', target: '3000', unit: '人' } })),
  },
  {
    id: 'S52-L23', sector: '图书馆（单位资金30写入财政专户，合计仍680，安静）', expect: [],
    form: library({ fund_sources: funds(650, 30, null) }),
  },
  {
    id: 'S52-L24', sector: '图书馆（财政拨款660+单位资金30≠680）', expect: [F('budget_arithmetic')],
    form: library({ fund_sources: funds(660, null, 30) }),
  },
  {
    id: 'S52-L25', sector: '图书馆（任务预算合计行“合计210”，安静）', expect: [],
    form: library({ tasks: [...LIBRARY_TASKS, { name: '合计', content: '', budget_wan: 210 }] }),
  },
  {
    id: 'S52-L26', sector: '图书馆（目标写数字资源访问量达到100万人次，指标80）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: library({ goal: LIBRARY_GOAL.replace('数字资源年访问量80万人次以上', '数字资源年访问量达到100万人次') }),
  },
  // Added after reading the code, to hold the fixes.
  {
    id: 'S52-L27', sector: '图书馆（任务含机关日常运转300，合计510高于项目支出、低于总额，安静）', expect: [],
    form: library({ tasks: [{ name: '机关日常运转', content: '保障馆舍日常运转和水电物业支出。', budget_wan: 300 }, ...LIBRARY_TASKS] }),
  },
  {
    id: 'S52-L28', sector: '图书馆（目标写争取上级转移支付项目支出50万元、结转项目支出20万元，安静）', expect: [],
    form: library({ goal: `争取上级转移支付项目支出50万元，结转项目支出20万元。${LIBRARY_GOAL}` }),
  },
  {
    id: 'S52-L29', sector: '图书馆（任务写在杨家坪、李家沱、陈家湾和万州区、涪陵区、黔江区设流动书车点，安静）', expect: [],
    form: library({ tasks: withTask(0, { content: `${LIBRARY_TASKS[0]!.content}在杨家坪、李家沱、陈家湾及万州区、涪陵区、黔江区设流动书车服务点。` }) }),
  },
  {
    id: 'S52-L30', sector: '图书馆（目标写基本支出500万元，结构470）', expect: [F('budget_arithmetic')],
    form: library({ goal: `2026年基本支出500万元，保障馆舍正常运转。${LIBRARY_GOAL}` }),
  },
];
