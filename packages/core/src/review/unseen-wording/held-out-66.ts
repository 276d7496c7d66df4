import { B, C, CLIENT, DIR, DUTY, ECO, ECON, ECOST, IMP, LEV, LVN, NN, O, QTY, QUAL, QVQ, S, SAT, SATF, SOC, SOCIAL, SUST, TIME, UM, UVN, X, type RowCase } from './case-types';

const MGMT = '管理效率';

/**
 * Held-out set 66 (session 25), written before reading the review code and measured as written. It takes names that carry more than
 * a measure: long names (25–60 characters) with the target, scope or unit inside them (2024年度完成不少于120个村级集体经济组织财务审计,
 * 裸土覆盖率（按季度抽查）, 茶叶农残抽检合格率（每季度抽检一次）, 用户报修24小时内修复率), names ending in 情况/工作/建设/管理 that name
 * no measure, names with two measures joined by 和/及 (公开率和公开内容规范率, 消费额和客流量, 服务站点和投放车辆), names with a time
 * scope (2024年…, 一季度…, 上半年…, 全年…, 每月…), and the same row written again in a shorter form (…财务审计 beside 2024年度完成不少于
 * 120个…财务审计) — in areas no earlier set used (grep of every held-out-*.ts, tuned-set.ts and review-audit-cases*.test.ts: 三资,
 * 田长, 有线电视, 老字号, 成本调查, 人行天桥, 地下通道, 裸土, 装修垃圾, 大件垃圾, 旧衣, 消火栓, 公共自行车, 门牌 had no hit; 夜间经济,
 * 职业病, 古树, 户外广告, 地下管线, 茶园 had one, in other wording) — HELD_OUT_66, in a 2024 project_target beside BASE — and 部门整体
 * 履职效能/管理效率/社会效应 rows of those departments (HELD_OUT_66_DEPT, beside DEPT_BASE).
 *
 * Readings chosen before measuring (rules.md §2; earlier sets' readings followed where they speak):
 * - A name that states its own target (不少于120个, 不少于6场, 不少于1.5万人, 每月…不少于2次, 2024年9月底前完成…) is read with its value:
 *   the same figure, sign and unit is fine (the name restates it); a smaller figure (≥80个 under 不少于120个, ≥4场 under 不少于6场, ≥1.2万人
 *   under 不少于1.5万人, ≥4期 under 不少于40期) or a later date (2024年12月底前 under 2024年9月底前完成…) contradicts it and is
 *   implausible_target (the row cannot hold both; one is a slip); a ceiling under 不少于 is direction; a unit foreign to the measure
 *   is unit_vs_name as in a short name (…不少于3000户 in 万元).
 * - Two measures joined by 和/及/、: two shares in % (公开率和公开内容规范率, 完好率和在线率, 监测覆盖率和报告率) or two acts counted in one
 *   unit (新建和维修改造消火栓 in 个, 挂牌和数字化建档 in 株) stay fine — no code names a row that packs two measures, and the unit fits
 *   both; a unit that fits only one of them is unit_vs_name (建档数及建档率 ≥95个, 合格率和安全播出率 in 户, 消费额和客流量 in 亿元,
 *   服务站点和投放车辆 in 个, 户均增收和茶叶产值 in 元/户). A figure or a scope in brackets (（按季度抽查）, （含汉语拼音拼写）) or inside
 *   the name (24小时内, 10万元以上, 0.1兆帕, 1小时内) is scope, never the row's unit or target.
 * - A name ending in 情况/工作/建设/管理 that names no measure, under 质量/时效, with a vague value (进一步规范, 及时整改, 全面落实,
 *   按时完成, 有序推进, 规范到位, 持续加强, 规范有序, 良好, 稳步推进, 基本建成, 高标准, 如期完成, 较高) is qualitative_vs_quantitative;
 *   the same kind of name under 效益 with a stated effect (有效遏制, 秩序良好, 明显提升) is fine; a date under 时效 is fine.
 * - direction: a floor on a bad count (积水断行次数, 投诉, 死亡株数, 新发尘肺病例, 挖断管线事故, 丢失和人为损坏, 坠落伤人事故 ≥1),
 *   on a bad share (停播率, 差错率 in ‰), on a time that should be short (上门收运时间), on a cost (委托费用, 新建成本); a ceiling on a
 *   good share (及时率, 覆盖率, 完好率, 整改到位率) or on a 不少于 count.
 * - implausible_target: ≥100% on a share; ≥0 on a bad amount (direction accepted beside); a good share floored in single digits
 *   (覆盖率 ≥9.5%, 恢复运行率 ≥9%, 规范率 ≥9.8%, 成活率 ≥9%, 上报率 ≥6%); and the contradictions above.
 * - unit_vs_name: a count of things or people (公示牌, 检测, 骑行量, 监审项目, 消火栓, 复壮) in % or 万元; a share in 个, 户, 人, 批次,
 *   万平方米; a time limit as a share (修复率 in 小时); boxes set up (回收箱) in 吨; plates (门牌) in 万人; lengths in 个; 茶园 in 户.
 * - level_vs_name: 完好率/准确率/及时率 under 数量. levels: a 数量 二级 under 效益; a 履职效能 row under 满意度 (levels, level_vs_name
 *   accepted beside, as sets 58, 63 and 64 read it). satisfaction: below 90% or in 分. unit_missing: a count with no unit.
 *   not_numeric: a sign before words (≤上年).
 * - Fine: a 差错率 in ‰, a per-head or per-unit standard (元/人·月, 元/户·年) stated with =, a share of villages above a line
 *   (10万元以上村占比 ≥60%), a 免费骑行比例 floored at 90%, a 0 bad count stated with =.
 * Every name was grepped against every held-out-*.ts, tuned-set.ts and review-audit-cases*.test.ts and the four found there
 * (工作场所职业病危害因素监测合格率, 市民对市容环境满意度, 沿街商户满意度, 茶叶农残抽检合格率) were reworded before measuring.
 *
 * First measurement, as written and before reading or changing any review code (a tsx run of the harness's rowCodes on this set
 * alone, BASE / DEPT_BASE): 224 rows (198 project, 26 部门整体), 136 labelled fine (60.7%):
 *   direction                    tp 16 fp 1 fn 3  precision 94.1%  recall 84.2%
 *   implausible_target           tp 10 fp 1 fn 5  precision 90.9%  recall 66.7%
 *   level_vs_name                tp 4 fp 1 fn 0  precision 80.0%  recall 100.0%
 *   levels                       tp 2 fp 0 fn 0  precision 100.0%  recall 100.0%
 *   not_numeric                  tp 1 fp 0 fn 0  precision 100.0%  recall 100.0%
 *   qualitative_vs_quantitative  tp 12 fp 0 fn 3  precision 100.0%  recall 80.0%
 *   satisfaction                 tp 6 fp 0 fn 0  precision 100.0%  recall 100.0%
 *   unit_missing                 tp 2 fp 0 fn 0  precision 100.0%  recall 100.0%
 *   unit_vs_name                 tp 14 fp 0 fn 10  precision 100.0%  recall 58.3%
 * (False alarms: direction on 建筑工地及闲置地块裸土覆盖面积 ≥120万平方米 (covering bare soil, read as the bare soil); level_vs_name
 * for unit_vs_name on 开展定价成本监审项目 in 万元; implausible_target for unit_vs_name on 指导…完成年度财务审计 ≥120%. Missed:
 * implausible_target on the four counts floored below the figure their name states and on a later date than the name's; direction
 * on ≤ under 每月巡田不少于2次 and 全年…不少于3万吨, and on 上门收运时间 ≥48小时; unit_vs_name on …不少于3000户 in 万元, 人行天桥
 * 安全检测 and 古树名木抢救复壮 in %, 旧衣物回收箱 in 吨, 门牌及楼栋牌 in 万人, 生态茶园 in 户, 服务站点和投放车辆 in 个, 户均增收和
 * 茶叶产值 in 元/户; qualitative_vs_quantitative on …维护管理工作 持续加强, …申报工作 稳步推进, …管理系统建设 基本建成.)
 * Labels re-read after measuring (earlier sets' readings my labels missed): two measures joined take the unit of either (sets 24, 31
 * and 44: 培训人数及合格率 ≥60人 is fine, 发放补贴户数及金额 in 户), so 建档数及建档率 ≥95个, 消费额和客流量 ≥2亿元, 服务站点和投放车辆
 * ≥120个 and 户均增收和茶叶产值 ≥3000元/户 are fine (a unit of neither, 合格率和安全播出率 in 户, stays unit_vs_name); and a name that
 * says 完成 in % over 100 (指导…完成年度财务审计 ≥120%) is a share overshot as check-meaning reads 资金到位 ≥110%, so
 * implausible_target is expected there with unit_vs_name accepted beside. After the re-reads: 224 rows, 140 fine (62.5%).
 * Fixed by general cause (review-audit-cases-b66.test.ts; check-name-floor.ts, called from check-stated-targets.ts; value-wording.ts,
 * name-word-classes.ts, name-fine-classes.ts, name-measures.ts, measure-unit.ts, classify-name.ts): a floor a name states on its
 * own count (不少于/不低于/至少 N unit, not a rate's and not one on a population the name goes on to count, …的教师人数) is the row's
 * target, so a ceiling on it is direction, a smaller floor in the same unit (magnitudes read: 1.2万人 < 1.5万人) is
 * implausible_target, and a unit of another kind (户 against 万元, a count against % other than 100%) is unit_vs_name, a floor per
 * person or per period (每人不低于300元, 每月不少于2次) excepted from the unit test; a 定性 date later than the deadline the name states
 * (2024年9月底前完成… answered 2024年12月底前) is implausible_target; effort promised (稳步, 加强, 推进) and a state hedged (基本建成,
 * 基本形成) are vague values under 数量/质量/时效; covering bare or idle ground (苫盖, 遮盖, 覆盖 before its measure) acts on it; a cost
 * examined (成本监审, 成本调查) is no money spent, while the examination's own 经费 or 补助 is; waste collected or cleared at the door
 * (收运时间, 清运时间) is time taken; a count named by its act and 数 alone (建档数及建档率) joins a rate as …个数 does, and money joined
 * before a count (消费额和客流量) names the row's unit as well; things set up one by one (回收箱, 垃圾桶, 门牌, 标志, 宣传栏, 公示栏) are
 * counted, never weighed, nor counted in people, an area, a length or a time.
 * Genuine limits (LIMITS in review-unseen-wording.test.ts, asserted in review-audit-cases-b66.test.ts): 开展定价成本监审项目 in 万元
 * (projects counted by their kind in money may state the projects' money, as sets 47, 63 and 64 read an act with no measure word);
 * 人行天桥安全检测 ≥20% (an inspection in % may be the share inspected, set 10's 统计执法检查); 完成古树名木抢救复壮 ≥60% (works in %
 * at or above 50 read as the share done, set 12); 新建和改造提升生态茶园 in 户 (land improved for households may count the
 * households served, as 新建户厕 =2000户 does).
 * After the fixes (224 rows, 140 fine): every code 100% precision and 100% recall with the four limits apart (direction tp 19,
 * implausible_target 16, unit_vs_name 15, qualitative_vs_quantitative 15, satisfaction 6, level_vs_name 4, levels 2, unit_missing 2,
 * not_numeric 1); counting the limits, unit_vs_name recall 78.9% (15/19). Every earlier set stays at 0 false alarms. Per form cpu
 * (bench/rules/rules-bench.ts 200000, best of two): before 423k/s, after 480k/s (shared machine).
 */
