import { B, C, CLIENT, DUTY, ECOST, ECON, IMP, NN, O, QTY, QUAL, QVQ, S, SAT, SATF, SOC, SOCIAL, SUST, SUSTAIN, TIME, UM, UVN, X, type CoverageCase, type RowCase } from './case-types';

const MGMT = '管理效率';

/**
 * Held-out set 45 (session 18), written before reading the review code and measured as written. It aims at satisfaction,
 * not_numeric, unit_missing, qualitative_vs_quantitative, implausible_target and coverage, with targets spelt the way
 * 一体化 systems export them (≥95%（含）, 不低于上年, 100%（应保尽保）, 按期完成, 达标, 1套, ≤3个工作日, ≥1.2万人次, 0起) and
 * satisfaction spelt as 满意度调查得分 or 群众好评率, in programme wordings no earlier set used (grep of every held-out-*.ts and
 * review-audit-cases-b*.test.ts): 政务服务帮办代办, 公共数据开放, 应急救援装备, 智慧景区/旅游厕所, 全民健身赛事, 宗教院校/教职人员,
 * 退役军人就业创业, 档案开放审核, 农业气象服务, 地震烈度速报/抗震设防, 人防工程维护, 储备粮质量检验, 少数民族文化 and 青少年
 * 体育训练 (HELD_OUT_45), 部门整体 rows of a 政务服务管理局, 气象局 and 退役军人事务局 (HELD_OUT_45_DEPT), and form-level
 * coverage cases (HELD_OUT_45_COVERAGE). More than half fine.
 *
 * Readings chosen before measuring (earlier sets' readings followed where they speak):
 * - satisfaction (rules.md §2, sets 17/18/43): a 满意度 or its kin (满意率, 好评率, 满意度调查得分 as a name) below 90%, or in
 *   分, 人次 or a count, is satisfaction; 定性 满意/较高 is allowed; ≥95%（含） is ≥95%. A survey's own coverage or sample size
 *   (满意度调查覆盖率, 样本量) and a bad opinion (差评率, 投诉率) are not satisfactions.
 * - not_numeric (set 10/17): a sign before a reference or a word (不低于上年, ≥上年水平, ≥较高, ≤预算) with no number.
 * - unit_missing: a number with a sign and no unit on a rate, a count, a time or money; a unit written in the name
 *   (…（个）, …（万元）) is a unit, and an index (综合指数) or a grade number (烈度 Ⅵ度) carries none by nature.
 * - qualitative_vs_quantitative: 定性 with a number; a vague value (按期完成, 及时, 有效提升, 全覆盖 on a count) under
 *   数量/质量/时效, or on a rate, count or amount under 效益; a grade answer (达标, 合格) under 质量 and a period or date
 *   under 时效 are checkable; a vague value on a name that is neither rate nor count under 效益 is fine.
 * - implausible_target: a share above 100%, ≥100% on a share (means =100%), ≥0, a positive share set implausibly low,
 *   an output under 数量 set at =0; fine: a bad thing at 0 (0起), growth over 100%, =100%（应保尽保）.
 * - coverage: a project or department form without an 产出, 效益 or 满意度 section; sections are read from 一级 (and from 二级
 *   where the 一级 is blank), with the 2020 names (效果 as 效益, 成本 under 产出) and the department tree (履职效能 as 产出,
 *   社会效应/可持续发展 as 效益, 服务对象满意度 as 满意度). A satisfaction filed under 效益 does not make a 满意度 section.
 *
 * First measurement, as written and before reading or changing any review code (a tsx run of the harness's rowCodes and of
 * the coverage cases): 213 project rows and 30 department rows (243; 135 labelled fine) and 17 coverage forms (8 fine):
 *   coverage                     tp 7  fp 0 fn 2  precision 100.0%  recall  77.8%
 *   implausible_target           tp 20 fp 1 fn 2  precision  95.2%  recall  90.9%
 *   level_vs_name                tp 0  fp 1 fn 0  (not aimed at; see the relabels)
 *   not_numeric                  tp 13 fp 0 fn 2  precision 100.0%  recall  86.7%
 *   qualitative_vs_quantitative  tp 19 fp 1 fn 4  precision  95.0%  recall  82.6%
 *   satisfaction                 tp 16 fp 0 fn 0  precision 100.0%  recall 100.0%
 *   unit_missing                 tp 30 fp 0 fn 0  precision 100.0%  recall 100.0%
 *   unit_vs_name                 tp 1  fp 0 fn 1  precision 100.0%  recall  50.0%
 * Labels re-read after measuring, each where it contradicted rules.md §2 or an earlier set's recorded reading (marked below):
 * - …及时率 under 质量 is a timeliness name misfiled (sets 41/42): level_vs_name accepted beside.
 * - 定量 with a change or a manner and no number (较上年增加, 按需举办) under 数量 is qualitative_vs_quantitative with not_numeric
 *   accepted beside (sets 10/42); I had the two inverted (the 2 not_numeric misses).
 * - a bare act in % at ≥100% (农村民居抗震加固) is implausible_target, unit_vs_name accepted beside (sets 22/44).
 * - a 定性 value under 履职效能 (适时开展, 按期完成) is a duty's standard, fine (set 5): two QVQ labels dropped.
 * - a department form whose 产出 一级 holds only 管理效率 has an 产出 section by this set's own reading and the house's
 *   department tree (管理效率 under 产出): one coverage label dropped.
 * Fixed by general cause (review-audit-cases-b45.test.ts, check-form-coverage.test.ts; name-word-classes.ts, value-wording.ts,
 * check-form.ts): compliance shares (规范率, 合规率) are good and, with licence shares (持证率, 持证上岗率), run near 100%, so
 * ≥8% or ≥15% is implausible and 不规范率 counts failures; trade turnover (交易额, 进出口额, 融资额) is money, so 显著增加 under 效益
 * sets no target; a deadline named by the tourist season or school holidays (旅游旺季前, 暑期前) is a date; from 2021 成本 is a
 * 一级 of its own, so a form of 成本, 效益 and 满意度 rows has no 产出 (coverage).
 * Recorded limit (review-unseen-wording.test.ts LIMITS): a loss avoided (减少…损失) has no kind of its own (money, a loss share,
 * or a harm stated in words), so a direction alone under 效益 is not called vague.
 * After the fixes: every code 100% precision and recall on the set outside the limit (coverage 8/8, implausible_target 23,
 * not_numeric 13, qualitative_vs_quantitative 22, satisfaction 16, unit_missing 30, unit_vs_name 1); every earlier set stays at
 * 0 false alarms.
 */
