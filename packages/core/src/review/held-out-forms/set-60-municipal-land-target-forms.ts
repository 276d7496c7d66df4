import type { Indicator } from '../../forms/forms-schema';
import { B, C, dt, ECO, ENV, F, type FormCase, funds, NUM, O, patch, Q, QUA, r, S, SAT, SOC, split, SUS, TIM } from './form-case-types';
import type { Task } from './set-55-tree';

/**
 * Held-out set 60F (session 26), 2026年部门整体支出绩效目标表 on the 2021 project framework (100 points): 区市政设施管理中心 (Z,
 * 3860 all 政府预算资金 = 基本1260 + 项目2600) and 区土地整治中心 (T, 5200 all 政府预算资金 = 基本480 + 项目4720). Written before
 * reading any code under review/; readings in set-60-cases.ts.
 */
const year = (fields: Record<string, unknown>) => dt({ fiscal_year: 2026, ...fields });
const taskWith = (tasks: readonly Task[], i: number, change: Partial<Task>): Task[] => tasks.map((t, k) => (k === i ? { ...t, ...change } : t));

// 区市政设施管理中心: 17 rows on 100; the four tasks make 项目支出 2600.
const Z_TASKS: Task[] = [
  { name: '市政道路维修养护', content: '对全区156公里城市道路开展日常养护，完成破损路面修复4.5万平方米、人行道板更换1.2万平方米。', budget_wan: 1500 },
  { name: '桥梁隧道检测维护', content: '对全区38座城市桥梁、6座下穿隧道开展定期检测，实施桥梁伸缩缝更换、支座维修等维护工程。', budget_wan: 620 },
  { name: '排水设施疏掏', content: '疏掏雨污水管网320公里、清掏检查井1.8万座，汛前完成易涝点整治12处。', budget_wan: 380 },
  { name: '井盖病害整治', content: '整治破损、沉降、缺失井盖2000套。', budget_wan: 100 },
];
const Z_GOAL = '2026年，围绕城市精细化管理要求，保障全区156公里城市道路、38座桥梁和6座隧道安全运行，完成破损路面修复4.5万平方米，'
  + '疏掏雨污水管网320公里，整治易涝点12处，整治病害井盖2000套，市政道路设施完好率保持在95%以上，市民满意度达到90%以上。';
