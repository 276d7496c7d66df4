import { dt, F, type FormCase, funds, KC, LZ, NUM, patch, Q, QUA, r, SAT, SOC, split, SX, SUS, TIM } from './form-case-types';

/**
 * Held-out set 43F (session 20), 2027年部门整体支出绩效目标表: 区委老干部局 (L, tasks as a table, all 财政拨款) and 区归国华侨联合会
 * (Q, a small department whose 年度主要任务 is one numbered paragraph), 2021 tree on 100 points. Written before reading any code
 * under review/; readings in set-43-cases.ts.
 */
const ME = '管理效率';
const year = (fields: Record<string, unknown>) => dt({ fiscal_year: 2027, ...fields });

/** 1500 = 财政拨款 1500 = 基本支出 1100 + 项目支出 400; the three tasks add up to 项目支出. */
const CADRE = [
  r(LZ, NUM, '改造提升老干部活动中心', '=', '1', '个', 10), r(LZ, NUM, '老干部大学开设课程班', '>=', '40', '个', 10),
  r(LZ, NUM, '服务老干部大学学员', '>=', '1600', '人次', 10), r(LZ, NUM, '走访慰问离退休干部和遗属', '>=', '600', '人次', 10),
  r(LZ, TIM, '离退休费按时发放率', '=', '100', '%', 10), r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10),
  r(SX, SOC, '离退休干部政治待遇落实率', '=', '100', '%', 15), r(SX, SAT, '离退休干部满意度', '>=', '95', '%', 15),
  r(KC, SUS, '老干部工作长效机制', Q, '持续健全', null, 10),
];
const CADRE_GOAL = '落实离退休干部政治待遇和生活待遇，改造提升老干部活动中心1个，老干部大学开设课程班40个、服务学员1600人次，'
  + '走访慰问离退休干部和遗属600人次，离退休费按时发放率100%，离退休干部满意度95%以上。';
const CADRE_TASKS = [
  { name: '活动阵地建设', content: '改造提升老干部活动中心1个。', budget_wan: 150 },
  { name: '老干部大学办学', content: '开设课程班40个，服务学员1600人次。', budget_wan: 180 },
  { name: '走访慰问', content: '走访慰问离退休干部和遗属600人次。', budget_wan: 70 },
];
const CADRE_MEASURES = [{ title: '服务保障', text: '建立离退休干部信息台账，实行一人一档动态管理。' }];
const cadre = (fields: Record<string, unknown> = {}, indicators = CADRE) => year({
  org: '区委老干部局', budget_total_wan: 1500, fund_sources: funds(1500, null, null), structure: split(1100, 400),
  goal: CADRE_GOAL, tasks: CADRE_TASKS, measures: CADRE_MEASURES, indicators, ...fields,
});

/** 320 = 财政拨款 300 + 其他资金 20 = 基本支出 230 + 项目支出 90; 年度主要任务 one numbered paragraph. */
const QIAO = [
  r(LZ, NUM, '举办“亲情中华”夏令营', '>=', '1', '期', 10), r(LZ, NUM, '开展为侨服务“五进”活动', '>=', '20', '场次', 15),
  r(LZ, QUA, '侨情数据库更新完成率', '=', '100', '%', 10), r(LZ, TIM, '涉侨信访按期办结率', '>=', '95', '%', 10),
  r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(SX, SOC, '归侨侨眷合法权益维护', Q, '有效保障', null, 15),
  r(SX, SAT, '归侨侨眷满意度', '>=', '90', '%', 15), r(KC, SUS, '为侨服务长效机制', Q, '持续完善', null, 15),
];
const QIAO_GOAL = '全面完成侨情调查，侨情数据库更新完成率100%；举办“亲情中华”夏令营1期，开展为侨服务“五进”活动20场次；'
  + '涉侨信访按期办结率95%以上，归侨侨眷满意度90%以上。';
const QIAO_TASK = '1.开展侨情调查，更新侨情数据库；2.举办“亲情中华”夏令营1期；3.开展为侨服务“五进”活动20场次。';
const QIAO_MEASURES = [{ title: '联系服务', text: '落实侨联委员联系归侨侨眷制度，涉侨信访件按期办结。' }];
const qiao = (fields: Record<string, unknown> = {}, indicators = QIAO, task = QIAO_TASK) => year({
  org: '区归国华侨联合会', budget_total_wan: 320, fund_sources: funds(300, null, 20), structure: split(230, 90),
  goal: QIAO_GOAL, tasks: [{ name: '年度主要任务', content: task, budget_wan: 90 }], measures: QIAO_MEASURES, indicators, ...fields,
});

