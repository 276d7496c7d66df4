import { B, C, DIR, ECO, ECON, ECOST, ENVCOST, IMP, LEV, LVN, NN, O, OCOST, QTY, QUAL, QVQ, S, SAT, SATF, SCOST, SOC, SUST, TIME, UM, UVN, X, type RowCase } from './case-types';

/**
 * Held-out set 21 (session 8), written before reading the review code and measured as written. The angle is what sets
 * 3–20 cover thinly or not at all. Sectors: 林草 (造林, 森林防火, 林业有害生物, 草原, 湿地), 自然资源 (土地整治, 矿山生态修复,
 * 不动产登记), 城市公用事业 (供热, 排水/内涝, 燃气, 生活垃圾分类, 海绵城市), 司法行政 (公证, 人民调解), 工会/共青团,
 * 应急广播, 知识产权 and 药品监管. Wordings: 2021-framework 成本 rows (经济/社会/生态环境成本) in every direction and unit
 * (元/吨, 元/平方米, 万元/公里, 元/户, 元/亩, 万元, %, 吨, 公顷, 天, 件, 定性), filed right and under the wrong 一级;
 * 效益 rows with a time frame (三年内, 到2026年, 项目建成后5年内, 造林三年保存率); names that carry the comparator
 * (…不低于95%, …控制在…以内, 不超过48小时的…); negated names (未…数/率, 不合格…批次, 不达标…) beside names where 未/不 is
 * no negation (未成年人, 不动产, 未利用地, 不间断); and 一级/二级 written in variant forms (数量, 质量指标（20分）, 社会效益,
 * 满意度, 时效（10分）, 经济成本（10分）). About 60% fine, 40% with one defect each. Rows sit beside the harness's four clean
 * rows (2020 template: 成本 under 产出; a row with a 成本 一级 makes the form read as 2021+). Cells are read through
 * deriveTarget as an import reads them.
 *
 * Readings chosen before measuring (genuine ambiguities, said once here):
 * - A weight or remark after a level (质量指标（20分）, 时效（10分）, 满意度指标(10分)) is not part of the level; 数量 / 社会效益 /
 *   满意度 without 指标 are the same levels (set 9).
 * - 成本 amounts (总投资, 单位/户均/每公里成本, 吨水处理成本) want ≤; ≥ is direction; in % unit_vs_name; with no unit
 *   unit_missing; 定性 with a vague value (较低, 合理) is qualitative_vs_quantitative; ≤ a reference (行业平均水平) is not_numeric.
 *   社会成本 and 生态环境成本 rows counting a harm (占道天数, 扰民投诉, 受影响户数, 占用林地, 碳排放增量, 植被破坏面积) want
 *   ≤ / = 0; ≥ a positive number is direction. A saving (成本节约率, 单位成本降低率) wants ≥; ≤ is direction.
 * - 经济成本 under 效益, 社会成本 under 产出 and 经济效益 under 成本 are levels (level_vs_name accepted beside, set 19).
 * - A time frame in a 效益 name (三年内…, 到2026年…, 建成后5年内…) does not change the name's kind: the rules for its head
 *   apply (覆盖率 a rate, 受益人口 a count, 漏损率 a bad rate).
 * - A name that carries its comparator and target (…不低于95%, …控制在10件以内) valued 定性 达到 / 是 is measurable: fine (set
 *   9); when the target it carries is a 满意度 below the policy minimum (满意度不低于85%) it is satisfaction. A comparator in the
 *   name that qualifies the measured thing (不超过48小时的报修响应率, 室温不低于18℃的户数占比) leaves the head's direction.
 * - 未…/不合格…/不达标… counts and rates are bad things (≤ / = 0 fine, ≥ a positive number direction, ≥ 0 implausible_target
 *   with direction beside); their removal (未达标水体消除率, 不合格药品召回率) is good (≤ direction). 未成年人, 不动产,
 *   未利用地, 不间断 are not negations.
 * - 混投率 (wrongly sorted waste), 热损失率, 漏损率, 成灾率, 受害率 are bad rates.
 *
 * First measurement, as written and before reading or changing any review code (UNSEEN_REPORT=1), 267 rows (153 labelled
 * fine, 114 with one defect):
 *   direction                    tp 36 fp 2 fn 20  precision  94.7%  recall  64.3%
 *   implausible_target           tp 13 fp 1 fn 0   precision  92.9%  recall 100.0%
 *   level_vs_name                tp 6  fp 1 fn 0   precision  85.7%  recall 100.0%
 *   levels                       tp 3  fp 0 fn 0   precision 100.0%  recall 100.0%
 *   not_numeric                  tp 2  fp 0 fn 0   precision 100.0%  recall 100.0%
 *   qualitative_vs_quantitative  tp 6  fp 0 fn 1   precision 100.0%  recall  85.7%
 *   satisfaction                 tp 3  fp 0 fn 1   precision 100.0%  recall  75.0%
 *   unit_missing                 tp 7  fp 0 fn 0   precision 100.0%  recall 100.0%
 *   unit_vs_name                 tp 15 fp 0 fn 1   precision 100.0%  recall  93.8%
 * Two labels were mine against the house's readings, said here: 三年内带动农户增收 定性 明显 under 经济效益 is fine (set 14 reads
 * 户均增收 明显增加 the same way: a vague value on an 效益 name that is not a rate or count), relabelled and marked 'after
 * measuring'; 未成年人法律援助案件办理数 ≤60件 is a ceiling on a count of work done, which the house flags only on gains and
 * deliverables (会议/文件 counts are capped by rule), so it is a known limit in the harness (LIMITS), not a fix.
 * The other 21 misses and 4 false alarms had general causes, fixed in the set-21 block of review-audit-cases.test.ts (b21
 * cases): good rates missing from the class (保存率, 防治率, 保护率, 治理率, 整合率, 解困/脱困率, 召回率); bad words missing (成灾,
 * 混投/错投, 积水, 民转刑, 占道, 植被/林地/耕地…破坏, 占用耕地/林地…, 未整改/未按期完工… as work left undone) with an act inside
 * the negation (未整改) no longer read as tackling it and 改造/疏浚/清淤 before a bad thing read as tackling it; a share of what
 * clears a floor the name states (室温不低于18℃的户数占比) as a good share; 转化实施率 as an outcome, not the project's 实施率; a
 * ceiling stated in the name (…控制在50件以内) answered 是 as kept under; a count of places reached (覆盖行政村) over 100% as a
 * count in % (unit_vs_name, not implausible_target); and, in check-stated-targets.ts, a 社会成本/生态环境成本 row whose name says
 * what the works cost those around them (涉及, 占地, 拆迁, 砍伐, 产生…) with ≥ as direction, and a satisfaction floor written in
 * the name below the policy minimum (满意度不低于85% 定性 达到) as satisfaction.
 * After the fixes (266 rows counted, the limit apart; 154 fine, 112 with a defect): every code precision 100%, recall 100%
 * (direction tp 55, unit_vs_name 16, implausible_target 13, unit_missing 7, level_vs_name 6, qualitative_vs_quantitative 6,
 * satisfaction 4, levels 3, not_numeric 2); every earlier set stays at 0 false alarms; the test corpus and the seeds' forms
 * (406 forms) give the same findings as before (bench/rules/rules-diff.ts: only peer_outlier gone on two =0 targets of bad
 * things now read as bad).
 */
