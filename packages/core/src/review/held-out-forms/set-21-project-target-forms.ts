import { B, C, ECN, ECO, F, type FormCase, NUM, O, pt, Q, QUA, r, S, SAT, SOC, TIM } from './form-case-types';

/**
 * Held-out set 21 (issue 3), 项目支出绩效目标表 aimed at private_data and goal_vs_indicators: personal data in every
 * free-text field a published target form has (概况, 立项依据, 年度目标, 指标名称, 指标值确定依据) in every way people
 * write it, beside the lookalikes that must stay quiet; goals and rows that agree in 亿/万 against 元, by a split, by a
 * 率 row, in Chinese numerals and ranges, and that truly disagree. Written before reading any code under review/;
 * readings in set-21-cases.ts.
 */

/** 城乡低保及临时救助: 7 rows on 90. */
const AID = [
  r(O, NUM, '城乡低保保障对象', '>=', '5600', '人', 15), r(O, NUM, '实施临时救助', '>=', '1200', '人次', 15),
  r(O, QUA, '低保对象认定准确率', '>=', '98', '%', 10), r(O, TIM, '救助资金按月发放及时率', '=', '100', '%', 10),
  r(C, ECO, '城市低保月人均保障标准', '=', '780', '元', 10), r(B, SOC, '困难群众基本生活', Q, '有效保障', null, 15),
  r(S, SAT, '救助对象满意度', '>=', '93', '%', 15),
];
const AID_GOAL = '全年保障城乡低保对象5600人，实施临时救助1200人次，低保对象认定准确率98%以上，救助资金按月足额发放。';
const aid = (fields: Record<string, unknown> = {}) => pt({
  project_name: '城乡低保及临时救助', budget_total_wan: 5200, budget_fiscal_wan: 5200, budget_other_wan: 0, goal: AID_GOAL, indicators: AID, ...fields,
});

/** 农村供水保障: 8.6万人 and 120万元 in the goal, 86000人 and 1200000元 in the rows. 8 rows on 90. */
const WATER = [
  r(O, NUM, '新建改造农村供水管网', '>=', '86', '公里', 15), r(O, NUM, '新建集中供水工程', '>=', '12', '处', 10),
  r(O, QUA, '农村集中供水水质达标率', '>=', '95', '%', 15), r(O, TIM, '工程完工时间', Q, '2025年11月底前', null, 5),
  r(C, ECO, '每公里管网建设成本', '<=', '28', '万元', 10), r(B, SOC, '农村供水受益人口', '>=', '86000', '人', 15),
  r(B, ECN, '年节约供水运行成本', '>=', '1200000', '元', 10), r(S, SAT, '受益群众满意度', '>=', '92', '%', 10),
];
const WATER_GOAL = '新建改造农村供水管网86公里、集中供水工程12处，水质达标率95%以上，受益人口8.6万人，年节约供水运行成本120万元。';
const water = (goal = WATER_GOAL, indicators = WATER, fields: Record<string, unknown> = {}) => pt({
  project_name: '农村供水保障工程', budget_total_wan: 2600, budget_fiscal_wan: 2600, budget_other_wan: 0, goal, indicators, ...fields,
});

/** 老旧小区改造: 7 rows on 90. */
const OLD = [
  r(O, NUM, '改造老旧小区', '>=', '18', '个', 15), r(O, NUM, '惠及居民', '>=', '6200', '户', 15),
  r(O, QUA, '工程竣工验收合格率', '=', '100', '%', 10), r(O, TIM, '项目完工时间', Q, '2025年12月底前', null, 10),
  r(C, ECO, '户均改造成本', '<=', '2.6', '万元', 10), r(B, SOC, '居住环境', Q, '明显改善', null, 15),
  r(S, SAT, '小区居民满意度', '>=', '90', '%', 15),
];
const OLD_GOAL = '完成18个老旧小区综合改造，惠及居民6200户，竣工验收合格率100%，户均改造成本控制在2.6万元以内。';
const old = (fields: Record<string, unknown> = {}) => pt({
  project_name: '城镇老旧小区改造', budget_total_wan: 16120, budget_fiscal_wan: 12000, budget_other_wan: 4120, goal: OLD_GOAL, indicators: OLD, ...fields,
});

