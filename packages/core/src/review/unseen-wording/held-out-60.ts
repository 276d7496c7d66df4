import { B, CLIENT, DIR, DUTY, IMP, LEV, LVN, NN, O, QVQ, S, SATF, SOCIAL, SUSTAIN, UM, UVN, X, type RowCase } from './case-types';

/**
 * Held-out set 60 (session 24), written before reading the review code and measured as written. The angle is seed 004's kind:
 * the 部门（单位）整体绩效目标表 of party and government organs and public institutions, rows with 指标值 and 指标值说明. Most rows
 * sit on seed 004's own department tree, which no earlier set used (grep of every held-out-*.ts and review-audit-cases-b*.test.ts:
 * 投入管理指标, 工作目标管理, 预算和财务管理, 绩效管理, 重点工作任务完成, 履职目标实现, 履职效益 had no hit) — HELD_OUT_60_TREE, checked in a
 * department_target form beside four clean rows on the same tree; the rest sit on the 2021 department tree (履职效能/管理效率/
 * 社会效应/可持续发展/服务对象满意度) — HELD_OUT_60_DEPT, beside DEPT_BASE. Each row may carry its 指标值说明 (description).
 * Organs: 区人大常委会办公室, 区政协办公室, 区纪委监委机关, 区委组织部, 区委统战部, 区机关事务服务中心, 区委党校, 区档案馆, 区总工会 (seed 004's
 * tree); 区委政法委, 区信访局, 区融媒体中心, 团区委, 区妇联, 区残联 (2021 tree); and 二级单位 of them (人大代表联络服务中心, 职工服务中心,
 * 党员教育中心, 公务用车服务中心, 档案技术服务中心, 网上信访服务中心, 残疾人康复中心, 青少年宫, 妇女儿童活动中心). Earlier sets used
 * 部门·纪委监委/组织部/政法委/党校/总工会/妇联/残联 once each and 代表建议, 提案, 信访 rows in other wording; names found in an earlier
 * file were reworded before measuring. About 60% fine; every defective row carries one defect a 财政局 reviewer returns.
 *
 * Readings chosen before measuring (rules.md §2; earlier sets' readings followed where they speak):
 * - Seed 004's tree is a real province's department template: 投入管理指标 over 工作目标管理/预算和财务管理/绩效管理, 产出指标 over
 *   重点工作任务完成/履职目标实现, 效益指标 over 履职效益/满意度. Rows filed on it are fine on levels; a 二级 of it under another 一级
 *   of it (预算和财务管理 under 效益指标, 履职效益 under 产出指标) is levels; a 满意度 name under 履职效益 is level_vs_name.
 * - Its qualitative management rows (相关, 科学, 合理, 完整, 真实, 合规, 健全, 公开, 规范) are fine; such a row written 定性 with a
 *   number (定性 100%) is qualitative_vs_quantitative, and so is a rate given a word (…及时率 及时, …完成率 完成, …受理率 按期).
 * - The 指标值说明 is read with the value: a 说明 that defines the row as a rate by formula (…=…/…×100%) makes a word value
 *   qualitative_vs_quantitative (会议保障 到位); a 说明 that says the row counts things (…次数, …人次) makes % on it unit_vs_name
 *   (机关食堂食品安全自查 12%, 档案查阅利用服务 95%) and a 说明 defining a rate by formula makes a count unit on it unit_vs_name
 *   (代表建议办理 95件); a 说明 that says lower is better (越低越好, 越短越好) makes ≥ on it direction (复查复核改变率, 投资回收期).
 *   A 说明 that agrees with the value, or only explains the row, changes nothing.
 * - direction: a floor on a bad thing (差错, 违纪违法, 安全隐患, 事故, 命案, 重复信访, 家庭暴力, 偏差, 软弱涣散), on energy use per head,
 *   on 结转结余率 or 预算调整率, on running costs; a ceiling on a good share (整改销号率, 政府采购执行率, 参学率); time that should be
 *   short with ≥. A floor of 100% on a control rate (三公经费控制率 ≥100%) is direction (implausible_target accepted beside).
 * - not_numeric: a spending ceiling at a reference (控制在预算内, ≤年初预算). implausible_target: ≥100% on a share, a positive share
 *   floored in single digits or at 10%. satisfaction: below 90%, or in 分. unit_vs_name: a count in %, a share in a count unit,
 *   a count in money. unit_missing: a count with no unit.
 * - Fine: ≤100% on 三公经费控制率, ≤15% on 结转结余率, dates and time limits (≤5个工作日, ≤30分钟), money ceilings on running costs,
 *   a purchase in 万元 under 履职效能, 群众安全感 in %, =0 on a bad count, qualitative rows on 效益 and 履职效益.
 *
 * First measurement, as written and before reading or changing any review code (a tsx run of the harness's rowCodes on this set
 * alone): 131 rows on seed 004's tree and 70 on the 2021 tree (201; 139 labelled fine, 69.2% — above the ~60% aimed at, recorded
 * as written rather than topped up after seeing the figures):
 *   direction                    tp 16 fp 0 fn 5  precision 100.0%  recall  76.2%
 *   implausible_target           tp 4  fp 0 fn 1  precision 100.0%  recall  80.0%
 *   level_vs_name                tp 2  fp 1 fn 0  precision  66.7%  recall 100.0%
 *   levels                       tp 0  fp 0 fn 2  precision 100.0%  recall   0.0%
 *   not_numeric                  tp 2  fp 0 fn 0  precision 100.0%  recall 100.0%
 *   qualitative_vs_quantitative  tp 5  fp 0 fn 1  precision 100.0%  recall  83.3%
 *   satisfaction                 tp 6  fp 0 fn 0  precision 100.0%  recall 100.0%
 *   unit_missing                 tp 1  fp 0 fn 0  precision 100.0%  recall 100.0%
 *   unit_vs_name                 tp 12 fp 0 fn 5  precision 100.0%  recall  70.6%
 * (Missed levels: seed 004's 二级 under another of its 一级 (财务报销审核准确率 under 效益指标/预算和财务管理, 职工劳动经济权益 under
 * 产出指标/履职效益) — a sheet with 投入管理指标 is off the framework, so no membership was checked; the first raised level_vs_name
 * alone (counted a false alarm). Missed on the 指标值说明: unit_vs_name on 机关食堂食品安全自查 12% (说明: …次数), 提供档案查阅利用
 * 95% (说明: …人次) and 人大代表建议办理 95件 (说明: 办结率=…×100%); qualitative_vs_quantitative on 会议保障 到位 (说明: 到位率=…×100%);
 * direction on 信访事项复查复核改变率 ≥5% (说明: 越低越好) and 节能改造项目投资回收期 ≥5年 (节能 read the name as good). Missed by word
 * class: direction on 新增软弱涣散基层党组织 ≥3个, 车辆年度维修保养费用 ≥60万元, “青年大学习”参学率 ≤90%; implausible_target on
 * 电视频道安全播出率 ≥10%. unit_vs_name on 组织代表视察调研活动 8% and 馆藏纸质档案数字化扫描 60万元: earlier sets' limits, below.)
 * Label re-read after measuring: level_vs_name beside levels on 财务报销审核准确率 under 效益指标 is accepted, as set 55 accepted it on a
 * misfiled 满意度 row (a 准确率 outside 投入管理 points to its home).
 * Fixed by general cause (review-audit-cases-b60.test.ts): the row's 指标值说明 is read with its value (described-measure.ts): a share
 * defined by formula (…=…/…×100%) makes a word value qualitative_vs_quantitative and a count unit unit_vs_name, a first clause naming
 * a count (…次数, …人次) with no share in the 说明 makes % unit_vs_name, and 越低越好/越高越好 gives a neutral name its direction;
 * seed 004's tree is read: 重点工作任务完成/履职目标实现 sit under 产出 and 履职效益 under 效益 (indicator-framework.ts), its 投入管理
 * 二级 (工作目标管理, 预算和财务管理, 绩效管理) are management (check-levels.ts), and on a sheet off the framework a department 二级 under
 * another framework 一级 is levels; branches rated 软弱涣散 are bad and 整顿 acts on them, 参学率/参训率 are good shares, 安全播出率
 * runs near 100%, a fleet's upkeep (车辆…维修保养费) and a payback period (投资回收期) are kept down (name-word-classes.ts,
 * name-fine-classes.ts).
 * Genuine limits (LIMITS in review-unseen-wording.test.ts, asserted in review-audit-cases-b60.test.ts): a bare act in % (组织代表视察
 * 调研活动 8%) may be the share of the year's plan done (set 44's reading); an act on records with no measure word in money (馆藏纸质档案
 * 数字化扫描 60万元) may state what it costs (set 47's reading).
 * After the fixes (201 rows, 139 fine): every code 100% precision and 100% recall with the two limits apart (direction tp 21,
 * unit_vs_name 15, qualitative_vs_quantitative 6, satisfaction 6, implausible_target 5, level_vs_name 2, levels 2, not_numeric 2,
 * unit_missing 1). Every earlier set stays at 0 false alarms.
 */

