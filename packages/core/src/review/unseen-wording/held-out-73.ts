import { B, C, CLIENT, DIR, DUTY, ECON, ECOST, IMP, LEV, LVN, NN, O, QTY, QUAL, QVQ, S, SAT, SATF, SCOST, SOC, SOCIAL, SUST, SUSTAIN, TIME, UM, UVN, X, type RowCase } from './case-types';

const MGMT = '管理效率';

/** A row of set 73 and its 指标值说明 (description), read with the row as a 2027 form carries it. */
export interface RowCase73 { row: RowCase; description: string | null }
const D = (row: RowCase, description: string | null = null): RowCase73 => ({ row, description });

// 指标值说明 the units paste over and over (one text per kind of row, as templates carry them).
const BUDGET = '全年支出控制在年度预算批复数以内。';
const CONTRACT = '以服务合同约定内容为准。';
const SATIS = '通过问卷调查，满意及基本满意人数占调查总人数的比例。';

/**
 * Held-out set 73 (session 27), written before reading the review code and measured as written. Precision at scale on the current
 * cycle: the 2027 targets of the ordinary 运转类 and 其他事业发展类 projects every county department files, as units write them in
 * the 2026–2027 templates — 指标值说明 often filled (a formula, the contract, the budget line, the scope), 成本 rows in 万元 capped at
 * the budget, 时效 as 2027 dates, 满意度 ≥90% — about 85% fine, so the false alarms on the most common rows in the system can be
 * counted. 28 projects (机关办公楼物业, 政务信息系统运维, 公务用车运行维护, 办公楼维修改造, 业务会议和培训, 宣传资料印制, 常年法律顾问,
 * 财政投资评审, 政府投资项目结算审计, 档案数字化加工, 机关食堂, 安保保洁劳务外包, 网络安全等级保护测评, 政务新媒体运营, 文明实践志愿
 * 服务, 专项调研课题, 第三方绩效评价, 电子政务外网线路租赁, 办公设备购置, 机房基础设施维保, 消防设施维保, 视频会议系统运维, 办公用房
 * 租赁, 政府购买服务岗位, 机关党建, 满意度测评服务, 公共机构节能改造, 商用密码应用安全性评估) — HELD_OUT_73 in a fiscal-year 2027
 * project_target beside BASE — and 部门整体 rows of eight county departments that file them (机关事务服务中心, 档案馆, 审计局, 司法局,
 * 融媒体中心, 大数据中心, 财政局, 县委宣传部; HELD_OUT_73_DEPT in a 2027 department_target beside DEPT_BASE). Each row may carry its
 * 指标值说明 (RowCase73.description), read with the row as set 60's are.
 *
 * Readings (fixed in the labels as the rows were written, before measuring; rules.md §2 and earlier sets' readings where they speak):
 * - Fine: a count, area or amount in its own unit with = or ≥ (万平方米, 台, 樘, 万页, 人次, 场次, 万小时, Mbps); a standard stated with
 *   = or ≤ (元/平方米·月, 元/人·天, 元/页, 万元/辆, 万元/人·年); a 成本 row capped at the budget (≤ …万元), including works named by the
 *   saving they make (节能改造工程费); a good share at 90–100% with ≥ or = (可用率 99.5%, 完好率 98%); a bad share or count capped or =0
 *   (差错率 ≤1%, 败诉案件 ≤1件, 音视频中断 ≤1次, 食物中毒 =0); a time to act capped (≤30分钟, ≤4小时, ≤20个工作日); a 2027 date or a
 *   deadline in words under 时效 (≤2027年8月31日, 2027年4月底前, 活动开展前7日内, 每季度首月15日前); a 定性 effect under 效益 and a 定性
 *   quality that names its code (符合统计调查规范); a review's workload in money under 数量 (送审金额 ≥12亿元); money saved by review
 *   (审减率, 核减金额, 节约财政资金 ≥); office space rented capped by the standard (租赁办公用房面积 ≤1260平方米); 满意度 ≥90% in %;
 *   a 社会成本 row stated 无明显影响; a 效益 row restating an output under 社会效益 (sets 13, 31, 41, 61).
 * - direction: a cost or a budget line floored (运维费 ≥, 购买服务岗位经费 ≥, 食堂运营管理费 ≥); a time to act floored (报修响应时间 ≥,
 *   修复时限 ≥, 评审时限 ≥, 留言回复时限 ≥, 到场处置时间 ≥); a bad count or share floored (差错率 ≥, 食物中毒 ≥1, 非计划断电 ≥1, 人均
 *   综合能耗 ≥); a good share capped (达标率 ≤, 可用率 ≤, 验收合格率 ≤100%); money saved by review capped (核减…金额 ≤).
 * - implausible_target: a share over 100% (执行率 =120%, 合格率 =110%, 回收率 ≥120%); ≥100% on a share; a good share in single
 *   digits (可用率 ≥9.95%, 合格率 ≥9%); ≥0 on a bad count (direction accepted beside).
 * - unit_vs_name: a count or thing in money (门窗 in 元, 折页 in 元, 计算机 in 万元, 培训人员 in 万元, 扫描 in 万元); a share in a count
 *   unit (规范率 in 人, 整改完成率 in 个, 参学率 in 分); a count in % (渗透测试 ≥4%); money in 个; a share in 万元.
 * - level_vs_name: 完好率 under 数量; 及时率 under 数量. levels: a 数量 二级 under 效益 (产出 restated as 效益). satisfaction: in 分 or
 *   below 90%. qualitative_vs_quantitative: a vague value under 数量/时效 (及时出具, 按期结题, 广泛开展, 及时恢复). not_numeric: a sign
 *   before words (≥上年). unit_missing: a count with no unit.
 * Every name was grepped against every held-out-*.ts, tuned-set.ts, review-*.test.ts and held-out-forms/ and the 52 found there (the
 * library's plain names: 物业管理服务费, 政策知晓率, 注册志愿者, 审计整改完成率, 高危漏洞整改率, …) were given a scope or reworded
 * before measuring (机关办公楼物业管理服务费, 群众对宣传政策知晓率, 全县实名注册志愿者, 年度审计查出问题整改到位率, 测评发现高危漏洞整改率).
 *
 * First measurement, as written and before reading or changing any review code (a tsx run of the harness's rowCodes on this set
 * alone, fiscal-year 2027 forms, BASE / DEPT_BASE): 357 rows (325 project, 32 部门整体), 303 labelled fine (84.9%); 4 fine rows
 * flagged (1.3 false alarms per 100 fine rows):
 *   direction                    tp 17 fp 2 fn 1  precision 89.5%  recall 94.4%
 *   implausible_target           tp 7 fp 1 fn 0   precision 87.5%  recall 100.0%
 *   level_vs_name                tp 2 fp 1 fn 0   precision 66.7%  recall 100.0%
 *   levels                       tp 2 fp 0 fn 0   precision 100.0% recall 100.0%
 *   not_numeric                  tp 2 fp 0 fn 0   precision 100.0% recall 100.0%
 *   qualitative_vs_quantitative  tp 4 fp 1 fn 0   precision 80.0%  recall 100.0%
 *   satisfaction                 tp 6 fp 0 fn 0   precision 100.0% recall 100.0%
 *   unit_missing                 tp 2 fp 0 fn 0   precision 100.0% recall 100.0%
 *   unit_vs_name                 tp 6 fp 0 fn 5   precision 100.0% recall 54.5%
 * (False alarms on fine rows: direction on 节能改造工程费 ≤38万元 (节能 read the cost as a saving) and on 租赁办公用房面积 ≤1260平方米
 * (an output capped); level_vs_name on 送审金额 ≥12亿元 under 数量 (read as money spent); qualitative_vs_quantitative on 样本抽取随机性
 * 符合统计调查规范 (the code not read as named). implausible_target on 会前设备调试及时率 ≥100% under 数量, where level_vs_name was
 * expected. Missed: direction on 核减工程结算金额 ≤1800万元; unit_vs_name on 更换老旧铝合金门窗 ≥186元, 印制政策宣传折页 ≥30000元,
 * 购置台式计算机 =40万元, 文书档案数字化扫描 ≥36万元, 开展渗透测试和漏洞扫描 ≥4%.)
 * Label re-read after measuring: 会前设备调试及时率 ≥100% under 数量 carries two defects — my ≥100% is itself implausible_target by
 * rules.md §2 — so it expects implausible_target with level_vs_name accepted beside (the review reports the value first).
 * Fixed by general cause (review-audit-cases-b73.test.ts; name-word-classes.ts, name-fine-classes.ts, classify-name.ts, name-facts.ts,
 * packed-name-facts.ts, measure-unit.ts, value-wording.ts): money put up for review (送审, 报审) is the review's workload, not
 * spending; money cut from a claim by review (核减…金额, 审减…资金) is money saved (GAIN); works named by the saving they make before
 * a cost word (节能/节水/减排…费, …费用, …成本) are money spent on those works, not a saving; office space rented or used (租赁/租用
 * 办公用房面积) is held to the standard as owned space is; a profession's code named by its field (统计调查规范, 会计准则, 档案著录规则)
 * names a standard; things bought or made one by one (购置, 采购, 配备, 更换, 印制, 编印, 制作 + a thing; services, works, software
 * and money apart) are counted, so money beside them under 数量 is unit_vs_name.
 * Genuine limits (LIMITS in review-unseen-wording.test.ts, asserted in review-audit-cases-b73.test.ts): 文书档案数字化扫描 in 万元 (an
 * act on records with no measure word in money may state what it costs, sets 47 and 60); 开展渗透测试和漏洞扫描 ≥4% (a scan in % may
 * be the share of the systems scanned, as an inspection share is, set 10).
 * After the fixes (357 rows, 303 fine): 0 false alarms on fine rows, every code 100% precision; recall 100% but unit_vs_name 9/11,
 * the two limits (direction tp 18, unit_vs_name 9, implausible_target 8, satisfaction 6, qualitative_vs_quantitative 4, levels 2,
 * not_numeric 2, unit_missing 2, level_vs_name 1). Every earlier set stays at 0 false alarms; b63's limit case 配置数字化X线摄影设备
 * ≥6万元 is now caught and expects unit_vs_name (set 63's 三甲医院配置1.5T以上MRI in 万元, led by the hospital and not the verb, stays a limit).
 * Per form cpu (bench/rules/rules-bench.ts 200000, best of two, shared machine): before 321.6k/s, after 347.2k/s.
 */
