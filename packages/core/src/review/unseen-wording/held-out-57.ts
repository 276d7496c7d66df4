import { B, C, CLIENT, DUTY, ECO, ECON, ECOST, IMP, LEV, LVN, NN, O, OCOST, QTY, QUAL, QVQ, S, SAT, SATF, SOC, SOCIAL, SUST, SUSTAIN, TIME, UM, UVN, DIR, X, type RowCase } from './case-types';

const MGMT = '管理效率';

/**
 * Held-out set 57 (session 23), written before reading the review code and measured as written. It takes project rows of the
 * departments the seeds come from, in programme areas no earlier set used: 财政局 (财会监督 of 代理记账机构, 非税收入电子票据, 政府
 * 债务风险监测, 政府采购监管, 一事一议财政奖补), 街道办事处 (网格化管理, 独居空巢老人探访, 社区微更新, 综合行政执法), 区委办 (督查督办,
 * 信息报送和机要文电), 目标绩效办 (第三方绩效评价, 群众评议), 发改委 (以工代赈, 社会信用体系, 重大项目前期工作), 市场监管局 (网络交易
 * 监测, 集贸市场计价秤强检, 广告监测), 住建委 (农民工工资专用账户, 商品房预售资金监管), 城管局 (共享单车停放, 路灯和窨井盖, 餐厨垃圾)
 * and 生态环境局 (危险废物, 机动车尾气遥感) — HELD_OUT_57 — and 部门整体 运转/履职 rows of those nine departments (HELD_OUT_57_DEPT,
 * beside DEPT_BASE). Every name was grepped against every held-out-*.ts, tuned-set.ts and review-audit-cases*.test.ts and the 29
 * found there were reworded before measuring; as substrings 代理记账, 法定债务率, 围标串标, 一事一议, 微更新, 群众评议, 可研, 网络交易,
 * 计价秤, 缺斤短两, 广告监测, 工资专用账户, 预售资金, 保交房, 乱停乱放, 跑冒滴漏, 地沟油 and 三保 had no hit in any earlier file.
 *
 * Readings chosen before measuring (earlier sets' readings followed where they speak):
 * - direction: a floor on a bad thing (违规执业, 差错率, 隐性债务新增, 法定债务率, 围标串标, 群体性事件, 居家意外未及时发现, 被纠错
 *   案件, 失泄密, 劳务报酬拖欠, 失信被执行人, 虚假宣传, 缺斤短两投诉, 违法率, 违法广告, 违规拨付, 逾期难交付, 乱停乱放, 窨井盖丢失
 *   损坏, 跑冒滴漏, 非法转移倾倒, 尾气超标率, 重污染天数, 暂付款余额, 亡人事故, 能源消耗量, 违法违章建筑, 突发环境事件) or on time
 *   that should be short (报送/发布时限, 响应时间, 拨付时限); a floor on a cost by name (印制费用, 改造成本, 会议费); a ceiling on
 *   a good share or amount (规范停放率, 压减低效无效资金, 争取中央预算内投资).
 * - unit_vs_name: a count (机构, 网格, 信息, 工商户, 停放区, 收运吨数, 套数, 保障性住房) in %, a share in a count (家, 份, 条, 个, 张,
 *   吨), people or places in money (务工群众, 奖补村, 停放区), money in a count or % (预算内投资 in 个, 增收 in %, 资金规模 in %), an area
 *   in people.
 * - implausible_target: a share past 100% (办结率 ≥950%, 实名制覆盖率 ≥150%), a good share floored in single digits or at 10% (整改
 *   到位率 ≥9.5%, 预留份额占比 ≥4%, 回收率 ≥0.9%, 劳务报酬占比 ≥3%, 亮灯率 ≥9.8%, 结果反馈率 ≥10%).
 * - qualitative_vs_quantitative: a rate with a vague value (较高, 高, 较好); 定性 with a number (100%).
 * - not_numeric: a spending ceiling at a reference with no number (≤上年). satisfaction: below 90% (60%, 75%, 80%, 85%, 88%) or in 分.
 * - levels: 数量 under 效益, an effect under 满意度 or under 产出 (level_vs_name accepted). level_vs_name: 及时率 under 数量, 满意度
 *   under 质量 (levels accepted). unit_missing: a count with no unit.
 * - Fine: 定性 values in words (足额保障, 零发生, 按期足额, 按月足额, 保持绿色等级), dates in words (收款后1个工作日内, 9月30日前, 次年
 *   3月底前), frequencies in words (每周不少于1次), standards in words (每人500元), =0 on a bad thing, ceilings on unit costs and caps
 *   (≤30万元/村, ≤2500元/人·月, ≤180元/吨), a savings share in single digits (采购预算资金节约率 ≥5%: savings run 3–8%), 能耗降低 ≥3%,
 *   PM2.5 ≤35, 法定债务率 ≤120% (a debt ratio may pass 100%), 食品安全抽检 in 批次/千人.
 *
 * First measurement, as written and before reading or changing any review code (a tsx run of the harness's rowCodes on this
 * set alone): 204 project rows and 29 department rows (233; 144 labelled fine, 61.8%):
 *   direction                    tp 29 fp 2 fn 10  precision  93.5%  recall  74.4%
 *   implausible_target           tp 6  fp 2 fn 2   precision  75.0%  recall  75.0%
 *   level_vs_name                tp 1  fp 4 fn 0   precision  20.0%  recall 100.0%
 *   levels                       tp 3  fp 0 fn 0   precision 100.0%  recall 100.0%
 *   not_numeric                  tp 1  fp 0 fn 0   precision 100.0%  recall 100.0%
 *   qualitative_vs_quantitative  tp 5  fp 3 fn 0   precision  62.5%  recall 100.0%
 *   satisfaction                 tp 11 fp 0 fn 0   precision 100.0%  recall 100.0%
 *   unit_missing                 tp 4  fp 0 fn 0   precision 100.0%  recall 100.0%
 *   unit_vs_name                 tp 13 fp 1 fn 4   precision  92.9%  recall  76.5%
 * Nine labels were re-read after measuring, each to a reading an earlier set recorded (so they count as label slips, not as
 * the review's): 按时/按期…办结率 under 质量 is level_vs_name (set 16's 消费投诉按时办结率, 信访事项按期办结率) — four rows;
 * a 时效 row valued 按期足额 is qualitative_vs_quantitative as 按时 is (rules.md §2: a vague value under 时效); a count under
 * 效益 valued by a direction alone (缴款人跑腿次数 明显减少) is qualitative_vs_quantitative (house reading: 违法占用耕地面积 逐年
 * 下降) — two rows; ≥100% on a 完成率 is implausible_target whether the plan is revenue or investment (rules.md §2, set 36's
 * 重点项目投资完成率 ≥100%) — two rows. With them 233 rows, 138 fine (59.2%).
 * The review's own misses and false alarms: direction missed on 隐性债务新增规模, 围标串标案件, 未及时发现, 失泄密事件, 虚假宣传
 * (宣传 read as an act against it), 乱停乱放, 跑冒滴漏, 财政暂付款余额, and ≤ on 压减低效无效资金 and 争取中央预算内投资; direction
 * raised on 违法线索核处率 (核处 not read as an act); unit_vs_name raised on 违规拨付预售资金 in 笔 and missed on 基础网格 in %,
 * 群众务工 in 万元, 停放区 in 万元, 被上级采用信息 in %; implausible_target missed on 劳务报酬发放占以工代赈资金比例 ≥3% (the
 * fund named in full ran past PAID_SHARE's gap) and 绩效考核结果反馈率 ≥10%.
 * Fixed by general cause (review-audit-cases-b57.test.ts; name-word-classes.ts, name-measures.ts, name-fine-classes.ts,
 * measure-unit.ts, classify-name.ts): rigged bids (围标, 串标), leaks of secrets (泄密), spills (跑冒滴漏), vehicles left anywhere
 * (乱停, 乱放), false claims (虚假宣传/广告/申报…: the act inside the bad word acts against nothing), harm not found or reported in
 * time (未及时发现/上报), hidden debt (隐性债务) and treasury advances (暂付款) are bad; 核处 and 收回 act against the bad thing they
 * follow or lead; an enforcement verb leading a name (查处, 整治, 打击, 取缔 …) acts on all after it however far the bad word
 * stands (an aid verb, 救助资金发放差错, still does not); money secured from above (争取…资金/投资) and wasteful money cut or taken
 * back (压减低效无效资金) are results sought, a ceiling the wrong way; the wage share of 以工代赈 money is good however fully the
 * fund is named; people taken into work (吸纳/带动/组织…务工, 就业) are people, never money; money paid or moved one transfer at
 * a time (拨付/支付/挪用…资金) is counted in 笔 as loans are; grid cells (网格) are counted things.
 * Recorded limits (LIMITS in review-unseen-wording.test.ts, asserted still missed): 被上级采用信息 in % (信息 names records as often
 * as a state or a service; in % it may be the 采用率), 施划非机动车停放区 in 万元 (a bare 区 is a district or zone as often as a
 * counted place), 绩效考核结果反馈率 ≥10% (a feedback share is a survey's response rate as often as results returned).
 * After the fixes (233 rows, 138 fine; the three limits apart): every code 100% precision and 100% recall (direction 39/39,
 * implausible_target 9/9, unit_vs_name 15/15; 9/10 and 15/17 with the limits counted). Every earlier set stays at 0 false alarms.
 */
