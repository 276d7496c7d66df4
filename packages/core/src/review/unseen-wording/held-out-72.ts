import { B, C, CLIENT, DIR, DUTY, ECON, ECOST, IMP, LEV, LVN, NN, O, QTY, QUAL, QVQ, S, SAT, SATF, SOC, SOCIAL, SUST, TIME, UM, UVN, X, type RowCase } from './case-types';

const MGMT = '管理效率';

/**
 * Held-out set 72 (session 27), written before reading the review code and measured as written. It takes the three budgets beside
 * the general one and what they pay for: 社会保险基金预算 (城乡居民基本养老和医疗保险基金, 工伤和失业保险基金: 参保扩面征缴, 待遇按月
 * 足额发放, 累计结余可支付/可支撑月数, 当年/当期收支缺口, 收支平衡率, 稳岗返还, 医保基金飞行检查和追回, 欺诈骗保行为, 异地就医备案和
 * 直接结算), 国有资本经营预算 (资本金注入, 国有资本收益上缴比例和收缴, 调入一般公共预算, 国企退休人员社会化管理移交, 厂办大集体和
 * 三供一业, 僵尸企业处置和出清), 政府性基金预算 (福彩和体彩公益金: 互助幸福院, 残疾儿童康复救助, 辅助器具, 社区多功能运动场, 困难
 * 大学新生资助; 土地出让收益计提的农田水利和教育资金, 城市基础设施配套费, 专项债券付息和发行登记服务费, 水库移民后期扶持直补和美丽
 * 家园, 旅游发展基金, 车辆通行费) — HELD_OUT_72 beside BASE in a 2024 project_target — and 部门整体 rows of the departments that run
 * them (医保局, 人社局, 社保中心, 国资委, 民政局, 体育局, 残联, 财政局, 水利局, 文旅局, 交通局, 住建局, 教育局; HELD_OUT_72_DEPT beside
 * DEPT_BASE). A grep of every held-out-*.ts and review-audit-cases-b*.test.ts found no hit for 当期收支, 收支缺口, 扩面, 资本金注入,
 * 退休人员社会化, 僵尸企业, 基础设施配套费, 发行费, 旅游发展基金, 基金收支, 厂办大集体, 三供一业; the words that were held (可支付月数,
 * 追回医保基金, 欺诈骗保案件发生数, 国有资本保值增值率, 国有资本收益上缴, 彩票公益金资助全民健身器材, 后期扶持直补人数, 债券还本付息,
 * 车辆通行费滞纳率) are written here in other wording (可支撑月数, 追回违规使用医保基金及违约金, 定点医药机构欺诈骗保行为, 资本金注入
 * 企业国有资本保值增值率, 国有资本收益上缴比例, 专项债券利息支付, 偷逃车辆通行费金额).
 *
 * Readings chosen before measuring (rules.md §2; earlier sets' readings followed where they speak):
 * - A fund's gap (收支缺口) is bad: ≤0万元 is fine (no gap), a floor on it is direction, ≥0 is implausible_target (always true;
 *   direction accepted beside). A balance (当期结余) can fall below 0, so ≥0万元 on a 结余 states "no deficit" and is fine.
 * - Money recovered or collected (追回, 追缴, 收缴, 征收, 计提) is good: a ceiling on it is direction. Fraud that happens (欺诈骗保行为,
 *   偷逃通行费, 信访, 群体性事件, 事故, 逾期, 违约) is bad: a floor on it is direction.
 * - 累计结余可支付/可支撑月数 and 支付能力 in 个月 are fine; in %, 万元 they are unit_vs_name. A rate (参保率, 支付比例, 到位率, 收缴率,
 *   发放率) in 个月, 天, 万元, 万人, 人, 家, 辆, 亿元 is unit_vs_name; money (注入资本金, 稳岗返还资金, 追回…医保资金) or things (学位,
 *   运动场, 旅游厕所) in % or in a unit of another kind (吨, 万人次, 人) are unit_vs_name; 灌溉面积 in 万元 and 渠道 in 个 likewise.
 * - 国有资本保值增值率 is a ratio above 100% by design: ≥100%, ≥102% fine; ≤ is direction. 收支平衡率 runs near 100%: ≥45% is
 *   implausible_target (a good share floored far below where programmes set it); a good share floored in single digits likewise.
 * - ≥100% on a share (达标率, 按时足额支付率, 清算按时完成率) and ≥120% are implausible_target; =100% is fine.
 * - level_vs_name: 准确率/合格率 under 数量 (→ 质量), 按时发放率 under 数量 (→ 时效). A fund's balance in months (可支付月数) under
 *   产出 数量 is level_vs_name (it is the fund's sustainability, an effect, not an output the money buys).
 * - qualitative_vs_quantitative: vague values (及时完成, 稳步推进, 有序推进, 适时开展, 按时足额, 及时审核) under 数量/质量/时效; a 定性 row with
 *   a number (100%). Stated effects under 效益 (有效化解, 妥善安置, 有效缓解, 总体可控) are fine; a date under 时效 is fine.
 * - not_numeric: a sign before words (≥全部, ≥上年, ≥不低于上年). unit_missing: a count with no unit. satisfaction: below 90% or in 分.
 *   levels: a 数量 二级 under 效益; a 履职效能 row under 满意度 (levels, level_vs_name accepted beside, as sets 58, 63, 64, 66 read it).
 * - Fine: a per-head standard with = (600元/人·年, 5000元/人), a floor on the 居民医保 per-head subsidy (≥670元/人, set 14), 发行费率
 *   ≤0.1%, 本息覆盖倍数 ≥1.2倍, 资产负债率 ≤65%, 大班额比例 ≤5%, benefits paid to people (领取失业保险金人员 ≥) as the fund's output.
 * Every name was grepped against every held-out-*.ts, tuned-set.ts and review-audit-cases*.test.ts and the thirteen found there
 * (ETC车道通行成功率, 健身群众满意度, 助学金发放时间, 受助学生满意度, 城乡居民医保参保人数, 大班额比例, 康复救助申请审核, 持证残疾人
 * 基本康复服务覆盖率, 新增公办学位, 新增有效灌溉面积, 旅游综合收入, 残疾儿童家长满意度, 经常参加体育锻炼人数比例) were reworded
 * before measuring.
 *
 * First measurement, as written and before reading or changing any review code (a tsx run of the harness's rowCodes on this set
 * alone, BASE / DEPT_BASE): 254 rows (222 project, 32 部门整体), 158 labelled fine (62.2%):
 *   direction                    tp 16 fp 0 fn 10  precision 100.0%  recall 61.5%
 *   implausible_target           tp 8 fp 3 fn 2  precision 72.7%  recall 80.0%
 *   level_vs_name                tp 3 fp 4 fn 1  precision 42.9%  recall 75.0%
 *   levels                       tp 2 fp 0 fn 0  precision 100.0%  recall 100.0%
 *   not_numeric                  tp 3 fp 0 fn 0  precision 100.0%  recall 100.0%
 *   qualitative_vs_quantitative  tp 8 fp 0 fn 0  precision 100.0%  recall 100.0%
 *   satisfaction                 tp 8 fp 0 fn 0  precision 100.0%  recall 100.0%
 *   unit_missing                 tp 5 fp 0 fn 0  precision 100.0%  recall 100.0%
 *   unit_vs_name                 tp 22 fp 0 fn 8  precision 100.0%  recall 73.3%
 * (False alarms: implausible_target on 医保统筹基金当期结余 ≥0万元 (a balance can fall below 0) and, for unit_vs_name, on money in %
 * far past 100 (稳岗返还资金 ≥4200%, 追回违规使用医保资金 ≥2000%); level_vs_name on money raised or set aside under 数量 (计提农田水利
 * 建设资金, 按土地出让收益10%计提教育资金, 收取车辆通行费) and on 受助新生按时入学率 under 社会效益. Missed: direction on 收支缺口 ≥ (two),
 * 欺诈骗保行为 and 发生欺诈骗保案件 ≥, 信访事件 and 移民群众信访 ≥, 处置过程中引发群体性事件 ≥1起, 偷逃车辆通行费金额 ≥, 发行费率 ≥0.1%,
 * 欠费追缴 ≤; implausible_target on 收支平衡率 ≥45% and 僵尸企业出清率 ≥9%; level_vs_name on 可支付月数 under 数量; unit_vs_name on
 * 注入资本金 in %, 追回…违约金 in 家, 闲置土地 in 人, 运动场 and 旅游厕所 in 吨, 渠道 in 个, and the two money rows above in %.)
 * Label re-read after measuring: 受助新生按时入学率 under 社会效益 is fine with level_vs_name accepted beside, as set 3 read 按时办结率
 * under 效益. Set 71's 发放…育儿补贴资金 ≥8280% now expects unit_vs_name with implausible_target accepted beside (it accepted both).
 * Fixed by general cause (review-audit-cases-b72.test.ts; name-word-classes.ts, name-fine-classes.ts, name-measures.ts,
 * measure-unit.ts, check-meaning.ts): fraud on a fund (欺诈, 骗保), tolls dodged (偷逃), a fund's gap (缺口; 弥补缺口 is the remedy),
 * fees as a share of money raised (发行/承销/托管…费率) and petition incidents (信访事件) are bad; a lead verb followed by 过程/期间/时
 * (处置过程中…) names when the harm happens, not its object; arrears collected (追缴) are money won back; 出清率 is a good share and
 * 收支平衡率 runs near 100%; capital, penalties and deposits (资本金, 违约金, 保证金) are money; any money three times past its whole
 * in % is an amount in the wrong unit (unit_vs_name, not implausible_target); money collected or set aside by rule (收取, 计提, 提取)
 * is not spending; a fund's balance for the period (当期结余, 当年收支结余) may be ≥0; a fund's reserve in months (可支付/可支撑月数,
 * 累计结余支付能力) is an outcome, misfiled under 产出; works funded by someone (…公益金资助建设…) build a structure, and venues and
 * toilets built are never weighed; land named as such is never counted in people.
 * Genuine limits (LIMITS in review-unseen-wording.test.ts, asserted in review-audit-cases-b72.test.ts): 疏浚灌溉渠道 in 个 (a channel
 * may be counted as well as measured; the name says neither 长度 nor 里程); 移民群众信访 ≥5件 (bare 信访 is a petition body's
 * caseload as often as a grievance, set 43's limit, which stays).
 * After the fixes (254 rows, 158 fine): every code 100% precision; recall 100% but direction 25/26 and unit_vs_name 29/30, the two
 * limits (direction tp 25, unit_vs_name 29, implausible_target 10, qualitative_vs_quantitative 8, satisfaction 8, unit_missing 5,
 * level_vs_name 4, not_numeric 3, levels 2). Every earlier set stays at 0 false alarms; set 22's limit 发放住房租赁补贴 ≥680% is now
 * caught and removed. Per form cpu (bench/rules/rules-bench.ts 200000, best of two, shared machine): before 371k/s, after 382k/s.
 */
