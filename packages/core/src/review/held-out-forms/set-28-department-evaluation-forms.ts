import type { Indicator } from '../../forms/forms-schema';
import { B, dse, e, ECN, F, type FormCase, KC, LZ, NUM, O, patch, Q, QUA, s, S, SAT, SOC, SUS, SX, TIM } from './form-case-types';

/**
 * Held-out set 28 (issue 3), 部门整体支出绩效自评表: 区融媒体中心 and 区政务服务热线中心 with targets on the 2020 tree
 * (产出/效益/满意度 + 部门管理), 区发展和改革委员会 with targets on the 2021 tree, 区委党校 as a 财政部-style score sheet on
 * the 2021 tree. Written before reading any code under review/; readings in set-28-cases.ts.
 */

const ME = '管理效率';
const GL = '部门管理';
const sr = (level1: string, level2: string | null, name: string, weight: number, score: number, reason: string | null = null): Indicator =>
  ({ ...s(level1, level2, name, weight, score), reason });

/** 区融媒体中心, 2020 tree with 部门管理, every target met: 100. */
const MEDIA = [
  e(O, NUM, '全媒体新闻稿件发布量', '>=', '12000', '条', 15, '12860', 15),
  e(O, NUM, '重大主题宣传专题', '>=', '20', '个', 10, '22', 10),
  e(O, QUA, '播出安全事故', '=', '0', '次', 10, '0', 10),
  e(O, TIM, '突发事件首发信息时限', '<=', '2', '小时', 10, '1.5', 10),
  e(B, SOC, '新媒体平台粉丝总量', '>=', '80', '万人', 15, '86.3', 15),
  e(B, SUS, '融媒体平台持续运行', Q, '持续稳定运行', null, 10, '达成', 10),
  e(S, SAT, '群众满意度', '>=', '90', '%', 10, '93.6%', 10),
  e(GL, '预算管理', '部门预算执行率', '>=', '95', '%', 10, '97.2%', 10),
  e(GL, '资产管理', '固定资产账实相符率', '=', '100', '%', 10, '100%', 10),
];
const MEDIA_GOAL = '全年发布全媒体新闻稿件12000条以上，策划重大主题宣传专题20个，新媒体平台粉丝总量达到80万人，突发事件2小时内首发信息，确保播出安全零事故。';
const media = (indicators = MEDIA, fields: Record<string, unknown> = {}) =>
  dse({ org: '区融媒体中心', goal: MEDIA_GOAL, total_score: 100, indicators, ...fields });
/** 播出串台 once against = 0: all or nothing, 0 of 10. */
const MEDIA_ACCIDENT = { actual: '1', score: 0 };

/** 区委党校 score sheet on the 2021 tree, 100 points, every row full. */
const SCHOOL = [
  sr(LZ, '重点工作履行情况', '主体班次培训计划完成率', 20, 20),
  sr(LZ, '履职目标实现', '干部培训人次完成率', 15, 15), sr(LZ, '履职目标实现', '学员结业考核合格率', 10, 10),
  sr(ME, '预算执行', '预算执行率', 10, 10), sr(ME, '预算管理', '“三公”经费控制率', 5, 5), sr(ME, '资产管理', '资产管理规范性', 5, 5),
  sr(SX, SOC, '理论宣讲覆盖面', 15, 15), sr(SX, SAT, '参训学员满意度', 10, 10), sr(KC, SUS, '师资队伍建设长效机制', 10, 10),
];
const school = (indicators = SCHOOL, fields: Record<string, unknown> = {}) => dse({
  org: '中共重庆市南岸区委党校', goal: '全年举办主体班次24期，培训党员干部3600人次，开展理论宣讲200场，建设现场教学点6个。',
  total_score: 100, indicators, ...fields,
});
/** One row already short with its reason, so the sheet prints a 偏差原因 column. */
const SCHOOL_SHORT = { 0: { score: 18, reason: '2期专题班因上级调训时间冲突顺延至次年' } };