export const SET43_CADRE_OVERSEAS_CASES: FormCase[] = [
  { id: 'S43-L01', sector: '老干部局整体目标（干净）', form: cadre(), expect: [] },
  {
    id: 'S43-L02', sector: '老干部局整体目标（任务预算150+1200+300=1650超总额1500）', expect: [F('budget_arithmetic', null, null)],
    form: cadre({ tasks: CADRE_TASKS.map((t, i) => ({ ...t, budget_wan: [150, 1200, 300][i] })) }),
  },
  { id: 'S43-L03', sector: '老干部局整体目标（基本支出1100+项目支出500≠1500）', form: cadre({ structure: split(1100, 500) }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S43-L04', sector: '老干部局整体目标（任务表含基本支出及其中离退休费，是部分之部分，安静）', expect: [],
    form: cadre({
      tasks: [
        { name: '机关运转和离退休人员经费保障', content: '保障机关正常运转和离退休人员待遇。', budget_wan: 1100 },
        { name: '其中：离退休费', content: '按时足额发放离退休费。', budget_wan: 800 }, ...CADRE_TASKS,
      ],
    }),
  },
  {
    id: 'S43-L05', sector: '老干部局整体目标（目标写组织参观学习8次，无指标）', expect: [F('goal_vs_indicators', null, null)],
    form: cadre({ goal: CADRE_GOAL.replace('走访慰问', '组织离退休干部参观学习活动8次，走访慰问') }),
  },
  {
    id: 'S43-L06', sector: '老干部局整体目标（目标写“两项待遇”“银发生辉”口号，安静）', expect: [],
    form: cadre({ goal: `深入落实“两项待遇”，持续开展“银发生辉”行动。${CADRE_GOAL}` }),
  },
  {
    id: 'S43-L07', sector: '老干部局整体目标（保障措施写百岁老干部姓名身份证号）', expect: [F('private_data', null, null)],
    form: cadre({ measures: [{ title: '服务保障', text: '对百岁老干部王德明（身份证号500103192701015419）每月上门送医送药。' }] }),
  },
  {
    id: 'S43-L08', sector: '老干部局整体目标（保障措施写活动中心座机、项目编码，安静）', expect: [],
    form: cadre({ measures: [{ title: '服务保障', text: '活动中心改造项目（项目编码500103270000000456）实行周调度，活动中心值班电话023-67751234。' }] }),
  },
  {
    id: 'S43-L09', sector: '老干部局整体目标（无满意度指标）', expect: [F('coverage', null, null)],
    form: cadre({ goal: CADRE_GOAL.replace('，离退休干部满意度95%以上', '') },
      patch(CADRE, { 7: { level2: SOC, name: '离退休干部参与志愿服务', comparator: '>=', target: '500', unit: '人次' } })),
  },
  { id: 'S43-L10', sector: '老干部局整体目标（慰问权重5，合计95）', form: cadre({}, patch(CADRE, { 3: { weight: 5 } })), expect: [F('weights', null, null)] },
  {
    id: 'S43-L11', sector: '老干部局整体目标（任务表含基本支出，末行合计1500，安静）', expect: [],
    form: cadre({
      tasks: [
        { name: '机关运转和离退休人员经费保障', content: '保障机关正常运转和离退休人员待遇。', budget_wan: 1100 }, ...CADRE_TASKS,
        { name: '合计', content: null, budget_wan: 1500 },
      ],
    }),
  },
  {
    id: 'S43-L12', sector: '老干部局整体目标（任务表除其中行外仍为1100+150+1200+70=2520，超总额1500）', expect: [F('budget_arithmetic', null, null)],
    form: cadre({
      tasks: [
        { name: '机关运转和离退休人员经费保障', content: '保障机关正常运转和离退休人员待遇。', budget_wan: 1100 },
        { name: '其中：离退休费', content: '按时足额发放离退休费。', budget_wan: 800 },
        ...CADRE_TASKS.map((t, i) => ({ ...t, budget_wan: [150, 1200, 70][i] })),
      ],
    }),
  },
  {
    id: 'S43-L13', sector: '老干部局整体目标（目标写活动中心2027年6月底前完工、大学经费1,800,000元，安静）', expect: [],
    form: cadre({ goal: `${CADRE_GOAL.replace('改造提升老干部活动中心1个', '2027年6月底前完成老干部活动中心1个改造提升')}安排老干部大学办学经费1,800,000元。` }),
  },
  {
    id: 'S43-L14', sector: '老干部局整体目标（联系人写科室负责人及办公室座机，安静）', expect: [],
    form: cadre({ measures: [{ title: '服务保障', text: '联系人：服务管理科，电话023-67751234。建立离退休干部信息台账，实行一人一档动态管理。' }] }),
  },
  {
    id: 'S43-L15', sector: '老干部局整体目标（走访慰问一行又以“…人次”为名重写一行）', expect: [F('names', 9, null)],
    form: cadre({}, [...patch(CADRE, { 3: { weight: 5 } }), r(LZ, NUM, '走访慰问离退休干部和遗属人次', '>=', '600', '人次', 5)]),
  },
  { id: 'S43-Q01', sector: '侨联整体目标（干净，任务一段编号文字）', form: qiao(), expect: [] },
  { id: 'S43-Q02', sector: '侨联整体目标（总额330，财政300+其他20与基本230+项目90均不符）', form: qiao({ budget_total_wan: 330 }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S43-Q03', sector: '侨联整体目标（目标以元写收支预算总额，安静）', expect: [],
    form: qiao({ goal: `部门收支预算总额3,200,000元。${QIAO_GOAL}` }),
  },
  {
    id: 'S43-Q04', sector: '侨联整体目标（任务写建设侨胞之家3个，无指标）', expect: [F('goal_vs_indicators', null, null)],
    form: qiao({}, QIAO, `${QIAO_TASK.replace(/。$/, '；')}4.建设侨胞之家3个。`),
  },
  {
    id: 'S43-Q05', sector: '侨联整体目标（目标写“五进”活动30场次，指标20）', expect: [F('goal_vs_indicators', null, null)],
    form: qiao({ goal: QIAO_GOAL.replace('20场次', '30场次') }),
  },
  {
    id: 'S43-Q06', sector: '侨联整体目标（保障措施写困难归侨姓名电话）', expect: [F('private_data', null, null)],
    form: qiao({ measures: [{ title: '联系服务', text: '对困难归侨刘秀英（联系电话15923107788）实施结对帮扶。' }] }),
  },
  {
    id: 'S43-Q07', sector: '侨联整体目标（保障措施写全数字的统一社会信用代码，安静）', expect: [],
    form: qiao({ measures: [{ title: '联系服务', text: '本会统一社会信用代码135001087094123452，涉侨信访件按期办结。' }] }),
  },
  { id: 'S43-Q08', sector: '侨联整体目标（“五进”权重25，合计110）', form: qiao({}, patch(QIAO, { 1: { weight: 25 } })), expect: [F('weights', null, null)] },
  { id: 'S43-Q09', sector: '侨联整体目标（长效机制指标名称空白）', form: qiao({}, patch(QIAO, { 7: { name: '' } })), expect: [F('names', 7, null)] },
  {
    id: 'S43-Q10', sector: '侨联整体目标（财政280+专户20+其他20=320，安静）', expect: [],
    form: qiao({ fund_sources: funds(280, 20, 20) }),
  },
  {
    id: 'S43-Q11', sector: '侨联整体目标（保障措施写办公室座机、组织机构代码，安静）', expect: [],
    form: qiao({ measures: [{ title: '联系服务', text: '联系人：侨联办公室，电话023-62761234；组织机构代码45038765-2。' }] }),
  },
  {
    id: 'S43-Q12', sector: '侨联整体目标（目标写夏令营经费12万元，安静）', expect: [],
    form: qiao({ goal: QIAO_GOAL.replace('举办“亲情中华”夏令营1期', '安排经费12万元举办“亲情中华”夏令营1期') }),
  },
  {
    id: 'S43-Q13', sector: '侨联整体目标（保障措施写不带区号的办公室电话、传真、邮编，安静）', expect: [],
    form: qiao({ measures: [{ title: '联系服务', text: '归侨侨眷来信寄区归国华侨联合会（邮编400060），办公室电话62761234，传真62761235。' }] }),
  },
  {
    id: 'S43-Q14', sector: '侨联整体目标（保障措施写侨胞姓名护照号）', expect: [F('private_data', null, null)],
    form: qiao({ measures: [{ title: '联系服务', text: '协助旅居侨胞陈美玲（护照号E12345678）办理回国定居手续。' }] }),
  },
];
