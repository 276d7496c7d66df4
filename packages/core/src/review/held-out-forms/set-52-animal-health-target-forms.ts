import { B, C, dt, ECO, F, type FormCase, funds, NUM, O, patch, Q, QUA, r, S, SAT, SOC, split, SUS, TIM } from './form-case-types';

/**
 * Held-out set 52F (session 23), 2026年部门（单位）整体绩效目标表 of 区动物疫病预防控制中心 (V, 1250 万元 = 财政拨款1180 + 单位资金70
 * = 基本830 + 项目420, the 2021 project framework on 100 as many 区 units still fill it, three 年度主要任务 making 项目支出 420).
 * Written before reading any code under review/; readings in set-52-cases.ts.
 */
const year = (fields: Record<string, unknown>) => dt({ fiscal_year: 2026, ...fields });

/** 11 rows on 100. */
const VET = [
  r(O, NUM, '猪牛羊强制免疫', '>=', '18', '万头', 10), r(O, NUM, '家禽强制免疫', '>=', '95', '万羽', 10),
  r(O, NUM, '动物疫病监测采样', '>=', '6000', '份', 10), r(O, QUA, '强制免疫病种应免密度', '>=', '90', '%', 10),
  r(O, QUA, '免疫抗体合格率', '>=', '70', '%', 5), r(O, TIM, '疫情报告及时率', '=', '100', '%', 5),
  r(C, ECO, '一般性支出压减率', '>=', '5', '%', 5), r(B, SOC, '区域性重大动物疫情发生数', '=', '0', '起', 10),
  r(B, SOC, '病死畜禽无害化处理率', '=', '100', '%', 10), r(B, SUS, '动物防疫长效机制', Q, '持续健全', null, 10),
  r(S, SAT, '养殖场户满意度', '>=', '90', '%', 15),
];
const VET_GOAL = '做好重大动物疫病防控，全年完成猪牛羊强制免疫18万头、家禽强制免疫95万羽，采集监测样品6000份，强制免疫病种应免密度90%以上，'
  + '病死畜禽无害化处理率100%，确保不发生区域性重大动物疫情，养殖场户满意度90%以上。';
const VET_TASKS = [
  { name: '强制免疫', content: '完成猪牛羊强制免疫18万头、家禽95万羽，采购疫苗及免疫耗材。', budget_wan: 220 },
  { name: '疫病监测与流调', content: '采集监测样品6000份，开展非洲猪瘟、高致病性禽流感等流行病学调查。', budget_wan: 120 },
  { name: '病死畜禽无害化处理', content: '收集运输病死畜禽并集中无害化处理。', budget_wan: 80 },
];
const VET_MEASURES = [{ title: '工作保障', text: '落实镇街动物防疫属地责任，实行春秋两季集中免疫和月月补免，疫苗实行冷链全程管理。' }];
const vet = (fields: Record<string, unknown> = {}, indicators = VET) => year({
  org: '区动物疫病预防控制中心', department: '区农业农村委员会', budget_total_wan: 1250, fund_sources: funds(1180, null, 70),
  structure: split(830, 420), goal: VET_GOAL, tasks: VET_TASKS, measures: VET_MEASURES, indicators, ...fields,
});
const withTask = (i: number, change: Partial<(typeof VET_TASKS)[number]>) => VET_TASKS.map((t, k) => (k === i ? { ...t, ...change } : t));
const BASIC_TASK = { name: '人员和公用经费', content: '保障在职人员工资福利及单位日常运转。', budget_wan: 830 };

