import { B, C, CLIENT, DIR, DUTY, ECON, ECO, ECOST, IMP, LEV, LVN, NN, O, QTY, QUAL, QVQ, S, SAT, SATF, SOC, SOCIAL, SUST, SUSTAIN, TIME, UVN, X, type RowCase } from './case-types';

const MGMT = '管理效率';

/**
 * Held-out set 46 (session 19), written before reading the review code and measured as written. It aims at direction,
 * unit_vs_name, level_vs_name, levels, implausible_target and qualitative_vs_quantitative: names that say "fewer is better"
 * (投诉量, 返工率, 平均办理时长/通关时长, 库存积压, 超标天数, 拒访率, 故障率, 中断率) beside names that want more, units that
 * disagree with the name (率 in 个/件/天, 人次/户次/站次 in %, 面积/长度/货运量 in 元, money per 亩 or per head in %), 一级/二级
 * swapped, missing or misspelt, and targets spelt ≤上年, 较上年减少10%, 控制在5%以内, 0事故, 100%（应检尽检）, in programme
 * wordings no earlier set used (grep of every held-out-*.ts and review-audit-cases-b*.test.ts): 无障碍设施改造, 林长制巡林,
 * 惠民殡葬, 口岸查验通关, 知识产权质押与纠纷调处, 劳动力调查, 残疾人辅具适配与儿童康复, 供销农资保供, 住房租赁监管, 既有住宅
 * 电梯加装, 高标准农田管护, 河道保洁与巡河, 流动科技馆, 渔港与伏季休渔 (HELD_OUT_46), and departments 口岸办, 河长办,
 * 知识产权局 (HELD_OUT_46_DEPT). More than half fine.
 *
 * Readings chosen before measuring (earlier sets' readings followed where they speak):
 * - direction: a floor on a bad thing (投诉量, 返工率, 故障率, 拒访率, 差错率, 中断率, 空置率, 积压量, 超标天数, 违法占用面积,
 *   损毁处数, 违规出海渔船, 事故死亡人数, 结转结余率) or on a duration that should be short (平均办理时长, 通关时长, 等待时长,
 *   平均工期, 修复时长, 发放时限, 处理周期); a ceiling on a good thing (查处率, 合格率, 覆盖率, 完好率, 通行率, 执行率, 满意度:
 *   satisfaction accepted beside); 较上年增加 on a bad thing in words. 较上年减少10% and 控制在5%以内 on a bad thing are fine.
 * - unit_vs_name: a rate in a count, time or money unit; a count (…人数, …户次, …站次, …笔数, …批次, …次数, …数量) in %; a
 *   duration in %; an area, a length or a freight volume in money; money in a count; money per 亩 or per head in %.
 * - level_vs_name: a satisfaction outside 满意度; a quality rate (合格率, 完好率) or a timeliness rate (及时率) under 数量.
 * - levels: 一级 and 二级 swapped (数量指标 › 产出指标), a 二级 missing, a 二级 under the wrong 一级 (时效 under 效益, 经济效益
 *   under 产出, 数量 under 成本, 可持续影响 under 满意度), a department 二级 under the wrong 一级; a homophone or variant-character
 *   slip in a level name that leaves it recognisable (产岀指标, 质量指示) is read as the level meant, levels accepted beside.
 * - implausible_target: ≥100% on a share (means =100%), a share above 100%, ≥0, a positive share set implausibly low (≥9%,
 *   ≥8%), an output under 数量 at =0; fine: 0事故, =0 on a bad thing, =100%（应检尽检）, a low share that is low by nature
 *   (公民具备科学素质的比例 ≥15%).
 * - qualitative_vs_quantitative: 定性 with a number; a unit column 定性 beside a sign; a vague value (按时完成, 及时处理, 尽早完成,
 *   高效便捷, 全覆盖 on a count) under 数量/质量/时效; a date, a period or a deadline after an event under 时效, a standard under
 *   履职效能, and a direction in words on a qualitative 效益 name are fine.
 * - not_numeric (a few rows): a sign before a reference with no number (≤上年).
 *
 * First measurement, as written and before reading or changing any review code (a tsx run of the harness's rowCodes on this
 * set alone): 259 project rows and 31 department rows (290; 160 labelled fine, 55.2%):
 *   direction                    tp 38 fp 0 fn 1  precision 100.0%  recall  97.4%
 *   implausible_target           tp 21 fp 0 fn 0  precision 100.0%  recall 100.0%
 *   level_vs_name                tp 8  fp 1 fn 0  precision  88.9%  recall 100.0%
 *   levels                       tp 10 fp 0 fn 0  precision 100.0%  recall 100.0%
 *   not_numeric                  tp 1  fp 0 fn 0  precision 100.0%  recall 100.0%
 *   qualitative_vs_quantitative  tp 11 fp 0 fn 0  precision 100.0%  recall 100.0%
 *   satisfaction                 tp 3  fp 0 fn 0  precision 100.0%  recall 100.0%
 *   unit_vs_name                 tp 34 fp 0 fn 3  precision 100.0%  recall  91.9%
 * (Missed: direction on a ceiling on 公共场所无障碍通行率; unit_vs_name on 口岸年进出境货运量 and 渔港年卸港量 in 万元 and on
 * 流动科技馆巡展站次 in %. The two homophone or variant-character level slips, 质量指示 and 产岀指标, raise levels, which the
 * labels accept beside.)
 * Label re-read after measuring, where it contradicted an earlier set's recorded reading (marked below): a row that is no
 * satisfaction filed under the 满意度 一级 (知识产权执法检查 under 满意度/履职效能) is also a name misfiled, level_vs_name accepted
 * beside levels (set 19's convention, as set 20's 政府采购执行率 under 满意度/管理效率).
 * Fixed by general cause (review-audit-cases-b46.test.ts; name-word-classes.ts, name-measures.ts, measure-unit.ts): a share of
 * places or traffic that gets through (通行率) is access, good when high; stops, sorties, ships and trips counted each time
 * (站次, 架次, 艘次, 车次, 航次, 台次, 件次 …) are counts as 场次 and 人次 are; goods moved or landed (货运量, 货物/集装箱吞吐量,
 * 卸港量, 装卸量) are weighed or counted in containers, never money, people, an area or a span of time.
 * No genuine limit found. After the fixes: every code 100% precision and recall on the set; every earlier set stays at 0 false
 * alarms. The set was easy for the checks as they stand: most of its wordings fall in word classes earlier sets built.
 */
