import { B, C, CLIENT, DIR, DUTY, ECO, ECON, ECOST, ENVCOST, IMP, LEV, LVN, NN, O, OCOST, QTY, QUAL, QVQ, S, SAT, SATF, SCOST, SOC, SOCIAL, SUST, SUSTAIN, TIME, UM, UVN, X, type RowCase } from './case-types';

/**
 * Held-out set 25 (session 9), written before reading the review code and measured as written. The angle is what sets
 * 3–24 cover thinly: 部门整体 rows on the 2021 department tree as department clerks word them (HELD_OUT_25_DEPT, checked
 * beside the harness's four clean department rows: 履职效能 for 部门履职/重点工作, 管理效率 for 预算编制/执行, 资产, 采购,
 * 信息公开 and 内控, 社会效应, 可持续发展, 服务对象满意度), in the sectors earlier headers name least (民族宗教, 侨务, 外事,
 * 人防, 粮食和物资储备, 国资监管, 体育彩票公益金, 广播电视, 档案, 地方志); 2021-framework 成本 rows (经济/社会/生态环境成本)
 * in every direction; targets written against a baseline (较上年提高2个百分点, 比2023年增长10%, 较2020年下降10%, 不低于全省
 * 平均水平, 控制在上年水平以内, 不超过上年); indicators that are indices or scores (营商环境评价得分, 绩效评价得分 ≥90分,
 * 空气质量综合指数, 生态环境状况指数, 群众安全感指数); per-mille and per-100k units (‰, /10万, 1/10万, 例/10万人, 人/万车,
 * 人/亿元, 秒/百小时); and money in 元/人·月 and 万元/个. About 60% fine, 40% with one defect each. Project rows sit beside
 * the harness's four clean rows (2020 template; a row with a 成本 一级 makes the form read as 2021+). Cells are read through
 * deriveTarget as an import reads them.
 *
 * Readings chosen before measuring (genuine ambiguities, said once here):
 * - In a department form, a rate of timeliness or openness (…及时率, 预决算公开率) under 履职效能 or 管理效率 is fine: the
 *   department tree has no 数量/质量/时效 split for it to be misfiled against. A 管理效率 row under 效益, a 社会效应 row
 *   under 产出, a 履职效能 row under 满意度 and a blank 二级 are levels; a satisfaction under 履职效能 and a management rate
 *   under 服务对象满意度 are level_vs_name (set 20). 可持续性 is read as the same 二级 as 可持续发展 (a variant spelling,
 *   as 社会效益 without 指标 is).
 * - An unsigned change against a baseline with a number (较上年提高2个百分点, 比2023年增长10%, 较2020年下降10%, 较上年提升3位,
 *   较上年压减5%) is measurable: fine when it moves a good thing up or a bad thing (cost, 死亡率, 失业率, 浓度, 能耗, 损失率,
 *   波动) down; the other way is direction. 排名 下降 in Chinese usage means a worse place: direction. A sign before a
 *   baseline with no number (不低于全省平均水平, 不高于全省平均水平, 控制在上年水平以内, 不超过上年, 不低于上年, 高于城镇居民
 *   收入增速) is a reference target: not_numeric (qualitative_vs_quantitative accepted beside when 指标性质 says 定性).
 * - A score (评价得分, 绩效评价得分) in 分 with ≥ is fine, ≤ is direction, no unit is unit_missing (set 13). An index
 *   (综合指数, 状况指数, 安全感指数, 价格指数) takes no unit; in % it is unit_vs_name (set 24's 系数). 空气质量综合指数 and
 *   污染指数 are better small; 生态环境状况指数, 安全感指数 and 体质指数 better large.
 * - ‰, /10万, 1/10万, 例/10万人, 人/万车, 人/亿元 are rate units a …率 may carry; a …率 in 人, 例 or 页 is unit_vs_name; a
 *   count (献血人次, 全科医生数) in ‰ or % is unit_vs_name. 安全播出停播率 in 秒/百小时 is the broadcasting standard's own
 *   rate unit: fine. 每千人口/每万人口/每十万人口…数 are counts per head in 人/件 (set 22).
 * - 元/人·月 and 万元/个 are money per head or per unit: fine on a standard, subsidy or unit cost; on a count (低保对象, 扶持村
 *   数量, 档案室建设) or a rate they are unit_vs_name; on a 满意度 they are satisfaction. A standard people receive (低保标准,
 *   特困人员基本生活标准, 高龄津贴) is a floor: ≤ is direction; a pay standard the project pays (公益性岗位补贴标准) with ≤ or =
 *   is a ceiling or fixed amount: fine. A unit cost (平均建设成本, 加工单价) is a ceiling: ≥ is direction.
 * - 国有资本保值增值率 is a ratio of equity at year end to year start, not a share: ≥103% is fine. 资产负债率, 结转结余率,
 *   年中预算调整率, 预算执行偏差率 are better small. 宜存率 (grain fit to keep) is good. 体育彩票销量 and 筹集公益金 are
 *   better large.
 * - 生态环境成本 rows counting a use or a harm (熏蒸药剂使用量, 单位仓容能耗, 占用耕地面积) want ≤ / =0; 社会成本 rows
 *   (占道影响天数, 扰民投诉, 搬迁户数) the same (set 21). 经济成本 under 效益, 经济效益 under 成本, 生态环境成本 under 产出 are
 *   levels (level_vs_name accepted beside).
 *
 * First measurement, as written and before reading or changing any review code (UNSEEN_REPORT=1): 229 project rows and 110
 * department rows (339; 212 labelled fine, 127 with one defect):
 *   direction                    tp 31 fp 1 fn 17  precision  96.9%  recall  64.6%
 *   implausible_target           tp 12 fp 0 fn 0   precision 100.0%  recall 100.0%
 *   level_vs_name                tp 3  fp 1 fn 0   precision  75.0%  recall 100.0%
 *   levels                       tp 7  fp 0 fn 0   precision 100.0%  recall 100.0%
 *   not_numeric                  tp 13 fp 0 fn 0   precision 100.0%  recall 100.0%
 *   qualitative_vs_quantitative  tp 5  fp 0 fn 0   precision 100.0%  recall 100.0%
 *   satisfaction                 tp 6  fp 0 fn 0   precision 100.0%  recall 100.0%
 *   unit_missing                 tp 6  fp 0 fn 0   precision 100.0%  recall 100.0%
 *   unit_vs_name                 tp 21 fp 2 fn 6   precision  91.3%  recall  77.8%
 * (27 rows failed: 17 direction and 6 unit_vs_name missed; false alarms: direction on 每十万人口刑事案件立案数 ≤900件,
 * level_vs_name on 村集体经济发展扶持资金 =50万元/个 under 质量, unit_vs_name on both 安全播出停播率 rows in 秒/百小时.)
 * One label was my own against the house's reading and was corrected after measuring (marked below): money put in under 质量
 * (村集体经济发展扶持资金) is an input the house moves to 成本 (sets 4, 13): level_vs_name; 211 fine, 128 with a defect after
 * that. The other 26 had general causes, fixed in the set-25 block of review-audit-cases.test.ts (b25 cases): 宜存率, 献血率 and
 * 保值增值率 good (the last a ratio above 100% by design); a price's 波动幅度 bad; cases or deaths per head of population
 * (每十万人口…立案数) an incidence, not provision; an air-quality or pollution index bad when high and a pure number (never %),
 * an index of a good state (生态环境状况, 安全感, 体质) good when high, and an index's change read with its direction; sales
 * (销量, 销售额) better large; the spending items frugal-government rules cap (三公, 接待, 差旅, 会议经费) kept down in any form;
 * what works use up (使用量, 用水量) a harm under 生态环境成本; charges (电费, 保管费), funds (公益金) and income per household
 * (户均增收) money, energy units (千瓦时) not; visitors received (接待参观) people; time per hours aired (秒/百小时) a rate
 * per base; works named by the act in money a wrong unit; a change against a named year (较2020年, 比2023年) read as one
 * against last year; a ranking that falls (下降3位) a worse place; a cost filed under 成本 rising the wrong way.
 * After the fixes: every code precision 100%, recall 100% (direction tp 48, unit_vs_name 27, not_numeric 13,
 * implausible_target 12, levels 7, satisfaction 6, unit_missing 6, qualitative_vs_quantitative 5, level_vs_name 4).
 */

