import { B, C, dt, ECN, ECO, F, type FormCase, funds, KC, LZ, NUM, O, patch, Q, QUA, r, S, SAT, SOC, split, SUS, SX, TIM } from './form-case-types';

/**
 * Held-out set 50F (session 23), 2026年部门（单位）整体绩效目标表 as a 区 finance bureau receives them for 审核: 区救助管理站 (J,
 * 420 万元 all 财政拨款 = 基本260 + 项目160, 2024 tree 履职效能/管理效率/社会效应/可持续发展, 100 points) and 石龙镇人民政府 (Z,
 * 3860 = 财政拨款3600 + 单位资金260 = 基本2450 + 项目1410, the 2021 project framework on 100). Written before reading any code
 * under review/; readings in set-50-cases.ts.
 */
const ME = '管理效率';
const year = (fields: Record<string, unknown>) => dt({ fiscal_year: 2026, ...fields });

/** 9 rows on 100; the three tasks make 项目支出 160. */
const RELIEF = [
  r(LZ, NUM, '救助流浪乞讨人员', '>=', '1200', '人次', 15), r(LZ, NUM, '护送返乡', '>=', '300', '人次', 10),
  r(LZ, NUM, '街面巡查', '>=', '1500', '次', 10), r(LZ, QUA, '受助人员甄别登记率', '=', '100', '%', 10),
  r(LZ, TIM, '救助申请受理时限', '<=', '24', '小时', 5), r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10),
  r(SX, SOC, '帮助滞留人员寻亲成功', '>=', '50', '人', 10), r(SX, SAT, '受助人员满意度', '>=', '90', '%', 15),
  r(KC, SUS, '救助管理长效机制', Q, '持续完善', null, 15),
];
const RELIEF_GOAL = '依法做好生活无着的流浪乞讨人员救助管理工作，全年救助流浪乞讨人员1200人次，护送返乡300人次，开展街面巡查1500次，'
  + '帮助滞留人员寻亲成功50人，受助人员满意度90%以上。';
const RELIEF_TASKS = [
  { name: '流浪乞讨人员救助', content: '全年救助流浪乞讨人员1200人次，护送返乡300人次。', budget_wan: 90 },
  { name: '街面巡查救助', content: '开展街面巡查1500次，对重点区域实行夜间巡查。', budget_wan: 50 },
  { name: '寻亲服务', content: '运用人脸识别、DNA比对等方式帮助滞留人员寻亲成功50人。', budget_wan: 20 },
];
const RELIEF_MEASURES = [{ title: '工作保障', text: '落实24小时值班和街面巡查制度，与公安、卫生健康部门建立联动救助机制。' }];
const relief = (fields: Record<string, unknown> = {}, indicators = RELIEF) => year({
  org: '区救助管理站', department: '区民政局', budget_total_wan: 420, fund_sources: funds(420, null, null), structure: split(260, 160),
  goal: RELIEF_GOAL, tasks: RELIEF_TASKS, measures: RELIEF_MEASURES, indicators, ...fields,
});

/** 10 rows on 100; the four tasks make 项目支出 1410. */
const TOWN = [
  r(O, NUM, '实施村级集体经济发展项目', '>=', '8', '个', 15), r(O, NUM, '建成人居环境整治示范村', '>=', '5', '个', 10),
  r(O, NUM, '矛盾纠纷排查调处', '>=', '260', '件', 10), r(O, QUA, '矛盾纠纷调处成功率', '>=', '95', '%', 10),
  r(O, TIM, '民生资金发放及时率', '=', '100', '%', 10), r(C, ECO, '一般性支出压减率', '>=', '5', '%', 5),
  r(B, ECN, '经营性收入超过10万元的村占比', '>=', '60', '%', 10), r(B, SOC, '农村人居环境整治成效', Q, '明显改善', null, 10),
  r(B, SUS, '基层治理长效机制', Q, '持续健全', null, 5), r(S, SAT, '辖区群众满意度', '>=', '90', '%', 15),
];
const TOWN_GOAL = '统筹推进乡村振兴和基层治理，实施村级集体经济发展项目8个，建成人居环境整治示范村5个，排查调处矛盾纠纷260件、'
  + '调处成功率95%以上，村集体经济经营性收入稳步增长，辖区群众满意度90%以上。';