export const HELD_OUT_45: RowCase[] = [
  // 政务服务·帮办代办
  X('政务服务·帮办代办', O, QTY, '帮办代办服务事项', '≥', '260', '项', null),
  X('政务服务·帮办代办', O, QTY, '帮办代办服务事项', '≥', '260', null, UM),
  X('政务服务·帮办代办', O, QTY, '帮办代办服务事项', '定性', '按期完成', null, QVQ),
  X('政务服务·帮办代办', O, QTY, '帮办代办服务企业群众', null, '≥1.2万人次', null, null),
  X('政务服务·帮办代办', O, QUAL, '帮办代办事项一次办成率', null, '≥95%（含）', null, null),
  X('政务服务·帮办代办', O, QUAL, '帮办代办事项一次办成率', '≥', '95（含）', null, UM),
  X('政务服务·帮办代办', O, QUAL, '帮办代办事项一次办成率', '≥', '105', '%', IMP),
  X('政务服务·帮办代办', O, TIME, '代办事项办结时限', null, '≤3个工作日', null, null),
  X('政务服务·帮办代办', O, TIME, '代办事项办结时限', '≤', '3', null, UM),
  X('政务服务·帮办代办', O, TIME, '代办事项办结', '定性', '及时', null, QVQ),
  X('政务服务·帮办代办', B, SOC, '帮办代办对象平均跑动次数', '≤', '1', '次', null),
  X('政务服务·帮办代办', B, SOC, '帮办代办对象办事便利度', '定性', '明显提升', null, null),
  X('政务服务·帮办代办', S, SAT, '帮办代办群众好评率', '≥', '98', '%', null),
  X('政务服务·帮办代办', S, SAT, '帮办代办群众好评率', '≥', '85', '%', SATF),
  X('政务服务·帮办代办', S, SAT, '帮办代办满意度调查得分', '≥', '90', '分', SATF),
  X('政务服务·帮办代办', S, SAT, '帮办代办服务差评率', '≤', '1', '%', null),
  // 公共数据开放
  X('公共数据开放', O, QTY, '开放数据集', '≥', '300', '个', null),
  X('公共数据开放', O, QTY, '开放数据集', '≥', '较多', '个', NN),
  X('公共数据开放', O, QTY, '公共数据开放平台', '=', '1套', null, null),
  X('公共数据开放', O, QTY, '公共数据开放平台', '=', '0', '套', IMP),
  X('公共数据开放', O, QTY, '数据接口调用量', '≥', '500', '万次', null),
  X('公共数据开放', O, QTY, '数据接口调用量', '≥', '不低于上年', null, NN),
  // after measuring: …及时率 under 质量 is a timeliness name misfiled (sets 41/42): level_vs_name accepted beside.
  X('公共数据开放', O, QUAL, '开放数据集更新及时率', '≥', '90', '%', null, ['level_vs_name']),
  X('公共数据开放', O, QUAL, '开放数据格式规范率', '≥', '8', '%', IMP),
  X('公共数据开放', O, QUAL, '数据质量', '定性', '达标', null, null),
  X('公共数据开放', O, QUAL, '数据质量', '定性', '98%', null, QVQ),
  X('公共数据开放', O, TIME, '数据开放申请答复时限', '≤', '10', '个工作日', null),
  X('公共数据开放', B, ECON, '带动数据要素市场交易额', '≥', '2', '亿元', null),
  X('公共数据开放', B, ECON, '带动数据要素市场交易额', '定性', '显著增加', null, QVQ),
  X('公共数据开放', B, SUST, '数据开放长效机制', '定性', '建立健全', null, null),
  X('公共数据开放', S, SAT, '数据使用单位满意度', '≥', '95%（含）', null, null),
  X('公共数据开放', S, SAT, '数据使用单位满意度', '≥', '90', null, UM, [SATF]),
  // 应急救援装备
  X('应急救援装备', O, QTY, '配备应急救援装备', '≥', '1,500', '台（套）', null),
  X('应急救援装备', O, QTY, '配备应急救援装备', '≥', '1500', null, UM),
  X('应急救援装备', O, QTY, '应急通信保障车', '=', '2', '辆', null),
  X('应急救援装备', O, QTY, '应急通信保障车', '=', '全部到位', '辆', NN),
  X('应急救援装备', O, QUAL, '救援装备完好率', '≥', '98', '%', null),
  X('应急救援装备', O, QUAL, '救援装备完好率', '≥', '100', '%', IMP),
  X('应急救援装备', O, QUAL, '救援装备完好率', '≥', '0', '%', IMP),
  X('应急救援装备', O, QUAL, '装备验收', '定性', '合格', null, null),
  X('应急救援装备', O, TIME, '装备采购完成时间', '≤', '2025年9月30日', null, null),
  X('应急救援装备', O, TIME, '装备采购', '定性', '按期完成', null, QVQ),
  X('应急救援装备', B, SOC, '救援队伍平均出动时间', '≤', '15', '分钟', null),
  X('应急救援装备', B, SOC, '救援队伍平均出动时间', '≤', '15', null, UM),
  X('应急救援装备', B, SOC, '因装备故障延误救援', null, '0起', null, null),
  X('应急救援装备', B, SOC, '应急救援能力', '定性', '有效提升', null, null),
  X('应急救援装备', S, SAT, '救援队员满意度', '≥', '90', '%', null),
  X('应急救援装备', S, SAT, '救援队员满意度', '≥', '较高', null, NN, [SATF]),
  // 智慧景区·旅游厕所
  X('智慧景区', O, QTY, '新建改建旅游厕所', '≥', '40', '座', null),
  X('智慧景区', O, QTY, '新建改建旅游厕所', '≥', '40', null, UM),
  X('智慧景区', O, QTY, '智慧导览系统', null, '1套', null, null),
  X('智慧景区', O, QTY, '景区分时预约系统接入', '定性', '全覆盖', null, QVQ),
  X('智慧景区', O, QUAL, '旅游厕所等级评定达标率', '≥', '95', '%', null),
  X('智慧景区', O, QUAL, '旅游厕所等级评定', '定性', '达标', null, null),
  X('智慧景区', O, QUAL, '旅游厕所等级评定达标率', '≥', '120', '%', IMP),
  X('智慧景区', O, TIME, '旅游厕所建设', '定性', '旅游旺季前完成', null, null),
  X('智慧景区', O, TIME, '旅游厕所建设', '定性', '及时', null, QVQ),
  X('智慧景区', B, ECON, '智慧景区接待游客', null, '≥1.2万人次', null, null),
  X('智慧景区', B, ECON, '景区二次消费收入增长率', '≥', '120', '%', null),
  X('智慧景区', B, ECON, '智慧景区接待游客人次', '定性', '大幅增长', null, QVQ),
  X('智慧景区', B, SOC, '游客如厕排队时间', '≤', '5', '分钟', null),
  X('智慧景区', S, SAT, '景区游客线上好评率', '≥', '95%（含）', null, null),
  X('智慧景区', S, SAT, '景区游客满意度调查得分', '≥', '4.5', '分', SATF),
  X('智慧景区', S, SAT, '景区游客满意度', '≥', '1.2', '万人次', SATF, [UVN]),
  // 全民健身赛事
  X('全民健身赛事', O, QTY, '举办社区全民健身联赛', '≥', '60', '场次', null),
  X('全民健身赛事', O, QTY, '举办社区全民健身联赛', '≥', '60', null, UM),
  X('全民健身赛事', O, QTY, '举办社区全民健身联赛', '=', '0', '场次', IMP),
  X('全民健身赛事', O, QTY, '参赛群众', '≥', '1.2', '万人次', null),
  // after measuring: a change with no number under 数量 is vague, not_numeric beside (sets 10/42's reading; I had it inverted).
  X('全民健身赛事', O, QTY, '参赛群众', '定量', '较上年增加', '万人次', QVQ, [NN]),
  X('全民健身赛事', O, QUAL, '联赛安全责任事故', '=', '0', '起', null),
  X('全民健身赛事', O, QUAL, '联赛安全责任事故', '≥', '0', '起', IMP, ['direction']),
  X('全民健身赛事', O, QUAL, '赛事组织', '定性', '规范有序', null, QVQ),
  X('全民健身赛事', O, TIME, '赛事补助资金拨付时限', '≤', '30', '日', null),
  X('全民健身赛事', B, SOC, '社区居民经常参加体育锻炼比例', '≥', '42', '%', null),
  X('全民健身赛事', B, SOC, '社区居民经常参加体育锻炼比例', '≥', '不低于上年', '%', NN),
  X('全民健身赛事', B, SOC, '全民健身氛围', '定性', '更加浓厚', null, null),
  X('全民健身赛事', S, SAT, '参赛群众满意度', '≥', '92', '%', null),
  X('全民健身赛事', S, SAT, '参赛群众满意度', '≥', '88', '%', SATF),
  X('全民健身赛事', S, SAT, '参赛群众满意度', '定性', '满意', null, null),
  // 宗教院校·教职人员
  X('宗教院校', O, QTY, '宗教教职人员培训', '≥', '400', '人次', null),
  X('宗教院校', O, QTY, '宗教教职人员培训', '≥', '400', null, UM),
  X('宗教院校', O, QTY, '宗教院校教材编译', '≥', '6', '册', null),
  X('宗教院校', O, QTY, '宗教院校教材编译', '定性', '6', '册', QVQ),
  X('宗教院校', O, QUAL, '教职人员结业考核合格率', '≥', '95', '%', null),
  X('宗教院校', O, QUAL, '教职人员结业考核合格率', '≥', '95', null, UM),
  X('宗教院校', O, QUAL, '教职人员持证率', '≥', '15', '%', IMP),
  X('宗教院校', O, TIME, '年度培训', '定性', '年内完成', null, null),
  X('宗教院校', B, SOC, '宗教领域和谐稳定', '定性', '持续保持', null, null),
  X('宗教院校', B, SOC, '宗教领域重大涉稳事件', null, '0起', null, null),
  X('宗教院校', B, SUST, '宗教人才队伍', '定性', '持续壮大', null, null),
  X('宗教院校', S, SAT, '参训教职人员满意率', '≥', '90', '%', null),
  X('宗教院校', S, SAT, '参训教职人员满意率', '≥', '80', '%', SATF),
  X('宗教院校', S, SAT, '参训教职人员满意率', '≥', '360', '人', SATF, [UVN]),
  // 退役军人就业创业
  X('退役军人就业创业', O, QTY, '退役军人适应性培训人数', '≥', '800', '人', null),
  X('退役军人就业创业', O, QTY, '退役军人适应性培训人数', '≥', '800', null, UM),
  X('退役军人就业创业', O, QTY, '发放创业担保贷款贴息', '≥', '150', '万元', null),
  X('退役军人就业创业', O, QTY, '发放创业担保贷款贴息', '≥', '150', null, UM),
  // after measuring: as above (set 42's 白蚁预防面积 定量 较上年有所增加).
  X('退役军人就业创业', O, QTY, '举办退役军人专场招聘会', '定量', '按需举办', '场', QVQ, [NN]),
  X('退役军人就业创业', O, QUAL, '适应性培训参训率', '=', '100%（应参尽参）', null, null),
  X('退役军人就业创业', O, QUAL, '适应性培训参训率', '≥', '100', '%', IMP),
  X('退役军人就业创业', O, QUAL, '就业困难退役军人帮扶率', null, '100%（应帮尽帮）', null, null),
  X('退役军人就业创业', O, TIME, '贴息资金拨付', '定性', '每季度拨付一次', null, null),
  X('退役军人就业创业', O, TIME, '贴息资金拨付', '定性', '按期完成', null, QVQ),
  X('退役军人就业创业', B, SOC, '参训退役军人就业率', '≥', '90', '%', null),
  X('退役军人就业创业', B, SOC, '参训退役军人就业率', '≥', '9', '%', IMP),
  X('退役军人就业创业', B, SOC, '参训退役军人就业率', '定性', '稳步提高', null, QVQ),
  X('退役军人就业创业', B, SOC, '退役军人社会认同感', '定性', '明显增强', null, null),
  X('退役军人就业创业', S, SAT, '参训退役军人满意度调查得分', '≥', '92', '分', SATF),
  X('退役军人就业创业', S, SAT, '参训退役军人满意度', '≥', '92', '%', null),
  // 档案开放审核
  X('档案开放审核', O, QTY, '完成到期档案开放审核', '≥', '5', '万卷', null),
  X('档案开放审核', O, QTY, '完成到期档案开放审核', '≥', '5', null, UM),
  X('档案开放审核', O, QTY, '完成到期档案开放审核', '≥', '上年水平', '万卷', NN),
  X('档案开放审核', O, QTY, '向社会开放档案目录', '≥', '3', '万条', null),
  X('档案开放审核', O, QUAL, '开放审核准确率', '≥', '99', '%', null),
  X('档案开放审核', O, QUAL, '开放审核准确率', '≥', '199', '%', IMP),
  X('档案开放审核', O, QUAL, '开放审核准确率', '定性', '准确', null, QVQ),
  X('档案开放审核', O, QUAL, '泄密事件', null, '0起', null, null),
  X('档案开放审核', O, TIME, '开放审核办结时间', '≤', '2025年11月30日', null, null),
  X('档案开放审核', B, SOC, '档案利用人次', null, '≥1.2万人次', null, null),
  X('档案开放审核', B, SOC, '档案利用人次', '定性', '明显增加', null, QVQ),
  X('档案开放审核', B, SOC, '档案资源社会价值', '定性', '充分发挥', null, null),
  X('档案开放审核', S, SAT, '查档利用者好评率', '≥', '96', '%', null),
  X('档案开放审核', S, SAT, '查档利用者好评率', '≥', '96', null, UM, [SATF]),
  // 农业气象服务
  X('农业气象服务', O, QTY, '发布农业气象服务产品', '≥', '120', '期', null),
  X('农业气象服务', O, QTY, '发布农业气象服务产品', '≥', '120', null, UM),
  X('农业气象服务', O, QTY, '建设农田小气候观测站', '≥', '12', '套', null),
  X('农业气象服务', O, QTY, '建设农田小气候观测站', '≥', '0', '套', IMP),
  X('农业气象服务', O, QUAL, '农业气象灾害预报准确率', '≥', '85', '%', null),
  X('农业气象服务', O, QUAL, '农业气象灾害预报准确率', '≥', '85', null, UM),
  X('农业气象服务', O, QUAL, '观测数据到报率', '≥', '99', '%', null),
  X('农业气象服务', O, QUAL, '观测数据到报率', '≥', '110', '%', IMP),
  X('农业气象服务', O, TIME, '灾害性天气预警提前量', '≥', '30', '分钟', null),
  X('农业气象服务', O, TIME, '灾害性天气预警提前量', '≥', '30', null, UM),
  X('农业气象服务', B, ECON, '减少农业气象灾害损失', '≥', '3000', '万元', null),
  X('农业气象服务', B, ECON, '减少农业气象灾害损失', '定性', '有效减少', null, QVQ),
  X('农业气象服务', B, SOC, '气象为农服务能力', '定性', '明显提升', null, null),
  X('农业气象服务', S, SAT, '种植大户气象服务满意度', '≥', '90', '%', null),
  X('农业气象服务', S, SAT, '种植大户气象服务满意度', '≥', '75', '%', SATF),
  X('农业气象服务', S, SAT, '种植大户气象服务满意度', '≥', '不低于上年', null, NN, [SATF]),
  // 地震烈度速报·抗震设防
  X('地震烈度速报', O, QTY, '建设地震烈度速报台站', '≥', '45', '个', null),
  X('地震烈度速报', O, QTY, '建设地震烈度速报台站', '≥', '45', null, UM),
  X('地震烈度速报', O, QTY, '农村民居抗震加固', '≥', '600', '户', null),
  // after measuring: a bare act in % may be the share of the plan done (set 44), and ≥100% means =100%: implausible_target
  // (set 22's reading of 发放住房租赁补贴 in %), unit_vs_name accepted beside.
  X('地震烈度速报', O, QTY, '农村民居抗震加固', '≥', '100', '%', IMP, [UVN]),
  X('地震烈度速报', O, QUAL, '台站运行率', '≥', '98', '%', null),
  X('地震烈度速报', O, QUAL, '台站运行率', '≥', '10', '%', IMP),
  X('地震烈度速报', O, QUAL, '新建学校医院抗震设防', '定性', '达标', null, null),
  X('地震烈度速报', O, QUAL, '新建工程抗震设防要求落实率', '=', '100%（应设尽设）', null, null),
  X('地震烈度速报', O, TIME, '烈度速报产出时间', '≤', '10', '分钟', null),
  X('地震烈度速报', O, TIME, '烈度速报产出时间', '≤', '10', null, UM),
  X('地震烈度速报', O, TIME, '烈度速报产出', '定性', '及时', null, QVQ),
  X('地震烈度速报', B, SOC, '因房屋倒塌造成人员伤亡', null, '0起', null, null),
  X('地震烈度速报', B, SOC, '地震应急响应能力', '定性', '显著增强', null, null),
  X('地震烈度速报', S, SAT, '加固农户满意度', '≥', '95', '%', null),
  X('地震烈度速报', S, SAT, '加固农户满意度', '≥', '600', '户', SATF, [UVN]),
  // 人防工程维护
  X('人防工程维护', O, QTY, '维护公用人防工程', '≥', '18', '处', null),
  X('人防工程维护', O, QTY, '维护公用人防工程面积', '≥', '6.5', '万平方米', null),
  X('人防工程维护', O, QTY, '维护公用人防工程面积', '≥', '6.5', null, UM),
  X('人防工程维护', O, QTY, '维护公用人防工程', '=', '0', '处', IMP),
  X('人防工程维护', O, QUAL, '人防工程防护设备完好率', '≥', '95%（含）', null, null),
  X('人防工程维护', O, QUAL, '人防工程防护设备完好率', '≥', '完好', '%', NN),
  X('人防工程维护', O, QUAL, '维护工程验收', '定性', '合格', null, null),
  X('人防工程维护', O, QUAL, '人防工程防护设备完好率', '>', '100', '%', IMP),
  X('人防工程维护', O, TIME, '维护工程完工时间', '定性', '汛期前完成', null, null),
  X('人防工程维护', O, TIME, '维护工程完工', '定性', '按期完成', null, QVQ),
  X('人防工程维护', C, ECOST, '每平方米维护成本', '≤', '35', '元', null),
  X('人防工程维护', C, ECOST, '每平方米维护成本', '≤', '35', null, UM),
  X('人防工程维护', C, ECOST, '每平方米维护成本', '≤', '预算', '元', NN),
  X('人防工程维护', B, SOC, '人防工程战时防护能力', '定性', '有效保持', null, null),
  X('人防工程维护', S, SAT, '人防工程周边居民满意度', '≥', '90', '%', null),
  // 储备粮质量检验
  X('储备粮质量检验', O, QTY, '储备粮质量抽检', '≥', '320', '批次', null),
  X('储备粮质量检验', O, QTY, '储备粮质量抽检', '≥', '320', null, UM),
  X('储备粮质量检验', O, QTY, '储备粮质量抽检', '定性', '应检尽检', null, QVQ),
  X('储备粮质量检验', O, QUAL, '抽检储备粮质量指标达标率', '≥', '98', '%', null),
  X('储备粮质量检验', O, QUAL, '抽检储备粮质量指标达标率', '≥', '98', '批次', UVN),
  X('储备粮质量检验', O, QUAL, '抽检样品宜存品质合格率', '≥', '95', '%', null),
  X('储备粮质量检验', O, QUAL, '抽检样品宜存品质合格率', '≥', '195', '%', IMP),
  X('储备粮质量检验', O, QUAL, '检验结果', '定性', '达标', null, null),
  X('储备粮质量检验', O, TIME, '质量检验报告出具时限', null, '≤3个工作日', null, null),
  X('储备粮质量检验', O, TIME, '质量检验报告出具时限', '≤', '较短', '个工作日', NN),
  X('储备粮质量检验', B, SOC, '超标粮食流入口粮市场', null, '0起', null, null),
  X('储备粮质量检验', B, SOC, '储备粮数量真实质量良好', '定性', '有效保障', null, null),
  X('储备粮质量检验', S, SAT, '承储企业满意度', '≥', '93', '%', null),
  X('储备粮质量检验', S, SAT, '承储企业满意度', '≥', '85', '%', SATF),
  // 少数民族文化
  X('少数民族文化', O, QTY, '少数民族文化展演', '≥', '24', '场次', null),
  X('少数民族文化', O, QTY, '少数民族文化展演', '≥', '24', null, UM),
  X('少数民族文化', O, QTY, '民族古籍整理出版', '=', '3', '部', null),
  X('少数民族文化', O, QTY, '民族古籍整理出版', '定性', '3', '部', QVQ),
  X('少数民族文化', O, QTY, '观看展演群众', null, '≥1.2万人次', null, null),
  X('少数民族文化', O, QUAL, '古籍整理出版质量', '定性', '达标', null, null),
  X('少数民族文化', O, QUAL, '古籍出版物审读合格率', '≥', '100', '%', IMP),
  X('少数民族文化', O, TIME, '展演活动', '定性', '传统节庆期间举办', null, null),
  X('少数民族文化', B, SOC, '各民族交往交流交融', '定性', '不断深化', null, null),
  X('少数民族文化', B, SOC, '展演活动覆盖乡镇比例', '≥', '80', '%', null),
  X('少数民族文化', B, SOC, '展演活动覆盖乡镇比例', '≥', '80', null, UM),
  X('少数民族文化', S, SAT, '展演观众满意度', '≥', '90', '%', null),
  X('少数民族文化', S, SAT, '展演观众满意度', '≥', '89', '%', SATF),
  X('少数民族文化', S, SAT, '展演观众满意度调查覆盖率', '≥', '80', '%', null),
  // 青少年体育训练
  X('青少年体育训练', O, QTY, '青少年体育训练营', '≥', '12', '期', null),
  X('青少年体育训练', O, QTY, '参训青少年', '≥', '2400', '人', null),
  X('青少年体育训练', O, QTY, '参训青少年', '≥', '2400', null, UM),
  X('青少年体育训练', O, QTY, '向上级输送体育后备人才', '≥', '30', '名', null),
  X('青少年体育训练', O, QTY, '向上级输送体育后备人才', '≥', '较多', '名', NN),
  X('青少年体育训练', O, QUAL, '注册运动员体质健康达标率', '≥', '95', '%', null),
  X('青少年体育训练', O, QUAL, '注册运动员体质健康达标率', '≥', '0', '%', IMP),
  X('青少年体育训练', O, QUAL, '教练员持证上岗率', '=', '100', '%', null),
  X('青少年体育训练', O, QUAL, '训练伤害事故', null, '0起', null, null),
  X('青少年体育训练', O, TIME, '训练营开营时间', '定性', '暑假期间', null, null),
  X('青少年体育训练', O, TIME, '训练营开营', '定性', '及时', null, QVQ),
  X('青少年体育训练', B, SOC, '青少年体质健康水平', '定性', '稳步提高', null, null),
  X('青少年体育训练', B, SOC, '青少年体质健康优良率', '定性', '稳步提高', null, QVQ),
  X('青少年体育训练', S, SAT, '训练营学员家长满意度', '≥', '95%（含）', null, null),
  X('青少年体育训练', S, SAT, '训练营学员家长满意度调查得分', '≥', '95', '分', SATF),
  X('青少年体育训练', S, SAT, '训练营学员家长满意度', '≥', '0.9', null, UM, [SATF]),
];