export const HELD_OUT_46: RowCase[] = [
  // 无障碍设施改造
  X('无障碍设施改造', O, QTY, '无障碍坡道改造处数', '≥', '180', '处', null),
  X('无障碍设施改造', O, QTY, '改造无障碍坡道数量', '≥', '95', '%', UVN),
  X('无障碍设施改造', O, QTY, '盲道修复长度', '≥', '12', '公里', null),
  X('无障碍设施改造', O, QTY, '盲道修复长度', '≥', '12', '万元', UVN),
  X('无障碍设施改造', O, QUAL, '无障碍设施验收合格率', '=', '100', '%', null),
  X('无障碍设施改造', O, QUAL, '无障碍设施验收合格率', '≥', '100', '%', IMP),
  X('无障碍设施改造', O, QUAL, '无障碍设施验收合格率', '≥', '98', '处', UVN),
  X('无障碍设施改造', O, QTY, '无障碍设施验收合格率', '≥', '98', '%', LVN),
  X('无障碍设施改造', '产出指标', '质量指示', '无障碍卫生间改造验收合格率', '=', '100', '%', null, [LEV]),
  X('无障碍设施改造', O, TIME, '坡道改造完工时间', '定性', '2024年10月底前', null, null),
  X('无障碍设施改造', O, TIME, '坡道改造完工', '定性', '尽早完成', null, QVQ),
  X('无障碍设施改造', B, SOC, '残疾人出行障碍投诉量', '≤', '20', '件', null),
  X('无障碍设施改造', B, SOC, '残疾人出行障碍投诉量', '≥', '20', '件', DIR),
  X('无障碍设施改造', B, SOC, '公共场所无障碍通行率', '≥', '90', '%', null),
  X('无障碍设施改造', B, SOC, '公共场所无障碍通行率', '≤', '90', '%', DIR),
  X('无障碍设施改造', S, SAT, '残疾人出行满意度', '≥', '92', '%', null),
  X('无障碍设施改造', B, SOC, '残疾人出行满意度', '≥', '92', '%', LVN),
  X('无障碍设施改造', C, ECOST, '每处坡道改造成本', '≤', '0.8', '万元/处', null),
  // 林长制巡林
  X('林长制巡林', O, QTY, '林长巡林次数', '≥', '4800', '次', null),
  X('林长制巡林', O, QTY, '林长巡林次数', '≥', '95', '%', UVN),
  X('林长制巡林', O, QTY, '林长巡林次数', '定性', '4800次', null, QVQ),
  X('林长制巡林', O, QTY, '护林网格划定', '≥', '320', '个', null),
  X('林长制巡林', QTY, O, '护林网格划定', '≥', '320', '个', LEV),
  X('林长制巡林', O, QUAL, '林长巡林问题整改率', '≥', '95', '%', null),
  X('林长制巡林', O, QUAL, '林长巡林问题整改率', '≥', '95', '次', UVN),
  X('林长制巡林', O, QUAL, '林地违法案件查处率', '≥', '90', '%', null),
  X('林长制巡林', O, QUAL, '林地违法案件查处率', '≤', '90', '%', DIR),
  X('林长制巡林', O, QUAL, '林地违法占用面积', '≤', '50', '亩', null),
  X('林长制巡林', O, QUAL, '林地违法占用面积', '≥', '50', '亩', DIR),
  X('林长制巡林', O, QUAL, '林地违法占用面积', '≤', '50', '元', UVN),
  X('林长制巡林', O, TIME, '林长制年度考核完成时间', '定性', '2024年12月底前', null, null),
  X('林长制巡林', B, '生态效益', '林长责任区森林覆盖率', '≥', '62.5', '%', null),
  X('林长制巡林', B, ECO, '林长责任区森林覆盖率', '≥', '162', '%', IMP),
  X('林长制巡林', B, ECO, '活立木蓄积量', '≥', '1250', '万立方米', null),
  X('林长制巡林', B, SUST, '林长责任体系', '定性', '持续健全', null, null),
  X('林长制巡林', S, SAT, '林长制责任区群众满意度', '≥', '90', '%', null),
  X('林长制巡林', S, SAT, '林长制责任区群众满意度', '定性', '满意', null, null),
  X('林长制巡林', C, ECOST, '护林网格员补助标准', '=', '1000', '元/人·月', null),
  // 惠民殡葬
  X('惠民殡葬', O, QTY, '减免基本殡葬服务费用人数', '≥', '1200', '人', null),
  X('惠民殡葬', O, QTY, '减免基本殡葬服务费用人数', '≥', '100', '%', UVN),
  X('惠民殡葬', O, ECON, '减免基本殡葬服务费用人数', '≥', '1200', '人', LEV),
  X('惠民殡葬', O, QTY, '树葬海葬花坛葬奖补', '≥', '260', '例', null),
  X('惠民殡葬', O, QUAL, '辖区遗体火化率', '=', '100', '%', null),
  X('惠民殡葬', O, QUAL, '辖区遗体火化率', '≥', '100', '%', IMP),
  X('惠民殡葬', O, QUAL, '辖区遗体火化率', '≥', '98', '具', UVN),
  X('惠民殡葬', O, QUAL, '殡仪服务违规收费投诉量', '≤', '5', '件', null),
  X('惠民殡葬', O, QUAL, '殡仪服务违规收费投诉量', '≥', '5', '件', DIR),
  X('惠民殡葬', O, QUAL, '殡仪服务违规收费投诉量', null, '≤上年', '件', NN),
  X('惠民殡葬', O, TIME, '惠民殡葬补贴发放时限', null, '≤15个工作日', null, null),
  X('惠民殡葬', O, TIME, '惠民殡葬补贴发放时限', '≥', '15', '个工作日', DIR),
  X('惠民殡葬', O, TIME, '惠民殡葬补贴发放及时率', '≥', '95', '%', null),
  X('惠民殡葬', O, QTY, '惠民殡葬补贴发放及时率', '≥', '95', '%', LVN),
  X('惠民殡葬', B, SOC, '群众丧葬负担', '定性', '明显减轻', null, null),
  X('惠民殡葬', B, SOC, '生态安葬占年度安葬总数比例', '≥', '35', '%', null),
  X('惠民殡葬', B, SOC, '生态安葬占年度安葬总数比例', '≥', '135', '%', IMP),
  X('惠民殡葬', S, SAT, '丧属满意度', '≥', '95', '%', null),
  X('惠民殡葬', S, SAT, '丧属满意度', '≤', '95', '%', DIR, [SATF]),
  X('惠民殡葬', C, ECOST, '骨灰堂建设单位造价', '≤', '2800', '元/平方米', null),
  // 口岸查验通关
  X('口岸查验通关', O, QTY, '口岸查验设备购置', '≥', '6', '台', null),
  X('口岸查验通关', O, QTY, '进出口货物查验批次', '≥', '3500', '批次', null),
  X('口岸查验通关', O, QTY, '进出口货物查验批次', '≥', '35', '%', UVN),
  X('口岸查验通关', O, '', '进出口货物查验批次', '≥', '3500', '批次', LEV),
  X('口岸查验通关', O, QUAL, '查验设备完好率', '≥', '98', '%', null),
  X('口岸查验通关', O, QUAL, '查验设备完好率', '≥', '9', '%', IMP),
  X('口岸查验通关', O, QTY, '查验设备完好率', '≥', '98', '%', LVN),
  X('口岸查验通关', '产出', '时效', '进口货物平均通关时长', '≤', '30', '小时', null),
  X('口岸查验通关', O, TIME, '进口货物平均通关时长', '≥', '30', '小时', DIR),
  X('口岸查验通关', O, TIME, '进口货物平均通关时长', '≤', '30', '%', UVN),
  X('口岸查验通关', O, TIME, '出口货物通关', '定性', '高效便捷', null, QVQ),
  X('口岸查验通关', B, ECON, '口岸年进出境货运量', '≥', '120', '万吨', null),
  X('口岸查验通关', B, ECON, '口岸年进出境货运量', '≥', '120', '万元', UVN),
  X('口岸查验通关', B, SOC, '通关企业投诉量', null, '较上年减少10%', null, null),
  X('口岸查验通关', B, SOC, '通关企业投诉量', null, '较上年增加10%', null, DIR),
  X('口岸查验通关', B, ECON, '口岸滞港货物积压量', '≤', '200', '标箱', null),
  X('口岸查验通关', B, ECON, '口岸滞港货物积压量', '≥', '200', '标箱', DIR),
  X('口岸查验通关', S, SAT, '通关企业满意度', '≥', '90', '%', null),
  X('口岸查验通关', C, ECOST, '单证审核外包服务费', '≤', '45', '万元', null),
  // 知识产权质押与纠纷调处
  X('知识产权质押与纠纷调处', O, QTY, '知识产权质押融资登记', '≥', '85', '笔', null),
  X('知识产权质押与纠纷调处', O, QTY, '知识产权质押融资登记笔数', '≥', '85', '%', UVN),
  X('知识产权质押与纠纷调处', O, QTY, '知识产权侵权纠纷调处件数', '≥', '150', '件', null),
  X('知识产权质押与纠纷调处', O, QUAL, '侵权纠纷调解成功率', '≥', '70', '%', null),
  X('知识产权质押与纠纷调处', O, QUAL, '侵权纠纷调解成功率', '≥', '170', '%', IMP),
  X('知识产权质押与纠纷调处', O, QUAL, '侵权纠纷调解成功率', '≤', '70', '%', DIR),
  X('知识产权质押与纠纷调处', O, QUAL, '商标侵权案件结案率', '=', '100', '%', null),
  X('知识产权质押与纠纷调处', O, TIME, '专利侵权纠纷行政裁决平均办理时长', '≤', '90', '天', null),
  X('知识产权质押与纠纷调处', O, TIME, '专利侵权纠纷行政裁决平均办理时长', '≥', '90', '天', DIR),
  X('知识产权质押与纠纷调处', O, TIME, '专利侵权纠纷行政裁决平均办理时长', '≤', '90', '%', UVN),
  X('知识产权质押与纠纷调处', O, TIME, '侵权投诉处理', '定性', '及时处理', null, QVQ),
  X('知识产权质押与纠纷调处', B, ECON, '知识产权质押融资金额', '≥', '8', '亿元', null),
  X('知识产权质押与纠纷调处', B, ECON, '知识产权质押融资金额', '≥', '8', '件', UVN),
  X('知识产权质押与纠纷调处', B, SOC, '企业知识产权保护意识', '定性', '明显增强', null, null),
  X('知识产权质押与纠纷调处', S, SAT, '权利人满意度', '≥', '90', '%', null),
  X('知识产权质押与纠纷调处', S, SAT, '权利人满意度', '≥', '90', '人次', SATF, [UVN]),
  // 劳动力调查
  X('劳动力调查', O, QTY, '劳动力调查入户访问', '≥', '9600', '户次', null),
  X('劳动力调查', O, QTY, '劳动力调查入户访问户次', '≥', '96', '%', UVN),
  X('劳动力调查', O, QUAL, '调查数据差错率', '≤', '0.5', '%', null),
  X('劳动力调查', O, QUAL, '调查数据差错率', '≥', '0.5', '%', DIR),
  X('劳动力调查', O, QUAL, '调查问卷有效率', '≥', '98', '%', null),
  X('劳动力调查', O, QUAL, '调查问卷有效率', '≥', '8', '%', IMP),
  X('劳动力调查', O, QUAL, '调查问卷返工率', '≤', '3', '%', null),
  X('劳动力调查', O, QUAL, '调查问卷返工率', '≥', '3', '%', DIR),
  X('劳动力调查', O, QUAL, '调查问卷返工率', '≤', '3', '份', UVN),
  X('劳动力调查', O, QUAL, '调查问卷返工率', null, '控制在5%以内', null, null),
  X('劳动力调查', O, TIME, '月度数据上报及时率', '=', '100', '%', null),
  X('劳动力调查', O, TIME, '月度数据上报及时率', '≥', '100', '%', IMP),
  X('劳动力调查', O, TIME, '月度调查数据上报', '定性', '每月5日前', null, null),
  X('劳动力调查', O, QTY, '调查员业务培训', '≥', '240', '人次', null),
  X('劳动力调查', O, QTY, '调查员业务培训覆盖率', '≥', '100', '%', IMP),
  X('劳动力调查', B, SOC, '调查数据对就业决策的支撑作用', '定性', '有效发挥', null, null),
  X('劳动力调查', C, ECOST, '每户次入户访问劳务费', '≤', '60', '元/户次', null),
  X('劳动力调查', S, SAT, '调查户配合满意度', '≥', '88', '%', SATF),
  X('劳动力调查', O, QUAL, '劳动力调查拒访率', '≤', '5', '%', null),
  X('劳动力调查', O, QUAL, '劳动力调查拒访率', '≥', '5', '%', DIR),
  // 残疾人辅具适配与儿童康复
  X('残疾人辅具适配', O, QTY, '残疾人辅助器具适配人数', '≥', '850', '人', null),
  X('残疾人辅具适配', O, QTY, '残疾人辅助器具适配人数', '≥', '85', '%', UVN),
  X('残疾人辅具适配', O, QTY, '残疾人辅助器具适配人数', '=', '0', '人', IMP),
  X('残疾人辅具适配', O, QTY, '残疾儿童康复训练', '≥', '320', '人', null),
  X('残疾人辅具适配', C, QTY, '残疾儿童康复训练', '≥', '320', '人', LEV),
  X('残疾人辅具适配', O, QTY, '残疾儿童康复训练救助覆盖率', '≥', '95', '%', null),
  X('残疾人辅具适配', O, QUAL, '辅具适配回访合格率', '≥', '95', '%', null),
  X('残疾人辅具适配', O, QUAL, '辅具适配回访合格率', '≥', '95', '人', UVN),
  X('残疾人辅具适配', O, QUAL, '儿童康复训练中断率', '≤', '5', '%', null),
  X('残疾人辅具适配', O, QUAL, '儿童康复训练中断率', '≥', '5', '%', DIR),
  X('残疾人辅具适配', O, TIME, '辅具适配平均等待时长', '≤', '20', '天', null),
  X('残疾人辅具适配', O, TIME, '辅具适配平均等待时长', '≥', '20', '天', DIR),
  X('残疾人辅具适配', O, TIME, '辅具适配服务', '定性', '按时完成', null, QVQ),
  X('残疾人辅具适配', B, SOC, '有康复需求的持证残疾人服务覆盖率', '≥', '85', '%', null),
  X('残疾人辅具适配', B, SOC, '有康复需求的持证残疾人服务覆盖率', '≤', '85', '%', DIR),
  X('残疾人辅具适配', B, SOC, '儿童康复训练有效率', '≥', '80', '%', null),
  X('残疾人辅具适配', B, SOC, '儿童康复训练有效率', '≥', '8', '%', IMP),
  X('残疾人辅具适配', S, SAT, '适配对象及监护人满意度', '≥', '90', '%', null),
  // 供销农资保供
  X('供销农资保供', O, QTY, '农资连锁配送网点', '≥', '45', '个', null),
  X('供销农资保供', O, QTY, '农资连锁配送网点数量', '≥', '45', '%', UVN),
  X('供销农资保供', QTY, O, '农资连锁配送网点', '≥', '45', '个', LEV),
  X('供销农资保供', O, QTY, '化肥淡季储备', '≥', '3', '万吨', null),
  X('供销农资保供', O, QUAL, '储备化肥质量抽检合格率', '≥', '98', '%', null),
  X('供销农资保供', O, QUAL, '储备化肥质量抽检合格率', '≤', '98', '%', DIR),
  X('供销农资保供', O, QUAL, '储备化肥质量抽检合格率', null, '100%（应检尽检）', null, null),
  X('供销农资保供', O, QUAL, '储备农资库存积压量', '≤', '500', '吨', null),
  X('供销农资保供', O, QUAL, '储备农资库存积压量', '≥', '500', '吨', DIR),
  X('供销农资保供', O, QUAL, '农资商品假冒伪劣投诉量', '≤', '3', '件', null),
  X('供销农资保供', O, QUAL, '农资商品假冒伪劣投诉量', '≥', '3', '件', DIR),
  X('供销农资保供', O, TIME, '春耕农资到位时间', '定性', '2024年3月上旬前', null, null),
  X('供销农资保供', O, TIME, '春耕农资到位', '定性', '按时到位', null, QVQ),
  X('供销农资保供', B, ECON, '供销系统农资销售额', '≥', '2.6', '亿元', null),
  X('供销农资保供', B, ECON, '供销系统农资销售额', '≥', '26', '%', UVN),
  X('供销农资保供', B, ECON, '带动社员户均增收', '≥', '800', '元/户', null),
  X('供销农资保供', B, SOC, '春耕期间农资价格', '定性', '保持基本稳定', null, null),
  X('供销农资保供', S, SAT, '购肥农户满意度', '≥', '90', '%', null),
  X('供销农资保供', C, ECOST, '化肥淡储贴息标准', '≤', '120', '元/吨', null),
  // 住房租赁监管
  X('住房租赁监管', O, QTY, '住房租赁合同网签备案', '≥', '12000', '件', null),
  X('住房租赁监管', O, QTY, '纳入监管平台租赁住房套数', '≥', '68', '%', UVN),
  X('住房租赁监管', O, QUAL, '住房租赁合同网签备案率', '≥', '80', '%', null),
  X('住房租赁监管', O, QUAL, '住房租赁合同网签备案率', '≥', '180', '%', IMP),
  X('住房租赁监管', O, QUAL, '住房租赁纠纷投诉量', '≤', '150', '件', null),
  X('住房租赁监管', O, QUAL, '住房租赁纠纷投诉量', '≥', '150', '件', DIR),
  X('住房租赁监管', O, QUAL, '住房租赁纠纷投诉办结率', '≥', '95', '%', null),
  X('住房租赁监管', O, QUAL, '住房租赁纠纷投诉办结率', '≥', '95', '件', UVN),
  X('住房租赁监管', O, QUAL, '租赁企业资金监管账户开设率', '=', '100', '%', null),
  X('住房租赁监管', O, TIME, '住房租赁投诉平均办理时长', '≤', '7', '天', null),
  X('住房租赁监管', O, TIME, '住房租赁投诉平均办理时长', '≥', '7', '天', DIR),
  X('住房租赁监管', B, SOC, '新市民租房负担', '定性', '有所减轻', null, null),
  X('住房租赁监管', SOC, B, '新市民租房负担', '定性', '有所减轻', null, LEV),
  X('住房租赁监管', B, ECON, '租赁住房空置率', '≤', '8', '%', null),
  X('住房租赁监管', B, ECON, '租赁住房空置率', '≥', '8', '%', DIR),
  X('住房租赁监管', S, SAT, '租赁住房承租人满意度', '≥', '90', '%', null),
  X('住房租赁监管', S, SAT, '租赁住房承租人满意度', '定性', '较高', null, null),
  X('住房租赁监管', C, ECOST, '租赁补贴人均标准', '=', '600', '元/人·月', null),
  X('住房租赁监管', C, ECOST, '租赁补贴人均标准', '=', '600', '%', UVN),
  // 既有住宅电梯加装
  X('既有住宅电梯加装', O, QTY, '既有住宅电梯加装', '≥', '60', '部', null),
  X('既有住宅电梯加装', O, QTY, '加装电梯数量', '≥', '60', '万元', UVN),
  X('既有住宅电梯加装', O, QTY, '既有住宅电梯加装', '定性', '全覆盖', null, QVQ),
  X('既有住宅电梯加装', O, QUAL, '加装电梯验收一次合格率', '≥', '95', '%', null),
  X('既有住宅电梯加装', O, QUAL, '加装电梯验收一次合格率', '≥', '95', '部', UVN),
  X('既有住宅电梯加装', O, QUAL, '电梯加装工程返工率', '≤', '2', '%', null),
  X('既有住宅电梯加装', O, QUAL, '电梯加装工程返工率', '≥', '2', '%', DIR),
  X('既有住宅电梯加装', O, QUAL, '加装电梯运行故障率', '≤', '1', '%', null),
  X('既有住宅电梯加装', O, QUAL, '加装电梯运行故障率', '≥', '1', '%', DIR),
  X('既有住宅电梯加装', O, TIME, '单部电梯加装平均工期', '≤', '90', '天', null),
  X('既有住宅电梯加装', O, TIME, '单部电梯加装平均工期', '≥', '90', '天', DIR),
  X('既有住宅电梯加装', O, TIME, '加装电梯联合审批', '定性', '按时完成', null, QVQ),
  X('既有住宅电梯加装', B, SOC, '老年居民上下楼便利度', '定性', '明显提升', null, null),
  X('既有住宅电梯加装', B, SOC, '加装电梯惠及住户', '≥', '1200', '户', null),
  X('既有住宅电梯加装', B, SUST, '加装电梯维保责任落实率', '=', '100', '%', null),
  X('既有住宅电梯加装', S, SAT, '加装电梯住户满意度', '≥', '90', '%', null),
  X('既有住宅电梯加装', O, QUAL, '加装电梯住户满意度', '≥', '90', '%', LVN),
  X('既有住宅电梯加装', C, ECOST, '单部电梯加装财政补助', '≤', '20', '万元/部', null),
  X('既有住宅电梯加装', O, QUAL, '电梯加装施工安全', '定性', '0事故', null, null),
  // 高标准农田管护
  X('高标准农田管护', O, QTY, '已建高标准农田管护面积', '≥', '12', '万亩', null),
  X('高标准农田管护', O, QTY, '已建高标准农田管护面积', '≥', '12', '万元', UVN),
  X('高标准农田管护', O, QTY, '田间灌排沟渠清淤', '≥', '85', '公里', null),
  X('高标准农田管护', O, QUAL, '农田基础设施完好率', '≥', '90', '%', null),
  X('高标准农田管护', O, QUAL, '农田基础设施完好率', '≤', '90', '%', DIR),
  X('高标准农田管护', O, QTY, '农田基础设施完好率', '≥', '90', '%', LVN),
  X('高标准农田管护', O, QUAL, '管护设施损毁修复率', '≥', '95', '%', null),
  X('高标准农田管护', O, QUAL, '灌排设施损毁处数', '≤', '30', '处', null),
  X('高标准农田管护', O, QUAL, '灌排设施损毁处数', '≥', '30', '处', DIR),
  X('高标准农田管护', O, TIME, '损毁设施修复', '定性', '发现后30日内', null, null),
  X('高标准农田管护', O, TIME, '管护资金拨付', '定性', '及时拨付', null, QVQ),
  X('高标准农田管护', B, ECON, '亩均粮食产能提升', '≥', '50', '公斤', null),
  X('高标准农田管护', B, ECON, '亩均管护资金', '≥', '50', '%', UVN),
  X('高标准农田管护', B, SUST, '农田设施正常运行年限', '≥', '15', '年', null),
  X('高标准农田管护', S, SAT, '管护区农户满意度', '≥', '90', '%', null),
  X('高标准农田管护', S, SUST, '管护区农户满意度', '≥', '90', '%', LEV, [LVN]),
  X('高标准农田管护', C, ECOST, '亩均管护成本', '≤', '40', '元/亩', null),
  // 河道保洁与巡河
  X('河道保洁与巡河', O, QTY, '河道日常保洁长度', '≥', '260', '公里', null),
  X('河道保洁与巡河', O, QTY, '各级河长巡河', '≥', '1.2', '万人次', null),
  X('河道保洁与巡河', O, QTY, '各级河长巡河次数', '≥', '98', '%', UVN),
  X('河道保洁与巡河', O, TIME, '河面漂浮物打捞及时率', '≥', '95', '%', null),
  X('河道保洁与巡河', B, TIME, '河面漂浮物打捞及时率', '≥', '95', '%', LEV),
  X('河道保洁与巡河', O, QUAL, '入河排污口整治率', '≥', '90', '%', null),
  X('河道保洁与巡河', O, QUAL, '入河排污口整治率', '≥', '9', '%', IMP),
  X('河道保洁与巡河', O, QUAL, '河湖“四乱”问题清理整治率', '=', '100', '%', null),
  X('河道保洁与巡河', B, ECO, '河湖水质超标天数', '≤', '10', '天', null),
  X('河道保洁与巡河', B, ECO, '河湖水质超标天数', '≥', '10', '天', DIR),
  X('河道保洁与巡河', B, ECO, '河湖水质超标天数', '≤', '10', '%', UVN),
  X('河道保洁与巡河', B, ECO, '水功能区水质达标率', '≥', '85', '%', null),
  X('河道保洁与巡河', B, ECO, '水功能区水质达标率', '≥', '850', '%', IMP),
  X('河道保洁与巡河', B, ECO, '入河生活垃圾量', null, '较上年减少10%', null, null),
  X('河道保洁与巡河', B, SOC, '涉河违法行为投诉量', null, '较上年减少10%', null, null),
  X('河道保洁与巡河', S, SAT, '沿河居民满意度', '≥', '90', '%', null),
  X('河道保洁与巡河', S, SAT, '沿河居民满意度', '≤', '90', '%', DIR, [SATF]),
  X('河道保洁与巡河', C, ECOST, '河道保洁单价', '≤', '1.5', '万元/公里·年', null),
  // 流动科技馆
  X('流动科技馆', O, QTY, '流动科技馆巡展', '≥', '12', '站', null),
  X('流动科技馆', O, QTY, '流动科技馆巡展站次', '≥', '12', '%', UVN),
  X('流动科技馆', O, QTY, '流动科技馆巡展站次', '≥', '0', '站次', IMP),
  X('流动科技馆', O, QTY, '科普大篷车进校园', '≥', '60', '场次', null),
  X('流动科技馆', O, QTY, '科技馆接待观众人次', '≥', '30', '万人次', null),
  X('流动科技馆', O, QTY, '科技馆接待观众人次', '≥', '30', '%', UVN),
  X('流动科技馆', O, QUAL, '巡展展品完好率', '≥', '95', '%', null),
  X('流动科技馆', O, QUAL, '巡展展品完好率', '≥', '95', '件', UVN),
  X('流动科技馆', O, QUAL, '巡展展品完好率', '≥', '100', '%', IMP),
  X('流动科技馆', O, QUAL, '巡展展品故障率', '≤', '3', '%', null),
  X('流动科技馆', O, QUAL, '巡展展品故障率', '≥', '3', '%', DIR),
  X('流动科技馆', O, QUAL, '巡展展品完好率', '≥', '95', '定性', QVQ),
  X('流动科技馆', O, TIME, '展品故障平均修复时长', '≤', '48', '小时', null),
  X('流动科技馆', O, TIME, '展品故障平均修复时长', '≥', '48', '小时', DIR),
  X('流动科技馆', '效果指标', SOC, '巡展县区公民具备科学素质的比例', '≥', '15', '%', null),
  X('流动科技馆', B, SOC, '巡展县区公民具备科学素质的比例', '≥', '115', '%', IMP),
  X('流动科技馆', B, SOC, '青少年科学兴趣', '定性', '有效激发', null, null),
  X('流动科技馆', S, SAT, '科技馆参观者满意度', '≥', '90', '%', null),
  X('流动科技馆', S, SAT, '科技馆参观者满意度', '≥', '80', '%', SATF),
  // 渔港与伏季休渔
  X('渔港与伏季休渔', O, QTY, '渔港航道疏浚', '≥', '3.5', '万立方米', null),
  X('渔港与伏季休渔', O, QTY, '休渔期集中停泊渔船', '≥', '860', '艘', null),
  X('渔港与伏季休渔', O, QTY, '休渔期集中停泊渔船数', '≥', '86', '%', UVN),
  X('渔港与伏季休渔', O, QUAL, '渔船救生消防设备配备率', '=', '100', '%', null),
  X('渔港与伏季休渔', O, QUAL, '渔船救生消防设备配备率', '≥', '100', '%', IMP),
  X('渔港与伏季休渔', O, QUAL, '休渔期违规出海渔船', '=', '0', '艘', null),
  X('渔港与伏季休渔', O, QUAL, '休渔期违规出海渔船', '≥', '5', '艘', DIR),
  X('渔港与伏季休渔', '产岀指标', QUAL, '渔业安全生产', '定性', '0事故', null, null, [LEV]),
  X('渔港与伏季休渔', O, TIME, '伏季休渔执法', '定性', '5月1日至8月16日', null, null),
  X('渔港与伏季休渔', O, QTY, '伏季休渔执法检查', '定性', '全覆盖', null, QVQ),
  X('渔港与伏季休渔', B, ECON, '渔港年卸港量', '≥', '8', '万吨', null),
  X('渔港与伏季休渔', B, ECON, '渔港年卸港量', '≥', '8', '万元', UVN),
  X('渔港与伏季休渔', B, ECO, '近海渔业资源', '定性', '逐步恢复', null, null),
  X('渔港与伏季休渔', B, SOC, '渔船安全事故死亡人数', '≤', '1', '人', null),
  X('渔港与伏季休渔', B, SOC, '渔船安全事故死亡人数', '≥', '1', '人', DIR),
  X('渔港与伏季休渔', S, SAT, '渔港作业渔民满意度', '≥', '90', '%', null),
  X('渔港与伏季休渔', B, SOC, '渔港作业渔民满意度', '≥', '90', '%', LVN),
];