/** 区发展和改革委员会, 2021 tree with targets, every target met: 100. */
const DRC = [
  e(LZ, NUM, '重大项目前期工作推进', '>=', '45', '个', 15, '48', 15),
  e(LZ, NUM, '重要民生商品价格监测点', '>=', '32', '个', 10, '32', 10),
  e(LZ, QUA, '固定资产投资统计数据差错率', '<=', '1', '%', 10, '0.6%', 10),
  e(LZ, TIM, '企业投资项目备案办结时限', '<=', '1', '个工作日', 10, '1', 10),
  e(ME, '预算执行', '部门预算执行率', '>=', '95', '%', 10, '98.1%', 10),
  e(ME, '资产管理', '固定资产账实相符率', '=', '100', '%', 5, '100%', 5),
  e(SX, ECN, '争取中央预算内投资', '>=', '3.5', '亿元', 15, '3.82', 15),
  e(SX, SAT, '企业和群众满意度', '>=', '90', '%', 10, '95.3%', 10),
  e(KC, SUS, '重大项目储备库动态更新', Q, '按季度更新', null, 15, '达成', 15),
];
const DRC_GOAL = '推进重大项目前期工作45个，设立重要民生商品价格监测点32个，争取中央预算内投资3.5亿元，企业投资项目备案1个工作日内办结。';
const drc = (indicators = DRC, fields: Record<string, unknown> = {}) =>
  dse({ org: '区发展和改革委员会', goal: DRC_GOAL, total_score: 100, indicators, ...fields });

/** 区政务服务热线中心 (12345), 2020 tree with 部门管理, every target met: 100. */
const HOTLINE = [
  e(O, NUM, '12345热线受理群众诉求', '>=', '36', '万件', 15, '38.6', 15),
  e(O, QUA, '热线接通率', '>=', '95', '%', 10, '96.8%', 10),
  // Filed under 质量指标 when first measured: an 按时办结率 is a 时效 name (level_vs_name was right; D08 keeps the slip).
  e(O, TIM, '工单按时办结率', '>=', '98', '%', 10, '98.6%', 10),
  e(O, TIM, '紧急诉求转办时限', '<=', '30', '分钟', 10, '20', 10),
  e(B, SOC, '群众诉求解决率', '>=', '85', '%', 15, '88.2%', 15),
  e(B, SUS, '热线知识库条目更新', '>=', '1200', '条', 10, '1260', 10),
  e(S, SAT, '来电群众满意度', '>=', '90', '%', 10, '94.5%', 10),
  e(GL, '预算管理', '部门预算执行率', '>=', '95', '%', 10, '96.4%', 10),
  e(GL, '资产管理', '资产账实相符率', '=', '100', '%', 10, '100%', 10),
];
const HOTLINE_GOAL = '全年受理12345热线群众诉求36万件，热线接通率95%以上，工单按时办结率98%以上，群众诉求解决率85%以上，来电群众满意度90%以上。';
const hotline = (indicators = HOTLINE, fields: Record<string, unknown> = {}) =>
  dse({ org: '区政务服务热线中心', goal: HOTLINE_GOAL, total_score: 100, indicators, ...fields });
/** 解决率 82% of 85%: 15 × 82/85 = 14.47; total 99.47. */
const HOTLINE_SOLVED = { actual: '82%', score: 14.47 };