const QTY_V = '数量';
const QUAL_W = '质量指标（20分）';
const TIME_W = '时效（10分）';
const SOC_V = '社会效益';
const SAT_V = '满意度';
const ECOST_W = '经济成本（10分）';

export const HELD_OUT_21: RowCase[] = [
  // 林草: 造林, 森林防火, 林业有害生物
  X('林草·造林', O, QTY, '完成人工造林面积', '≥', '1.2', '万亩', null),
  X('林草·造林', O, QTY_V, '退化林修复面积', '≥', '8000', '亩', null),
  X('林草·造林', O, QUAL_W, '造林苗木合格率', '≥', '95', '%', null),
  X('林草·造林', O, QUAL, '当年造林成活率', '≥', '85', '%', null),
  X('林草·造林', O, TIME_W, '春季造林完成时间', '定性', '2024年4月底前', null, null),
  X('林草·造林', C, ECOST, '单位面积造林成本', '≤', '1500', '元/亩', null),
  X('林草·造林', C, ENVCOST, '造林占用耕地面积', '=', '0', '亩', null),
  X('林草·造林', B, ECO, '到2026年森林覆盖率', '≥', '62.5', '%', null),
  X('林草·造林', B, SUST, '造林三年保存率', '≥', '85', '%', null),
  X('林草·造林', B, ECO, '森林蓄积量', '≥', '120', '万立方米', null),
  X('林草·造林', S, SAT_V, '造林户满意度', '≥', '90', '%', null),
  X('林草·造林', C, ECOST, '单位面积造林成本', '≥', '1500', '元/亩', DIR),
  X('林草·造林', C, ECOST, '单位面积造林成本', '≤', '15', '%', UVN),
  X('林草·造林', C, ECOST, '单位面积造林成本', '≤', '1500', null, UM),
  X('林草·造林', B, ECO, '到2026年森林覆盖率', '≥', '625', '%', IMP),
  X('林草·造林', B, ECO, '到2026年森林覆盖率', '≥', '62.5', '公顷', UVN),
  X('林草·造林', B, SUST, '造林三年保存率', '≤', '85', '%', DIR),
  X('林草·造林', O, QTY_V, '当年造林成活率', '≥', '85', '%', LVN),
  X('林草·造林', O, QTY_V, '完成人工造林面积', '定性', '按计划完成', null, QVQ),
  X('林草·造林', B, ECO, '到2026年森林覆盖率', '定性', '稳步提高', null, QVQ),
  X('林草·防火', O, QTY, '森林防火巡护人员', '≥', '460', '人', null),
  X('林草·防火', O, QTY, '新建防火隔离带', '≥', '35', '公里', null),
  X('林草·防火', O, TIME, '火情发现到报告时间', '≤', '30', '分钟', null),
  X('林草·防火', B, ECO, '森林火灾受害率', '≤', '0.9', '‰', null),
  X('林草·防火', B, SOC, '森林火灾受害率控制在0.9‰以内', '定性', '达到', null, null),
  X('林草·防火', B, SOC, '重特大森林火灾', '=', '0', '起', null),
  X('林草·防火', B, ECO, '森林火灾受害率', '≥', '0.9', '‰', DIR),
  X('林草·防火', B, ECO, '森林火灾受害率', '≤', '0.9', '公顷', UVN),
  X('林草·防火', O, TIME, '火情发现到报告时间', '≥', '30', '分钟', DIR),
  X('林草·防火', B, SOC, '重特大森林火灾', '≥', '0', '起', IMP, [DIR]),
  X('林草·有害生物', O, QTY, '松材线虫病疫木除治', '≥', '3.6', '万株', null),
  X('林草·有害生物', O, QUAL, '林业有害生物无公害防治率', '≥', '85', '%', null),
  X('林草·有害生物', B, ECO, '到2025年林业有害生物成灾率', '≤', '3', '‰', null),
  X('林草·有害生物', O, QUAL, '疫木除治不合格株数', '=', '0', '株', null),
  X('林草·有害生物', B, ECO, '到2025年林业有害生物成灾率', '≥', '3', '‰', DIR),
  X('林草·有害生物', O, QUAL, '疫木除治不合格株数', '≥', '5', '株', DIR),
  X('林草·有害生物', O, QUAL, '林业有害生物无公害防治率', '≤', '85', '%', DIR),
  // 林草: 草原, 湿地
  X('林草·草原湿地', O, QTY, '草原鼠害防治面积', '≥', '10', '万亩', null),
  X('林草·草原湿地', O, QTY, '退化湿地修复面积', '≥', '1200', '亩', null),
  X('林草·草原湿地', B, ECO, '草原综合植被盖度', '≥', '50', '%', null),
  X('林草·草原湿地', B, ECO, '到2026年底湿地保护率', '≥', '55', '%', null),
  X('林草·草原湿地', B, SUST, '项目建成后5年内湿地生态功能', '定性', '保持稳定', null, null),
  X('林草·草原湿地', C, ENVCOST, '施工期湿地植被破坏面积', '≤', '2', '公顷', null),
  X('林草·草原湿地', O, QTY, '退化湿地修复面积', '≥', '1200', null, UM),
  X('林草·草原湿地', B, ECO, '到2026年底湿地保护率', '≤', '55', '%', DIR),
  X('林草·草原湿地', C, ENVCOST, '施工期湿地植被破坏面积', '≥', '2', '公顷', DIR),
  X('林草·草原湿地', C, ENVCOST, '施工期湿地植被破坏面积', '≤', '2', '%', UVN),
  // 自然资源: 土地整治, 矿山修复, 不动产登记
  X('自然资源·土地', O, QTY, '土地整治新增耕地', '≥', '500', '亩', null),
  X('自然资源·土地', O, QTY, '未利用地开发面积', '≥', '200', '亩', null),
  X('自然资源·土地', O, QUAL, '新增耕地质量验收合格率', '=', '100', '%', null),
  X('自然资源·土地', C, ECOST, '亩均土地整治投资', '≤', '3.2', '万元/亩', null),
  X('自然资源·土地', B, ECON, '三年内新增耕地指标交易收入', '≥', '6000', '万元', null),
  X('自然资源·土地', B, SUST, '新增耕地三年内撂荒面积', '=', '0', '亩', null),
  X('自然资源·土地', O, QTY, '未利用地开发面积', '≤', '200', '亩', DIR),
  X('自然资源·土地', B, SUST, '新增耕地三年内撂荒面积', '≥', '50', '亩', DIR),
  X('自然资源·土地', C, ECOST, '亩均土地整治投资', '≥', '3.2', '万元/亩', DIR),
  X('自然资源·土地', O, QTY_V, '新增耕地质量验收合格率', '=', '100', '%', LVN),
  X('自然资源·矿山', O, QTY, '历史遗留矿山生态修复面积', '≥', '300', '公顷', null),
  X('自然资源·矿山', B, ECO, '历史遗留矿山修复治理率', '≥', '80', '%', null),
  X('自然资源·矿山', C, ENVCOST, '修复工程新增扬尘超标次数', '=', '0', '次', null),
  X('自然资源·矿山', C, ECOST, '每公顷矿山修复成本', '≤', '18', '万元/公顷', null),
  X('自然资源·矿山', B, ECO, '历史遗留矿山修复治理率', '≤', '80', '%', DIR),
  X('自然资源·矿山', C, ECOST, '每公顷矿山修复成本', '≥', '18', '万元/公顷', DIR),
  X('自然资源·矿山', B, ECO, '历史遗留矿山修复治理率', '≥', '180', '%', IMP),
  X('自然资源·不动产', O, TIME, '不动产登记一般登记办理时限', '≤', '5', '个工作日', null),
  X('自然资源·不动产', O, QUAL, '不动产登记数据整合率', '≥', '95', '%', null),
  X('自然资源·不动产', O, QTY, '不动产登记发证量', '≥', '12000', '本', null),
  X('自然资源·不动产', O, QUAL, '不动产登记差错率', '≤', '0.5', '%', null),
  X('自然资源·不动产', O, TIME, '不动产登记一般登记办理时限', '≥', '5', '个工作日', DIR),
  X('自然资源·不动产', O, TIME, '不动产登记一般登记办理时限', '≤', '5', '%', UVN),
  X('自然资源·不动产', O, QUAL, '不动产登记数据整合率', '≤', '95', '%', DIR),
  X('自然资源·不动产', O, QTY, '不动产登记发证量', '≥', '12000', '%', UVN),
  // 城市公用事业: 供热
  X('公用·供热', O, QTY, '集中供热面积', '≥', '1200', '万平方米', null),
  X('公用·供热', O, QTY, '老旧供热管网改造', '≥', '42', '公里', null),
  X('公用·供热', O, QUAL_W, '供热室温达标率', '≥', '98', '%', null),
  X('公用·供热', O, QUAL, '室温不低于18℃的户数占比', '≥', '98', '%', null),
  X('公用·供热', O, QUAL, '供热管网热损失率', '≤', '10', '%', null),
  X('公用·供热', O, TIME_W, '供热故障抢修到达时间', '≤', '2', '小时', null),
  X('公用·供热', O, TIME, '不超过48小时的报修响应率', '≥', '95', '%', null),
  X('公用·供热', C, ECOST, '单位面积供热成本', '≤', '28', '元/平方米', null),
  X('公用·供热', S, SAT_V, '供热用户满意度', '≥', '90', '%', null),
  X('公用·供热', S, '满意度指标(10分)', '供热用户满意度', '≥', '92', '%', null),
  X('公用·供热', O, QUAL, '供热管网热损失率', '≥', '10', '%', DIR),
  X('公用·供热', O, TIME_W, '供热故障抢修到达时间', '≥', '2', '小时', DIR),
  X('公用·供热', O, TIME, '供热故障抢修到达时间', '≤', '2', '%', UVN),
  X('公用·供热', O, TIME, '不超过48小时的报修响应率', '≤', '95', '%', DIR),
  X('公用·供热', O, QUAL, '室温不低于18℃的户数占比', '≤', '98', '%', DIR),
  X('公用·供热', O, QTY_V, '供热室温达标率', '≥', '98', '%', LVN),
  X('公用·供热', S, SAT_V, '供热用户满意度', '≥', '85', '%', SATF),
  X('公用·供热', C, ECOST, '单位面积供热成本', '定性', '较低', null, QVQ),
  X('公用·供热', O, QTY, '集中供热面积', '≥', '上年', '万平方米', NN),
  // 城市公用事业: 排水, 内涝, 海绵城市
  X('公用·排水', O, QTY, '雨污分流改造管网长度', '≥', '35', '公里', null),
  X('公用·排水', O, QTY, '城市内涝积水点消除数', '≥', '12', '处', null),
  X('公用·排水', B, SOC, '新增内涝积水点', '=', '0', '处', null),
  X('公用·排水', O, QUAL, '汛期道路积水时间', '≤', '30', '分钟', null),
  X('公用·排水', B, ECO, '城市生活污水集中收集率', '≥', '70', '%', null),
  X('公用·排水', B, ECO, '项目建成后三年内管网漏损率', '≤', '9', '%', null),
  X('公用·排水', B, ECO, '年径流总量控制率', '≥', '75', '%', null),
  X('公用·排水', O, QUAL, '海绵城市建设达标面积比例', '≥', '40', '%', null),
  X('公用·排水', C, ECOST, '每公里管网改造成本', '≤', '350', '万元/公里', null),
  X('公用·排水', C, SCOST, '施工占道天数', '≤', '90', '天', null),
  X('公用·排水', C, SCOST, '施工扰民投诉', '≤', '5', '件', null),
  X('公用·排水', O, QTY, '雨污分流改造管网长度', '≥', '35', null, UM),
  X('公用·排水', B, SOC, '新增内涝积水点', '≥', '12', '处', DIR),
  X('公用·排水', B, ECO, '项目建成后三年内管网漏损率', '≥', '9', '%', DIR),
  X('公用·排水', B, ECO, '年径流总量控制率', '≥', '175', '%', IMP),
  X('公用·排水', C, ECOST, '每公里管网改造成本', '≥', '350', '万元/公里', DIR),
  X('公用·排水', C, SCOST, '施工占道天数', '≥', '90', '天', DIR),
  X('公用·排水', C, SCOST, '施工扰民投诉', '≥', '5', '件', DIR),
  X('公用·排水', O, QUAL, '汛期道路积水时间', '≥', '30', '分钟', DIR),
  X('公用·排水', O, QTY, '雨污分流改造管网长度', '定性', '全面完成', null, QVQ),
  // 城市公用事业: 燃气
  X('公用·燃气', O, QTY, '燃气管道老化更新改造里程', '≥', '80', '公里', null),
  X('公用·燃气', O, QTY, '居民用户燃气安全检查', '≥', '15', '万户', null),
  X('公用·燃气', O, QUAL, '燃气安全隐患整改率', '=', '100', '%', null),
  X('公用·燃气', O, QUAL, '燃气用户安检覆盖率', '≥', '98', '%', null),
  X('公用·燃气', O, QUAL, '未整改燃气安全隐患', '=', '0', '处', null),
  X('公用·燃气', C, ECOST, '燃气入户改造户均成本', '≤', '3000', '元/户', null),
  X('公用·燃气', B, SOC, '燃气安全事故控制在0起', '定性', '是', null, null),
  X('公用·燃气', B, SOC, '燃气安全事故', '=', '0', '起', null),
  X('公用·燃气', O, QUAL, '未整改燃气安全隐患', '≥', '3', '处', DIR),
  X('公用·燃气', O, QUAL, '未整改燃气安全隐患', '≥', '0', '处', IMP, [DIR]),
  X('公用·燃气', O, QUAL, '燃气用户安检覆盖率', '≤', '98', '%', DIR),
  X('公用·燃气', C, ECOST, '燃气入户改造户均成本', '≥', '3000', '元/户', DIR),
  X('公用·燃气', C, ECOST, '燃气入户改造户均成本', '≤', '3000', '%', UVN),
  X('公用·燃气', O, QUAL, '燃气安全隐患整改率', '=', '100', '处', UVN),
  // 城市公用事业: 生活垃圾分类
  X('公用·垃圾', O, QTY, '新建生活垃圾分类投放点', '≥', '320', '个', null),
  X('公用·垃圾', O, QTY, '厨余垃圾分出量', '≥', '120', '吨/日', null),
  X('公用·垃圾', O, QUAL, '生活垃圾分类准确率', '≥', '80', '%', null),
  X('公用·垃圾', O, QUAL, '生活垃圾混投率', '≤', '15', '%', null),
  X('公用·垃圾', B, ECO, '生活垃圾回收利用率', '≥', '35', '%', null),
  X('公用·垃圾', B, ECO, '生活垃圾无害化处理率不低于95%', '定性', '达标', null, null),
  X('公用·垃圾', C, ECOST, '吨垃圾处理成本', '≤', '180', '元/吨', null),
  X('公用·垃圾', C, ENVCOST, '垃圾转运新增碳排放量', '≤', '120', '吨', null),
  X('公用·垃圾', O, QUAL, '生活垃圾混投率', '≥', '15', '%', DIR),
  X('公用·垃圾', C, ECOST, '吨垃圾处理成本', '≥', '180', '元/吨', DIR),
  X('公用·垃圾', C, ECOST, '吨垃圾处理成本', '≤', '行业平均水平', '元/吨', NN),
  X('公用·垃圾', C, ENVCOST, '垃圾转运新增碳排放量', '≥', '120', '吨', DIR),
  X('公用·垃圾', O, QTY_V, '生活垃圾分类准确率', '≥', '80', '%', LVN),
  X('公用·垃圾', O, QTY, '厨余垃圾分出量', '≥', '120', '%', UVN),
  // 2021 框架 成本 rows in every direction and unit
  X('框架·成本', C, ECOST, '项目总投资', '≤', '850', '万元', null),
  X('框架·成本', C, ECOST_W, '项目总投资', '≤', '850', '万元', null),
  X('框架·成本', '成本指标（20分）', ECOST, '设备购置单价', '≤', '12', '万元/台', null),
  X('框架·成本', C, ECOST, '成本节约率', '≥', '5', '%', null),
  X('框架·成本', C, ECOST, '单位成本降低率', '≥', '3', '%', null),
  X('框架·成本', C, ECOST, '项目成本超支率', '≤', '0', '%', null),
  X('框架·成本', C, ECOST, '吨水处理成本', '≤', '1.2', '元/吨', null),
  X('框架·成本', C, ECOST, '预算成本控制率', '≤', '100', '%', null),
  X('框架·成本', C, SCOST, '征地拆迁涉及户数', '≤', '12', '户', null),
  X('框架·成本', C, SCOST, '项目实施对周边居民出行影响', '定性', '影响较小', null, null),
  X('框架·成本', C, SCOST, '因施工引发群体性事件', '=', '0', '起', null),
  X('框架·成本', C, ENVCOST, '施工期水土流失量', '≤', '200', '吨', null),
  X('框架·成本', C, ENVCOST, '项目实施对区域生态环境影响', '定性', '无明显负面影响', null, null),
  X('框架·成本', C, ENVCOST, '占用林地面积', '≤', '3.5', '公顷', null),
  X('框架·成本', C, ECOST, '项目总投资', '≥', '850', '万元', DIR),
  X('框架·成本', C, ECOST, '项目总投资', '≤', '850', null, UM),
  X('框架·成本', C, ECOST, '成本节约率', '≤', '5', '%', DIR),
  X('框架·成本', C, ECOST, '单位成本降低率', '≤', '3', '%', DIR),
  X('框架·成本', C, ECOST, '项目成本超支率', '≥', '5', '%', DIR),
  X('框架·成本', C, ECOST, '成本节约率', '≥', '5', '万元', UVN),
  X('框架·成本', C, ECOST, '吨水处理成本', '≤', '1.2', '%', UVN),
  X('框架·成本', C, ECOST, '项目总投资', '定性', '合理', null, QVQ),
  X('框架·成本', C, SCOST, '征地拆迁涉及户数', '≥', '12', '户', DIR),
  X('框架·成本', C, SCOST, '因施工引发群体性事件', '≥', '0', '起', IMP, [DIR]),
  X('框架·成本', C, ENVCOST, '占用林地面积', '≥', '3.5', '公顷', DIR),
  X('框架·成本', C, ENVCOST, '施工期水土流失量', '≤', '200', null, UM),
  X('框架·成本', B, ECOST, '项目总投资', '≤', '850', '万元', LEV, [LVN]),
  X('框架·成本', O, SCOST, '施工占道天数', '≤', '90', '天', LEV, [LVN]),
  X('框架·成本', C, ECON, '三年内带动村集体增收', '≥', '5', '万元', LEV, [LVN]),
  // 司法行政: 公证, 人民调解
  X('司法·公证', O, QTY, '公证业务办理量', '≥', '8000', '件', null),
  X('司法·公证', O, QUAL, '公证书质量检查合格率', '≥', '98', '%', null),
  X('司法·公证', O, QUAL, '公证书差错率', '≤', '0.5', '%', null),
  X('司法·公证', O, TIME, '公证事项办理时限', '≤', '15', '个工作日', null),
  X('司法·公证', O, QTY_V, '公证书质量检查合格率', '≥', '98', '%', LVN),
  X('司法·公证', O, QUAL, '公证书差错率', '≥', '0.5', '%', DIR),
  X('司法·公证', O, QTY, '公证业务办理量', '≥', '8000', null, UM),
  X('司法·调解', O, QTY, '人民调解员培训', '≥', '1200', '人次', null),
  X('司法·调解', O, QUAL, '人民调解成功率', '≥', '95', '%', null),
  X('司法·调解', B, SOC, '民转刑案件', '=', '0', '起', null),
  X('司法·调解', B, SOC, '未成年人法律援助案件办理数', '≥', '60', '件', null),
  X('司法·调解', B, SOC, '矛盾纠纷化解不到位引发的重复信访', '≤', '3', '件', null),
  X('司法·调解', O, QUAL, '人民调解成功率', '≤', '95', '%', DIR),
  X('司法·调解', B, SOC, '民转刑案件', '≥', '1', '起', DIR),
  X('司法·调解', B, SOC, '未成年人法律援助案件办理数', '≤', '60', '件', DIR),
  X('司法·调解', O, QUAL, '人民调解成功率', '≥', '9.5', '%', IMP),
  // 工会, 共青团
  X('群团·工会', O, QTY, '困难职工帮扶', '≥', '1200', '人次', null),
  X('群团·工会', O, QTY, '一线职工疗休养人数', '≥', '300', '人', null),
  X('群团·工会', O, OCOST, '送温暖慰问金发放标准', '≥', '500', '元/人', null),
  X('群团·工会', B, SOC, '困难职工家庭解困脱困率', '≥', '90', '%', null),
  X('群团·工会', S, SAT_V, '帮扶职工满意度', '≥', '95', '%', null),
  X('群团·工会', O, QTY, '一线职工疗休养人数', '≥', '300', '%', UVN),
  X('群团·工会', B, SOC, '困难职工家庭解困脱困率', '≤', '90', '%', DIR),
  X('群团·工会', S, SAT_V, '帮扶职工满意度', '≥', '80', '%', SATF),
  X('群团·共青团', O, QTY, '青少年心理健康服务覆盖学校', '≥', '40', '所', null),
  X('群团·共青团', O, QTY, '志愿服务时长', '≥', '2', '万小时', null),
  X('群团·共青团', B, SOC, '未成年人保护热线接通率', '≥', '95', '%', null),
  X('群团·共青团', S, SAT, '参与青少年满意度', '≥', '90', '%', null),
  X('群团·共青团', B, SOC, '未成年人保护热线接通率', '≤', '95', '%', DIR),
  X('群团·共青团', B, SOC_V, '参与青少年满意度', '≥', '90', '%', LVN),
  X('群团·共青团', S, SAT, '参与青少年满意度', '≥', '90', '分', SATF),
  // 应急广播
  X('广电·应急广播', O, QTY, '应急广播终端覆盖行政村', '≥', '286', '个', null),
  X('广电·应急广播', O, QUAL, '应急广播终端在线率', '≥', '95', '%', null),
  X('广电·应急广播', O, QUAL, '不低于95%的行政村应急广播正常播出', '定性', '达到', null, null),
  X('广电·应急广播', O, TIME, '预警信息播发时间', '≤', '10', '分钟', null),
  X('广电·应急广播', O, QUAL, '应急广播终端在线率', '≥', '9.5', '%', IMP),
  X('广电·应急广播', O, QTY, '应急广播终端覆盖行政村', '≥', '286', '%', UVN),
  X('广电·应急广播', O, TIME, '预警信息播发时间', '定性', '及时', null, QVQ),
  // 知识产权
  X('知识产权', O, QTY, '商标注册申请量', '≥', '500', '件', null),
  X('知识产权', B, ECON, '专利质押融资额', '≥', '2', '亿元', null),
  X('知识产权', O, QUAL, '知识产权侵权纠纷案件结案率', '≥', '90', '%', null),
  X('知识产权', B, ECON, '三年内专利转化实施率', '≥', '15', '%', null),
  X('知识产权', O, QTY, '商标注册申请量', '≥', '500', '%', UVN),
  X('知识产权', O, QUAL, '知识产权侵权纠纷案件结案率', '≤', '90', '%', DIR),
  X('知识产权', B, ECON, '专利质押融资额', '≥', '2', null, UM),
  // 药品监管
  X('药监', O, QTY, '药品抽检', '≥', '600', '批次', null),
  X('药监', O, QUAL, '药品抽检不合格率', '≤', '2', '%', null),
  X('药监', O, QUAL, '不合格药品召回率', '=', '100', '%', null),
  X('药监', O, QUAL, '不合格药品流入市场批次', '=', '0', '批次', null),
  X('药监', B, SOC, '三年内药品安全事件', '=', '0', '起', null),
  X('药监', O, QUAL, '药品抽检不合格率', '≥', '2', '%', DIR),
  X('药监', O, QUAL, '不合格药品召回率', '≤', '100', '%', DIR),
  X('药监', O, QUAL, '不合格药品流入市场批次', '≥', '0', '批次', IMP, [DIR]),
  X('药监', O, QUAL, '不合格药品召回率', '≥', '100', '%', IMP),
  // 未… / 不达标… names and lookalikes
  X('否定·环保', B, ECO, '未达标水体消除率', '≥', '90', '%', null),
  X('否定·环保', B, ECO, '不达标天数', '≤', '30', '天', null),
  X('否定·环保', O, QUAL, '不达标排放口', '=', '0', '个', null),
  X('否定·环保', O, QUAL, '未及时上报率', '≤', '2', '%', null),
  X('否定·环保', O, QUAL, '未按期完工项目', '=', '0', '个', null),
  X('否定·环保', O, QUAL, '质量不合格管材', '=', '0', '批次', null),
  X('否定·环保', B, ECO, '未达标水体消除率', '≤', '90', '%', DIR),
  X('否定·环保', B, ECO, '不达标天数', '≥', '30', '天', DIR),
  X('否定·环保', O, QUAL, '未及时上报率', '≥', '98', '%', DIR),
  X('否定·环保', O, QUAL, '未按期完工项目', '≥', '2', '个', DIR),
  X('否定·环保', O, QUAL, '质量不合格管材', '≥', '2', '批次', DIR),
  X('否定·环保', O, QUAL, '不达标排放口', '≥', '0', '个', IMP, [DIR]),
  // comparator in the name; time frames in 效益 names
  X('名含比较', B, SOC, '群众满意度不低于90%', '定性', '达到', null, null),
  X('名含比较', S, SAT, '满意度不低于85%', '定性', '达到', null, SATF),
  X('名含比较', B, SOC, '噪声投诉控制在50件以内', '定性', '是', null, null),
  X('名含比较', B, SOC, '噪声投诉件数', '≤', '50', '件', null),
  X('名含比较', B, SOC, '噪声投诉件数', '≥', '50', '件', DIR),
  X('名含比较', O, QUAL, '验收合格率达到100%', '定性', '是', null, null),
  X('名含比较', O, QUAL, '控制在预算以内的子项目比例', '≥', '95', '%', null),
  X('名含比较', O, QUAL, '控制在预算以内的子项目比例', '≥', '195', '%', IMP),
  X('时限效益', B, SOC, '到2026年受益人口', '≥', '3.2', '万人', null),
  X('时限效益', B, ECON, '三年内村集体经济年收入10万元以上的村占比', '≥', '60', '%', null),
  X('时限效益', B, SUST, '项目建成后5年内设施正常运行率', '≥', '95', '%', null),
  X('时限效益', B, SOC, '三年内带动就业人数', '≥', '150', '人', null),
  X('时限效益', B, SOC, '三年内带动就业人数', '≥', '150', '%', UVN),
  X('时限效益', B, SOC, '到2026年受益人口', '≤', '3.2', '万人', DIR),
  X('时限效益', B, SUST, '项目建成后5年内设施正常运行率', '≤', '95', '%', DIR),
  X('时限效益', B, ECON, '三年内带动农户增收', '定性', '明显', null, null), // after measuring: set 14 reads 户均增收 明显增加 under 效益 as fine
  X('时限效益', B, SOC_V, '到2026年农村供水保障水平', '定性', '显著提升', null, null),
  X('时限效益', B, SOC_V, '到2026年农村自来水普及率', '≥', '92', '%', null),
  X('时限效益', B, SOC_V, '到2026年农村自来水普及率', '≥', '9.2', '%', IMP),
  X('时限效益', S, SAT_V, '受益群众满意度', '≥', '95', '%', null),
  X('时限效益', S, SAT_V, '受益群众满意度', '≤', '95', '%', DIR),
  // more fine rows a careless rule could flag
  X('公用·供热', O, QUAL, '不间断供热运行时长', '≥', '150', '天', null),
  X('公用·供热', O, OCOST, '单位面积供热补贴标准', '≥', '3', '元/平方米', null),
  X('公用·排水', O, QUAL, '污水处理厂运行负荷率', '≥', '75', '%', null),
  X('公用·垃圾', O, QUAL, '垃圾清运车辆密闭化率', '=', '100', '%', null),
  X('公用·垃圾', O, QTY, '生活垃圾焚烧处理能力', '≥', '1500', '吨/日', null),
  X('公用·燃气', O, TIME, '燃气泄漏报警响应时间', '≤', '15', '分钟', null),
  X('林草·造林', O, QUAL, '造林地块上图入库率', '=', '100', '%', null),
  X('林草·草原湿地', O, QTY, '湿地保护小区', '≥', '6', '处', null),
  X('自然资源·土地', B, ECON, '新增耕地质量等别提升', '≥', '1', '等', null),
  X('司法·调解', O, QTY, '村（社区）人民调解委员会规范化建设', '≥', '85', '个', null),
  X('药监', O, TIME, '不合格药品核查处置时限', '≤', '20', '个工作日', null),
  X('框架·成本', C, ECOST, '每场活动组织成本', '≤', '2.5', '万元/场', null),
];
