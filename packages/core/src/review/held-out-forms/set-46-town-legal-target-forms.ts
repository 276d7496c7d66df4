import { B, C, ECN, ECO, F, type FormCase, NUM, O, patch, plan, pt, Q, QUA, r, S, SAT, SOC, SUS, TIM } from './form-case-types';

/**
 * Held-out set 46F (session 21), 2027年项目支出绩效目标表 of small units: 乡村文化旅游提升 (V, 镇人民政府, 120 万元 = 区级补助60 +
 * 镇本级40 + 村集体自筹20) and 基层公共法律服务 (L, 区司法局, 260 万元 = 区级支出80 + 补助街镇180), 2021 tree on 90. Written
 * before reading any code under review/; readings in set-46-cases.ts.
 */
const year = (fields: Record<string, unknown>) => pt({ fiscal_year: 2027, ...fields });

/** 9 rows on 90. */
const TOUR = [
  r(O, NUM, '改造提升乡村旅游接待点', '>=', '8', '个', 15), r(O, NUM, '新建旅游公厕', '=', '3', '座', 10),
  r(O, NUM, '举办乡村文化旅游节庆活动', '>=', '4', '场次', 10), r(O, QUA, '改造工程验收合格率', '=', '100', '%', 10),
  r(O, TIM, '项目完工时间', Q, '2027年9月底前', null, 5), r(C, ECO, '单个接待点改造补助标准', '<=', '8', '万元/个', 10),
  r(B, ECN, '带动乡村旅游接待', '>=', '15', '万人次', 10), r(B, SUS, '文旅设施管护机制', Q, '长效运行', null, 10),
  r(S, SAT, '游客满意度', '>=', '90', '%', 10),
];
const TOUR_GOAL = '2027年改造提升乡村旅游接待点8个，新建旅游公厕3座，举办乡村文化旅游节庆活动4场次，带动乡村旅游接待15万人次，游客满意度达到90%以上。';
const TOUR_OVERVIEW = '依托古镇老街和茶园资源，改造提升农家乐、民宿等乡村旅游接待点，完善旅游公厕等配套设施。资金来源：区级补助60万元，镇本级40万元，村集体自筹20万元。';
const tour = (fields: Record<string, unknown> = {}, indicators = TOUR) => year({
  org: '木洞镇人民政府', department: '区文化和旅游发展委员会', project_name: '乡村文化旅游提升', budget_total_wan: 120, budget_fiscal_wan: 100,
  budget_other_wan: 20, overview: TOUR_OVERVIEW, basis: '《区文旅融合发展三年行动计划（2026—2028年）》。', goal: TOUR_GOAL,
  spending_plan: plan(10, 40, 80, 100), indicators, ...fields,
});

/** 9 rows on 90; 260 = 区级支出80 + 补助街镇180, all 财政资金. */
const LEGAL = [
  r(O, NUM, '建成村（社区）公共法律服务工作室', '>=', '210', '个', 15), r(O, NUM, '开展法治宣传活动', '>=', '400', '场次', 10),
  r(O, NUM, '办理法律援助案件', '>=', '1200', '件', 10), r(O, QUA, '法律援助案件质量评查合格率', '>=', '95', '%', 10),
  r(O, TIM, '法律援助申请审查时限', '<=', '7', '日', 5), r(C, ECO, '村（社区）法律顾问补贴标准', '<=', '0.6', '万元/个', 10),
  r(B, SOC, '群众法律服务需求响应', Q, '及时有效', null, 10), r(B, SUS, '基层公共法律服务网络', Q, '持续健全', null, 10),
  r(S, SAT, '服务对象满意度', '>=', '95', '%', 10),
];
const LEGAL_GOAL = '2027年实现全区210个村（社区）公共法律服务工作室全覆盖，开展法治宣传活动400场次，办理法律援助案件1200件，'
  + '法律援助案件质量评查合格率95%以上，服务对象满意度95%以上。';