export const HELD_OUT_73: RowCase73[] = [
  // 机关办公楼物业管理服务
  D(X('运转·物业管理', O, QTY, '物业服务覆盖办公楼建筑面积', '≥', '2.36', '万平方米', null), '以物业服务合同约定的服务面积为准。'),
  D(X('运转·物业管理', O, QTY, '公共区域日常保洁', '≥', '2', '次/日', null)),
  D(X('运转·物业管理', O, QTY, '电梯、供配电、给排水设施巡检', '≥', '4', '次/月', null)),
  D(X('运转·物业管理', O, QUAL, '物业服务考核评分', '≥', '90', '分', null), '按季度对照物业服务考核细则打分，取全年平均分。'),
  D(X('运转·物业管理', O, QUAL, '公共设施设备完好率', '≥', '98', '%', null)),
  D(X('运转·物业管理', O, QTY, '公共设施设备完好率', '≥', '98', '%', LVN)),
  D(X('运转·物业管理', O, TIME, '日常报修到场响应时间', '≤', '30', '分钟', null)),
  D(X('运转·物业管理', O, TIME, '日常报修到场响应时间', '≥', '30', '分钟', DIR)),
  D(X('运转·物业管理', O, TIME, '一般维修当日处理完成率', '≥', '95', '%', null), '当日完成的维修单数/报修单总数×100%。'),
  D(X('运转·物业管理', C, ECOST, '机关办公楼物业管理服务费', '≤', '186.5', '万元', null), BUDGET),
  D(X('运转·物业管理', C, ECOST, '物业服务费综合单价', '≤', '6.6', '元/平方米·月', null)),
  D(X('运转·物业管理', B, SOC, '机关办公秩序', '定性', '整洁有序', null, null)),
  D(X('运转·物业管理', B, SUST, '物业服务长效管理机制', '定性', '持续有效运行', null, null)),
  D(X('运转·物业管理', S, SAT, '机关干部职工对物业服务满意度', '≥', '92', '%', null), SATIS),
  // 政务信息系统运维
  D(X('运转·信息系统运维', O, QTY, '纳入运维范围的业务应用系统', '=', '14', '个', null), '包括财务管理、公文流转、档案管理等在用系统。'),
  D(X('运转·信息系统运维', O, QTY, '服务器及存储设备运维', '≥', '36', '台', null)),
  D(X('运转·信息系统运维', O, QTY, '驻场运维工程师', '≥', '2', '人', null)),
  D(X('运转·信息系统运维', O, QTY, '系统巡检报告', '≥', '12', '份', null), '每月提交一份运维巡检报告。'),
  D(X('运转·信息系统运维', O, QUAL, '核心业务系统可用率', '≥', '99.5', '%', null), '（全年时间-故障停机时间）/全年时间×100%。'),
  D(X('运转·信息系统运维', O, QUAL, '核心业务系统可用率', '≥', '9.95', '%', IMP)),
  D(X('运转·信息系统运维', O, QUAL, '业务数据每日备份成功率', '=', '100', '%', null)),
  D(X('运转·信息系统运维', O, TIME, '一般故障远程响应时间', '≤', '15', '分钟', null)),
  D(X('运转·信息系统运维', O, TIME, '重大故障现场修复时限', '≤', '4', '小时', null)),
  D(X('运转·信息系统运维', O, TIME, '重大故障现场修复时限', '≥', '4', '小时', DIR), '故障发生后4小时内恢复系统运行。'),
  D(X('运转·信息系统运维', C, ECOST, '信息系统年度运维费', '≤', '78', '万元', null), BUDGET),
  D(X('运转·信息系统运维', C, ECOST, '信息系统年度运维费', '≥', '78', '万元', DIR), BUDGET),
  D(X('运转·信息系统运维', B, SOC, '业务系统运行', '定性', '安全稳定', null, null)),
  D(X('运转·信息系统运维', S, SAT, '运维系统使用人员满意度', '≥', '90', '%', null)),
  // 公务用车运行维护
  D(X('运转·公务用车', O, QTY, '保障公务用车', '=', '11', '辆', null), '单位编制内公务用车数量。'),
  D(X('运转·公务用车', O, QTY, '车辆年度保险和年检', '=', '11', '辆次', null)),
  D(X('运转·公务用车', O, QUAL, '公务用车派车登记规范率', '=', '100', '%', null)),
  D(X('运转·公务用车', O, QUAL, '公务用车定点维修和定点加油执行率', '=', '100', '%', null)),
  D(X('运转·公务用车', O, QUAL, '公务用车定点维修和定点加油执行率', '=', '120', '%', IMP)),
  D(X('运转·公务用车', O, QUAL, '行车责任事故', '=', '0', '起', null)),
  D(X('运转·公务用车', O, TIME, '用车申请派车时限', '≤', '1', '小时', null)),
  D(X('运转·公务用车', C, ECOST, '公务用车燃油费', '≤', '9.6', '万元', null)),
  D(X('运转·公务用车', C, ECOST, '每辆公务用车年均运行维护费用', '≤', '2.2', '万元/辆', null), '运行维护费总额/公务用车数。'),
  D(X('运转·公务用车', B, SOC, '公务出行保障', '定性', '及时有效', null, null)),
  D(X('运转·公务用车', S, SAT, '用车部门满意度', '≥', '95', '%', null)),
  // 办公楼维修改造
  D(X('运转·办公楼维修', O, QTY, '屋面防水层翻新', '≥', '3200', '平方米', null), '按施工图纸工程量计算。'),
  D(X('运转·办公楼维修', O, QTY, '外立面真石漆修补', '≥', '4600', '平方米', null)),
  D(X('运转·办公楼维修', O, QTY, '更换老旧铝合金门窗', '≥', '186', '樘', null)),
  D(X('运转·办公楼维修', O, QTY, '更换老旧铝合金门窗', '≥', '186', '元', UVN)),
  D(X('运转·办公楼维修', O, QUAL, '维修工程竣工验收一次通过率', '=', '100', '%', null)),
  D(X('运转·办公楼维修', O, QUAL, '维修施工期间安全事故', '=', '0', '起', null)),
  D(X('运转·办公楼维修', O, TIME, '办公楼维修改造工程完工时间', '≤', '2027年8月31日', null, null)),
  D(X('运转·办公楼维修', O, TIME, '工程开工时间', '定性', '2027年4月底前', null, null)),
  D(X('运转·办公楼维修', C, ECOST, '维修改造工程费用', '≤', '142.8', '万元', null), '以财政评审审定金额为上限。'),
  D(X('运转·办公楼维修', C, SCOST, '施工对机关正常办公的影响', '定性', '无明显影响', null, null)),
  D(X('运转·办公楼维修', B, SUST, '办公楼设计使用年限内正常使用', '定性', '有效延长', null, null)),
  D(X('运转·办公楼维修', B, SOC, '屋面渗漏问题', '定性', '彻底解决', null, null)),
  D(X('运转·办公楼维修', S, SAT, '办公人员对维修改造效果满意度', '≥', '90', '%', null)),
  // 业务会议和培训
  D(X('运转·会议培训', O, QTY, '召开全系统工作会议', '≥', '3', '次', null)),
  D(X('运转·会议培训', O, QTY, '举办业务骨干能力提升培训班', '≥', '4', '期', null)),
  D(X('运转·会议培训', O, QTY, '参加培训人员', '≥', '320', '人次', null)),
  D(X('运转·会议培训', O, QTY, '参加培训人员', '≥', '320', '万元', UVN)),
  D(X('运转·会议培训', O, QUAL, '培训结业考试通过率', '≥', '95', '%', null)),
  D(X('运转·会议培训', O, QUAL, '会议费和培训费支出合规率', '=', '100', '%', null), '按照中央和省市会议费、培训费管理办法执行。'),
  D(X('运转·会议培训', O, TIME, '年度培训计划完成时间', '≤', '2027年11月30日', null, null)),
  D(X('运转·会议培训', C, ECOST, '培训费综合定额标准', '≤', '450', '元/人·天', null), '按二类培训综合定额标准执行。'),
  D(X('运转·会议培训', C, ECOST, '会议培训经费', '≤', '24.5', '万元', null)),
  D(X('运转·会议培训', B, SOC, '干部职工依法履职能力', '定性', '有效提升', null, null)),
  D(X('运转·会议培训', B, SOC, '举办业务培训', '≥', '4', '期', null)),
  D(X('运转·会议培训', B, QTY, '举办业务骨干培训', '≥', '4', '期', LEV)),
  D(X('运转·会议培训', S, SAT, '参训人员对培训组织满意度', '≥', '90', '分', SATF)),
  D(X('运转·会议培训', S, SAT, '参会人员对会务保障满意度', '≥', '95', '%', null)),
  // 宣传资料印制
  D(X('运转·宣传印刷', O, QTY, '印制政策宣传折页', '≥', '30000', '份', null)),
  D(X('运转·宣传印刷', O, QTY, '印制政策宣传折页', '≥', '30000', '元', UVN)),
  D(X('运转·宣传印刷', O, QTY, '编印工作手册', '≥', '800', '册', null)),
  D(X('运转·宣传印刷', O, QTY, '制作户外宣传展板', '≥', '45', '块', null)),
  D(X('运转·宣传印刷', O, QUAL, '印刷品质量验收合格率', '=', '100', '%', null)),
  D(X('运转·宣传印刷', O, QUAL, '宣传内容政治性和政策性差错', '=', '0', '处', null)),
  D(X('运转·宣传印刷', O, TIME, '宣传资料印制交付时间', '定性', '活动开展前7日内', null, null)),
  D(X('运转·宣传印刷', C, ECOST, '宣传资料印制费', '≤', '12.8', '万元', null), '通过政府采购确定印刷单位，不超过预算。'),
  D(X('运转·宣传印刷', B, SOC, '群众对宣传政策知晓率', '≥', '85', '%', null)),
  D(X('运转·宣传印刷', B, SOC, '政策宣传覆盖面', '定性', '持续扩大', null, null)),
  D(X('运转·宣传印刷', S, SAT, '群众对宣传资料满意度', '≥', '90', '%', null)),
  // 常年法律顾问服务
  D(X('运转·法律顾问', O, QTY, '审查合同及规范性文件', '≥', '120', '件', null)),
  D(X('运转·法律顾问', O, QTY, '审查合同及规范性文件', '≥', '上年', '件', NN)),
  D(X('运转·法律顾问', O, QTY, '出具法律意见书', '≥', '20', '份', null)),
  D(X('运转·法律顾问', O, QTY, '代理行政诉讼和复议案件', '≥', '6', '件', null), '视实际发生案件数量确定。'),
  D(X('运转·法律顾问', O, QTY, '为机关干部开展法治讲座', '≥', '2', '场', null)),
  D(X('运转·法律顾问', O, QUAL, '法律顾问意见采纳率', '≥', '90', '%', null)),
  D(X('运转·法律顾问', O, QUAL, '合同审查差错率', '≤', '1', '%', null)),
  D(X('运转·法律顾问', O, QUAL, '合同审查差错率', '≥', '1', '%', DIR)),
  D(X('运转·法律顾问', O, TIME, '一般合同审查出具意见时限', '≤', '3', '个工作日', null)),
  D(X('运转·法律顾问', O, TIME, '一般合同审查出具意见时限', '定性', '及时出具', null, QVQ)),
  D(X('运转·法律顾问', C, ECOST, '常年法律顾问服务费', '≤', '8', '万元', null), CONTRACT),
  D(X('运转·法律顾问', B, SOC, '依法行政水平', '定性', '进一步提高', null, null)),
  D(X('运转·法律顾问', B, SOC, '行政诉讼败诉案件', '≤', '1', '件', null)),
  D(X('运转·法律顾问', S, SAT, '业务科室对法律顾问服务满意度', '≥', '90', '%', null)),
  // 财政投资评审（委托第三方）
  D(X('其他·投资评审', O, QTY, '完成财政投资项目预算评审', '≥', '160', '个', null)),
  D(X('其他·投资评审', O, QTY, '送审金额', '≥', '12', '亿元', null), '按全年委托评审项目送审金额合计。'),
  D(X('其他·投资评审', O, QUAL, '评审报告复核差错率', '≤', '0.5', '%', null)),
  D(X('其他·投资评审', O, QUAL, '评审结论经复核维持率', '≥', '98', '%', null)),
  D(X('其他·投资评审', O, TIME, '单个项目评审完成时限', '≤', '20', '个工作日', null), '资料齐全之日起计算，重大项目另行约定。'),
  D(X('其他·投资评审', O, TIME, '单个项目评审完成时限', '≥', '20', '个工作日', DIR)),
  D(X('其他·投资评审', C, ECOST, '委托中介机构评审费用', '≤', '96', '万元', null), '按审减额和基本收费标准计费，不超过预算。'),
  D(X('其他·投资评审', B, ECON, '审减率', '≥', '6', '%', null), '审减金额/送审金额×100%。'),
  D(X('其他·投资评审', B, ECON, '审减率', '≥', '6', '万元', UVN)),
  D(X('其他·投资评审', B, ECON, '通过预算评审节约财政资金', '≥', '7200', '万元', null)),
  D(X('其他·投资评审', B, SUST, '财政投资评审质量', '定性', '稳步提升', null, null)),
  D(X('其他·投资评审', S, SAT, '送审单位对评审工作满意度', '≥', '90', '%', null)),
  // 政府投资项目结算审计
  D(X('其他·结算审计', O, QTY, '完成政府投资项目竣工结算审计', '≥', '45', '个', null)),
  D(X('其他·结算审计', O, QTY, '完成政府投资项目竣工结算审计', '≥', '45', null, UM)),
  D(X('其他·结算审计', O, QUAL, '审计报告质量复核合格率', '=', '100', '%', null)),
  D(X('其他·结算审计', O, QUAL, '审计报告质量复核合格率', '≥', '9', '%', IMP)),
  D(X('其他·结算审计', O, QUAL, '审计发现问题整改督促率', '=', '100', '%', null)),
  D(X('其他·结算审计', O, TIME, '结算审计报告出具时间', '≤', '2027年12月20日', null, null)),
  D(X('其他·结算审计', C, ECOST, '购买社会审计服务费', '≤', '65', '万元', null)),
  D(X('其他·结算审计', B, ECON, '核减工程结算金额', '≥', '1800', '万元', null)),
  D(X('其他·结算审计', B, ECON, '核减工程结算金额', '≤', '1800', '万元', DIR)),
  D(X('其他·结算审计', B, SUST, '政府投资项目造价管控', '定性', '进一步规范', null, null)),
  D(X('其他·结算审计', S, SAT, '建设单位对审计服务满意度', '≥', '90', '%', null)),
  // 档案数字化加工
  D(X('其他·档案数字化', O, QTY, '文书档案数字化扫描', '≥', '36', '万页', null), '按实际扫描页数计算（A4幅面折算）。'),
  D(X('其他·档案数字化', O, QTY, '文书档案数字化扫描', '≥', '36', '万元', UVN)),
  D(X('其他·档案数字化', O, QTY, '档案目录著录', '≥', '4.2', '万条', null)),
  D(X('其他·档案数字化', O, QTY, '破损档案修裱', '≥', '1500', '页', null)),
  D(X('其他·档案数字化', O, QUAL, '数字化图像质量抽检合格率', '≥', '99', '%', null)),
  D(X('其他·档案数字化', O, QUAL, '目录数据著录准确率', '≥', '99.5', '%', null)),
  D(X('其他·档案数字化', O, QUAL, '档案实体丢失和损毁', '=', '0', '件', null)),
  D(X('其他·档案数字化', O, QUAL, '档案实体丢失和损毁', '≥', '0', '件', IMP, [DIR])),
  D(X('其他·档案数字化', O, TIME, '文书档案数字化加工完成时间', '≤', '2027年10月31日', null, null)),
  D(X('其他·档案数字化', C, ECOST, '文书档案数字化扫描单价', '≤', '0.45', '元/页', null)),
  D(X('其他·档案数字化', C, ECOST, '档案数字化外包服务费', '≤', '17.6', '万元', null)),
  D(X('其他·档案数字化', B, SOC, '档案查阅利用效率', '定性', '明显提高', null, null)),
  D(X('其他·档案数字化', B, SUST, '馆藏档案长期安全保管', '定性', '有效保障', null, null)),
  D(X('其他·档案数字化', S, SAT, '档案查阅利用群众满意度', '≥', '90', '%', null)),
  // 机关食堂运营
  D(X('运转·机关食堂', O, QTY, '日均供餐', '≥', '420', '人次', null)),
  D(X('运转·机关食堂', O, QTY, '全年供餐天数', '≥', '248', '天', null)),
  D(X('运转·机关食堂', O, QUAL, '食品原材料进货查验记录完整率', '=', '100', '%', null)),
  D(X('运转·机关食堂', O, QUAL, '食品留样', '定性', '每餐每样留样48小时以上', null, null)),
  D(X('运转·机关食堂', O, QUAL, '食物中毒事件', '=', '0', '起', null)),
  D(X('运转·机关食堂', O, QUAL, '食物中毒事件', '≥', '1', '起', DIR)),
  D(X('运转·机关食堂', O, TIME, '开餐准时率', '≥', '98', '%', null)),
  D(X('运转·机关食堂', C, ECOST, '食堂运营管理费', '≤', '54', '万元', null)),
  D(X('运转·机关食堂', C, ECOST, '食堂运营管理费', '≥', '54', '万元', DIR), BUDGET),
  D(X('运转·机关食堂', C, ECOST, '人均每餐伙食补助标准', '=', '12', '元/人·餐', null)),
  D(X('运转·机关食堂', B, SOC, '粮食节约和反食品浪费', '定性', '光盘行动常态化', null, null)),
  D(X('运转·机关食堂', S, SAT, '就餐人员满意度', '≥', '90', '%', null), SATIS),
  D(X('运转·机关食堂', S, SAT, '就餐人员满意度', '≥', '80', '%', SATF), SATIS),
  // 安保保洁劳务外包
  D(X('运转·安保保洁', O, QTY, '安保人员配备', '≥', '8', '人', null), '门岗24小时值守及夜间巡逻。'),
  D(X('运转·安保保洁', O, QTY, '保洁人员配备', '≥', '12', '人', null)),
  D(X('运转·安保保洁', O, QTY, '夜间安全巡查', '≥', '3', '次/晚', null)),
  D(X('运转·安保保洁', O, QUAL, '来访人员登记率', '=', '100', '%', null)),
  D(X('运转·安保保洁', O, QUAL, '治安和消防安全事件', '=', '0', '起', null)),
  D(X('运转·安保保洁', O, QUAL, '保洁质量抽查达标率', '≥', '95', '%', null)),
  D(X('运转·安保保洁', O, QUAL, '保洁质量抽查达标率', '≤', '95', '%', DIR)),
  D(X('运转·安保保洁', O, TIME, '突发情况到场处置时间', '≤', '5', '分钟', null)),
  D(X('运转·安保保洁', O, TIME, '突发情况到场处置时间', '≥', '5', '分钟', DIR)),
  D(X('运转·安保保洁', C, ECOST, '安保保洁劳务外包费', '≤', '118.6', '万元', null), CONTRACT),
  D(X('运转·安保保洁', C, ECOST, '保洁用品耗材费', '≤', '3.5', '万元', null)),
  D(X('运转·安保保洁', B, SOC, '机关内部安全稳定', '定性', '得到保障', null, null)),
  D(X('运转·安保保洁', S, SAT, '干部职工对安保保洁服务满意度', '≥', '90', '%', null)),
  // 网络安全等级保护测评
  D(X('其他·等级保护', O, QTY, '开展等级保护测评的信息系统', '≥', '6', '个', null), '其中三级系统2个、二级系统4个。'),
  D(X('其他·等级保护', O, QTY, '开展渗透测试和漏洞扫描', '≥', '4', '次', null)),
  D(X('其他·等级保护', O, QTY, '开展渗透测试和漏洞扫描', '≥', '4', '%', UVN)),
  D(X('其他·等级保护', O, QUAL, '测评发现高危漏洞整改率', '=', '100', '%', null), '已整改高危漏洞数/发现高危漏洞数×100%。'),
  D(X('其他·等级保护', O, QUAL, '测评报告备案率', '=', '100', '%', null)),
  D(X('其他·等级保护', O, QUAL, '测评系统发生网络安全事件', '=', '0', '起', null)),
  D(X('其他·等级保护', O, TIME, '三级系统等级测评完成时间', '≤', '2027年9月30日', null, null)),
  D(X('其他·等级保护', O, TIME, '高危漏洞整改时限', '≤', '7', '天', null)),
  D(X('其他·等级保护', C, ECOST, '等级保护测评服务费', '≤', '21', '万元', null)),
  D(X('其他·等级保护', C, ECOST, '三级系统单系统测评费', '≤', '4.8', '万元/个', null)),
  D(X('其他·等级保护', B, SOC, '政务信息系统网络安全防护能力', '定性', '显著增强', null, null)),
  D(X('其他·等级保护', B, SUST, '网络安全等级保护制度', '定性', '全面落实', null, null)),
  D(X('其他·等级保护', S, SAT, '系统责任科室满意度', '≥', '90', '%', null)),
  // 政务新媒体运营
  D(X('其他·新媒体运营', O, QTY, '微信公众号发布原创信息', '≥', '360', '条', null)),
  D(X('其他·新媒体运营', O, QTY, '制作政策解读短视频', '≥', '48', '个', null)),
  D(X('其他·新媒体运营', O, QTY, '政务新媒体账号', '=', '3', '个', null), '微信公众号、视频号、政务微博各1个。'),
  D(X('其他·新媒体运营', O, QUAL, '发布内容错别字和表述差错', '=', '0', '处', null)),
  D(X('其他·新媒体运营', O, QUAL, '发布内容审核', '定性', '严格执行三审三校', null, null)),
  D(X('其他·新媒体运营', O, TIME, '新媒体网民留言回复时限', '≤', '2', '个工作日', null)),
  D(X('其他·新媒体运营', O, TIME, '新媒体网民留言回复时限', '≥', '2', '个工作日', DIR)),
  D(X('其他·新媒体运营', O, TIME, '重要政务信息发布时效', '定性', '当日发布', null, null)),
  D(X('其他·新媒体运营', C, ECOST, '新媒体运营服务外包费', '≤', '26', '万元', null)),
  D(X('其他·新媒体运营', B, SOC, '公众号年度新增关注用户', '≥', '1.5', '万人', null)),
  D(X('其他·新媒体运营', B, SOC, '单条信息平均阅读量', '≥', '2000', '次', null)),
  D(X('其他·新媒体运营', B, SOC, '政务信息传播力和影响力', '定性', '持续增强', null, null)),
  D(X('其他·新媒体运营', S, SAT, '公众对政务新媒体服务满意度', '≥', '90', '%', null)),
  D(X('其他·新媒体运营', S, SAT, '公众对政务新媒体服务满意度', '≥', '90', '分', SATF)),
  // 新时代文明实践志愿服务
  D(X('其他·志愿服务', O, QTY, '组织文明实践志愿服务活动', '≥', '150', '场次', null)),
  D(X('其他·志愿服务', O, QTY, '组织文明实践志愿服务活动', '定性', '广泛开展', null, QVQ)),
  D(X('其他·志愿服务', O, QTY, '全县实名注册志愿者', '≥', '5200', '人', null)),
  D(X('其他·志愿服务', O, QTY, '志愿者累计服务时长', '≥', '6', '万小时', null), '以“志愿汇”平台记录时长为准。'),
  D(X('其他·志愿服务', O, QTY, '志愿者服务保险', '=', '5200', '人', null)),
  D(X('其他·志愿服务', O, QUAL, '志愿服务活动安全事故', '=', '0', '起', null)),
  D(X('其他·志愿服务', O, QUAL, '志愿服务时长记录规范率', '≥', '95', '%', null)),
  D(X('其他·志愿服务', O, QUAL, '志愿服务时长记录规范率', '≥', '95', '人', UVN)),
  D(X('其他·志愿服务', O, TIME, '“学雷锋”集中志愿服务活动开展时间', '定性', '2027年3月', null, null)),
  D(X('其他·志愿服务', C, ECOST, '志愿服务活动经费', '≤', '15', '万元', null)),
  D(X('其他·志愿服务', C, ECOST, '志愿者人均保险费', '≤', '20', '元/人·年', null)),
  D(X('其他·志愿服务', B, SOC, '文明实践活动参与群众', '≥', '3.8', '万人次', null)),
  D(X('其他·志愿服务', B, SOC, '全县社会文明程度', '定性', '不断提升', null, null)),
  D(X('其他·志愿服务', S, SAT, '服务对象对志愿服务满意度', '≥', '92', '%', null)),
  // 专项调研课题
  D(X('其他·专项调研', O, QTY, '完成重点调研课题', '≥', '5', '项', null)),
  D(X('其他·专项调研', O, QTY, '撰写课题调研报告', '≥', '5', '篇', null)),
  D(X('其他·专项调研', O, QTY, '实地走访企业和村（社区）', '≥', '60', '个', null)),
  D(X('其他·专项调研', O, QTY, '发放回收调查问卷', '≥', '1200', '份', null)),
  D(X('其他·专项调研', O, QUAL, '调研报告被领导批示或采用', '≥', '3', '篇', null)),
  D(X('其他·专项调研', O, QUAL, '调研问卷有效回收率', '≥', '90', '%', null)),
  D(X('其他·专项调研', O, QUAL, '调研问卷有效回收率', '≥', '120', '%', IMP)),
  D(X('其他·专项调研', O, TIME, '课题结题时间', '≤', '2027年11月30日', null, null)),
  D(X('其他·专项调研', O, TIME, '课题结题时间', '定性', '按期结题', null, QVQ)),
  D(X('其他·专项调研', C, ECOST, '专项调研经费', '≤', '9.8', '万元', null)),
  D(X('其他·专项调研', B, SOC, '调研成果转化为政策措施', '≥', '2', '项', null)),
  D(X('其他·专项调研', B, SOC, '决策参考作用', '定性', '有效发挥', null, null)),
  D(X('其他·专项调研', S, SAT, '课题委托单位满意度', '≥', '90', '%', null)),
  // 第三方绩效评价
  D(X('其他·第三方评价', O, QTY, '委托第三方开展重点项目绩效评价', '≥', '12', '个', null)),
  D(X('其他·第三方评价', O, QTY, '评价覆盖财政资金', '≥', '3.6', '亿元', null)),
  D(X('其他·第三方评价', O, QTY, '评价覆盖财政资金', '≥', '3.6', '个', UVN)),
  D(X('其他·第三方评价', O, QUAL, '评价报告质量考核合格率', '=', '100', '%', null), '按第三方机构执业质量考核办法评定。'),
  D(X('其他·第三方评价', O, QUAL, '评价报告质量考核合格率', '=', '110', '%', IMP)),
  D(X('其他·第三方评价', O, QUAL, '评价报告问题反馈整改率', '≥', '95', '%', null)),
  D(X('其他·第三方评价', O, TIME, '绩效评价报告提交时间', '≤', '2027年9月30日', null, null)),
  D(X('其他·第三方评价', C, ECOST, '第三方绩效评价委托费', '≤', '54', '万元', null)),
  D(X('其他·第三方评价', C, ECOST, '每个评价项目平均委托费用', '≤', '4.5', '万元/个', null)),
  D(X('其他·第三方评价', B, ECON, '评价结果应用于预算安排的项目', '≥', '8', '个', null)),
  D(X('其他·第三方评价', B, SUST, '全过程预算绩效管理', '定性', '进一步健全', null, null)),
  D(X('其他·第三方评价', S, SAT, '被评价项目单位满意度', '≥', '90', '%', null)),
  D(X('其他·第三方评价', S, SAT, '被评价项目单位满意度', '≥', '85', '%', SATF)),
  // 电子政务外网线路租赁
  D(X('运转·线路租赁', O, QTY, '租用电子政务外网接入线路', '=', '26', '条', null), '区直部门及乡镇（街道）各1条。'),
  D(X('运转·线路租赁', O, QTY, '互联网出口带宽', '≥', '1000', 'Mbps', null)),
  D(X('运转·线路租赁', O, QUAL, '网络链路月平均可用率', '≥', '99.9', '%', null)),
  D(X('运转·线路租赁', O, QUAL, '网络链路月平均可用率', '≤', '99.9', '%', DIR)),
  D(X('运转·线路租赁', O, TIME, '线路中断故障恢复时间', '≤', '2', '小时', null)),
  D(X('运转·线路租赁', O, TIME, '线路中断故障恢复时间', '定性', '及时恢复', null, QVQ)),
  D(X('运转·线路租赁', C, ECOST, '线路租赁费', '≤', '46.8', '万元', null), '按运营商合同单价×线路数×12个月计算。'),
  D(X('运转·线路租赁', C, ECOST, '单条线路月租费', '≤', '1500', '元/条·月', null)),
  D(X('运转·线路租赁', B, SOC, '政务数据传输', '定性', '安全畅通', null, null)),
  D(X('运转·线路租赁', S, SAT, '接入单位满意度', '≥', '90', '%', null)),
  // 办公设备购置
  D(X('运转·设备购置', O, QTY, '购置台式计算机', '=', '40', '台', null)),
  D(X('运转·设备购置', O, QTY, '购置多功能一体机', '=', '8', '台', null)),
  D(X('运转·设备购置', O, QTY, '购置台式计算机', '=', '40', '万元', UVN)),
  D(X('运转·设备购置', O, QUAL, '设备到货验收合格率', '=', '100', '%', null)),
  D(X('运转·设备购置', O, QUAL, '设备到货验收合格率', '≤', '100', '%', DIR)),
  D(X('运转·设备购置', O, QUAL, '信创产品采购比例', '≥', '80', '%', null), '信创产品采购数量/采购总数量×100%。'),
  D(X('运转·设备购置', O, TIME, '设备采购到货安装时间', '≤', '2027年6月30日', null, null)),
  D(X('运转·设备购置', C, ECOST, '台式计算机单价', '≤', '5500', '元/台', null), '不超过本地区通用办公设备配置标准。'),
  D(X('运转·设备购置', C, ECOST, '办公设备购置费', '≤', '28.6', '万元', null)),
  D(X('运转·设备购置', B, SUST, '新购办公设备使用年限', '≥', '6', '年', null)),
  D(X('运转·设备购置', B, SOC, '日常办公效率', '定性', '有效提高', null, null)),
  D(X('运转·设备购置', S, SAT, '设备使用人员满意度', '≥', '90', '%', null)),
  // 机房基础设施维保
  D(X('运转·机房维保', O, QTY, '机房精密空调和UPS维保', '≥', '12', '次', null), '每月上门维护保养1次。'),
  D(X('运转·机房维保', O, QTY, '更换UPS蓄电池', '≥', '64', '节', null)),
  D(X('运转·机房维保', O, QUAL, '机房环境温湿度达标率', '≥', '98', '%', null)),
  D(X('运转·机房维保', O, QUAL, '机房环境温湿度达标率', '≤', '98', '%', DIR)),
  D(X('运转·机房维保', O, QUAL, '机房非计划断电', '=', '0', '次', null)),
  D(X('运转·机房维保', O, QUAL, '机房非计划断电', '≥', '1', '次', DIR)),
  D(X('运转·机房维保', O, TIME, '设备故障上门时间', '≤', '2', '小时', null)),
  D(X('运转·机房维保', C, ECOST, '机房基础设施维保费', '≤', '16.5', '万元', null)),
  D(X('运转·机房维保', B, SUST, '机房设备使用寿命', '定性', '有效延长', null, null)),
  D(X('运转·机房维保', S, SAT, '信息中心工作人员满意度', '≥', '90', '%', null)),
  // 消防设施维保和检测
  D(X('运转·消防维保', O, QTY, '维保消防设施设备', '≥', '1260', '个（套）', null)),
  D(X('运转·消防维保', O, QTY, '开展消防设施年度检测', '=', '1', '次', null)),
  D(X('运转·消防维保', O, QTY, '组织消防应急疏散演练', '≥', '2', '次', null)),
  D(X('运转·消防维保', O, QUAL, '办公区消防设施完好率', '≥', '98', '%', null)),
  D(X('运转·消防维保', O, QUAL, '火灾事故', '=', '0', '起', null)),
  D(X('运转·消防维保', O, QUAL, '火灾事故', '≥', '0', '起', IMP, [DIR])),
  D(X('运转·消防维保', O, TIME, '消防设施故障修复时限', '≤', '24', '小时', null)),
  D(X('运转·消防维保', C, ECOST, '消防维保和检测费', '≤', '7.2', '万元', null)),
  D(X('运转·消防维保', B, SOC, '消防安全隐患', '定性', '及时发现和消除', null, null)),
  D(X('运转·消防维保', S, SAT, '干部职工消防安全满意度', '≥', '90', '%', null)),
  // 视频会议系统运维
  D(X('运转·视频会议', O, QTY, '保障市县乡三级视频会议', '≥', '80', '场次', null)),
  D(X('运转·视频会议', O, QTY, '视频会议终端维护', '=', '22', '套', null)),
  D(X('运转·视频会议', O, QUAL, '视频会议保障成功率', '≥', '99', '%', null)),
  D(X('运转·视频会议', O, QUAL, '会议音视频中断', '≤', '1', '次', null)),
  D(X('运转·视频会议', O, TIME, '会前设备调试完成时间', '定性', '会议开始前30分钟', null, null)),
  D(X('运转·视频会议', O, QTY, '会前设备调试及时率', '≥', '100', '%', IMP, [LVN])),
  D(X('运转·视频会议', C, ECOST, '视频会议系统运维费', '≤', '11', '万元', null)),
  D(X('运转·视频会议', B, ECON, '减少参会人员往返差旅', '定性', '明显减少', null, null)),
  D(X('运转·视频会议', S, SAT, '参会单位满意度', '≥', '90', '%', null)),
  D(X('运转·视频会议', S, SAT, '参会单位满意度', '≥', '85', '%', SATF)),
  // 办公用房租赁
  D(X('运转·用房租赁', O, QTY, '租赁办公用房面积', '≤', '1260', '平方米', null), '不超过核定的办公用房面积标准。'),
  D(X('运转·用房租赁', O, QUAL, '人均办公用房面积达标率', '=', '100', '%', null)),
  D(X('运转·用房租赁', O, TIME, '租金支付时间', '定性', '每季度首月15日前', null, null)),
  D(X('运转·用房租赁', C, ECOST, '办公用房年租金', '≤', '68', '万元', null)),
  D(X('运转·用房租赁', C, ECOST, '租金单价', '≤', '45', '元/平方米·月', null)),
  D(X('运转·用房租赁', B, SOC, '办公场所保障', '定性', '稳定', null, null)),
  D(X('运转·用房租赁', S, SAT, '入驻科室满意度', '≥', '90', '%', null)),
  // 政府购买服务岗位（编外辅助人员）
  D(X('运转·购买服务岗位', O, QTY, '购买辅助性服务岗位', '=', '18', '个', null), '按编办核定的购买服务岗位数。'),
  D(X('运转·购买服务岗位', O, QUAL, '劳务派遣人员持证上岗率', '≥', '95', '%', null)),
  D(X('运转·购买服务岗位', O, QUAL, '劳动合同签订率', '=', '100', '%', null)),
  D(X('运转·购买服务岗位', O, TIME, '劳务费用按月支付', '定性', '每月10日前', null, null)),
  D(X('运转·购买服务岗位', C, ECOST, '人均劳务费用', '≤', '6.8', '万元/人·年', null)),
  D(X('运转·购买服务岗位', C, ECOST, '政府购买服务岗位经费', '≤', '122.4', '万元', null), BUDGET),
  D(X('运转·购买服务岗位', C, ECOST, '政府购买服务岗位经费', '≥', '122.4', '万元', DIR), BUDGET),
  D(X('运转·购买服务岗位', B, SOC, '窗口服务压力', '定性', '有效缓解', null, null)),
  D(X('运转·购买服务岗位', B, SOC, '劳动争议纠纷', '=', '0', '件', null)),
  D(X('运转·购买服务岗位', S, SAT, '用人科室满意度', '≥', '90', '%', null)),
  // 机关党建活动
  D(X('运转·机关党建', O, QTY, '开展主题党日活动', '≥', '12', '次', null)),
  D(X('运转·机关党建', O, QTY, '开展主题党日活动', '≥', '12', null, UM)),
  D(X('运转·机关党建', O, QTY, '党员集中轮训', '≥', '2', '期', null)),
  D(X('运转·机关党建', O, QTY, '订阅党报党刊', '≥', '160', '份', null)),
  D(X('运转·机关党建', O, QUAL, '党员参学率', '≥', '95', '%', null)),
  D(X('运转·机关党建', O, QUAL, '党员参学率', '≥', '95', '分', UVN)),
  D(X('运转·机关党建', O, TIME, '“三会一课”按期召开率', '=', '100', '%', null)),
  D(X('运转·机关党建', C, ECOST, '党建工作经费', '≤', '6.4', '万元', null), '按在职党员人数及标准核定。'),
  D(X('运转·机关党建', B, SOC, '机关党支部凝聚力和战斗力', '定性', '进一步增强', null, null)),
  D(X('运转·机关党建', S, SAT, '党员对党建活动满意度', '≥', '90', '%', null)),
  // 群众满意度测评服务（委托）
  D(X('其他·满意度测评', O, QTY, '电话随机访问有效样本', '≥', '3000', '个', null)),
  D(X('其他·满意度测评', O, QTY, '开展测评', '≥', '2', '轮', null)),
  D(X('其他·满意度测评', O, QUAL, '样本抽取随机性', '定性', '符合统计调查规范', null, null)),
  D(X('其他·满意度测评', O, QUAL, '样本复核准确率', '≥', '98', '%', null)),
  D(X('其他·满意度测评', O, TIME, '测评报告提交时间', '定性', '每轮结束后15个工作日内', null, null)),
  D(X('其他·满意度测评', C, ECOST, '满意度测评委托费', '≤', '18', '万元', null)),
  D(X('其他·满意度测评', B, SOC, '测评发现问题移交整改', '≥', '30', '条', null)),
  D(X('其他·满意度测评', S, SAT, '委托单位对测评工作满意度', '≥', '90', '%', null)),
  // 公共机构节能改造
  D(X('其他·节能改造', O, QTY, 'LED节能灯具更换', '≥', '1800', '盏', null)),
  D(X('其他·节能改造', B, QTY, 'LED节能灯具更换', '≥', '1800', '盏', LEV)),
  D(X('其他·节能改造', O, QTY, '加装中央空调智能控制终端', '≥', '96', '个', null)),
  D(X('其他·节能改造', O, QUAL, '节能改造工程验收合格率', '=', '100', '%', null)),
  D(X('其他·节能改造', O, TIME, '节能改造完成时间', '≤', '2027年10月31日', null, null)),
  D(X('其他·节能改造', C, ECOST, '节能改造工程费', '≤', '38', '万元', null)),
  D(X('其他·节能改造', B, ECON, '改造后年节约电费', '≥', '8.5', '万元', null)),
  D(X('其他·节能改造', B, ECON, '办公楼单位建筑面积能耗较上年下降', '≥', '3', '%', null), '较2026年单位建筑面积能耗下降比例。'),
  D(X('其他·节能改造', B, SUST, '机关人均综合能耗（2027年度）', '≤', '280', '千克标准煤/人', null)),
  D(X('其他·节能改造', B, SUST, '机关人均综合能耗（2027年度）', '≥', '280', '千克标准煤/人', DIR)),
  D(X('其他·节能改造', S, SAT, '办公人员满意度', '≥', '90', '%', null)),
  // 商用密码应用安全性评估
  D(X('其他·密码测评', O, QTY, '开展密码应用安全性评估的系统', '≥', '3', '个', null)),
  D(X('其他·密码测评', O, QUAL, '密码应用评估问题整改完成率', '≥', '95', '%', null)),
  D(X('其他·密码测评', O, TIME, '评估报告出具时间', '≤', '2027年11月15日', null, null)),
  D(X('其他·密码测评', C, ECOST, '密码应用安全性评估费', '≤', '13.5', '万元', null)),
  D(X('其他·密码测评', B, SUST, '政务信息系统密码保障', '定性', '规范有效', null, null)),
  D(X('其他·密码测评', S, SAT, '系统建设单位满意度', '≥', '95', '%', null)),
];

