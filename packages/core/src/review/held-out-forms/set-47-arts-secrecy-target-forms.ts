import { B, dt, F, type FormCase, funds, LZ, NUM, O, patch, Q, QUA, r, S, SAT, SOC, split, SUS, SX, TIM } from './form-case-types';

/**
 * Held-out set 47F (session 21), 2027年部门（单位）整体绩效目标表 of two small 区 units: 区文学艺术界联合会 (W, 2024 tree on 100)
 * and 区委保密机要局 (M, the project framework 产出/效益/满意度 on 100). 部门职能概述 is carried as the first titled text beside the
 * 工作保障措施. Written before reading any code under review/; readings in set-47-cases.ts.
 */
const ME = '管理效率';
const KEY = '重点工作';
const year = (fields: Record<string, unknown>) => dt({ fiscal_year: 2027, ...fields });

/** 460 = 财政拨款 430 + 其他资金 30 = 基本支出 280 + 项目支出 180; the three tasks make 项目支出. */
const ARTS = [
  r(LZ, KEY, '扶持文艺精品创作项目', '>=', '12', '个', 10), r(LZ, KEY, '开展“文艺进万家”惠民演出', '>=', '30', '场次', 10),
  r(LZ, KEY, '举办文艺人才培训班', '>=', '6', '期', 10), r(LZ, KEY, '培训基层文艺骨干', '>=', '400', '人次', 10),
  r(LZ, KEY, '文艺作品获市级以上奖项', '>=', '5', '件', 10), r(ME, '预算管理', '部门预算执行率', '>=', '95', '%', 10),
  r(ME, '资产管理', '固定资产账实相符率', '=', '100', '%', 5), r(SX, SOC, '惠民演出覆盖镇街', '>=', '18', '个', 10),
  r(SX, SAT, '群众对文艺惠民活动满意度', '>=', '90', '%', 15), r(SX, SUS, '文艺志愿服务长效机制', Q, '持续健全', null, 10),
];
const ARTS_GOAL = '扶持文艺精品创作项目12个，开展“文艺进万家”惠民演出30场次、覆盖全区18个镇街，举办文艺人才培训班6期、培训基层文艺骨干400人次，'
  + '力争文艺作品获市级以上奖项5件，群众对文艺惠民活动满意度90%以上。';
const ARTS_TASKS = [
  { name: '文艺精品创作扶持', content: '扶持文学、戏剧、美术、音乐等精品创作项目12个。', budget_wan: 80 },
  { name: '文艺惠民演出', content: '开展“文艺进万家”惠民演出30场次。', budget_wan: 60 },
  { name: '文艺人才培训', content: '举办文艺人才培训班6期，培训基层文艺骨干400人次。', budget_wan: 40 },
];
const ARTS_DUTY = '区文联是区委领导下的人民团体，负责团结引导全区文艺工作者，组织文艺创作、文艺评论和文艺志愿服务，联系服务各文艺家协会。';
const artsMeasures = (duty = ARTS_DUTY) => [{ title: '部门职能概述', text: duty }, { title: '工作保障', text: '建立精品创作项目库，实行项目化管理和跟踪问效。' }];
const arts = (fields: Record<string, unknown> = {}, indicators = ARTS) => year({
  org: '区文学艺术界联合会', budget_total_wan: 460, fund_sources: funds(430, null, 30), structure: split(280, 180),
  goal: ARTS_GOAL, tasks: ARTS_TASKS, measures: artsMeasures(), indicators, ...fields,
});
const ARTS_NO_SOCIAL = patch(ARTS, {
  7: { level1: LZ, level2: KEY, name: '举办美术书法摄影展览', comparator: '>=', target: '4', unit: '场' },
  8: { level1: LZ, level2: KEY, name: '发表文艺评论文章', comparator: '>=', target: '20', unit: '篇' },
  9: { level1: LZ, level2: KEY, name: '文艺志愿服务队伍建设', comparator: Q, target: '持续加强', unit: null },
});