/** 耕地地力保护补贴: 3.6万户 in the goal, 36000户 in a row. 7 rows on 90. */
const FARM = [
  r(O, NUM, '耕地地力保护补贴面积', '>=', '42', '万亩', 15), r(O, NUM, '补贴农户', '>=', '36000', '户', 15),
  r(O, QUA, '补贴资金兑付准确率', '=', '100', '%', 10), r(O, TIM, '补贴资金兑付时间', Q, '2025年6月底前', null, 10),
  r(C, ECO, '亩均补贴标准', '=', '105', '元', 10), r(B, ECN, '耕地地力', Q, '稳步提升', null, 15),
  r(S, SAT, '补贴农户满意度', '>=', '92', '%', 15),
];
const FARM_GOAL = '全年发放耕地地力保护补贴面积42万亩，惠及农户3.6万户，补贴资金6月底前兑付到户，亩均补贴105元。';
const farm = (fields: Record<string, unknown> = {}, indicators = FARM) => pt({
  project_name: '耕地地力保护补贴', budget_total_wan: 4410, budget_fiscal_wan: 4410, budget_other_wan: 0, goal: FARM_GOAL, indicators, ...fields,
});

/** 乡村教师培训: 7 rows on 90. */
const TEACH = [
  r(O, NUM, '培训乡村教师', '>=', '1500', '人次', 15), r(O, NUM, '开展送教下乡活动', '>=', '60', '场', 10),
  r(O, QUA, '培训考核合格率', '>=', '95', '%', 15), r(O, TIM, '培训任务完成时间', Q, '2025年12月底前', null, 5),
  r(C, ECO, '人均培训成本', '<=', '1800', '元', 10), r(B, SOC, '乡村教师教育教学能力', Q, '明显提升', null, 15),
  r(S, SAT, '参训教师满意度', '>=', '92', '%', 20),
];
const TEACH_GOAL = '全年培训乡村教师1500人次，开展送教下乡活动60场，培训考核合格率95%以上，人均培训成本不超过1800元。';
const teach = (fields: Record<string, unknown> = {}) => pt({
  project_name: '乡村教师能力提升培训', budget_total_wan: 270, budget_fiscal_wan: 270, budget_other_wan: 0, goal: TEACH_GOAL, indicators: TEACH, ...fields,
});

/** 基本公共卫生慢病管理: counts in 万人, a 比例 against a 率 row, a 水平 row. 7 rows on 90. */
const CHRONIC = [
  r(O, NUM, '高血压患者健康管理', '>=', '4.2', '万人', 15), r(O, NUM, '2型糖尿病患者健康管理', '>=', '1.5', '万人', 15),
  r(O, QUA, '高血压患者规范管理率', '>=', '65', '%', 10), r(O, TIM, '随访记录录入及时率', '>=', '95', '%', 10),
  r(C, ECO, '人均基本公共卫生服务补助标准', '=', '94', '元', 10), r(B, SOC, '居民健康素养水平', '>=', '30', '%', 15),
  r(S, SAT, '居民满意度', '>=', '90', '%', 15),
];
const CHRONIC_GOAL = '为辖区42000名高血压患者和15000名2型糖尿病患者提供健康管理服务，高血压患者规范管理比例达到65%，居民健康素养水平达到30%。';
const chronic = (goal = CHRONIC_GOAL) => pt({
  project_name: '基本公共卫生慢病管理', budget_total_wan: 1320, budget_fiscal_wan: 1320, budget_other_wan: 0, goal, indicators: CHRONIC,
});

