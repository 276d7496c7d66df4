import { B, C, CLIENT, DIR, DUTY, ECON, ECO, ECOST, IMP, LEV, LVN, NN, O, OCOST, QTY, QUAL, QVQ, S, SAT, SATF, SOC, SOCIAL, SUST, SUSTAIN, TIME, UVN, X, type RowCase } from './case-types';

const MGMT = '管理效率';
const ENVCOST = '生态环境成本指标';

/**
 * Held-out set 50 (session 21), written before reading the review code and measured as written. It aims at direction,
 * unit_vs_name, level_vs_name, levels, implausible_target, qualitative_vs_quantitative, not_numeric and satisfaction, in
 * programme areas no earlier set used (grep of every held-out-*.ts and review-audit-cases-b*.test.ts): 海洋牧场, 港口岸电,
 * 船舶污染防治, 机场净空, 邮政快递进村, 成品油质量, 消防车通道, 高层建筑消防, 地下管线普查, 城市排水防涝, 农村厕所粪污, 古村落, 红色
 * 遗址, 海岛保护, 人才公寓, 城市体检, 口袋公园与绿道, 养殖尾水, 森林康养, 海上搜救 (HELD_OUT_50), and the 运转类 rows of 机关事务,
 * 统计, 审计 and 信访 offices (HELD_OUT_50_DEPT: 公车使用率, 会议费, 统计数据差错率, 审计问题整改率, 重复信访率). Values as 2026 申报
 * systems print them where the row says so (≥95%（含）, ≥100%（含）, ≤7个工作日, ≤30天（自然日）); rates of bad things in unusual
 * words (破损率, 故障停用率, 丢失损毁率, 渗漏率, 淤积堵塞率, 复发率, 空心化率, 漏探率, 逾期率, 流失率), counts that are bad (偷排案件,
 * 超标批次, 积水点数量, 直排农户数, 未修复数, 整改未完成项, 积压件数, 超标使用面积), money per unit (元/空方, 元/平方米, 万元/公里,
 * 元/千瓦时, 元/人·月, 万元/个·年), 满意度 floors below policy (≥75%, ≥80%, ≥85%, ≥88%) or in 分, and 一级/二级 of the 2020 and 2021
 * frameworks (成本 under 产出, 效果 as 效益, 生态环境成本 under 成本). A little over half fine.
 *
 * Readings chosen before measuring (earlier sets' readings followed where they speak):
 * - direction: a floor on a bad thing or on time that should be short (退水时间, 到达现场时间, 审核时限, 整改期限), on a cost per
 *   unit or a pollutant's concentration; a ceiling on a good thing (达标率, 完好率, 保有率, 覆盖率, 开放率, 资源化利用率, 成功率).
 * - unit_vs_name: a rate in a count or a weight; a count, a length or an area in %; money in people or visits.
 * - level_vs_name: 合格率/完好率/准确率 under 数量; 及时率 under 数量.
 * - levels: 经济成本 under 产出, 社会效益 under 成本 or 满意度, 数量 under 效益, 满意度 under 效益, 质量 under 满意度, 成本 under 效益,
 *   一级 and 二级 swapped, 二级 missing.
 * - implausible_target: ≥100% (also printed ≥100%（含）), ≥0, a positive share set in single digits.
 * - qualitative_vs_quantitative: 定性 with a number; vague values under 数量/质量/时效 (及时处置, 按时完工, 100%完成, 按要求推进).
 * - not_numeric: ≥良好, ≥较好, ≥规范, ≤严格控制.
 * - satisfaction: below 90% or in 分; 定性 满意 is fine.
 *
 * First measurement, as written and before reading or changing any review code (a tsx run of the harness's rowCodes on this
 * set alone): 251 project rows and 36 department rows (287; 152 labelled fine, 53.0%):
 *   direction                    tp 47 fp 1 fn 10  precision  97.9%  recall  82.5%
 *   implausible_target           tp 12 fp 0 fn 2   precision 100.0%  recall  85.7%
 *   level_vs_name                tp 4  fp 1 fn 0   precision  80.0%  recall 100.0%
 *   levels                       tp 10 fp 0 fn 0   precision 100.0%  recall 100.0%
 *   not_numeric                  tp 4  fp 0 fn 0   precision 100.0%  recall 100.0%
 *   qualitative_vs_quantitative  tp 6  fp 0 fn 0   precision 100.0%  recall 100.0%
 *   satisfaction                 tp 11 fp 0 fn 0   precision 100.0%  recall 100.0%
 *   unit_vs_name                 tp 27 fp 2 fn 2   precision  93.1%  recall  93.1%
 * (False alarms: direction on 船舶污染物接收量 ≥800吨 (waste taken in is the work); unit_vs_name on 鸟击事件发生率 in 次/万架次
 * (a rate per base of flights), twice; level_vs_name on 靠港船舶岸电使用率 under 数量 (label re-read, below). Missed: direction on
 * 偷排案件, 整改期限 ≥30天, 漏探率, 淤积堵塞率, 渗漏率, 粪污直排农户数, 空心化率, 自然岸线保有率 ≤, 悬浮泥沙扩散面积 under 生态环境成本,
 * 步道安全隐患; implausible_target on 联单闭环率 ≥9% and 海岛植被覆盖率 ≥6%; unit_vs_name on 投放人工鱼礁 and 筹集人才公寓 in %.)
 * Labels re-read after measuring: 靠港船舶岸电使用率 under 数量 is level_vs_name by the recorded reading (useRate: the use of what
 * was built is an effect), so the row is relabelled and the same name under 社会效益 added as its fine twin.
 * Fixed by general cause (review-audit-cases-b50.test.ts; name-word-classes.ts, unit-facts.ts): waste dumped or discharged on the
 * sly (偷排, 偷倒), points a survey missed (漏探, 漏查, 漏录), leaks and blockages (渗漏, 堵塞, 淤积), untreated discharge (直排),
 * villages emptied (空心化) and a hazard named alone (…隐患) are bad; the deadline an act is given (整改期限, 办理期限) is time
 * taken; a stock kept (保有率) and cases closed out (闭环率) are good shares, 闭环率 near 100%; taking in, collecting or carrying
 * away waste (接收, 收集, 收运, 清运) is the work against it; what works spread (扩散) is an impact under 生态环境成本; reefs and
 * flats (礁, 公寓, 宿舍) are things counted; a rate per base of trips (次/万架次, 艘次, 航次, 车次, 班次) is a rate's unit.
 * Genuine limit (LIMITS in review-unseen-wording.test.ts, asserted still missed), one: 海岛植被覆盖率 ≥6% (land cover has no
 * floor by the name: arid and rocky land runs in single digits).
 * After the fixes (152 rows fine after the re-read and the added twin, 288 rows): every code 100% precision and recall, but
 * implausible_target 92.9% (13 of 14), the limit; every earlier set stays at 0 false alarms. rules-diff: 2 differences, both
 * …隐患整改闭环率 now read as a good share near 100% (intended).
 */