const Z_ROWS: Indicator[] = [
  r(O, NUM, '城市道路日常养护里程', '=', '156', '公里', 6), r(O, NUM, '破损路面修复面积', '>=', '4.5', '万平方米', 8),
  r(O, NUM, '人行道板更换面积', '>=', '1.2', '万平方米', 5), r(O, NUM, '城市桥梁定期检测', '=', '38', '座', 6),
  r(O, NUM, '下穿隧道定期检测', '=', '6', '座', 4), r(O, NUM, '雨污水管网疏掏长度', '>=', '320', '公里', 6),
  r(O, NUM, '检查井清掏数量', '>=', '1.8', '万座', 4), r(O, NUM, '易涝点整治', '>=', '12', '处', 6),
  r(O, NUM, '病害井盖整治', '>=', '2000', '套', 5), r(O, QUA, '市政道路设施完好率', '>=', '95', '%', 8),
  r(O, QUA, '桥梁技术状况评定B级及以上占比', '>=', '90', '%', 5), r(O, TIM, '道路坑槽修复及时率', '>=', '95', '%', 5),
  r(C, ECO, '道路维修养护单价', '<=', '180', '元/平方米', 5), r(B, SOC, '城市道路通行条件', Q, '持续改善', null, 6),
  r(B, SOC, '因市政设施原因导致的安全责任事故', '=', '0', '起', 7), r(B, SUS, '市政设施长效管护机制', Q, '健全', null, 6),
  r(S, SAT, '市民满意度', '>=', '90', '%', 8),
];
const municipal = (fields: Record<string, unknown> = {}, indicators: Indicator[] = Z_ROWS) => year({
  org: '区市政设施管理中心', department: '区城市管理局', budget_total_wan: 3860, fund_sources: funds(3860, null, null),
  structure: split(1260, 2600), goal: Z_GOAL, tasks: Z_TASKS, indicators, ...fields,
});
/** A fifth task for the platform, with the road task cut so the tasks still make 项目支出 2600. */
const Z_PLATFORM: Task[] = [
  ...taskWith(Z_TASKS, 0, { budget_wan: 1320 }),
  { name: '智慧市政平台运维', content: '运维市政设施智慧监管平台，接入桥梁、隧道及易涝点监测设备，实现设施运行状态实时预警。', budget_wan: 180 },
];
/** Tasks in general words for the bridge, drainage and manhole work; the road task keeps its figures. */
const Z_PLAIN_TASKS: Task[] = [
  Z_TASKS[0]!,
  { name: '桥梁隧道检测维护', content: '对城市桥梁、下穿隧道开展定期检测，及时实施伸缩缝更换、支座维修等维护工程。', budget_wan: 620 },
  { name: '排水设施疏掏', content: '汛前开展雨污水管网疏掏和易涝点整治，保障城市排水畅通。', budget_wan: 380 },
  { name: '井盖病害整治', content: '整治破损、沉降、缺失井盖，消除道路安全隐患。', budget_wan: 100 },
];
const Z_PLAIN_GOAL = '2026年，围绕城市精细化管理要求，完成破损路面修复4.5万平方米、人行道板更换1.2万平方米，全面做好城市桥梁隧道检测维护、'
  + '排水设施疏掏和井盖病害整治，保障市政设施安全运行，市民满意度达到90%以上。';
/** Road rows only beside the general tasks: every 产出 row measures the first task. */
const Z_ROAD_ONLY: Indicator[] = [
  r(O, NUM, '城市道路日常养护里程', '=', '156', '公里', 10), r(O, NUM, '破损路面修复面积', '>=', '4.5', '万平方米', 12),
  r(O, NUM, '人行道板更换面积', '>=', '1.2', '万平方米', 10), r(O, NUM, '道路巡查频次', '>=', '2', '次/日', 8),
  r(O, QUA, '市政道路设施完好率', '>=', '95', '%', 10), r(O, QUA, '道路修复工程验收合格率', '=', '100', '%', 8),
  r(O, TIM, '道路坑槽修复及时率', '>=', '95', '%', 8), r(C, ECO, '道路维修养护单价', '<=', '180', '元/平方米', 6),
  r(B, SOC, '城市道路通行条件', Q, '持续改善', null, 10), r(B, SUS, '市政设施长效管护机制', Q, '健全', null, 8),
  r(S, SAT, '市民满意度', '>=', '90', '%', 10),
];
/** The same general tasks, each touched by a row in its own words (完成率 rows in place of four road rows). */
const Z_EACH_TASK: Indicator[] = patch(Z_ROAD_ONLY, {
  3: { name: '桥梁隧道定期检测完成率', comparator: '=', target: '100', unit: '%' },
  5: { name: '雨污水管网汛前疏掏完成率', comparator: '=', target: '100', unit: '%' },
  6: { name: '病害井盖整治完成率', comparator: '>=', target: '95', unit: '%' },
});

