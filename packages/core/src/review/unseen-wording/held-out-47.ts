import { B, C, CLIENT, DIR, DUTY, ECON, ECO, ECOST, IMP, LEV, LVN, NN, O, QTY, QUAL, QVQ, S, SAT, SATF, SOC, SOCIAL, SUST, SUSTAIN, TIME, UVN, X, type RowCase } from './case-types';

const MGMT = '管理效率';

/**
 * Held-out set 47 (session 20), written before reading the review code and measured as written. It aims at direction,
 * unit_vs_name, level_vs_name, levels, implausible_target, qualitative_vs_quantitative and not_numeric: names that say "fewer is
 * better" in new words (误报率, 积案数, 平均响应时长, 返贫人数, 漏检率, 漏报率, 退件率, 肇事肇祸案件, 新发职业病病例数, 排放量) beside
 * names that want more (筛查率, 在线率, 规范停放率, 全流程电子化交易率), units that disagree with the name (率 in 人/次/天/台, counts
 * and people in %, money in people or an area, an area or a count in money, money per head or per 亩 in %), 一级/二级 swapped,
 * missing, misfiled or written in traditional characters (産出指標/數量指標), and targets spelt 不高于上年, 同比下降5个百分点,
 * 控制在3%以内, 零发生, 应检尽检, 应查尽查, ≥1次/季度, 12月底前, 确诊后7日内, in programme wordings no earlier set used (grep of
 * every held-out-*.ts and review-audit-cases-b*.test.ts): 数字乡村, 妇幼保健, 职业技能等级认定, 公共法律服务, 校园食品安全,
 * 蓄滞洪区补偿, 候鸟迁徙保护, 计量检定, 精神卫生, 职业病防治, 机动车排气检测, 困境儿童关爱, 公共资源电子交易, 防返贫动态监测,
 * 共享单车监管, 地理标志保护 (HELD_OUT_47), and departments 公共资源交易中心, 乡村振兴局, 计量测试所 (HELD_OUT_47_DEPT).
 * More than half fine.
 *
 * Readings chosen before measuring (earlier sets' readings followed where they speak):
 * - direction: a floor on a bad thing (误报率, 漏检率, 漏报率, 退件率, 差错率, 积案数, 投诉量, 案件, 病例数, 死亡率, 排放量, 超标
 *   占比, 返贫人数) or on time that should be short (平均响应时长, 中断时长, 出具时限), and on a cost per head; a ceiling on a good
 *   thing (筛查率, 合格率, 规范停放率, 覆盖率, 预算执行率); 同比下降5个百分点 on a good share in words. 同比下降…, 较上年减少3% and
 *   控制在3%以内 on a bad thing are fine.
 * - unit_vs_name: a rate in a count, people, time or a device unit; a count, people or a duration in %; money in people or an
 *   area; an area or a count of households in money; money per head or per 亩 in %.
 * - level_vs_name: a satisfaction outside 满意度; a quality share (合格率, 准确率, 在线率, 规范管理率) under 数量.
 * - levels: 一级 and 二级 swapped, a 二级 missing, a 二级 under the wrong 一级 (满意度 under 产出 or 效益, 数量 under 满意度, a
 *   department 二级 under the wrong 一级), level_vs_name accepted beside where the name is a satisfaction; level names in
 *   traditional characters are read as the levels meant, levels accepted beside.
 * - implausible_target: ≥100% or >100% on a share, ≥0, a positive share set in single digits (就业率 ≥8%, 电子化交易率 ≥9%).
 *   Fine: =0 and 零发生 on a bad thing, =100% on a share, ≤0 返贫人数.
 * - qualitative_vs_quantitative: 定性 vague values under 数量/质量/时效 (及时核发, 及时清理, 应检尽检, 应查尽查); fine: dates,
 *   deadlines after an event (确诊后7日内, 开标后3日内), a standard (符合国家职业标准), and a direction in words on a qualitative
 *   效益 name (意识, 负担, 知名度).
 * - not_numeric: 不高于上年 on a count or a rate, ≥较好.
 *
 * First measurement, as written and before reading or changing any review code (a tsx run of the harness's rowCodes on this
 * set alone): 227 project rows and 31 department rows (258; 147 labelled fine, 57.0%):
 *   direction                    tp 32 fp 0 fn 4  precision 100.0%  recall  88.9%
 *   implausible_target           tp 10 fp 0 fn 1  precision 100.0%  recall  90.9%
 *   level_vs_name                tp 3  fp 0 fn 2  precision 100.0%  recall  60.0%
 *   levels                       tp 7  fp 0 fn 0  precision 100.0%  recall 100.0%
 *   not_numeric                  tp 4  fp 0 fn 0  precision 100.0%  recall 100.0%
 *   qualitative_vs_quantitative  tp 4  fp 1 fn 0  precision  80.0%  recall 100.0%
 *   satisfaction                 tp 4  fp 0 fn 0  precision 100.0%  recall 100.0%
 *   unit_vs_name                 tp 35 fp 0 fn 5  precision 100.0%  recall  87.5%
 * (Missed: direction on ≤ on 新生儿遗传代谢病筛查率 and 车辆规范停放率, ≥ on 患者肇事肇祸案件 and 新发职业病病例数; implausible_target
 * on 全流程电子化交易率 ≥9%; level_vs_name on 平台系统在线率 and 严重精神障碍患者规范管理率 under 数量; unit_vs_name on 农产品网络
 * 零售额 in 万人, 候鸟监测样点 and 地理标志产品专用标志使用企业 in %, 强制检定计量器具 and 清理僵尸车辆 in 万元. False alarm:
 * qualitative_vs_quantitative on 地理标志品牌知名度 持续提升 under 社会效益.)
 * Label re-read after measuring: 知名度 持续提升 stays fine. rules.md §2 asks for a number only under 数量/质量/时效, and earlier
 * sets read a perceived state under 效益 in words as fine (便利度 明显提升, 获得感 明显增强); a brand's standing is one.
 * Fixed by general cause (review-audit-cases-b47.test.ts; name-word-classes.ts, name-measures.ts, value-wording.ts): screening
 * done (筛查率) is work done; trouble caused (肇事, 肇祸) and new cases of a disease (新发…病例, not 新发现) are harms; a share kept
 * within the rules (规范停放率) is compliance and a share of business done online or paperless (电子化交易率) good, both held to
 * the floor good shares are; uptime (在线率) and patients managed to protocol (规范管理率) are quality; retail and wholesale turnover
 * (零售额, 批发额) is money; survey plots (样点, 样地) are counted as monitoring points are; those who use a thing (使用企业) are
 * counted; a standing in the public eye (知名度, 美誉度) is no share that must carry a number.
 * Genuine limit (LIMITS in review-unseen-wording.test.ts, asserted still missed): an act on things named with no measure word
 * (强制检定计量器具, 清理僵尸车辆) in 万元 may state what the act costs, as 购置执法车辆 50万元 states a purchase.
 * After the fixes: every code 100% precision; recall 100% but unit_vs_name 95.0% (38 of 40, the two limits); every earlier set
 * stays at 0 false alarms.
 */