/** The 部门整体 二级 for 预算编制/执行, 资产, 采购, 信息公开 and 内控, under 产出 (set 20). */
const MGMT = '管理效率';

export const HELD_OUT_25: RowCase[] = [
  // 成本 · 2021 framework (a 成本 一级 makes the form 2021+)
  X('成本·人防工程', C, ECOST, '人防工程建设单位成本', '≤', '4500', '元/平方米', null),
  X('成本·人防工程', C, ECOST, '人防工程建设单位成本', '≥', '4500', '元/平方米', DIR),
  X('成本·人防工程', C, ECOST, '人防工程建设单位成本', '≤', '4500', '%', UVN),
  X('成本·粮库', C, ECOST, '粮库维修改造总成本', '≤', '1260', '万元', null),
  X('成本·粮库', C, ECOST, '粮库维修改造总成本', '≤', '1260', null, UM),
  X('成本·粮库', C, ECOST, '储备粮保管费用补贴标准', '=', '0.08', '元/公斤·年', null),
  X('成本·档案', C, ECOST, '档案数字化加工单价', '≤', '0.6', '元/页', null),
  X('成本·档案', C, ECOST, '档案数字化加工单价', '≥', '0.6', '元/页', DIR),
  X('成本·档案', C, ECOST, '档案库房恒温恒湿系统年运行电费', '≤', '18', '万元', null),
  X('成本·档案', C, ECOST, '档案库房恒温恒湿系统年运行电费', '≤', '18', '千瓦时', UVN),
  X('成本·广电', C, ECOST, '应急广播终端单套采购成本', '≤', '0.35', '万元/套', null),
  X('成本·广电', C, ECOST, '项目成本节约率', '≥', '3', '%', null),
  X('成本·广电', C, ECOST, '项目成本节约率', '≤', '3', '%', DIR),
  X('成本·广电', C, ECOST, '项目总成本', null, '控制在上年水平以内', null, NN),
  X('成本·广电', C, ECOST, '项目总成本', '定性', '较低', null, QVQ),
  X('成本·广电', C, ECOST, '应急广播系统运维成本', null, '较上年下降5%', null, null),
  X('成本·广电', C, ECOST, '应急广播系统运维成本', null, '较上年增长8%', null, DIR),
  X('成本·人防', C, SCOST, '施工占道影响天数', '≤', '30', '天', null),
  X('成本·人防', C, SCOST, '施工占道影响天数', '≥', '30', '天', DIR),
  X('成本·人防', C, SCOST, '施工扰民投诉', '≤', '5', '件', null),
  X('成本·人防', C, SCOST, '施工扰民投诉', '≥', '5', '件', DIR),
  X('成本·人防', C, SCOST, '对周边群众生活的影响', '定性', '无明显负面影响', null, null),
  X('成本·人防', C, SCOST, '征收搬迁涉及户数', '≤', '12', '户', null),
  X('成本·人防', C, SCOST, '征收搬迁涉及户数', '≤', '12', '%', UVN),
  X('成本·粮库', C, ENVCOST, '施工期扬尘污染', '定性', '无新增污染', null, null),
  X('成本·粮库', C, ENVCOST, '熏蒸药剂使用量', '≤', '1.2', '吨', null),
  X('成本·粮库', C, ENVCOST, '熏蒸药剂使用量', '≥', '1.2', '吨', DIR),
  X('成本·粮库', C, ENVCOST, '单位仓容能耗', '≤', '2.5', '千克标准煤/吨', null),
  X('成本·粮库', C, ENVCOST, '单位仓容能耗', '≥', '2.5', '千克标准煤/吨', DIR),
  X('成本·粮库', C, ENVCOST, '占用耕地面积', '=', '0', '亩', null),
  X('成本·粮库', C, ENVCOST, '占用耕地面积', '≥', '0', '亩', IMP, [DIR]),
  X('成本·广电', B, ECOST, '设备购置成本', '≤', '120', '万元', LEV, [LVN]),
  X('成本·广电', C, ECON, '带动广告收入', '≥', '50', '万元', LEV, [LVN]),
  X('成本·粮库', O, ENVCOST, '仓储作业粉尘排放', '≤', '0.5', '吨', LEV, [LVN]),
  // 基线 · scores and rankings
  X('基线·营商环境', B, SOC, '营商环境评价得分', '≥', '85', '分', null),
  X('基线·营商环境', B, SOC, '营商环境评价得分', '≤', '85', '分', DIR),
  X('基线·营商环境', B, SOC, '营商环境评价得分', '≥', '85', null, UM),
  X('基线·营商环境', B, SOC, '营商环境评价得分', null, '较上年提高2分', null, null),
  X('基线·营商环境', B, SOC, '营商环境评价得分', null, '不低于全省平均水平', null, NN),
  X('基线·营商环境', B, SOC, '营商环境评价全省排名', null, '较上年提升3位', null, null),
  X('基线·营商环境', B, SOC, '营商环境评价全省排名', null, '较上年下降3位', null, DIR),
  X('基线·绩效', O, QUAL, '项目绩效评价得分', '≥', '90', '分', null),
  X('基线·绩效', O, QUAL, '项目绩效评价等级', '定性', '优', null, null),
  X('基线·绩效', O, QUAL, '项目绩效评价等级', '定性', '优/良/中/差', null, QVQ),
  // 指数
  X('指数·生态环境', B, ECO, '城市环境空气质量综合指数', '≤', '4.1', null, null),
  X('指数·生态环境', B, ECO, '城市环境空气质量综合指数', '≥', '4.1', null, DIR),
  X('指数·生态环境', B, ECO, '城市环境空气质量综合指数', null, '较上年下降0.2', null, null),
  X('指数·生态环境', B, ECO, '城市环境空气质量综合指数', null, '较上年上升0.2', null, DIR),
  X('指数·生态环境', B, ECO, '城市环境空气质量综合指数', '≤', '4.1', '%', UVN),
  X('指数·生态环境', B, ECO, '水质综合污染指数', '≤', '0.8', null, null),
  X('指数·生态环境', B, ECO, '生态环境状况指数（EI）', '≥', '60', null, null),
  X('指数·生态环境', B, ECO, '生态环境状况指数（EI）', '≤', '60', null, DIR),
  X('指数·社会治理', B, SOC, '群众安全感指数', '≥', '95', null, null),
  X('指数·社会治理', B, SOC, '群众安全感指数', '≤', '95', null, DIR),
  X('指数·物价', B, ECON, '居民消费价格指数涨幅', '≤', '3', '%', null),
  X('指数·物价', B, ECON, '粮食市场价格波动幅度', '≤', '5', '%', null),
  X('指数·物价', B, ECON, '粮食市场价格波动幅度', '≥', '5', '%', DIR),
  X('指数·体育', B, SOC, '国民体质综合指数', '≥', '101', null, null),
  // 千分率 · 十万分率
  X('卫健·妇幼', B, SOC, '婴儿死亡率', '≤', '4.5', '‰', null),
  X('卫健·妇幼', B, SOC, '婴儿死亡率', '≥', '4.5', '‰', DIR),
  X('卫健·妇幼', B, SOC, '婴儿死亡率', '≤', '4.5', '人', UVN),
  X('卫健·妇幼', B, SOC, '5岁以下儿童死亡率', '≤', '6', '‰', null),
  X('卫健·妇幼', B, SOC, '孕产妇死亡率', '≤', '12', '/10万', null),
  X('卫健·妇幼', B, SOC, '孕产妇死亡率', '≤', '12', '1/10万', null),
  X('卫健·疾控', B, SOC, '法定传染病报告发病率', '≤', '220', '例/10万人', null),
  X('卫健·疾控', B, SOC, '法定传染病报告发病率', '≥', '220', '例/10万人', DIR),
  X('卫健·疾控', B, SOC, '肺结核发病率', null, '较上年下降3%', null, null),
  X('卫健·疾控', B, SOC, '肺结核发病率', '≤', '45', '例', UVN),
  X('卫健·血液', B, SOC, '千人口献血率', '≥', '12', '‰', null),
  X('卫健·血液', B, SOC, '千人口献血率', '≤', '12', '‰', DIR),
  X('卫健·血液', O, QTY, '无偿献血人次', '≥', '2.4', '万人次', null),
  X('卫健·血液', O, QTY, '无偿献血人次', '≥', '12', '‰', UVN),
  X('应急·安全生产', B, SOC, '亿元GDP生产安全事故死亡率', '≤', '0.015', '人/亿元', null),
  X('应急·安全生产', B, SOC, '亿元GDP生产安全事故死亡率', null, '较上年下降5%', null, null),
  X('公安·交管', B, SOC, '道路交通万车死亡率', '≤', '1.6', '人/万车', null),
  X('公安·交管', B, SOC, '道路交通万车死亡率', '≥', '1.6', '人/万车', DIR),
  X('公安·治安', B, SOC, '每十万人口刑事案件立案数', '≤', '900', '件', null),
  X('公安·治安', B, SOC, '每十万人口刑事案件立案数', '≥', '900', '件', DIR),
  X('卫健·资源', O, QTY, '每千人口执业（助理）医师数', '≥', '3.4', '人', null),
  X('卫健·资源', O, QTY, '每千人口执业（助理）医师数', '≤', '3.4', '人', DIR),
  X('卫健·资源', O, QTY, '每万人口全科医生数', '≥', '4', '%', UVN),
  // 元/人·月
  X('民政·低保', O, QUAL, '城市最低生活保障标准', '≥', '850', '元/人·月', null),
  X('民政·低保', O, QUAL, '城市最低生活保障标准', '≤', '850', '元/人·月', DIR),
  X('民政·低保', O, QUAL, '农村低保标准', null, '比2023年增长10%', null, null),
  X('民政·低保', O, QUAL, '农村低保标准', null, '不低于全省平均水平', null, NN),
  X('民政·低保', O, QTY, '城乡低保对象', '≥', '5200', '人', null),
  X('民政·低保', O, QTY, '城乡低保对象', '≥', '5200', '元/人·月', UVN),
  X('民政·特困', O, QUAL, '特困人员基本生活标准', '≥', '1105', '元/人·月', null),
  X('民政·特困', O, QUAL, '特困人员基本生活标准', '≥', '1105', '%', UVN),
  X('民政·高龄', O, QUAL, '80周岁以上高龄津贴', '≥', '100', '元/人·月', null),
  X('民政·高龄', O, QTY, '高龄津贴发放覆盖率', '=', '100', '元/人·月', UVN),
  X('人社·公益岗', O, OCOST, '公益性岗位补贴标准', '=', '1900', '元/人·月', null),
  X('人社·公益岗', O, OCOST, '公益性岗位补贴标准', '≤', '1900', '元/人·月', null),
  X('人社·公益岗', O, QTY, '公益性岗位安置', '≥', '320', '人', null),
  X('侨务·帮扶', O, QUAL, '困难归侨侨眷生活补助标准', '≥', '300', '元/人·月', null),
  // 万元/个
  // After measuring: money put in under 质量 is an input the house moves to 成本 (sets 4, 13): level_vs_name, my label was fine.
  X('村集体·万元/个', O, QUAL, '村集体经济发展扶持资金', '=', '50', '万元/个', LVN),
  X('村集体·万元/个', O, QTY, '扶持村数量', '≥', '20', '个', null),
  X('村集体·万元/个', O, QTY, '扶持村数量', '≥', '20', '万元/个', UVN),
  X('人防·万元/个', O, OCOST, '人防应急疏散基地平均建设成本', '≤', '85', '万元/个', null),
  X('人防·万元/个', O, OCOST, '人防应急疏散基地平均建设成本', '≥', '85', '万元/个', DIR),
  X('民族宗教·万元/个', O, OCOST, '少数民族特色村寨补助', '≤', '60', '万元/个', null),
  X('村集体·万元/个', S, SAT, '扶持村群众满意度', '≥', '90', '万元/个', SATF),
  X('档案·万元/个', O, OCOST, '乡镇档案室标准化建设补助', '=', '5', '万元/个', null),
  X('档案·万元/个', O, QTY, '乡镇档案室标准化建设', '≥', '12', '个', null),
  X('档案·万元/个', O, QTY, '乡镇档案室标准化建设', '≥', '12', '万元/个', UVN),
  // 民族宗教
  X('民族宗教', O, QTY, '少数民族特色村寨保护发展', '≥', '4', '个', null),
  X('民族宗教', O, QTY, '民族团结进步宣传月活动', '≥', '3', '场', null),
  X('民族宗教', O, QTY, '宗教活动场所消防设施配备', '≥', '46', '处', null),
  X('民族宗教', O, QUAL, '宗教活动场所消防设施配备达标率', '≥', '100', '%', IMP),
  X('民族宗教', O, QUAL, '宗教活动场所消防设施配备达标率', '≥', '95', '处', UVN),
  X('民族宗教', B, SOC, '宗教活动场所火灾事故', '=', '0', '起', null),
  X('民族宗教', B, SOC, '宗教活动场所火灾事故', '≥', '0', '起', IMP, [DIR]),
  X('民族宗教', B, ECON, '特色村寨户均增收', '≥', '2000', '元', null),
  X('民族宗教', B, ECON, '特色村寨户均增收', '≥', '2000', '户', UVN),
  X('民族宗教', B, SUST, '民族特色文化传承', '定性', '持续向好', null, null),
  X('民族宗教', S, SAT, '少数民族群众满意度', '≥', '90', '%', null),
  X('民族宗教', O, TIME, '资金拨付时间', '定性', '9月底前', null, null),
  // 侨务
  X('侨务', O, QTY, '海外华裔青少年寻根之旅夏令营', '≥', '2', '期', null),
  X('侨务', O, QTY, '走访慰问困难归侨侨眷', '≥', '180', '户', null),
  X('侨务', O, QUAL, '涉侨法律援助案件结案率', '≥', '95', '%', null),
  X('侨务', O, TIME, '侨胞来信来访办结时限', '≤', '15', '个工作日', null),
  X('侨务', O, TIME, '侨胞来信来访办结时限', '≤', '15', '%', UVN),
  X('侨务', B, SOC, '侨资企业投资到位资金', '≥', '1.5', '亿元', null),
  X('侨务', B, SOC, '侨资企业投资到位资金', null, '较上年增长10%', null, null),
  X('侨务', S, SAT, '归侨侨眷满意度', '≥', '80', '%', SATF),
  // 外事
  X('外事', O, QTY, '国际友好城市交流活动', '≥', '3', '次', null),
  X('外事', O, QTY, '外事翻译服务', '≥', '60', '场次', null),
  X('外事', O, QUAL, '外事翻译差错率', '≤', '0.5', '‰', null),
  X('外事', O, QUAL, '外事翻译差错率', '≥', '0.5', '‰', DIR),
  X('外事', O, OCOST, '因公出国（境）人均费用', '≤', '3.5', '万元/人', null),
  X('外事', O, OCOST, '因公出国（境）经费', null, '控制在上年水平以内', null, NN),
  X('外事', O, QTY, '因公出国（境）团组', null, '不超过上年', null, NN),
  X('外事', B, SOC, '城市国际影响力', '定性', '进一步提升', null, null),
  // 人防
  X('人防', O, QTY, '新建人防工程面积', '≥', '3.2', '万平方米', null),
  X('人防', O, QTY, '新建人防工程面积', '≥', '3.2', '个', UVN),
  X('人防', O, QTY, '防空警报器新增', '≥', '25', '台', null),
  X('人防', O, QUAL, '人防工程竣工验收合格率', '=', '100', '%', null),
  X('人防', O, QUAL, '防空警报试鸣覆盖率', '≥', '99', '%', null),
  X('人防', O, QUAL, '防空警报试鸣覆盖率', '定性', '全覆盖', null, null),
  X('人防', B, SOC, '人防工程平时利用率', '≥', '60', '%', null),
  X('人防', B, SOC, '人防宣传教育普及率', null, '较上年提高2个百分点', null, null),
  X('人防', B, SOC, '人防宣传教育普及率', null, '较上年降低2个百分点', null, DIR),
  X('人防', S, SAT, '人防疏散演练参与群众满意度', '≥', '90', '%', null),
  // 粮食和物资储备
  X('粮食储备', O, QTY, '新增仓容', '≥', '5', '万吨', null),
  X('粮食储备', O, QTY, '仓储设施维修改造', '≥', '8', '栋', null),
  X('粮食储备', O, QUAL, '储备粮宜存率', '≥', '95', '%', null),
  X('粮食储备', O, QUAL, '储备粮宜存率', '≤', '95', '%', DIR),
  X('粮食储备', O, QUAL, '储备粮质量抽检覆盖率', '≥', '30', '%', null),
  X('粮食储备', O, QUAL, '粮食库存数量账实相符率', '=', '100', '%', null),
  X('粮食储备', O, QUAL, '粮食库存数量账实相符率', '≥', '100', '%', IMP),
  X('粮食储备', B, ECON, '粮食产后减损', '≥', '1.2', '万吨', null),
  X('粮食储备', B, ECON, '粮食产后损失率', null, '较上年降低0.5个百分点', null, null),
  X('粮食储备', B, ECON, '粮食产后损失率', null, '较上年提高0.5个百分点', null, DIR),
  X('粮食储备', B, SOC, '粮食安全事故', '定性', '零发生', null, null),
  X('粮食储备', S, SAT, '售粮农户满意度', '≥', '4.5', '分', SATF),
  // 国资监管
  X('国资监管', B, ECON, '国有资本保值增值率', '≥', '103', '%', null),
  X('国资监管', B, ECON, '国有资本保值增值率', '≤', '103', '%', DIR),
  X('国资监管', B, ECON, '国有企业利润总额', null, '比2023年增长8%', null, null),
  X('国资监管', B, ECON, '国有企业利润总额', '≥', '3.2', '%', UVN),
  X('国资监管', B, ECON, '国有企业资产负债率', '≤', '65', '%', null),
  X('国资监管', B, ECON, '国有企业资产负债率', null, '不高于全省平均水平', null, NN),
  X('国资监管', O, QTY, '国企改革专项审计', '≥', '6', '户', null),
  X('国资监管', O, QUAL, '审计发现问题整改率', '≥', '95', '%', null),
  X('国资监管', B, SUST, '现代企业制度', '定性', '进一步健全', null, null),
  // 体育彩票公益金
  X('体育彩票', O, QTY, '彩票公益金资助全民健身器材', '≥', '120', '套', null),
  X('体育彩票', O, QTY, '体育彩票实体销售网点', '≥', '320', '个', null),
  X('体育彩票', O, QTY, '体育彩票实体销售网点', '≥', '320', '%', UVN, [IMP]),
  X('体育彩票', B, ECON, '体育彩票销量', '≥', '7.5', '亿元', null),
  X('体育彩票', B, ECON, '体育彩票销量', null, '较上年增长5%', null, null),
  X('体育彩票', B, ECON, '体育彩票销量', null, '同比下降5%', null, DIR),
  X('体育彩票', B, ECON, '筹集体育彩票公益金', '≥', '2.1', '亿元', null),
  X('体育彩票', B, ECON, '筹集体育彩票公益金', '≥', '2.1', '人次', UVN),
  X('体育彩票', O, QUAL, '彩票公益金项目资金使用合规率', '=', '100', '%', null),
  X('体育彩票', O, QUAL, '健身器材安装验收合格率', '≥', '98', '%', null),
  X('体育彩票', O, QTY, '健身器材安装验收合格率', '≥', '98', '%', LVN),
  X('体育彩票', B, SOC, '全民健身设施使用率', '≥', '80', '%', null),
  X('体育彩票', S, SAT, '健身群众满意度', '≥', '92', '%', null),
  // 广播电视
  X('广播电视', O, QTY, '应急广播终端建设', '≥', '860', '套', null),
  X('广播电视', O, QTY, '直播卫星户户通设备维修', '≥', '1200', '户次', null),
  X('广播电视', O, QUAL, '应急广播终端在线率', '≥', '95', '%', null),
  X('广播电视', O, QUAL, '应急广播终端在线率', '≥', '9.5', '%', IMP),
  X('广播电视', O, QUAL, '安全播出停播率', '≤', '10', '秒/百小时', null),
  X('广播电视', O, QUAL, '安全播出停播率', '≥', '10', '秒/百小时', DIR),
  X('广播电视', O, TIME, '故障报修响应时间', '≤', '24', '小时', null),
  X('广播电视', B, SOC, '广播电视综合人口覆盖率', '≥', '99.5', '%', null),
  X('广播电视', B, SOC, '广播电视综合人口覆盖率', null, '较上年提高0.2个百分点', null, null),
  X('广播电视', B, SOC, '农村电影放映观众', '≥', '15', '万人次', null),
  X('广播电视', S, SAT, '农村群众观影满意度', '≥', '90', '%', null),
  // 档案
  X('档案', O, QTY, '档案数字化扫描', '≥', '120', '万页', null),
  X('档案', O, QTY, '档案数字化扫描', '≥', '120', null, UM),
  X('档案', O, QTY, '档案抢救修复', '≥', '3000', '卷', null),
  X('档案', O, QUAL, '数字化成果质检合格率', '≥', '99', '%', null),
  X('档案', O, QUAL, '数字化成果质检差错率', '≤', '0.3', '‰', null),
  X('档案', O, QUAL, '数字化成果质检差错率', '≤', '0.3', '页', UVN),
  X('档案', O, TIME, '数字化加工完成时间', '定性', '2024年11月30日前', null, null),
  X('档案', B, SOC, '档案利用服务人次', '≥', '5000', '人次', null),
  X('档案', B, SOC, '档案利用服务人次', null, '比2023年增长10%', null, null),
  X('档案', B, SUST, '馆藏档案安全保管年限', '≥', '50', '年', null),
  X('档案', S, SAT, '档案利用者满意度', '≥', '95', '%', null),
  // 地方志
  X('地方志', O, QTY, '综合年鉴编纂出版', '=', '1', '部', null),
  X('地方志', O, QTY, '综合年鉴编纂出版', '=', '1', null, UM),
  X('地方志', O, QTY, '乡镇（街道）志编纂', '≥', '3', '部', null),
  X('地方志', O, QTY, '年鉴印刷', '≥', '800', '册', null),
  X('地方志', O, QUAL, '志书质量评审', '定性', '通过省级验收', null, null),
  X('地方志', O, QUAL, '年鉴编校差错率', '≤', '0.1', '‰', null),
  X('地方志', O, QUAL, '年鉴编校差错率', '≥', '0.1', '‰', DIR),
  X('地方志', O, TIME, '年鉴公开出版时间', '定性', '当年10月底前', null, null),
  X('地方志', O, TIME, '年鉴公开出版', '定性', '按时', null, QVQ),
  X('地方志', B, SOC, '地方志资源开发利用', '定性', '成效明显', null, null),
  X('地方志', B, SOC, '方志馆接待参观', '≥', '2', '万人次', null),
  X('地方志', B, SOC, '方志馆接待参观', '≥', '2', '万元', UVN),
  // 基线 · other sectors
  X('基线·教育', B, SOC, '学前教育毛入园率', null, '较上年提高2个百分点', null, null),
  X('基线·教育', B, SOC, '学前教育毛入园率', '≥', '92', '%', null),
  X('基线·教育', B, SOC, '义务教育巩固率', null, '不低于全省平均水平', null, NN),
  X('基线·教育', B, SOC, '义务教育巩固率', '定性', '不低于全省平均水平', null, NN, [QVQ]),
  X('基线·就业', B, SOC, '城镇调查失业率', '≤', '5.5', '%', null),
  X('基线·就业', B, SOC, '城镇调查失业率', null, '控制在上年水平以内', null, NN),
  X('基线·就业', B, SOC, '城镇调查失业率', null, '较上年提高0.3个百分点', null, DIR),
  X('基线·农业', B, ECON, '农村居民人均可支配收入', null, '比2023年增长7%', null, null),
  X('基线·农业', B, ECON, '农村居民人均可支配收入增速', null, '高于城镇居民收入增速', null, NN),
  X('基线·农业', B, ECON, '农村居民人均可支配收入', null, '同比下降2%', null, DIR),
  X('基线·机关', O, OCOST, '一般性支出', null, '较上年压减5%', null, null),
  X('基线·机关', O, OCOST, '公用经费支出', null, '较上年增长5%', null, DIR),
  X('基线·生态', B, ECO, 'PM2.5平均浓度', null, '较2020年下降10%', null, null),
  X('基线·生态', B, ECO, 'PM2.5平均浓度', null, '较2020年上升10%', null, DIR),
  X('基线·生态', B, ECO, '单位GDP能耗', null, '较上年下降3%', null, null),
  X('基线·生态', B, ECO, '单位GDP能耗', null, '较上年增长3%', null, DIR),
  X('基线·生态', B, ECO, '地表水国考断面优良比例', null, '不低于上年', null, NN),
  X('基线·生态', B, ECO, '地表水国考断面优良比例', '≥', '80', '%', null),
];