export const HELD_OUT_66: RowCase[] = [
  // 农业农村·农村集体“三资”管理
  X('农业农村·三资管理', O, QTY, '2024年度完成不少于120个村级集体经济组织财务审计', '≥', '120', '个', null),
  X('农业农村·三资管理', O, QTY, '2024年度完成不少于120个村级集体经济组织财务审计', '≥', '80', '个', IMP),
  X('农业农村·三资管理', O, QTY, '村级集体经济组织财务审计', '≥', '120', '个', null),
  X('农业农村·三资管理', O, QUAL, '村务财务公开率和公开内容规范率', '≥', '98', '%', null),
  X('农业农村·三资管理', O, QUAL, '农村集体资产清查登记建档数及建档率', '≥', '95', '个', null),
  X('农业农村·三资管理', O, QUAL, '集体资产资源发包合同规范化管理', '定性', '进一步规范', null, QVQ),
  X('农业农村·三资管理', B, ECON, '村级集体经济组织经营性收入10万元以上村占比', '≥', '60', '%', null),
  X('农业农村·三资管理', B, ECON, '村级集体经济组织经营性收入10万元以上村占比', '≥', '60', '个', UVN),
  X('农业农村·三资管理', O, TIME, '一季度完成上年度村级财务审计报告反馈', '定性', '3月底前', null, null),
  X('农业农村·三资管理', O, TIME, '村级财务审计发现问题整改工作', '定性', '及时整改', null, QVQ),
  X('农业农村·三资管理', C, ECOST, '每个村财务审计委托费用', '≤', '3000', '元/村', null),
  X('农业农村·三资管理', C, ECOST, '每个村财务审计委托费用', '≥', '3000', '元/村', DIR),
  X('农业农村·三资管理', B, SOC, '农村集体“三资”监管平台违规支付预警处置率', '≥', '95', '%', null),
  X('农业农村·三资管理', S, SAT, '村集体经济组织成员对“三资”公开情况满意度', '≥', '90', '%', null),
  X('农业农村·三资管理', S, SAT, '村集体经济组织成员对“三资”公开情况满意度', '≥', '80', '%', SATF),
  // 自然资源·田长制巡田
  X('自然资源·田长制', O, QTY, '村级田长每月巡田不少于2次', '≥', '2', '次/月', null),
  X('自然资源·田长制', O, QTY, '村级田长每月巡田不少于2次', '≤', '2', '次/月', DIR),
  X('自然资源·田长制', O, QTY, '村级田长巡田', '≥', '24', '次', null),
  X('自然资源·田长制', O, QTY, '设立田长制公示牌', '≥', '350', '块', null),
  X('自然资源·田长制', O, QTY, '设立田长制公示牌', '≥', '350', '%', UVN),
  X('自然资源·田长制', O, TIME, '巡田发现违法占用耕地问题及时制止率', '≥', '95', '%', null),
  X('自然资源·田长制', B, SOC, '耕地“非农化”“非粮化”问题发现和整改情况', '定性', '有效遏制', null, null),
  X('自然资源·田长制', O, QUAL, '田长制工作落实情况', '定性', '全面落实', null, QVQ),
  X('自然资源·田长制', B, SOC, '田长责任区内新增违法占用耕地面积', '=', '0', '亩', null),
  X('自然资源·田长制', B, SOC, '田长责任区内新增违法占用耕地面积', '≥', '0', '亩', IMP, [DIR]),
  X('自然资源·田长制', B, SUST, '耕地保护田长制长效管护机制', '定性', '健全完善', null, null),
  X('自然资源·田长制', C, ECOST, '村级田长巡田补贴标准', '=', '100', '元/人·月', null),
  X('自然资源·田长制', S, SAT, '村级田长对巡田APP使用满意度', '≥', '90', '%', null),
  // 文广·农村有线电视户户通
  X('文广·有线电视', O, QTY, '完成农村有线电视“户户通”设备维护更换不少于3000户', '≥', '3000', '户', null),
  X('文广·有线电视', O, QTY, '完成农村有线电视“户户通”设备维护更换不少于3000户', '≥', '3000', '万元', UVN),
  X('文广·有线电视', O, QTY, '有线电视户户通设备维护更换', '≥', '3000', '户', null),
  X('文广·有线电视', O, QUAL, '有线电视信号入户合格率和节目传输安全播出率', '≥', '99', '%', null),
  X('文广·有线电视', O, QUAL, '有线电视信号入户合格率和节目传输安全播出率', '≥', '99', '户', UVN),
  X('文广·有线电视', O, QUAL, '有线电视安全播出停播率', '≤', '0.01', '%', null),
  X('文广·有线电视', O, QUAL, '有线电视安全播出停播率', '≥', '0.01', '%', DIR),
  X('文广·有线电视', O, TIME, '用户报修24小时内修复率', '≥', '95', '%', null),
  X('文广·有线电视', O, TIME, '用户报修24小时内修复率', '≥', '24', '小时', UVN),
  X('文广·有线电视', O, TIME, '户户通设备维护更换工作', '定性', '按时完成', null, QVQ),
  X('文广·有线电视', B, SOC, '农村广播电视节目综合人口覆盖率', '≥', '99.5', '%', null),
  X('文广·有线电视', B, SOC, '农村广播电视节目综合人口覆盖率', '≥', '9.5', '%', IMP),
  X('文广·有线电视', S, SAT, '农村有线电视用户满意度', '≥', '90', '%', null),
  // 商务·老字号与夜间经济
  X('商务·老字号', O, QTY, '认定市级老字号企业', '≥', '10', '家', null),
  X('商务·老字号', O, QTY, '认定市级老字号企业', '≥', '10', null, UM),
  X('商务·老字号', O, QTY, '2024年举办“老字号嘉年华”等促消费活动不少于6场', '≥', '6', '场', null),
  X('商务·老字号', O, QTY, '2024年举办“老字号嘉年华”等促消费活动不少于6场', '≥', '4', '场', IMP),
  X('商务·老字号', B, ECON, '老字号企业营业收入同比增长', '≥', '5', '%', null),
  X('商务·夜间经济', B, ECON, '带动夜间经济集聚区消费额和客流量', '≥', '2', '亿元', null),
  X('商务·夜间经济', B, ECON, '夜间经济集聚区消费额', '≥', '2', '亿元', null),
  X('商务·夜间经济', O, QUAL, '夜间经济集聚区建设', '定性', '有序推进', null, QVQ),
  X('商务·夜间经济', B, SOC, '夜间经济集聚区治安和环境卫生管理情况', '定性', '秩序良好', null, null),
  X('商务·老字号', O, QUAL, '老字号企业认定材料审核准确率', '=', '100', '%', null),
  X('商务·老字号', O, QTY, '老字号企业认定材料审核准确率', '=', '100', '%', LVN),
  X('商务·老字号', C, ECOST, '单场促消费活动补助', '≤', '20', '万元/场', null),
  X('商务·老字号', S, SAT, '参展老字号企业满意度', '≥', '92', '%', null),
  // 发改·农产品成本调查与定价成本监审
  X('发改·成本调查', O, QTY, '完成农产品成本收益调查点户数据采集', '≥', '240', '户', null),
  X('发改·成本调查', O, QTY, '2024年度完成240户农产品成本收益调查点户全年4次数据采集上报', '≥', '960', '户次', null),
  X('发改·成本调查', O, QTY, '2024年度完成240户农产品成本收益调查点户全年4次数据采集上报', '≥', '960', '%', UVN),
  X('发改·成本调查', O, QUAL, '成本调查数据审核差错率', '≤', '1', '‰', null),
  X('发改·成本调查', O, QUAL, '成本调查数据审核差错率', '≥', '1', '‰', DIR),
  X('发改·成本调查', O, TIME, '调查数据按国家规定时间上报及时率', '=', '100', '%', null),
  X('发改·成本调查', O, TIME, '调查数据按国家规定时间上报及时率', '≤', '100', '%', DIR),
  X('发改·成本监审', O, QUAL, '成本监审报告和定价成本调查报告质量', '定性', '较高', null, QVQ),
  X('发改·成本监审', B, SOC, '为政府制定和调整价格提供依据', '定性', '有效支撑', null, null),
  X('发改·成本调查', C, ECOST, '调查户记账补贴标准', '=', '600', '元/户·年', null),
  X('发改·成本监审', O, QTY, '开展定价成本监审项目', '≥', '8', '项', null),
  X('发改·成本监审', O, QTY, '开展定价成本监审项目', '≥', '8', '万元', UVN),
  X('发改·成本调查', S, SAT, '调查户对记账辅导服务满意度', '≥', '90', '%', null),
  // 市政·人行天桥与地下通道
  X('市政·过街设施', O, QTY, '完成中心城区人行天桥和地下通道安全检测', '≥', '36', '座', null),
  X('市政·过街设施', O, QTY, '人行天桥安全检测', '≥', '20', '座', null),
  X('市政·过街设施', O, QTY, '人行天桥安全检测', '≥', '20', '%', UVN),
  X('市政·过街设施', O, QUAL, '人行天桥和地下通道照明设施完好率（按月巡查）', '≥', '95', '%', null),
  X('市政·过街设施', O, QTY, '人行天桥和地下通道照明设施完好率（按月巡查）', '≥', '95', '%', LVN),
  X('市政·过街设施', O, QUAL, '地下通道汛期积水断行次数', '≤', '2', '次', null),
  X('市政·过街设施', O, QUAL, '地下通道汛期积水断行次数', '≥', '2', '次', DIR),
  X('市政·过街设施', O, QUAL, '过街设施日常保洁和维护管理工作', '定性', '规范到位', null, QVQ),
  X('市政·过街设施', O, TIME, '天桥电梯故障报修后24小时内恢复运行率', '≥', '95', '%', null),
  X('市政·过街设施', O, TIME, '天桥电梯故障报修后24小时内恢复运行率', '≥', '9', '%', IMP),
  X('市政·过街设施', B, SOC, '行人过街安全', '定性', '明显改善', null, null),
  X('市政·过街设施', C, ECOST, '每座人行天桥年维护费用', '≤', '8', '万元/座', null),
  X('市政·过街设施', S, SAT, '过街行人满意度', '≥', '90', '%', null),
  X('市政·过街设施', S, SAT, '过街行人满意度', '≥', '90', '分', SATF),
  // 城管·裸土覆盖、大件垃圾与装修垃圾
  X('城管·裸土覆盖', O, QTY, '建筑工地及闲置地块裸土覆盖面积', '≥', '120', '万平方米', null),
  X('城管·裸土覆盖', O, QUAL, '裸土覆盖率（按季度抽查）', '≥', '95', '%', null),
  X('城管·裸土覆盖', O, QUAL, '裸土覆盖率（按季度抽查）', '≥', '95', '万平方米', UVN),
  X('城管·裸土覆盖', O, QUAL, '裸土覆盖率（按季度抽查）', '≥', '100', '%', IMP),
  X('城管·大件垃圾', O, QTY, '全年收运处置大件垃圾和装修垃圾不少于3万吨', '≥', '3', '万吨', null),
  X('城管·大件垃圾', O, QTY, '全年收运处置大件垃圾和装修垃圾不少于3万吨', '≤', '3', '万吨', DIR),
  X('城管·大件垃圾', O, QTY, '大件垃圾收运处置', '≥', '3', '万吨', null),
  X('城管·装修垃圾', O, QTY, '设置装修垃圾临时投放点', '≥', '150', '个', null),
  X('城管·装修垃圾', O, QTY, '设置装修垃圾临时投放点', '≥', '150', null, UM),
  X('城管·装修垃圾', O, QUAL, '装修垃圾资源化利用率', '≥', '60', '%', null),
  X('城管·装修垃圾', B, ECO, '装修垃圾乱倒乱堆投诉', '≤', '20', '件', null),
  X('城管·装修垃圾', B, ECO, '装修垃圾乱倒乱堆投诉', '≥', '20', '件', DIR),
  X('城管·大件垃圾', O, TIME, '大件垃圾预约上门收运时间', '≤', '48', '小时', null),
  X('城管·大件垃圾', O, TIME, '大件垃圾预约上门收运时间', '≥', '48', '小时', DIR),
  X('城管·装修垃圾', C, ECOST, '装修垃圾收运处置单价', '≤', '95', '元/吨', null),
  X('城管·大件垃圾', S, SAT, '居民对大件垃圾收运服务满意度', '≥', '85', '%', SATF),
  // 城管·旧衣物回收
  X('城管·旧衣回收', O, QTY, '在居民小区设置旧衣物回收箱', '≥', '400', '个', null),
  X('城管·旧衣回收', O, QTY, '在居民小区设置旧衣物回收箱', '≥', '400', '吨', UVN),
  X('城管·旧衣回收', O, QTY, '回收旧衣物', '≥', '800', '吨', null),
  X('城管·旧衣回收', B, ECO, '回收旧衣物再利用和资源化利用率', '≥', '90', '%', null),
  X('城管·旧衣回收', O, QUAL, '旧衣物回收箱清运管理情况', '定性', '良好', null, QVQ),
  X('城管·旧衣回收', O, TIME, '回收箱满箱后清运时限', '≤', '3', '日', null),
  // 消防·市政消火栓
  X('消防·市政消火栓', O, QTY, '新建和维修改造市政消火栓', '≥', '300', '个', null),
  X('消防·市政消火栓', O, QTY, '新建市政消火栓', '≥', '120', '座', null),
  X('消防·市政消火栓', O, QTY, '新建市政消火栓', '≥', '120', '万元', UVN),
  X('消防·市政消火栓', O, QUAL, '市政消火栓完好率（按季度检测）', '≥', '95', '%', null),
  X('消防·市政消火栓', O, QUAL, '市政消火栓完好率（按季度检测）', '≤', '95', '%', DIR),
  X('消防·市政消火栓', O, QTY, '市政消火栓完好率', '≥', '95', '%', LVN),
  X('消防·市政消火栓', O, QUAL, '市政消火栓出水压力不低于0.1兆帕达标率', '≥', '90', '%', null),
  X('消防·市政消火栓', O, QUAL, '消火栓建设和维护管理工作', '定性', '持续加强', null, QVQ),
  X('消防·市政消火栓', B, SOC, '火灾扑救取水保障能力', '定性', '明显增强', null, null),
  X('消防·市政消火栓', C, ECOST, '单个消火栓新建成本', '≤', '1.2', '万元/个', null),
  X('消防·市政消火栓', C, ECOST, '单个消火栓新建成本', '≥', '1.2', '万元/个', DIR),
  X('消防·市政消火栓', O, TIME, '2024年9月底前完成新建消火栓验收', '定性', '2024年9月底前', null, null),
  X('消防·市政消火栓', O, TIME, '2024年9月底前完成新建消火栓验收', '定性', '2024年12月底前', null, IMP),
  X('消防·市政消火栓', S, SAT, '消防救援队伍对市政供水保障满意度', '≥', '90', '%', null),
  // 交通·公共自行车
  X('交通·公共自行车', O, QTY, '投放公共自行车', '≥', '5000', '辆', null),
  X('交通·公共自行车', O, QTY, '新建公共自行车服务站点和投放车辆', '≥', '120', '个', null),
  X('交通·公共自行车', O, QTY, '新建公共自行车服务站点', '≥', '120', '个', null),
  X('交通·公共自行车', O, QUAL, '公共自行车车辆完好率和站点设备在线率', '≥', '95', '%', null),
  X('交通·公共自行车', B, SOC, '公共自行车日均骑行量', '≥', '2', '万人次', null),
  X('交通·公共自行车', B, SOC, '公共自行车日均骑行量', '≥', '2', '%', UVN),
  X('交通·公共自行车', B, SOC, '1小时内免费骑行比例', '≥', '90', '%', null),
  X('交通·公共自行车', O, TIME, '车辆故障报修处理及时率', '≥', '95', '%', null),
  X('交通·公共自行车', O, QTY, '车辆故障报修处理及时率', '≥', '95', '%', LVN),
  X('交通·公共自行车', C, ECOST, '每辆公共自行车年运营维护成本', '≤', '600', '元/辆', null),
  X('交通·公共自行车', B, SOC, '公共自行车车辆丢失和人为损坏', '≥', '50', '辆', DIR),
  X('交通·公共自行车', S, SAT, '市民对公共自行车服务满意度', '≥', '90', '%', null),
  // 民政·门牌与地名标志
  X('民政·地名标志', O, QTY, '设置和更换城乡门牌及楼栋牌', '≥', '2.4', '万块', null),
  X('民政·地名标志', O, QTY, '设置和更换城乡门牌及楼栋牌', '≥', '2.4', '万人', UVN),
  X('民政·地名标志', O, QTY, '设置乡村地名标志', '≥', '600', '块', null),
  X('民政·地名标志', O, QUAL, '地名标志设置规范率（含汉语拼音拼写）', '≥', '98', '%', null),
  X('民政·地名标志', O, QUAL, '地名标志设置规范率（含汉语拼音拼写）', '≥', '9.8', '%', IMP),
  X('民政·地名标志', O, QUAL, '门牌编制和地名信息入库工作', '定性', '规范有序', null, QVQ),
  X('民政·地名标志', B, SOC, '地名信息服务群众出行和快递物流便利程度', '定性', '明显提升', null, null),
  X('民政·地名标志', C, ECOST, '每块门牌制作安装成本', '≤', '45', '元/块', null),
  X('民政·地名标志', S, SAT, '居民对门牌地名标志设置满意度', '≥', '88', '%', SATF),
  // 卫健·职业健康检查与尘肺病随访
  X('卫健·职业健康', O, QTY, '2024年完成重点行业接害劳动者职业健康检查不少于1.5万人', '≥', '1.5', '万人', null),
  X('卫健·职业健康', O, QTY, '2024年完成重点行业接害劳动者职业健康检查不少于1.5万人', '≥', '1.2', '万人', IMP),
  X('卫健·职业健康', O, QTY, '接害劳动者职业健康检查', '≥', '1.5', '万人', null),
  X('卫健·职业健康', O, QUAL, '重点职业病监测覆盖率和报告率', '≥', '95', '%', null),
  X('卫健·职业健康', O, TIME, '职业健康检查报告按时出具率', '≥', '95', '%', null),
  X('卫健·尘肺病', O, QUAL, '尘肺病患者随访率', '≥', '90', '%', null),
  X('卫健·尘肺病', O, QUAL, '尘肺病患者随访率', '≥', '90', '人', UVN),
  X('卫健·尘肺病', B, SOC, '新发职业性尘肺病例', '≤', '5', '例', null),
  X('卫健·尘肺病', B, SOC, '新发职业性尘肺病例', '≥', '5', '例', DIR),
  X('卫健·职业健康', O, QUAL, '用人单位职业病危害项目申报工作', '定性', '稳步推进', null, QVQ),
  X('卫健·职业健康', B, SOC, '重点行业工作场所粉尘和噪声危害因素检测达标率', '≥', '85', '%', null),
  X('卫健·职业健康', C, ECOST, '人均职业健康检查补助', '≤', '180', '元/人', null),
  X('卫健·职业健康', S, SAT, '受检劳动者满意度', '≥', '95', '%', null),
  // 林业·古树名木
  X('林业·古树名木', O, QTY, '完成古树名木抢救复壮', '≥', '60', '株', null),
  X('林业·古树名木', O, QTY, '完成古树名木抢救复壮', '≥', '60', '%', UVN),
  X('林业·古树名木', O, QTY, '古树名木挂牌和数字化建档', '≥', '1800', '株', null),
  X('林业·古树名木', O, QUAL, '复壮古树成活率', '≥', '90', '%', null),
  X('林业·古树名木', O, QUAL, '复壮古树成活率', '≥', '9', '%', IMP),
  X('林业·古树名木', O, QUAL, '古树名木日常养护管理情况', '定性', '良好', null, QVQ),
  X('林业·古树名木', B, ECO, '古树名木保存率', '=', '100', '%', null),
  X('林业·古树名木', B, ECO, '古树名木死亡株数', '≤', '2', '株', null),
  X('林业·古树名木', B, ECO, '古树名木死亡株数', '≥', '2', '株', DIR),
  X('林业·古树名木', B, SUST, '古树名木保护长效机制', '定性', '逐步建立', null, null),
  X('林业·古树名木', C, ECOST, '每株古树复壮费用', '≤', '1.5', '万元/株', null),
  X('林业·古树名木', B, QTY, '古树名木抢救复壮', '≥', '60', '株', LEV),
  X('林业·古树名木', S, SAT, '周边群众对古树保护满意度', '≥', '90', '%', null),
  // 城管·沿街店招店牌与户外广告
  X('城管·户外招牌', O, QTY, '完成主次干道沿街店招店牌规范整治不少于800块', '≥', '800', '块', null),
  X('城管·户外招牌', O, QTY, '沿街店招店牌规范整治', '≥', '800', '块', null),
  X('城管·户外招牌', O, QTY, '拆除违规户外广告和破损招牌', '≥', '300', '处', null),
  X('城管·户外招牌', O, QUAL, '户外广告设施安全检测覆盖率', '≥', '90', '%', null),
  X('城管·户外招牌', O, QUAL, '户外广告设施安全检测覆盖率', '≤', '90', '%', DIR),
  X('城管·户外招牌', B, SOC, '户外广告设施坠落伤人事故', '=', '0', '起', null),
  X('城管·户外招牌', B, SOC, '户外广告设施坠落伤人事故', '≥', '1', '起', DIR),
  X('城管·户外招牌', O, TIME, '店招店牌整治完成时间', '定性', '2024年10月底前', null, null),
  X('城管·户外招牌', O, TIME, '店招店牌整治工作', '定性', '如期完成', null, QVQ),
  X('城管·户外招牌', C, ECOST, '每块店招更换补助', '≤', '2000', '元/块', null),
  X('城管·户外招牌', S, SAT, '参与招牌整治的沿街商户满意度', '≥', '90', '%', null),
  X('城管·户外招牌', S, SAT, '参与招牌整治的沿街商户满意度', '≥', '70', '%', SATF),
  // 住建·地下管线普查
  X('住建·地下管线', O, QTY, '完成中心城区地下管线普查探测长度', '≥', '850', '公里', null),
  X('住建·地下管线', O, QTY, '完成中心城区地下管线普查探测长度', '≥', '850', '个', UVN),
  X('住建·地下管线', O, QUAL, '管线探测点平面位置和埋深精度合格率', '≥', '95', '%', null),
  X('住建·地下管线', O, QUAL, '管线普查成果入库率', '≥', '100', '%', IMP),
  X('住建·地下管线', O, QUAL, '地下管线信息管理系统建设', '定性', '基本建成', null, QVQ),
  X('住建·地下管线', B, SOC, '施工挖断地下管线事故', '≤', '3', '起', null),
  X('住建·地下管线', B, SOC, '施工挖断地下管线事故', '≥', '3', '起', DIR),
  X('住建·地下管线', C, ECOST, '每公里管线探测费用', '≤', '0.9', '万元/公里', null),
  X('住建·地下管线', O, TIME, '上半年完成普查成果验收', '定性', '6月底前', null, null),
  X('住建·地下管线', S, SAT, '管线权属单位对普查成果满意度', '≥', '90', '%', null),
  // 农业·生态茶园
  X('农业·茶产业', O, QTY, '新建和改造提升生态茶园', '≥', '5000', '亩', null),
  X('农业·茶产业', O, QTY, '新建和改造提升生态茶园', '≥', '5000', '户', UVN),
  X('农业·茶产业', O, QTY, '推广茶园绿色防控和有机肥替代化肥技术', '≥', '2', '万亩', null),
  X('农业·茶产业', O, QUAL, '茶叶农残抽检合格率（每季度抽检一次）', '≥', '98', '%', null),
  X('农业·茶产业', O, QUAL, '茶叶农残抽检合格率（每季度抽检一次）', '≥', '98', '批次', UVN),
  X('农业·茶产业', B, ECON, '带动茶农户均增收和茶叶产值', '≥', '3000', '元/户', null),
  X('农业·茶产业', B, ECON, '带动茶农户均增收', '≥', '3000', '元/户', null),
  X('农业·茶产业', B, ECON, '茶叶综合产值', '≥', '12', '亿元', null),
  X('农业·茶产业', O, QUAL, '生态茶园基地建设', '定性', '高标准', null, QVQ),
  X('农业·茶产业', B, SUST, '茶产业区域公用品牌影响力', '定性', '持续提升', null, null),
  X('农业·茶产业', C, ECOST, '每亩生态茶园建设补助', '≤', '800', '元/亩', null),
  X('农业·茶产业', S, SAT, '受益茶农满意度', '≥', '90', '%', null),
];