/** A department target row with its 指标值说明 (null when the form leaves it blank). */
export interface DeptRowCase60 { row: RowCase; description: string | null }
const D = (row: RowCase, description: string | null = null): DeptRowCase60 => ({ row, description });

// Seed 004's department tree.
const IN = '投入管理指标';
const WORK = '工作目标管理';
const BUDG = '预算和财务管理';
const PERF = '绩效管理';
const TASK = '重点工作任务完成';
const GOALR = '履职目标实现';
const BEN = '履职效益';
const SATL = '满意度';
const MGMT = '管理效率';

const EXEC = '预算执行率=（预算完成数/预算数）×100%。预算完成数指部门实际执行的预算数。';
const CARRY = '结转结余率=结转结余总额/预算数×100%。';
const PROC = '政府采购执行率=（实际政府采购金额/政府采购预算数）×100%。';
const ADJ = '预算调整率=（预算调整数-年初预算数）/年初预算数×100%，因落实国家政策或不可抗力产生的调整除外。';
const THREE = '“三公”经费控制率=本年度“三公”经费实际支出数/“三公”经费预算数×100%。';

/** Rows on seed 004's tree, beside four clean rows on the same tree. */
export const HELD_OUT_60_TREE: DeptRowCase60[] = [
  // 区人大常委会办公室
  D(X('部门·区人大办', IN, WORK, '履职目标与常委会工作要点衔接', null, '紧密衔接', null, null), '年度履职目标是否与区人大常委会年度工作要点、部门职责相一致。'),
  D(X('部门·区人大办', IN, WORK, '工作任务科学性', null, '科学', null, null), '工作任务是否有明确的绩效目标，是否能体现工作任务的产出和效果。'),
  D(X('部门·区人大办', IN, BUDG, '全年部门预算执行率', null, '≥90%', null, null), EXEC),
  D(X('部门·区人大办', IN, BUDG, '管理制度健全性', null, '健全', null, null), '是否已制定预算资金管理办法、内部管理制度、会计核算制度等。'),
  D(X('部门·区人大办', O, TASK, '组织常委会全体会议', '≥', '6', '次', null), '全年召开区人大常委会全体会议次数。'),
  D(X('部门·区人大办', O, TASK, '组织代表视察调研活动', '≥', '8', '场次', null)),
  D(X('部门·区人大办', O, TASK, '组织代表视察调研活动', '≥', '8', '%', UVN)),
  D(X('部门·区人大办', O, TASK, '常委会会议材料印发差错', '≥', '1', '处', DIR)),
  D(X('部门·区人大办', O, TASK, '地方性法规草案征求意见反馈', null, '按期反馈', null, null), '按上级人大要求时限反馈法规草案修改意见。'),
  D(X('部门·区人大办', O, TASK, '人大代表履职平台运维经费', '≤', '38', '万元', null)),
  D(X('部门·区人大办', O, GOALR, '人大代表履职培训覆盖率', '≥', '95', '%', null), '参加履职培训的代表人数/代表总数×100%。'),
  D(X('部门·区人大办', O, GOALR, '人大代表建议办理', '≥', '95', '件', UVN), '代表建议按期办结率=按期办结件数/交办件数×100%。'),
  D(X('部门·区人大办', O, GOALR, '人大代表建议办理', '≥', '95', '%', null), '代表建议按期办结率=按期办结件数/交办件数×100%。'),
  D(X('部门·区人大办', B, BEN, '人大监督实效', null, '持续增强', null, null)),
  D(X('部门·区人大办', B, BEN, '人大代表满意度', '≥', '92', '%', LVN)),
  D(X('部门·区人大办', B, SATL, '代表对常委会工作满意度', '≥', '88', '%', SATF)),
  // 区政协办公室
  D(X('部门·区政协办', IN, WORK, '绩效指标合理性', null, '合理', null, null), '绩效指标是否清晰、细化、可评价、可衡量。'),
  D(X('部门·区政协办', IN, BUDG, '结转结余率', '≤', '15', '%', null), CARRY),
  D(X('部门·区政协办', IN, BUDG, '结转结余率', '≥', '15', '%', DIR), CARRY),
  D(X('部门·区政协办', IN, BUDG, '三公经费支出控制率', '≤', '100', '%', null), THREE),
  D(X('部门·区政协办', IN, BUDG, '三公经费支出控制率', '≥', '100', '%', DIR, [IMP]), THREE),
  D(X('部门·区政协办', O, TASK, '审查委员提交提案', '≥', '180', '件', null)),
  D(X('部门·区政协办', O, TASK, '组织专题协商议政会', '≥', '4', '次', null)),
  D(X('部门·区政协办', O, TASK, '社情民意信息报送', '≥', '60', '条', null)),
  D(X('部门·区政协办', O, TASK, '政协文史资料编印', '≥', '1', '册', null)),
  D(X('部门·区政协办', O, GOALR, '委员履职档案建档率', '=', '100', '%', null)),
  D(X('部门·区政协办', O, GOALR, '委员履职档案建档率', '≥', '100', '件', UVN)),
  D(X('部门·区政协办', O, GOALR, '社情民意信息被上级采用', '≥', '15', '条', null)),
  D(X('部门·区政协办', B, BEN, '协商成果转化', '定性', '有效转化', null, null)),
  D(X('部门·区政协办', B, BEN, '协商议政质量', '定性', '95', '%', QVQ)),
  D(X('部门·区政协办', B, BUDG, '财务报销审核准确率', '≥', '98', '%', LEV, [LVN])),
  D(X('部门·区政协办', B, SATL, '政协委员对机关服务满意度', '≥', '95', '%', null), '委员满意度=满意及基本满意人数/调查总人数×100%。'),
  // 区纪委监委机关
  D(X('部门·区纪委监委', IN, BUDG, '政府采购执行率', '≥', '85', '%', null), PROC),
  D(X('部门·区纪委监委', IN, BUDG, '政府采购执行率', '≤', '85', '%', DIR), PROC),
  D(X('部门·区纪委监委', IN, BUDG, '“三公”经费支出总额', null, '控制在预算内', null, NN)),
  D(X('部门·区纪委监委', IN, BUDG, '资金使用合规性', null, '合规', null, null), '是否符合国家财经法规和财务管理制度规定，是否存在截留、挤占、挪用、虚列支出情况。'),
  D(X('部门·区纪委监委', O, TASK, '问题线索分类处置率', '=', '100', '%', null)),
  D(X('部门·区纪委监委', O, TASK, '监督检查发现问题整改销号率', '≥', '95', '%', null)),
  D(X('部门·区纪委监委', O, TASK, '监督检查发现问题整改销号率', '≤', '95', '%', DIR)),
  D(X('部门·区纪委监委', O, TASK, '开展警示教育', '≥', '10', '场', null)),
  D(X('部门·区纪委监委', O, GOALR, '纪检监察干部违纪违法', '≥', '1', '人', DIR)),
  D(X('部门·区纪委监委', O, GOALR, '审查调查案件质量评查合格率', '≥', '10', '%', IMP)),
  D(X('部门·区纪委监委', O, GOALR, '谈话场所安全运行', '定性', '安全无事故', null, null)),
  D(X('部门·区纪委监委', B, BEN, '党风廉政宣传教育', '定性', '持续深化', null, null)),
  D(X('部门·区纪委监委', B, SATL, '党员干部群众对党风廉政建设满意度', '≥', '90', '%', null)),
  // 区委组织部
  D(X('部门·区委组织部', IN, BUDG, '预算调整率', '≤', '20', '%', null), ADJ),
  D(X('部门·区委组织部', IN, BUDG, '预算调整率', '≥', '20', '%', DIR), ADJ),
  D(X('部门·区委组织部', O, TASK, '组织科级干部任职培训', '≥', '3', '期', null)),
  D(X('部门·区委组织部', O, TASK, '干部人事档案专项审核', '≥', '850', '卷', null)),
  D(X('部门·区委组织部', O, TASK, '干部人事档案专项审核', '≥', '850', '%', UVN)),
  D(X('部门·区委组织部', O, TASK, '软弱涣散村党组织整顿转化率', '=', '100', '%', null)),
  D(X('部门·区委组织部', O, TASK, '新增软弱涣散基层党组织', '≥', '3', '个', DIR)),
  D(X('部门·区委组织部', O, GOALR, '发展党员计划执行偏差率', '≥', '5', '%', DIR)),
  D(X('部门·区委组织部', O, GOALR, '村（社区）党组织书记集中轮训覆盖率', '≥', '95', '%', null)),
  D(X('部门·区委组织部', O, GOALR, '按月足额收缴党费', '定性', '应收尽收', null, null)),
  D(X('部门·区委组织部', O, GOALR, '选调生到村任职', '≥', '12', '人', null)),
  D(X('部门·区委组织部', B, BEN, '基层党组织政治功能和组织功能', '定性', '明显增强', null, null)),
  D(X('部门·区委组织部', B, SATL, '基层党员对组织工作满意度', '≥', '80', '%', SATF)),
  // 区委统战部
  D(X('部门·区委统战部', IN, BUDG, '决算编制真实性', null, '真实', null, null), '决算报表数据与会计账簿数据是否一致。'),
  D(X('部门·区委统战部', IN, BUDG, '机关日常运转公用经费', '≤', '年初预算', null, NN)),
  D(X('部门·区委统战部', O, TASK, '开展党外代表人士培训', '≥', '2', '期', null)),
  D(X('部门·区委统战部', O, TASK, '新的社会阶层人士联谊活动', '≥', '4', '次', null)),
  D(X('部门·区委统战部', O, TASK, '统战理论研究课题', '≥', '3', '项', null)),
  D(X('部门·区委统战部', O, GOALR, '民族宗教领域矛盾纠纷排查化解率', '≥', '98', '%', null)),
  D(X('部门·区委统战部', O, GOALR, '宗教活动场所安全隐患', '≥', '3', '处', DIR)),
  D(X('部门·区委统战部', O, GOALR, '民营经济人士思想政治引导', '定性', '持续加强', null, null)),
  D(X('部门·区委统战部', B, BEN, '统一战线凝聚力', '定性', '进一步增强', null, null)),
  D(X('部门·区委统战部', B, SATL, '党外人士对统战工作满意度', '≥', '92', '%', null)),
  // 区机关事务服务中心
  D(X('部门·区机关事务中心', IN, BUDG, '资产管理规范性', null, '规范', null, null), '资产是否及时规范入账，资产实物与财务账、资产账是否相符。'),
  D(X('部门·区机关事务中心', IN, BUDG, '资产管理规范性', '定性', '100', '%', QVQ)),
  D(X('部门·区机关事务中心', O, TASK, '机关办公用房维修改造', '≥', '6', '处', null)),
  D(X('部门·区机关事务中心', O, TASK, '机关食堂食品安全自查', '≥', '12', '次', null), '全年开展机关食堂食品安全自查次数，每月不少于1次。'),
  D(X('部门·区机关事务中心', O, TASK, '机关食堂食品安全自查', '≥', '12', '%', UVN), '全年开展机关食堂食品安全自查次数，每月不少于1次。'),
  D(X('部门·区机关事务中心', O, TASK, '会议保障', '定性', '到位', null, QVQ), '会议保障到位率=按要求完成保障的会议场次/会议总场次×100%。'),
  D(X('部门·区机关事务中心', O, TASK, '机关物业服务合同履约', '定性', '按合同履约', null, null)),
  D(X('部门·区机关事务中心', O, GOALR, '区级公共机构人均能耗', '≤', '380', '千克标准煤/人', null)),
  D(X('部门·区机关事务中心', O, GOALR, '区级公共机构人均能耗', '≥', '380', '千克标准煤/人', DIR)),
  D(X('部门·区机关事务中心', O, GOALR, '公务出行用车调度响应时间', '≤', '30', '分钟', null)),
  D(X('部门·区机关事务中心', O, GOALR, '公务出行用车调度响应时间', '≤', '30', '%', UVN)),
  D(X('部门·区机关事务中心', O, GOALR, '办公用房超标准使用单位', '=', '0', '家', null)),
  D(X('部门·区机关事务中心', B, BEN, '节能改造项目投资回收期', '≥', '5', '年', DIR), '反映节能改造投入收回所需年限，回收期越短越好。'),
  D(X('部门·区机关事务中心', B, SATL, '机关干部职工对后勤服务满意度', '≥', '95', '%', null)),
  // 区委党校
  D(X('部门·区委党校', IN, PERF, '绩效目标编制完成率', null, '100%', null, null), '按要求编制绩效目标的项目数量/应编制绩效目标项目总数×100%。'),
  D(X('部门·区委党校', IN, PERF, '绩效自评完成率', '定性', '完成', null, QVQ), '已完成自评项目数量/部门项目总数×100%。'),
  D(X('部门·区委党校', IN, BUDG, '公务接待费控制率', '≤', '100', '%', null), THREE),
  D(X('部门·区委党校', O, TASK, '主体班次培训', '≥', '12', '期', null)),
  D(X('部门·区委党校', O, TASK, '党校年度轮训学员', '≥', '1500', '人次', null)),
  D(X('部门·区委党校', O, TASK, '精品课程开发', '≥', '6', '门', null)),
  D(X('部门·区委党校', O, GOALR, '学员结业考核通过率', '≥', '98', '%', null)),
  D(X('部门·区委党校', O, GOALR, '学员结业考核通过率', '≥', '98', '人', UVN)),
  D(X('部门·区委党校', O, GOALR, '决策咨询报告获领导批示', '≥', '5', '篇', null)),
  D(X('部门·区委党校', O, GOALR, '教学质量评估优良率', '≥', '90', '%', null)),
  D(X('部门·区委党校', O, GOALR, '党校课堂教学事故', '≥', '1', '起', DIR)),
  D(X('部门·区委党校', B, BEN, '干部理论素养', '定性', '有效提升', null, null)),
  D(X('部门·区委党校', B, SATL, '学员对培训课程满意度', '≥', '90', '分', SATF)),
  // 区档案馆
  D(X('部门·区档案馆', IN, PERF, '绩效监控完成率', '=', '100', '%', null)),
  D(X('部门·区档案馆', IN, PERF, '评价结果应用率', '≥', '100', '%', IMP), '评价提出的意见建议采纳数/提出的意见建议总数×100%。'),
  D(X('部门·区档案馆', O, TASK, '馆藏纸质档案数字化扫描', '≥', '60', '万页', null)),
  D(X('部门·区档案馆', O, TASK, '馆藏纸质档案数字化扫描', '≥', '60', '万元', UVN)),
  D(X('部门·区档案馆', O, TASK, '提供档案查阅利用', '≥', '3200', '人次', null), '全年接待档案查阅利用人次。'),
  D(X('部门·区档案馆', O, TASK, '提供档案查阅利用', '≥', '95', '%', UVN), '全年接待档案查阅利用人次。'),
  D(X('部门·区档案馆', O, TASK, '档案编研成果', '≥', '2', '部', null)),
  D(X('部门·区档案馆', O, GOALR, '馆库温湿度达标率', '≥', '95', '%', null)),
  D(X('部门·区档案馆', O, GOALR, '馆藏档案损毁丢失事件', '=', '0', '起', null)),
  D(X('部门·区档案馆', O, GOALR, '档案信息化系统运维费', '≤', '25', '万元', null)),
  D(X('部门·区档案馆', B, SATL, '到馆利用档案群众满意度', '≥', '90', '%', null)),
  // 区总工会
  D(X('部门·区总工会', IN, BUDG, '专项资金细化率', '≥', '90', '%', null), '已细化到具体单位的资金数/部门参与分配资金总数×100%。'),
  D(X('部门·区总工会', IN, BUDG, '预决算信息公开性', null, '公开', null, null), '是否按规定内容、时限公开预决算信息。'),
  D(X('部门·区总工会', O, TASK, '开展职工技能竞赛', '≥', '8', '项', null)),
  D(X('部门·区总工会', O, TASK, '新建户外劳动者服务站点', '≥', '10', '个', null)),
  D(X('部门·区总工会', O, TASK, '新建户外劳动者服务站点', '≥', '10', '%', UVN)),
  D(X('部门·区总工会', O, TASK, '困难职工建档帮扶', '≥', '260', '户', null)),
  D(X('部门·区总工会', O, TASK, '快递外卖等新就业形态劳动者入会', '≥', '3000', '人', null)),
  D(X('部门·区总工会', O, GOALR, '工会经费拨缴及时率', '≥', '95', '%', null)),
  D(X('部门·区总工会', O, GOALR, '工会经费拨缴及时率', '定性', '及时', null, QVQ)),
  D(X('部门·区总工会', O, GOALR, '职工劳动争议调解成功率', '≥', '8', '%', IMP)),
  D(X('部门·区总工会', O, BEN, '职工劳动经济权益', '定性', '有效维护', null, LEV)),
  D(X('部门·区总工会', B, BEN, '辖区企业劳动关系', '定性', '和谐稳定', null, null)),
  D(X('部门·区总工会', B, SATL, '职工对工会服务满意度', '≥', '93', '%', null)),
  // 二级单位: 人大代表联络服务中心, 职工服务中心, 党员教育中心, 公务用车服务中心, 档案技术服务中心
  D(X('二级·代表联络服务中心', O, TASK, '代表联络站标准化建设', '≥', '15', '个', null)),
  D(X('二级·代表联络服务中心', O, TASK, '代表联络站接待群众', '≥', '1200', '人次', null)),
  D(X('二级·代表联络服务中心', O, GOALR, '群众意见建议转办率', '≥', '95', '%', null)),
  D(X('二级·职工服务中心', O, TASK, '职工法律援助', '≥', '150', '件', null)),
  D(X('二级·职工服务中心', O, GOALR, '职工服务热线接通率', '≥', '9', '%', IMP)),
  D(X('二级·党员教育中心', O, TASK, '党员教育电视片制作', '≥', '6', '部', null)),
  D(X('二级·党员教育中心', O, GOALR, '远程教育站点终端完好率', '≥', '95', '%', null)),
  D(X('二级·公务用车服务中心', O, GOALR, '公务车辆交通责任事故', '=', '0', '起', null)),
  D(X('二级·公务用车服务中心', IN, BUDG, '车辆年度维修保养费用', '≤', '60', '万元', null)),
  D(X('二级·公务用车服务中心', IN, BUDG, '车辆年度维修保养费用', '≥', '60', '万元', DIR)),
  D(X('二级·档案技术服务中心', O, GOALR, '档案数字化成果质检合格率', '≥', '98', '%', null)),
  D(X('二级·档案技术服务中心', O, GOALR, '档案数字化成果质检合格率', '≥', '98', '页', UVN)),
];