/** 部门整体 rows of the county departments that file these projects, on the 2021 department tree, beside DEPT_BASE. */
export const HELD_OUT_73_DEPT: RowCase73[] = [
  D(X('部门·县机关事务服务中心', O, DUTY, '保障集中办公区物业服务面积', '≥', '6.8', '万平方米', null)),
  D(X('部门·县机关事务服务中心', O, DUTY, '公务用车平台车辆调度', '≥', '2600', '车次', null)),
  D(X('部门·县机关事务服务中心', O, DUTY, '全县公共机构单位建筑面积能耗', '≤', '8.6', '千克标准煤/平方米', null)),
  D(X('部门·县机关事务服务中心', O, DUTY, '县直机关食堂食品安全事故', '=', '0', '起', null)),
  D(X('部门·县机关事务服务中心', O, DUTY, '办公用房维修响应时限', '≥', '24', '小时', DIR)),
  D(X('部门·县机关事务服务中心', O, MGMT, '本中心“三公”经费年度支出', '≤', '42', '万元', null), BUDGET),
  D(X('部门·县机关事务服务中心', S, CLIENT, '机关干部对后勤保障服务满意度', '≥', '92', '%', null)),
  D(X('部门·县档案馆', O, DUTY, '接收到期进馆档案', '≥', '1.2', '万卷', null)),
  D(X('部门·县档案馆', O, DUTY, '馆藏文书档案数字化率', '≥', '85', '%', null), '已数字化档案卷数/馆藏档案总卷数×100%。'),
  D(X('部门·县档案馆', O, DUTY, '馆藏档案查阅利用服务', '≥', '3500', '人次', null)),
  D(X('部门·县档案馆', B, SOCIAL, '档案资源服务社会', '定性', '作用明显', null, null)),
  D(X('部门·县审计局', O, DUTY, '全年实施审计项目', '≥', '28', '个', null)),
  D(X('部门·县审计局', O, DUTY, '全年审计发现违规问题金额', '≥', '1.5', '亿元', null)),
  D(X('部门·县审计局', O, DUTY, '年度审计查出问题整改到位率', '≥', '90', '%', null)),
  D(X('部门·县审计局', O, DUTY, '年度审计查出问题整改到位率', '≥', '90', '个', UVN)),
  D(X('部门·县司法局', O, DUTY, '审核县政府规范性文件和重大行政决策', '≥', '40', '件', null)),
  D(X('部门·县司法局', O, DUTY, '行政复议案件依法办结率', '≥', '95', '%', null)),
  D(X('部门·县司法局', B, SOCIAL, '法治政府建设', '定性', '持续推进', null, null)),
  D(X('部门·县融媒体中心', O, DUTY, '县级融媒体客户端发稿', '≥', '9000', '条', null)),
  D(X('部门·县融媒体中心', O, DUTY, '融媒体中心安全播出责任事故', '=', '0', '次', null)),
  D(X('部门·县融媒体中心', O, DUTY, '融媒体中心安全播出责任事故', '≥', '上年', '次', NN)),
  D(X('部门·县大数据中心', O, DUTY, '政务云平台资源利用率', '≥', '70', '%', null)),
  D(X('部门·县大数据中心', O, DUTY, '电子政务外网接入单位', '≥', '68', '家', null)),
  D(X('部门·县大数据中心', O, MGMT, '本单位政府采购预算执行率', '≥', '95', '%', null)),
  D(X('部门·县财政局', O, DUTY, '重点项目事前绩效评估', '≥', '15', '个', null)),
  D(X('部门·县财政局', O, DUTY, '部门预算绩效目标编报覆盖率', '=', '100', '%', null)),
  D(X('部门·县财政局', O, MGMT, '结转结余资金规模', '≤', '800', '万元', null)),
  D(X('部门·县财政局', B, SOCIAL, '财政资金使用效益', '定性', '明显提高', null, null)),
  D(X('部门·县委宣传部', O, DUTY, '在省级以上媒体刊发宣传稿件', '≥', '260', '篇', null)),
  D(X('部门·县委宣传部', O, DUTY, '实名注册志愿者占常住人口比例', '≥', '15', '%', null)),
  D(X('部门·县委宣传部', B, SUSTAIN, '新时代文明实践阵地运行', '定性', '常态长效', null, null)),
  D(X('部门·县委宣传部', S, CLIENT, '群众对文明实践活动满意度', '≥', '88', '%', SATF)),
];
