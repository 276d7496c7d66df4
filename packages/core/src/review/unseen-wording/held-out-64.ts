import { B, C, CLIENT, DIR, DUTY, ECON, ECOST, IMP, LEV, LVN, NN, O, QTY, QUAL, QVQ, S, SAT, SATF, SOC, SOCIAL, SUST, TIME, UM, UVN, X, type RowCase } from './case-types';

const MGMT = '管理效率';

/**
 * Held-out set 64 (session 25), written before reading the review code and measured as written. It takes rows of departments that
 * neither build nor buy — 人大常委会, 政协, 纪委监委, 党校, 档案馆, 统计局, 审计局, 信访局, 机关事务管理局, 妇联, 团委, 总工会, 残联,
 * 科协, 退役军人事务局, 民族宗教局, 外办/侨办, 地方志办 — whose indicators count meetings, reports, cases, checks, archives, surveys,
 * audits and services, in sub-areas no earlier set used (grep of every held-out-*.ts, tuned-set.ts and review-audit-cases*.test.ts:
 * 备案审查, 规范性文件, 预算联网监督, 专题询问, 双周协商, 委员工作室, 履职积分, 12388, 廉洁教育, 资政报告, 现场教学, 在线学习,
 * 声像/照片/电子档案, 单套制, 异地备份, 名录库, 人口抽样, 投入产出, 统计云, 离任审计, 自然资源资产, 大数据审计, 内部审计, 领导接访,
 * 下访, 信访听证, 人民建议, 机关幼儿园, 最美家庭, 反家暴, 庇护, 妇女议事, 返家乡, 少先队, 职工书屋, 爱心驿站, 劳模, 互助保障, 盲人
 * 按摩, 手语, 轮椅, 燃油补贴, 精神残疾, 院士工作站, 学会, 军休, 军供站, 军人公墓, 清真, 宗教财务, 互联网宗教, 民族语文, 领事保护,
 * APEC, 邀请函, 侨批, 旧志, 数字方志 had no hit; 周转房, 方志馆, 心理健康 had one or a few, in other wording), with 2021 wording
 * beside 2025–2026 wording (“数字人大”, AI辅助大数据审计, 电子档案单套制, “返家乡”, 户外劳动者爱心驿站) — HELD_OUT_64, in a 2024
 * project_target beside BASE — and 部门整体 履职效能/管理效率/社会效应 rows of those departments (HELD_OUT_64_DEPT, beside DEPT_BASE).
 *
 * Readings chosen before measuring (rules.md §2; earlier sets' readings followed where they speak):
 * - direction: a floor on a bad count (重复检举控告件数, 周转房超期占用户数, 超期未办结, 邀请函审核差错, 安全事故, 肇事肇祸案事件,
 *   违规发布宗教信息网站, 信访件超期件数), on a bad share (漏登率, 差错率 in % or ‰, 重复报警率, 重复信访率), on a time that should be
 *   short (办结时限, 出具时限, 宕机时长), on a cost (人均费用, 单场次保障成本); a ceiling on a good share (核实反馈率, 检测通过率,
 *   积分达标率, 整改销号率, 采纳率, 持证上岗率, 覆盖率, 发放准确率, 执行到位率, 数字化率) or on a gain (新增产值).
 * - unit_vs_name: a count of things or people (规范性文件, 座谈会, 接待选民, 接访下访, 在园幼儿, 职工书屋, 驿站, 工作站, 军休干部,
 *   APEC卡, 侨批, 旧志, 访问量, 翻译服务) in % or 万元; money (发现问题金额) in 人; a rate (转化率, 批示率, 协商率, 调解成功率) in 篇
 *   or 件; a share (入住率) in 套; words translated (万字) in 人.
 * - implausible_target: ≥100% on a share; ≥0 on a bad count (direction accepted beside); a good share floored in single digits
 *   (办结率 ≥9%, 达标率 ≥9%, 审核通过率 ≥9.5%, 覆盖比例 ≥9%, 康复服务覆盖率 ≥7%, 协处及时率 ≥6%) or at 30% (整改完成率); and a
 *   statutory on-time or closing share floored at 60% (检举控告件按期办结率, 督办件按期办结率, 受理检举控告办结率, 信访事项按期
 *   办结率 ≥60%): the law sets these at or near 100%, so 60% is a slip or a target set to be met whatever happens.
 * - satisfaction: below 90% (50/60/80/85/88%) or in 分. unit_missing: a count with no unit.
 * - level_vs_name: 按期办结率, 按时兑付率, 及时率 under 数量 (→ 时效); 合格率 under 数量 (→ 质量); 满意度 under 履职效能.
 *   levels: a 数量 row under 效益 or 成本; a 履职效能 row under 满意度.
 * - qualitative_vs_quantitative: a vague value under 数量/质量/时效 (稳步提升, 较好, 及时接收, 及时办理, 按期出版); a date (3月底前,
 *   6月底前, 每年12月底前) under 时效 is fine. not_numeric: a sign before words (≤上年).
 * - Fine: a 办结率 under 质量 (closing a matter is its outcome, not its timing: no 及时/按期 in the name), a 采纳率 or 批示率 floored at
 *   20–30% (a good share small by nature), a duration of footage transcribed (声像档案转录 in 小时) as a quantity, 差错率 in ‰, a
 *   found-problems amount (审计发现问题金额) floored as audits aim to find, 一般性支出压减率 floored (a cut is the aim).
 * Every name was grepped against every held-out-*.ts, tuned-set.ts and review-audit-cases*.test.ts and the five found there
 * (信访事项按期办结率, 委员履职档案建档率, 重复信访率, 馆藏档案数字化, 馆藏纸质档案数字化扫描) were reworded before measuring. Drafted at
 * 313 rows, cut to 235 (200 project rows and 35 部门整体 rows, 141 fine, 60.0%) before measuring by dropping fine rows of the same
 * shape and a defect row where its kind was already held twice in the area.
 *
 * First measurement, as written and before reading or changing any review code (a tsx run of the harness's rowCodes on this set
 * alone, BASE / DEPT_BASE): 235 rows, 141 labelled fine (60.0%):
 *   direction                    tp 19 fp 1 fn 4   precision  95.0%  recall  82.6%
 *   implausible_target           tp 13 fp 0 fn 4   precision 100.0%  recall  76.5%
 *   level_vs_name                tp 5  fp 1 fn 0   precision  83.3%  recall 100.0%
 *   levels                       tp 3  fp 0 fn 0   precision 100.0%  recall 100.0%
 *   not_numeric                  tp 1  fp 0 fn 0   precision 100.0%  recall 100.0%
 *   qualitative_vs_quantitative  tp 8  fp 0 fn 0   precision 100.0%  recall 100.0%
 *   satisfaction                 tp 9  fp 0 fn 0   precision 100.0%  recall 100.0%
 *   unit_missing                 tp 7  fp 0 fn 0   precision 100.0%  recall 100.0%
 *   unit_vs_name                 tp 13 fp 0 fn 8   precision 100.0%  recall  61.9%
 * (False alarms: direction on 处置互联网违规宗教信息 ≥200条 (an act against a wrong, read as the wrong); level_vs_name beside levels
 * on 军休干部服务管理 under 满意度/履职效能. Missed: direction on 预警问题核实反馈率 ≤95%, 重复检举控告件数 ≥30件, 领导接访案件超期
 * 未办结 ≥3件, 帮助企业新增产值 ≤5亿元; implausible_target on the four statutory closing shares at ≥60%; unit_vs_name on 接待选民,
 * 照片档案著录, 组织大学生社会实践, 服务管理军休干部, 征集侨批档案, 受理维权来信来访 in 万元, 开展…离任审计 ≥6%, 完成民族语文
 * 翻译 in 人.)
 * Label re-read after measuring (an earlier set's reading my label missed): a 履职效能 row under 满意度 is levels with level_vs_name
 * accepted beside (sets 58 and 63).
 * Fixed by general cause (review-audit-cases-b64.test.ts; classify-name.ts, name-word-classes.ts, name-fine-classes.ts,
 * name-measures.ts, check-meaning.ts): matters answered back on (…反馈率) are a good share; a report or a call made again in any
 * word (重复检举, 重复控告, 重复报警) is bad; handling or taking down what breaks the rules (处置, 删除, 下架, 屏蔽 leading the name)
 * acts on it as 查处 does, however long its object; an act negated (超期未办结) is the duty left undone, never work against the
 * bad state; output a programme helps firms add (帮助/带动…新增产值) is the result sought; cadres and voters (干部, 选民) are people
 * and letters and visits people bring (来信来访) are counted, never money; practice organised for students (社会实践, 研学实践) is
 * work done with people as 活动 is; audits named by their kind (开展…离任审计, 跟踪审计) are counted as audit projects are, so a few
 * percent is a count in %; and matters closed or answered within the time the rules set (按期/按时 办结, 答复, 受理率; 办复率) run
 * at or near 100%, so a floor below 80% is implausible_target (a plain 办结率 keeps the common floor of 50%).
 * Genuine limits (LIMITS in review-unseen-wording.test.ts, asserted in review-audit-cases-b64.test.ts): 照片档案著录 and 征集侨批档案
 * in 万元 (an act on records with no measure word in money may state what it costs, sets 47 and 63); 完成民族语文翻译 in 人 (text
 * translated, 万字, has no measure class); 受理检举控告办结率 ≥60% (a plain 办结率 may run lower where cases carry into the next
 * year, as 法院结案率 does, so no floor above 50% holds for every one).
 * After the fixes (235 rows, 141 fine): every code 100% precision and 100% recall with the four limits apart (direction tp 23,
 * unit_vs_name 18, implausible_target 16, satisfaction 9, qualitative_vs_quantitative 8, unit_missing 7, level_vs_name 5, levels 3,
 * not_numeric 1); counting the limits, unit_vs_name recall 85.7% (18/21), implausible_target 94.1% (16/17). Every earlier set
 * stays at 0 false alarms.
 */