/** 380 = 财政拨款 380 = 基本支出 250 + 项目支出 130; project framework. */
const SECRET = [
  r(O, NUM, '开展保密技术检查单位', '>=', '60', '家', 10), r(O, NUM, '举办保密教育培训', '>=', '8', '期', 10),
  r(O, NUM, '培训涉密人员', '>=', '900', '人次', 10), r(O, QUA, '发现泄密隐患整改率', '=', '100', '%', 10),
  r(O, TIM, '机要文件按时传递率', '=', '100', '%', 10), r(B, SOC, '全区失泄密事件发生数', '=', '0', '起', 15),
  r(B, SOC, '机关干部保密意识', Q, '明显增强', null, 15), r(B, SUS, '保密工作长效机制', Q, '持续健全', null, 10),
  r(S, SAT, '受检单位满意度', '>=', '90', '%', 10),
];
const SECRET_GOAL = '对全区60家机关单位开展保密技术检查，发现泄密隐患整改率100%；举办保密教育培训8期、培训涉密人员900人次；'
  + '机要文件按时传递率100%，确保全年不发生失泄密事件，受检单位满意度90%以上。';
const SECRET_TASKS = [
  { name: '保密技术检查', content: '对全区60家机关单位开展保密技术检查。', budget_wan: 50 },
  { name: '保密宣传教育', content: '举办保密教育培训8期，培训涉密人员900人次。', budget_wan: 30 },
  { name: '机要密码通信保障', content: '保障全区机要密码通信安全畅通。', budget_wan: 50 },
];
const SECRET_DUTY = '区委保密机要局负责全区保密工作的宣传教育、监督检查和保密技术防护，承担区委机要密码通信和机要文件交换工作。';
const secretMeasures = (duty = SECRET_DUTY) => [{ title: '部门职能概述', text: duty }, { title: '工作保障', text: '落实保密工作责任制，开展常态化保密自查。' }];
const secret = (fields: Record<string, unknown> = {}, indicators = SECRET) => year({
  org: '中共某区委保密机要局', budget_total_wan: 380, fund_sources: funds(380, null, null), structure: split(250, 130),
  goal: SECRET_GOAL, tasks: SECRET_TASKS, measures: secretMeasures(), indicators, ...fields,
});