const LEGAL_OVERVIEW = '区级支出80万元用于法律援助案件补贴和法治宣传，补助街镇180万元用于村（社区）法律顾问补贴和工作室运行。';
const legal = (fields: Record<string, unknown> = {}, indicators = LEGAL) => year({
  org: '区司法局', department: '区司法局', project_name: '基层公共法律服务体系建设', budget_total_wan: 260, budget_fiscal_wan: 260,
  budget_other_wan: 0, budget_district_wan: 80, budget_subsidy_towns_wan: 180, overview: LEGAL_OVERVIEW,
  basis: '《关于加快推进公共法律服务体系建设的意见》。', goal: LEGAL_GOAL, spending_plan: plan(20, 50, 80, 100), indicators, ...fields,
});

export const SET46_TOWN_LEGAL_CASES: FormCase[] = [
  { id: 'S46-V01', sector: '乡村文化旅游提升（干净）', form: tour(), expect: [] },
  {
    id: 'S46-V02', sector: '文旅提升（目标写接待150000人次，指标15万人次，安静）', expect: [],
    form: tour({ goal: TOUR_GOAL.replace('15万人次', '150000人次') }),
  },
  {
    id: 'S46-V03', sector: '文旅提升（目标写培训民宿从业人员60人，无指标）', expect: [F('goal_vs_indicators')],
    form: tour({ goal: TOUR_GOAL.replace('，游客满意度', '，培训民宿从业人员60人，游客满意度') }),
  },
  { id: 'S46-V04', sector: '文旅提升（权重合计95）', form: tour({}, patch(TOUR, { 0: { weight: 20 } })), expect: [F('weights')] },
  { id: 'S46-V05', sector: '文旅提升（财政110+其他20≠120）', form: tour({ budget_fiscal_wan: 110 }), expect: [F('budget_arithmetic')] },
  {
    id: 'S46-V06', sector: '文旅提升（概况来源60+30+20≠120）', expect: [F('budget_arithmetic')],
    form: tour({ overview: TOUR_OVERVIEW.replace('镇本级40万元', '镇本级30万元') }),
  },
  { id: 'S46-V07', sector: '文旅提升（支出计划10月35%回落）', form: tour({ spending_plan: plan(10, 40, 35, 100) }), expect: [F('spending_plan')] },
  {
    id: 'S46-V08', sector: '文旅提升（新建旅游公厕在数量、社会效益下各填一次）', expect: [F('names', 9), F('level_vs_name', 9, null, true)],
    form: tour({}, [...patch(TOUR, { 1: { weight: 5 } }), r(B, SOC, '新建旅游公厕', '=', '3', '座', 5)]),
  },
  {
    id: 'S46-V09', sector: '文旅提升（同名“乡村旅游接待点改造”数量以个、质量以定性，安静）', expect: [],
    form: tour({}, [...patch(TOUR, { 0: { name: '乡村旅游接待点改造', weight: 10 } }),
      r(O, QUA, '乡村旅游接待点改造', Q, '达到乡村旅游服务质量等级标准', null, 5)]),
  },
  {
    id: 'S46-V10', sector: '文旅提升（指标解释写经办人手机）', expect: [F('private_data', 1)],
    form: tour({}, patch(TOUR, { 1: { description: '每座不少于30平方米，经办人：刘洋，手机13512345678。' } })),
  },
  {
    id: 'S46-V11', sector: '文旅提升（概况写组织机构代码，安静）', expect: [],
    form: tour({ overview: `${TOUR_OVERVIEW}编制单位组织机构代码：00912345-6。` }),
  },
  {
    id: 'S46-V12', sector: '文旅提升（无效益指标，目标的接待15万人次随之无指标）', expect: [F('coverage'), F('goal_vs_indicators')],
    form: tour({}, patch(TOUR, { 0: { weight: 25 }, 1: { weight: 20 } }).filter((row) => row.level1 !== B)),
  },
  {
    id: 'S46-V13', sector: '文旅提升（目标写9月底完工、10月1日开放，安静）', expect: [],
    form: tour({ goal: `${TOUR_GOAL}项目于2027年9月底前完工，10月1日起对外开放。` }),
  },
  {
    id: 'S46-V14', sector: '文旅提升（目标写“十五五”“一镇一品”，安静）', expect: [],
    form: tour({ goal: `围绕“十五五”文旅融合发展规划，打造“一镇一品”。${TOUR_GOAL}` }),
  },
  {
    id: 'S46-V15', sector: '文旅提升（概况来源以元写600000+400000+200000，安静）', expect: [],
    form: tour({ overview: TOUR_OVERVIEW.replace('区级补助60万元，镇本级40万元，村集体自筹20万元', '区级补助600000元，镇本级400000元，村集体自筹200000元') }),
  },
  { id: 'S46-L01', sector: '基层公共法律服务（干净，区级支出+补助街镇）', form: legal(), expect: [] },
  { id: 'S46-L02', sector: '基层法律服务（区级80+补助街镇150≠260）', form: legal({ budget_subsidy_towns_wan: 150 }), expect: [F('budget_arithmetic')] },
  {
    id: 'S46-L03', sector: '基层法律服务（补助街镇按元填1800000）', expect: [F('budget_arithmetic')],
    form: legal({ budget_subsidy_towns_wan: 1800000 }),
  },
  {
    id: 'S46-L04', sector: '基层法律服务（目标写培训人民调解员300人次，无指标）', expect: [F('goal_vs_indicators')],
    form: legal({ goal: LEGAL_GOAL.replace('，服务对象满意度', '，培训人民调解员300人次，服务对象满意度') }),
  },
  {
    id: 'S46-L05', sector: '基层法律服务（依据写财社〔2026〕12号，安静）', expect: [],
    form: legal({ basis: '《关于加快推进公共法律服务体系建设的意见》；市财政局、市司法局财社〔2026〕12号。' }),
  },
  {
    id: 'S46-L06', sector: '基层法律服务（概况写经办人手机）', expect: [F('private_data')],
    form: legal({ overview: `${LEGAL_OVERVIEW}经办人：赵静（计财科），18723456190。` }),
  },
  {
    id: 'S46-L07', sector: '基层法律服务（概况写财政专户银行账号，安静）', expect: [],
    form: legal({ overview: `${LEGAL_OVERVIEW}资金拨付至区财政局零余额账户，账号3100 0123 4567 8901 234。` }),
  },
  { id: 'S46-L08', sector: '基层法律服务（权重合计80）', form: legal({}, patch(LEGAL, { 0: { weight: 5 } })), expect: [F('weights')] },
  {
    id: 'S46-L09', sector: '基层法律服务（目标写宣传活动400场，指标400场次，安静）', expect: [],
    form: legal({ goal: LEGAL_GOAL.replace('400场次', '400场') }),
  },
  { id: 'S46-L10', sector: '基层法律服务（支出计划无12月，安静）', form: legal({ spending_plan: plan(20, 50, 80, null) }), expect: [] },
  { id: 'S46-L11', sector: '基层法律服务（支出计划10月已100，安静）', form: legal({ spending_plan: plan(25, 50, 100, 100) }), expect: [] },
  {
    id: 'S46-L12', sector: '基层法律服务（办理法律援助案件在数量、社会效益下各填一次）', expect: [F('names', 9), F('level_vs_name', 9)],
    form: legal({}, [...patch(LEGAL, { 2: { weight: 5 } }), r(B, SOC, '办理法律援助案件', '>=', '1200', '件', 5)]),
  },
  {
    id: 'S46-L13', sector: '基层法律服务（指标解释写受援人身份证号）', expect: [F('private_data', 2)],
    form: legal({}, patch(LEGAL, { 2: { description: '含刑事、民事案件，如受援人张某（500112198803154325）追索劳动报酬案。' } })),
  },
  {
    id: 'S46-L14', sector: '基层法律服务（概况写12348法律服务热线，安静）', expect: [],
    form: legal({ overview: `${LEGAL_OVERVIEW}群众可拨打12348公共法律服务热线咨询。` }),
  },
];