export const SET60_MUNICIPAL_CASES: FormCase[] = [
  { id: 'S60-Z01', sector: '市政设施中心整体目标（四项任务各有指标，干净）', form: municipal(), expect: [] },
  {
    id: 'S60-Z02', sector: '市政设施中心（任务写易涝点整治15处，指标和目标12处）', expect: [F('goal_vs_indicators')],
    form: municipal({ tasks: taskWith(Z_TASKS, 2, { content: '疏掏雨污水管网320公里、清掏检查井1.8万座，汛前完成易涝点整治15处。' }) }),
  },
  {
    id: 'S60-Z03', sector: '市政设施中心（新增智慧市政平台运维任务180万元，无一项指标涉及）', expect: [F('goal_vs_indicators')],
    form: municipal({ tasks: Z_PLATFORM }),
  },
  {
    id: 'S60-Z04', sector: '市政设施中心（新增平台运维任务，以平台运行稳定率指标体现，安静）', expect: [],
    form: municipal({ tasks: Z_PLATFORM }, patch(Z_ROWS, { 15: { level2: SOC, name: '智慧监管平台运行稳定率', comparator: '>=', target: '98', unit: '%' } })),
  },
  {
    id: 'S60-Z05', sector: '市政设施中心（任务换说法：疏通清淤雨污水管道、更新人行道铺装，安静）', expect: [],
    form: municipal({
      tasks: taskWith(taskWith(Z_TASKS, 0, { content: '对全区156公里城市道路开展日常养护，完成破损路面修复4.5万平方米、更新人行道铺装1.2万平方米。' }), 2,
        { content: '疏通清淤雨污水管道320公里、清掏检查井1.8万座，汛前完成易涝点整治12处。' }),
    }),
  },
  {
    id: 'S60-Z06', sector: '市政设施中心（任务写38座桥梁每座安装传感器4个，指标152个，安静）', expect: [],
    form: municipal(
      { tasks: taskWith(Z_TASKS, 1, { content: '对全区38座城市桥梁、6座下穿隧道开展定期检测，为38座桥梁每座安装健康监测传感器4个。' }) },
      patch(Z_ROWS, { 10: { level2: NUM, name: '安装桥梁健康监测传感器', comparator: '>=', target: '152', unit: '个' } }),
    ),
  },
  {
    id: 'S60-Z07', sector: '市政设施中心（道路养护任务误填2800，任务合计3900超过总额3860）', expect: [F('budget_arithmetic')],
    form: municipal({ tasks: taskWith(Z_TASKS, 0, { budget_wan: 2800 }) }),
  },
  {
    id: 'S60-Z08', sector: '市政设施中心（指标全部衡量道路养护，桥隧、排水、井盖三项任务920万元无指标）', expect: [F('goal_vs_indicators')],
    form: municipal({ goal: Z_PLAIN_GOAL, tasks: Z_PLAIN_TASKS }, Z_ROAD_ONLY),
  },
  {
    id: 'S60-Z09', sector: '市政设施中心（同上任务，桥隧、排水、井盖各有完成率指标，安静）', expect: [],
    form: municipal({ goal: Z_PLAIN_GOAL, tasks: Z_PLAIN_TASKS }, Z_EACH_TASK),
  },
  {
    id: 'S60-Z10', sector: '市政设施中心（任务写规范编号CJJ 99-2017、区城管发〔2026〕3号和5月31日前，安静）', expect: [],
    form: municipal({
      tasks: taskWith(Z_TASKS, 1, {
        content: '按照《城市桥梁养护技术标准》（CJJ 99-2017）和区城管发〔2026〕3号文件要求，于2026年5月31日前完成全区38座城市桥梁、6座下穿隧道的定期检测，实施伸缩缝更换、支座维修等维护工程。',
      }),
    }),
  },
  {
    id: 'S60-Z11', sector: '市政设施中心（任务写不少于4.5万平方米、不低于95%，指标≥，安静）', expect: [],
    form: municipal({
      tasks: taskWith(Z_TASKS, 0, { content: '对全区156公里城市道路开展日常养护，修复破损路面不少于4.5万平方米，更换人行道板不少于1.2万平方米，道路设施完好率不低于95%。' }),
    }),
  },
  {
    id: 'S60-Z12', sector: '市政设施中心（人行道板更换指标填1.0万平方米，任务和目标1.2万）', expect: [F('goal_vs_indicators')],
    form: municipal({}, patch(Z_ROWS, { 2: { target: '1.0' } })),
  },
  {
    id: 'S60-Z13', sector: '市政设施中心（无满意度指标，换成投诉办结率；目标仍写满意度90%）',
    expect: [F('coverage', null, 'indicators'), F('goal_vs_indicators', null, 'goal')],
    form: municipal({}, patch(Z_ROWS, { 16: { level1: B, level2: SOC, name: '市政设施投诉办结率', comparator: '>=', target: '98', unit: '%' } })),
  },
  {
    id: 'S60-Z14', sector: '市政设施中心（满意度二级写社会公众满意度，安静）', expect: [],
    form: municipal({}, patch(Z_ROWS, { 16: { level2: '社会公众满意度指标' } })),
  },
];