export const HELD_OUT_57: RowCase[] = [
  // 财政·财会监督专项行动
  X('财政·财会监督', O, QTY, '抽查代理记账机构', '≥', '40', '家', null),
  X('财政·财会监督', O, QTY, '抽查代理记账机构', '≥', '40', '%', UVN),
  X('财政·财会监督', O, QUAL, '会计信息质量检查问题整改到位率', '≥', '95', '%', null),
  X('财政·财会监督', O, QUAL, '会计信息质量检查问题整改到位率', '≥', '9.5', '%', IMP),
  X('财政·财会监督', O, TIME, '检查报告报送时限', '≤', '15', '工作日', null),
  X('财政·财会监督', B, SOC, '财经纪律约束力', '定性', '显著增强', null, null),
  X('财政·财会监督', B, SOC, '代理记账机构违规执业', '≥', '3', '家', DIR),
  X('财政·财会监督', S, SAT, '被检查单位满意度', '≥', '90', '%', null),
  // 财政·非税收入电子票据
  X('财政·电子票据', O, QTY, '接入财政电子票据系统的执收单位', '≥', '260', '家', null),
  X('财政·电子票据', O, QUAL, '非税收入电子缴款覆盖率', '≥', '95', '%', null),
  X('财政·电子票据', O, QUAL, '非税收入电子缴款覆盖率', '≥', '95', '家', UVN),
  X('财政·电子票据', O, QUAL, '电子票据开具差错率', '≥', '0.5', '%', DIR),
  X('财政·电子票据', O, QUAL, '电子票据开具差错率', '≤', '0.5', '%', null),
  X('财政·电子票据', O, TIME, '非税收入缴库时间', null, '收款后1个工作日内', null, null),
  X('财政·电子票据', C, ECOST, '纸质票据印制费用', '≥', '12', '万元', DIR),
  X('财政·电子票据', C, ECOST, '纸质票据印制费用', '≤', '12', '万元', null),
  X('财政·电子票据', B, SOC, '缴款人跑腿次数', '定性', '明显减少', null, QVQ),
  X('财政·电子票据', S, SOC, '缴款人跑腿次数', '定性', '明显减少', null, LEV, [LVN, QVQ]),
  X('财政·电子票据', S, SAT, '缴款群众满意度', '≥', '88', '%', SATF),
  // 财政·政府债务风险监测
  X('财政·债务监测', O, QTY, '纳入监测的融资平台公司', '≥', '12', '家', null),
  X('财政·债务监测', O, QUAL, '新增专项债券资金支出进度', '≥', '90', '%', null),
  X('财政·债务监测', O, QUAL, '隐性债务新增规模', '≥', '1', '亿元', DIR),
  X('财政·债务监测', O, QUAL, '隐性债务新增规模', '=', '0', '亿元', null),
  X('财政·债务监测', O, TIME, '政府债券到期本息偿还', '定性', '按期足额', null, QVQ),
  X('财政·债务监测', B, ECON, '政府债务风险等级', '定性', '保持绿色等级', null, null),
  X('财政·债务监测', B, ECON, '法定债务率', '≤', '120', '%', null),
  X('财政·债务监测', B, ECON, '法定债务率', '≥', '80', '%', DIR),
  // 财政·政府采购监管
  X('财政·采购监管', O, QTY, '抽查政府采购合同公告', '≥', '300', '份', null),
  X('财政·采购监管', O, QUAL, '面向中小企业预留份额占比', '≥', '40', '%', null),
  X('财政·采购监管', O, QUAL, '面向中小企业预留份额占比', '≥', '4', '%', IMP),
  X('财政·采购监管', O, QUAL, '采购质疑投诉处理', '定性', '依法依规', null, null),
  X('财政·采购监管', O, TIME, '采购合同公告发布时限', '≤', '2', '工作日', null),
  X('财政·采购监管', O, TIME, '采购合同公告发布时限', '≥', '2', '工作日', DIR),
  X('财政·采购监管', B, ECON, '采购预算资金节约率', '≥', '5', '%', null),
  X('财政·采购监管', B, SOC, '围标串标案件', '≥', '2', '起', DIR),
  X('财政·采购监管', S, SAT, '采购人及供应商满意度', '≥', '90', '%', null),
  // 财政·村级公益事业一事一议财政奖补
  X('财政·一事一议', O, QTY, '一事一议奖补村', '≥', '36', '个', null),
  X('财政·一事一议', O, QTY, '一事一议奖补村', '≥', '36', '万元', UVN),
  X('财政·一事一议', O, QUAL, '奖补项目验收合格率', '=', '100', '%', null),
  X('财政·一事一议', O, OCOST, '单村奖补上限', '≤', '30', '万元/村', null),
  X('财政·一事一议', B, SOC, '村内道路通行条件', '定性', '明显改善', null, null),
  X('财政·一事一议', B, SUST, '建后管护机制', '定性', '建立健全', null, null),
  X('财政·一事一议', S, SAT, '受益村民满意度', '≥', '75', '%', SATF),
  // 街道·社区网格化管理
  X('街道·网格化', O, QTY, '配备专职网格员', '≥', '86', '名', null),
  X('街道·网格化', O, QTY, '划分基础网格', '≥', '64', '个', null),
  X('街道·网格化', O, QTY, '划分基础网格', '≥', '64', '%', UVN),
  X('街道·网格化', O, QUAL, '网格事件按时办结率', '≥', '95', '%', LVN),
  X('街道·网格化', O, QUAL, '网格事件按时办结率', '定性', '较高', null, QVQ, [LVN]),
  X('街道·网格化', O, TIME, '网格事件响应时间', '≤', '30', '分钟', null),
  X('街道·网格化', O, TIME, '网格事件响应时间', '≥', '30', '分钟', DIR),
  X('街道·网格化', O, OCOST, '网格员补贴标准', '≤', '2500', '元/人·月', null),
  X('街道·网格化', B, SOC, '辖区矛盾纠纷就地化解率', '≥', '90', '%', null),
  X('街道·网格化', B, SOC, '辖区群体性事件', '≥', '1', '起', DIR),
  X('街道·网格化', S, SAT, '辖区居民满意度', '≥', '90', '分', SATF),
  // 街道·独居空巢老人关爱探访
  X('街道·独居老人', O, QTY, '探访独居空巢老人', '≥', '420', '人', null),
  X('街道·独居老人', O, QTY, '探访独居空巢老人', '≥', '420', null, UM),
  X('街道·独居老人', O, QUAL, '探访记录完整率', '≥', '95', '%', null),
  X('街道·独居老人', O, TIME, '探访频次', null, '每周不少于1次', null, null),
  X('街道·独居老人', B, SOC, '独居老人居家意外未及时发现', '≥', '1', '起', DIR),
  X('街道·独居老人', B, SOC, '老年人居家安全感', '定性', '明显增强', null, null),
  X('街道·独居老人', S, SAT, '受访老人满意度', '≥', '95', '%', null),
  // 街道·社区微更新
  X('街道·微更新', O, QTY, '完成小微空间改造', '≥', '8', '处', null),
  X('街道·微更新', O, QUAL, '微更新工程验收合格率', '=', '100', '%', null),
  X('街道·微更新', O, TIME, '改造完工时间', null, '2025年11月底前', null, null),
  X('街道·微更新', C, ECOST, '小微空间改造成本', '≤', '260', '万元', null),
  X('街道·微更新', C, ECOST, '小微空间改造成本', '≥', '260', '万元', DIR),
  X('街道·微更新', B, SOC, '新增居民公共活动空间', '≥', '3200', '平方米', null),
  X('街道·微更新', B, SUST, '改造设施使用年限', '≥', '10', '年', null),
  X('街道·微更新', S, SAT, '微更新点位周边居民满意度', '≥', '92', '%', null),
  X('街道·微更新', O, QUAL, '微更新点位周边居民满意度', '≥', '92', '%', LVN, [LEV]),
  // 街道·综合行政执法
  X('街道·综合执法', O, QTY, '开展联合执法行动', '≥', '24', '次', null),
  X('街道·综合执法', O, QTY, '查处占道经营', '≥', '150', '起', null),
  X('街道·综合执法', O, QUAL, '执法文书规范率', '≥', '98', '%', null),
  X('街道·综合执法', O, QUAL, '执法文书规范率', '≥', '98', '份', UVN),
  X('街道·综合执法', O, QUAL, '行政执法被纠错案件', '≥', '1', '件', DIR),
  X('街道·综合执法', B, SOC, '背街小巷市容秩序', '定性', '明显好转', null, null),
  X('街道·综合执法', S, SAT, '辖区沿街店铺经营者满意度', '≥', '85', '%', SATF),
  // 区委办·督查督办
  X('区委办·督查督办', O, QTY, '开展重点工作专项督查', '≥', '12', '次', null),
  X('区委办·督查督办', O, QTY, '印发督查通报', '≥', '20', '期', null),
  X('区委办·督查督办', O, QUAL, '督办事项按期办结率', '≥', '95', '%', LVN),
  X('区委办·督查督办', O, QUAL, '督办事项按期办结率', '≥', '950', '%', IMP, [LVN]),
  X('区委办·督查督办', O, TIME, '督办件反馈时限', '≤', '7', '日', null),
  X('区委办·督查督办', B, SOC, '重大决策部署落地见效', '定性', '有力推动', null, null),
  X('区委办·督查督办', B, SOC, '督查发现问题整改率', '定性', '高', null, QVQ),
  // 区委办·信息报送和机要文电
  X('区委办·信息', O, QTY, '编报综合信息', '≥', '180', '期', null),
  X('区委办·信息', O, QUAL, '被上级采用信息', '≥', '60', '条', null),
  X('区委办·信息', O, QUAL, '被上级采用信息', '≥', '60', '%', UVN),
  X('区委办·信息', O, QUAL, '机要文电失泄密事件', '≥', '1', '起', DIR),
  X('区委办·信息', O, QUAL, '机要文电失泄密事件', '=', '0', '起', null),
  X('区委办·信息', O, TIME, '紧急信息报送时限', '≤', '30', '分钟', null),
  X('区委办·信息', O, TIME, '紧急信息报送时限', '≥', '30', '分钟', DIR),
  X('区委办·信息', S, SAT, '区领导对信息服务满意度', '≥', '95', '%', null),
  // 目标绩效办·第三方绩效评价
  X('绩效办·第三方评价', O, QTY, '委托第三方开展重点绩效评价项目', '≥', '15', '个', null),
  X('绩效办·第三方评价', O, QTY, '覆盖评价资金规模', '≥', '8', '亿元', null),
  X('绩效办·第三方评价', O, QTY, '覆盖评价资金规模', '≥', '8', '%', UVN),
  X('绩效办·第三方评价', O, QUAL, '评价报告质量抽查合格率', '≥', '90', '%', null),
  X('绩效办·第三方评价', O, QUAL, '重点评价结果运用率', '=', '100', '%', null),
  X('绩效办·第三方评价', O, TIME, '评价报告提交时间', null, '9月30日前', null, null),
  X('绩效办·第三方评价', O, OCOST, '单个项目评价费用', '≤', '8', '万元/个', null),
  X('绩效办·第三方评价', B, ECON, '评价后压减低效无效资金', '≥', '3000', '万元', null),
  X('绩效办·第三方评价', B, ECON, '评价后压减低效无效资金', '≤', '3000', '万元', DIR),
  X('绩效办·第三方评价', S, SAT, '被评价部门对评价工作满意度', '≥', '85', '%', SATF),
  // 目标绩效办·群众评议
  X('绩效办·群众评议', O, QTY, '发放群众评议问卷', '≥', '1.2', '万份', null),
  X('绩效办·群众评议', O, QUAL, '有效问卷回收率', '≥', '90', '%', null),
  X('绩效办·群众评议', O, QUAL, '有效问卷回收率', '≥', '0.9', '%', IMP),
  X('绩效办·群众评议', O, QUAL, '考核结果公示率', '定性', '100%', null, QVQ),
  X('绩效办·群众评议', O, TIME, '年度考核结果通报', '定性', '次年3月底前', null, null),
  X('绩效办·群众评议', B, SOC, '机关作风', '定性', '持续改进', null, null),
  // 发改·以工代赈
  X('发改·以工代赈', O, QTY, '吸纳当地群众务工', '≥', '320', '人', null),
  X('发改·以工代赈', O, QTY, '吸纳当地群众务工', '≥', '320', '万元', UVN),
  X('发改·以工代赈', B, QTY, '吸纳当地群众务工', '≥', '320', '人', LEV, [LVN]),
  X('发改·以工代赈', O, QUAL, '劳务报酬发放占以工代赈资金比例', '≥', '30', '%', null),
  X('发改·以工代赈', O, QUAL, '劳务报酬发放占以工代赈资金比例', '≥', '3', '%', IMP),
  X('发改·以工代赈', O, TIME, '劳务报酬发放', '定性', '按月足额', null, null),
  X('发改·以工代赈', O, TIME, '劳务报酬拖欠', '≥', '1', '起', DIR),
  X('发改·以工代赈', B, ECON, '务工群众人均增收', '≥', '8000', '元', null),
  X('发改·以工代赈', B, ECON, '务工群众人均增收', '≥', '8000', '%', UVN),
  X('发改·以工代赈', S, SAT, '务工群众满意度', '≥', '90', '%', null),
  // 发改·社会信用体系
  X('发改·社会信用', O, QTY, '归集涉企信用信息', '≥', '45', '万条', null),
  X('发改·社会信用', O, QUAL, '行政许可和处罚信息七日双公示率', '=', '100', '%', null),
  X('发改·社会信用', O, QUAL, '信用修复申请办结率', '≥', '95', '%', null),
  X('发改·社会信用', O, TIME, '信用修复办理时限', '≤', '3', '工作日', null),
  X('发改·社会信用', B, SOC, '新增失信被执行人', '≥', '50', '人', DIR),
  X('发改·社会信用', B, SOC, '城市信用监测排名', '定性', '稳步提升', null, null),
  X('发改·社会信用', S, SAT, '守信市场主体满意度', '≥', '90', '%', null),
  // 发改·重大项目前期工作
  X('发改·项目前期', O, QTY, '完成可研编制重大项目', '≥', '25', '个', null),
  X('发改·项目前期', O, QTY, '完成可研编制重大项目', '≥', '25', null, UM),
  X('发改·项目前期', O, QUAL, '入库项目前期手续完备率', '≥', '85', '%', null),
  X('发改·项目前期', C, ECOST, '项目前期工作经费', '≤', '1500', '万元', null),
  X('发改·项目前期', B, ECON, '争取中央预算内投资', '≥', '3.5', '亿元', null),
  X('发改·项目前期', B, ECON, '争取中央预算内投资', '≥', '3.5', '个', UVN),
  X('发改·项目前期', B, ECON, '争取中央预算内投资', '≤', '3.5', '亿元', DIR),
  // 市场监管·网络交易监测
  X('市场监管·网络交易', O, QTY, '监测网店及交易平台', '≥', '3600', '家', null),
  X('市场监管·网络交易', O, QUAL, '网络交易违法线索核处率', '≥', '95', '%', null),
  X('市场监管·网络交易', O, QUAL, '网络交易违法线索核处率', '≥', '95', '条', UVN),
  X('市场监管·网络交易', B, SOC, '直播带货虚假宣传', '≥', '5', '起', DIR),
  X('市场监管·网络交易', B, SOC, '网络消费环境', '定性', '持续净化', null, null),
  X('市场监管·网络交易', S, SAT, '网络消费者满意度', '≥', '85', '%', SATF),
  // 市场监管·集贸市场计量器具强检
  X('市场监管·计量强检', O, QTY, '检定集贸市场电子计价秤', '≥', '3800', '台', null),
  X('市场监管·计量强检', O, QTY, '检定集贸市场电子计价秤', '≥', '3800', null, UM),
  X('市场监管·计量强检', O, QUAL, '计价秤检定合格率', '≥', '98', '%', null),
  X('市场监管·计量强检', O, TIME, '计价秤检定证书出具时限', '≤', '5', '工作日', null),
  X('市场监管·计量强检', B, SOC, '缺斤短两投诉', '≥', '10', '件', DIR),
  X('市场监管·计量强检', B, SOC, '缺斤短两投诉', '≤', '10', '件', null),
  X('市场监管·计量强检', S, SAT, '市场经营户满意度', '≥', '90', '%', null),
  // 市场监管·广告监测
  X('市场监管·广告监测', O, QTY, '监测广告', '≥', '12', '万条次', null),
  X('市场监管·广告监测', O, QUAL, '广告监测违法率', '≥', '1', '%', DIR),
  X('市场监管·广告监测', O, QUAL, '广告监测违法率', '≤', '1', '%', null),
  X('市场监管·广告监测', O, QUAL, '违法广告案件查处率', '定性', '较好', null, QVQ),
  X('市场监管·广告监测', B, SOC, '医疗美容违法广告', '≥', '1', '条', DIR),
  // 住建·农民工工资支付保障
  X('住建·农民工工资', O, QTY, '在建项目开设农民工工资专用账户', '≥', '260', '个', null),
  X('住建·农民工工资', O, QUAL, '工资专用账户开设率', '=', '100', '%', null),
  X('住建·农民工工资', O, QUAL, '工资专用账户开设率', '≥', '100', '个', UVN),
  X('住建·农民工工资', O, QUAL, '施工现场实名制管理覆盖率', '≥', '150', '%', IMP),
  X('住建·农民工工资', O, TIME, '欠薪线索办结时限', '≤', '10', '工作日', null),
  X('住建·农民工工资', B, SOC, '欠薪引发群体性事件', '≥', '1', '起', DIR),
  X('住建·农民工工资', B, SOC, '欠薪引发群体性事件', '定性', '零发生', null, null),
  X('住建·农民工工资', S, SAT, '农民工满意度', '≥', '90', '%', null),
  // 住建·商品房预售资金监管
  X('住建·预售资金', O, QTY, '纳入预售资金监管项目', '≥', '48', '个', null),
  X('住建·预售资金', O, QUAL, '预售资金监管账户覆盖率', '=', '100', '%', null),
  X('住建·预售资金', O, QUAL, '违规拨付预售资金', '≥', '1', '笔', DIR),
  X('住建·预售资金', B, SOC, '已售逾期难交付项目', '≥', '2', '个', DIR),
  X('住建·预售资金', B, SOC, '保交房交付套数', '≥', '6800', '套', null),
  X('住建·预售资金', B, SOC, '保交房交付套数', '≥', '6800', '%', UVN),
  X('住建·预售资金', S, SAT, '购房群众满意度', '≥', '80', '%', SATF),
  // 城管·共享单车停放治理
  X('城管·共享单车', O, QTY, '施划非机动车停放区', '≥', '1600', '个', null),
  X('城管·共享单车', O, QTY, '施划非机动车停放区', '≥', '1600', '万元', UVN),
  X('城管·共享单车', O, QUAL, '共享单车规范停放率', '≥', '90', '%', null),
  X('城管·共享单车', O, QUAL, '共享单车规范停放率', '≤', '90', '%', DIR),
  X('城管·共享单车', O, QUAL, '车辆乱停乱放', '≥', '200', '处', DIR),
  X('城管·共享单车', O, TIME, '违停车辆清理时限', '≤', '2', '小时', null),
  X('城管·共享单车', B, SOC, '城市道路通行秩序', '定性', '明显改善', null, null),
  X('城管·共享单车', S, SAT, '市民对非机动车停放秩序满意度', '≥', '90', '%', null),
  // 城管·路灯和窨井盖
  X('城管·市政设施', O, QTY, '更换LED节能路灯', '≥', '2400', '盏', null),
  X('城管·市政设施', O, QTY, '更换LED节能路灯', '≥', '2400', null, UM),
  X('城管·市政设施', O, QUAL, '城市道路亮灯率', '≥', '98', '%', null),
  X('城管·市政设施', O, QUAL, '城市道路亮灯率', '≥', '9.8', '%', IMP),
  X('城管·市政设施', O, QUAL, '窨井盖丢失损坏', '≥', '10', '处', DIR),
  X('城管·市政设施', O, TIME, '破损井盖修复时限', '≤', '24', '小时', null),
  X('城管·市政设施', B, ECON, '路灯改造年节电量', '≥', '180', '万千瓦时', null),
  X('城管·市政设施', B, SOC, '井盖伤人事故', '=', '0', '起', null),
  X('城管·市政设施', S, SAT, '沿线市民满意度', '≥', '60', '%', SATF),
  // 城管·餐厨垃圾收运处置
  X('城管·餐厨垃圾', O, QTY, '日均收运餐厨垃圾', '≥', '260', '吨', null),
  X('城管·餐厨垃圾', O, QTY, '日均收运餐厨垃圾', '≥', '260', '%', UVN),
  X('城管·餐厨垃圾', O, QUAL, '餐厨垃圾资源化利用率', '≥', '90', '%', null),
  X('城管·餐厨垃圾', O, ECO, '餐厨垃圾资源化利用率', '≥', '90', '%', LEV, [LVN]),
  X('城管·餐厨垃圾', O, QUAL, '收运车辆跑冒滴漏', '≥', '1', '次', DIR),
  X('城管·餐厨垃圾', O, OCOST, '餐厨垃圾处理补贴', '≤', '180', '元/吨', null),
  X('城管·餐厨垃圾', B, ECO, '地沟油回流餐桌', '定性', '有效杜绝', null, null),
  X('城管·餐厨垃圾', S, SAT, '餐饮单位满意度', '≥', '90', '%', null),
  // 生态环境·危险废物
  X('生态环境·危废', O, QTY, '危险废物规范化环境管理评估企业', '≥', '120', '家', null),
  X('生态环境·危废', O, QUAL, '危险废物规范化管理达标率', '≥', '90', '%', null),
  X('生态环境·危废', O, QUAL, '危险废物非法转移倾倒', '≥', '1', '起', DIR),
  X('生态环境·危废', O, QUAL, '危险废物非法转移倾倒', '定性', '零发生', null, null),
  X('生态环境·危废', B, ECO, '辖区医疗废物集中收运处置率', '=', '100', '%', null),
  X('生态环境·危废', B, ECO, '辖区医疗废物集中收运处置率', '≥', '100', '吨', UVN),
  // 生态环境·机动车尾气遥感监测
  X('生态环境·机动车遥感', O, QTY, '建设机动车尾气遥感监测点', '≥', '6', '套', null),
  X('生态环境·机动车遥感', O, QUAL, '遥感监测数据有效率', '≥', '85', '%', null),
  X('生态环境·机动车遥感', O, QUAL, '柴油货车尾气超标率', '≥', '5', '%', DIR),
  X('生态环境·机动车遥感', O, QUAL, '柴油货车尾气超标率', '≤', '5', '%', null),
  X('生态环境·机动车遥感', B, ECO, '全年重污染天数', '≥', '5', '天', DIR),
  X('生态环境·机动车遥感', B, ECO, '全年重污染天数', '≤', '5', '天', null),
  X('生态环境·机动车遥感', B, ECO, '城区PM2.5年平均浓度', '≤', '35', '微克/立方米', null),
  X('生态环境·机动车遥感', S, SAT, '公众对大气环境满意度', '≥', '85', '%', SATF),
];