/** 特色产业发展: a result in 亿元 against a row in 元, a rate in Chinese words. 7 rows on 90. */
const AGRI = [
  r(O, NUM, '建设特色产业基地', '>=', '15', '个', 15), r(O, NUM, '培育新型农业经营主体', '>=', '120', '家', 15),
  r(O, QUA, '产业基地验收合格率', '>=', '95', '%', 10), r(O, TIM, '奖补资金拨付时间', Q, '2025年10月底前', null, 5),
  r(C, ECO, '每个基地奖补标准', '<=', '50', '万元', 10), r(B, ECN, '带动农民增收', '>=', '120000000', '元', 20),
  r(S, SAT, '经营主体满意度', '>=', '90', '%', 15),
];
const AGRI_GOAL = '建设特色产业基地15个，培育新型农业经营主体120家，基地验收合格率达到百分之九十五，带动农民增收1.2亿元。';
const agri = (goal = AGRI_GOAL, indicators = AGRI) => pt({
  project_name: '特色产业发展奖补', budget_total_wan: 750, budget_fiscal_wan: 750, budget_other_wan: 0, goal, indicators,
});

const WATER_SPLIT = [
  r(O, NUM, '新建供水主管网', '>=', '30', '公里', 10), r(O, NUM, '新建入户支管', '>=', '56', '公里', 5), ...WATER.slice(1),
];