export const HELD_OUT_64: RowCase[] = [
  // 人大常委会·规范性文件备案审查与预算联网监督
  X('人大·备案审查', O, QTY, '审查报备规范性文件', '≥', '120', '件', null),
  X('人大·备案审查', O, TIME, '规范性文件备案审查办结时限', '≤', '60', '日', null),
  X('人大·备案审查', O, TIME, '规范性文件备案审查办结时限', '≥', '60', '日', DIR),
  X('人大·预算联网监督', O, QTY, '开展专题询问', '≥', '2', '场', null),
  X('人大·预算联网监督', O, QTY, '开展专题询问', '≥', '2', null, UM),
  X('人大·预算联网监督', O, QUAL, '预算联网监督系统预警问题核实反馈率', '≥', '95', '%', null),
  X('人大·预算联网监督', O, QUAL, '预算联网监督系统预警问题核实反馈率', '≤', '95', '%', DIR),
  X('人大·预算联网监督', B, SOC, '人大预算审查监督刚性', '定性', '更加有力', null, null),
  X('人大·预算联网监督', C, ECOST, '“数字人大”预算联网监督系统年运维费', '≤', '45', '万元', null),
  X('人大·备案审查', S, SAT, '人大代表对备案审查工作满意度', '≥', '95', '%', null),
  // 人大·代表之家（站）
  X('人大·代表之家', O, QTY, '代表进家入站接待选民', '≥', '1.2', '万人次', null),
  X('人大·代表之家', O, QTY, '代表进家入站接待选民', '≥', '1.2', '万元', UVN),
  X('人大·代表之家', O, QUAL, '选民反映问题办结率', '≥', '9', '%', IMP),
  X('人大·代表之家', O, QTY, '代表之家（站）活动开展', '定性', '稳步提升', null, QVQ),
  X('人大·代表之家', S, SAT, '进站选民满意度', '≥', '50', '%', SATF),
  // 政协·协商议政与委员履职
  X('政协·协商议政', O, QTY, '召开双周协商座谈会', '≥', '10', '次', null),
  X('政协·协商议政', B, SOC, '协商成果获领导批示转化率', '≥', '60', '%', null),
  X('政协·协商议政', B, SOC, '协商成果获领导批示转化率', '≥', '60', '篇', UVN),
  X('政协·委员履职', O, QUAL, '委员年度履职积分达标率', '≥', '90', '%', null),
  X('政协·委员履职', O, QUAL, '政协委员履职档案建档率', '=', '100', '%', null),
  X('政协·委员履职', O, QUAL, '政协委员履职档案建档率', '≥', '100', '%', IMP),
  X('政协·协商议政', O, TIME, '年度协商计划印发时间', '定性', '3月底前', null, null),
  X('政协·委员履职', S, SAT, '政协委员对履职服务满意度', '≥', '92', '%', null),
  // 纪委监委·廉洁教育基地与12388检举控告
  X('纪委监委·廉洁教育', O, QTY, '廉洁教育基地接待参观', '≥', '3', '万人次', null),
  X('纪委监委·检举控告', O, QUAL, '12388平台检举控告受理率', '=', '100', '%', null),
  X('纪委监委·检举控告', O, QUAL, '12388平台检举控告受理率', '≥', '100', '%', IMP),
  X('纪委监委·检举控告', O, TIME, '检举控告件按期办结率', '≥', '95', '%', null),
  X('纪委监委·检举控告', O, QTY, '检举控告件按期办结率', '≥', '95', '%', LVN),
  X('纪委监委·检举控告', O, TIME, '检举控告件按期办结率', '≥', '60', '%', IMP),
  X('纪委监委·检举控告', O, QUAL, '重复检举控告件数', '≤', '30', '件', null),
  X('纪委监委·检举控告', O, QUAL, '重复检举控告件数', '≥', '30', '件', DIR),
  X('纪委监委·检举控告', O, QUAL, '处分决定执行到位率', '=', '100', '%', null),
  X('纪委监委·廉洁教育', S, SAT, '参观党员干部满意度', '≥', '95', '%', null),
  X('纪委监委·廉洁教育', S, SAT, '参观党员干部满意度', '≥', '4.8', '分', SATF),
  // 党校·决策咨询与现场教学
  X('党校·决策咨询', O, QTY, '形成资政报告', '≥', '20', '篇', null),
  X('党校·决策咨询', B, SOC, '资政报告批示率', '≥', '30', '%', null),
  X('党校·决策咨询', B, SOC, '资政报告批示率', '≥', '30', '篇', UVN),
  X('党校·现场教学', O, QTY, '建设现场教学点', '≥', '12', '个', null),
  X('党校·现场教学', O, QTY, '建设现场教学点', '≥', '12', null, UM),
  X('党校·在线学习', O, QTY, '干部网络在线学习平台注册学员', '≥', '2.6', '万人', null),
  X('党校·在线学习', O, QUAL, '在线学习学时达标率', '≥', '90', '%', null),
  X('党校·在线学习', O, QUAL, '在线学习学时达标率', '≥', '9', '%', IMP),
  X('党校·现场教学', O, QUAL, '现场教学课程质量', '定性', '较好', null, QVQ),
  X('党校·现场教学', C, ECOST, '现场教学人均费用', '≤', '300', '元/人', null),
  X('党校·现场教学', C, ECOST, '现场教学人均费用', '≥', '300', '元/人', DIR),
  X('党校·现场教学', S, SAT, '学员对现场教学满意度', '≥', '95', '%', null),
  // 档案馆·电子档案与声像档案
  X('档案馆·电子档案', O, QTY, '接收进馆电子档案', '≥', '12', '万件', null),
  X('档案馆·声像档案', O, QTY, '声像档案数字化转录', '≥', '3000', '小时', null),
  X('档案馆·声像档案', O, QTY, '照片档案著录', '≥', '5', '万张', null),
  X('档案馆·声像档案', O, QTY, '照片档案著录', '≥', '5', '万元', UVN),
  X('档案馆·电子档案', O, QUAL, '电子档案“四性”检测通过率', '≥', '98', '%', null),
  X('档案馆·异地备份', O, QUAL, '异地备份数据可恢复率', '=', '100', '%', null),
  X('档案馆·声像档案', O, QUAL, '声像档案转录差错率', '≤', '0.5', '%', null),
  X('档案馆·声像档案', O, QUAL, '声像档案转录差错率', '≥', '0.5', '%', DIR),
  X('档案馆·电子档案', O, TIME, '电子档案移交接收', '定性', '及时接收', null, QVQ),
  X('档案馆·电子档案', B, SUST, '档案资源长期安全保存', '定性', '有效保障', null, null),
  X('档案馆·电子档案', B, QTY, '接收进馆电子档案', '≥', '12', '万件', LEV),
  // 统计局·名录库与1%人口抽样调查
  X('统计·名录库', O, QUAL, '名录库单位信息核实率', '≥', '98', '%', null),
  X('统计·人口抽样', O, QTY, '1%人口抽样调查入户登记', '≥', '2.8', '万户', null),
  X('统计·人口抽样', O, QTY, '1%人口抽样调查入户登记', '≥', '2.8', null, UM),
  X('统计·人口抽样', O, QUAL, '人口抽样调查登记漏登率', '≤', '1', '%', null),
  X('统计·人口抽样', O, QUAL, '人口抽样调查登记漏登率', '≥', '1', '%', DIR),
  X('统计·人口抽样', O, QUAL, '户内人口事后抽查差错率', '≥', '0.5', '%', DIR),
  X('统计·投入产出', O, QUAL, '投入产出调查表审核通过率', '≥', '95', '%', null),
  X('统计·投入产出', O, QUAL, '投入产出调查表审核通过率', '≥', '9.5', '%', IMP),
  X('统计·统计云', O, QTY, '统计云平台数据采集', '定性', '稳步提升', null, QVQ),
  X('统计·人口抽样', O, TIME, '快速汇总数据上报时限', '≤', '15', '天', null),
  X('统计·人口抽样', C, ECOST, '人口抽样调查员劳务补助', '≤', '150', '元/人·天', null),
  X('统计·人口抽样', S, SAT, '抽样调查户配合满意度', '≥', '90', '%', null),
  // 审计局·自然资源资产离任审计与大数据审计
  X('审计·离任审计', O, QTY, '开展领导干部自然资源资产离任审计', '≥', '6', '个', null),
  X('审计·离任审计', O, QTY, '开展领导干部自然资源资产离任审计', '≥', '6', '%', UVN),
  X('审计·离任审计', O, QTY, '离任审计发现问题金额', '≥', '8000', '万元', null),
  X('审计·离任审计', O, QTY, '离任审计发现问题金额', '≥', '8000', '人', UVN),
  X('审计·离任审计', O, QUAL, '离任审计发现问题整改销号率', '≥', '90', '%', null),
  X('审计·大数据审计', O, QUAL, '数据审计覆盖预算单位比例', '≥', '80', '%', null),
  X('审计·内部审计', O, QUAL, '指导国有企业内部审计机构覆盖率', '=', '100', '%', null),
  X('审计·内部审计', O, QUAL, '指导国有企业内部审计机构覆盖率', '≥', '100', '%', IMP),
  X('审计·离任审计', O, TIME, '离任审计报告出具时限', '≤', '30', '个工作日', null),
  X('审计·离任审计', O, TIME, '离任审计报告出具时限', '≥', '30', '个工作日', DIR),
  X('审计·离任审计', B, ECON, '审计促进追缴国有资源有偿使用收入', '≥', '3000', '万元', null),
  X('审计·离任审计', S, SAT, '被审计领导干部及所在单位满意度', '≥', '85', '%', SATF),
  // 信访局·领导接访下访、信访听证与人民建议征集
  X('信访·领导接访', O, QTY, '市级领导公开接访下访', '≥', '48', '批次', null),
  X('信访·人民建议', B, SOC, '人民建议采纳率', '≥', '20', '%', null),
  X('信访·人民建议', B, SOC, '人民建议采纳率', '≤', '20', '%', DIR),
  X('信访·听证督查', O, TIME, '督办件按期办结率', '≥', '98', '%', null),
  X('信访·听证督查', O, TIME, '督办件按期办结率', '≥', '60', '%', IMP),
  X('信访·听证督查', B, SOC, '信访听证后重复信访率', '≤', '5', '%', null),
  X('信访·听证督查', B, SOC, '信访听证后重复信访率', '≥', '5', '%', DIR),
  X('信访·领导接访', O, QUAL, '网上信访渠道办理占比', '≥', '70', '%', null),
  X('信访·领导接访', O, QUAL, '领导接访案件超期未办结', '≥', '3', '件', DIR),
  X('信访·听证督查', S, SAT, '信访听证参与人满意度', '≥', '90', '%', null),
  X('信访·听证督查', S, SAT, '信访听证参与人满意度', '≥', '50', '%', SATF),
  // 机关事务管理局·机关幼儿园、周转房与会议中心
  X('机关事务·机关幼儿园', O, QTY, '机关幼儿园在园幼儿', '≥', '360', '人', null),
  X('机关事务·机关幼儿园', O, QTY, '机关幼儿园在园幼儿', '≥', '360', '万元', UVN),
  X('机关事务·机关幼儿园', O, QUAL, '机关幼儿园食品安全事故', '=', '0', '起', null),
  X('机关事务·机关幼儿园', O, QUAL, '机关幼儿园食品安全事故', '≥', '0', '起', IMP, [DIR]),
  X('机关事务·周转房', O, QUAL, '干部周转房入住率', '≥', '90', '%', null),
  X('机关事务·周转房', O, QUAL, '干部周转房入住率', '≥', '90', '套', UVN),
  X('机关事务·周转房', O, QUAL, '周转房超期占用户数', '=', '0', '户', null),
  X('机关事务·周转房', O, QUAL, '周转房超期占用户数', '≥', '5', '户', DIR),
  X('机关事务·会议中心', O, QUAL, '会议保障服务差错', '=', '0', '次', null),
  X('机关事务·会议中心', C, ECOST, '会议中心单场次保障成本', '≤', '1500', '元/场', null),
  X('机关事务·周转房', O, TIME, '周转房分配办理', '定性', '及时办理', null, QVQ),
  X('机关事务·机关幼儿园', S, SAT, '入园幼儿家长满意度', '≥', '95', '%', null),
  // 妇联·最美家庭与反家暴
  X('妇联·家庭家教家风', O, QTY, '评选市级最美家庭', '≥', '100', '户', null),
  X('妇联·家庭家教家风', O, QTY, '评选市级最美家庭', '≥', '100', null, UM),
  X('妇联·婚姻家庭', O, QUAL, '婚姻家庭纠纷调解成功率', '≥', '85', '%', null),
  X('妇联·婚姻家庭', O, QUAL, '婚姻家庭纠纷调解成功率', '≥', '85', '件', UVN),
  X('妇联·反家暴', B, SOC, '家庭暴力重复报警率', '≤', '3', '%', null),
  X('妇联·反家暴', B, SOC, '家庭暴力重复报警率', '≥', '3', '%', DIR),
  X('妇联·妇女议事会', O, QUAL, '妇女议事会覆盖村（社区）比例', '≥', '90', '%', null),
  X('妇联·妇女议事会', O, QUAL, '妇女议事会覆盖村（社区）比例', '≥', '9', '%', IMP),
  X('妇联·反家暴', C, ECOST, '反家暴庇护站点运行补助', '≤', '5', '万元/个', null),
  X('妇联·反家暴', S, SAT, '求助妇女满意度', '≥', '90', '%', null),
  X('妇联·反家暴', S, SAT, '求助妇女满意度', '≥', '80', '%', SATF),
  X('妇联·家庭家教家风', C, QTY, '评选市级最美家庭', '≥', '100', '户', LEV),
  // 团委·大学生“返家乡”社会实践与少先队
  X('团委·返家乡', O, QTY, '组织大学生“返家乡”社会实践', '≥', '3000', '人', null),
  X('团委·返家乡', O, QTY, '组织大学生“返家乡”社会实践', '≥', '3000', '万元', UVN),
  X('团委·少先队', O, QUAL, '少先队辅导员持证上岗率', '≥', '95', '%', null),
  X('团委·返家乡', O, QUAL, '实践学生安全事故', '=', '0', '起', null),
  X('团委·返家乡', O, QUAL, '实践学生安全事故', '≥', '1', '起', DIR),
  X('团委·返家乡', O, TIME, '实践岗位发布时间', '定性', '6月底前', null, null),
  X('团委·返家乡', O, QUAL, '社会实践成效', '定性', '较好', null, QVQ),
  X('团委·返家乡', S, SAT, '参与实践大学生满意度', '≥', '92', '%', null),
  // 总工会·职工书屋、户外劳动者爱心驿站与职工互助保障
  X('工会·职工书屋', O, QTY, '建成职工书屋', '≥', '50', '家', null),
  X('工会·职工书屋', O, QTY, '建成职工书屋', '≥', '50', '%', UVN),
  X('工会·爱心驿站', O, QTY, '建成户外劳动者爱心驿站', '≥', '120', '个', null),
  X('工会·爱心驿站', O, QTY, '建成户外劳动者爱心驿站', '≥', '120', null, UM),
  X('工会·劳模', O, QUAL, '劳模专项补助发放准确率', '=', '100', '%', null),
  X('工会·互助保障', O, TIME, '互助保障理赔按时兑付率', '≥', '98', '%', null),
  X('工会·互助保障', O, QTY, '互助保障理赔按时兑付率', '≥', '98', '%', LVN),
  X('工会·职工书屋', C, ECOST, '职工书屋配书补助', '≤', '2', '万元/家', null),
  X('工会·爱心驿站', S, SAT, '户外劳动者满意度', '≥', '90', '%', null),
  X('工会·爱心驿站', S, SAT, '户外劳动者满意度', '≥', '4.5', '分', SATF),
  // 残联·盲人按摩、手语服务、机动轮椅车燃油补贴与精神残疾人社区康复
  X('残联·盲人按摩', O, QTY, '培训盲人医疗按摩人员', '≥', '80', '人', null),
  X('残联·手语服务', O, QTY, '提供手语翻译服务', '≥', '600', '场次', null),
  X('残联·手语服务', O, QTY, '提供手语翻译服务', '≥', '600', '%', UVN),
  X('残联·燃油补贴', O, QTY, '享受机动轮椅车燃油补贴残疾人', '≥', '1200', '人', null),
  X('残联·燃油补贴', O, QTY, '享受机动轮椅车燃油补贴残疾人', '≥', '1200', '万元', UVN),
  X('残联·精神康复', O, QUAL, '精神残疾人社区康复服务覆盖率', '≥', '70', '%', null),
  X('残联·精神康复', O, QUAL, '精神残疾人社区康复服务覆盖率', '≥', '7', '%', IMP),
  X('残联·精神康复', B, SOC, '精神残疾人肇事肇祸案事件', '=', '0', '起', null),
  X('残联·精神康复', B, SOC, '精神残疾人肇事肇祸案事件', '≥', '1', '起', DIR),
  X('残联·燃油补贴', O, TIME, '燃油补贴发放时间', '定性', '每年12月底前', null, null),
  X('残联·手语服务', S, SAT, '接受手语服务听障人士满意度', '≥', '88', '%', SATF),
  // 科协·院士专家工作站与学会
  X('科协·院士工作站', O, QTY, '新建院士专家工作站', '≥', '5', '家', null),
  X('科协·学会', O, QUAL, '市级学会年检合格率', '≥', '95', '%', null),
  X('科协·学会', O, QTY, '市级学会年检合格率', '≥', '95', '%', LVN),
  X('科协·状况调查', O, QTY, '完成科技工作者状况调查问卷', '≥', '2000', '份', null),
  X('科协·状况调查', O, TIME, '调查站点数据报送及时率', '≥', '95', '%', null),
  X('科协·院士工作站', B, ECON, '院士工作站帮助企业新增产值', '≥', '5', '亿元', null),
  X('科协·院士工作站', B, ECON, '院士工作站帮助企业新增产值', '≤', '5', '亿元', DIR),
  X('科协·院士工作站', C, ECOST, '院士专家工作站建站补助', '≤', '30', '万元/家', null),
  X('科协·院士工作站', S, SAT, '入站企业满意度', '≥', '90', '%', null),
  // 退役军人事务局·军休所、军供站与军人公墓
  X('退役军人·军休', O, QTY, '服务管理军休干部', '≥', '460', '人', null),
  X('退役军人·军休', O, QTY, '服务管理军休干部', '≥', '460', '万元', UVN),
  X('退役军人·军休', O, QUAL, '军休干部走访慰问覆盖率', '=', '100', '%', null),
  X('退役军人·军供站', O, QUAL, '军供保障供餐食品安全事故', '=', '0', '起', null),
  X('退役军人·军供站', O, QUAL, '军供保障供餐食品安全事故', '≥', '0', '起', IMP, [DIR]),
  X('退役军人·军供站', O, TIME, '军供站应急保障响应时间', '≤', '2', '小时', null),
  X('退役军人·军人公墓', O, QTY, '军人公墓新建墓位', '≥', '500', '个', null),
  X('退役军人·军人公墓', O, QTY, '军人公墓新建墓位', '≥', '500', null, UM),
  X('退役军人·军休', O, TIME, '军休干部医疗费报销及时率', '≥', '95', '%', null),
  X('退役军人·军休', O, QTY, '军休干部医疗费报销及时率', '≥', '95', '%', LVN),
  X('退役军人·军休', S, SAT, '军休干部满意度', '≥', '95', '%', null),
  X('退役军人·军休', S, SAT, '军休干部满意度', '≥', '60', '%', SATF),
  // 民族宗教局·清真食品、宗教财务监督、互联网宗教信息与民族语文翻译
  X('民族宗教·宗教财务', O, QUAL, '宗教活动场所财务监督检查覆盖率', '=', '100', '%', null),
  X('民族宗教·宗教财务', O, QUAL, '宗教活动场所财务监督检查覆盖率', '≥', '100', '%', IMP),
  X('民族宗教·互联网宗教', O, QTY, '处置互联网违规宗教信息', '≥', '200', '条', null),
  X('民族宗教·互联网宗教', B, SOC, '违规发布宗教信息网站', '≥', '10', '个', DIR),
  X('民族宗教·民族语文', O, QTY, '完成民族语文翻译', '≥', '300', '万字', null),
  X('民族宗教·民族语文', O, QTY, '完成民族语文翻译', '≥', '300', '人', UVN),
  X('民族宗教·民族语文', O, QUAL, '民族语文翻译差错率', '≤', '0.3', '%', null),
  X('民族宗教·民族语文', O, TIME, '民族文字版文献出版时间', '定性', '10月底前', null, null),
  X('民族宗教·宗教财务', B, SOC, '宗教活动场所规范管理', '定性', '稳步提升', null, null),
  X('民族宗教·宗教财务', O, QUAL, '宗教活动场所财务管理水平', '定性', '稳步提升', null, QVQ),
  // 外事侨务·APEC商务旅行卡、来华邀请、领事保护与侨批档案
  X('外事·证照邀请', O, QTY, '办理APEC商务旅行卡', '≥', '400', '张', null),
  X('外事·证照邀请', O, QTY, '办理APEC商务旅行卡', '≥', '400', '%', UVN),
  X('外事·证照邀请', O, QUAL, '邀请函审核差错', '=', '0', '件', null),
  X('外事·证照邀请', O, QUAL, '邀请函审核差错', '≥', '1', '件', DIR),
  X('外事·证照邀请', O, TIME, '邀请函办理时限', '≤', '3', '个工作日', null),
  X('外事·领事保护', O, TIME, '领事保护案件协处及时率', '≥', '98', '%', null),
  X('外事·领事保护', O, TIME, '领事保护案件协处及时率', '≥', '6', '%', IMP),
  X('侨务·侨批档案', O, QTY, '征集侨批档案', '≥', '3000', '封', null),
  X('侨务·侨批档案', O, QTY, '征集侨批档案', '≥', '3000', '万元', UVN),
  X('侨务·侨批档案', O, QUAL, '侨批档案数字化率', '≥', '90', '%', null),
  X('侨务·侨批档案', C, ECOST, '侨批征集平均单价', '≤', '200', '元/封', null),
  X('外事·证照邀请', S, SAT, '办证企业满意度', '≥', '95', '%', null),
  // 地方志办·旧志整理与数字方志馆
  X('地方志·旧志整理', O, QTY, '点校整理旧志', '≥', '6', '部', null),
  X('地方志·旧志整理', O, QUAL, '旧志点校差错率', '≤', '1', '‰', null),
  X('地方志·旧志整理', O, QUAL, '旧志点校差错率', '≥', '1', '‰', DIR),
  X('地方志·数字方志馆', B, SOC, '数字方志馆年访问量', '≥', '50', '万人次', null),
  X('地方志·数字方志馆', B, SOC, '数字方志馆年访问量', '≥', '50', '%', UVN),
  X('地方志·数字方志馆', O, QUAL, '上线志书全文检索准确率', '≥', '98', '%', null),
  X('地方志·旧志整理', O, TIME, '旧志整理成果出版', '定性', '按期出版', null, QVQ),
  X('地方志·数字方志馆', O, QUAL, '数字方志馆年累计宕机时长', '≤', '24', '小时', null),
  X('地方志·数字方志馆', O, QUAL, '数字方志馆年累计宕机时长', '≥', '24', '小时', DIR),
  X('地方志·旧志整理', B, SOC, '地方历史文脉传承', '定性', '有效促进', null, null),
  X('地方志·旧志整理', C, ECOST, '旧志点校每部补助', '≤', '8', '万元/部', null),
  X('地方志·数字方志馆', S, SAT, '数字方志馆用户满意度', '≥', '90', '%', null),
];

