import { B, C, DIR, ECO, ECON, ECOST, IMP, LEV, LVN, NN, O, QTY, QUAL, QVQ, S, SAT, SATF, SOC, SUST, TIME, UM, UVN, X, type RowCase } from './case-types';

/**
 * Held-out set 26 (session 9), written before reading the review code and measured as written. The angle is what sets
 * 3–25 cover thinly: 农业农村 beyond 高标准农田 (种业, 畜牧/动物防疫, 农机, 渔业), 应急 (救灾物资储备, 森林防火, 危险化学品),
 * 司法行政 (法律援助, 人民调解, 社区矫正), 统计, 审计 and 税务; rows as an import of real pages hands them over (units left in
 * the name, 指标值 with the unit glued on, 计量单位 holding 次/年, 万元/个, 小时/月, 学时/人, 指标性质 cells 正向/反向/定量/定性
 * against the value); very short names (合格率, 及时率, 覆盖率, 满意度, 及时性, 达标率, 满意率) where the 二级 decides; clerk
 * typos not in set 20 (完层率, 满义度, 复盖率, 综合指标 for 综合指数, 及实率, 完好渡, 发声率); names left in traditional
 * characters by a page that was not folded (群眾滿意度, 資金撥付及時率, 驗收合格率, 培訓人數); the 2020 framework's 二级 under
 * the 2021 一级 and the reverse; and very long names (30+ characters, several clauses). About 60% fine, 40% with one
 * defect each. Rows sit beside the harness's four clean rows (2020 template; a row with a 成本 一级 makes the form read as
 * 2021+). Cells are read through deriveTarget as an import reads them.
 *
 * Readings chosen before measuring (genuine ambiguities, said once here):
 * - 正向 in 指标性质 reads as ≥ and 反向 as ≤ (forms.md): 反向 on a good rate (合格率, 整改率) or 正向 on a bad count or a
 *   time limit is direction. 定量 with a vague value under 质量 is qualitative_vs_quantitative (not_numeric accepted); 定性
 *   with a number is qualitative_vs_quantitative.
 * - A unit left in the name ((人), (%), /次, /个, (万元)) stands for a blank unit column; a unit column of another kind is
 *   unit_vs_name (set 20). A value with its unit glued on (≥500人, 1200万元, 4期, 50家) carries its unit.
 * - A bare short name is read by its 二级: 合格率 / 及时率 under 数量 are level_vs_name, 满意度 under 效益 is level_vs_name,
 *   覆盖率 under 数量 is fine; 及时性 valued 及时 under 时效 names no time (qualitative_vs_quantitative), valued with a
 *   deadline it is fine.
 * - A typo that keeps the meaning is read as the meant word: 完层率 is 完成率, 满义度 满意度, 复盖率 覆盖率 (a real variant),
 *   综合指标 综合指数, 及实率 及时率, 完好渡 完好度, 发声率 发生率. Traditional characters are read as the simplified word.
 * - 成本指标 as a 二级 under the 2021 成本 一级, 经济成本 under 产出, 可持续影响 under 成本 and 社会效益 under 产出 are levels
 *   (level_vs_name accepted beside where the name belongs elsewhere); 效果指标 is the older name of 效益指标: fine.
 * - Rates of a good thing with a single-digit floor (发芽率 ≥8%, 整改率 ≥9%) are implausible_target; ≥100% on a share is
 *   implausible_target; ≥0 on a count of accidents is implausible_target (direction accepted).
 * - A unit standard the project pays (办案补贴标准 ≤3000元/件, 无害化处理补助标准 =80元/头) is a ceiling or fixed amount:
 *   fine; per-unit money (万元/个) on a count of units supported is unit_vs_name (set 25).
 * - 免疫密度 and 种子纯度 are shares in %, not …度 degrees: fine. 亿元GDP…死亡率 in 人/亿元 and 森林火灾受害率 in ‰ are rate units.
 *
 * First measurement, as written and before reading or changing any review code (UNSEEN_REPORT=1): 246 project rows
 * (161 labelled fine, 85 with one defect):
 *   direction                    tp 27 fp 1 fn 5  precision  96.4%  recall  84.4%
 *   implausible_target           tp 4  fp 0 fn 1  precision 100.0%  recall  80.0%
 *   level_vs_name                tp 3  fp 4 fn 0  precision  42.9%  recall 100.0%
 *   levels                       tp 4  fp 0 fn 0  precision 100.0%  recall 100.0%
 *   qualitative_vs_quantitative  tp 6  fp 0 fn 1  precision 100.0%  recall  85.7%
 *   satisfaction                 tp 5  fp 0 fn 2  precision  100.0%  recall  71.4%
 *   unit_missing                 tp 5  fp 2 fn 0  precision  71.4%  recall 100.0%
 *   unit_vs_name                 tp 18 fp 0 fn 4  precision 100.0%  recall  81.8%
 * (17 rows failed. Missed: 种子发芽率 ≥8%; ≤ on 调解协议履行率, 新增减税降费, 年度任务完层率, 资金拨付及实率; 促进增收节支 in 项,
 * 培训高素质农民（人） in 万元, 扶持新型农业经营主体 in 万元/个, a long …拨付到位的时间 in %; 正向 较高 on 发票数据采集准确率;
 * 群众满义度 and 群眾滿意度 at 85%. False alarms: direction on 24小时火灾扑灭率 ≥95%, level_vs_name on 群众满义度 and 群眾滿意度
 * under 满意度 (both rows each), unit_missing on 空气质量综合指标 ≤4.1 and ≥4.1 (the latter also missing its direction).)
 * One label was my own against the spec's reading and was corrected after measuring (marked below): 正向 with 较高 imports as
 * ≥较高, rules.md §2's own not_numeric example, which the review raised from the start (85 rows with a defect either way).
 * The other 16 had general causes, fixed in the set-26 block of review-audit-cases.test.ts (b26 cases): names in
 * traditional characters read as simplified (name-spelling.ts, folded in nameCore); slips inside a name that keep its meaning
 * (满义度, 完层率, 及实率, 复盖率, …综合指标 for …综合指数) read as the word meant (meantCore); 发芽率, 履行率 and 扑灭率 good
 * (扑灭 an act against the fire); 减税降费 a gain and, with 增收节支, money; 农民/渔民/牧民/学员 people; a unit written in the
 * name against a unit column of another kind (（人） beside 万元) unit_vs_name (name-unit-conflict.ts); entities supported
 * (经营主体, 合作社, 家庭农场) counted, never money per unit; time taken written with 的 (…拨付到位的时间) a span of time.
 * After the fixes: every code precision 100%, recall 100% (direction tp 32, unit_vs_name 22, satisfaction 7,
 * qualitative_vs_quantitative 6, implausible_target 5, unit_missing 5, levels 4, level_vs_name 3, not_numeric 1).
 */

