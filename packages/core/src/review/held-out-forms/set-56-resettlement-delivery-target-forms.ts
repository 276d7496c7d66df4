import { B, C, ECN, ECO, F, type FormCase, NUM, O, patch, plan, pt, Q, QUA, r, S, SAT, SUS, TIM } from './form-case-types';

/**
 * Held-out set 56F (session 24): 2026年项目支出绩效目标表 with long 年度目标 and 项目概况 as units write them (policy document
 * numbers, 其中 breakdowns, last year's figures, hotlines, villages named for families): 大中型水库移民后期扶持 (A, 区水利局, 2310 =
 * 直补 600元/人·年 × 18500人 = 1110 + 项目扶持 1200, all 财政) and 农村寄递物流体系建设 (B, 区商务委员会, 850 = 财政 600 + 企业自筹
 * 250). 2021 tree on 90. Written before reading any code under review/; readings in set-56-cases.ts.
 */
const year = (fields: Record<string, unknown>) => pt({ fiscal_year: 2026, ...fields });

/** 8 rows on 90. */
const MIGRANT = [
  r(O, NUM, '后期扶持资金直补人数', '>=', '18500', '人', 15), r(O, NUM, '移民村基础设施和产业项目', '>=', '26', '个', 10),
  r(O, QUA, '直补资金兑付准确率', '=', '100', '%', 10), r(O, TIM, '直补资金按季度兑付及时率', '=', '100', '%', 5),
  r(C, ECO, '后期扶持直补标准', '=', '600', '元/人·年', 10), r(B, ECN, '移民人均可支配收入增长率', '>=', '6', '%', 15),
  r(B, SUS, '项目设施管护机制', Q, '长效管护', null, 10), r(S, SAT, '移民群众满意度', '>=', '90', '%', 15),
];
const MIGRANT_GOAL = '深入贯彻《国务院关于完善大中型水库移民后期扶持政策的意见》（国发〔2006〕17号）和《重庆市大中型水库移民后期扶持“十四五”'
  + '规划》，2026年按每人每年600元标准，分3月、6月、9月、12月四次向全区纳入扶持范围的18500名移民发放后期扶持直补资金，兑付准确率、'
  + '及时率均达到100%；在5个乡镇18个移民村实施道路硬化、人饮工程、产业配套等基础设施和产业发展项目26个，'
  + '项目于2026年11月30日前全部完工；移民人均可支配收入增长6%以上，项目设施建立长效管护机制，移民群众满意度达到90%以上。';
const MIGRANT_OVERVIEW = '全区现有大中型水库移民18500人，分布在5个乡镇18个移民村，主要为三峡库区和狮子滩水库移民。2025年兑付直补资金1104万元、'
  + '惠及18400人，实施扶持项目24个。2026年预算2310万元，其中直补资金1110万元、项目扶持资金1200万元，均为中央和市级后期扶持基金。';
const migrant = (fields: Record<string, unknown> = {}, indicators = MIGRANT) => year({
  org: '区移民事务中心', department: '区水利局', project_name: '大中型水库移民后期扶持', budget_total_wan: 2310,
  budget_fiscal_wan: 2310, budget_other_wan: 0, overview: MIGRANT_OVERVIEW,
  basis: '《大中型水库移民后期扶持基金征收使用管理暂行办法》（财综〔2006〕29号）；区移民后期扶持2026年度实施方案。', goal: MIGRANT_GOAL,
  spending_plan: plan(25, 50, 75, 100), indicators, ...fields,
});

/** 8 rows on 90; 850 = 财政 600 + 企业自筹 250. */
const POST = [
  r(O, NUM, '新建改造村级寄递物流综合服务站', '>=', '120', '个', 15), r(O, NUM, '新建乡镇快递共配中心', '>=', '6', '个', 10),
  r(O, QUA, '服务站验收合格率', '=', '100', '%', 10), r(O, TIM, '建设任务按期完成率', '=', '100', '%', 5),
  r(C, ECO, '村级服务站建设补助标准', '<=', '3', '万元/个', 10), r(B, ECN, '农村快递日均处理量', '>=', '2.5', '万件', 15),
  r(B, SUS, '服务站持续运营率', '>=', '90', '%', 10), r(S, SAT, '村民满意度', '>=', '90', '%', 15),
];
const POST_GOAL = '贯彻落实《国务院办公厅关于加快农村寄递物流体系建设的意见》（国办发〔2021〕29号）和《区“十四五”现代流通体系建设规划》，'
  + '按照“一点多能、一站多用”思路，2026年在全区3个街道、16个镇依托村便民服务中心、益农信息社和农村电商服务站点新建改造村级寄递'
  + '物流综合服务站120个，新建乡镇快递共配中心6个，实现快递服务建制村全覆盖；服务站验收合格率100%，建设任务'
  + '按期完成，农村快递日均处理量达到2.5万件，服务站持续运营率90%以上，村民满意度达到90%以上。';
