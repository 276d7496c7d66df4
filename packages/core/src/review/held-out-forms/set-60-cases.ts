import type { FormCase } from './form-case-types';
import { SET60_LAND_CASES, SET60_MUNICIPAL_CASES } from './set-60-municipal-land-target-forms';
import { SET60_INSURANCE_CASES, SET60_WELFARE_CASES } from './set-60-welfare-insurance-target-forms';

/**
 * Held-out set 60F (session 26): 2026年部门整体支出绩效目标表 whose 年度主要任务 (任务名称 | 主要内容 | 预算金额) must be carried by
 * the indicators, aimed at goal_vs_indicators and coverage. Four units no earlier set used: 区市政设施管理中心 (Z, 2021 framework on
 * 100, 3860 = 基本1260 + 项目2600), 区土地整治中心 (T, 2021 framework on 100, 5200 = 基本480 + 项目4720), 区社会福利院 (B, seed 004's
 * tree, 1980 = 政府1680 + 单位300 = 基本1120 + 项目860) and 区社会保险事务中心 (S, seed 004's tree, 1460 = 基本980 + 项目480). All 50
 * forms (27 fine) were written before reading any code under review/ (only earlier sets' data files and headers, for the house's
 * readings and to keep areas new).
 *
 * Readings (written before measuring):
 * - goal_vs_indicators, form-level (field not fixed) for a task: a task's figure that its row states otherwise (易涝点15 / 12处,
 *   宜机化9000 / 8000亩, 培训400 / 300人次, 宣传不少于80 / ≥60场; a row changed so the task's and goal's figure differ: 人行道板
 *   1.0 / 1.2万平方米, 新增耕地500 / 600亩) or that no row states (第三代社保卡5万张, 追回资金不少于150万元); a task with money and
 *   no figure that no row touches at all (智慧市政平台运维180万元; 院内医务室运行80万元 on a tree where every other task has its
 *   完成率 row; 土地整治项目监管100万元 once its 监管覆盖率 row is gone); indicators that all measure one task while the others,
 *   with their money, have none (every 产出 row on roads beside bridge, drainage and manhole tasks in general words; every 产出 row
 *   on 复垦 beside 宜机化8000亩 / 机耕道25公里 / 新增耕地600亩). On the goal (field goal): the goal's figure stated otherwise by its
 *   row (稽核1000 / 800户, 孤残儿童50 / 45名), and a 满意度 promise with no 满意度 row.
 * - coverage (field indicators): no 满意度 row (replaced by 投诉办结率); no 效益 row (only 产出, 投入管理 and a 满意度 一级); neither
 *   效益 nor 满意度. A 满意度 二级 named 社会公众满意度指标 is a 满意度 row.
 * - budget_arithmetic, form-level: task money above the 部门预算总额 (2800 typed for 1500: 3900 of 3860; 3100: 5220 of 5200; a
 *   机构运行 line 1220: 2080 of 1980; 1080: 1560 of 1460); on the goal: 其中项目支出4920万元 against the structure's 4720.
 * - Quiet: a task carried by a row in other words (疏通清淤雨污水管道 / 管网疏掏长度, 更新人行道铺装 / 人行道板更换面积, 宜机化整治 /
 *   宜机化改造面积, 补充耕地 / 新增耕地面积, 生产便道（机耕道）); a count per item × items (38座桥梁每座4个 / 152个, 每人每年体检1次 /
 *   260人次, 每个村2.5公里 × 10个村 / 25公里); 不少于 / 不低于 in a task beside ≥ rows; a task carried by a 效益 row (基本医疗服务
 *   保障) or a 满意度 row (窗口服务提质 / 经办窗口服务满意度) or a 完成率 row (桥梁隧道定期检测完成率); figures that are document
 *   numbers, standards or dates (CJJ 99-2017, 区城管发〔2026〕3号, 渝府令〔2023〕363号, 民政部令第55号, 人社部发〔2026〕3号, 5月31日前,
 *   第一批); places where the work lies (在5个镇10个村); a population sampled from (全区1.2万户参保单位中抽取800户); a 机构运行 line of
 *   基本支出 stating its staff (在编职工86人 / 38人) with no row; 12.6万人 beside a row of 126000人; 40公顷（600亩） beside 600亩;
 *   a goal sentence in general words (兜住兜准兜牢民生底线); task lists with the 基本支出 line adding up to the total.
 *
 * As first measured (50 forms, 27 fine; before reading any code under review/):
 *   code                        tp  fp  fn  precision recall
 *   budget_arithmetic            5   0   0  100%     100%
 *   coverage                     3   0   0  100%     100%
 *   goal_vs_indicators           9   7   7   56%      56%
 *   False alarms per fine form: 6 of 27 fine forms raised goal_vs_indicators (0.22 a fine form), plus B09 (a budget case) for
 *   the same cause as B10: a count per item (每座4个 beside 38座 / 152个, 每个村2.5公里 beside 25公里, 每人每年1次 beside 260人次:
 *   Z06, T03, B05), the staff of a 机构运行 line of 基本支出 (在编职工38人 / 86人: T08, B09, B10) and the pool a sample is drawn
 *   from (从全区1.2万户参保单位中抽取800户: S11). Misses: every task with money and no figure that no row touches (Z03 平台运维,
 *   T04 项目监管, B03 医务室运行) and the rows all on one task beside general tasks (Z08); a new task's figure (第三代社保卡5万张,
 *   S03) and money recovered (追回…不少于150万元, S06) no row states; a goal's 满意度90% beside no 满意度 row (Z13), carried by a
 *   90% row of another measure. coverage and budget_arithmetic: every case found, nothing raised on a fine form.
 * No label of this set was changed after reading the code.
 * General causes, fixed by meaning (guards in review-audit-cases-f60.test.ts, on a 区水文水资源勘测站 form):
 * - check-task-rows.ts (new): a department's 年度主要任务 with money whose name shares no word with any row's name or 指标值说明,
 *   and whose content states no figure a row carries, is goal_vs_indicators on the task's name (all such tasks in one finding).
 *   Generic words (开展, 建设, 保障, 运行, 院内, 农村, 设施…) cut the name first; a word of the unit's own name is its field, not
 *   the task's, where two tasks or three rows use it (市政 of 区市政设施管理中心); 基本支出 lines (机构运行保障), parts and totals,
 *   tasks without money and tasks named only in generic words are left alone.
 * - goal-carried.ts carriedPerItem: a figure per item (每座…4个, 每个村…2.5公里, 每人每年…1次, 每个水文站…2套) is carried by its
 *   total over the count of those items the same text states (38座, 10个村, 260名 — in 人次 per head —, 水文站12个).
 * - goal-quantities.ts: the unit's own staff (在编职工86人, 在职人员, 核定编制30名) and the pool a sample is drawn from (从全区1.2万户
 *   参保单位中抽取…) are no count delivered; money recovered (追回/追缴/挽回/清缴…万元) is a result even where it names 资金 or 基金;
 *   counts in 万张/万本/万条/万辆… are read; a 满意度 level (市民满意度达到90%) is read like a rate.
 * - goal-carried.ts carriesValue: a satisfaction level the goal promises is carried by a 满意度 row only, not by a 90% of another
 *   measure.
 * - check-outcome.ts: a 其中 heading a list governs every item after 、 (其中为农民工李某、张某、杨某追回工资18.6万元 is a part), which
 *   the recovered-money reading surfaced on S53-N08.
 * Earlier labels touched (each commented in its file): S22-D22, S24-D12, S24-D35, S37-A03 — a task added as the vehicle of another
 * defect has money and no row, now reported; optional there. S52-V11 — the row replaced was the 病死畜禽无害化处理 task's only row,
 * so the task is now reported as unmeasured; optional beside the recorded row-level limit.
 * After (50 registered, 27 fine): budget_arithmetic 5/0/0, coverage 3/0/0, goal_vs_indicators 16/0/0 (0 false alarms on 27 fine
 * forms); every earlier set unchanged (review-held-out-forms.test.ts 0 fp / 0 fn). No limit left from this set.
 */
/**
 * Lead's check after the set, on the corpus's 部门整体 forms (the importer's answer keys, written for layouts, not for review): the
 * task rule as first written flagged 35 tasks there, about 10 of them unmeasured (大气污染防治 beside 空气质量优良天数比例,
 * 农村人居环境整治 beside 户厕改造 were measured in other words). It now speaks only where most 产出 rows share a word with some
 * task (the rows speak the tasks' words, so a task none touches is a gap, not a vocabulary difference) and knows a few
 * families of words for one work (check-task-rows.ts): 4 tasks flagged there, each unmeasured; this set unchanged.
 */
export const SET60_CASES: FormCase[] = [...SET60_MUNICIPAL_CASES, ...SET60_LAND_CASES, ...SET60_WELFARE_CASES, ...SET60_INSURANCE_CASES];
