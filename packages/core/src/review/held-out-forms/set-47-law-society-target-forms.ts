import { dt, F, type FormCase, funds, LZ, patch, Q, r, SAT, SOC, split, SUS, SX } from './form-case-types';

/**
 * Held-out set 47F (session 21), 2027年部门（单位）整体绩效目标表 of 区法学会 (F, 150 万元, 2024 tree on 100). Written before
 * reading any code under review/; readings in set-47-cases.ts.
 */
const ME = '管理效率';
const KEY = '重点工作';
const year = (fields: Record<string, unknown>) => dt({ fiscal_year: 2027, ...fields });

/** 150 = 财政拨款 140 + 其他资金 10 = 基本支出 95 + 项目支出 55; the three tasks make 项目支出. */
const LAW = [
  r(LZ, KEY, '组织法学课题研究', '>=', '8', '项', 15), r(LZ, KEY, '举办法学论坛', '>=', '2', '场', 10),
  r(LZ, KEY, '开展“法律进社区”宣讲', '>=', '40', '场次', 15), r(LZ, KEY, '发展新会员', '>=', '50', '人', 10),
  r(ME, '预算管理', '部门预算执行率', '>=', '95', '%', 10), r(SX, SOC, '研究成果转化采用', '>=', '3', '项', 15),
  r(SX, SAT, '会员满意度', '>=', '90', '%', 15), r(SX, SUS, '法学会组织网络', Q, '持续完善', null, 10),
];
const LAW_GOAL = '组织法学课题研究8项、举办法学论坛2场，推动研究成果转化采用3项；开展“法律进社区”宣讲40场次，发展新会员50人，会员满意度90%以上。';
const LAW_TASKS = [
  { name: '法学研究', content: '组织法学课题研究8项，举办法学论坛2场。', budget_wan: 25 },
  { name: '法治宣传', content: '开展“法律进社区”宣讲40场次。', budget_wan: 20 },
  { name: '会员服务', content: '发展新会员50人，开展会员培训交流。', budget_wan: 10 },
];
const LAW_DUTY = '区法学会是区委领导下的法学法律工作者群众团体，负责组织法学研究、开展法治宣传和法律咨询服务，联系服务全区法学会员。';
const lawMeasures = (duty = LAW_DUTY) => [{ title: '部门职能概述', text: duty }, { title: '工作保障', text: '建立课题研究成果评审和转化跟踪机制。' }];
const law = (fields: Record<string, unknown> = {}, indicators = LAW) => year({
  org: '区法学会', budget_total_wan: 150, fund_sources: funds(140, null, 10), structure: split(95, 55),
  goal: LAW_GOAL, tasks: LAW_TASKS, measures: lawMeasures(), indicators, ...fields,
});

export const SET47_LAW_SOCIETY_CASES: FormCase[] = [
  { id: 'S47-F01', sector: '法学会整体目标（干净）', form: law(), expect: [] },
  {
    id: 'S47-F02', sector: '法学会整体目标（任务表中间小计45、末行合计55，安静）', expect: [],
    form: law({ tasks: [LAW_TASKS[0], LAW_TASKS[1], { name: '小计', content: null, budget_wan: 45 }, LAW_TASKS[2], { name: '合计', content: null, budget_wan: 55 }] }),
  },
  { id: 'S47-F03', sector: '法学会整体目标（基本支出95+项目支出65≠150）', form: law({ structure: split(95, 65) }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S47-F04', sector: '法学会整体目标（合计写65，三项任务合计55）', expect: [F('budget_arithmetic', null, null)],
    form: law({ tasks: [...LAW_TASKS, { name: '合计', content: null, budget_wan: 65 }] }),
  },
  {
    id: 'S47-F05', sector: '法学会整体目标（金额带小数150.6=140.6+10=95.6+55，安静）', expect: [],
    form: law({ budget_total_wan: 150.6, fund_sources: funds(140.6, null, 10), structure: split(95.6, 55) }),
  },
  {
    id: 'S47-F06', sector: '法学会整体目标（目标写论坛3场，指标2场）', expect: [F('goal_vs_indicators', null, null)],
    form: law({ goal: LAW_GOAL.replace('法学论坛2场', '法学论坛3场') }),
  },
  {
    id: 'S47-F07', sector: '法学会整体目标（目标写“八五”“九五”普法，安静）', expect: [],
    form: law({ goal: `围绕“八五”普法收官和“九五”普法启动，${LAW_GOAL}` }),
  },
  {
    id: 'S47-F08', sector: '法学会整体目标（目标写法律咨询热线12348，安静）', expect: [],
    form: law({ goal: `${LAW_GOAL}依托12348公共法律服务热线提供法律咨询。` }),
  },
  {
    id: 'S47-F09', sector: '法学会整体目标（2024部门树无社会效应）', expect: [F('coverage', null, null)],
    form: law({ goal: '组织法学课题研究8项、举办法学论坛2场，开展“法律进社区”宣讲40场次，发展新会员50人，编印法学研究资料汇编2册。' },
      patch(LAW, {
        5: { level1: LZ, level2: KEY, name: '编印法学研究资料汇编', target: '2', unit: '册' },
        6: { level1: ME, level2: '内部管理', name: '财务制度执行', comparator: Q, target: '规范', unit: null },
        7: { level1: ME, level2: '内部管理', name: '会员档案管理', comparator: Q, target: '规范完整', unit: null },
      })),
  },
  { id: 'S47-F10', sector: '法学会整体目标（会员权重20，合计110）', form: law({}, patch(LAW, { 3: { weight: 20 } })), expect: [F('weights', null, null)] },
  {
    id: 'S47-F11', sector: '法学会整体目标（部门职能写秘书长手机）', expect: [F('private_data', null, null)],
    form: law({ measures: lawMeasures(`${LAW_DUTY}秘书长王立新（手机18623459876）负责日常工作。`) }),
  },
  {
    id: 'S47-F12', sector: '法学会整体目标（部门职能写组织机构代码、邮编、区号座机，安静）', expect: [],
    form: law({ measures: lawMeasures(`${LAW_DUTY}组织机构代码50010345-2，邮编400020，电话（023）62718899。`) }),
  },
  {
    id: 'S47-F13', sector: '法学会整体目标（宣讲场次在数量与社会效益下各列一次）', expect: [F('names', 5, null), F('level_vs_name', 5, null, true)],
    form: law({ goal: LAW_GOAL.replace('，推动研究成果转化采用3项', '') },
      patch(LAW, { 5: { name: '开展“法律进社区”宣讲', target: '40', unit: '场次' } })),
  },
  {
    id: 'S47-F14', sector: '法学会整体目标（目标写发展新会员50名，指标单位人，安静）', expect: [],
    form: law({ goal: LAW_GOAL.replace('新会员50人', '新会员50名') }),
  },
  {
    id: 'S47-F15', sector: '法学会整体目标（目标以元写部门预算1,500,000元，安静）', expect: [],
    form: law({ goal: `部门预算总额1,500,000元。${LAW_GOAL}` }),
  },
  {
    id: 'S47-F16', sector: '法学会整体目标（任务写编印内刊4期，无指标）', expect: [F('goal_vs_indicators', null, null)],
    form: law({ tasks: LAW_TASKS.map((t, i) => (i === 0 ? { ...t, content: '组织法学课题研究8项，举办法学论坛2场，编印《法学研究》内刊4期。' } : t)) }),
  },
];