/** 部门整体 rows: 口岸办, 河长办, 知识产权局, beside the department base rows. */
export const HELD_OUT_46_DEPT: RowCase[] = [
  // 口岸办
  X('部门·口岸办', O, DUTY, '口岸通关协调事项办结率', '≥', '95', '%', null),
  X('部门·口岸办', O, DUTY, '口岸通关协调事项办结率', '≥', '95', '件', UVN),
  X('部门·口岸办', O, DUTY, '口岸联检单位协调会议', '≥', '12', '次', null),
  X('部门·口岸办', O, MGMT, '本级预算执行率', '≥', '100', '%', IMP),
  X('部门·口岸办', O, MGMT, '“三公”经费决算数', '≤', '8', '万元', null),
  X('部门·口岸办', B, SOCIAL, '口岸整体通关时间', null, '较上年压缩10%', null, null),
  X('部门·口岸办', B, SOCIAL, '海运进口整体通关时间', '≥', '35', '小时', DIR),
  X('部门·口岸办', B, SUSTAIN, '口岸通关协作机制', '定性', '健全完善', null, null),
  X('部门·口岸办', S, CLIENT, '口岸通关企业满意度', '≥', '90', '%', null),
  X('部门·口岸办', B, SOCIAL, '口岸通关企业满意度', '≥', '90', '%', LVN),
  // 河长办
  X('部门·河长办', O, DUTY, '河长制工作督办件办结率', '=', '100', '%', null),
  X('部门·河长办', O, DUTY, '河湖巡查发现问题整改', '定性', '及时整改', null, null),
  X('部门·河长办', O, DUTY, '河湖“清四乱”问题销号', '≥', '120', '个', null),
  X('部门·河长办', O, DUTY, '河湖“清四乱”问题销号率', '≥', '120', '%', IMP),
  X('部门·河长办', O, MGMT, '政府采购预算执行率', '≤', '95', '%', DIR),
  X('部门·河长办', B, SOCIAL, '河湖水质优良比例', '≥', '90', '%', null),
  X('部门·河长办', B, SOCIAL, '河湖水质优良比例', '≥', '90', '个', UVN),
  X('部门·河长办', O, CLIENT, '沿河村居群众满意度', '≥', '90', '%', LEV, [LVN]),
  X('部门·河长办', B, SUSTAIN, '河湖管护长效机制', '定性', '持续完善', null, null),
  X('部门·河长办', S, CLIENT, '沿河村居群众满意度', '≥', '90', '%', null),
  // 知识产权局
  X('部门·知识产权局', O, DUTY, '专利侵权纠纷行政裁决结案率', '≥', '90', '%', null),
  X('部门·知识产权局', O, DUTY, '专利侵权纠纷行政裁决结案率', '≥', '90', '天', UVN),
  X('部门·知识产权局', O, DUTY, '知识产权执法检查', '≥', '40', '次', null),
  // Labelled levels only when written; level_vs_name accepted beside after measuring (set 19's convention, as set 20's
  // 政府采购执行率 under 满意度/管理效率): a row that is no satisfaction under 满意度 is also a name misfiled.
  X('部门·知识产权局', S, DUTY, '知识产权执法检查', '≥', '40', '次', LEV, [LVN]),
  X('部门·知识产权局', O, MGMT, '财政拨款结转结余率', '≤', '5', '%', null),
  X('部门·知识产权局', O, MGMT, '财政拨款结转结余率', '≥', '5', '%', DIR),
  X('部门·知识产权局', O, MGMT, '本级预算执行率', '≥', '9', '%', IMP),
  X('部门·知识产权局', B, SOCIAL, '每万人高价值发明专利拥有量', '≥', '6.5', '件', null),
  X('部门·知识产权局', B, SOCIAL, '专利侵权纠纷平均处理周期', '≥', '60', '天', DIR),
  X('部门·知识产权局', B, SUSTAIN, '知识产权保护体系', '定性', '逐步完善', null, null),
  X('部门·知识产权局', S, CLIENT, '创新主体满意度', '≥', '90', '%', null),
];