export const HELD_OUT_50: RowCase[] = [
  // 海洋牧场
  X('海洋牧场', O, QTY, '投放人工鱼礁', '≥', '3', '万空方', null),
  X('海洋牧场', O, QTY, '投放人工鱼礁', '≥', '30', '%', UVN),
  X('海洋牧场', O, QTY, '增殖放流苗种数量', '≥', '5000', '万尾', null),
  X('海洋牧场', O, QUAL, '礁体投放位置偏差合格率', null, '≥95%（含）', null, null),
  X('海洋牧场', O, QUAL, '鱼礁礁体破损率', '≤', '3', '%', null),
  X('海洋牧场', O, QUAL, '鱼礁礁体破损率', '≥', '3', '%', DIR),
  X('海洋牧场', B, ECO, '礁区生物资源密度增长率', '≥', '15', '%', null),
  X('海洋牧场', B, ECO, '礁区海域水质达标率', '≤', '90', '%', DIR),
  X('海洋牧场', B, ECON, '带动休闲渔业收入', '≥', '2000', '万元', null),
  X('海洋牧场', B, ECON, '带动休闲渔业收入', '≥', '2000', '人', UVN),
  X('海洋牧场', C, ECOST, '人工鱼礁建设单价', '≤', '600', '元/空方', null),
  X('海洋牧场', S, SAT, '周边渔民满意度', '≥', '80', '%', SATF),
  // 港口岸电
  X('港口岸电', O, QTY, '新建岸电泊位', '≥', '12', '个', null),
  X('港口岸电', O, QTY, '新建岸电泊位', '≥', '12', '%', UVN),
  // Re-read after measuring: written as fine, but the recorded reading (check-level-names.ts, useRate) is that how much what was
  // built is used (岸电使用率: ships plugging into the berths built) is an effect, filed under 效益, not a 数量 of output.
  X('港口岸电', O, QTY, '靠港船舶岸电使用率', '≥', '60', '%', LVN),
  X('港口岸电', B, SOC, '靠港船舶岸电使用率', '≥', '60', '%', null),
  X('港口岸电', O, QUAL, '岸电设施验收合格率', '≥', '100', '%', IMP),
  X('港口岸电', O, QUAL, '岸电设施故障停用率', '≤', '2', '%', null),
  X('港口岸电', O, QUAL, '岸电设施故障停用率', '≥', '2', '%', DIR),
  X('港口岸电', B, ECO, '减少船舶靠港燃油消耗', '≥', '1500', '吨', null),
  X('港口岸电', B, ECO, '靠港船舶大气污染物排放量', '≥', '30', '吨', DIR),
  X('港口岸电', B, ECO, '靠港船舶大气污染物排放量', '≤', '30', '吨', null),
  X('港口岸电', C, ECOST, '岸电单位电量补贴', '≤', '0.3', '元/千瓦时', null),
  X('港口岸电', B, OCOST, '岸电改造投资', '≤', '3000', '万元', LEV),
  X('港口岸电', O, TIME, '岸电设施建成投运', null, '2026年10月底前', null, null),
  X('港口岸电', S, SAT, '航运企业满意度', '≥', '4.6', '分', SATF),
  // 船舶污染防治
  X('船舶污染防治', O, QTY, '船舶污染物接收量', '≥', '800', '吨', null),
  X('船舶污染防治', O, QTY, '船舶防污染检查', '≥', '600', '艘次', null),
  X('船舶污染防治', O, QUAL, '污染物接收转运联单闭环率', '≥', '9', '%', IMP),
  X('船舶污染防治', O, QUAL, '船舶油污水偷排案件', '≥', '5', '起', DIR),
  X('船舶污染防治', O, QUAL, '船舶油污水偷排案件', '≤', '5', '起', null),
  X('船舶污染防治', B, ECO, '水域油膜污染事件', '=', '0', '起', null),
  X('船舶污染防治', B, ECO, '港区水域水质', '定性', '持续改善', null, null),
  X('船舶污染防治', O, QUAL, '污染物转运处置规范性', '定性', '95', '%', QVQ),
  X('船舶污染防治', O, TIME, '污染物接收响应时间', '≤', '2', '小时', null),
  X('船舶污染防治', O, TIME, '污染物接收响应时间', '≥', '2', '小时', DIR),
  X('船舶污染防治', S, SAT, '船员满意度', '≥', '90', '%', null),
  // 机场净空保护
  X('机场净空保护', O, QTY, '净空区超高障碍物清理', '≥', '40', '处', null),
  X('机场净空保护', O, QTY, '净空区超高障碍物数量', '≥', '40', '%', UVN),
  X('机场净空保护', O, QTY, '净空巡查', '≥', '365', '次', null),
  X('机场净空保护', O, QUAL, '障碍灯完好率', '≥', '98', '%', null),
  X('机场净空保护', O, QTY, '障碍灯完好率', '≥', '98', '%', LVN),
  X('机场净空保护', B, SOC, '鸟击事件发生率', '≤', '0.5', '次/万架次', null),
  X('机场净空保护', B, SOC, '鸟击事件发生率', '≥', '0.5', '次/万架次', DIR),
  X('机场净空保护', B, SOC, '违规升放无人机风筝', '≥', '10', '起', DIR),
  X('机场净空保护', B, SOC, '违规升放无人机风筝', '≤', '10', '起', null),
  X('机场净空保护', O, TIME, '障碍物处置', '定性', '及时处置', null, QVQ),
  X('机场净空保护', O, QUAL, '净空巡查记录', null, '≥规范', null, NN),
  X('机场净空保护', S, SAT, '航空公司满意度', '≥', '92', '%', null),
  X('机场净空保护', S, SOC, '航空公司满意度', '≥', '92', '%', LEV),
  // 邮政快递进村
  X('邮政快递进村', O, QTY, '建成村级寄递物流综合服务站', '≥', '150', '个', null),
  X('邮政快递进村', O, QTY, '建制村快递服务通达率', '=', '100', '%', null),
  X('邮政快递进村', O, QTY, '建制村快递服务通达率', '≥', '100', '%', IMP),
  X('邮政快递进村', O, QUAL, '快件丢失损毁率', '≤', '0.01', '%', null),
  X('邮政快递进村', O, QUAL, '快件丢失损毁率', '≥', '0.01', '%', DIR),
  X('邮政快递进村', O, TIME, '快件进村平均时限', null, '≤48小时（自然日）', null, null),
  X('邮政快递进村', O, TIME, '快件进村平均时限', '≥', '48', '小时', DIR),
  X('邮政快递进村', B, ECON, '带动农产品出村销售额', '≥', '3000', '万元', null),
  X('邮政快递进村', B, ECON, '农村快递单件配送成本下降', '≥', '0.5', '元/件', null),
  X('邮政快递进村', C, ECOST, '村级站点运营补贴', '≤', '1.2', '万元/个·年', null),
  X('邮政快递进村', S, SAT, '农村寄递用户满意度', '≥', '85', '%', SATF),
  X('邮政快递进村', B, SAT, '农村寄递用户满意度', '≥', '90', '%', LEV, [LVN]),
  // 成品油质量监管
  X('成品油质量监管', O, QTY, '加油站成品油抽检批次', '≥', '300', '批次', null),
  X('成品油质量监管', O, QTY, '加油站成品油抽检批次', '≥', '300', '%', UVN, [IMP]),
  X('成品油质量监管', O, QUAL, '车用汽柴油抽检合格率', null, '≥98%（含）', null, null),
  X('成品油质量监管', O, QTY, '车用汽柴油抽检合格率', '≥', '98', '%', LVN),
  X('成品油质量监管', O, QUAL, '车用汽柴油抽检合格率', '≥', '98', '批次', UVN),
  X('成品油质量监管', O, QUAL, '硫含量超标批次', '≥', '3', '批次', DIR),
  X('成品油质量监管', O, QUAL, '硫含量超标批次', '≤', '3', '批次', null),
  X('成品油质量监管', B, SOC, '非法流动加油点数量', '≥', '20', '个', DIR),
  X('成品油质量监管', B, SOC, '取缔非法流动加油点', '≥', '20', '个', null),
  X('成品油质量监管', O, TIME, '不合格油品后处理', '定性', '按要求推进', null, QVQ),
  X('成品油质量监管', C, ECOST, '单批次检测费用', '≤', '1800', '元/批次', null),
  X('成品油质量监管', C, ECOST, '单批次检测费用', '≥', '1800', '元/批次', DIR),
  X('成品油质量监管', S, SAT, '加油站经营者满意度', '定性', '满意', null, null),
  // 消防车通道治理
  X('消防车通道治理', O, QTY, '施划消防车通道标线', '≥', '120', '公里', null),
  X('消防车通道治理', O, QTY, '施划消防车通道标线长度', '≥', '120', '%', UVN, [IMP]),
  X('消防车通道治理', O, QTY, '清理占用堵塞消防车通道', '≥', '800', '处', null),
  X('消防车通道治理', O, QUAL, '消防车通道标识设置规范率', '≥', '95', '处', UVN),
  X('消防车通道治理', B, SOC, '消防车通道占用堵塞复发率', '≤', '5', '%', null),
  X('消防车通道治理', B, SOC, '消防车通道占用堵塞复发率', '≥', '5', '%', DIR),
  X('消防车通道治理', B, SOC, '消防车通道畅通率', '≤', '95', '%', DIR),
  X('消防车通道治理', B, SOC, '消防车通道畅通率', '≥', '95', '%', null),
  X('消防车通道治理', C, ECOST, '标线施划单价', '≤', '35', '元/平方米', null),
  X('消防车通道治理', O, QUAL, '整治任务', null, '100%完成', null, QVQ),
  X('消防车通道治理', S, SAT, '小区居民满意度', '≥', '88', '%', SATF),
  // 高层建筑消防
  X('高层建筑消防', O, QTY, '高层建筑消防设施检测', '≥', '260', '栋', null),
  X('高层建筑消防', O, QTY, '检测高层建筑数量', '≥', '26', '%', UVN),
  X('高层建筑消防', O, QUAL, '自动消防设施完好率', '≥', '95', '%', null),
  X('高层建筑消防', O, QUAL, '自动消防设施完好率', '≥', '9.5', '%', IMP),
  X('高层建筑消防', O, QUAL, '消防设施故障未修复数', '≤', '0', '处', null),
  X('高层建筑消防', O, QUAL, '消防设施故障未修复数', '≥', '5', '处', DIR),
  X('高层建筑消防', B, SOC, '高层建筑火灾亡人事故', '=', '0', '起', null),
  X('高层建筑消防', B, SOC, '高层建筑火灾起数', '≥', '0', '起', IMP, [DIR]),
  X('高层建筑消防', B, SOC, '微型消防站覆盖率', '≤', '90', '%', DIR),
  X('高层建筑消防', O, TIME, '重大火灾隐患整改期限', null, '≤30天（自然日）', null, null),
  X('高层建筑消防', O, TIME, '重大火灾隐患整改期限', '≥', '30', '天', DIR),
  X('高层建筑消防', S, SAT, '业主满意度', '≥', '90', '%', null),
  // 地下管线普查
  X('地下管线普查', O, QTY, '普查地下管线长度', '≥', '1800', '公里', null),
  X('地下管线普查', O, QTY, '普查地下管线长度', '≥', '18', '%', UVN),
  X('地下管线普查', O, QUAL, '管线探测数据准确率', '≥', '98', '%', null),
  X('地下管线普查', O, QUAL, '管线探测数据准确率', '≥', '98', '公里', UVN),
  X('地下管线普查', O, QTY, '管线探测数据准确率', '≥', '98', '%', LVN),
  X('地下管线普查', O, QUAL, '管线点位漏探率', '≤', '2', '%', null),
  X('地下管线普查', O, QUAL, '管线点位漏探率', '≥', '2', '%', DIR),
  X('地下管线普查', B, SOC, '道路施工挖断管线事故', '≥', '3', '起', DIR),
  X('地下管线普查', B, SUST, '管线信息动态更新机制', '定性', '建立健全', null, null),
  X('地下管线普查', C, ECOST, '管线探测单价', '≤', '2.8', '万元/公里', null),
  X('地下管线普查', C, ECOST, '管线探测单价', '≥', '2.8', '万元/公里', DIR),
  X('地下管线普查', O, TIME, '普查成果入库', null, '2026年11月30日前', null, null),
  X('地下管线普查', S, SAT, '管线权属单位满意度', null, '≥90%（含）', null, null),
  X('地下管线普查', O, '', '管线普查成果图幅', '≥', '120', '幅', LEV),
  // 城市排水防涝
  X('城市排水防涝', O, QTY, '新建改造雨水管网', '≥', '45', '公里', null),
  X('城市排水防涝', O, QTY, '整治易涝积水点', '≥', '28', '处', null),
  X('城市排水防涝', O, QTY, '整治易涝积水点数量', '≥', '28', '%', UVN),
  X('城市排水防涝', O, QUAL, '排涝泵站设备完好率', '≥', '8', '%', IMP),
  X('城市排水防涝', O, QUAL, '雨水管网淤积堵塞率', '≤', '5', '%', null),
  X('城市排水防涝', O, QUAL, '雨水管网淤积堵塞率', '≥', '5', '%', DIR),
  X('城市排水防涝', B, SOC, '城市内涝积水点数量', '≥', '10', '处', DIR),
  X('城市排水防涝', B, SOC, '城市内涝积水点数量', '≤', '10', '处', null),
  X('城市排水防涝', B, SOC, '强降雨后道路积水退水时间', '≤', '2', '小时', null),
  X('城市排水防涝', B, SOC, '强降雨后道路积水退水时间', '≥', '2', '小时', DIR),
  X('城市排水防涝', B, SOC, '内涝防治标准', '≥', '30', '年一遇', null),
  X('城市排水防涝', O, TIME, '汛前管网清疏', '定性', '汛期前完成', null, null),
  X('城市排水防涝', C, ECOST, '雨水管网改造单价', '≤', '600', '万元/公里', null),
  X('城市排水防涝', S, SAT, '易涝片区居民满意度', '≥', '80', '%', SATF),
  // 农村厕所粪污治理
  X('农村厕所粪污治理', O, QTY, '改造农村户厕', '≥', '3000', '户', null),
  X('农村厕所粪污治理', O, QTY, '改造农村户厕', '≥', '30', '%', UVN),
  X('农村厕所粪污治理', O, QTY, '配置抽粪吸污车', '≥', '12', '辆', null),
  X('农村厕所粪污治理', O, QUAL, '新改户厕验收合格率', '≥', '98', '%', null),
  X('农村厕所粪污治理', O, QUAL, '化粪池渗漏率', '≤', '2', '%', null),
  X('农村厕所粪污治理', O, QUAL, '化粪池渗漏率', '≥', '2', '%', DIR),
  X('农村厕所粪污治理', B, ECO, '厕所粪污资源化利用率', '≥', '80', '%', null),
  X('农村厕所粪污治理', B, ECO, '厕所粪污资源化利用率', '≤', '80', '%', DIR),
  X('农村厕所粪污治理', B, ECO, '粪污直排农户数', '≥', '50', '户', DIR),
  X('农村厕所粪污治理', B, SOC, '户厕闲置废弃率', '≤', '5', '%', null),
  X('农村厕所粪污治理', B, SOC, '户厕长效管护', '定性', '有效运行', null, null),
  X('农村厕所粪污治理', C, ECOST, '户厕改造补助标准', '=', '1500', '元/户', null),
  X('农村厕所粪污治理', O, TIME, '粪污清掏', '定性', '及时清掏', null, QVQ),
  X('农村厕所粪污治理', S, SAT, '改厕农户满意度', '≥', '95', '%', null),
  // 古村落保护
  X('古村落保护', O, QTY, '修缮传统民居', '≥', '60', '栋', null),
  X('古村落保护', O, QTY, '修缮传统民居', '≥', '6000', '平方米', null),
  X('古村落保护', O, QTY, '古建筑挂牌保护数量', '≥', '80', '%', UVN),
  X('古村落保护', O, QUAL, '修缮工程质量验收合格率', null, '≥100%（含）', null, IMP),
  X('古村落保护', O, QUAL, '历史建筑损毁灭失数', '≥', '2', '处', DIR),
  X('古村落保护', O, QUAL, '历史建筑损毁灭失数', '=', '0', '处', null),
  X('古村落保护', B, SOC, '古村落空心化率', '≤', '30', '%', null),
  X('古村落保护', B, SOC, '古村落空心化率', '≥', '30', '%', DIR),
  X('古村落保护', B, ECON, '带动乡村旅游接待', '≥', '15', '万人次', null),
  X('古村落保护', B, SUST, '传统风貌', '定性', '得到有效延续', null, null),
  X('古村落保护', C, ECOST, '传统民居修缮补助', '≤', '800', '元/平方米', null),
  X('古村落保护', C, SOC, '村民文化认同感', '定性', '明显增强', null, LEV),
  X('古村落保护', S, SAT, '游客满意度', '≥', '4.5', '分', SATF),
  // 红色遗址保护
  X('红色遗址保护', O, QTY, '修缮革命遗址', '≥', '18', '处', null),
  X('红色遗址保护', O, QTY, '布展陈列面积', '≥', '2400', '平方米', null),
  X('红色遗址保护', O, QTY, '布展陈列面积', '≥', '24', '%', UVN),
  X('红色遗址保护', O, QUAL, '文物本体安全事故', '≥', '0', '起', IMP, [DIR]),
  X('红色遗址保护', O, QUAL, '史料考证准确率', '≥', '99', '%', null),
  X('红色遗址保护', O, QUAL, '讲解员持证上岗率', '≥', '10', '%', IMP),
  X('红色遗址保护', B, SOC, '年接待党员群众参观', '≥', '20', '万人次', null),
  X('红色遗址保护', B, SOC, '红色教育基地开放率', '≤', '90', '%', DIR),
  X('红色遗址保护', B, SUST, '红色基因传承', '定性', '持续深化', null, null),
  X('红色遗址保护', O, TIME, '修缮工程完工', '定性', '按时完工', null, QVQ),
  X('红色遗址保护', S, SAT, '参观群众满意度', '≥', '95', '%', null),
  X('红色遗址保护', S, QUAL, '参观群众满意度', '≥', '95', '%', LEV),
  // 海岛保护
  X('海岛保护', O, QTY, '整治修复海岛岸线', '≥', '8', '公里', null),
  X('海岛保护', O, QTY, '整治修复海岛岸线长度', '≥', '8', '%', UVN),
  X('海岛保护', O, QTY, '海岛监视监测', '≥', '24', '次', null),
  X('海岛保护', O, QUAL, '岸线修复工程质量合格率', '≥', '98', '%', null),
  X('海岛保护', B, ECO, '海岛自然岸线保有率', '≥', '85', '%', null),
  X('海岛保护', B, ECO, '海岛自然岸线保有率', '≤', '85', '%', DIR),
  X('海岛保护', B, ECO, '违法占用海岛岸线', '≥', '2', '公里', DIR),
  // A genuine limit (LIMITS): land cover runs from a few per cent (arid or rocky land) up, so no floor is a slip by the name alone.
  X('海岛保护', B, ECO, '海岛植被覆盖率', '≥', '6', '%', IMP),
  X('海岛保护', C, ENVCOST, '施工期海域悬浮泥沙扩散面积', '≤', '0.5', '平方公里', null),
  X('海岛保护', C, ENVCOST, '施工期海域悬浮泥沙扩散面积', '≥', '0.5', '平方公里', DIR),
  X('海岛保护', O, QUAL, '海岛生态状况', null, '≥良好', null, NN),
  X('海岛保护', ECO, B, '海岛生态系统稳定性', '定性', '稳中向好', null, LEV),
  X('海岛保护', S, SAT, '海岛居民满意度', '≥', '90', '%', null),
  // 人才公寓
  X('人才公寓', O, QTY, '筹集人才公寓', '≥', '500', '套', null),
  X('人才公寓', O, QTY, '筹集人才公寓', '≥', '50', '%', UVN),
  X('人才公寓', QTY, O, '筹集人才公寓', '≥', '500', '套', LEV),
  X('人才公寓', O, QUAL, '人才公寓空置率', '≤', '10', '%', null),
  X('人才公寓', O, QUAL, '人才公寓空置率', '≥', '10', '%', DIR),
  X('人才公寓', O, QUAL, '人才公寓入住率', '≥', '90', '套', UVN),
  X('人才公寓', B, SOC, '入住人才流失率', '≥', '8', '%', DIR),
  X('人才公寓', B, SOC, '入住人才流失率', '≤', '8', '%', null),
  X('人才公寓', B, SOC, '吸引高层次人才落户', '≥', '200', '人', null),
  X('人才公寓', C, ECOST, '租金补贴标准', '≤', '1500', '元/人·月', null),
  X('人才公寓', O, TIME, '入住申请审核时限', null, '≤7个工作日', null, null),
  X('人才公寓', O, TIME, '入住申请审核时限', '≥', '7', '个工作日', DIR),
  X('人才公寓', S, SAT, '入住人才满意度', '≥', '90', '%', null),
  X('人才公寓', S, SAT, '入住人才满意度', '≥', '85', '分', SATF),
  // 城市体检
  X('城市体检', O, QTY, '城市体检指标采集', '≥', '80', '项', null),
  X('城市体检', O, QTY, '体检指标数量', '≥', '80', '%', UVN),
  X('城市体检', O, QUAL, '体检数据差错率', '≤', '1', '%', null),
  X('城市体检', O, QUAL, '体检数据差错率', '≥', '1', '%', DIR),
  X('城市体检', O, QUAL, '问题清单整改销号率', '≥', '90', '%', null),
  X('城市体检', O, QUAL, '问题清单整改销号率', '≤', '90', '%', DIR),
  X('城市体检', B, SOC, '“城市病”问题', '定性', '有效缓解', null, null),
  X('城市体检', O, QUAL, '体检报告质量', null, '≥较好', null, NN),
  X('城市体检', O, TIME, '体检报告提交', null, '2026年6月30日前', null, null),
  X('城市体检', C, ECOST, '第三方体检服务费', '≤', '180', '万元', null),
  X('城市体检', S, SAT, '市民满意度', '定性', '满意', null, null),
  // 口袋公园与绿道
  X('口袋公园与绿道', O, QTY, '新建口袋公园', '≥', '20', '个', null),
  X('口袋公园与绿道', O, QTY, '新建城市绿道', '≥', '35', '公里', null),
  X('口袋公园与绿道', O, QTY, '新增绿化面积', '≥', '12', '%', UVN),
  X('口袋公园与绿道', O, QUAL, '苗木栽植成活率', '≥', '95', '%', null),
  X('口袋公园与绿道', O, QUAL, '苗木栽植成活率', '≤', '95', '%', DIR),
  X('口袋公园与绿道', O, QUAL, '苗木栽植成活率', '≥', '95', '株', UVN),
  X('口袋公园与绿道', B, SOC, '公园绿地服务半径覆盖率', '≥', '90', '%', null),
  X('口袋公园与绿道', B, SOC, '公园设施损坏率', '≥', '5', '%', DIR),
  X('口袋公园与绿道', C, ECOST, '口袋公园建设单价', '≤', '450', '元/平方米', null),
  X('口袋公园与绿道', C, ECOST, '口袋公园建设单价', '≥', '450', '元/平方米', DIR),
  X('口袋公园与绿道', O, ECOST, '绿道年养护费用', '≤', '8', '万元/公里', LEV),
  X('口袋公园与绿道', S, SAT, '周边居民满意度', '≥', '90', '%', null),
  // 水产养殖尾水治理
  X('水产养殖尾水治理', O, QTY, '建设尾水处理设施', '≥', '45', '套', null),
  X('水产养殖尾水治理', O, QTY, '治理养殖池塘面积', '≥', '1.2', '万亩', null),
  X('水产养殖尾水治理', O, QTY, '治理养殖池塘面积', '≥', '12', '%', UVN),
  X('水产养殖尾水治理', O, QUAL, '尾水排放达标率', '≥', '90', '%', null),
  X('水产养殖尾水治理', O, QUAL, '尾水排放达标率', '≥', '90', '吨', UVN),
  X('水产养殖尾水治理', B, ECO, '尾水超标排放次数', '≥', '3', '次', DIR),
  X('水产养殖尾水治理', B, ECO, '尾水总磷浓度', '≤', '0.5', 'mg/L', null),
  X('水产养殖尾水治理', B, ECO, '尾水总磷浓度', '≥', '0.5', 'mg/L', DIR),
  X('水产养殖尾水治理', B, ECON, '养殖户亩均增收', '≥', '300', '元/亩', null),
  X('水产养殖尾水治理', '效果指标', ECO, '养殖水域生态', '定性', '明显改善', null, null),
  X('水产养殖尾水治理', C, ECOST, '尾水设施建设补助', '≤', '2000', '元/亩', null),
  X('水产养殖尾水治理', S, SAT, '养殖户满意度', '≥', '75', '%', SATF),
  // 森林康养
  X('森林康养', O, QTY, '建设森林康养步道', '≥', '25', '公里', null),
  X('森林康养', O, QTY, '建设森林康养步道长度', '≥', '25', '%', UVN),
  X('森林康养', O, QTY, '认定森林康养基地', '≥', '5', '处', null),
  X('森林康养', O, OCOST, '康养步道建设成本', '≤', '120', '万元/公里', null),
  X('森林康养', O, QUAL, '康养步道安全隐患', '≥', '3', '处', DIR),
  X('森林康养', B, ECON, '森林康养综合收入', '≥', '8000', '万元', null),
  X('森林康养', B, ECON, '森林康养综合收入', '≥', '8000', '人次', UVN),
  X('森林康养', B, ECO, '森林覆盖率', '≥', '68', '%', null),
  X('森林康养', B, ECO, '森林覆盖率', '≤', '68', '%', DIR),
  X('森林康养', B, ECO, '康养基地森林火灾受害率', '≤', '0.9', '‰', null),
  X('森林康养', B, ECO, '康养基地森林火灾受害率', '≥', '0.9', '‰', DIR),
  X('森林康养', B, QTY, '接待康养游客', '≥', '30', '万人次', LEV),
  X('森林康养', S, SAT, '康养游客满意度', '≥', '90', '%', null),
  // 海上搜救
  X('海上搜救', O, QTY, '组织海上搜救演练', '≥', '4', '次', null),
  X('海上搜救', O, QTY, '配备搜救艇数量', '≥', '6', '%', UVN),
  X('海上搜救', O, QUAL, '遇险人员搜救成功率', '≥', '95', '%', null),
  X('海上搜救', O, QUAL, '遇险人员搜救成功率', '≤', '95', '%', DIR),
  X('海上搜救', O, TIME, '搜救力量到达现场时间', '≤', '60', '分钟', null),
  X('海上搜救', O, TIME, '搜救力量到达现场时间', '≥', '60', '分钟', DIR),
  X('海上搜救', O, TIME, '险情信息响应及时率', '≥', '100', '%', IMP),
  X('海上搜救', O, QTY, '险情信息响应及时率', '=', '100', '%', LVN),
  X('海上搜救', B, SOC, '海上遇险人员死亡失踪人数', '≥', '3', '人', DIR),
  X('海上搜救', B, SOC, '海上遇险人员死亡失踪人数', '≤', '3', '人', null),
  X('海上搜救', C, ECOST, '搜救艇单次出动成本', '≤', '1.5', '万元/次', null),
  X('海上搜救', S, SAT, '获救人员满意度', '定性', '满意', null, null),
];