export const HELD_OUT_26: RowCase[] = [
  // 农业农村 · 种业
  X('种业', O, QTY, '农作物种质资源收集保存份数', '≥', '1200', '份', null),
  X('种业', O, QTY, '农作物种质资源收集保存份数', '≥', '1200', '%', UVN),
  X('种业', O, QUAL, '种子质量抽检合格率', '正向', '98', '%', null),
  X('种业', O, QUAL, '种子质量抽检合格率', '反向', '98', '%', DIR),
  X('种业', O, QUAL, '种子质量抽检合格率', null, '98%', null, null),
  X('种业', O, QTY, '新品种审定（登记）数量', '≥', '5', '个', null),
  X('种业', O, QTY, '良种繁育基地建设面积', null, '≥3000亩', null, null),
  X('种业', O, QTY, '良种繁育基地建设面积', '≥', '3000', null, UM),
  X('种业', B, ECON, '良种覆盖率', '≥', '96', '%', null),
  X('种业', B, ECON, '良种覆盖率', '≥', '96', '亩', UVN),
  X('种业', O, TIME, '制种补贴资金发放时间', '定性', '11月底前', null, null),
  X('种业', B, SUST, '种业自主创新能力', '定性', '持续增强', null, null),
  X('种业', O, QUAL, '种子纯度', '≥', '96', '%', null),
  X('种业', O, QUAL, '种子发芽率', '≥', '8', '%', IMP),
  X('种业', O, QUAL, '种子发芽率', '≥', '85', '%', null),
  X('种业', O, QTY, '种子储备', '≥', '50', '万公斤', null),
  X('种业', B, ECON, '制种农户亩均增收', '≥', '300', '元/亩', null),
  // 农业农村 · 畜牧 / 动物防疫
  X('畜牧', O, QTY, '重大动物疫病强制免疫数量', '≥', '85', '万头', null),
  X('畜牧', O, QUAL, '应免畜禽强制免疫密度', '≥', '90', '%', null),
  X('畜牧', O, QUAL, '免疫抗体合格率', '≥', '70', '%', null),
  X('畜牧', O, QUAL, '免疫抗体合格率', '≤', '70', '%', DIR),
  X('畜牧', B, SOC, '区域性重大动物疫情发生次数', '=', '0', '次', null),
  X('畜牧', B, SOC, '区域性重大动物疫情发生次数', '≥', '1', '次', DIR),
  X('畜牧', B, ECO, '畜禽粪污综合利用率', '≥', '80', '%', null),
  X('畜牧', B, ECO, '畜禽粪污综合利用率', '≥', '80', '吨', UVN),
  X('畜牧', O, QTY, '病死畜禽无害化处理数量', '≥', '12', '万头', null),
  X('畜牧', O, QUAL, '病死畜禽无害化处理率', '=', '100', '%', null),
  X('畜牧', O, QUAL, '病死畜禽无害化处理率', '≥', '100', '%', IMP),
  X('畜牧', O, TIME, '春秋两季集中免疫完成时间', '定性', '5月底和11月底前', null, null),
  X('畜牧', C, ECOST, '每头生猪无害化处理补助标准', '=', '80', '元/头', null),
  X('畜牧', B, SOC, '畜产品质量安全监测合格率', '≥', '98', '%', null),
  X('畜牧', B, SOC, '畜产品兽药残留超标率', '≤', '2', '%', null),
  X('畜牧', B, SOC, '畜产品兽药残留超标率', '≥', '2', '%', DIR),
  X('畜牧', O, QTY, '动物检疫申报受理', '≥', '5', '万件', null),
  X('畜牧', O, QUAL, '牲畜耳标佩戴率', '≥', '98', '%', null),
  // 农业农村 · 农机
  X('农机', O, QTY, '农机购置补贴受益农户', '≥', '3200', '户', null),
  X('农机', O, QTY, '农机购置补贴受益农户', '≥', '3200', '万元', UVN),
  X('农机', B, ECON, '主要农作物耕种收综合机械化率', '≥', '75', '%', null),
  X('农机', B, ECON, '主要农作物耕种收综合机械化率', '≤', '75', '%', DIR),
  X('农机', O, QUAL, '补贴机具核查率', null, '100%', null, null),
  X('农机', O, TIME, '补贴资金兑付时限', '≤', '15', '个工作日', null),
  X('农机', O, TIME, '补贴资金兑付时限', '≤', '15', '%', UVN),
  X('农机', B, SOC, '农机安全事故发生率', '≤', '0.5', '‰', null),
  X('农机', O, QTY, '报废更新老旧农机具', '≥', '260', '台', null),
  X('农机', O, QTY, '报废更新老旧农机具', '≥', '260', null, UM),
  X('农机', O, QUAL, '农机作业质量', '定性', '较好', null, QVQ),
  X('农机', B, SUST, '农机社会化服务能力', '定性', '持续提升', null, null),
  X('农机', O, QTY, '农机深松整地作业面积', '≥', '5', '万亩', null),
  // 农业农村 · 高标准农田 and 渔业
  X('高标准农田', O, QTY, '新建高标准农田面积', '定量', '≥2.5万亩', null, null),
  X('高标准农田', O, QUAL, '项目工程验收合格率', '定量', '合格', null, QVQ, [NN]),
  X('高标准农田', B, SUST, '工程设计使用年限', '≥', '15', '年', null),
  X('高标准农田', B, ECON, '亩均粮食产能提高', '≥', '100', '斤', null),
  X('高标准农田', B, ECON, '亩均粮食产能提高', '≤', '100', '斤', DIR),
  X('高标准农田', C, ECOST, '高标准农田亩均建设成本', '≤', '3000', '元/亩', null),
  X('高标准农田', C, ECOST, '高标准农田亩均建设成本', '≥', '3000', '元/亩', DIR),
  X('渔业', O, QTY, '增殖放流水生生物苗种', '≥', '2000', '万尾', null),
  X('渔业', B, SOC, '长江禁捕退捕渔民转产就业率', '≥', '95', '%', null),
  X('渔业', O, QTY, '渔船安全检查艘次', '≥', '300', '艘次', null),
  X('渔业', S, SAT, '渔民满意度', null, '≥90%', null, null),
  // 应急 · 救灾物资储备
  X('救灾物资', O, QTY, '中央救灾物资储备帐篷', '≥', '500', '顶', null),
  X('救灾物资', O, QTY, '救灾物资储备库容', '≥', '3000', '平方米', null),
  X('救灾物资', O, QUAL, '储备物资账实相符率', '=', '100', '%', null),
  X('救灾物资', O, QUAL, '储备物资账实相符率', '≤', '100', '%', DIR),
  X('救灾物资', O, QUAL, '储备物资完好率', '≥', '98', '件', UVN),
  X('救灾物资', O, TIME, '受灾群众基本生活救助到位时间', '≤', '12', '小时', null),
  X('救灾物资', O, TIME, '受灾群众基本生活救助到位时间', '≥', '12', '小时', DIR),
  X('救灾物资', O, TIME, '救灾物资调拨响应时间', '定性', '及时', null, QVQ),
  X('救灾物资', B, SOC, '受灾群众基本生活得到有效保障', '定性', '有效保障', null, null),
  X('救灾物资', S, SAT, '受灾群众满意度', '≥', '85', '%', SATF),
  X('救灾物资', C, ECOST, '储备物资年轮换损耗率', '≤', '3', '%', null),
  X('救灾物资', C, ECOST, '储备物资年轮换损耗率', '≥', '3', '%', DIR),
  X('救灾物资', O, QTY, '救灾物资储备品种', '≥', '12', '类', null),
  X('救灾物资', O, QUAL, '救灾物资质量抽检合格率', '=', '100', '%', null),
  // 应急 · 森林防火
  X('森林防火', O, QTY, '森林防火巡查频次', '≥', '12', '次/年', null),
  X('森林防火', O, QTY, '森林防火巡查频次', '≥', '12', '%', UVN),
  X('森林防火', B, ECO, '森林火灾受害率', '≤', '0.9', '‰', null),
  X('森林防火', B, ECO, '森林火灾受害率', '≥', '0.9', '‰', DIR),
  X('森林防火', O, TIME, '森林火情早期处理率', '≥', '95', '%', null),
  X('森林防火', O, QTY, '防火隔离带建设', '≥', '45', '公里', null),
  X('森林防火', O, QTY, '专业扑火队伍人数', null, '≥120人', null, null),
  X('森林防火', B, SOC, '重特大森林火灾发生起数', '=', '0', '起', null),
  X('森林防火', B, SOC, '重特大森林火灾发生起数', '≥', '0', '起', IMP, [DIR]),
  X('森林防火', O, QUAL, '24小时火灾扑灭率', '≥', '95', '%', null),
  X('森林防火', C, ECOST, '防火物资采购单价', '≤', '450', '元/套', null),
  X('森林防火', O, QUAL, '防火视频监控系统运行率', '≥', '95', '%', null),
  // 应急 · 危险化学品
  X('危化品', O, QTY, '危险化学品企业安全检查家次', '≥', '240', '家次', null),
  X('危化品', O, QUAL, '重大危险源监测预警系统在线率', '≥', '98', '%', null),
  X('危化品', O, QUAL, '重大危险源监测预警系统在线率', '≥', '98', '个', UVN),
  X('危化品', O, QUAL, '安全隐患整改率', '≥', '9', '%', IMP),
  X('危化品', O, QUAL, '安全隐患整改率', '≥', '95', '%', null),
  X('危化品', B, SOC, '危险化学品较大以上事故起数', '=', '0', '起', null),
  X('危化品', B, SOC, '危险化学品较大以上事故起数', '≥', '1', '起', DIR),
  X('危化品', B, SOC, '危险化学品事故死亡人数', '反向', '0', '人', null),
  X('危化品', O, TIME, '隐患整改闭环时限', '≤', '30', '天', null),
  X('危化品', O, QTY, '化工园区安全风险评估', '≥', '3', '个', null),
  X('危化品', O, QTY, '危险化学品从业人员安全培训', '≥', '800', '人次', null),
  X('危化品', B, SUST, '危化品安全风险防控长效机制', '定性', '基本建立', null, null),
  X('应急', O, QTY, '应急演练', '≥', '4', '次/年', null),
  X('应急', B, SOC, '亿元GDP生产安全事故死亡率', '≤', '0.02', '人/亿元', null),
  X('应急', B, SOC, '亿元GDP生产安全事故死亡率', '≥', '0.02', '人/亿元', DIR),
  // 司法 · 法律援助
  X('法律援助', O, QTY, '法律援助案件办理数量', '≥', '1500', '件', null),
  X('法律援助', O, QTY, '法律援助案件办理数量', '≥', '1500', '%', UVN),
  X('法律援助', O, QUAL, '法律援助案件质量评估优良率', '≥', '85', '%', null),
  X('法律援助', O, QUAL, '法律援助案件结案归档率', '≥', '95', '%', null),
  X('法律援助', O, TIME, '法律援助申请审查决定时限', '≤', '7', '个工作日', null),
  X('法律援助', O, TIME, '法律援助申请审查决定时限', '≤', '7', null, UM),
  X('法律援助', C, ECOST, '法律援助案件办案补贴标准', '≤', '3000', '元/件', null),
  X('法律援助', S, SAT, '受援人满意度', '≥', '95', '%', null),
  X('法律援助', S, SAT, '受援人满意度', '≥', '95', '分', SATF),
  X('法律援助', B, SOC, '困难群众合法权益', '定性', '得到有效维护', null, null),
  X('法律援助', B, SOC, '法律援助投诉率', '≤', '1', '%', null),
  X('法律援助', B, SOC, '法律援助投诉率', '≥', '1', '%', DIR),
  X('法律援助', O, QTY, '12348热线接听量', '≥', '2', '万人次', null),
  X('法律援助', O, QUAL, '法律援助案件回访率', '≥', '30', '%', null),
  // 司法 · 人民调解
  X('人民调解', O, QTY, '矛盾纠纷排查调处件数', '≥', '2600', '件', null),
  X('人民调解', O, QUAL, '人民调解成功率', '≥', '96', '%', null),
  X('人民调解', O, QUAL, '人民调解成功率', '≥', '96', '件', UVN),
  X('人民调解', O, QUAL, '调解协议履行率', '≤', '95', '%', DIR),
  X('人民调解', B, SOC, '民转刑案件发生数', '=', '0', '件', null),
  X('人民调解', B, SOC, '民转刑案件发生数', '≥', '2', '件', DIR),
  X('人民调解', O, QTY, '人民调解员培训', '≥', '4', '期', null),
  X('人民调解', O, TIME, '矛盾纠纷调解期限', '≤', '30', '日', null),
  // 司法 · 社区矫正
  X('社区矫正', O, QUAL, '社区矫正对象再犯罪率', '≤', '0.2', '%', null),
  X('社区矫正', O, QUAL, '社区矫正对象再犯罪率', '≥', '0.2', '%', DIR),
  X('社区矫正', O, QUAL, '社区矫正对象脱管漏管率', '=', '0', '%', null),
  X('社区矫正', O, QUAL, '社区矫正对象脱管漏管率', '≤', '0', '人', UVN),
  X('社区矫正', O, QTY, '社区矫正对象教育学习', '≥', '8', '小时/月', null),
  X('社区矫正', O, QTY, '社区矫正对象公益活动', '≥', '8', '小时/月', null),
  X('社区矫正', O, QUAL, '电子定位监管覆盖率', '=', '100', '%', null),
  X('社区矫正', O, TIME, '社区矫正对象报到衔接时限', '≤', '10', '日', null),
  X('社区矫正', B, SOC, '社区矫正对象重新违法犯罪', '定性', '明显下降', null, null),
  X('社区矫正', S, SAT, '社区矫正对象及家属满意度', '≥', '90', '%', null),
  X('社区矫正', O, QTY, '社区矫正工作人员培训', '≥', '2', '期', null),
  // 统计
  X('统计', O, QTY, '统计调查项目', '≥', '18', '项', null),
  X('统计', O, QUAL, '统计数据差错率', '≤', '0.5', '%', null),
  X('统计', O, QUAL, '统计数据差错率', '≥', '0.5', '%', DIR),
  X('统计', O, TIME, '联网直报及时率', '≥', '98', '%', null),
  X('统计', O, QUAL, '统计调查样本轮换完成率', '≥', '100', '%', IMP),
  X('统计', B, SOC, '统计数据质量', '定性', '真实准确', null, null),
  X('统计', O, QTY, '经济普查入户登记', '≥', '4.2', '万户', null),
  X('统计', O, TIME, '统计公报发布时间', '定性', '次年3月底前', null, null),
  X('统计', O, QUAL, '统计调查数据上报率', '=', '100', '%', null),
  X('统计', O, QTY, '统计人员业务培训', '≥', '200', '人次', null),
  // 审计
  X('审计', O, QTY, '审计项目', '≥', '35', '个', null),
  X('审计', O, QTY, '审计项目', '≥', '35', null, UM),
  X('审计', O, QUAL, '审计整改完成率', '≥', '90', '%', null),
  X('审计', O, QUAL, '审计整改完成率', '≤', '90', '%', DIR),
  X('审计', B, ECON, '促进增收节支', '≥', '5000', '万元', null),
  X('审计', B, ECON, '促进增收节支', '≥', '5000', '项', UVN),
  X('审计', O, TIME, '审计报告出具时限', '≤', '30', '日', null),
  X('审计', O, QUAL, '审计报告复核率', '=', '100', '%', null),
  X('审计', B, SOC, '审计监督作用', '定性', '有效发挥', null, null),
  X('审计', O, QTY, '审计人员培训学时', '≥', '40', '学时/人', null),
  // 税务
  X('税务', O, QTY, '减税降费政策宣传辅导', '≥', '60', '场次', null),
  X('税务', B, ECON, '新增减税降费', '≥', '3.5', '亿元', null),
  X('税务', B, ECON, '新增减税降费', '≤', '3.5', '亿元', DIR),
  X('税务', O, QUAL, '纳税申报准确率', '≥', '98', '%', null),
  X('税务', O, QUAL, '纳税申报准确率', '≥', '98', '户', UVN),
  X('税务', O, TIME, '出口退税平均办理时间', '≤', '3', '个工作日', null),
  X('税务', O, TIME, '出口退税平均办理时间', '≥', '3', '个工作日', DIR),
  X('税务', S, SAT, '纳税人满意度', '≥', '88', '%', SATF),
  X('税务', S, SAT, '纳税人满意度', '定性', '满意', null, null),
  X('税务', B, SOC, '税收征管质效', '定性', '进一步提升', null, null),
  X('税务', O, QTY, '非接触式办税比例', '≥', '90', '%', null),
  X('税务', O, QTY, '个人所得税汇算清缴办理人数', '≥', '12', '万人', null),
  X('税务', O, TIME, '办税服务厅平均等候时间', '≤', '15', '分钟', null),
  // 导入 · units in the name, glued values, 计量单位 words, 指标性质 正向/反向/定量/定性
  X('导入·农业', O, QTY, '培训高素质农民（人）', null, '≥500', null, null),
  X('导入·农业', O, QTY, '培训高素质农民（人）', '≥', '500', '人', null),
  X('导入·农业', O, QTY, '培训高素质农民（人）', '≥', '500', '万元', UVN),
  X('导入·农业', O, QUAL, '资金拨付率(%)', '≥', '95', null, null),
  X('导入·农业', O, QUAL, '资金拨付率(%)', '≥', '95', '万元', UVN),
  X('导入·农业', O, QTY, '发放补贴资金（万元）', null, '1200万元', null, null),
  X('导入·农业', C, ECOST, '村级组织运转补助', '≥', '8', '万元/个', null),
  X('导入·农业', O, QTY, '扶持新型农业经营主体', '≥', '20', '万元/个', UVN),
  X('导入·农业', O, QTY, '扶持新型农业经营主体', '≥', '20', '个', null),
  X('导入·应急', O, QTY, '巡查次数/次', '≥', '24', null, null),
  X('导入·应急', O, QTY, '建设避难场所/个', '≥', '6', null, null),
  X('导入·应急', O, QUAL, '应急物资储备达标率', '正向', '≥95%', null, null),
  X('导入·应急', B, SOC, '较大以上安全生产事故起数', '反向', '0', '起', null),
  X('导入·应急', B, SOC, '较大以上安全生产事故起数', '正向', '1', '起', DIR),
  X('导入·应急', O, QUAL, '隐患排查整改率', '反向', '95', '%', DIR),
  X('导入·应急', O, QTY, '应急救援队伍培训', '定量', '4期', null, null),
  X('导入·应急', O, QTY, '应急救援队伍培训', '定量', '4', null, UM),
  X('导入·应急', C, ECOST, '应急物资单套采购成本', '≤', '0.2', '万元/套', null),
  X('导入·司法', O, QTY, '公证办证量', null, '≥3000件', null, null),
  X('导入·司法', O, QTY, '公证办证量', '≥', '3000件', '件', null),
  X('导入·司法', O, QUAL, '公证质量检查合格率', null, '≥98％', null, null),
  X('导入·司法', O, QUAL, '公证质量检查合格率', '定量', '98%', null, null),
  X('导入·司法', O, QUAL, '公证质量检查合格率', '定性', '98%', null, QVQ),
  X('导入·司法', O, TIME, '法律援助指派时限', '正向', '3', '日', DIR),
  X('导入·司法', O, TIME, '法律援助指派时限', '反向', '3', '日', null),
  X('导入·税务', O, QUAL, '发票数据采集准确率', '正向', '99', '%', null),
  // Label corrected after measuring: 正向 reads as ≥, and ≥较高 is rules.md §2's own not_numeric example (≥较好).
  X('导入·税务', O, QUAL, '发票数据采集准确率', '正向', '较高', null, NN, [QVQ]),
  X('导入·税务', O, QTY, '税收宣传月活动', '≥', '1', '次/年', null),
  X('导入·统计', O, QTY, '统计执法检查单位', '定量', '50家', null, null),
  X('导入·统计', O, QTY, '统计执法检查单位', '≥', '50', '定性', QVQ, [UM]),
  X('导入·统计', O, QTY, '入户调查频次', '≥', '4', '次/年', null),
  X('导入·畜牧', O, QUAL, '检疫证明开具规范率', '正向', '98', '%', null),
  // 短名 · the 二级 decides
  X('短名', O, QUAL, '合格率', '≥', '95', '%', null),
  X('短名', O, QTY, '合格率', '≥', '95', '%', LVN),
  X('短名', O, TIME, '及时率', '≥', '95', '%', null),
  X('短名', O, QTY, '及时率', '≥', '95', '%', LVN),
  X('短名', O, QTY, '覆盖率', '≥', '95', '%', null),
  X('短名', O, QTY, '覆盖率', '≥', '95', '人', UVN),
  X('短名', S, SAT, '满意度', '≥', '90', '%', null),
  X('短名', B, SOC, '满意度', '≥', '90', '%', LVN),
  X('短名', O, TIME, '及时性', '定性', '及时', null, QVQ),
  X('短名', O, TIME, '及时性', '定性', '当年12月底前完成', null, null),
  X('短名', O, QUAL, '达标率', '≤', '95', '%', DIR),
  X('短名', B, SOC, '知晓率', '≥', '80', '%', null),
  X('短名', S, SAT, '满意率', '≥', '85', '%', SATF),
  // 错字 · clerk typos read as the meant word
  X('错字', O, QTY, '年度任务完层率', '≥', '95', '%', null),
  X('错字', O, QTY, '年度任务完层率', '≤', '95', '%', DIR),
  X('错字', S, SAT, '群众满义度', '≥', '85', '%', SATF),
  X('错字', S, SAT, '群众满义度', '≥', '92', '%', null),
  X('错字', O, QTY, '农村公共服务复盖率', '≥', '95', '%', null),
  X('错字', O, QTY, '农村公共服务复盖率', '≥', '95', '个', UVN),
  X('错字', B, ECO, '空气质量综合指标', '≤', '4.1', null, null),
  X('错字', B, ECO, '空气质量综合指标', '≥', '4.1', null, DIR),
  X('错字', O, TIME, '资金拨付及实率', '≤', '95', '%', DIR),
  X('错字', O, QUAL, '设备完好渡', '≥', '95', '%', null),
  X('错字', B, SOC, '事故发声率', '≥', '1', '%', DIR),
  X('错字', B, SOC, '事故发声率', '≤', '1', '%', null),
  // 繁体 · a page that was not folded
  X('繁体', S, SAT, '群眾滿意度', '≥', '85', '%', SATF),
  X('繁体', S, SAT, '群眾滿意度', '≥', '95', '%', null),
  X('繁体', O, TIME, '資金撥付及時率', '≥', '95', '天', UVN),
  X('繁体', O, QUAL, '驗收合格率', '≤', '95', '%', DIR),
  X('繁体', B, SOC, '安全事故發生率', '≥', '1', '%', DIR),
  X('繁体', O, QTY, '培訓人數', '≥', '300', '人', null),
  X('繁体', O, QTY, '培訓人數', '≥', '300', '%', UVN),
  // 框架 · 2020 and 2021 trees mixed
  X('框架', C, '成本指标', '项目总成本', '≤', '500', '万元', LEV),
  X('框架', O, ECOST, '设备采购成本', '≤', '200', '万元', LEV, [LVN]),
  X('框架', B, '可持续影响指标', '设施长效运行', '定性', '长期有效', null, null),
  X('框架', C, SUST, '运维管护机制', '定性', '健全', null, LEV, [LVN]),
  X('框架', '效果指标', SOC, '受益群众', '≥', '5000', '人', null),
  X('框架', O, '成本指标', '单位面积改造成本', '≤', '300', '元/平方米', null),
  X('框架', O, SOC, '社会效益', '定性', '显著', null, LEV, [LVN]),
  // 长名 · 30+ characters, several clauses
  X('长名', O, QTY, '完成中央财政衔接推进乡村振兴补助资金支持的村级道路硬化及配套排水设施建设里程', '≥', '35', '公里', null),
  X('长名', O, QTY, '完成中央财政衔接推进乡村振兴补助资金支持的村级道路硬化及配套排水设施建设里程', '≥', '35', '%', UVN),
  X('长名', O, QUAL, '森林消防专业队伍装备配备达标、训练考核合格及值班备勤制度落实情况达标率', '≥', '95', '%', null),
  X('长名', O, QUAL, '森林消防专业队伍装备配备达标、训练考核合格及值班备勤制度落实情况达标率', '≤', '95', '%', DIR),
  X('长名', O, TIME, '受灾群众紧急转移安置后基本生活救助资金在灾害发生后拨付到位的时间', '≤', '10', '日', null),
  X('长名', O, TIME, '受灾群众紧急转移安置后基本生活救助资金在灾害发生后拨付到位的时间', '≤', '10', '%', UVN),
  X('长名', B, SOC, '通过法律援助、人民调解和社区矫正等司法行政工作维护社会和谐稳定的成效', '定性', '成效明显', null, null),
  X('长名', S, SAT, '参加农机购置补贴政策实施的购机农户和农机生产企业对补贴政策的满意度', '≥', '80', '%', SATF),
  X('长名', B, ECO, '项目实施后区域内畜禽养殖粪污资源化利用和病死畜禽无害化处理的综合比率', '≥', '90', '%', null),
];