/** Rows on the 2021 department tree, beside DEPT_BASE. */
export const HELD_OUT_60_DEPT: DeptRowCase60[] = [
  // 区委政法委
  D(X('部门·区委政法委', O, DUTY, '综治中心规范化建设', '≥', '12', '个', null)),
  D(X('部门·区委政法委', O, DUTY, '网格员业务培训', '≥', '2', '期', null)),
  D(X('部门·区委政法委', O, DUTY, '命案发案', '≥', '1', '起', DIR)),
  D(X('部门·区委政法委', O, DUTY, '重大矛盾纠纷排查化解率', '≥', '95', '%', null)),
  D(X('部门·区委政法委', O, DUTY, '重大矛盾纠纷排查化解率', '≥', '95', '件', UVN)),
  D(X('部门·区委政法委', O, DUTY, '见义勇为人员奖励慰问', '≥', '20', '人', null)),
  D(X('部门·区委政法委', O, DUTY, '执法监督案件评查', '≥', '60', '件', null)),
  D(X('部门·区委政法委', O, MGMT, '全年部门预算执行率', '≥', '92', '%', null), EXEC),
  D(X('部门·区委政法委', B, SOCIAL, '人民群众安全感', '≥', '95', '%', null)),
  D(X('部门·区委政法委', B, SUSTAIN, '政法队伍执法司法规范化', '定性', '明显提升', null, null)),
  D(X('部门·区委政法委', S, CLIENT, '政法委服务对象满意度', '≥', '95', '%', null)),
  // 区信访局
  D(X('部门·区信访局', O, DUTY, '来访群众接待', '≥', '5000', '人次', null)),
  D(X('部门·区信访局', O, DUTY, '初信初访事项首次办理化解率', '≥', '85', '%', null)),
  D(X('部门·区信访局', O, DUTY, '信访事项复查复核改变率', '≥', '5', '%', DIR), '复查复核中原处理意见被变更的比例，反映初信初访办理质量，比例越低越好。'),
  D(X('部门·区信访局', O, DUTY, '信访事项复查复核改变率', '≤', '5', '%', null), '复查复核中原处理意见被变更的比例，反映初信初访办理质量，比例越低越好。'),
  D(X('部门·区信访局', O, DUTY, '重复信访人次', '≥', '100', '人次', DIR)),
  D(X('部门·区信访局', O, DUTY, '区级领导干部公开接访日', '≥', '24', '次', null)),
  D(X('部门·区信访局', O, DUTY, '信访事项网上办理率', '≥', '90', '%', null)),
  D(X('部门·区信访局', O, DUTY, '来信来访事项按期受理率', '定性', '按期', null, QVQ)),
  D(X('部门·区信访局', O, DUTY, '赴市以上越级上访批次', '=', '0', '批', null)),
  D(X('部门·区信访局', O, MGMT, '结转结余资金占比', '≤', '10', '%', null), CARRY),
  D(X('部门·区信访局', S, CLIENT, '信访人对办理结果满意度', '≥', '85', '%', SATF)),
  // 区融媒体中心
  D(X('部门·区融媒体中心', O, DUTY, '全媒体新闻稿件发布', '≥', '6000', '条', null)),
  D(X('部门·区融媒体中心', O, DUTY, '客户端日均活跃用户', '≥', '2', '万人', null)),
  D(X('部门·区融媒体中心', O, DUTY, '客户端日均活跃用户', '≥', '2', '%', UVN)),
  D(X('部门·区融媒体中心', O, DUTY, '新闻报道差错', '≥', '1', '次', DIR)),
  D(X('部门·区融媒体中心', O, DUTY, '重大主题报道策划', '≥', '12', '组', null)),
  D(X('部门·区融媒体中心', O, DUTY, '电视频道安全播出率', '≥', '99.9', '%', null)),
  D(X('部门·区融媒体中心', O, DUTY, '电视频道安全播出率', '≥', '10', '%', IMP)),
  D(X('部门·区融媒体中心', O, DUTY, '演播室设备更新', '≤', '120', '万元', null)),
  D(X('部门·区融媒体中心', O, MGMT, '安全播出', '定性', '零事故', null, null)),
  D(X('部门·区融媒体中心', B, SOCIAL, '主流舆论影响力', '定性', '持续扩大', null, null)),
  D(X('部门·区融媒体中心', S, CLIENT, '受众对新闻宣传满意度', '≥', '90', '%', null)),
  // 团区委
  D(X('部门·团区委', O, DUTY, '组织青年志愿服务', '≥', '80', '场', null)),
  D(X('部门·团区委', O, DUTY, '年度新发展团员数', '≥', '300', '名', null)),
  D(X('部门·团区委', O, DUTY, '年度新发展团员数', '≥', '300', '%', UVN)),
  D(X('部门·团区委', O, DUTY, '“青年大学习”参学率', '≥', '90', '%', null)),
  D(X('部门·团区委', O, DUTY, '“青年大学习”参学率', '≤', '90', '%', DIR)),
  D(X('部门·团区委', O, DUTY, '大学生暑期社会实践岗位', '≥', '200', '个', null)),
  D(X('部门·团区委', B, SOCIAL, '青少年权益维护', '定性', '有力', null, null)),
  D(X('部门·团区委', B, SOCIAL, '青年群体对共青团工作满意度', '≥', '92', '%', LVN)),
  D(X('部门·团区委', S, CLIENT, '青年群体对共青团工作满意度', '≥', '92', '%', null)),
  // 区妇联
  D(X('部门·区妇联', O, DUTY, '开展“两癌”筛查宣传', '≥', '30', '场', null)),
  D(X('部门·区妇联', O, DUTY, '妇女创业就业技能培训', '≥', '800', '人次', null)),
  D(X('部门·区妇联', O, DUTY, '巾帼家政服务培训合格率', '≥', '90', '%', null)),
  D(X('部门·区妇联', O, DUTY, '巾帼家政服务培训合格率', '≥', '90', '人次', UVN)),
  D(X('部门·区妇联', O, DUTY, '家庭暴力伤害事件', '≥', '10', '起', DIR)),
  D(X('部门·区妇联', O, DUTY, '新建社区儿童之家', '≥', '20', '个', null)),
  D(X('部门·区妇联', O, DUTY, '婚姻家庭纠纷调处', '≥', '100', '件', null)),
  D(X('部门·区妇联', B, SOCIAL, '妇女儿童合法权益', '定性', '有效维护', null, null)),
  D(X('部门·区妇联', S, CLIENT, '妇女群众满意度', '≥', '88', '%', SATF)),
  // 区残联
  D(X('部门·区残联', O, DUTY, '有需求持证残疾人康复服务覆盖率', '≥', '85', '%', null)),
  D(X('部门·区残联', O, DUTY, '适配基本型辅助器具', '≥', '400', '件', null)),
  D(X('部门·区残联', O, DUTY, '困难残疾人生活补贴发放', '定性', '按时足额', null, null)),
  D(X('部门·区残联', O, DUTY, '残疾人职业技能提升培训', '≥', '150', '人', null)),
  D(X('部门·区残联', O, DUTY, '残疾人职业技能提升培训', '≥', '150', null, UM)),
  D(X('部门·区残联', O, DUTY, '重度残疾人家庭居家无障碍改造', '≥', '200', '户', null)),
  D(X('部门·区残联', O, DUTY, '第三代残疾人证核发时限', '≤', '5', '个工作日', null)),
  D(X('部门·区残联', O, DUTY, '第三代残疾人证核发时限', '≥', '5', '个工作日', DIR)),
  D(X('部门·区残联', O, MGMT, '残疾人两项补贴精准发放率', '=', '100', '%', null)),
  D(X('部门·区残联', S, CLIENT, '残疾人家庭满意度', '≥', '90', '%', null)),
  // 二级单位: 网上信访服务中心, 残疾人康复中心, 青少年宫, 妇女儿童活动中心
  D(X('二级·网上信访服务中心', O, DUTY, '网上信访件转送时限', '≤', '3', '个工作日', null)),
  D(X('二级·网上信访服务中心', O, DUTY, '网上信访件转送时限', '≤', '3', '件', UVN)),
  D(X('二级·残疾人康复中心', O, DUTY, '0-6岁残疾儿童抢救性康复', '≥', '120', '人', null)),
  D(X('二级·残疾人康复中心', O, DUTY, '康复训练目标达成率', '≥', '85', '%', null)),
  D(X('二级·残疾人康复中心', S, CLIENT, '家长对康复服务满意度', '≥', '90', '分', SATF)),
  D(X('二级·青少年宫', O, DUTY, '公益性青少年课程', '≥', '40', '门', null)),
  D(X('二级·青少年宫', O, DUTY, '课程开课率', '≥', '95', '个', UVN)),
  D(X('二级·妇女儿童活动中心', O, DUTY, '公益活动开展', '≥', '50', '场', null)),
  D(X('二级·妇女儿童活动中心', O, DUTY, '场馆免费开放时长', '≥', '2000', '小时', null)),
];