export const HELD_OUT_47: RowCase[] = [
  // 数字乡村
  X('数字乡村', O, QTY, '新建益农信息社', '≥', '40', '个', null),
  X('数字乡村', O, QTY, '新建益农信息社', '≥', '40', '%', UVN),
  X('数字乡村', O, QTY, '村级数字化治理平台接入村数', '≥', '120', '个', null),
  X('数字乡村', O, QTY, '村级数字化治理平台接入村数', '≥', '85', '%', UVN),
  X('数字乡村', QTY, O, '数字乡村示范村创建', '≥', '6', '个', LEV),
  X('数字乡村', O, QUAL, '乡村智能视频监控误报率', '≤', '5', '%', null),
  X('数字乡村', O, QUAL, '乡村智能视频监控误报率', '≥', '5', '%', DIR),
  X('数字乡村', O, QUAL, '乡村智能视频监控误报率', '≤', '5', '次', UVN),
  X('数字乡村', O, QUAL, '平台系统在线率', '≥', '98', '%', null),
  X('数字乡村', O, QTY, '平台系统在线率', '≥', '98', '%', LVN),
  X('数字乡村', O, TIME, '平台故障平均响应时长', '≤', '2', '小时', null),
  X('数字乡村', O, TIME, '平台故障平均响应时长', '≥', '2', '小时', DIR),
  X('数字乡村', O, TIME, '平台故障平均响应时长', '≤', '2', '%', UVN),
  X('数字乡村', B, ECON, '农产品网络零售额', '≥', '3.2', '亿元', null),
  X('数字乡村', B, ECON, '农产品网络零售额', '≥', '3.2', '万人', UVN),
  X('数字乡村', B, SOC, '村务信息线上公开', '定性', '按季度公开', null, null),
  X('数字乡村', S, SAT, '村民数字化服务满意度', '≥', '90', '%', null),
  // 妇幼保健
  X('妇幼保健', O, QTY, '孕产妇系统管理人数', '≥', '5200', '人', null),
  X('妇幼保健', O, QTY, '孕产妇系统管理人数', '≥', '90', '%', UVN),
  X('妇幼保健', O, QUAL, '孕产妇系统管理率', '≥', '90', '%', null),
  X('妇幼保健', O, QUAL, '孕产妇系统管理率', '≥', '90', '人', UVN),
  X('妇幼保健', O, QUAL, '新生儿遗传代谢病筛查率', '≥', '98', '%', null),
  X('妇幼保健', O, QUAL, '新生儿遗传代谢病筛查率', '≤', '98', '%', DIR),
  X('妇幼保健', O, QUAL, '新生儿听力筛查漏检率', '≤', '1', '%', null),
  X('妇幼保健', O, QUAL, '新生儿听力筛查漏检率', '≥', '1', '%', DIR),
  X('妇幼保健', O, TIME, '筛查阳性病例召回', '定性', '确诊后7日内', null, null),
  X('妇幼保健', B, SOC, '孕产妇死亡率', '≤', '10', '1/10万', null),
  X('妇幼保健', B, SOC, '婴儿死亡率', '≥', '5', '‰', DIR),
  X('妇幼保健', B, SOC, '婴儿死亡率', null, '不高于上年', null, NN),
  X('妇幼保健', S, SAT, '孕产妇保健服务满意度', '≥', '92', '%', null),
  X('妇幼保健', S, SAT, '孕产妇保健服务满意度', '≥', '85', '%', SATF),
  // 职业技能等级认定
  X('职业技能等级认定', O, QTY, '职业技能等级认定人数', '≥', '3000', '人', null),
  X('职业技能等级认定', O, QTY, '职业技能等级认定人次', '≥', '95', '%', UVN),
  X('职业技能等级认定', O, QUAL, '认定考评员持证上岗率', '=', '100', '%', null),
  X('职业技能等级认定', O, QUAL, '认定考评员持证上岗率', '≥', '100', '%', IMP),
  X('职业技能等级认定', O, QUAL, '职业技能等级证书信息差错率', '≤', '0.5', '%', null),
  X('职业技能等级认定', O, QUAL, '职业技能等级证书信息差错率', '≥', '0.5', '%', DIR),
  X('职业技能等级认定', O, QUAL, '考核试卷命题质量', '定性', '符合国家职业标准', null, null),
  X('职业技能等级认定', O, TIME, '证书核发时限', '≤', '15', '个工作日', null),
  X('职业技能等级认定', O, TIME, '证书核发时限', '≤', '15', '%', UVN),
  X('职业技能等级认定', O, TIME, '证书核发', '定性', '及时核发', null, QVQ),
  X('职业技能等级认定', B, SOC, '取证人员就业率', '≥', '80', '%', null),
  X('职业技能等级认定', B, SOC, '取证人员就业率', '≥', '8', '%', IMP),
  X('职业技能等级认定', B, ECON, '高技能人才占技能人才比例', '≥', '30', '%', null),
  X('职业技能等级认定', S, SAT, '参评人员满意度', '≥', '90', '%', null),
  X('职业技能等级认定', B, SOC, '参评人员满意度', '≥', '90', '%', LVN),
  // 公共法律服务
  X('公共法律服务', O, QTY, '12348热线接听量', '≥', '2.4', '万人次', null),
  X('公共法律服务', O, QTY, '村（居）法律顾问覆盖率', '=', '100', '%', null),
  X('公共法律服务', O, QTY, '村（居）法律顾问配备数', '≥', '100', '%', UVN),
  X('公共法律服务', O, QTY, '法律援助案件办理数', '≥', '860', '件', null),
  X('公共法律服务', O, QUAL, '法律援助案件质量评查优良率', '≥', '90', '%', null),
  X('公共法律服务', O, QTY, '法律援助案件质量评查合格率', '≥', '95', '%', LVN),
  X('公共法律服务', O, QUAL, '行政复议积案数', '≤', '10', '件', null),
  X('公共法律服务', O, QUAL, '行政复议积案数', '≥', '10', '件', DIR),
  X('公共法律服务', O, QUAL, '行政复议积案数', '≤', '10', '%', UVN),
  X('公共法律服务', O, TIME, '热线来电平均响应时长', '≤', '20', '秒', null),
  X('公共法律服务', O, TIME, '热线来电平均响应时长', '≥', '20', '秒', DIR),
  X('公共法律服务', O, TIME, '法律援助申请审查', '≤', '7', '个工作日', null),
  X('公共法律服务', B, SOC, '群众法治意识', '定性', '明显增强', null, null),
  X('公共法律服务', S, SAT, '法律援助受援人满意度', '≥', '95', '%', null),
  X('公共法律服务', S, SAT, '法律援助受援人满意度', '≥', '95', '件', SATF, [UVN]),
  // 校园食品安全
  X('校园食品安全', O, QTY, '学校食堂“互联网+明厨亮灶”改造', '≥', '210', '所', null),
  X('校园食品安全', O, QTY, '学校食堂“互联网+明厨亮灶”覆盖率', '≥', '210', '所', UVN),
  X('校园食品安全', O, QTY, '校园食品安全监督检查', '≥', '2', '次/学期', null),
  X('校园食品安全', O, QTY, '校园食品安全监督检查', '≥', '1', '次/季度', null),
  X('校园食品安全', O, QUAL, '食堂食品抽检合格率', '≥', '98', '%', null),
  X('校园食品安全', O, QUAL, '食堂食品抽检合格率', '<', '98', '%', DIR),
  X('校园食品安全', O, QTY, '食堂食品抽检', '定性', '应检尽检', null, QVQ),
  X('校园食品安全', O, QUAL, '校园食物中毒事件', '定性', '零发生', null, null),
  X('校园食品安全', O, QUAL, '校园食物中毒事件', '≥', '1', '起', DIR),
  X('校园食品安全', O, QUAL, '从业人员健康证持证率', '=', '100', '%', null),
  X('校园食品安全', O, QUAL, '从业人员健康证持证率', '≥', '98', '人', UVN),
  X('校园食品安全', O, TIME, '问题食堂整改', '定性', '发现问题后3日内整改到位', null, null),
  X('校园食品安全', B, SOC, '师生食品安全投诉举报量', null, '不高于上年', '件', NN),
  X('校园食品安全', S, SAT, '学生家长满意度', '≥', '90', '%', null),
  // 蓄滞洪区运用补偿
  X('蓄滞洪区补偿', O, QTY, '蓄滞洪区补偿农户', '≥', '1800', '户', null),
  X('蓄滞洪区补偿', O, QTY, '蓄滞洪区补偿农户', '≥', '1800', '万元', UVN),
  X('蓄滞洪区补偿', O, QTY, '淹没耕地核定面积', '≥', '2.6', '万亩', null),
  X('蓄滞洪区补偿', O, QTY, '淹没耕地核定面积', '≥', '2.6', '万元', UVN),
  X('蓄滞洪区补偿', O, QUAL, '补偿资金发放准确率', '=', '100', '%', null),
  X('蓄滞洪区补偿', O, QTY, '补偿资金发放准确率', '=', '100', '%', LVN),
  X('蓄滞洪区补偿', O, QUAL, '补偿申报材料退件率', '≤', '3', '%', null),
  X('蓄滞洪区补偿', O, QUAL, '补偿申报材料退件率', '≥', '3', '%', DIR),
  X('蓄滞洪区补偿', O, TIME, '补偿资金兑付', '定性', '12月底前', null, null),
  X('蓄滞洪区补偿', O, TIME, '补偿资金兑付及时率', '≥', '95', '%', null),
  X('蓄滞洪区补偿', O, TIME, '补偿资金兑付及时率', '≥', '95', '天', UVN),
  X('蓄滞洪区补偿', C, ECOST, '亩均补偿标准', '≤', '800', '元/亩', null),
  X('蓄滞洪区补偿', C, ECOST, '亩均补偿标准', '≤', '800', '%', UVN),
  X('蓄滞洪区补偿', B, SOC, '分洪转移群众伤亡人数', '=', '0', '人', null),
  X('蓄滞洪区补偿', S, SAT, '受偿农户满意度', '≥', '90', '%', null),
  // 候鸟迁徙保护
  X('候鸟迁徙保护', O, QTY, '候鸟迁飞通道巡护', '≥', '1', '次/周', null),
  X('候鸟迁徙保护', O, QTY, '候鸟监测样点', '≥', '36', '个', null),
  X('候鸟迁徙保护', O, QTY, '候鸟监测样点', '≥', '36', '%', UVN),
  X('候鸟迁徙保护', O, QTY, '清理非法捕鸟网具', '≥', '500', '张', null),
  X('候鸟迁徙保护', O, QUAL, '野生鸟类疫源疫病监测漏报率', '≤', '1', '%', null),
  X('候鸟迁徙保护', O, QUAL, '野生鸟类疫源疫病监测漏报率', '≥', '1', '%', DIR),
  X('候鸟迁徙保护', B, ECO, '越冬候鸟数量', '≥', '3.5', '万只', null),
  X('候鸟迁徙保护', B, ECO, '越冬候鸟数量', '≥', '3.5', '%', UVN),
  X('候鸟迁徙保护', B, ECO, '非法猎捕候鸟案件', '≥', '5', '起', DIR),
  X('候鸟迁徙保护', B, ECO, '非法猎捕候鸟案件', null, '同比下降20%', null, null),
  X('候鸟迁徙保护', B, ECO, '湿地候鸟栖息环境', '定性', '持续改善', null, null),
  X('候鸟迁徙保护', B, ECO, '候鸟栖息地保护率', '≥', '0', '%', IMP),
  X('候鸟迁徙保护', S, SAT, '周边群众满意度', '≥', '90', '%', null),
  // 计量检定
  X('计量检定', O, QTY, '强制检定计量器具', '≥', '1.8', '万台件', null),
  // A genuine limit (LIMITS in review-unseen-wording.test.ts): an act on things with no measure word, in money, may be its cost.
  X('计量检定', O, QTY, '强制检定计量器具', '≥', '1.8', '万元', UVN),
  X('计量检定', '産出指標', '數量指標', '社会公用计量标准建标', '≥', '12', '项', null, [LEV]),
  X('计量检定', O, QUAL, '计量器具受检率', '≥', '95', '%', null),
  X('计量检定', O, QUAL, '计量器具受检率', '≥', '95', '台件', UVN),
  X('计量检定', O, QUAL, '检定结果漏检率', '≤', '0.5', '%', null),
  X('计量检定', O, QUAL, '检定结果漏检率', '≥', '0.5', '%', DIR),
  X('计量检定', O, QUAL, '检定证书差错率', null, '控制在3%以内', null, null),
  X('计量检定', O, QUAL, '计量标准考核合格率', '≥', '110', '%', IMP),
  X('计量检定', O, TIME, '检定报告出具时限', '≤', '5', '个工作日', null),
  X('计量检定', O, TIME, '检定报告出具时限', '≥', '5', '个工作日', DIR),
  X('计量检定', B, ECON, '为企业节约检定费用', '≥', '120', '万元', null),
  X('计量检定', B, SOC, '民生计量器具失准投诉', '≥', '30', '件', DIR),
  X('计量检定', S, SAT, '送检企业满意度', '≥', '90', '%', null),
  // 精神卫生
  X('精神卫生', O, QTY, '严重精神障碍患者在册管理人数', '≥', '2600', '人', null),
  X('精神卫生', O, QUAL, '严重精神障碍患者规范管理率', '≥', '90', '%', null),
  X('精神卫生', O, QUAL, '严重精神障碍患者规范管理率', '≥', '90', '人', UVN),
  X('精神卫生', O, QTY, '严重精神障碍患者规范管理率', '≥', '90', '%', LVN),
  X('精神卫生', O, QUAL, '患者服药率', '≥', '80', '%', null),
  X('精神卫生', O, QTY, '心理援助热线接听', '≥', '6000', '人次', null),
  X('精神卫生', O, TIME, '危机干预平均响应时长', '≤', '30', '分钟', null),
  X('精神卫生', O, TIME, '危机干预平均响应时长', '≥', '30', '分钟', DIR),
  X('精神卫生', O, TIME, '危机干预平均响应时长', '≤', '30', '人', UVN),
  X('精神卫生', B, SOC, '患者肇事肇祸案件', '≤', '2', '起', null),
  X('精神卫生', B, SOC, '患者肇事肇祸案件', '≥', '2', '起', DIR),
  X('精神卫生', B, SOC, '患者家庭照护负担', '定性', '有所减轻', null, null),
  X('精神卫生', S, SAT, '患者家属满意度', '≥', '90', '%', null),
  X('精神卫生', S, SAT, '患者家属满意度', '≥', '80', '%', SATF),
  // 职业病防治
  X('职业病防治', O, QTY, '重点行业劳动者职业健康检查', '≥', '1.5', '万人', null),
  X('职业病防治', O, QTY, '重点行业劳动者职业健康检查人数', '≥', '95', '%', UVN),
  X('职业病防治', O, QUAL, '职业健康检查覆盖率', '≥', '95', '%', null),
  X('职业病防治', O, QUAL, '职业病报告漏报率', '≤', '2', '%', null),
  X('职业病防治', O, QUAL, '职业病报告漏报率', '>', '2', '%', DIR),
  X('职业病防治', O, TIME, '职业病诊断', '≤', '30', '日', null),
  X('职业病防治', B, SOC, '接尘劳动者尘肺病检出率', null, '同比下降5个百分点', null, null),
  X('职业病防治', B, SOC, '工作场所职业病危害因素监测合格率', null, '同比下降5个百分点', null, DIR),
  X('职业病防治', B, SOC, '新发职业病病例数', '≤', '10', '例', null),
  X('职业病防治', B, SOC, '新发职业病病例数', '≥', '10', '例', DIR),
  X('职业病防治', C, ECOST, '人均职业健康检查费用', '≤', '260', '元/人', null),
  X('职业病防治', C, ECOST, '人均职业健康检查费用', '≥', '260', '元/人', DIR),
  X('职业病防治', S, SAT, '用人单位满意度', '≥', '90', '%', null),
  X('职业病防治', S, QTY, '用人单位满意度', '≥', '90', '%', LEV, [LVN]),
  // 机动车排气检测
  X('机动车排气检测', O, QTY, '机动车排放检验机构监督检查', '≥', '1', '次/季度', null),
  X('机动车排气检测', O, QTY, '柴油货车路检路查', '≥', '3000', '辆次', null),
  X('机动车排气检测', O, QTY, '柴油货车路检路查车辆数', '≥', '30', '%', UVN),
  X('机动车排气检测', O, QUAL, '检验数据联网上传率', '=', '100', '%', null),
  X('机动车排气检测', O, QUAL, '排放检验机构检测数据造假', '定性', '零发生', null, null),
  X('机动车排气检测', O, QUAL, '遥感监测设备误报率', '≤', '3', '%', null),
  X('机动车排气检测', O, QUAL, '遥感监测设备误报率', '≥', '3', '%', DIR),
  X('机动车排气检测', O, QUAL, '遥感监测设备误报率', '≤', '3', '台', UVN),
  X('机动车排气检测', B, ECO, '机动车氮氧化物排放量', '≥', '2', '万吨', DIR),
  X('机动车排气检测', B, ECO, '机动车氮氧化物排放量', null, '较上年减少3%', null, null),
  X('机动车排气检测', B, ECO, '超标排放车辆占比', '≤', '5', '%', null),
  X('机动车排气检测', B, ECO, '超标排放车辆占比', '≥', '5', '%', DIR),
  X('机动车排气检测', S, SAT, '车主检测服务满意度', '≥', '90', '%', null),
  X('机动车排气检测', O, SAT, '车主检测服务满意度', '≥', '90', '%', LEV, [LVN]),
  // 困境儿童关爱
  X('困境儿童关爱', O, QTY, '困境儿童基本生活保障人数', '≥', '640', '人', null),
  X('困境儿童关爱', O, QTY, '困境儿童基本生活保障人数', '≥', '640', '元', UVN),
  X('困境儿童关爱', O, QTY, '儿童主任配备', '≥', '310', '名', null),
  X('困境儿童关爱', O, QUAL, '保障金发放准确率', '=', '100', '%', null),
  X('困境儿童关爱', O, QUAL, '保障金发放准确率', '≥', '100', '%', IMP),
  X('困境儿童关爱', O, QUAL, '困境儿童走访频次', '≥', '1', '次/月', null),
  X('困境儿童关爱', O, TIME, '保障金发放时间', '定性', '每月10日前', null, null),
  X('困境儿童关爱', C, ECOST, '人均月保障标准', '≥', '1300', '元/人·月', null),
  X('困境儿童关爱', C, ECOST, '人均月保障标准', '≥', '1300', '%', UVN),
  X('困境儿童关爱', B, SOC, '困境儿童失学辍学人数', '=', '0', '人', null),
  X('困境儿童关爱', B, SOC, '困境儿童失学辍学人数', '≥', '0', '人', IMP, [DIR]),
  X('困境儿童关爱', B, SOC, '困境儿童关爱服务', '定性', '应保尽保', null, null),
  X('困境儿童关爱', S, SAT, '监护人满意度', '≥', '90', '%', null),
  X('困境儿童关爱', S, SAT, '监护人满意度', '≥', '较好', null, NN, [SATF]),
  // 公共资源电子交易
  X('公共资源电子交易', O, QTY, '进场交易项目', '≥', '1200', '宗', null),
  X('公共资源电子交易', O, QTY, '电子招投标项目数', '≥', '90', '%', UVN),
  X('公共资源电子交易', O, QUAL, '全流程电子化交易率', '≥', '98', '%', null),
  X('公共资源电子交易', O, QUAL, '全流程电子化交易率', '≥', '9', '%', IMP),
  X('公共资源电子交易', O, QUAL, '交易系统故障中断时长', '≤', '4', '小时', null),
  X('公共资源电子交易', O, QUAL, '交易系统故障中断时长', '≥', '4', '小时', DIR),
  X('公共资源电子交易', O, QUAL, '投标文件退件率', '≤', '2', '%', null),
  X('公共资源电子交易', O, QUAL, '投标文件退件率', '≥', '2', '%', DIR),
  X('公共资源电子交易', O, TIME, '交易结果公示', '定性', '开标后3日内', null, null),
  X('公共资源电子交易', B, ECON, '节约交易成本', '≥', '1500', '万元', null),
  X('公共资源电子交易', B, SOC, '交易投诉质疑件数', '≤', '15', '件', null),
  X('公共资源电子交易', B, SOC, '交易投诉质疑件数', '>', '15', '件', DIR),
  X('公共资源电子交易', S, SAT, '交易主体满意度', '≥', '90', '%', null),
  X('公共资源电子交易', B, SAT, '交易主体满意度', '≥', '90', '%', LEV, [LVN]),
  // 防返贫动态监测
  X('防返贫动态监测', O, QTY, '监测对象识别纳入', '≥', '450', '户', null),
  X('防返贫动态监测', O, QTY, '监测对象识别纳入户数', '≥', '45', '%', UVN),
  X('防返贫动态监测', O, QUAL, '监测对象帮扶措施落实率', '=', '100', '%', null),
  X('防返贫动态监测', O, QUAL, '监测对象帮扶措施落实率', '≥', '100', '%', IMP),
  X('防返贫动态监测', O, QTY, '农户信息比对核查', '定性', '应查尽查', null, QVQ),
  X('防返贫动态监测', O, TIME, '风险预警核实', '定性', '发现后15日内', null, null),
  X('防返贫动态监测', B, SOC, '返贫人数', '=', '0', '人', null),
  X('防返贫动态监测', B, SOC, '返贫人数', '≥', '0', '人', IMP, [DIR]),
  X('防返贫动态监测', B, SOC, '返贫人数', '≥', '5', '人', DIR),
  X('防返贫动态监测', B, SOC, '返贫致贫人数', '定性', '零发生', null, null),
  X('防返贫动态监测', B, ECON, '监测户人均纯收入增幅', '≥', '8', '%', null),
  X('防返贫动态监测', B, ECON, '监测户人均纯收入', '≥', '8', '%', UVN),
  X('防返贫动态监测', B, SUST, '防返贫监测帮扶机制', '定性', '长效运行', null, null),
  X('防返贫动态监测', S, SAT, '监测户满意度', '≥', '90', '%', null),
  // 共享单车监管
  X('共享单车监管', O, QTY, '规范停放点位施划', '≥', '800', '处', null),
  X('共享单车监管', O, QTY, '清理僵尸车辆', '≥', '1.2', '万辆', null),
  // A genuine limit (LIMITS in review-unseen-wording.test.ts): an act on things with no measure word, in money, may be its cost.
  X('共享单车监管', O, QTY, '清理僵尸车辆', '≥', '1.2', '万元', UVN),
  X('共享单车监管', O, QUAL, '车辆乱停放投诉办结率', '≥', '95', '%', null),
  X('共享单车监管', O, QUAL, '车辆乱停放投诉量', '≤', '300', '件', null),
  X('共享单车监管', O, QUAL, '车辆乱停放投诉量', '≥', '300', '件', DIR),
  X('共享单车监管', O, QUAL, '车辆乱停放投诉量', '≤', '300', '%', UVN, [IMP]),
  X('共享单车监管', O, TIME, '乱停车辆清理', '≤', '2', '小时', null),
  X('共享单车监管', O, TIME, '乱停车辆清理响应', '定性', '及时清理', null, QVQ),
  X('共享单车监管', B, SOC, '车辆规范停放率', '≥', '90', '%', null),
  X('共享单车监管', B, SOC, '车辆规范停放率', '≤', '90', '%', DIR),
  X('共享单车监管', B, SOC, '车辆规范停放率', '≥', '90', '辆', UVN),
  X('共享单车监管', S, SAT, '市民出行满意度', '≥', '90', '%', null),
  // 地理标志保护
  X('地理标志保护', O, QTY, '地理标志产品专用标志使用企业', '≥', '35', '家', null),
  X('地理标志保护', O, QTY, '地理标志产品专用标志使用企业', '≥', '35', '%', UVN),
  X('地理标志保护', O, '', '地理标志商标注册', '≥', '2', '件', LEV),
  X('地理标志保护', O, QUAL, '地理标志产品抽检合格率', '≥', '96', '%', null),
  X('地理标志保护', O, QUAL, '地理标志产品抽检合格率', '≥', '96', '批次', UVN),
  X('地理标志保护', O, QUAL, '假冒地理标志案件', '≤', '3', '起', null),
  X('地理标志保护', O, QUAL, '假冒地理标志案件', '≥', '3', '起', DIR),
  X('地理标志保护', O, TIME, '保护示范区建设', '定性', '12月底前', null, null),
  X('地理标志保护', B, ECON, '地理标志产品年产值', '≥', '4.5', '亿元', null),
  X('地理标志保护', B, ECON, '地理标志产品年产值', '≥', '4.5', '亩', UVN),
  X('地理标志保护', B, ECON, '带动农户增收', '≥', '1200', '元/户', null),
  X('地理标志保护', B, SOC, '地理标志品牌知名度', '定性', '持续提升', null, null),
  X('地理标志保护', S, SAT, '使用企业满意度', '≥', '90', '%', null),
];