export const HELD_OUT_45_DEPT: RowCase[] = [
  // 政务服务管理局
  X('部门·政务服务管理局', O, DUTY, '进驻大厅政务服务事项', '≥', '1,200', '项', null),
  X('部门·政务服务管理局', O, DUTY, '进驻大厅政务服务事项', '≥', '1200', null, UM),
  X('部门·政务服务管理局', O, DUTY, '进驻事项全程网办率', '≥', '98', '%', null),
  X('部门·政务服务管理局', O, DUTY, '进驻事项全程网办率', '≥', '198', '%', IMP),
  X('部门·政务服务管理局', O, MGMT, '预算执行率', '≥', '不低于上年', '%', NN),
  X('部门·政务服务管理局', O, MGMT, '“三公”经费', '≤', '上年', '万元', NN),
  X('部门·政务服务管理局', B, SOCIAL, '政务服务环境', '定性', '持续优化', null, null),
  X('部门·政务服务管理局', S, CLIENT, '办事群众好评率', '≥', '99', '%', null),
  X('部门·政务服务管理局', S, CLIENT, '办事群众好评率', '≥', '80', '%', SATF),
  X('部门·政务服务管理局', S, CLIENT, '市场主体满意度调查得分', '≥', '90', '分', SATF),
  // 气象局
  X('部门·气象局', O, DUTY, '暴雨橙色以上预警准确率', '≥', '80', '%', null),
  X('部门·气象局', O, DUTY, '暴雨橙色以上预警准确率', '≥', '80', null, UM),
  X('部门·气象局', O, DUTY, '突发事件预警短信公众覆盖率', '≥', '100', '%', IMP),
  // after measuring: a 定性 value under 履职效能 is a duty's standard, fine (set 5's 中央环保督察反馈问题整改 定性 按期完成).
  X('部门·气象局', O, DUTY, '人工增雨（雪）作业', '定性', '适时开展', null, null),
  X('部门·气象局', O, MGMT, '政府采购执行率', '=', '100', '%', null),
  X('部门·气象局', O, MGMT, '固定资产管理', '定性', '规范', null, null),
  X('部门·气象局', B, SOCIAL, '气象灾害造成死亡人数', '≤', '0', '人', null),
  X('部门·气象局', B, SUSTAIN, '基层气象现代化水平', '定性', '稳步提升', null, null),
  X('部门·气象局', S, CLIENT, '公众气象服务满意度调查满意率', '≥', '90', '%', null),
  X('部门·气象局', S, CLIENT, '公众气象服务满意度调查满意率', '≥', '86', '%', SATF),
  // 退役军人事务局
  X('部门·退役军人事务局', O, DUTY, '定期抚恤补助按标准发放率', '=', '100%（应发尽发）', null, null),
  X('部门·退役军人事务局', O, DUTY, '悬挂光荣牌', '≥', '3.2', '万户', null),
  X('部门·退役军人事务局', O, DUTY, '悬挂光荣牌', '≥', '3.2', null, UM),
  // after measuring: as above (set 5).
  X('部门·退役军人事务局', O, DUTY, '烈士纪念设施维修', '定性', '按期完成', null, null),
  X('部门·退役军人事务局', O, MGMT, '结转结余率', '≤', '5', '%', null),
  X('部门·退役军人事务局', O, MGMT, '结转结余率', '≤', '5', null, UM),
  X('部门·退役军人事务局', B, SOCIAL, '退役军人涉访案件', null, '0起', null, null),
  X('部门·退役军人事务局', B, SOCIAL, '崇军尚武社会氛围', '定性', '日益浓厚', null, null),
  X('部门·退役军人事务局', S, CLIENT, '服务站退役军人好评率', '≥', '95', '%', null),
  X('部门·退役军人事务局', S, CLIENT, '服务站退役军人好评率', '定性', '较高', null, null),
];