const POST_OVERVIEW = '全区辖3个街道、16个镇、223个行政村，2025年农村快递业务量560万件。项目总投资850万元，其中区级财政资金600万元、快递企业'
  + '自筹250万元，站点建成后由邮政、中通、韵达等企业联合运营。咨询电话：区商务委流通科023-49876521；投诉可拨打12305邮政业用户申诉'
  + '电话或12345政务服务便民热线。';
const post = (fields: Record<string, unknown> = {}, indicators = POST) => year({
  org: '区商务委员会', department: '区商务委员会', project_name: '农村寄递物流体系建设', budget_total_wan: 850,
  budget_fiscal_wan: 600, budget_other_wan: 250, overview: POST_OVERVIEW,
  basis: '《国务院办公厅关于加快农村寄递物流体系建设的意见》；区农村寄递物流体系建设三年行动方案（2024—2026年）。', goal: POST_GOAL,
  spending_plan: plan(10, 40, 70, 100), indicators, ...fields,
});

export const SET56_MIGRANT_CASES: FormCase[] = [
  { id: 'S56-A01', sector: '水库移民后期扶持（长目标，文号、乡镇和移民村数、完工日期，干净）', form: migrant(), expect: [] },
  {
    id: 'S56-A02', sector: '移民扶持（目标引述2025年目标和实际完成数，安静）', expect: [],
    form: migrant({ goal: `2025年计划直补18400人、实施项目24个，实际直补18420人、实施项目25个。${MIGRANT_GOAL}` }),
  },
  {
    id: 'S56-A03', sector: '移民扶持（目标写实施项目30个，指标26个）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: migrant({ goal: MIGRANT_GOAL.replace('产业发展项目26个', '产业发展项目30个') }),
  },
  {
    id: 'S56-A04', sector: '移民扶持（目标写新建改造村组道路21.6公里、灌溉渠系8.5公里，无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: migrant({ goal: MIGRANT_GOAL.replace('发展项目26个，', '发展项目26个，新建及改造村组道路21.6公里、灌溉渠系8.5公里，') }),
  },
  {
    id: 'S56-A05', sector: '移民扶持（概况列新增扶持人口姓名和身份证号）', expect: [F('private_data', null, 'overview')],
    form: migrant({ overview: `${MIGRANT_OVERVIEW}2026年新增核定扶持人口：王德才（身份证号500227196203154518）、李秀英（身份证号500227196811073426）。` }),
  },
  {
    id: 'S56-A06', sector: '移民扶持（概况列王家坝村、李子湾村、张家沟村、刘家院子和陈家桥路，安静）', expect: [],
    form: migrant({ overview: `${MIGRANT_OVERVIEW}重点扶持村为王家坝村、李子湾村、张家沟村，刘家院子至陈家桥路段道路硬化列入本年项目。` }),
  },
  {
    id: 'S56-A07', sector: '移民扶持（概况写区移民事务中心座机和12345、12314热线，安静）', expect: [],
    form: migrant({ overview: `${MIGRANT_OVERVIEW}政策咨询：区移民事务中心023-45678123；监督举报可拨打12314水利部监督举报电话或12345政务服务便民热线。` }),
  },
  {
    id: 'S56-A08', sector: '移民扶持（目标写移民户姓名和手机）', expect: [F('private_data', null, 'goal')],
    form: migrant({ goal: `${MIGRANT_GOAL}对王家坝村移民户张明贵（手机13896541230）危房实施重点帮扶。` }),
  },
  {
    id: 'S56-A09', sector: '移民扶持（目标写分管副局长、中心主任姓名和职务，无联系方式，安静）', expect: [],
    form: migrant({ goal: `${MIGRANT_GOAL}项目由区水利局分管副局长周建国牵头，区移民事务中心主任刘勇具体负责。` }),
  },
  {
    id: 'S56-A10', sector: '移民扶持（概况写张主任手机）', expect: [F('private_data', null, 'overview')],
    form: migrant({ overview: `${MIGRANT_OVERVIEW}项目联系人：区移民事务中心张主任，手机13512345678。` }),
  },
  {
    id: 'S56-A11', sector: '移民扶持（直补标准指标500元，目标写600元）', expect: [F('goal_vs_indicators')],
    form: migrant({}, patch(MIGRANT, { 4: { target: '500' } })),
  },
  {
    id: 'S56-A12', sector: '移民扶持（目标写分季度兑付日期和2026年11月30日完工，另写每季度150元，安静）', expect: [],
    form: migrant({ goal: MIGRANT_GOAL.replace('分3月、6月、9月、12月四次', '每季度150元，分别于3月31日、6月30日、9月30日、12月20日前') }),
  },
  {
    id: 'S56-A13', sector: '移民扶持（目标括号分句写带动移民就业800人次，无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: migrant({ goal: MIGRANT_GOAL.replace('发展项目26个，', '发展项目26个（带动移民就业800人次），') }),
  },
  {
    id: 'S56-A14', sector: '移民扶持（目标写“十四五”期间累计实施项目120个，安静）', expect: [],
    form: migrant({ goal: `“十四五”期间全区累计实施移民后期扶持项目120个、投入扶持资金5800万元。${MIGRANT_GOAL}` }),
  },
  // Added after reading the code: the year's money restated with its parts, spent (not promised).
  {
    id: 'S56-A15', sector: '移民扶持（目标复述2310万元其中直补1110万元、项目扶持1200万元，安静）', expect: [],
    form: migrant({ goal: `2026年安排后期扶持资金2310万元，其中直补资金1110万元、项目扶持资金1200万元。${MIGRANT_GOAL}` }),
  },
];