/** 部门整体 rows (HELD_OUT_25_DEPT): checked in a 2024 department_target beside the harness's four clean department rows. */
export const HELD_OUT_25_DEPT: RowCase[] = [
  // 民族宗教局
  X('部门·民族宗教', O, DUTY, '民族团结进步创建示范单位命名', '≥', '6', '个', null),
  X('部门·民族宗教', O, DUTY, '宗教活动场所安全隐患排查整治率', '=', '100', '%', null),
  X('部门·民族宗教', O, DUTY, '宗教活动场所安全隐患排查整治率', '≤', '90', '%', DIR),
  X('部门·民族宗教', O, DUTY, '少数民族特色村寨保护与发展', '≥', '4', '个', null),
  X('部门·民族宗教', O, DUTY, '扶持少数民族特色村寨数量', '≥', '4', '%', UVN),
  X('部门·民族宗教', O, MGMT, '部门预算执行率', '≥', '95', '%', null),
  X('部门·民族宗教', O, MGMT, '预算编制准确率', '≥', '90', '%', null),
  X('部门·民族宗教', B, SOCIAL, '民族团结进步氛围', '定性', '更加浓厚', null, null),
  X('部门·民族宗教', B, SOCIAL, '涉民族宗教因素矛盾纠纷化解率', '≥', '95', '%', null),
  X('部门·民族宗教', B, SOCIAL, '涉民族宗教因素矛盾纠纷化解率', '定性', '有效化解', null, QVQ),
  X('部门·民族宗教', B, SOCIAL, '涉民族宗教矛盾纠纷数量', null, '较上年增长10%', null, DIR),
  X('部门·民族宗教', S, CLIENT, '信教群众满意度', '≥', '88', '%', SATF),
  // 侨务
  X('部门·侨务', O, DUTY, '涉侨法律服务咨询办理', '≥', '150', '件', null),
  X('部门·侨务', O, DUTY, '侨胞来信来访按期办结率', '≥', '98', '%', null),
  X('部门·侨务', O, DUTY, '华文教育师资培训', '≥', '2', '期', null),
  X('部门·侨务', O, DUTY, '华文教育师资培训人数', '≥', '120', '%', UVN, [IMP]),
  X('部门·侨务', O, MGMT, '年中预算调整率', '≤', '10', '%', null),
  X('部门·侨务', O, MGMT, '年中预算调整率', '≥', '10', '%', DIR),
  X('部门·侨务', B, SOCIAL, '为侨服务水平', '定性', '持续提升', null, null),
  X('部门·侨务', S, DUTY, '侨界群众满意度', '≥', '90', '%', LEV, [LVN]),
  X('部门·侨务', S, CLIENT, '归侨侨眷满意度', '=', '90', '%', null),
  // 外事办
  X('部门·外事', O, DUTY, '因公出国（境）团组', '≤', '10', '个', null),
  X('部门·外事', O, DUTY, '因公出国（境）团组审批办结时限', '≤', '5', '个工作日', null),
  X('部门·外事', O, DUTY, '因公出国（境）团组审批办结时限', '≥', '5', '个工作日', DIR),
  X('部门·外事', O, DUTY, '涉外突发事件妥善处置率', '=', '100', '%', null),
  X('部门·外事', O, DUTY, '涉外突发事件妥善处置率', '≥', '100', '%', IMP),
  X('部门·外事', O, MGMT, '外事接待经费', '≤', '35', '万元', null),
  X('部门·外事', O, MGMT, '外事接待经费', '≥', '35', '万元', DIR),
  X('部门·外事', O, MGMT, '结转结余率', '≤', '5', '%', null),
  X('部门·外事', O, MGMT, '结转结余率', '≥', '5', '%', DIR),
  X('部门·外事', O, MGMT, '“三公”经费支出', '≤', '42', '万元', null),
  X('部门·外事', O, MGMT, '“三公”经费支出', null, '控制在上年水平以内', null, NN),
  X('部门·外事', O, '', '外事翻译服务', '≥', '60', '场', LEV),
  X('部门·外事', B, SOCIAL, '国际友好城市交流合作', '定性', '进一步深化', null, null),
  // 人防办
  X('部门·人防', O, DUTY, '防空警报器鸣响率', '≥', '98', '%', null),
  X('部门·人防', O, DUTY, '防空警报器鸣响率', '≥', '9.8', '%', IMP),
  X('部门·人防', O, DUTY, '人防工程易地建设费征收', '≥', '800', '万元', null),
  X('部门·人防', O, DUTY, '人防疏散演练', '≥', '1', '次', null),
  X('部门·人防', O, DUTY, '人防工程维护管理达标率', '≥', '90', '%', null),
  X('部门·人防', O, DUTY, '人防工程面积', null, '比2023年增长10%', null, null),
  X('部门·人防', O, MGMT, '人防工程平时利用率', '≥', '60', '%', null),
  X('部门·人防', O, MGMT, '“三公”经费变动率', '≤', '0', '%', null),
  X('部门·人防', B, SOCIAL, '市民防空防灾意识', '定性', '明显增强', null, null),
  X('部门·人防', B, SUSTAIN, '人防指挥通信保障能力', '定性', '持续提升', null, null),
  X('部门·人防', B, '可持续性', '人防工程长效管护机制', '定性', '基本建立', null, null),
  X('部门·人防', S, CLIENT, '人防工程使用单位满意度', '≥', '90', '分', SATF),
  // 粮食和物资储备局
  X('部门·粮食储备', O, DUTY, '地方储备粮规模', '≥', '6.5', '万吨', null),
  X('部门·粮食储备', O, DUTY, '地方储备粮规模', '≥', '6.5', '%', UVN),
  X('部门·粮食储备', O, DUTY, '储备粮质量达标率', '≥', '95', '%', null),
  X('部门·粮食储备', O, DUTY, '储备粮储存损耗率', '≤', '0.2', '%', null),
  X('部门·粮食储备', O, DUTY, '储备粮储存损耗率', '≥', '0.2', '%', DIR),
  X('部门·粮食储备', O, DUTY, '储备粮轮换计划完成率', '≥', '100', '%', IMP),
  X('部门·粮食储备', O, MGMT, '储备粮账实相符率', '=', '100', '%', null),
  X('部门·粮食储备', O, MGMT, '政府采购执行率', '≥', '95', '%', null),
  X('部门·粮食储备', O, MGMT, '政府采购执行率', '定性', '较好', null, QVQ),
  X('部门·粮食储备', O, SOCIAL, '粮食安全保障水平', '定性', '稳步提升', null, LEV),
  X('部门·粮食储备', B, SOCIAL, '粮食市场供应', '定性', '稳定有序', null, null),
  X('部门·粮食储备', B, SUSTAIN, '粮食应急保障能力', '定性', '持续增强', null, null),
  X('部门·粮食储备', S, CLIENT, '粮食经营企业满意度', '≥', '90', '%', null),
  // 国资委
  X('部门·国资监管', O, DUTY, '国有资本保值增值率', '≥', '103', '%', null),
  X('部门·国资监管', O, DUTY, '监管企业资产负债率', '≤', '65', '%', null),
  X('部门·国资监管', O, DUTY, '监管企业资产负债率', '≥', '65', '%', DIR),
  X('部门·国资监管', O, DUTY, '国有资本收益收缴率', '=', '100', '%', null),
  X('部门·国资监管', O, MGMT, '国有资产报告编报及时率', '≥', '95', '%', null),
  X('部门·国资监管', O, MGMT, '固定资产利用率', '≥', '90', '%', null),
  X('部门·国资监管', O, MGMT, '部门预决算公开及时率', '≥', '100', '%', IMP),
  X('部门·国资监管', B, MGMT, '国有资产处置规范率', '=', '100', '%', LEV, [LVN]),
  X('部门·国资监管', B, SOCIAL, '监管企业营业收入增长率', null, '较上年提高2个百分点', null, null),
  X('部门·国资监管', B, SUSTAIN, '国有企业违规经营投资损失', '=', '0', '万元', null),
  X('部门·国资监管', B, SUSTAIN, '国有企业违规经营投资损失', '≥', '0', '万元', IMP, [DIR]),
  // 体育局 (彩票公益金)
  X('部门·体育', O, DUTY, '全民健身路径器材配建', '≥', '80', '套', null),
  X('部门·体育', O, DUTY, '经常参加体育锻炼人口比例', '≥', '38', '%', null),
  X('部门·体育', O, DUTY, '体育彩票销量', '≥', '6.8', '亿元', null),
  X('部门·体育', O, DUTY, '体育彩票销量', '≤', '6.8', '亿元', DIR),
  X('部门·体育', O, DUTY, '健身群众满意度', '≥', '92', '%', LVN),
  X('部门·体育', O, MGMT, '彩票公益金项目资金使用率', '≥', '90', '%', null),
  X('部门·体育', O, MGMT, '彩票公益金项目资金使用率', '≤', '90', '%', DIR),
  X('部门·体育', O, MGMT, '内部控制制度', '定性', '健全有效', null, null),
  X('部门·体育', O, MGMT, '部门绩效评价得分', '≥', '90', '分', null),
  X('部门·体育', O, MGMT, '部门绩效评价得分', '≥', '90', null, UM),
  X('部门·体育', B, SOCIAL, '国民体质监测合格率', '≥', '92', '%', null),
  X('部门·体育', S, CLIENT, '健身群众满意度', '定性', '较高', null, null),
  // 广播电视局
  X('部门·广电', O, DUTY, '广播电视综合人口覆盖率', '≥', '99.6', '%', null),
  X('部门·广电', O, DUTY, '广播电视综合人口覆盖率', '≥', '100.6', '%', IMP),
  X('部门·广电', O, DUTY, '安全播出责任事故', '=', '0', '起', null),
  X('部门·广电', O, DUTY, '安全播出责任事故', '≥', '1', '起', DIR),
  X('部门·广电', O, DUTY, '农村公益电影放映', '≥', '1560', '场', null),
  X('部门·广电', O, DUTY, '农村公益电影放映', '≥', '1560', null, UM),
  X('部门·广电', O, DUTY, '应急广播终端在线率', null, '不低于全省平均水平', null, NN),
  X('部门·广电', O, MGMT, '预决算信息公开率', '=', '100', '%', null),
  X('部门·广电', O, MGMT, '预决算信息公开率', '=', '100', '件', UVN),
  X('部门·广电', B, SOCIAL, '群众收听收看条件', '定性', '明显改善', null, null),
  X('部门·广电', S, CLIENT, '信息公开及时率', '≥', '95', '%', LVN),
  // 档案馆
  X('部门·档案', O, DUTY, '馆藏档案数字化', '≥', '60', '万页', null),
  X('部门·档案', O, DUTY, '馆藏档案数字化率', '≥', '65', '%', null),
  X('部门·档案', O, DUTY, '馆藏档案数字化率', '≥', '65', '万页', UVN),
  X('部门·档案', O, DUTY, '接收档案进馆', '≥', '1.5', '万卷', null),
  X('部门·档案', O, DUTY, '档案查阅利用服务', '≥', '4000', '人次', null),
  X('部门·档案', O, DUTY, '档案安全事故', '定性', '零发生', null, null),
  X('部门·档案', O, MGMT, '预算执行偏差率', '≤', '5', '%', null),
  X('部门·档案', O, MGMT, '预算执行偏差率', '≥', '5', '%', DIR),
  X('部门·档案', B, SUSTAIN, '档案资源体系', '定性', '逐步完善', null, null),
  X('部门·档案', S, CLIENT, '档案查阅利用者满意度', '≥', '85', '%', SATF),
  // 地方志办
  X('部门·地方志', O, DUTY, '地方综合年鉴编纂出版', '=', '1', '部', null),
  X('部门·地方志', O, DUTY, '地情资料整理', '≥', '80', '万字', null),
  X('部门·地方志', O, DUTY, '志书出版质量', '定性', '通过省级评审验收', null, null),
  X('部门·地方志', O, MGMT, '资产管理', '定性', '规范', null, null),
  X('部门·地方志', O, MGMT, '预算执行率', '≥', '9', '%', IMP),
  X('部门·地方志', O, MGMT, '部门预算执行率', null, '较上年提高2个百分点', null, null),
  X('部门·地方志', B, SOCIAL, '地方志资源开发利用', '定性', '成效明显', null, null),
];