/** 部门整体 rows: 公共资源交易中心, 乡村振兴局, 计量测试所, beside the department base rows. */
export const HELD_OUT_47_DEPT: RowCase[] = [
  // 公共资源交易中心
  X('部门·公共资源交易中心', O, DUTY, '交易项目进场率', '=', '100', '%', null),
  X('部门·公共资源交易中心', O, DUTY, '交易项目进场率', '=', '100', '宗', UVN),
  X('部门·公共资源交易中心', O, DUTY, '交易档案归档', '≥', '1200', '宗', null),
  X('部门·公共资源交易中心', O, MGMT, '“三公”经费', null, '不高于上年', '万元', NN),
  X('部门·公共资源交易中心', O, MGMT, '本级预算执行率', '≥', '95', '%', null),
  X('部门·公共资源交易中心', B, SOCIAL, '交易咨询平均响应时长', '≥', '1', '小时', DIR),
  X('部门·公共资源交易中心', B, SOCIAL, '交易见证差错', '定性', '零发生', null, null),
  X('部门·公共资源交易中心', B, SUSTAIN, '电子交易平台运行机制', '定性', '持续完善', null, null),
  X('部门·公共资源交易中心', S, CLIENT, '市场主体满意度', '≥', '90', '%', null),
  X('部门·公共资源交易中心', B, CLIENT, '市场主体满意度', '≥', '90', '%', LEV, [LVN]),
  // 乡村振兴局
  X('部门·乡村振兴局', O, DUTY, '防止返贫监测帮扶覆盖率', '=', '100', '%', null),
  X('部门·乡村振兴局', O, DUTY, '防止返贫监测帮扶覆盖率', '≤', '90', '%', DIR),
  X('部门·乡村振兴局', O, DUTY, '衔接资金项目开工', '≥', '60', '个', null),
  X('部门·乡村振兴局', O, MGMT, '衔接资金支出进度', '≥', '0', '%', IMP),
  X('部门·乡村振兴局', O, MGMT, '财政资金结转结余率', null, '控制在3%以内', null, null),
  X('部门·乡村振兴局', B, SOCIAL, '返贫人数', '≤', '0', '人', null),
  X('部门·乡村振兴局', B, SOCIAL, '脱贫人口人均纯收入', '≥', '1.6', '万元', null),
  X('部门·乡村振兴局', B, SOCIAL, '脱贫人口人均纯收入', '≥', '1.6', '人', UVN),
  X('部门·乡村振兴局', B, SUSTAIN, '帮扶产业带动机制', '定性', '健全完善', null, null),
  X('部门·乡村振兴局', S, CLIENT, '脱贫群众满意度', '≥', '95', '%', null),
  X('部门·乡村振兴局', S, CLIENT, '脱贫群众满意度', '≥', '85', '%', SATF),
  // 计量测试所
  X('部门·计量测试所', O, DUTY, '计量器具检定按期完成率', '≥', '98', '%', null),
  X('部门·计量测试所', O, DUTY, '计量器具检定按期完成率', '≥', '98', '个工作日', UVN),
  X('部门·计量测试所', O, DUTY, '能力验证满意结果占比', '≥', '100', '%', IMP),
  X('部门·计量测试所', O, MGMT, '固定资产账实不符', '定性', '零发生', null, null),
  X('部门·计量测试所', O, MGMT, '政府采购预算执行率', '<', '95', '%', DIR),
  X('部门·计量测试所', B, SOCIAL, '检测报告差错率', '≤', '1', '%', null),
  X('部门·计量测试所', B, SOCIAL, '检测报告差错率', '≥', '1', '%', DIR),
  X('部门·计量测试所', B, SUSTAIN, '计量标准体系', '定性', '逐步健全', null, null),
  X('部门·计量测试所', S, CLIENT, '送检单位满意度', '≥', '90', '%', null),
  X('部门·计量测试所', O, SOCIAL, '送检单位满意度', '≥', '90', '%', LEV, [LVN]),
];