/** 部门整体 rows of the same departments on the 2021 department tree, checked in a department_target beside DEPT_BASE. */
export const HELD_OUT_66_DEPT: RowCase[] = [
  X('部门·市农业农村局', O, DUTY, '指导村级集体经济组织完成年度财务审计', '≥', '120', '个', null),
  X('部门·市农业农村局', O, DUTY, '指导村级集体经济组织完成年度财务审计', '≥', '120', '%', IMP, [UVN]),
  X('部门·市自然资源和规划局', O, DUTY, '2024年度新增违法占用耕地问题整改到位率', '≥', '95', '%', null),
  X('部门·市自然资源和规划局', O, DUTY, '2024年度新增违法占用耕地问题整改到位率', '≤', '95', '%', DIR),
  X('部门·市文化广电旅游局', O, DUTY, '广播电视安全播出责任事故', '=', '0', '起', null),
  X('部门·市文化广电旅游局', O, DUTY, '广播电视安全播出责任事故', '≥', '0', '起', IMP, [DIR]),
  X('部门·市商务局', O, DUTY, '培育市级以上夜间经济集聚区', '≥', '3', '个', null),
  X('部门·市商务局', S, CLIENT, '商贸流通企业满意度', '≥', '90', '%', null),
  X('部门·市发展和改革委员会', O, DUTY, '农产品成本调查数据按时上报率', '≥', '6', '%', IMP),
  X('部门·市发展和改革委员会', O, MGMT, '财政拨款结转结余资金规模', '≤', '上年', '万元', NN),
  X('部门·市城市管理局', O, DUTY, '中心城区人行天桥和地下通道日常巡查', '≥', '52', '次', null),
  X('部门·市城市管理局', S, CLIENT, '市民对市容秩序和街面环境满意度', '≥', '85', '%', SATF),
  X('部门·市消防救援支队', O, DUTY, '辖区市政消火栓完好率', '≥', '95', '%', null),
  X('部门·市消防救援支队', O, DUTY, '辖区市政消火栓完好率', '≥', '95', '个', UVN),
  X('部门·市交通运输局', O, DUTY, '公共自行车日均骑行', '≥', '2', '万人次', null),
  X('部门·市民政局', O, DUTY, '地名信息库数据更新及时率', '≥', '95', '%', null),
  X('部门·市卫生健康委员会', O, DUTY, '重点人群职业健康检查覆盖率', '≥', '90', '%', null),
  X('部门·市卫生健康委员会', B, SOCIAL, '辖区新发职业病病例', '≥', '10', '例', DIR),
  X('部门·市林业局', O, DUTY, '古树名木保护和复壮', '≥', '60', '株', null),
  X('部门·市林业局', B, SOCIAL, '辖区古树名木保存率', '≥', '100', '%', IMP),
  X('部门·市住房和城乡建设局', O, DUTY, '地下管线普查成果入库', '≥', '850', '公里', null),
  X('部门·市住房和城乡建设局', O, MGMT, '政府采购项目意向公开率', '=', '100', '%', null),
  X('部门·市茶产业发展中心', O, DUTY, '辖区茶叶农药残留抽检合格率', '≥', '98', '%', null),
  X('部门·市茶产业发展中心', S, DUTY, '茶农技术培训满意度', '≥', '95', '%', LEV, [LVN]),
  X('部门·市茶产业发展中心', O, DUTY, '全年开展茶园管理技术培训不少于40期', '≥', '40', '期', null),
  X('部门·市茶产业发展中心', O, DUTY, '全年开展茶园管理技术培训不少于40期', '≥', '4', '期', IMP),
];