export const HELD_OUT_50_DEPT: RowCase[] = [
  // 机关事务管理局
  X('部门·机关事务管理局', O, DUTY, '公务用车使用率', '≥', '85', '%', null),
  X('部门·机关事务管理局', O, DUTY, '公车使用率', '≥', '85', '辆', UVN),
  X('部门·机关事务管理局', O, DUTY, '公务用车平台派车', '≥', '12000', '车次', null),
  X('部门·机关事务管理局', O, MGMT, '会议费支出控制率', '≤', '100', '%', null),
  X('部门·机关事务管理局', O, MGMT, '公务接待费支出', '≤', '严格控制', '万元', NN),
  X('部门·机关事务管理局', B, SUSTAIN, '公共机构人均综合能耗下降率', '≥', '1.5', '%', null),
  X('部门·机关事务管理局', B, SUSTAIN, '公共机构单位建筑面积能耗', '≥', '12', '千克标准煤/平方米', DIR),
  X('部门·机关事务管理局', B, SOCIAL, '办公用房超标使用面积', '≥', '100', '平方米', DIR),
  X('部门·机关事务管理局', B, SOCIAL, '办公用房空置率', '≤', '5', '%', null),
  X('部门·机关事务管理局', S, CLIENT, '机关干部职工满意度', '≥', '85', '%', SATF),
  // 统计局
  X('部门·统计局', O, DUTY, '统计数据差错率', '≤', '0.5', '%', null),
  X('部门·统计局', O, DUTY, '统计数据差错率', '≥', '0.5', '%', DIR),
  X('部门·统计局', O, DUTY, '统计调查任务完成率', '≥', '100', '%', IMP),
  X('部门·统计局', O, DUTY, '统计报表按时报送率', '≥', '98', '份', UVN),
  X('部门·统计局', O, DUTY, '统计违法案件查处', '≥', '15', '件', null),
  X('部门·统计局', O, MGMT, '预算执行率', '≥', '9', '%', IMP),
  X('部门·统计局', B, SOCIAL, '统计数据公信力', '定性', '持续提升', null, null),
  X('部门·统计局', S, CLIENT, '数据使用单位满意度', '≥', '90', '%', null),
  // 审计局
  X('部门·审计局', O, DUTY, '完成审计项目', '≥', '45', '个', null),
  X('部门·审计局', O, DUTY, '审计问题整改率', '≥', '95', '%', null),
  X('部门·审计局', O, DUTY, '审计问题整改率', '≤', '95', '%', DIR),
  X('部门·审计局', O, DUTY, '审计发现问题整改未完成项', '≥', '10', '项', DIR),
  X('部门·审计局', O, DUTY, '审计发现问题整改未完成项', '≤', '10', '项', null),
  X('部门·审计局', B, SOCIAL, '促进增收节支', '≥', '5000', '万元', null),
  X('部门·审计局', B, SOCIAL, '审计整改逾期率', '≥', '5', '%', DIR),
  X('部门·审计局', S, CLIENT, '被审计单位满意度', '≥', '4', '分', SATF),
  // 信访局
  X('部门·信访局', O, DUTY, '信访事项按期办结率', '≥', '95', '%', null),
  X('部门·信访局', O, DUTY, '信访事项按期办结率', '≥', '95', '件', UVN),
  X('部门·信访局', O, DUTY, '重复信访率', '≤', '8', '%', null),
  X('部门·信访局', O, DUTY, '重复信访率', '≥', '8', '%', DIR),
  X('部门·信访局', O, DUTY, '信访积压件数', '≥', '20', '件', DIR),
  X('部门·信访局', O, DUTY, '初次信访事项一次性化解率', '≥', '9', '%', IMP),
  X('部门·信访局', B, SOCIAL, '越级上访人次', '≤', '50', '人次', null),
  X('部门·信访局', B, SOCIAL, '信访秩序', '定性', '持续好转', null, null),
  X('部门·信访局', S, CLIENT, '信访群众满意度', '≥', '80', '%', SATF),
  X('部门·信访局', S, CLIENT, '信访群众满意度', '≥', '90', '%', null),
];