export const SET28_DEPARTMENT_CASES: FormCase[] = [
  { id: 'S28-A01', sector: '融媒体中心整体自评（无缺陷）', form: media(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S28-A02', sector: '融媒体中心整体自评（粉丝72万人扣分无偏差原因）', expect: [F('self_evaluation', 4, 'reason')], scoring: { total: 98.5, grade: '优' },
    form: media(patch(MEDIA, { 4: { actual: '72', score: 13.5 } }), { total_score: 98.5 }),
  },
  {
    id: 'S28-A03', sector: '融媒体中心整体自评（专题行得12分超分值10）', form: media(patch(MEDIA, { 1: { score: 12 } }), { total_score: 102 }),
    expect: [F('self_evaluation', 1, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 100, grade: '优' },
  },
  {
    id: 'S28-A04', sector: '融媒体中心整体自评（偏差原因写值班编辑姓名及处分）', expect: [F('private_data', 2, 'reason')], scoring: { total: 90, grade: '优' },
    form: media(patch(MEDIA, { 2: { ...MEDIA_ACCIDENT, reason: '10月12日夜间播出串台1次，值班编辑周海峰被给予政务记过处分，已整改' } }), { total_score: 90 }),
  },
  {
    id: 'S28-A05', sector: '融媒体中心整体自评（偏差原因写文号问责，安静）', expect: [], scoring: { total: 90, grade: '优' },
    form: media(patch(MEDIA, { 2: { ...MEDIA_ACCIDENT, reason: '10月12日夜间播出串台1次，依据《播出安全管理办法》（南融发〔2024〕12号）对当班人员问责，已整改' } }), { total_score: 90 }),
  },
  {
    id: 'S28-A06', sector: '融媒体中心整体自评（目标含开办栏目52期无指标）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 100, grade: '优' },
    form: media(MEDIA, { goal: `${MEDIA_GOAL}开办“民生直通车”栏目52期。` }),
  },
  {
    id: 'S28-A07', sector: '融媒体中心整体自评（目标写80万人、指标写800000人，安静）', expect: [], scoring: { total: 100, grade: '优' },
    form: media(patch(MEDIA, { 4: { target: '800000', unit: '人', actual: '863000' } })),
  },
  {
    // Revised after measuring: level_vs_name on the same misfiled row is a consequence a reviewer may or may not raise.
    id: 'S28-A08', sector: '融媒体中心整体自评（部门预算执行率放在效益指标下）', expect: [F('levels', 7, null), F('level_vs_name', 7, null, true)], scoring: { total: 100, grade: '优' },
    form: media(patch(MEDIA, { 7: { level1: B } })),
  },

  { id: 'S28-B01', sector: '区委党校评分表（无缺陷，目标不对行）', form: school(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S28-B02', sector: '区委党校评分表（理论宣讲扣2分无偏差原因）', expect: [F('self_evaluation', 6, 'reason')], scoring: { total: 96, grade: '优' },
    form: school(patch(SCHOOL, { ...SCHOOL_SHORT, 6: { score: 13 } }), { total_score: 96 }),
  },
  {
    id: 'S28-B03', sector: '区委党校评分表（预算执行率行得12分超分值10）', form: school(patch(SCHOOL, { 3: { score: 12 } }), { total_score: 102 }),
    expect: [F('self_evaluation', 3, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 100, grade: '优' },
  },
  {
    id: 'S28-B04', sector: '区委党校评分表（偏差原因写干部姓名违纪处分）', expect: [F('private_data', 4, 'reason')], scoring: { total: 98, grade: '优' },
    form: school(patch(SCHOOL, { 4: { score: 3, reason: '教务处干部吴国栋违规报销差旅费1.2万元，已被给予党内警告处分并追回资金' } }), { total_score: 98 }),
  },
  {
    id: 'S28-B05', sector: '区委党校评分表（偏差原因写1名责任人受处分，安静）', expect: [], scoring: { total: 98, grade: '优' },
    form: school(patch(SCHOOL, { 4: { score: 3, reason: '个别工作人员违规报销差旅费1.2万元，已追回资金并对1名责任人给予党纪处分' } }), { total_score: 98 }),
  },
  {
    id: 'S28-B06', sector: '区委党校评分表（偏差原因写举报人手机）', expect: [F('private_data', 5, 'reason')], scoring: { total: 99, grade: '优' },
    form: school(patch(SCHOOL, { 5: { score: 4, reason: '经举报人（联系电话13908361275）反映，部分教学设备闲置未登记入账，已补登' } }), { total_score: 99 }),
  },
  {
    id: 'S28-B07', sector: '区委党校评分表（偏差原因写12345转办，安静）', expect: [], scoring: { total: 99, grade: '优' },
    form: school(patch(SCHOOL, { 5: { score: 4, reason: '经12345政务服务热线转办群众反映，部分教学设备闲置未登记入账，已补登' } }), { total_score: 99 }),
  },
  {
    id: 'S28-B08', sector: '区委党校评分表（预算执行放在社会效应下）', expect: [F('levels', 3, null)], scoring: { total: 100, grade: '优' },
    form: school(patch(SCHOOL, { 3: { level1: SX } })),
  },
  {
    id: 'S28-B09', sector: '区委党校评分表（总分写98而各行合计100）', expect: [F('self_evaluation', null, 'total_score')], scoring: { total: 100, grade: '优' },
    form: school(SCHOOL, { total_score: 98 }),
  },

  { id: 'S28-C01', sector: '区发改委整体自评（无缺陷）', form: drc(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S28-C02', sector: '区发改委整体自评（目标写35000万元、指标3.5亿元，安静）', expect: [], scoring: { total: 100, grade: '优' },
    form: drc(DRC, { goal: DRC_GOAL.replace('3.5亿元', '35000万元') }),
  },
  {
    id: 'S28-C03', sector: '区发改委整体自评（目标写4亿元、指标3.5亿元）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 100, grade: '优' },
    form: drc(DRC, { goal: DRC_GOAL.replace('3.5亿元', '4亿元') }),
  },
  {
    id: 'S28-C04', sector: '区发改委整体自评（目标含文号和统一社会信用代码，安静）', expect: [], scoring: { total: 100, grade: '优' },
    form: drc(DRC, { goal: `${DRC_GOAL}落实《南岸区推动制造业高质量发展若干措施》（南府发〔2024〕12号），督促区城市建设发展集团（统一社会信用代码91500108MA5U7G3X2K）按期完成项目前期工作。` }),
  },
  {
    id: 'S28-C05', sector: '区发改委整体自评（偏差原因写价格监测员姓名身份证号）', expect: [F('private_data', 1, 'reason')], scoring: { total: 98.75, grade: '优' },
    form: drc(patch(DRC, { 1: { actual: '28', score: 8.75, reason: '4个监测点因价格监测员李秀珍（身份证号500108196512034426）退休后无人接替停报' } }), { total_score: 98.75 }),
  },
  {
    id: 'S28-C06', sector: '区发改委整体自评（中央预算内投资3.15亿元扣分无偏差原因）', expect: [F('self_evaluation', 6, 'reason')], scoring: { total: 98.5, grade: '优' },
    form: drc(patch(DRC, { 6: { actual: '3.15', score: 13.5 } }), { total_score: 98.5 }),
  },
  {
    id: 'S28-C07', sector: '区发改委整体自评（资产行得6分超分值5）', form: drc(patch(DRC, { 5: { score: 6 } }), { total_score: 101 }),
    expect: [F('self_evaluation', 5, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 100, grade: '优' },
  },
  {
    id: 'S28-C08', sector: '区发改委整体自评（目标含23位项目编码，安静）', expect: [], scoring: { total: 100, grade: '优' },
    form: drc(DRC, { goal: `${DRC_GOAL}完成区级政府投资项目库（项目编码50010825100000012345678）年度更新。` }),
  },

  { id: 'S28-D01', sector: '热线中心整体自评（无缺陷，12345在目标和指标名中）', form: hotline(), expect: [], scoring: { total: 100, grade: '优' } },
  {
    id: 'S28-D02', sector: '热线中心整体自评（偏差原因写来电市民手机）', expect: [F('private_data', 4, 'reason')], scoring: { total: 99.47, grade: '优' },
    form: hotline(patch(HOTLINE, { 4: { ...HOTLINE_SOLVED, reason: '市民陈女士（13752064318）反映的物业纠纷等诉求涉及多部门，未能在期内解决' } }), { total_score: 99.47 }),
  },
  {
    id: 'S28-D03', sector: '热线中心整体自评（偏差原因写跨部门诉求，安静）', expect: [], scoring: { total: 99.47, grade: '优' },
    form: hotline(patch(HOTLINE, { 4: { ...HOTLINE_SOLVED, reason: '物业纠纷、欠薪等跨部门诉求较多，部分未能在期内解决，已纳入12345热线“回头看”督办' } }), { total_score: 99.47 }),
  },
  {
    id: 'S28-D04', sector: '热线中心整体自评（目标写监督电话座机，安静）', expect: [], scoring: { total: 100, grade: '优' },
    form: hotline(HOTLINE, { goal: `${HOTLINE_GOAL}对外公布监督电话023-67681234。` }),
  },
  {
    id: 'S28-D05', sector: '热线中心整体自评（目标含企业服务专线坐席20个无指标）', expect: [F('goal_vs_indicators', null, 'goal')], scoring: { total: 100, grade: '优' },
    form: hotline(HOTLINE, { goal: `${HOTLINE_GOAL}建成“一企来”企业服务专线坐席20个。` }),
  },
  {
    id: 'S28-D06', sector: '热线中心整体自评（目标写360000件、指标36万件，安静）', expect: [], scoring: { total: 100, grade: '优' },
    form: hotline(HOTLINE, { goal: HOTLINE_GOAL.replace('36万件', '360000件') }),
  },
  {
    id: 'S28-D07', sector: '热线中心整体自评（知识库行得12分超分值10）', form: hotline(patch(HOTLINE, { 5: { score: 12 } }), { total_score: 102 }),
    expect: [F('self_evaluation', 5, 'score'), F('self_evaluation', null, 'total_score', true)], scoring: { total: 100, grade: '优' },
  },
  {
    id: 'S28-D08', sector: '热线中心整体自评（工单按时办结率列在质量指标下）', expect: [F('level_vs_name', 2, null)], scoring: { total: 100, grade: '优' },
    form: hotline(patch(HOTLINE, { 2: { level2: QUA } })),
  },
];