const r = (level1: string | null, level2: string, name: string): readonly [string | null, string, string] => [level1, level2, name];

/** Form-level coverage cases: a project or department target whose rows are only named by level; expect true = coverage. */
export const HELD_OUT_45_COVERAGE: CoverageCase[] = [
  { sector: '政务服务·帮办代办', kind: 'project_target', rows: [r(O, QTY, '帮办代办服务事项'), r(B, SOC, '帮办代办对象平均跑动次数'), r(S, SAT, '帮办代办群众好评率')], expect: false },
  { sector: '政务服务·帮办代办', kind: 'project_target', rows: [r(O, QTY, '帮办代办服务事项'), r(O, QUAL, '帮办代办事项一次办成率'), r(S, SAT, '帮办代办群众好评率')], expect: true },
  { sector: '公共数据开放', kind: 'project_target', rows: [r(O, QTY, '开放数据集'), r(B, ECON, '带动数据要素市场交易额'), r(B, SOC, '数据使用单位好评率')], expect: true },
  { sector: '公共数据开放', kind: 'project_target', rows: [r(C, ECOST, '平台建设成本'), r(B, ECON, '带动数据要素市场交易额'), r(S, SAT, '数据使用单位满意度')], expect: true },
  { sector: '公共数据开放', kind: 'project_target', rows: [r(O, '成本指标', '平台建设成本'), r(B, ECON, '带动数据要素市场交易额'), r(S, SAT, '数据使用单位满意度')], expect: false },
  { sector: '应急救援装备', kind: 'project_target', rows: [r('产出', '数量', '配备应急救援装备'), r('效果', '社会效益', '救援队伍平均出动时间'), r('满意度', '服务对象满意度', '救援队员满意度')], expect: false },
  { sector: '应急救援装备', kind: 'project_target', rows: [r(O, QTY, '配备应急救援装备'), r(B, SUST, '装备管护机制'), r(S, SAT, '救援队员满意度')], expect: false },
  { sector: '智慧景区', kind: 'project_target', rows: [r(O, QTY, '新建改建旅游厕所'), r(B, ECON, '智慧景区接待游客')], expect: true },
  { sector: '智慧景区', kind: 'project_target', rows: [r(O, QTY, '新建改建旅游厕所'), r(B, ECON, '智慧景区接待游客'), r(null, SAT, '景区游客线上好评率')], expect: false },
  { sector: '全民健身赛事', kind: 'project_target', rows: [r(B, SOC, '社区居民经常参加体育锻炼比例'), r(S, SAT, '参赛群众满意度')], expect: true },
  { sector: '退役军人就业创业', kind: 'project_self_evaluation', rows: [r(O, QTY, '退役军人适应性培训人数'), r(B, SOC, '参训退役军人就业率')], expect: true },
  { sector: '部门·政务服务管理局', kind: 'department_target', rows: [r(O, DUTY, '进驻大厅政务服务事项'), r(B, SOCIAL, '政务服务环境'), r(S, CLIENT, '办事群众好评率')], expect: false },
  { sector: '部门·政务服务管理局', kind: 'department_target', rows: [r(DUTY, '重点工作', '进驻大厅政务服务事项'), r(SOCIAL, '社会效益', '政务服务环境'), r(CLIENT, '办事群众', '办事群众好评率')], expect: false },
  { sector: '部门·气象局', kind: 'department_target', rows: [r(O, DUTY, '暴雨橙色以上预警准确率'), r(O, MGMT, '政府采购执行率'), r(S, CLIENT, '公众气象服务满意度调查满意率')], expect: true },
  // after measuring: 管理效率 sits under 产出 on the house's department tree (indicator-framework.ts) and the 一级 says 产出:
  // by this set's own reading (sections from 一级) the form has an 产出 section.
  { sector: '部门·气象局', kind: 'department_target', rows: [r(O, MGMT, '政府采购执行率'), r(B, SOCIAL, '气象灾害造成死亡人数'), r(S, CLIENT, '公众气象服务满意度调查满意率')], expect: false },
  { sector: '部门·退役军人事务局', kind: 'department_target', rows: [r(O, DUTY, '悬挂光荣牌'), r(B, SUSTAIN, '退役军人服务保障体系'), r(S, CLIENT, '服务站退役军人好评率')], expect: false },
  { sector: '部门·退役军人事务局', kind: 'department_target', rows: [r(O, DUTY, '悬挂光荣牌'), r(B, SOCIAL, '崇军尚武社会氛围')], expect: true },
];