// 区土地整治中心: 13 rows on 100; the four tasks make 项目支出 4720.
const T_TASKS: Task[] = [
  { name: '建设用地复垦', content: '实施农村建设用地复垦项目，复垦面积1500亩，验收合格后交易地票。', budget_wan: 2600 },
  { name: '宜机化改造', content: '实施丘陵山地宜机化改造8000亩，配套修建机耕道25公里。', budget_wan: 1600 },
  { name: '耕地占补平衡', content: '开展补充耕地项目立项、实施及验收，新增耕地600亩。', budget_wan: 420 },
  { name: '土地整治项目监管', content: '对在建土地整治项目开展全过程监管，组织项目竣工验收。', budget_wan: 100 },
];
const T_GOAL = '2026年，完成农村建设用地复垦1500亩、宜机化改造8000亩，配套修建机耕道25公里，新增耕地600亩，复垦项目验收合格率达到100%，'
  + '项目区群众满意度达到90%以上。';
const T_ROWS: Indicator[] = [
  r(O, NUM, '建设用地复垦面积', '>=', '1500', '亩', 10), r(O, NUM, '宜机化改造面积', '>=', '8000', '亩', 10),
  r(O, NUM, '配套机耕道', '>=', '25', '公里', 6), r(O, NUM, '新增耕地面积', '>=', '600', '亩', 8),
  r(O, QUA, '在建项目监管覆盖率', '=', '100', '%', 6), r(O, QUA, '复垦项目验收合格率', '=', '100', '%', 8),
  r(O, TIM, '项目竣工验收及时率', '>=', '95', '%', 6), r(C, ECO, '宜机化改造亩均成本', '<=', '2000', '元/亩', 6),
  r(B, SOC, '农业机械化作业条件', Q, '明显改善', null, 8), r(B, ENV, '复垦区域生态环境', Q, '持续改善', null, 8),
  r(B, SUS, '耕地保护长效机制', Q, '健全', null, 7), r(B, SOC, '复垦项目受益农户', '>=', '3200', '户', 8),
  r(S, SAT, '项目区群众满意度', '>=', '90', '%', 9),
];
const land = (fields: Record<string, unknown> = {}, indicators: Indicator[] = T_ROWS) => year({
  org: '区土地整治中心', department: '区规划和自然资源局', budget_total_wan: 5200, fund_sources: funds(5200, null, null),
  structure: split(480, 4720), goal: T_GOAL, tasks: T_TASKS, indicators, ...fields,
});
/** Every 产出 row on 复垦: the 宜机化 and 占补平衡 tasks keep their figures but no row measures them. */
const T_RECLAIM_ONLY: Indicator[] = patch(T_ROWS, {
  1: { name: '复垦项目个数', comparator: '>=', target: '45', unit: '个' },
  2: { name: '复垦地块图斑核查', comparator: '>=', target: '1200', unit: '个' },
  3: { name: '复垦地票交易面积', comparator: '>=', target: '1400', unit: '亩' },
  7: { name: '建设用地复垦亩均成本', target: '17000' },
});
const T_BASIC: Task = { name: '机构运行保障', content: '保障在编职工38人工资福利和单位日常运转。', budget_wan: 480 };