const TOWN_TASKS = [
  { name: '乡村振兴', content: '实施村级集体经济发展项目8个。', budget_wan: 600 },
  { name: '人居环境整治', content: '建成人居环境整治示范村5个，开展村庄清洁行动。', budget_wan: 420 },
  { name: '基层治理', content: '排查调处矛盾纠纷260件，推进网格化管理。', budget_wan: 150 },
  { name: '民生保障', content: '按时发放低保、特困供养、临时救助等民生资金。', budget_wan: 240 },
];
const TOWN_MEASURES = [{ title: '组织保障', text: '实行班子成员联系村（社区）制度，重点任务按月调度、按季通报。' }];
const town = (fields: Record<string, unknown> = {}, indicators = TOWN) => year({
  org: '石龙镇人民政府', budget_total_wan: 3860, fund_sources: funds(3600, null, 260), structure: split(2450, 1410),
  goal: TOWN_GOAL, tasks: TOWN_TASKS, measures: TOWN_MEASURES, indicators, ...fields,
});
const withTask = (i: number, content: string) => TOWN_TASKS.map((t, k) => (k === i ? { ...t, content } : t));

export const SET50_RELIEF_TOWN_CASES: FormCase[] = [
  // 区救助管理站
  { id: 'S50-J01', sector: '救助管理站整体目标（干净）', form: relief(), expect: [] },
  {
    id: 'S50-J02', sector: '救助站整体目标（目标写寻亲成功80人，指标50人）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: relief({ goal: RELIEF_GOAL.replace('寻亲成功50人', '寻亲成功80人') }),
  },
  {
    id: 'S50-J03', sector: '救助站整体目标（任务写“寒冬送温暖”专项行动4次，无指标）', expect: [F('goal_vs_indicators')],
    form: relief({ tasks: RELIEF_TASKS.map((t, k) => (k === 1 ? { ...t, content: `${t.content}开展“寒冬送温暖”专项救助行动4次。` } : t)) }),
  },
  {
    id: 'S50-J04', sector: '救助站整体目标（任务举例写受助人员身份证号）', expect: [F('private_data', null, 'tasks[2].content')],
    form: relief({ tasks: RELIEF_TASKS.map((t, k) => (k === 2 ? { ...t, content: `${t.content}如受助人员马某某（身份证号522425198807126514）已返乡。` } : t)) }),
  },
  {
    id: 'S50-J05', sector: '救助站整体目标（保障措施写受助人员姓名）', expect: [F('private_data', null, 'measures[0].text')],
    form: relief({ measures: [{ title: '工作保障', text: `${RELIEF_MEASURES[0]!.text}2025年已帮助滞留人员王小军、李桂芳等寻亲返乡。` }] }),
  },
  {
    id: 'S50-J06', sector: '救助站整体目标（保障措施写站长姓名和值班电话，安静）', expect: [],
    form: relief({ measures: [{ title: '工作保障', text: `${RELIEF_MEASURES[0]!.text}站长：刘建国，24小时救助值班电话023-68123456。` }] }),
  },
  { id: 'S50-J07', sector: '救助站整体目标（权重合计105）', form: relief({}, patch(RELIEF, { 0: { weight: 20 } })), expect: [F('weights', null, 'weight')] },
  {
    id: 'S50-J08', sector: '救助站整体目标（目标写建站以来累计救助2.6万人次，安静）', expect: [],
    form: relief({ goal: `建站以来累计救助流浪乞讨人员2.6万人次。${RELIEF_GOAL}` }),
  },
  {
    id: 'S50-J09', sector: '救助站整体目标（无满意度指标）', expect: [F('coverage')],
    form: relief({ goal: RELIEF_GOAL.replace('，受助人员满意度90%以上', '') },
      patch(RELIEF, { 7: { level2: SOC, name: '受助人员救助期间安全事故发生数', comparator: '=', target: '0', unit: '起' } })),
  },
  {
    id: 'S50-J10', sector: '救助站整体目标（护送返乡换个说法又填一行）', expect: [F('names', 9), F('level_vs_name', 9, null, true)],
    form: relief({}, [...patch(RELIEF, { 1: { weight: 5 } }), r(SX, SOC, '护送受助人员返乡', '>=', '300', '人次', 5)]),
  },
  {
    id: 'S50-J11', sector: '救助站整体目标（目标写部门预算450万元，总额420）', expect: [F('budget_arithmetic')],
    form: relief({ goal: `2026年部门预算450万元。${RELIEF_GOAL}` }),
  },
  {
    id: 'S50-J12', sector: '救助站整体目标（目标写部门预算420万元其中项目支出160万元，安静）', expect: [],
    form: relief({ goal: `2026年部门预算420万元，其中项目支出160万元。${RELIEF_GOAL}` }),
  },
  {
    id: 'S50-J13', sector: '救助站整体目标（保障措施写家属手机已打码，安静）', expect: [],
    form: relief({ measures: [{ title: '工作保障', text: `${RELIEF_MEASURES[0]!.text}寻亲信息经家属确认（联系电话139****4567）后方可接领。` }] }),
  },
  {
    id: 'S50-J14', sector: '救助站整体目标（保障措施写受助人员家属手机）', expect: [F('private_data', null, 'measures[0].text')],
    form: relief({ measures: [{ title: '工作保障', text: `${RELIEF_MEASURES[0]!.text}受助人员赵某家属联系电话13908234567。` }] }),
  },
  // 石龙镇人民政府
  { id: 'S50-Z01', sector: '石龙镇整体目标（干净）', form: town(), expect: [] },
  {
    id: 'S50-Z02', sector: '石龙镇整体目标（目标写示范村6个，指标5个）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: town({ goal: TOWN_GOAL.replace('示范村5个', '示范村6个') }),
  },
  {
    id: 'S50-Z03', sector: '石龙镇整体目标（目标写新建村级便民服务中心3个，无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: town({ goal: TOWN_GOAL.replace('，排查调处', '，新建村级便民服务中心3个，排查调处') }),
  },
  {
    id: 'S50-Z04', sector: '石龙镇整体目标（目标写到2027年累计建成示范村12个，安静）', expect: [],
    form: town({ goal: TOWN_GOAL.replace('建成人居环境整治示范村5个', '建成人居环境整治示范村5个（到2027年累计建成12个）') }),
  },
  {
    id: 'S50-Z05', sector: '石龙镇整体目标（任务写低保对象姓名身份证号）', expect: [F('private_data', null, 'tasks[3].content')],
    form: town({ tasks: withTask(3, '按时发放低保、特困供养、临时救助等民生资金；低保对象刘德全（身份证号500383196507214417）因病返贫纳入临时救助。') }),
  },
  {
    id: 'S50-Z06', sector: '石龙镇整体目标（任务列临时救助对象姓名）', expect: [F('private_data', null, 'tasks[3].content')],
    form: town({ tasks: withTask(3, '按时发放低保、特困供养、临时救助等民生资金，为特困人员陈秀英、何国华、罗大兵发放临时救助金。') }),
  },
  {
    id: 'S50-Z07', sector: '石龙镇整体目标（保障措施写镇党政办主任姓名和办公电话，安静）', expect: [],
    form: town({ measures: [{ title: '组织保障', text: `${TOWN_MEASURES[0]!.text}联系人：镇党政办主任张华，办公电话023-45678901。` }] }),
  },
  { id: 'S50-Z08', sector: '石龙镇整体目标（权重合计90）', form: town({}, patch(TOWN, { 9: { weight: 5 } })), expect: [F('weights', null, 'weight')] },
  {
    id: 'S50-Z09', sector: '石龙镇整体目标（无效益指标）', expect: [F('coverage')],
    form: town({ goal: TOWN_GOAL.replace('，村集体经济经营性收入稳步增长', '') },
      patch(TOWN, { 0: { weight: 25 }, 1: { weight: 20 }, 5: { weight: 10 } }).filter((row) => row.level1 !== B)),
  },
  {
    id: 'S50-Z10', sector: '石龙镇整体目标（集体经济项目个数换个说法又填一行）', expect: [F('names', 10)],
    form: town({}, [...patch(TOWN, { 0: { weight: 10 } }), r(O, NUM, '村级集体经济发展项目实施个数', '>=', '8', '个', 5)]),
  },
  {
    id: 'S50-Z11', sector: '石龙镇整体目标（目标写部门预算总额3680万元，总额3860）', expect: [F('budget_arithmetic')],
    form: town({ goal: `2026年部门预算总额3680万元。${TOWN_GOAL}` }),
  },
  {
    id: 'S50-Z12', sector: '石龙镇整体目标（目标写部门预算3860万元，安静）', expect: [],
    form: town({ goal: `2026年部门预算3860万元，其中财政拨款3600万元。${TOWN_GOAL}` }),
  },
  {
    id: 'S50-Z13', sector: '石龙镇整体目标（任务写种植大户个人银行账户）', expect: [F('private_data', null, 'tasks[0].content')],
    form: town({ tasks: withTask(0, '实施村级集体经济发展项目8个；产业奖补资金拨付至种植大户周永贵个人账户6230 5220 1234 5678 90。') }),
  },
  {
    id: 'S50-Z14', sector: '石龙镇整体目标（目标写在2025年调处238件基础上，安静）', expect: [],
    form: town({ goal: TOWN_GOAL.replace('排查调处矛盾纠纷260件', '在2025年调处矛盾纠纷238件的基础上，排查调处矛盾纠纷260件') }),
  },
  // Added after reading the code: the budget in 亿元 restates the total; last year's budget is context.
  {
    id: 'S50-Z15', sector: '石龙镇整体目标（目标写部门预算0.386亿元、2025年部门预算3500万元，安静）', expect: [],
    form: town({ goal: `2025年部门预算3500万元，2026年部门预算0.386亿元。${TOWN_GOAL}` }),
  },
];