export const SET56_POST_CASES: FormCase[] = [
  { id: 'S56-B01', sector: '农村寄递物流（长目标，文号、3个街道16个镇，干净）', form: post(), expect: [] },
  {
    id: 'S56-B02', sector: '寄递物流（目标写服务站150个，指标120个）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: post({ goal: POST_GOAL.replace('综合服务站120个', '综合服务站150个') }),
  },
  {
    id: 'S56-B03', sector: '寄递物流（目标写培训农村电商带头人500人次，无指标）', expect: [F('goal_vs_indicators', null, 'goal')],
    form: post({ goal: POST_GOAL.replace('新建乡镇快递共配中心6个，', '新建乡镇快递共配中心6个，培训农村电商带头人500人次，') }),
  },
  {
    id: 'S56-B04', sector: '寄递物流（概况写服务站站长姓名、手机和住址）', expect: [F('private_data', null, 'overview')],
    form: post({ overview: `${POST_OVERVIEW}王家沟村服务站站长：李小红，电话13983012345，住石门镇王家沟村4组26号。` }),
  },
  {
    id: 'S56-B05', sector: '寄递物流（概况列王家沟村、赵家院子、杨柳湾社区、刘家场镇等站点，安静）', expect: [],
    form: post({ overview: `${POST_OVERVIEW}首批示范站点设在王家沟村、赵家院子、杨柳湾社区和刘家场镇场镇。` }),
  },
  {
    id: 'S56-B06', sector: '寄递物流（目标写在2025年建成96个的基础上，安静）', expect: [],
    form: post({ goal: `在2025年建成村级寄递物流综合服务站96个的基础上，${POST_GOAL}` }),
  },
  {
    id: 'S56-B07', sector: '寄递物流（日均处理量指标2万件，目标2.5万件）', expect: [F('goal_vs_indicators')],
    form: post({}, patch(POST, { 5: { target: '2' } })),
  },
  {
    id: 'S56-B08', sector: '寄递物流（指标解释列运营人姓名和身份证号）', expect: [F('private_data', 0, 'description')],
    form: post({}, patch(POST, { 0: { description: '以验收为准。运营人：赵德明（身份证号500230197508126633）、杨春燕（身份证号500230198902214628）。' } })),
  },
  {
    id: 'S56-B09', sector: '寄递物流（目标引区商务委发〔2025〕12号实施方案，安静）', expect: [],
    form: post({ goal: `按照《区商务委员会关于印发〈2026年农村寄递物流体系建设实施方案〉的通知》（区商务委发〔2025〕12号）要求，${POST_GOAL}` }),
  },
  {
    id: 'S56-B10', sector: '寄递物流（目标写共配中心服务半径不超过15公里、每日2个频次，安静）', expect: [],
    form: post({ goal: POST_GOAL.replace('新建乡镇快递共配中心6个，', '新建乡镇快递共配中心6个（每个中心服务半径不超过15公里，村级站点每日收投不少于2个频次），') }),
  },
  {
    id: 'S56-B11', sector: '寄递物流（概况写提供场地村民姓名和住址）', expect: [F('private_data', null, 'overview')],
    form: post({ overview: `${POST_OVERVIEW}石门村服务站房屋由村民赵德明（住石门镇石门村3组12号）无偿提供。` }),
  },
  {
    id: 'S56-B12', sector: '寄递物流（概况写村民王某、李某某提供场地，已脱敏，安静）', expect: [],
    form: post({ overview: `${POST_OVERVIEW}部分村级站点场地由村民王某、李某某无偿提供。` }),
  },
  {
    id: 'S56-B13', sector: '寄递物流（目标列白沙、石门、龙潭、李渡、马武、张关等16个镇，安静）', expect: [],
    form: post({ goal: POST_GOAL.replace('在全区3个街道、16个镇', '在全区3个街道和白沙、石门、龙潭、李渡、马武、张关等16个镇') }),
  },
];