export const SET60_LAND_CASES: FormCase[] = [
  { id: 'S60-T01', sector: '土地整治中心整体目标（干净）', form: land(), expect: [] },
  {
    id: 'S60-T02', sector: '土地整治中心（任务写宜机化改造9000亩，指标和目标8000亩）', expect: [F('goal_vs_indicators')],
    form: land({ tasks: taskWith(T_TASKS, 1, { content: '实施丘陵山地宜机化改造9000亩，配套修建机耕道25公里。' }) }),
  },
  {
    id: 'S60-T03', sector: '土地整治中心（任务写在5个镇10个村实施、每个村建机耕道2.5公里，指标25公里，安静）', expect: [],
    form: land({ tasks: taskWith(T_TASKS, 1, { content: '在5个镇10个村实施丘陵山地宜机化改造8000亩，每个村配套修建机耕道2.5公里。' }) }),
  },
  {
    id: 'S60-T04', sector: '土地整治中心（监管任务100万元，监管覆盖率指标换成复垦项目个数，任务无指标）', expect: [F('goal_vs_indicators')],
    form: land({}, patch(T_ROWS, { 4: { level2: NUM, name: '复垦项目个数', comparator: '>=', target: '45', unit: '个' } })),
  },
  {
    id: 'S60-T05', sector: '土地整治中心（产出指标全部衡量复垦，宜机化8000亩、机耕道25公里、新增耕地600亩无指标）', expect: [F('goal_vs_indicators')],
    form: land({}, T_RECLAIM_ONLY),
  },
  {
    id: 'S60-T06', sector: '土地整治中心（任务写丘陵山地宜机化整治、补充耕地，指标换说法，安静）', expect: [],
    form: land({
      tasks: taskWith(taskWith(T_TASKS, 1, { content: '对丘陵山地8000亩坡耕地实施宜机化整治，配套新建生产便道（机耕道）25公里。' }), 2,
        { content: '开展补充耕地项目立项、实施及验收，全年补充耕地600亩。' }),
    }),
  },
  {
    id: 'S60-T07', sector: '土地整治中心（复垦任务填3100，任务合计5220超过总额5200）', expect: [F('budget_arithmetic')],
    form: land({ tasks: taskWith(T_TASKS, 0, { budget_wan: 3100 }) }),
  },
  {
    id: 'S60-T08', sector: '土地整治中心（任务表含机构运行保障480（在编38人），合计5200等于总额，安静）', expect: [],
    form: land({ tasks: [T_BASIC, ...T_TASKS] }),
  },
  {
    id: 'S60-T09', sector: '土地整治中心（目标写安排项目支出4920万元，结构为4720）', expect: [F('budget_arithmetic', null, 'goal')],
    form: land({ goal: `2026年部门预算安排5200万元，其中基本支出480万元、项目支出4920万元。${T_GOAL}` }),
  },
  {
    id: 'S60-T10', sector: '土地整治中心（目标写渝府令〔2023〕363号、区规资发〔2026〕3号和11月30日前，安静）', expect: [],
    form: land({
      goal: `${T_GOAL}依据《重庆市农村建设用地复垦管理办法》（渝府令〔2023〕363号）和区规资发〔2026〕3号文件，2026年11月30日前完成年度复垦项目竣工验收。`,
    }),
  },
  {
    id: 'S60-T11', sector: '土地整治中心（新增耕地指标填500亩，任务和目标600亩）', expect: [F('goal_vs_indicators')],
    form: land({}, patch(T_ROWS, { 3: { target: '500' } })),
  },
  {
    id: 'S60-T12', sector: '土地整治中心（任务写新增耕地40公顷（600亩），安静）', expect: [],
    form: land({ tasks: taskWith(T_TASKS, 2, { content: '开展补充耕地项目立项、实施及验收，新增耕地40公顷（600亩）。' }) }),
  },
];