export const HELD_OUT_57_DEPT: RowCase[] = [
  // 财政局
  X('部门·财政局', O, DUTY, '一般公共预算收入完成率', '≥', '100', '%', IMP),
  X('部门·财政局', O, DUTY, '“三保”支出', '定性', '足额保障', null, null),
  X('部门·财政局', O, MGMT, '财政暂付款余额', '≥', '2', '亿元', DIR),
  X('部门·财政局', O, MGMT, '财政资金拨付时限', '≥', '5', '工作日', DIR),
  X('部门·财政局', B, SUSTAIN, '预算绩效管理覆盖率', '=', '100', '%', null),
  // 街道办事处
  X('部门·街道办事处', O, DUTY, '建成社区综合服务设施', '≥', '12', '个', null),
  X('部门·街道办事处', O, DUTY, '辖区安全生产亡人事故', '≥', '1', '起', DIR),
  X('部门·街道办事处', O, MGMT, '街道机关“三公”经费', '≤', '上年', null, NN),
  X('部门·街道办事处', S, CLIENT, '辖区群众满意度', '≥', '80', '%', SATF),
  // 区委办
  X('部门·区委办', O, DUTY, '文电办理', '定性', '及时准确', null, null),
  X('部门·区委办', O, MGMT, '公文办理差错率', '≤', '1', '%', null),
  X('部门·区委办', O, MGMT, '公文办理差错率', '≥', '1', '%', DIR),
  // 目标绩效办
  X('部门·目标绩效办', O, DUTY, '完成区级部门目标考核', '≥', '68', '个', null),
  X('部门·目标绩效办', O, DUTY, '绩效考核结果反馈率', '≥', '10', '%', IMP),
  // 发改委
  X('部门·发改委', O, DUTY, '重点项目年度投资完成率', '≥', '100', '%', IMP),
  X('部门·发改委', B, SOCIAL, '单位地区生产总值能耗降低', '≥', '3', '%', null),
  X('部门·发改委', B, SOCIAL, '单位地区生产总值能源消耗量', '≥', '0.5', '吨标准煤/万元', DIR),
  // 市场监管局
  X('部门·市场监管局', O, DUTY, '食品安全抽检监测量', '≥', '4.5', '批次/千人', null),
  X('部门·市场监管局', S, CLIENT, '登记注册市场主体满意度', '≥', '90', '分', SATF),
  // 住建委
  X('部门·住建委', O, DUTY, '新开工保障性住房', '≥', '1200', '套', null),
  X('部门·住建委', O, DUTY, '新开工保障性住房', '≥', '1200', '%', UVN),
  X('部门·住建委', O, MGMT, '机关固定资产账卡物相符率', '=', '100', '%', null),
  // 城管局
  X('部门·城管局', O, DUTY, '城区生活垃圾无害化处理比例', '=', '100', '%', null),
  X('部门·城管局', O, DUTY, '新增违法违章建筑', '≥', '1', '处', DIR),
  X('部门·城管局', O, MGMT, '政府集中采购执行率', '定性', '较高', null, QVQ),
  // 生态环境局
  X('部门·生态环境局', O, DUTY, '环境行政处罚案件办理', '≥', '60', '件', null),
  X('部门·生态环境局', B, SOCIAL, '城区环境空气质量优良天数比率', '≥', '85', '%', null),
  X('部门·生态环境局', B, SOCIAL, '较大及以上突发环境事件', '≥', '1', '起', DIR),
  X('部门·生态环境局', B, SUSTAIN, '生态环境保护督察问题整改', '定性', '按期完成', null, null),
];
