import { dt, F, type FormCase, funds, KC, LZ, NUM, patch, Q, QUA, r, SAT, SOC, split, SX, SUS, TIM } from './form-case-types';

/**
 * Held-out set 43F (session 20), 2027年部门整体支出绩效目标表 as 区县 departments fill them in late 2026: 区数据局 (D, tasks as a
 * table with 预算金额) and 区工商业联合会 (G, a small department), 2021 tree on 100 points with 部门预算执行率 under 管理效率.
 * Written before reading any code under review/; readings in set-43-cases.ts.
 */
const ME = '管理效率';
const year = (fields: Record<string, unknown>) => dt({ fiscal_year: 2027, ...fields });

/** 2400 = 财政拨款 2300 + 其他资金 100 = 基本支出 600 + 项目支出 1800; the three tasks add up to 项目支出. */
const DATA = [
  r(LZ, NUM, '承载区级部门上云业务系统', '>=', '120', '个', 15), r(LZ, NUM, '归集公共数据资源目录', '>=', '800', '个', 10),
  r(LZ, QUA, '城市运行管理平台可用率', '>=', '99.9', '%', 10), r(LZ, TIM, '数据共享申请按时办结率', '>=', '95', '%', 10),
  r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10), r(SX, SOC, '数据共享接口调用量', '>=', '500', '万次', 15),
  r(SX, SAT, '服务部门满意度', '>=', '90', '%', 15), r(KC, SUS, '公共数据资源管理长效机制', Q, '持续健全', null, 15),
];
const DATA_GOAL = '2027年，统筹全区政务云资源，承载区级部门上云业务系统120个；归集公共数据资源目录800个，数据共享接口调用量达到500万次；'
  + '城市运行管理平台可用率不低于99.9%，数据共享申请按时办结率95%以上，服务部门满意度90%以上。';
const DATA_TASKS = [
  { name: '政务云资源保障', content: '提供政务云计算、存储和安全资源服务，承载区级部门上云业务系统120个。', budget_wan: 1000 },
  { name: '公共数据归集共享', content: '归集区级部门公共数据资源目录800个，数据共享接口调用量500万次。', budget_wan: 450 },
  { name: '城市运行管理平台运维', content: '保障城市运行管理平台稳定运行，平台可用率不低于99.9%。', budget_wan: 350 },
];
const DATA_MEASURES = [{ title: '安全保障', text: '落实数据安全分类分级管理，按季度开展网络安全检查。' }];
const data = (fields: Record<string, unknown> = {}, indicators = DATA) => year({
  org: '区数据局', budget_total_wan: 2400, fund_sources: funds(2300, null, 100), structure: split(600, 1800),
  goal: DATA_GOAL, tasks: DATA_TASKS, measures: DATA_MEASURES, indicators, ...fields,
});

/** 680 = 财政拨款 650 + 其他资金 30 = 基本支出 420 + 项目支出 260; nine rows. */
const CHAMBER = [
  r(LZ, NUM, '举办民营经济人士培训班', '>=', '4', '期', 10), r(LZ, NUM, '培训民营经济人士', '>=', '300', '人次', 10),
  r(LZ, NUM, '新建街镇商会', '>=', '2', '个', 10), r(LZ, NUM, '走访会员企业', '>=', '200', '家', 10),
  r(LZ, TIM, '企业诉求转办及时率', '>=', '95', '%', 10), r(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10),
  r(SX, SOC, '会员企业诉求办结率', '>=', '90', '%', 15), r(SX, SAT, '会员企业满意度', '>=', '90', '%', 15),
  r(KC, SUS, '商会组织规范化建设水平', Q, '持续提升', null, 10),
];
const CHAMBER_GOAL = '围绕促进“两个健康”，全年举办民营经济人士培训班4期、培训300人次，新建街镇商会2个，走访会员企业200家，'
  + '企业诉求转办及时率95%以上，会员企业满意度90%以上。';
const CHAMBER_TASKS = [
  { name: '民营经济人士理想信念教育', content: '举办民营经济人士培训班4期，培训300人次。', budget_wan: 80 },
  { name: '商会建设', content: '指导基层商会规范化建设，新建街镇商会2个。', budget_wan: 60 },
  { name: '助企服务', content: '开展“万所联万会”法律服务活动，走访会员企业200家。', budget_wan: 120 },
];
const CHAMBER_MEASURES = [{ title: '工作机制', text: '建立执委联系会员企业制度，企业诉求按周梳理转办。' }];
const chamber = (fields: Record<string, unknown> = {}, indicators = CHAMBER) => year({
  org: '区工商业联合会', budget_total_wan: 680, fund_sources: funds(650, null, 30), structure: split(420, 260),
  goal: CHAMBER_GOAL, tasks: CHAMBER_TASKS, measures: CHAMBER_MEASURES, indicators, ...fields,
});

