import { B, C, ECO, ENV, F, type FormCase, NUM, O, patch, plan, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 54F (session 24), 2026年项目支出绩效目标表: 食品安全智慧监管系统建设及运维 (I, 区市场监督管理局, 680 万元 all
 * 财政资金: 建设 520 + 运维 160), 政府购买12345热线话务服务 (H, 区政务服务管理办公室, 420 万元 all 财政资金, 10 元/件 × 42万件)
 * and 农村生活垃圾分类示范村以奖代补 (J, 区城市管理局, 360 万元 all 补助镇街, 15 万元/个 × 24), 2021 tree on 90. Written before
 * reading any code under review/; readings in set-54-cases.ts.
 */
const year = (fields: Record<string, unknown>) => pt({ fiscal_year: 2026, ...fields });

/** 9 rows on 90. */
const SYSTEM = [
  r(O, NUM, '建成业务子系统', '=', '3', '个', 15), r(O, NUM, '接入食品生产经营主体', '>=', '2800', '家', 10),
  r(O, QUA, '系统年可用率', '>=', '99', '%', 10), r(O, QUA, '网络安全等级保护测评', Q, '通过三级测评', null, 10),
  r(O, TIM, '项目建设按期完成率', '=', '100', '%', 5), r(C, ECO, '年度运维费用', '<=', '160', '万元', 10),
  r(B, SOC, '食品安全风险隐患线上处置率', '>=', '95', '%', 10), r(B, SUS, '系统持续运行年限', '>=', '5', '年', 5),
  r(S, SAT, '执法人员使用满意度', '>=', '90', '%', 15),
];
const SYSTEM_GOAL = '2026年完成食品安全智慧监管系统一期建设，建成风险预警、追溯管理、移动执法3个业务子系统，接入食品生产经营主体2800家，'
  + '系统年可用率99%以上，通过网络安全等级保护三级测评，风险隐患线上处置率95%以上，执法人员使用满意度90%以上。';
const SYSTEM_OVERVIEW = '项目预算680万元，其中系统建设费520万元（软件开发、硬件设备、等保测评），系统运维费160万元。';
const system = (fields: Record<string, unknown> = {}, indicators = SYSTEM) => year({
  org: '区市场监督管理局', department: '区市场监督管理局', project_name: '食品安全智慧监管系统建设及运维', budget_total_wan: 680,
  budget_fiscal_wan: 680, budget_other_wan: 0, overview: SYSTEM_OVERVIEW,
  basis: '《“十四五”市场监管现代化规划》；区大数据发展局关于食品安全智慧监管系统建设方案的审核意见。', goal: SYSTEM_GOAL,
  spending_plan: plan(10, 35, 70, 100), indicators, ...fields,
});

/** 8 rows on 90. */
const HOTLINE = [
  r(O, NUM, '热线话务座席', '>=', '60', '个', 10), r(O, NUM, '受理群众来电', '>=', '42', '万件', 15),
  r(O, QUA, '来电接通率', '>=', '95', '%', 10), r(O, QUA, '工单派转准确率', '>=', '98', '%', 10),
  r(O, TIM, '工单按时办结率', '>=', '95', '%', 5), r(C, ECO, '单件来电话务服务成本', '<=', '10', '元/件', 10),
  r(B, SOC, '群众诉求解决率', '>=', '85', '%', 10), r(S, SAT, '来电群众满意度', '>=', '90', '%', 20),
];
const HOTLINE_GOAL = '2026年通过政府购买服务方式，委托专业话务服务机构提供12345政务服务便民热线7×24小时话务服务，设置话务座席60个，'
  + '全年受理群众来电42万件以上，来电接通率95%以上，工单派转准确率98%以上，群众诉求解决率85%以上，来电群众满意度90%以上。';
const HOTLINE_OVERVIEW = '经公开招标确定话务服务承接机构，合同期一年，按实际受理件数结算，每件10元。';
const hotline = (fields: Record<string, unknown> = {}, indicators = HOTLINE) => year({
  org: '区政务服务管理办公室', department: '区政务服务管理办公室', project_name: '政府购买12345热线话务服务', budget_total_wan: 420,
  budget_fiscal_wan: 420, budget_other_wan: 0, overview: HOTLINE_OVERVIEW,
  basis: '《政府购买服务管理办法》（财政部令第102号）；《国务院办公厅关于进一步优化地方政务服务便民热线的指导意见》。', goal: HOTLINE_GOAL,
  spending_plan: plan(25, 50, 75, 100), indicators, ...fields,
});

/** 9 rows on 90; 360 = 补助镇街 360. */
const AWARD = [
  r(O, NUM, '创建生活垃圾分类示范村', '>=', '24', '个', 15), r(O, NUM, '配置分类收集设施', '>=', '1200', '组', 10),
  r(O, QUA, '示范村验收达标率', '>=', '95', '%', 10), r(O, TIM, '奖补资金兑现及时率', '=', '100', '%', 5),
  r(C, ECO, '示范村奖补标准', '=', '15', '万元/个', 10), r(B, ENV, '示范村生活垃圾回收利用率', '>=', '35', '%', 10),
  r(B, SOC, '农户垃圾分类知晓率', '>=', '90', '%', 10), r(B, SUS, '村级垃圾分类长效管护机制', Q, '建立健全', null, 5),
  r(S, SAT, '村民满意度', '>=', '90', '%', 15),
];
const AWARD_GOAL = '2026年采取以奖代补方式，创建农村生活垃圾分类示范村24个，对验收合格的示范村每个奖补15万元，配置分类收集设施1200组，'
  + '示范村生活垃圾回收利用率达到35%以上，农户垃圾分类知晓率90%以上，村民满意度90%以上。';
const AWARD_OVERVIEW = '区对镇专项转移支付，区财政安排360万元，全部补助镇街，先建后补、以奖代补，按验收结果兑现。';
const award = (fields: Record<string, unknown> = {}, indicators = AWARD) => year({
  org: '区城市管理局', department: '区城市管理局', project_name: '农村生活垃圾分类示范村以奖代补', budget_total_wan: 360,
  budget_fiscal_wan: 360, budget_other_wan: 0, budget_district_wan: 0, budget_subsidy_towns_wan: 360, overview: AWARD_OVERVIEW,
  basis: '区人民政府办公室关于推进农村生活垃圾分类工作的实施意见；区农村生活垃圾分类示范村以奖代补实施办法。', goal: AWARD_GOAL,
  spending_plan: plan(0, 20, 60, 100), indicators, ...fields,
});

export const SET54_SYSTEM_HOTLINE_AWARD_CASES: FormCase[] = [
  // 食品安全智慧监管系统建设及运维
  { id: 'S54-I01', sector: '食品安全监管系统（干净）', form: system(), expect: [] },
  {
    id: 'S54-I02', sector: '食品安全监管系统（成本指标年度运维费用760万元，高于预算680）', expect: [F('budget_arithmetic', 5, 'target')],
    form: system({}, patch(SYSTEM, { 5: { target: '760' } })),
  },
  {
    id: 'S54-I03', sector: '食品安全监管系统（目标写接入主体3500家，指标2800）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: system({ goal: SYSTEM_GOAL.replace('主体2800家', '主体3500家') }),
  },
  {
    id: 'S54-I04', sector: '食品安全监管系统（目标写培训执法人员600人次，无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: system({ goal: SYSTEM_GOAL.replace('，执法人员使用满意度', '，培训基层执法人员600人次，执法人员使用满意度') }),
  },
  {
    id: 'S54-I05', sector: '食品安全监管系统（指标写2025年度系统年可用率，表为2026年）', expect: [F('goal_vs_indicators', 2, 'name')],
    form: system({}, patch(SYSTEM, { 2: { name: '2025年度系统年可用率' } })),
  },
  {
    id: 'S54-I06', sector: '食品安全监管系统（概况写运维服务400热线，安静）', expect: [],
    form: system({ overview: `${SYSTEM_OVERVIEW}系统运维服务热线：400-823-5166（7×24小时）。` }),
  },
  {
    id: 'S54-I07', sector: '食品安全监管系统（概况写承建公司项目联系人手机）', expect: [F('private_data', null, 'overview')],
    form: system({ overview: `${SYSTEM_OVERVIEW}承建单位项目联系人：王晓东，18623456712。` }),
  },
  {
    id: 'S54-I08', sector: '食品安全监管系统（财政600+其他0≠总额680）', expect: [F('budget_arithmetic')],
    form: system({ budget_fiscal_wan: 600 }),
  },
  {
    id: 'S54-I09', sector: '食品安全监管系统（目标写另有2025年结转建设尾款85万元，安静）', expect: [],
    form: system({ goal: `${SYSTEM_GOAL}另有2025年结转的系统建设尾款85万元一并支付。` }),
  },
  {
    id: 'S54-I10', sector: '食品安全监管系统（可用率在质量和可持续影响下各填一行）', expect: [F('names', 9)],
    form: system({}, [...patch(SYSTEM, { 8: { weight: 10 } }), r(B, SUS, '系统年可用率', '>=', '99', '%', 5)]),
  },
  {
    id: 'S54-I11', sector: '食品安全监管系统（成本指标单家主体接入成本300元/家，安静）', expect: [],
    form: system({}, [...patch(SYSTEM, { 8: { weight: 10 } }), r(C, ECO, '单家主体接入成本', '<=', '300', '元/家', 5)]),
  },
  // 政府购买12345热线话务服务
  { id: 'S54-H01', sector: '12345热线购买服务（干净）', form: hotline(), expect: [] },
  {
    id: 'S54-H02', sector: '12345热线购买服务（目标写座席80个，指标60）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: hotline({ goal: HOTLINE_GOAL.replace('话务座席60个', '话务座席80个') }),
  },
  {
    id: 'S54-H03', sector: '12345热线购买服务（目标写话务员培训12期，无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: hotline({ goal: HOTLINE_GOAL.replace('，全年受理', '，开展话务员业务培训12期，全年受理') }),
  },
  {
    id: 'S54-H04', sector: '12345热线购买服务（成本指标采购总价480万元，高于预算420）', expect: [F('budget_arithmetic', 8, 'target')],
    form: hotline({}, [...patch(HOTLINE, { 7: { weight: 15 } }), r(C, ECO, '话务服务采购总价', '<=', '480', '万元', 5)]),
  },
  {
    id: 'S54-H05', sector: '12345热线购买服务（成本指标话务员人均培训成本1200元/人，安静）', expect: [],
    form: hotline({}, [...patch(HOTLINE, { 7: { weight: 15 } }), r(C, ECO, '话务员人均年培训成本', '<=', '1200', '元/人', 5)]),
  },
  {
    id: 'S54-H06', sector: '12345热线购买服务（满意度指标解释写来电人姓名手机）', expect: [F('private_data', 7, 'description')],
    form: hotline({}, patch(HOTLINE, { 7: { description: '按月电话回访，如来电人张桂芳（13512345678）对供水报修办理结果表示满意。' } })),
  },
  {
    id: 'S54-H07', sector: '12345热线购买服务（指标解释写热线号码和监督座机，安静）', expect: [],
    form: hotline({}, patch(HOTLINE, { 1: { description: '含12345热线电话、网站、微信渠道受理量。服务质量监督电话：023-68123456。' } })),
  },
  { id: 'S54-H08', sector: '12345热线购买服务（权重合计80）', form: hotline({}, patch(HOTLINE, { 7: { weight: 10 } })), expect: [F('weights', null, 'weight')] },
  {
    id: 'S54-H09', sector: '12345热线购买服务（接通率在质量和社会效益下各填一行）', expect: [F('names', 8)],
    form: hotline({}, [...patch(HOTLINE, { 7: { weight: 15 } }), r(B, SOC, '来电接通率', '>=', '95', '%', 5)]),
  },
  {
    id: 'S54-H11', sector: '12345热线购买服务（目标概括表述，指标量化，安静）', expect: [],
    form: hotline({ goal: '通过政府购买服务方式保障12345政务服务便民热线平稳运行，持续提升热线接通率和诉求办理质效，提高群众满意度。' }),
  },
  {
    id: 'S54-H13', sector: '12345热线购买服务（目标以2025年受理38.6万件为基础，安静）', expect: [],
    form: hotline({ goal: `在2025年受理群众来电38.6万件的基础上，${HOTLINE_GOAL}` }),
  },
  // 农村生活垃圾分类示范村以奖代补
  { id: 'S54-J01', sector: '垃圾分类以奖代补（干净）', form: award(), expect: [] },
  {
    id: 'S54-J02', sector: '垃圾分类以奖代补（区级支出40+补助镇街360≠360）', expect: [F('budget_arithmetic')],
    form: award({ budget_district_wan: 40 }),
  },
  {
    id: 'S54-J03', sector: '垃圾分类以奖代补（目标写示范村30个，指标24）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: award({ goal: AWARD_GOAL.replace('示范村24个', '示范村30个') }),
  },
  {
    id: 'S54-J04', sector: '垃圾分类以奖代补（目标写入户宣传5000户次，无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: award({ goal: AWARD_GOAL.replace('配置分类收集设施1200组，', '配置分类收集设施1200组，开展入户宣传指导5000户次，') }),
  },
  {
    id: 'S54-J05', sector: '垃圾分类以奖代补（知晓率指标解释写村民姓名手机）', expect: [F('private_data', 6, 'description')],
    form: award({}, patch(AWARD, { 6: { description: '入户抽查问答，如新华村村民刘秀珍，电话13983456721，5题全部答对计为知晓。' } })),
  },
  {
    id: 'S54-J06', sector: '垃圾分类以奖代补（成本指标户均设施配置成本600元/户，安静）', expect: [],
    form: award({}, [...patch(AWARD, { 8: { weight: 10 } }), r(C, ECO, '户均分类设施配置成本', '<=', '600', '元/户', 5)]),
  },
  {
    id: 'S54-J07', sector: '垃圾分类以奖代补（目标写2025年结转45万元兑现上年3个示范村，安静）', expect: [],
    form: award({ goal: `${AWARD_GOAL}另统筹2025年结转奖补资金45万元，兑现上年度验收合格的3个示范村。` }),
  },
  { id: 'S54-J08', sector: '垃圾分类以奖代补（权重合计95）', form: award({}, patch(AWARD, { 0: { weight: 20 } })), expect: [F('weights', null, 'weight')] },
  {
    id: 'S54-J10', sector: '垃圾分类以奖代补（指标写2027年回收利用率，表为2026年）', expect: [F('goal_vs_indicators', 5, 'name')],
    form: award({}, patch(AWARD, { 5: { name: '2027年示范村生活垃圾回收利用率' } })),
  },
  {
    id: 'S54-J11', sector: '垃圾分类以奖代补（概况写环卫科咨询电话，安静）', expect: [],
    form: award({ overview: `${AWARD_OVERVIEW}政策咨询电话：区城市管理局环境卫生科 023-67012345。` }),
  },
  {
    id: 'S54-J12', sector: '垃圾分类以奖代补（成本指标奖补资金总额420万元，高于预算360）', expect: [F('budget_arithmetic', 9, 'target')],
    form: award({}, [...patch(AWARD, { 8: { weight: 10 } }), r(C, ECO, '奖补资金总额', '<=', '420', '万元', 5)]),
  },
  {
    id: 'S54-J13', sector: '垃圾分类以奖代补（目标写安排以奖代补资金360万元全部下达镇街，安静）', expect: [],
    form: award({ goal: `区财政安排以奖代补资金360万元，全部切块下达各镇街。${AWARD_GOAL}` }),
  },
];