export const SET52_ANIMAL_HEALTH_CASES: FormCase[] = [
  { id: 'S52-V01', sector: '区动物疫控中心整体目标（干净，任务合计等于项目支出420）', form: vet(), expect: [] },
  {
    id: 'S52-V02', sector: '动物疫控（强制免疫任务240，合计440超过项目支出420而在总额内，安静：任务可含基本支出）', expect: [],
    form: vet({ tasks: withTask(0, { budget_wan: 240 }) }),
  },
  {
    id: 'S52-V03', sector: '动物疫控（任务含人员和公用经费830，合计1250等于总额，安静）', expect: [],
    form: vet({ tasks: [BASIC_TASK, ...VET_TASKS] }),
  },
  {
    id: 'S52-V04', sector: '动物疫控（任务含人员和公用经费880，合计1300超过总额）', expect: [F('budget_arithmetic')],
    form: vet({ tasks: [{ ...BASIC_TASK, budget_wan: 880 }, ...VET_TASKS] }),
  },
  {
    id: 'S52-V05', sector: '动物疫控（目标写培训村级防疫员200人次，无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: vet({ goal: VET_GOAL.replace('，病死畜禽', '，培训村级防疫员200人次，病死畜禽') }),
  },
  {
    id: 'S52-V06', sector: '动物疫控（任务写H5、H7亚型禽流感和P2实验室，安静）', expect: [],
    form: vet({ tasks: withTask(1, { content: '采集监测样品6000份，开展H5、H7亚型禽流感和非洲猪瘟监测，依托P2实验室开展病原学检测。' }) }),
  },
  {
    id: 'S52-V07', sector: '动物疫控（任务写免疫副反应养殖户姓名和手机）', expect: [F('private_data', null, 'tasks[0].content')],
    form: vet({ tasks: withTask(0, { content: `${VET_TASKS[0]!.content}对免疫副反应养殖户杨德贵（电话15823456789）予以补偿。` }) }),
  },
  {
    id: 'S52-V08', sector: '动物疫控（任务写聘用村级防疫员三人姓名）', expect: [F('private_data', null, 'tasks[0].content')],
    form: vet({ tasks: withTask(0, { content: `${VET_TASKS[0]!.content}聘用村级防疫员张德明、王福生、李春林负责偏远村社补免。` }) }),
  },
  {
    id: 'S52-V09', sector: '动物疫控（任务写中心主任牵头及养殖公司名称，安静）', expect: [],
    form: vet({ tasks: withTask(2, { content: `${VET_TASKS[2]!.content}由中心主任牵头，委托区绿源无害化处理有限公司集中处理。` }) }),
  },
  {
    id: 'S52-V10', sector: '动物疫控（无害化处理率在质量指标下又填一行）', expect: [F('names', 11)],
    form: vet({}, [...patch(VET, { 8: { weight: 5 } }), r(O, QUA, '病死畜禽无害化处理率', '=', '100', '%', 5)]),
  },
  {
    // Set 60F: the row replaced was the 病死畜禽无害化处理 task's only row, so the task is now unmeasured (check-task-rows.ts).
    id: 'S52-V11', sector: '动物疫控（社会效益下填了农技的农作物病虫害统防统治覆盖率）', expect: [F('goal_vs_indicators', 8), F('goal_vs_indicators', null, null, true)],
    form: vet({}, patch(VET, { 8: { name: '农作物病虫害统防统治覆盖率', comparator: '>=', target: '45' } })),
  },
  {
    id: 'S52-V12', sector: '动物疫控（履职目标概括写职责，无数字，安静）', expect: [],
    form: vet({ goal: '贯彻落实动物防疫法，全面做好重大动物疫病强制免疫、监测预警和应急处置，守牢不发生区域性重大动物疫情底线，保障畜牧业生产安全和公共卫生安全。' }),
  },
  {
    id: 'S52-V13', sector: '动物疫控（目标写规模养殖场净化创建3个，无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: vet({ goal: VET_GOAL.replace('，确保不发生', '，创建动物疫病净化场3个，确保不发生') }),
  },
  {
    id: 'S52-V14', sector: '动物疫控（目标写部门预算1250万元，其中项目支出420万元，安静）', expect: [],
    form: vet({ goal: `2026年部门预算1250万元，其中项目支出420万元。${VET_GOAL}` }),
  },
  {
    id: 'S52-V15', sector: '动物疫控（目标写项目支出400万元，结构420）', expect: [F('budget_arithmetic')],
    form: vet({ goal: `2026年部门预算1250万元，其中项目支出400万元。${VET_GOAL}` }),
  },
  {
    id: 'S52-V16', sector: '动物疫控（目标写家禽免疫100万羽，指标95万羽）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: vet({ goal: VET_GOAL.replace('家禽强制免疫95万羽', '家禽强制免疫100万羽') }),
  },
  {
    id: 'S52-V17', sector: '动物疫控（任务写监测样品6500份，指标6000份）', expect: [F('goal_vs_indicators')],
    form: vet({ tasks: withTask(1, { content: '采集监测样品6500份，开展非洲猪瘟、高致病性禽流感等流行病学调查。' }) }),
  },
  {
    id: 'S52-V18', sector: '动物疫控（基本支出850+项目支出420≠1250）', expect: [F('budget_arithmetic')],
    form: vet({ structure: split(850, 420) }),
  },
  {
    id: 'S52-V19', sector: '动物疫控（只列强制免疫、监测两项任务合计340，安静）', expect: [],
    form: vet({ tasks: VET_TASKS.slice(0, 2) }),
  },
  {
    id: 'S52-V20', sector: '动物疫控（目标写疑似疫情24小时内报告，无时限指标；春秋两季集中免疫安静）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: vet({ goal: VET_GOAL.replace('，确保不发生', '，春秋两季集中免疫，疑似疫情24小时内报告，确保不发生') }),
  },
  {
    id: 'S52-V21', sector: '动物疫控（任务写疫苗供应商联系人姓名手机）', expect: [F('private_data', null, 'tasks[0].content')],
    form: vet({ tasks: withTask(0, { content: `${VET_TASKS[0]!.content}疫苗配送联系人：吴建平，手机13638291045。` }) }),
  },
  {
    id: 'S52-V22', sector: '动物疫控（任务写养殖户姓名已脱敏为某某，安静）', expect: [],
    form: vet({ tasks: withTask(0, { content: `${VET_TASKS[0]!.content}对免疫副反应养殖户（如杨某某）按规定予以补偿。` }) }),
  },
  {
    id: 'S52-V23', sector: '动物疫控（任务表末行小计420，安静）', expect: [],
    form: vet({ structure: split(830, 420), tasks: [...VET_TASKS, { name: '小计', content: '', budget_wan: 420 }] }),
  },
  {
    id: 'S52-V24', sector: '动物疫控（无满意度指标）', expect: [F('coverage')],
    form: vet({ goal: VET_GOAL.replace('，养殖场户满意度90%以上', '') }, patch(VET, { 10: { level1: B, level2: SOC, name: '畜禽养殖场户防疫知识知晓率', target: '85' } })),
  },
  {
    id: 'S52-V25', sector: '动物疫控（2021框架下二级用了经济成本指标并列社会成本，安静）', expect: [],
    form: vet({}, patch(VET, { 6: { level2: '社会成本指标', name: '因疫扑杀补偿兑付到位率', comparator: '=', target: '100', unit: '%' } })),
  },
  {
    id: 'S52-V26', sector: '动物疫控（养殖场户满意度在满意度指标下重复填一行）', expect: [F('names', 11)],
    form: vet({}, [...patch(VET, { 10: { weight: 10 } }), r(S, SAT, '养殖场户满意度', '>=', '90', '%', 5)]),
  },
  // Added after reading the code, to hold the fixes.
  {
    id: 'S52-V27', sector: '动物疫控（任务写马铃薯、胡萝卜、黄花菜种植户防疫宣传，安静）', expect: [],
    form: vet({ tasks: withTask(2, { content: `${VET_TASKS[2]!.content}向马铃薯、胡萝卜、黄花菜等种养结合户宣传病死畜禽处理规定。` }) }),
  },
  {
    id: 'S52-V28', sector: '动物疫控（任务写由吴春林、郑桂花、冉德明三名兽医负责）', expect: [F('private_data', null, 'tasks[1].content')],
    form: vet({ tasks: withTask(1, { content: `${VET_TASKS[1]!.content}由吴春林、郑桂花、冉德明三名兽医负责采样。` }) }),
  },
  {
    id: 'S52-V29', sector: '动物疫控（强制免疫任务内容写疫苗冷链运行，合计440高于项目支出，安静）', expect: [],
    form: vet({ tasks: withTask(0, { budget_wan: 240, content: `${VET_TASKS[0]!.content}保障疫苗冷库日常运行。` }) }),
  },
];