export const HELD_OUT_72: RowCase[] = [
  // 社保基金·城乡居民基本养老保险基金
  X('社保基金·居民养老', O, QTY, '城乡居民基本养老保险基础养老金按月发放人数', '≥', '18.6', '万人', null),
  X('社保基金·居民养老', O, TIME, '城乡居民养老保险待遇按月足额发放率', '=', '100', '%', null),
  X('社保基金·居民养老', O, TIME, '城乡居民养老保险待遇按月足额发放率', '≥', '12', '个月', UVN),
  X('社保基金·居民养老', O, QUAL, '城乡居民养老保险个人账户记账准确率', '≥', '99', '%', null),
  X('社保基金·居民养老', B, SUST, '居民养老保险基金累计结余支付能力', '≥', '18', '个月', null),
  X('社保基金·居民养老', B, SUST, '居民养老保险基金当年收支缺口', '≤', '0', '万元', null),
  X('社保基金·居民养老', B, SUST, '居民养老保险基金当年收支缺口', '≥', '500', '万元', DIR),
  X('社保基金·居民养老', B, SOC, '选择较高缴费档次参保人数占比', '≥', '30', '%', null),
  X('社保基金·居民养老', O, QTY, '居民养老保险基金累计结余可支付月数', '≥', '18', '个月', LVN),
  X('社保基金·居民养老', S, SAT, '领取待遇老年居民满意度', '≥', '92', '%', null),
  // 社保基金·城乡居民基本医疗保险基金
  X('社保基金·居民医保', O, QTY, '城乡居民医保年度参保缴费人数', '≥', '126', '万人', null),
  X('社保基金·居民医保', O, QUAL, '城乡居民医保政策范围内住院费用基金支付比例', '≥', '70', '%', null),
  X('社保基金·居民医保', O, QUAL, '城乡居民医保政策范围内住院费用基金支付比例', '≥', '70', '万元', UVN),
  X('社保基金·居民医保', B, SUST, '居民医保基金年度收支平衡率', '≥', '95', '%', null),
  X('社保基金·居民医保', B, SUST, '居民医保基金年度收支平衡率', '≥', '45', '%', IMP),
  X('社保基金·居民医保', B, SUST, '居民医保统筹基金累计结余可支撑月数', '≥', '6', '个月', null),
  X('社保基金·居民医保', B, SUST, '居民医保统筹基金累计结余可支撑月数', '≥', '6', '%', UVN),
  X('社保基金·居民医保', C, ECOST, '城乡居民医保人均财政补助标准', '≥', '670', '元/人', null),
  X('社保基金·居民医保', O, TIME, '门诊慢特病待遇认定办结时限', '≤', '15', '个工作日', null),
  X('社保基金·居民医保', O, TIME, '门诊慢特病待遇认定办结时限', '≥', '15', '个工作日', DIR),
  X('社保基金·居民医保', S, SAT, '参保居民对医保经办服务满意度', '≥', '85', '%', SATF),
  // 社保基金·工伤保险基金
  X('社保基金·工伤保险', O, QTY, '工伤保险新增参保职工', '≥', '1.8', '万人', null),
  X('社保基金·工伤保险', O, QUAL, '工伤认定结论准确率', '≥', '98', '%', null),
  X('社保基金·工伤保险', O, QTY, '工伤认定结论准确率', '≥', '98', '%', LVN),
  X('社保基金·工伤保险', O, TIME, '工伤保险长期待遇按时足额支付率', '=', '100', '%', null),
  X('社保基金·工伤保险', O, TIME, '工伤保险长期待遇按时足额支付率', '≤', '100', '%', DIR),
  X('社保基金·工伤保险', B, SOC, '工伤预防培训覆盖重点行业企业', '≥', '300', '家', null),
  X('社保基金·工伤保险', B, SOC, '参保单位较大以上工伤事故', '=', '0', '起', null),
  X('社保基金·工伤保险', B, SOC, '参保单位较大以上工伤事故', '≥', '1', '起', DIR),
  X('社保基金·工伤保险', C, ECOST, '工伤预防项目人均培训费用', '≤', '300', '元/人', null),
  X('社保基金·工伤保险', S, SAT, '工伤职工对待遇核定满意度', '≥', '90', '%', null),
  // 社保基金·失业保险基金
  X('社保基金·失业保险', O, QTY, '向参保企业发放稳岗返还资金', '≥', '4200', '万元', null),
  X('社保基金·失业保险', O, QTY, '向参保企业发放稳岗返还资金', '≥', '4200', '%', UVN),
  X('社保基金·失业保险', O, QTY, '领取失业保险金人员', '≥', '6500', '人', null),
  X('社保基金·失业保险', O, QTY, '职工技能提升补贴申领', '≥', '3000', '人次', null),
  X('社保基金·失业保险', O, TIME, '失业保险金申领线上即时审核率', '≥', '90', '%', null),
  X('社保基金·失业保险', B, SUST, '失业保险基金当期收支缺口', '≤', '0', '万元', null),
  X('社保基金·失业保险', B, SUST, '失业保险基金当期收支缺口', '≥', '0', '万元', IMP, [DIR]),
  X('社保基金·失业保险', B, SUST, '失业保险基金滚存结余可支付月数', '≥', '24', '个月', null),
  X('社保基金·失业保险', S, SAT, '享受稳岗返还企业满意度', '≥', '90', '分', SATF),
  // 医保基金监管
  X('医保·基金监管', O, QTY, '开展医保基金飞行检查定点医药机构', '≥', '60', '家', null),
  X('医保·基金监管', O, QTY, '追回违规使用医保基金及违约金', '≥', '800', '万元', null),
  X('医保·基金监管', O, QTY, '追回违规使用医保基金及违约金', '≤', '800', '万元', DIR),
  X('医保·基金监管', O, QTY, '追回违规使用医保基金及违约金', '≥', '800', '家', UVN),
  X('医保·基金监管', B, SOC, '定点医药机构欺诈骗保行为', '≤', '10', '起', null),
  X('医保·基金监管', B, SOC, '定点医药机构欺诈骗保行为', '≥', '10', '起', DIR),
  X('医保·基金监管', O, QUAL, '医保基金智能审核疑点数据核查率', '≥', '95', '%', null),
  X('医保·基金监管', O, QUAL, '医保基金智能审核疑点数据核查率', '≥', '9.5', '%', IMP),
  X('医保·基金监管', O, TIME, '举报欺诈骗保线索核查办结时限', '≤', '30', '日', null),
  X('医保·基金监管', B, SUST, '医保基金使用常态化监管机制', '定性', '健全完善', null, null),
  X('医保·基金监管', S, SAT, '举报人对线索处理满意度', '≥', '90', '%', null),
  // 医保·异地就医直接结算
  X('医保·异地就医', O, QTY, '开通跨省异地就医门诊费用直接结算定点医疗机构', '≥', '120', '家', null),
  X('医保·异地就医', O, QTY, '开通跨省异地就医门诊费用直接结算定点医疗机构', '≥', '120', null, UM),
  X('医保·异地就医', O, QUAL, '异地就医备案线上办理率', '≥', '90', '%', null),
  X('医保·异地就医', O, QUAL, '异地就医备案线上办理率', '≥', '90', '家', UVN),
  X('医保·异地就医', B, SOC, '省内异地就医住院费用直接结算率', '≥', '85', '%', null),
  X('医保·异地就医', B, SOC, '省内异地就医住院费用直接结算率', '≥', '120', '%', IMP),
  X('医保·异地就医', O, TIME, '异地就医费用清算按时完成率', '≥', '100', '%', IMP),
  X('医保·异地就医', S, SAT, '异地就医参保人员满意度', '≥', '80', '%', SATF),
  // 社保·全民参保扩面征缴
  X('社保·扩面征缴', O, QTY, '新增企业职工基本养老保险扩面人数', '≥', '1.2', '万人', null),
  X('社保·扩面征缴', O, QTY, '新增企业职工基本养老保险扩面人数', '≥', '1.2', '%', UVN),
  X('社保·扩面征缴', B, SOC, '户籍人口基本养老保险参保率', '≥', '95', '%', null),
  X('社保·扩面征缴', B, SOC, '户籍人口基本养老保险参保率', '≥', '95', '万人', UVN),
  X('社保·扩面征缴', B, SOC, '户籍人口基本养老保险参保率', '≤', '95', '%', DIR),
  X('社保·扩面征缴', O, QUAL, '社会保险费征缴到账率', '≥', '98', '%', null),
  X('社保·扩面征缴', O, QUAL, '社会保险费欠费追缴', '≥', '600', '万元', null),
  X('社保·扩面征缴', O, QUAL, '社会保险费欠费追缴', '≤', '600', '万元', DIR),
  X('社保·扩面征缴', O, TIME, '灵活就业人员参保登记即时办结率', '≥', '95', '%', null),
  X('社保·扩面征缴', O, QTY, '全民参保计划入户调查', '≥', '3', '万户', null),
  X('社保·扩面征缴', O, TIME, '参保扩面任务', '定性', '及时完成', null, QVQ),
  X('社保·扩面征缴', S, SAT, '新参保灵活就业人员满意度', '≥', '90', '%', null),
  // 国资预算·资本金注入
  X('国资预算·资本金注入', O, QTY, '国有资本经营预算安排资本金注入项目', '≥', '4', '个', null),
  X('国资预算·资本金注入', O, QTY, '国有资本经营预算安排资本金注入项目', '≥', '4', null, UM),
  X('国资预算·资本金注入', O, QTY, '向市属国有企业注入资本金', '≥', '2.5', '亿元', null),
  X('国资预算·资本金注入', O, QTY, '向市属国有企业注入资本金', '≥', '2.5', '%', UVN),
  X('国资预算·资本金注入', O, TIME, '资本金注入资金拨付到位时间', '定性', '2024年6月底前', null, null),
  X('国资预算·资本金注入', B, ECON, '资本金注入企业国有资本保值增值率', '≥', '102', '%', null),
  X('国资预算·资本金注入', B, ECON, '资本金注入企业国有资本保值增值率', '≥', '102', '万元', UVN),
  X('国资预算·资本金注入', B, ECON, '资本金注入项目带动社会投资', '≥', '6', '亿元', null),
  X('国资预算·资本金注入', B, SUST, '注资企业资产负债率', '≤', '65', '%', null),
  X('国资预算·资本金注入', B, SUST, '注资企业资产负债率', '≥', '65', '%', DIR),
  X('国资预算·资本金注入', S, SAT, '注资企业满意度', '≥', '90', '%', null),
  // 国资预算·国企退休人员社会化管理
  X('国资预算·退休人员', O, QTY, '国有企业退休人员移交街道社区实行社会化管理', '≥', '8600', '人', null),
  X('国资预算·退休人员', O, QUAL, '退休人员社会化管理移交率', '≥', '98', '%', null),
  X('国资预算·退休人员', O, QUAL, '退休人员社会化管理移交率', '≥', '98', '人', UVN),
  X('国资预算·退休人员', O, TIME, '退休人员人事档案移交', '定性', '及时完成', null, QVQ),
  X('国资预算·退休人员', C, ECOST, '移交退休人员人均管理服务经费', '≤', '100', '元/人·年', null),
  X('国资预算·退休人员', B, SOC, '移交退休人员信访事件', '≤', '3', '件', null),
  X('国资预算·退休人员', B, SOC, '移交退休人员信访事件', '≥', '3', '件', DIR),
  X('国资预算·退休人员', S, SAT, '移交退休人员满意度', '≥', '90', '%', null),
  // 国资预算·解决历史遗留问题
  X('国资预算·历史遗留', O, QTY, '完成厂办大集体改革涉及企业', '≥', '12', '户', null),
  X('国资预算·历史遗留', O, QTY, '完成国有企业职工家属区“三供一业”维修改造', '≥', '5600', '户', null),
  X('国资预算·历史遗留', O, QUAL, '三供一业移交改造工程验收合格率', '=', '100', '%', null),
  X('国资预算·历史遗留', O, QUAL, '三供一业移交改造工程验收合格率', '≥', '10', '%', IMP),
  X('国资预算·历史遗留', B, SOC, '国有企业办社会职能历史遗留问题', '定性', '有效化解', null, null),
  X('国资预算·历史遗留', O, QUAL, '历史遗留问题化解工作', '定性', '稳步推进', null, QVQ),
  X('国资预算·历史遗留', C, ECOST, '户均三供一业改造补助', '≤', '1.2', '万元/户', null),
  X('国资预算·历史遗留', S, SAT, '改造小区职工家属满意度', '≥', '90', '%', null),
  // 国资预算·僵尸企业处置
  X('国资预算·僵尸企业', O, QTY, '处置市属僵尸企业', '≥', '15', '户', null),
  X('国资预算·僵尸企业', O, QTY, '处置市属僵尸企业', '≥', '全部', '户', NN),
  X('国资预算·僵尸企业', O, QUAL, '僵尸企业出清率', '≥', '90', '%', null),
  X('国资预算·僵尸企业', O, QUAL, '僵尸企业出清率', '≥', '9', '%', IMP),
  X('国资预算·僵尸企业', O, TIME, '僵尸企业处置完成时间', '定性', '2024年底前', null, null),
  X('国资预算·僵尸企业', B, ECON, '盘活僵尸企业闲置土地', '≥', '800', '亩', null),
  X('国资预算·僵尸企业', B, ECON, '盘活僵尸企业闲置土地', '≥', '800', '人', UVN),
  X('国资预算·僵尸企业', B, SOC, '僵尸企业职工', '定性', '妥善安置', null, null),
  X('国资预算·僵尸企业', B, SOC, '处置过程中引发群体性事件', '≥', '1', '起', DIR),
  X('国资预算·僵尸企业', S, SAT, '安置职工满意度', '≥', '90', '%', null),
  // 国资预算·国有资本收益
  X('国资预算·资本收益', B, ECON, '市属企业国有资本收益上缴比例', '≥', '25', '%', null),
  X('国资预算·资本收益', B, ECON, '市属企业国有资本收益上缴比例', '≥', '25', '万元', UVN),
  X('国资预算·资本收益', O, QTY, '收缴市属企业国有资本收益', '≥', '1.8', '亿元', null),
  X('国资预算·资本收益', O, QTY, '收缴市属企业国有资本收益', '≥', '不低于上年', '亿元', NN),
  X('国资预算·资本收益', O, TIME, '国有资本收益收缴入库时间', '定性', '6月底前', null, null),
  X('国资预算·资本收益', O, QUAL, '国有资本经营预算调入一般公共预算比例', '≥', '30', '%', null),
  X('国资预算·资本收益', O, QUAL, '国有资本经营预算支出执行率', '≥', '95', '%', null),
  X('国资预算·资本收益', O, QUAL, '国有资本经营预算支出执行率', '≥', '95', '个月', UVN),
  X('国资预算·资本收益', O, QUAL, '国有资本经营预算支出执行率', '定性', '100%', null, QVQ),
  // 福彩公益金·养老服务
  X('福彩公益金·养老', O, QTY, '福利彩票公益金资助农村互助幸福院', '≥', '40', '所', null),
  X('福彩公益金·养老', O, QTY, '福利彩票公益金资助农村互助幸福院', '≥', '40', null, UM),
  X('福彩公益金·养老', O, QTY, '福彩公益金支持居家社区养老服务中心', '≥', '25', '个', null),
  X('福彩公益金·养老', B, SOC, '受益老年人', '≥', '1.6', '万人次', null),
  X('福彩公益金·养老', O, QUAL, '资助养老机构消防安全达标率', '=', '100', '%', null),
  X('福彩公益金·养老', O, QUAL, '资助养老机构消防安全达标率', '≥', '100', '%', IMP),
  X('福彩公益金·养老', C, ECOST, '每所农村互助幸福院运营补助', '≤', '5', '万元/所', null),
  X('福彩公益金·养老', S, SAT, '入住老年人满意度', '≥', '90', '%', null),
  // 彩票公益金·残疾人康复
  X('彩票公益金·残疾人', O, QTY, '彩票公益金资助残疾儿童康复救助', '≥', '1200', '人次', null),
  X('彩票公益金·残疾人', O, QTY, '彩票公益金资助残疾儿童康复救助', '≥', '1200', '%', UVN),
  X('彩票公益金·残疾人', O, QTY, '资助贫困残疾人适配辅助器具', '≥', '2500', '件', null),
  X('彩票公益金·残疾人', O, QUAL, '辅助器具适配服务率', '≥', '90', '%', null),
  X('彩票公益金·残疾人', B, SOC, '残疾儿童康复训练有效率', '≥', '85', '%', null),
  X('彩票公益金·残疾人', B, SOC, '残疾儿童康复训练有效率', '≥', '85', '人', UVN),
  X('彩票公益金·残疾人', O, TIME, '残疾儿童康复救助申请受理审核', '定性', '及时审核', null, QVQ),
  X('彩票公益金·残疾人', C, ECOST, '每名残疾儿童年康复训练补助', '≤', '2.4', '万元/人', null),
  X('彩票公益金·残疾人', S, SAT, '受助残疾儿童监护人满意度', '≥', '95', '%', null),
  // 体彩公益金·全民健身
  X('体彩公益金·全民健身', O, QTY, '体育彩票公益金资助建设社区多功能运动场', '≥', '30', '片', null),
  X('体彩公益金·全民健身', O, QTY, '体育彩票公益金资助建设社区多功能运动场', '≥', '30', '吨', UVN),
  X('体彩公益金·全民健身', O, QTY, '举办公益金资助群众性体育赛事', '≥', '50', '场次', null),
  X('体彩公益金·全民健身', O, QUAL, '健身设施安装验收合格率', '=', '100', '%', null),
  X('体彩公益金·全民健身', O, QTY, '健身设施安装验收合格率', '=', '100', '%', LVN),
  X('体彩公益金·全民健身', B, SOC, '社区居民经常参加体育锻炼人数比例', '≥', '38', '%', null),
  X('体彩公益金·全民健身', B, SOC, '健身设施使用安全事故', '≥', '1', '起', DIR),
  X('体彩公益金·全民健身', C, ECOST, '每片运动场建设成本', '≤', '60', '万元/片', null),
  X('体彩公益金·全民健身', S, SAT, '运动场周边健身群众满意度', '≥', '90', '%', null),
  // 彩票公益金·教育助学
  X('彩票公益金·助学', O, QTY, '彩票公益金资助家庭经济困难大学新生', '≥', '800', '人', null),
  X('彩票公益金·助学', O, QTY, '彩票公益金资助家庭经济困难大学新生', '≥', '800', null, UM),
  X('彩票公益金·助学', C, ECOST, '每名新生一次性资助标准', '=', '5000', '元/人', null),
  X('彩票公益金·助学', O, QUAL, '受助学生资格审核准确率', '=', '100', '%', null),
  X('彩票公益金·助学', O, QUAL, '受助学生资格审核准确率', '≥', '100', '人', UVN),
  X('彩票公益金·助学', O, TIME, '新生资助金发放到位时间', '定性', '9月30日前', null, null),
  X('彩票公益金·助学', B, SOC, '受助新生按时入学率', '≥', '98', '%', null, [LVN]),
  X('彩票公益金·助学', S, SAT, '受助大学新生满意度', '≥', '60', '%', SATF),
  // 土地出让收入·农田水利建设
  X('土地出让·农田水利', O, QTY, '从土地出让收益中计提农田水利建设资金', '≥', '3200', '万元', null),
  X('土地出让·农田水利', O, QTY, '新建和修复小型灌排泵站', '≥', '45', '座', null),
  X('土地出让·农田水利', O, QTY, '疏浚灌溉渠道', '≥', '120', '公里', null),
  X('土地出让·农田水利', O, QTY, '疏浚灌溉渠道', '≥', '120', '个', UVN),
  X('土地出让·农田水利', B, ECON, '泵站渠道修复后新增和恢复有效灌溉面积', '≥', '1.5', '万亩', null),
  X('土地出让·农田水利', B, ECON, '泵站渠道修复后新增和恢复有效灌溉面积', '≥', '1.5', '万元', UVN),
  X('土地出让·农田水利', O, QUAL, '灌排泵站工程质量合格率', '≥', '95', '%', null),
  X('土地出让·农田水利', B, SUST, '建成工程管护责任落实率', '≥', '95', '%', null),
  X('土地出让·农田水利', S, SAT, '灌区受益农户满意度', '≥', '90', '%', null),
  // 土地出让收入·教育资金
  X('土地出让·教育资金', O, QTY, '按土地出让收益10%计提教育资金', '≥', '5600', '万元', null),
  X('土地出让·教育资金', O, QUAL, '教育资金计提到位率', '=', '100', '%', null),
  X('土地出让·教育资金', O, QTY, '新建和改扩建中小学校舍', '≥', '4.2', '万平方米', null),
  X('土地出让·教育资金', O, QUAL, '校舍工程竣工验收合格率', '=', '100', '%', null),
  X('土地出让·教育资金', B, SOC, '校舍建成后新增公办义务教育学位', '≥', '3600', '个', null),
  X('土地出让·教育资金', B, SOC, '校舍建成后新增公办义务教育学位', '≥', '3600', '%', UVN),
  X('土地出让·教育资金', B, SOC, '城区中小学56人以上大班额占比', '≤', '5', '%', null),
  X('土地出让·教育资金', B, SOC, '城区中小学56人以上大班额占比', '≥', '5', '%', DIR),
  X('土地出让·教育资金', S, SAT, '学生家长对办学条件改善满意度', '≥', '90', '%', null),
  // 政府性基金·城市基础设施配套费
  X('基金·基础设施配套费', O, QTY, '征收城市基础设施配套费', '≥', '2.6', '亿元', null),
  X('基金·基础设施配套费', O, QUAL, '城市基础设施配套费征收到位率', '≥', '95', '%', null),
  X('基金·基础设施配套费', O, QUAL, '城市基础设施配套费征收到位率', '≥', '95', '万元', UVN),
  X('基金·基础设施配套费', O, QTY, '配套费安排市政道路建设', '≥', '12', '公里', null),
  X('基金·基础设施配套费', O, QTY, '配套费安排新建雨污分流管网', '≥', '35', '公里', null),
  X('基金·基础设施配套费', O, QUAL, '配套费减免缓审批合规率', '=', '100', '%', null),
  X('基金·基础设施配套费', O, TIME, '配套费安排项目开工', '定性', '有序推进', null, QVQ),
  X('基金·基础设施配套费', B, SOC, '新建道路沿线交通拥堵', '定性', '有效缓解', null, null),
  X('基金·基础设施配套费', C, ECOST, '每公里雨污分流管网建设成本', '≤', '380', '万元/公里', null),
  X('基金·基础设施配套费', C, ECOST, '每公里雨污分流管网建设成本', '≥', '380', '万元/公里', DIR),
  X('基金·基础设施配套费', S, SAT, '管网沿线居民满意度', '≥', '88', '%', SATF),
  // 政府性基金·专项债券付息与发行费
  X('基金·专项债券付息', C, ECOST, '专项债券付息支出', '≤', '1.35', '亿元', null),
  X('基金·专项债券付息', C, ECOST, '专项债券发行登记服务费', '≤', '86', '万元', null),
  X('基金·专项债券付息', O, TIME, '专项债券利息按时足额支付率', '=', '100', '%', null),
  X('基金·专项债券付息', O, TIME, '专项债券利息按时足额支付率', '≥', '100', '%', IMP),
  X('基金·专项债券付息', O, TIME, '专项债券利息支付', '定性', '按时足额', null, QVQ),
  X('基金·专项债券付息', O, QUAL, '专项债券付息逾期', '=', '0', '次', null),
  X('基金·专项债券付息', O, QUAL, '专项债券付息资金逾期天数', '≥', '1', '天', DIR),
  X('基金·专项债券付息', B, SUST, '专项债券项目收益对本息覆盖倍数', '≥', '1.2', '倍', null),
  X('基金·专项债券付息', B, SUST, '地方政府债务风险', '定性', '总体可控', null, null),
  X('基金·专项债券付息', C, ECOST, '专项债券发行费率', '≤', '0.1', '%', null),
  X('基金·专项债券付息', C, ECOST, '专项债券发行费率', '≥', '0.1', '%', DIR),
  // 政府性基金·大中型水库移民后期扶持基金
  X('基金·水库移民', O, QTY, '发放水库移民后期扶持直补资金', '≥', '1560', '万元', null),
  X('基金·水库移民', C, ECOST, '每名移民每年后期扶持补助标准', '=', '600', '元/人·年', null),
  X('基金·水库移民', O, QTY, '实施移民村美丽家园建设项目', '≥', '18', '个', null),
  X('基金·水库移民', O, QTY, '实施移民村美丽家园建设项目', '≥', '18', null, UM),
  X('基金·水库移民', O, QUAL, '后期扶持人口核定准确率', '=', '100', '%', null),
  X('基金·水库移民', O, QUAL, '后期扶持人口核定准确率', '≥', '100', '人', UVN),
  X('基金·水库移民', O, TIME, '直补资金按时发放率', '≥', '98', '%', null),
  X('基金·水库移民', O, QTY, '直补资金按时发放率', '≥', '98', '%', LVN),
  X('基金·水库移民', B, ECON, '移民人均可支配收入增长', '≥', '6', '%', null),
  X('基金·水库移民', B, SOC, '移民群众信访', '≥', '5', '件', DIR),
  X('基金·水库移民', B, QTY, '移民村美丽家园建设项目', '≥', '18', '个', LEV),
  X('基金·水库移民', S, SAT, '库区和安置区移民群众满意度', '≥', '90', '%', null),
  // 政府性基金·旅游发展基金
  X('基金·旅游发展', O, QTY, '旅游发展基金支持A级旅游景区提质改造', '≥', '8', '家', null),
  X('基金·旅游发展', O, QTY, '建设旅游厕所', '≥', '40', '座', null),
  X('基金·旅游发展', O, QTY, '建设旅游厕所', '≥', '40', '吨', UVN),
  X('基金·旅游发展', B, ECON, '接待游客人次同比增长', '≥', '8', '%', null),
  X('基金·旅游发展', B, ECON, '全域旅游综合收入', '≥', '65', '亿元', null),
  X('基金·旅游发展', B, ECON, '全域旅游综合收入', '≥', '65', '万人次', UVN),
  X('基金·旅游发展', O, QUAL, '景区旅游安全事故', '≥', '1', '起', DIR),
  X('基金·旅游发展', O, TIME, '旅游宣传推广活动', '定性', '适时开展', null, QVQ),
  X('基金·旅游发展', S, SAT, '来访游客综合满意度', '≥', '85', '分', SATF),
  // 政府性基金·车辆通行费
  X('基金·车辆通行费', O, QTY, '收取车辆通行费', '≥', '3.2', '亿元', null),
  X('基金·车辆通行费', O, QTY, '车辆通行费收入用于偿还收费公路贷款本息', '≥', '2.1', '亿元', null),
  X('基金·车辆通行费', O, QUAL, '车辆通行费征收差错率', '≤', '0.05', '%', null),
  X('基金·车辆通行费', O, QUAL, '车辆通行费征收差错率', '≥', '0.05', '%', DIR),
  X('基金·车辆通行费', O, QUAL, '收费站ETC车道一次通行成功率', '≥', '99', '%', null),
  X('基金·车辆通行费', O, QUAL, '收费站ETC车道一次通行成功率', '≥', '99', '辆', UVN),
  X('基金·车辆通行费', O, TIME, '收费站高峰期车辆平均排队时间', '≤', '5', '分钟', null),
  X('基金·车辆通行费', O, TIME, '收费站高峰期车辆平均排队时间', '≥', '5', '分钟', DIR),
  X('基金·车辆通行费', B, SOC, '偷逃车辆通行费金额', '≥', '200', '万元', DIR),
  X('基金·车辆通行费', S, SAT, '过往司乘人员满意度', '≥', '90', '%', null),
];

