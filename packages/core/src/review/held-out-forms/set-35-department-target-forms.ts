import { dt, F, type FormCase, funds, KC, LZ, NUM, patch, Q, QUA, r, SAT, SOC, split, SX, SUS, TIM } from './form-case-types';

/**
 * Held-out set 35F (session 16), 部门（单位）整体绩效目标表: 区城市管理局 on the 2021 tree, 100 points with 部门预算执行率 10 under
 * 管理效率. Written before reading any code under review/; readings in set-35-cases.ts.
 */
const ME = '管理效率';

const CITY = [
  r(LZ, NUM, '城市道路机械化清扫保洁面积', '>=', '1200', '万平方米', 15), r(LZ, NUM, '新建改造公共厕所', '>=', '30', '座', 10),
  r(LZ, QUA, '生活垃圾无害化处理率', '=', '100', '%', 10), r(LZ, TIM, '数字城管案件按期处置率', '>=', '95', '%', 10),
  r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(SX, SOC, '背街小巷环境整治达标率', '>=', '90', '%', 15),
  r(SX, SAT, '市民对城市管理工作满意度', '>=', '90', '%', 15), r(KC, SUS, '城市精细化管理长效机制', Q, '持续健全', null, 15),
];
const CITY_GOAL = '全年城市道路机械化清扫保洁面积达到1200万平方米，新建改造公共厕所30座，生活垃圾无害化处理率保持100%，数字城管案件按期处置率95%以上。';
const CITY_TASKS = [{ name: '环境卫生', content: '道路机械化清扫保洁1200万平方米，新建改造公厕30座。', budget_wan: 6800 }];
const CITY_MEASURES = [{ title: '作业考核', text: '实行网格化管理，按月考核环卫作业单位。' }];
const city = (fields: Record<string, unknown> = {}, indicators = CITY) => dt({
  org: '区城市管理局', budget_total_wan: 15000, fund_sources: funds(14000, null, 1000), structure: split(5200, 9800),
  goal: CITY_GOAL, tasks: CITY_TASKS, measures: CITY_MEASURES, indicators, ...fields,
});

export const SET35_DEPARTMENT_TARGET_CASES: FormCase[] = [
  { id: 'S35-T01', sector: '城市管理局整体目标（干净）', form: city(), expect: [] },
  {
    id: 'S35-T02', sector: '城市管理局整体目标（目标引条例条文、文号、十四五规划，安静）', expect: [],
    form: city({ goal: `落实《重庆市城市管理条例》第二十条和渝府办发〔2024〕35号文件，按照“十四五”城市管理规划，${CITY_GOAL}` }),
  },
  {
    id: 'S35-T03', sector: '城市管理局整体目标（保障措施写12319热线和局办公室座机，安静）', expect: [],
    form: city({ measures: [{ title: '投诉受理', text: '通过12319城管热线和局办公室电话023-62889900受理市民投诉，按月通报处置情况。' }] }),
  },
  {
    id: 'S35-T04', sector: '城市管理局整体目标（保障措施写环卫职工姓名手机）', expect: [F('private_data', null, 'measures[0].text')],
    form: city({ measures: [{ title: '作业考核', text: '夜间作业由环卫所职工赵永红（手机15823456789）负责巡查。' }] }),
  },
  {
    id: 'S35-T05', sector: '城市管理局整体目标（目标含第二批背街小巷40条无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: city({ goal: CITY_GOAL.replace('。', '，完成第二批背街小巷整治40条。') }),
  },
  {
    id: 'S35-T06', sector: '城市管理局整体目标（目标写环卫经费6800万元、部门预算15000万元，安静）', expect: [],
    form: city({ goal: `部门预算15000万元，其中安排环境卫生经费6800万元。${CITY_GOAL}` }),
  },
  { id: 'S35-T07', sector: '城市管理局整体目标（公厕权重15，合计105）', form: city({}, patch(CITY, { 1: { weight: 15 } })), expect: [F('weights', null, 'weight')] },
  {
    id: 'S35-T08', sector: '城市管理局整体目标（满意度以分计）', form: city({}, patch(CITY, { 6: { unit: '分' } })),
    expect: [F('satisfaction', 6, null), F('unit_vs_name', 6, null, true)],
  },
  {
    id: 'S35-T09', sector: '城市管理局整体目标（满意度放在管理效率下）', form: city({}, patch(CITY, { 6: { level1: ME } })),
    expect: [F('levels', 6, null), F('level_vs_name', 6, null, true), F('coverage', null, null, true)],
  },
];