export const SET21_PROJECT_TARGET_CASES: FormCase[] = [
  // 低保: personal data in 概况, 立项依据, 年度目标, a row's name and its 指标值确定依据.
  { id: 'S21-P01', sector: '低保（干净）', form: aid(), expect: [] },
  {
    id: 'S21-P02', sector: '低保（概况写户主姓名与门牌）', expect: [F('private_data', null, 'overview')],
    form: aid({ overview: '经入户核查，户主杨德贵家住李家沱街道马王坪村3组17号，因病致贫纳入低保。' }),
  },
  {
    id: 'S21-P03', sector: '低保（概况写复姓与带空格身份证）', expect: [F('private_data', null, 'overview')],
    form: aid({ overview: '新增低保对象欧阳秀芬，身份证号 500106 19570823 402X，独居无子女。' }),
  },
  {
    id: 'S21-P04', sector: '低保（依据写少数民族姓名与+86手机）', expect: [F('private_data', null, 'basis')],
    form: aid({ basis: '根据救助对象阿依古丽·买买提（联系电话+86 139 9012 3456）的申请及街道审核意见。' }),
  },
  {
    id: 'S21-P05', sector: '低保（概况写银行卡号）', expect: [F('private_data', null, 'overview')],
    form: aid({ overview: '临时救助金直接打入救助对象个人银行卡（卡号6217 0037 6000 1234 567），不再发放现金。' }),
  },
  {
    id: 'S21-P06', sector: '低保（概况写车牌号核查）', expect: [F('private_data', null, 'overview')],
    form: aid({ overview: '核查发现申请人名下登记车辆渝A·5G7M2一辆，不符合低保条件，已不予纳入。' }),
  },
  {
    id: 'S21-P07', sector: '低保（张某、李**、打码手机与身份证）', expect: [],
    form: aid({ overview: '经复核，张某、李**两户已退出保障；原登记电话138****5678、身份证号500106********123X均已脱敏。' }),
  },
  {
    id: 'S21-P08', sector: '低保（12345、12349热线、单位座机、文号）', expect: [],
    form: aid({ basis: '依据渝民发〔2025〕12号；救助咨询拨打12345政务服务热线或12349民政服务热线，区民政局社会救助科电话023-63852349。' }),
  },
  {
    id: 'S21-P09', sector: '低保（指标名称写救助对象姓名）', expect: [F('private_data', 1, 'name')],
    form: aid({ indicators: AID.map((row, i) => (i === 1 ? { ...row, name: '实施临时救助（含张德福、刘桂香两户）' } : row)) }),
  },
  {
    id: 'S21-P10', sector: '低保（指标依据粘贴救助名单）', expect: [F('private_data', 0, 'basis')],
    form: aid({ indicators: AID.map((row, i) => ({ ...row, basis: i === 0 ? '2024年底在册名单：王桂芝、刘德顺、马建华、司马晓东等' : '历史标准' })) }),
  },
  // 农村供水: goal and rows in other units, split, numerals, ranges; true disagreements; lookalikes.
  { id: 'S21-P11', sector: '供水（8.6万人对86000人，120万元对1200000元）', form: water(), expect: [] },
  {
    id: 'S21-P12', sector: '供水（86公里分为主管30+支管56）', form: water('新建改造农村供水管网86公里（其中主管网30公里、入户支管56公里），集中供水工程12处，水质达标率95%以上，受益人口8.6万人，年节约供水运行成本120万元。', WATER_SPLIT), expect: [],
  },
  { id: 'S21-P13', sector: '供水（十二处、八万六千人）', form: water(WATER_GOAL.replace('12处', '十二处').replace('8.6万人', '八万六千人')), expect: [] },
  { id: 'S21-P14', sector: '供水（集中供水工程12至15处）', form: water(WATER_GOAL.replace('12处', '12至15处')), expect: [] },
  { id: 'S21-P15', sector: '供水（受益人口8.6万余人）', form: water(WATER_GOAL.replace('8.6万人', '8.6万余人')), expect: [] },
  { id: 'S21-P16', sector: '供水（加压泵站6座无指标）', form: water(`${WATER_GOAL}新建加压泵站6座。`), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S21-P17', sector: '供水（目标92公里，指标86公里）', form: water(WATER_GOAL.replace('86公里', '92公里')), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S21-P18', sector: '供水（目标受益9.2万人，指标86000人）', form: water(WATER_GOAL.replace('8.6万人', '9.2万人')), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S21-P19', sector: '供水（项目编号、信用代码全数字、王家坝村）', expect: [],
    form: water(WATER_GOAL, WATER, { project_code: '500106250000012345', overview: '项目编号500106250000012345，承建单位统一社会信用代码915001062028456789，主要实施于王家坝村、陈家桥街道。' }),
  },
  {
    id: 'S21-P20', sector: '供水（概况写村民姓名与带横线手机）', expect: [F('private_data', null, 'overview')],
    form: water(WATER_GOAL, WATER, { overview: '入户支管途经村民陈光明宅基地，已与其达成补偿协议，联系电话138-2301-4567。' }),
  },
  // 老旧小区: addresses, names with titles, place names.
  { id: 'S21-P21', sector: '老旧小区（杨家坪、石家庄路、张家湾社区）', form: old({ overview: '改造范围包括杨家坪街道石家庄路沿线及张家湾社区共18个小区。' }), expect: [] },
  {
    id: 'S21-P22', sector: '老旧小区（概况写居民门牌到室）', expect: [F('private_data', null, 'overview')],
    form: old({ overview: '加装电梯需征得低层住户同意，其中幸福花园5栋2单元301室住户刘玉兰明确反对。' }),
  },
  {
    id: 'S21-P23', sector: '老旧小区（概况写社区主任姓名手机）', expect: [F('private_data', null, 'overview')],
    form: old({ overview: '居民意见由社区居委会主任何丽萍统一收集，手机13709876543。' }),
  },
  { id: 'S21-P24', sector: '老旧小区（惠及居民6200余户）', form: old({ goal: OLD_GOAL.replace('6200户', '6200余户') }), expect: [] },
  { id: 'S21-P25', sector: '老旧小区（加装电梯40部无指标）', form: old({ goal: `${OLD_GOAL}加装电梯40部。` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  // 耕地补贴: goal names, farm lists, a different number.
  { id: 'S21-P26', sector: '耕地补贴（3.6万户对36000户）', form: farm(), expect: [] },
  {
    id: 'S21-P27', sector: '耕地补贴（目标写种粮大户姓名）', expect: [F('private_data', null, 'goal')],
    form: farm({ goal: `${FARM_GOAL}重点支持种粮大户王建国、李春燕扩大生产。` }),
  },
  {
    id: 'S21-P28', sector: '耕地补贴（指标值粘贴农户名单）', expect: [F('private_data', 1, 'basis')],
    form: farm({}, FARM.map((row, i) => ({ ...row, basis: i === 1 ? '补贴清册：赵大海 12.5亩，钱小红 8亩，孙志强 15亩……' : '计划标准' }))),
  },
  { id: 'S21-P29', sector: '耕地补贴（目标补贴45万亩，指标42万亩）', form: farm({ goal: FARM_GOAL.replace('42万亩', '45万亩') }), expect: [F('goal_vs_indicators', null, 'goal')] },
  // 教师培训: teachers by name and title; historic figures.
  {
    id: 'S21-P30', sector: '教师培训（概况写老师姓名）', expect: [F('private_data', null, 'overview')],
    form: teach({ overview: '由特级教师周红梅老师牵头组建送教团队，覆盖全区乡村学校。' }),
  },
  {
    id: 'S21-P31', sector: '教师培训（陶行知、张桂梅精神、雷锋精神）', expect: [],
    form: teach({ overview: '弘扬陶行知教育思想，学习雷锋精神和焦裕禄精神，开展“向张桂梅同志学习”师德主题活动。' }),
  },
  { id: 'S21-P32', sector: '教师培训（1500至1600人次）', form: teach({ goal: TEACH_GOAL.replace('1500人次', '1500至1600人次') }), expect: [] },
  { id: 'S21-P33', sector: '教师培训（一千五百人次、六十场）', form: teach({ goal: TEACH_GOAL.replace('1500人次', '一千五百人次').replace('60场', '六十场') }), expect: [] },
  { id: 'S21-P34', sector: '教师培训（培训骨干教师200名无指标）', form: teach({ goal: `${TEACH_GOAL}其中培训县级骨干教师200名。` }), expect: [F('goal_vs_indicators', null, 'goal')] },
  // 慢病: 42000名 by 4.2万人, 比例 by 率, 水平 by its row; a rate nobody carries.
  { id: 'S21-P35', sector: '慢病（42000名对4.2万人，比例对率）', form: chronic(), expect: [] },
  { id: 'S21-P36', sector: '慢病（家庭医生签约覆盖率45%无指标）', form: chronic(`${CHRONIC_GOAL}家庭医生签约服务覆盖率达到45%。`), expect: [F('goal_vs_indicators', null, 'goal')] },
  { id: 'S21-P37', sector: '慢病（规范管理率70%，指标65%）', form: chronic(CHRONIC_GOAL.replace('65%', '70%')), expect: [F('goal_vs_indicators', null, 'goal')] },
  // 特色产业: 1.2亿元 by 120000000元, 百分之九十五 by 95%; brand names.
  { id: 'S21-P38', sector: '特色产业（1.2亿元对120000000元，百分之九十五）', form: agri(), expect: [] },
  {
    id: 'S21-P39', sector: '特色产业（王老吉、周大福、李宁品牌）', expect: [],
    form: agri(`${AGRI_GOAL}对接王老吉、周大福、李宁等品牌企业开展产销合作。`),
  },
  { id: 'S21-P40', sector: '特色产业（带动增收1.5亿元，指标1.2亿元）', form: agri(AGRI_GOAL.replace('1.2亿元', '1.5亿元')), expect: [F('goal_vs_indicators', null, 'goal')] },
  {
    id: 'S21-P41', sector: '特色产业（目标写合作社理事长姓名身份证）', expect: [F('private_data', null, 'goal')],
    form: agri(`${AGRI_GOAL}重点扶持合作社理事长上官志远（身份证号51022419800315081X）领办的柑橘基地。`),
  },
];