export const SET47_ARTS_SECRECY_CASES: FormCase[] = [
  { id: 'S47-W01', sector: '文联整体目标（干净）', form: arts(), expect: [] },
  {
    id: 'S47-W02', sector: '文联整体目标（任务80+400+40=520超总额460）', expect: [F('budget_arithmetic', null, null)],
    form: arts({ tasks: ARTS_TASKS.map((t, i) => ({ ...t, budget_wan: [80, 400, 40][i] })) }),
  },
  // First written expecting budget_arithmetic; re-read: 财政专户 is blank, and a shortfall beside a blank source proves
  // nothing (S11-D03, S37-A02 recorded it: 上级补助, 上年结转 lie outside the cells).
  { id: 'S47-W03', sector: '文联整体目标（财政拨款430+其他资金20，财政专户未填，安静）', form: arts({ fund_sources: funds(430, null, 20) }), expect: [] },
  {
    id: 'S47-W04', sector: '文联整体目标（任务金额按元填入万元栏）', expect: [F('budget_arithmetic', null, null)],
    form: arts({ tasks: ARTS_TASKS.map((t, i) => ({ ...t, budget_wan: [800000, 600000, 400000][i] })) }),
  },
  {
    id: 'S47-W05', sector: '文联整体目标（任务表末行小计180，安静）', expect: [],
    form: arts({ tasks: [...ARTS_TASKS, { name: '小计', content: null, budget_wan: 180 }] }),
  },
  {
    id: 'S47-W06', sector: '文联整体目标（小计写250，三项任务合计180）', expect: [F('budget_arithmetic', null, null)],
    form: arts({ tasks: [...ARTS_TASKS, { name: '小计', content: null, budget_wan: 250 }] }),
  },
  {
    id: 'S47-W07', sector: '文联整体目标（目标写组织文艺采风活动8次，无指标）', expect: [F('goal_vs_indicators', null, null)],
    form: arts({ goal: ARTS_GOAL.replace('力争', '组织文艺家深入基层采风活动8次，力争') }),
  },
  {
    id: 'S47-W08', sector: '文联整体目标（目标写第十届艺术节、文件文号，安静）', expect: [],
    form: arts({ goal: `贯彻落实区委宣传部〔2026〕15号文件精神，筹办第十届“金秋”艺术节。${ARTS_GOAL}` }),
  },
  {
    id: 'S47-W09', sector: '文联整体目标（目标写文艺志愿服务热线96150，安静）', expect: [],
    form: arts({ goal: `${ARTS_GOAL}开通文艺志愿服务热线96150，受理群众点单。` }),
  },
  {
    id: 'S47-W10', sector: '文联整体目标（目标写惠民演出40场次，指标30）', expect: [F('goal_vs_indicators', null, null)],
    form: arts({ goal: ARTS_GOAL.replace('惠民演出30场次', '惠民演出40场次') }),
  },
  {
    id: 'S47-W11', sector: '文联整体目标（目标写任务表所列扶持资金80万元，安静）', expect: [],
    form: arts({ goal: `安排文艺精品创作扶持资金80万元，${ARTS_GOAL}` }),
  },
  {
    id: 'S47-W12', sector: '文联整体目标（2024部门树无社会效应、无满意度）', expect: [F('coverage', null, null)],
    form: arts({
      goal: '扶持文艺精品创作项目12个，开展“文艺进万家”惠民演出30场次，举办文艺人才培训班6期、培训基层文艺骨干400人次，'
        + '举办美术书法摄影展览4场，发表文艺评论文章20篇，力争文艺作品获市级以上奖项5件。',
    }, ARTS_NO_SOCIAL),
  },
  { id: 'S47-W13', sector: '文联整体目标（获奖权重15，合计105）', form: arts({}, patch(ARTS, { 4: { weight: 15 } })), expect: [F('weights', null, null)] },
  {
    id: 'S47-W14', sector: '文联整体目标（惠民演出一行原样重复）', expect: [F('names', 4, null)],
    form: arts({ goal: ARTS_GOAL.replace('，力争文艺作品获市级以上奖项5件', '') },
      patch(ARTS, { 4: { name: '开展“文艺进万家”惠民演出', target: '30', unit: '场次' } })),
  },
  {
    id: 'S47-W15', sector: '文联整体目标（部门职能写联系人姓名手机）', expect: [F('private_data', null, null)],
    form: arts({ measures: artsMeasures(`${ARTS_DUTY}联系人：张晓梅，13908315562。`) }),
  },
  {
    id: 'S47-W16', sector: '文联整体目标（部门职能写机构代码、邮编、办公室座机，安静）', expect: [],
    form: arts({ measures: artsMeasures(`${ARTS_DUTY}机构代码：50010375-6，邮编400010，办公室电话023-68612345。`) }),
  },
  {
    id: 'S47-W17', sector: '文联整体目标（任务金额带两位小数，合计180，安静）', expect: [],
    form: arts({ tasks: ARTS_TASKS.map((t, i) => ({ ...t, budget_wan: [80.5, 59.5, 40][i] })) }),
  },
  {
    id: 'S47-W18', sector: '文联整体目标（任务表含基本支出280，合计460，安静）', expect: [],
    form: arts({ tasks: [{ name: '机关运转', content: '保障机关正常运转。', budget_wan: 280 }, ...ARTS_TASKS] }),
  },
  {
    id: 'S47-W19', sector: '文联整体目标（部门职能写下设9个协会、会员1200余人，安静）', expect: [],
    form: arts({ measures: artsMeasures(`${ARTS_DUTY}下设作家、美术家等9个文艺家协会，会员1200余人。`) }),
  },
  { id: 'S47-M01', sector: '保密机要局整体目标（干净，项目框架）', form: secret(), expect: [] },
  {
    id: 'S47-M02', sector: '保密机要局整体目标（项目框架无效益指标）', expect: [F('coverage', null, null)],
    form: secret({}, patch(SECRET, {
      5: { level1: O, level2: NUM, name: '指导机关单位保密自查', comparator: '>=', target: '120', unit: '家' },
      6: { level1: O, level2: QUA, name: '涉密载体销毁合规率', comparator: '=', target: '100', unit: '%' },
      7: { level1: O, level2: TIM, name: '密码设备按期检修率', comparator: '=', target: '100', unit: '%' },
    })),
  },
  { id: 'S47-M03', sector: '保密机要局整体目标（其他资金填0，安静）', form: secret({ fund_sources: funds(380, null, 0) }), expect: [] },
  { id: 'S47-M04', sector: '保密机要局整体目标（财政拨款360+其他资金30≠380）', form: secret({ fund_sources: funds(360, null, 30) }), expect: [F('budget_arithmetic', null, null)] },
  { id: 'S47-M05', sector: '保密机要局整体目标（资金总额按元填3800000）', form: secret({ budget_total_wan: 3800000 }), expect: [F('budget_arithmetic', null, null)] },
  {
    id: 'S47-M06', sector: '保密机要局整体目标（目标复述部门预算380万元，安静）', expect: [],
    form: secret({ goal: `部门预算总额380万元（其中财政拨款380万元）。${SECRET_GOAL}` }),
  },
  {
    id: 'S47-M07', sector: '保密机要局整体目标（目标写发放宣传资料5000份，无指标）', expect: [F('goal_vs_indicators', null, null)],
    form: secret({ goal: SECRET_GOAL.replace('；机要', '，开展保密法治宣传月活动、发放宣传资料5000份；机要') }),
  },
  {
    id: 'S47-M08', sector: '保密机要局整体目标（目标写保密举报电话12339，安静）', expect: [],
    form: secret({ goal: `${SECRET_GOAL}公开保密违法举报电话12339。` }),
  },
  {
    id: 'S47-M09', sector: '保密机要局整体目标（目标写保密法2024年修订、保密委文号，安静）', expect: [],
    form: secret({ goal: `贯彻《中华人民共和国保守国家秘密法》（2024年修订）和区委保密委〔2026〕3号文件，${SECRET_GOAL}` }),
  },
  { id: 'S47-M10', sector: '保密机要局整体目标（满意度权重5，合计95）', form: secret({}, patch(SECRET, { 8: { weight: 5 } })), expect: [F('weights', null, null)] },
  {
    id: 'S47-M11', sector: '保密机要局整体目标（部门职能写联系人手机带连字符）', expect: [F('private_data', null, null)],
    form: secret({ measures: secretMeasures(`${SECRET_DUTY}联系人：李建国，139-8341-2276。`) }),
  },
  {
    id: 'S47-M12', sector: '保密机要局整体目标（部门职能写信用代码、邮编、值班座机，安静）', expect: [],
    form: secret({ measures: secretMeasures(`${SECRET_DUTY}统一社会信用代码11500103MB1N45678X，邮编400015，值班电话023-63891234。`) }),
  },
  {
    id: 'S47-M13', sector: '保密机要局整体目标（培训涉密人员一行原样重复）', expect: [F('names', 9, null)],
    form: secret({}, [...patch(SECRET, { 1: { weight: 5 } }), r(O, NUM, '培训涉密人员', '>=', '900', '人次', 5)]),
  },
  {
    id: 'S47-M14', sector: '保密机要局整体目标（任务表末行合计130，安静）', expect: [],
    form: secret({ tasks: [...SECRET_TASKS, { name: '合计', content: null, budget_wan: 130 }] }),
  },
  {
    id: 'S47-M15', sector: '保密机要局整体目标（任务50+300+50=400超总额380）', expect: [F('budget_arithmetic', null, null)],
    form: secret({ tasks: SECRET_TASKS.map((t, i) => ({ ...t, budget_wan: [50, 300, 50][i] })) }),
  },
  {
    id: 'S47-M16', sector: '保密机要局整体目标（任务写检查80家，指标60）', expect: [F('goal_vs_indicators', null, null)],
    form: secret({ tasks: SECRET_TASKS.map((t, i) => (i === 0 ? { ...t, content: '对全区80家机关单位开展保密技术检查。' } : t)) }),
  },
  {
    id: 'S47-M17', sector: '保密机要局整体目标（目标写2027年12月底前完成检查，安静）', expect: [],
    form: secret({ goal: SECRET_GOAL.replace('对全区60家', '2027年12月底前对全区60家') }),
  },
];