/** 部门整体 rows of the same departments on the 2021 department tree, checked in a department_target beside DEPT_BASE. */
export const HELD_OUT_64_DEPT: RowCase[] = [
  X('部门·市人大常委会办公厅', O, DUTY, '听取审议专项工作报告', '≥', '12', '项', null),
  X('部门·市人大常委会办公厅', O, DUTY, '闭会期间代表建议见面协商率', '≥', '90', '%', null),
  X('部门·市人大常委会办公厅', O, MGMT, '机关运行经费支出', '≤', '上年', null, NN),
  X('部门·市政协办公室', O, DUTY, '组织委员开展民主监督', '≥', '6', '次', null),
  X('部门·市政协办公室', O, DUTY, '重点提案督办协商率', '≥', '90', '%', null),
  X('部门·市政协办公室', O, DUTY, '重点提案督办协商率', '≥', '90', '篇', UVN),
  X('部门·市纪委监委', O, DUTY, '受理检举控告办结率', '≥', '95', '%', null),
  X('部门·市纪委监委', O, DUTY, '受理检举控告办结率', '≥', '60', '%', IMP),
  X('部门·市纪委监委', S, CLIENT, '群众对正风反腐工作满意度', '≥', '90', '%', null),
  X('部门·市委党校', O, DUTY, '完成主体班次培训学员', '≥', '3200', '人次', null),
  X('部门·市委党校', O, MGMT, '年度教学计划执行率', '≥', '95', '%', null),
  X('部门·市委党校', O, DUTY, '主体班学员满意度', '≥', '95', '%', LVN),
  X('部门·市档案馆', O, DUTY, '馆藏婚姻登记档案数字化', '≥', '80', '万画幅', null),
  X('部门·市档案馆', B, SOCIAL, '档案开放利用水平', '定性', '持续提升', null, null),
  X('部门·市统计局', O, DUTY, '统计报表数据差错率', '≤', '1', '%', null),
  X('部门·市统计局', O, DUTY, '统计报表数据差错率', '≥', '1', '%', DIR),
  X('部门·市审计局', O, DUTY, '审计查出问题整改完成率', '≥', '90', '%', null),
  X('部门·市审计局', O, DUTY, '审计查出问题整改完成率', '≥', '30', '%', IMP),
  X('部门·市审计局', O, DUTY, '审计发现问题金额', '≥', '5', '亿元', null),
  X('部门·市审计局', O, DUTY, '审计发现问题金额', '≥', '5', '人', UVN),
  X('部门·市信访局', O, DUTY, '网上信访事项按期办结率', '≥', '60', '%', IMP),
  X('部门·市信访局', O, DUTY, '初信初访后重复信访率', '≤', '10', '%', null),
  X('部门·市信访局', O, DUTY, '初信初访后重复信访率', '≥', '10', '%', DIR),
  X('部门·市信访局', O, MGMT, '信访件超期件数', '≥', '5', '件', DIR),
  X('部门·市机关事务管理局', O, DUTY, '会议中心会议服务保障', '≥', '600', '场次', null),
  X('部门·市妇联', O, DUTY, '受理妇女儿童维权来信来访', '≥', '500', '件', null),
  X('部门·市妇联', O, DUTY, '受理妇女儿童维权来信来访', '≥', '500', '万元', UVN),
  X('部门·团市委', O, DUTY, '募集返家乡社会实践岗位', '≥', '2000', '个', null),
  X('部门·市总工会', S, CLIENT, '工会会员满意度', '≥', '50', '%', SATF),
  X('部门·市科协', O, DUTY, '举办学术交流活动', '≥', '30', '场', null),
  X('部门·市退役军人事务局', S, DUTY, '军休干部服务管理', '≥', '460', '人', LEV, [LVN]),
  X('部门·市民族宗教局', O, MGMT, '局机关一般性支出压减率', '≥', '5', '%', null),
  X('部门·市外办', O, DUTY, '办理APEC商务旅行卡', '≥', '400', '张', null),
  X('部门·市地方志办', O, DUTY, '出版地方志书', '≥', '3', '部', null),
  X('部门·市地方志办', O, DUTY, '出版地方志书', '≥', '3', null, UM),
];