export const SET43_DATA_COMMERCE_CASES: FormCase[] = [
  { id: 'S43-D01', sector: '数据局整体目标（干净，任务表合计等于项目支出）', form: data(), expect: [] },
  { id: 'S43-D02', sector: '数据局整体目标（基本支出600+项目支出1900≠2400）', form: data({ structure: split(600, 1900) }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S43-D03', sector: '数据局整体目标（任务预算1500+700+400=2600超总额2400）', expect: [F('budget_arithmetic', null, null)],
    form: data({ tasks: DATA_TASKS.map((t, i) => ({ ...t, budget_wan: [1500, 700, 400][i] })) }),
  },
  {
    id: 'S43-D04', sector: '数据局整体目标（任务表末行小计1800，安静）', expect: [],
    form: data({ tasks: [...DATA_TASKS, { name: '小计', content: null, budget_wan: 1800 }] }),
  },
  {
    id: 'S43-D05', sector: '数据局整体目标（任务下列其中两行，是部分之部分，安静）', expect: [],
    form: data({
      tasks: [
        DATA_TASKS[0]!, { name: '其中：政务云资源租赁', content: '租赁计算和存储资源。', budget_wan: 700 },
        { name: '其中：云安全服务', content: '购买云上安全防护服务。', budget_wan: 300 }, DATA_TASKS[1]!, DATA_TASKS[2]!,
      ],
    }),
  },
  {
    id: 'S43-D06', sector: '数据局整体目标（目标写新建数据共享交换节点3个，无指标）', expect: [F('goal_vs_indicators', null, null)],
    form: data({ goal: DATA_GOAL.replace('归集公共数据资源目录800个', '新建区级数据共享交换节点3个，归集公共数据资源目录800个') }),
  },
  {
    id: 'S43-D07', sector: '数据局整体目标（目标写“1361”整体构架、“一网通办”“十五五”，安静）', expect: [],
    form: data({ goal: `深入落实数字重庆建设“1361”整体构架，推进“一网通办”“一网统管”，谋划“十五五”数字政府建设。${DATA_GOAL}` }),
  },
  {
    id: 'S43-D08', sector: '数据局整体目标（保障措施写值守科员姓名手机）', expect: [F('private_data', null, null)],
    form: data({ measures: [{ title: '安全保障', text: '数据安全事件由网络安全科科员李志刚（手机13709481234）24小时值守处置。' }] }),
  },
  {
    id: 'S43-D09', sector: '数据局整体目标（保障措施写运营单位信用代码、局办公室座机，安静）', expect: [],
    form: data({ measures: [{ title: '数据开放', text: '公共数据开放平台运营单位（统一社会信用代码91500108MA5U1234X7）按月报送运维报告，局办公室电话023-62781234受理数据开放申请。' }] }),
  },
  { id: 'S43-D10', sector: '数据局整体目标（上云系统权重20，合计105）', form: data({}, patch(DATA, { 0: { weight: 20 } })), expect: [F('weights', null, null)] },
  {
    id: 'S43-D11', sector: '数据局整体目标（无满意度指标）', expect: [F('coverage', null, null)],
    form: data({ goal: DATA_GOAL.replace('，服务部门满意度90%以上', '') },
      patch(DATA, { 6: { level2: SOC, name: '政务数据共享应用场景', comparator: '>=', target: '10', unit: '个' } })),
  },
  {
    id: 'S43-D12', sector: '数据局整体目标（目标先复述部门职能，安静）', expect: [],
    form: data({ goal: `负责全区数据资源整合共享和开发利用，统筹推进数字政府、数字社会建设。${DATA_GOAL}` }),
  },
  {
    id: 'S43-D13', sector: '数据局整体目标（任务1500+700+400，小计2600超总额2400）', expect: [F('budget_arithmetic', null, null)],
    form: data({ tasks: [...DATA_TASKS.map((t, i) => ({ ...t, budget_wan: [1500, 700, 400][i] })), { name: '小计', content: null, budget_wan: 2600 }] }),
  },
  {
    id: 'S43-D14', sector: '数据局整体目标（任务下只列一行其中，连同其中行合计2500，安静）', expect: [],
    form: data({ tasks: [DATA_TASKS[0]!, { name: '其中：政务云资源租赁', content: '租赁计算和存储资源。', budget_wan: 700 }, DATA_TASKS[1]!, DATA_TASKS[2]!] }),
  },
  {
    id: 'S43-D15', sector: '数据局整体目标（目标写接口调用量5000000次，指标500万次，安静）', expect: [],
    form: data({ goal: DATA_GOAL.replace('500万次', '5000000次') }),
  },
  { id: 'S43-G01', sector: '工商联整体目标（干净）', form: chamber(), expect: [] },
  { id: 'S43-G02', sector: '工商联整体目标（财政拨款650+其他资金80≠680）', form: chamber({ fund_sources: funds(650, null, 80) }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S43-G03', sector: '工商联整体目标（目标以元写部门预算及基本、项目支出，安静）', expect: [],
    form: chamber({ goal: `2027年部门预算6,800,000元（其中基本支出4,200,000元、项目支出2,600,000元）。${CHAMBER_GOAL}` }),
  },
  {
    id: 'S43-G04', sector: '工商联整体目标（任务写培育“四好”商会示范点5个，无指标）', expect: [F('goal_vs_indicators', null, null)],
    form: chamber({ tasks: CHAMBER_TASKS.map((t, i) => (i === 1 ? { ...t, content: '指导基层商会规范化建设，新建街镇商会2个，培育“四好”商会示范点5个。' } : t)) }),
  },
  {
    id: 'S43-G05', sector: '工商联整体目标（目标编号分条，安静）', expect: [],
    form: chamber({ goal: '1.举办民营经济人士培训班4期，培训300人次；2.新建街镇商会2个；3.走访会员企业200家，企业诉求转办及时率95%以上；4.会员企业满意度90%以上。' }),
  },
  {
    id: 'S43-G06', sector: '工商联整体目标（保障措施写联系人姓名手机）', expect: [F('private_data', null, null)],
    form: chamber({ measures: [{ title: '工作机制', text: '企业诉求统一报送会员部，联系人：陈晓燕，手机13996123456。' }] }),
  },
  {
    id: 'S43-G07', sector: '工商联整体目标（保障措施写会员部座机、组织机构代码，安静）', expect: [],
    form: chamber({ measures: [{ title: '工作机制', text: '企业诉求统一报送会员部（电话023-86781234）。本会组织机构代码45038721-X。' }] }),
  },
  {
    id: 'S43-G08', sector: '工商联整体目标（培训民营经济人士写了两行）', expect: [F('names', 9, null)],
    form: chamber({}, [...patch(CHAMBER, { 1: { weight: 5 } }), patch(CHAMBER, { 1: { weight: 5 } })[1]!]),
  },
  {
    id: 'S43-G09', sector: '工商联整体目标（两位小数的预算各项相符，安静）', expect: [],
    form: chamber({ budget_total_wan: 680.55, fund_sources: funds(650.25, null, 30.3), structure: split(420.15, 260.4) }),
  },
  { id: 'S43-G10', sector: '工商联整体目标（长效机制权重0，合计90）', form: chamber({}, patch(CHAMBER, { 8: { weight: 0 } })), expect: [F('weights', null, null), F('weights', 8, null)] },
  {
    id: 'S43-G11', sector: '工商联整体目标（目标复述“两个健康”职能，安静）', expect: [],
    form: chamber({ goal: `负责联系、团结、服务全区非公有制经济人士，推动非公有制经济健康发展和非公有制经济人士健康成长。${CHAMBER_GOAL}` }),
  },
  {
    id: 'S43-G12', sector: '工商联整体目标（保障措施写联系人手机，号码带空格）', expect: [F('private_data', null, null)],
    form: chamber({ measures: [{ title: '工作机制', text: '企业诉求统一报送会员部周建平，手机139 9612 3456。' }] }),
  },
  {
    id: 'S43-G13', sector: '工商联整体目标（目标写规上企业入会率提高到60%，无指标）', expect: [F('goal_vs_indicators', null, null)],
    form: chamber({ goal: CHAMBER_GOAL.replace('新建街镇商会2个', '新建街镇商会2个，规上民营企业入会率提高到60%') }),
  },
  {
    id: 'S43-G14', sector: '工商联整体目标（保障措施写以X结尾的统一社会信用代码，安静）', expect: [],
    form: chamber({ measures: [{ title: '工作机制', text: '区总商会（统一社会信用代码51500108MJP12345X6）承办培训，企业诉求按周梳理转办。' }] }),
  },
];