/** 部门整体 rows of the departments that run these budgets, on the 2021 department tree, checked in a department_target beside DEPT_BASE. */
export const HELD_OUT_72_DEPT: RowCase[] = [
  X('部门·市医疗保障局', O, DUTY, '定点医药机构监督检查覆盖率', '=', '100', '%', null),
  X('部门·市医疗保障局', O, DUTY, '追回违规使用医保资金', '≥', '2000', '万元', null),
  X('部门·市医疗保障局', O, DUTY, '追回违规使用医保资金', '≥', '2000', '%', UVN),
  X('部门·市医疗保障局', B, SOCIAL, '辖区发生欺诈骗保案件', '≥', '8', '起', DIR),
  X('部门·市医疗保障局', O, MGMT, '医保统筹基金当期结余', '≥', '0', '万元', null),
  X('部门·市医疗保障局', S, DUTY, '医保参保人员满意度', '≥', '90', '%', LEV, [LVN]),
  X('部门·市人力资源和社会保障局', O, DUTY, '社会保险待遇按时足额发放率', '=', '100', '%', null),
  X('部门·市人力资源和社会保障局', O, DUTY, '社会保险待遇按时足额发放率', '≥', '100', '天', UVN),
  X('部门·市人力资源和社会保障局', O, DUTY, '工伤保险参保人数', '≥', '52', '万人', null),
  X('部门·市人力资源和社会保障局', B, SOCIAL, '失业保险基金收支缺口', '≥', '1200', '万元', DIR),
  X('部门·市社会保险事业管理中心', O, DUTY, '养老保险基金累计结余可支付月数', '≥', '10', '个月', null),
  X('部门·市社会保险事业管理中心', O, DUTY, '养老保险基金累计结余可支付月数', '≥', '10', '万元', UVN),
  X('部门·市社会保险事业管理中心', O, DUTY, '养老保险待遇领取资格认证率', '≥', '98', '%', null),
  X('部门·市社会保险事业管理中心', S, CLIENT, '参保单位和个人对经办服务满意度', '≥', '88', '%', SATF),
  X('部门·市国资委', O, DUTY, '监管企业国有资本保值增值率', '≥', '100', '%', null),
  X('部门·市国资委', O, DUTY, '监管企业国有资本保值增值率', '≤', '100', '%', DIR),
  X('部门·市国资委', O, DUTY, '国有资本收益收缴入库', '≥', '上年', '万元', NN),
  X('部门·市国资委', O, DUTY, '处置僵尸企业和特困企业', '≥', '10', '户', null),
  X('部门·市国资委', B, SOCIAL, '监管企业发生重大安全生产事故', '≥', '1', '起', DIR),
  X('部门·市民政局', O, DUTY, '福彩公益金资助项目绩效目标完成率', '≥', '90', '%', null),
  X('部门·市体育局', O, DUTY, '公益金资助全民健身项目', '≥', '40', '个', null),
  X('部门·市残疾人联合会', O, DUTY, '持证残疾人基本康复服务年度覆盖率', '≥', '85', '%', null),
  X('部门·市残疾人联合会', O, DUTY, '持证残疾人基本康复服务年度覆盖率', '≥', '8.5', '%', IMP),
  X('部门·市财政局', O, DUTY, '政府性基金预算支出执行率', '≥', '90', '%', null),
  X('部门·市财政局', O, DUTY, '专项债券付息违约', '≥', '1', '次', DIR),
  X('部门·市水利局', O, DUTY, '大中型水库移民后期扶持人口', '≥', '2.1', '万人', null),
  X('部门·市文化广电旅游局', O, DUTY, '旅游发展基金项目资金支出进度', '≥', '90', '%', null),
  X('部门·市交通运输局', O, DUTY, '收费公路车辆通行费收缴率', '≥', '98', '%', null),
  X('部门·市交通运输局', O, DUTY, '收费公路车辆通行费收缴率', '≥', '98', '亿元', UVN),
  X('部门·市住房和城乡建设局', O, DUTY, '城市基础设施配套费征收', '≥', '2.6', '亿元', null),
  X('部门·市教育局', O, DUTY, '土地出让收益计提教育资金拨付率', '≥', '95', '%', null),
  X('部门·市社会保险事业管理中心', S, CLIENT, '移交退休人员对社会化管理服务满意度', '≥', '80', '%', SATF),
];
