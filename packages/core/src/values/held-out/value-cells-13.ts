/**
 * Held-out value cells (set 13, session 20): 完成值 written at year end by units in a hurry, and targets copied out of
 * 申报 systems, keyed by hand from rules.md §1, forms.md (Indicator: comparator, target, unit), the README's "Decisions"
 * and the readings of sets 1–12 BEFORE the value parser's or the scorer's code was read. Wordings sets 1–12 did not use
 * (each cell checked against those files): the system's bracketed labels (`（省考核指标）`, `（百分制）`, `（法定时限60天）`,
 * `（新建6个、改扩建4个）`), per-base leads (`每千人口≥3.2张`), ratios with 比 and full-width colons, grades with 及以上,
 * references with a share (`≤上年水平的95%`), amounts in 亿 / 万 / 万㎡ without and against a column, and completion
 * sentences pasted as targets. Actuals: a completion figure followed by a change (`…，较上年提高1.2个百分点`), a total
 * with its 其中, an amount and its beneficiaries in one sentence, a verdict and its figure (`未达标（92%）`,
 * `已完成，验收合格率100%`), plan and actual in one cell (`（计划12期，实际12期）`, `目标100，实际126`), figures in
 * another unit of the row's kind (万元 / 元, 亩 / 公顷, 小时 / 天) and percentages of a percentage target. A data table,
 * so longer than the house limit on purpose. Harness: values-held-out.test.ts (VALUES_REPORT=1 prints the table).
 *
 * Readings set 13 had to choose (each row that leans on one says so):
 * - 每千人口 / 每万人 / 每百户 before a figure is a per-base count as 每月 is a per-period one (set 1 `每季度不少于2次` is
 *   `>=` 2 `次/季度`): `每千人口≥3.2张` is `>=` 3.2 `张/千人口`; the unit column wins as always (forms.md).
 * - A share of a reference (`≤上年水平的95%`, `不低于全省平均水平的90%`) carries a figure with its unit after the sign:
 *   text (README "Values typed in Word": `高于全省平均2个百分点`).
 * - `1:1.5`, `1：1.5`, `1比1.5` are ratios: text (set 1 `1:15`); after a sign a reference (set 1 `≥1:1`).
 * - `A级及以上` is a grade, text (`二级及以上` is `>=` 2 级: set 2 keys 二级 as 2 级); `达到三级甲等标准` is 达到 + a reference (README "定性 with a comparator word").
 * - A completion sentence pasted as a target (`实际完成98.6%`, `已完成`, `按计划完成`) is text (README "Actuals reported
 *   after a short lead": targets are unchanged).
 * - An actual that states plan and actual (`（计划12期，实际12期）`, `目标100，实际126`, `目标95%/实际97%`) is the 实际 figure;
 *   a verdict before a bracketed figure (`基本达标（88%）`) is that figure, as `达标（98.6%）` is (README); a negated one
 *   (`未达标（92%）`, `未完成（85%）`) keeps the 完成值 non-numeric (README; first keyed as the figure, RE-LABELLED).
 * - A percentage of the target (`为目标值的103%`, `完成目标的98%`) under a % row is no rate of the row: no number, as a
 *   careful reader would have to guess whether 98% of 95% is meant.
 *
 * Actual cells are read as sets 3–12 read them (readActualInUnit with a digit, else actualInWords or a share in words).
 *
 * First measured (before the values or scoring code was read, 2026-11-24, session 20; 201 targets + 60 actuals), exact
 * match per category: remarks 31/32 · references 21/22 · per-base 1/12 · ratios 10/10 · grades 16/17 · amounts 26/26 ·
 *   changes 12/12 · sentences 16/16 · deadlines 10/10 · units 20/20 · nature 10/12 · text 12/12 · actual-clauses 14/14 ·
 *   actual-plan 6/10 · actual-verdicts 8/10 · actual-units 15/16 · actual-shares 7/10 · all 235/261 (90.0%).
 * Labels re-read (each says RE-LABELLED): `二级及以上` (set 2 keys 二级 as 2 级), 指标性质 ≤ with `上年水平的95%` (set 1: the
 *   sign wins over words), `未达标（92%）` and `未完成（85%）` (README and read-actual-in-unit.test.ts: a negated lead keeps
 *   the 完成值 non-numeric). Left: `控制在申报预算范围内` read `<=` 申报预算范围内, as set 2 left `控制在预算范围内`
 *   (the code's reading is arguably right by rules.md §1's 控制在…以内).
 * The reader's misses: 每千人口 / 每万人 / 每户 / 每村 leads unknown (text), `约束性指标` taken for an estimate (约),
 *   `按计划完成（计划12期，实际12期）` and `超额完成（目标100，实际126）` (plan and actual in the bracket) and `按计划完成（12期）`
 *   (按计划 taken for a plan), `2.3亿元` under 万元 read 22999.999999999996, `由95%提高到98.6%` unread, and a share of a
 *   reference level (`上年水平的93%`, `全省平均水平的105%`) read as the rate.
 * After the fix (general causes; cases in year-end-slips.test.ts): parse-value.ts (per-base lead beside the period lead,
 *   约束 / 预约 / 节约 no estimate); scoring/read-actual-in-unit.ts (a bracket with plan and actual read as its clauses,
 *   按计划 no plan, 由X提高到Y, a share of a reference level, magnitudes scaled up by a whole factor). Every category 100%
 *   but references 21/22 · all 260/261; sets 1–12 unchanged.
 */

import type { TargetCase } from './value-cells-1';
import type { ActualInUnitCase } from './value-cells-3';

const Q = 'qualitative';

export const TARGET_CASES_13: readonly TargetCase[] = [
  // ── bracketed labels a 申报 system prints after the value ─────────────────────────────────────────
  ['remarks', null, '≥95%（省考核指标）', null, '>=', '95', '%', 'README: a bracketed remark is left out'],
  ['remarks', null, '≥95%（省考核指标）', '%', '>=', '95', '%'],
  ['remarks', null, '≥98%（国家考核指标）', null, '>=', '98', '%'],
  ['remarks', null, '≥90%（市级考核指标）', null, '>=', '90', '%'],
  ['remarks', null, '100%（约束性指标）', null, '=', '100', '%'],
  ['remarks', null, '≥85%（预期性指标）', null, '>=', '85', '%'],
  ['remarks', null, '≥90分（百分制）', null, '>=', '90', '分'],
  ['remarks', null, '≥90分（百分制）', '分', '>=', '90', '分'],
  ['remarks', null, '≥4.5分（5分制）', null, '>=', '4.5', '分'],
  ['remarks', null, '≥4.5分（满分5分）', null, '>=', '4.5', '分'],
  ['remarks', null, '≤30天（法定时限60天）', null, '<=', '30', '天'],
  ['remarks', null, '≤30天（法定时限60天）', '天', '<=', '30', '天'],
  ['remarks', null, '≤10个工作日（法定20个工作日）', null, '<=', '10', '个工作日'],
  ['remarks', null, '≤5个工作日（承诺时限）', null, '<=', '5', '个工作日'],
  ['remarks', null, '10个（新建6个、改扩建4个）', null, '=', '10', '个', 'README: a bracketed remark is left out'],
  ['remarks', null, '10个（新建6个、改扩建4个）', '个', '=', '10', '个'],
  ['remarks', null, '≥12所（其中新建3所）', null, '>=', '12', '所'],
  ['remarks', null, '1,286人次（其中线上420人次）', null, '=', '1286', '人次'],
  ['remarks', null, '≥2000户（其中脱贫户500户）', null, '>=', '2000', '户'],
  ['remarks', null, '≥95%（2025年度）', null, '>=', '95', '%'],
  ['remarks', null, '≥95%（按年度考核）', '%', '>=', '95', '%'],
  ['remarks', null, '≥98%（全口径）', null, '>=', '98', '%'],
  ['remarks', null, '≤8%（不含政策性因素）', null, '<=', '8', '%'],
  ['remarks', null, '12期（每月1期）', null, '=', '12', '期'],
  ['remarks', null, '≥6次（每两月1次）', null, '>=', '6', '次'],
  ['remarks', null, '≥1.2万人次（全年累计）', null, '>=', '1.2', '万人次'],
  ['remarks', null, '≥500亩（高标准农田）', null, '>=', '500', '亩'],
  ['remarks', null, '≥3家（市级以上）', null, '>=', '3', '家'],
  ['remarks', null, '100%（应检尽检）', '%', '=', '100', '%'],
  ['remarks', null, '≥95%【省考核指标】', null, '>=', '95', '%', 'a square bracket is a bracket'],
  ['remarks', null, '≥95%[省考核指标]', null, '>=', '95', '%'],
  ['remarks', null, '≥95%(省考核指标)', null, '>=', '95', '%'],
  // ── references ─────────────────────────────────────────────────────────────────────────────────
  ['references', null, '≤上年水平的95%', null, Q, '≤上年水平的95%', null, 'reading: a share of a reference is text'],
  ['references', null, '≤上年水平的95%', '%', Q, '≤上年水平的95%', '%'],
  ['references', null, '不低于全省平均水平的90%', null, Q, '不低于全省平均水平的90%', null],
  ['references', null, '不超过上年的1.05倍', null, Q, '不超过上年的1.05倍', null],
  ['references', null, '不低于全省平均水平', null, '>=', '全省平均水平', null, 'rules.md §1: a reference after a sign'],
  ['references', null, '不低于全省平均水平', '%', '>=', '全省平均水平', '%'],
  ['references', null, '不低于全市平均水平', null, '>=', '全市平均水平', null],
  ['references', null, '不高于全国平均水平', null, '<=', '全国平均水平', null],
  ['references', null, '≥全国平均水平', null, '>=', '全国平均水平', null],
  ['references', null, '不低于上年完成值', null, '>=', '上年完成值', null],
  ['references', null, '≤上年度', null, '<=', '上年度', null],
  ['references', null, '达到三级甲等标准', null, '>=', '三级甲等标准', null, 'README: 达到 then a reference'],
  ['references', null, '达到二级甲等标准', null, '>=', '二级甲等标准', null],
  ['references', null, '达到国家一级标准', null, '>=', '国家一级标准', null],
  ['references', null, '达到省级标准化建设标准', null, '>=', '省级标准化建设标准', null],
  ['references', null, '不低于省定考核标准', null, '>=', '省定考核标准', null],
  ['references', null, '≤省定限额', null, '<=', '省定限额', null],
  ['references', null, '不超过批复概算', null, '<=', '批复概算', null],
  ['references', null, '≤批复预算', null, '<=', '批复预算', null],
  ['references', null, '控制在批复概算以内', null, '<=', '批复概算', null, 'rules.md §1: 控制在…以内'],
  ['references', null, '控制在申报预算范围内', null, Q, '控制在申报预算范围内', null, 'no 以内: a sentence'],
  ['references', null, '符合三级甲等标准', null, Q, '符合三级甲等标准', null, 'README: 符合 is no comparator'],
  // ── per-base counts ────────────────────────────────────────────────────────────────────────────
  ['per-base', null, '每千人口≥3.2张', null, '>=', '3.2', '张/千人口', 'reading: a per-base lead as 每月 (set 1)'],
  ['per-base', null, '每千人口≥3.2张', '张/千人', '>=', '3.2', '张/千人', 'forms.md: the unit column wins'],
  ['per-base', null, '每千人口不少于3.2张', null, '>=', '3.2', '张/千人口'],
  ['per-base', null, '每千人口≥4.5名', null, '>=', '4.5', '名/千人口'],
  ['per-base', null, '每万人口≥3.5名', null, '>=', '3.5', '名/万人口'],
  ['per-base', null, '每万人≥2个', null, '>=', '2', '个/万人'],
  ['per-base', null, '每百户≥1.5台', null, '>=', '1.5', '台/百户'],
  ['per-base', null, '每村1名', null, '=', '1', '名/村'],
  ['per-base', null, '每村不少于1名', null, '>=', '1', '名/村'],
  ['per-base', null, '每校≥2人', null, '>=', '2', '人/校'],
  ['per-base', null, '每户不超过3000元', null, '<=', '3000', '元/户'],
  ['per-base', null, '每人每年≥40学时', null, Q, '每人每年≥40学时', null, 'two bases: no one unit a reader would write'],
  // ── ratios ─────────────────────────────────────────────────────────────────────────────────────
  ['ratios', null, '1:1.5', null, Q, '1:1.5', null, 'set 1: a ratio is text'],
  ['ratios', null, '1:1.5', '%', Q, '1:1.5', '%'],
  ['ratios', null, '1：1.5', null, Q, '1：1.5', null],
  ['ratios', null, '1比1.5', null, Q, '1比1.5', null],
  ['ratios', null, '1:0.8', null, Q, '1:0.8', null],
  ['ratios', null, '≥1:1.5', null, '>=', '1:1.5', null, 'set 1: a sign before a ratio is a reference'],
  ['ratios', null, '≤1:0.5', null, '<=', '1:0.5', null],
  ['ratios', null, '不低于1:1', null, '>=', '1:1', null],
  ['ratios', null, '配套比例1:1', null, Q, '配套比例1:1', null],
  ['ratios', null, '师生比1:15', null, Q, '师生比1:15', null],
  // ── grades and scores ─────────────────────────────────────────────────────────────────────────
  ['grades', null, 'AA级', '级', Q, 'AA级', '级'],
  ['grades', null, 'A级及以上', null, Q, 'A级及以上', null, 'reading: a grade is text'],
  ['grades', null, '二级及以上', null, '>=', '2', '级', 'RE-LABELLED (was text): set 2 keys 二级 as 2 级'],
  ['grades', null, '三级乙等及以上', '等级', Q, '三级乙等及以上', '等级'],
  ['grades', null, 'AAAA级', null, Q, 'AAAA级', null],
  ['grades', null, '良好等次', null, Q, '良好等次', null],
  ['grades', null, '优良等次', null, Q, '优良等次', null],
  ['grades', null, '合格等次', '%', Q, '合格等次', '%'],
  ['grades', null, '≥A级', null, '>=', 'A级', null, 'rules.md §1: a reference after a sign'],
  ['grades', null, '达到A级', null, '>=', 'A级', null],
  ['grades', null, '达到良好', null, '>=', '良好', null],
  ['grades', null, '90分及以上', null, '>=', '90', '分', 'set 1: 及以上'],
  ['grades', null, '不低于85分', null, '>=', '85', '分'],
  ['grades', null, '≥85分', '分值', '>=', '85', '分值'],
  ['grades', null, '≥90（百分制）', null, '>=', '90', null, 'no unit written: the bracket is a remark'],
  ['grades', null, '≥90（百分制）', '分', '>=', '90', '分'],
  ['grades', null, '90分（满分100分）', null, '=', '90', '分'],
  // ── amounts in 亿 / 万 / 万㎡ ───────────────────────────────────────────────────────────────────
  ['amounts', null, '2.3亿元', null, '=', '2.3', '亿元'],
  ['amounts', null, '2.3亿元', '万元', '=', '23000', '万元', 'set 4: converted into the column’s magnitude'],
  ['amounts', null, '≤2.3亿元', '万元', '<=', '23000', '万元'],
  ['amounts', null, '≤2.3亿元', '亿元', '<=', '2.3', '亿元'],
  ['amounts', null, '3500万', null, '=', '3500', '万', 'set 1: 1.2万'],
  ['amounts', null, '3500万', '万元', '=', '3500', '万元'],
  ['amounts', null, '≤3500万', '万元', '<=', '3500', '万元'],
  ['amounts', null, '≤3500万', '元', '<=', '3500', '万元', 'set 12: ≤50万 under 元'],
  ['amounts', null, '3,500万元', '亿元', '=', '0.35', '亿元', 'converted into the column'],
  ['amounts', null, '1.2万㎡', null, '=', '1.2', '万㎡'],
  ['amounts', null, '≥1.25万㎡', '万㎡', '>=', '1.25', '万㎡'],
  ['amounts', null, '≥1.2万平方米', null, '>=', '1.2', '万平方米'],
  ['amounts', null, '≤8.5万元/公里', null, '<=', '8.5', '万元/公里'],
  ['amounts', null, '≤8.5万元/公里', '万元/公里', '<=', '8.5', '万元/公里'],
  ['amounts', null, '≤85000元/公里', '万元/公里', '<=', '8.5', '万元/公里', 'set 5: 元 converted into the column’s 万元'],
  ['amounts', null, '≤1.8万元/亩', null, '<=', '1.8', '万元/亩'],
  ['amounts', null, '≤350元/平方米', null, '<=', '350', '元/平方米'],
  ['amounts', null, '356.8万元', null, '=', '356.8', '万元'],
  ['amounts', null, '≥356.8万元', '万元', '>=', '356.8', '万元'],
  ['amounts', null, '1,286.50万元', null, '=', '1286.5', '万元'],
  ['amounts', null, '≤12,860,000元', '万元', '<=', '1286', '万元'],
  ['amounts', null, '0.86亿元', null, '=', '0.86', '亿元'],
  ['amounts', null, '≥2,140户', null, '>=', '2140', '户'],
  ['amounts', null, '≥0.5万户', null, '>=', '0.5', '万户'],
  ['amounts', null, '≥0.5万户', '户', '>=', '0.5', '万户', 'README: the magnitude stays with the unit'],
  ['amounts', null, '约2.3亿元', null, Q, '约2.3亿元', null, 'README: an estimate'],
  // ── changes and comparisons ───────────────────────────────────────────────────────────────────
  ['changes', null, '同比增长不低于5%', '%', Q, '同比增长不低于5%', '%', 'set 3: a change is text'],
  ['changes', null, '同比提高≥1个百分点', null, Q, '同比提高≥1个百分点', null],
  ['changes', null, '较上年提高1.2个百分点', null, Q, '较上年提高1.2个百分点', null],
  ['changes', null, '较上年提高1.2个百分点', '%', Q, '较上年提高1.2个百分点', '%'],
  ['changes', null, '比上年下降≥3%', null, Q, '比上年下降≥3%', null],
  ['changes', null, '年均增长≥8%', null, Q, '年均增长≥8%', null],
  ['changes', null, '环比下降5%', null, Q, '环比下降5%', null],
  ['changes', null, '增幅≥5%', null, Q, '增幅≥5%', null],
  ['changes', null, '降幅不低于3%', null, Q, '降幅不低于3%', null],
  ['changes', null, '较2024年增长10%', null, Q, '较2024年增长10%', null],
  ['changes', null, '比上年净增200户', null, Q, '比上年净增200户', null],
  ['changes', null, '≥上年+5%', null, Q, '≥上年+5%', null, 'a figure after the reference'],
  // ── completion sentences pasted as targets ─────────────────────────────────────────────────────
  ['sentences', null, '实际完成98.6%', null, Q, '实际完成98.6%', null, 'README: targets are unchanged by leads'],
  ['sentences', null, '实际完成98.6%，较上年提高1.2个百分点', null, Q, '实际完成98.6%，较上年提高1.2个百分点', null],
  ['sentences', null, '完成1,286人次（其中线上420人次）', null, Q, '完成1,286人次（其中线上420人次）', null],
  ['sentences', null, '全年累计发放补贴资金356.8万元，惠及2,140户', null, Q, '全年累计发放补贴资金356.8万元，惠及2,140户', null],
  ['sentences', null, '已完成，验收合格率100%', null, Q, '已完成，验收合格率100%', null],
  ['sentences', null, '按计划完成（计划12期，实际12期）', null, Q, '按计划完成（计划12期，实际12期）', null],
  ['sentences', null, '未达标（92%）', null, Q, '未达标（92%）', null],
  ['sentences', null, '超额完成（目标100，实际126）', null, Q, '超额完成（目标100，实际126）', null],
  ['sentences', null, '已完成并通过验收', '%', Q, '已完成并通过验收', '%'],
  ['sentences', null, '按计划全部完成', null, Q, '按计划全部完成', null],
  ['sentences', null, '已全部完工', '个', Q, '已全部完工', '个'],
  ['sentences', null, '完成年度目标', null, Q, '完成年度目标', null],
  ['sentences', null, '全面完成', null, Q, '全面完成', null],
  ['sentences', null, '验收合格', null, Q, '验收合格', null],
  ['sentences', null, '通过验收', null, Q, '通过验收', null],
  ['sentences', null, '按期完工并交付使用', null, Q, '按期完工并交付使用', null],
  // ── deadlines and limits ──────────────────────────────────────────────────────────────────────
  ['deadlines', null, '≤30天（含节假日）', '个工作日', '<=', '30', '个工作日', 'forms.md: the unit column wins'],
  ['deadlines', null, '30天内', null, '<=', '30', '天', 'README: a span of time with 内'],
  ['deadlines', null, '30日内（法定时限60日）', null, '<=', '30', '日'],
  ['deadlines', null, '不超过30天（法定60天）', null, '<=', '30', '天'],
  ['deadlines', null, '≤法定时限', null, '<=', '法定时限', null],
  ['deadlines', null, '≤法定时限的50%', null, Q, '≤法定时限的50%', null, 'reading: a share of a reference'],
  ['deadlines', null, '法定时限内办结', null, Q, '法定时限内办结', null],
  ['deadlines', null, '2025年12月31日前完成验收', null, Q, '2025年12月31日前完成验收', null],
  ['deadlines', null, '年底前全部完成', null, Q, '年底前全部完成', null],
  ['deadlines', null, '≤2025年9月', null, '<=', '2025年9月', null, 'set 11: a date after a sign'],
  // ── units a clerk writes ─────────────────────────────────────────────────────────────────────
  ['units', null, '≥120亩', null, '>=', '120', '亩'],
  ['units', null, '≥8公顷', null, '>=', '8', '公顷'],
  ['units', null, '≥8公顷', '公顷', '>=', '8', '公顷'],
  ['units', null, '≤36小时', null, '<=', '36', '小时'],
  ['units', null, '≤1.5天', '天', '<=', '1.5', '天'],
  ['units', null, '≥3.2张', '张', '>=', '3.2', '张'],
  ['units', null, '≥1,286人次', '人次', '>=', '1286', '人次'],
  ['units', null, '≥12期', '期', '>=', '12', '期'],
  ['units', null, '≥420人次', null, '>=', '420', '人次'],
  ['units', null, '≥98.6%', null, '>=', '98.6', '%'],
  ['units', null, '98.65', '%', '=', '98.65', '%', 'a bare decimal: forms.md `=`'],
  ['units', null, '≥95.0', '%', '>=', '95', '%', 'set 10: 95.00 is 95'],
  ['units', null, '1286', '人次', '=', '1286', '人次'],
  ['units', null, '≥1.35', '个百分点', '>=', '1.35', '个百分点'],
  ['units', null, '≥5', '%', '>=', '5', '%'],
  ['units', null, '≤8.5', '万元/公里', '<=', '8.5', '万元/公里'],
  ['units', null, '≥92.5', '分', '>=', '92.5', '分'],
  ['units', null, '≥2140', '户', '>=', '2140', '户'],
  ['units', null, '≥3.2', '张/千人口', '>=', '3.2', '张/千人口'],
  ['units', null, '=12', '期', '=', '12', '期'],
  // ── 指标性质 columns copied from the system ───────────────────────────────────────────────────
  ['nature', '≥', '95%（省考核指标）', null, '>=', '95', '%'],
  ['nature', '≤', '30天（法定时限60天）', null, '<=', '30', '天'],
  ['nature', '=', '10个（新建6个、改扩建4个）', null, '=', '10', '个'],
  ['nature', '≥', '2.3亿元', '万元', '>=', '23000', '万元'],
  ['nature', '≤', '8.5万元/公里', null, '<=', '8.5', '万元/公里'],
  ['nature', '定性', 'A级及以上', null, Q, 'A级及以上', null],
  ['nature', '定性', '达到三级甲等标准', null, '>=', '三级甲等标准', null, 'README: a comparator word wins over 定性'],
  ['nature', '≥', '90分（百分制）', null, '>=', '90', '分'],
  ['nature', '≥', '每千人口3.2张', null, '>=', '3.2', '张/千人口', 'reading: the per-base lead'],
  ['nature', '≤', '上年水平的95%', null, '<=', '上年水平的95%', null, 'RE-LABELLED (was text): set 1 keys 指标性质 ≥ with 有效提升 as >= (forms.md: the sign wins)'],
  ['nature', '定量', '≥95%（省考核指标）', null, '>=', '95', '%'],
  ['nature', '正向', '≥95%（省考核指标）', null, '>=', '95', '%'],
  // ── not a number ───────────────────────────────────────────────────────────────────────────────
  ['text', null, '按省考核指标执行', null, Q, '按省考核指标执行', null],
  ['text', null, '以审计结果为准', null, Q, '以审计结果为准', null],
  ['text', null, '以财政评审为准', '万元', Q, '以财政评审为准', '万元'],
  ['text', null, '详见申报书', null, Q, '详见申报书', null],
  ['text', null, '同申报', null, Q, '同申报', null],
  ['text', null, '见附表3', '%', Q, '见附表3', '%'],
  ['text', null, '按文件要求', null, Q, '按文件要求', null],
  ['text', null, '保持稳定', null, Q, '保持稳定', null],
  ['text', null, '逐年稳步提高', null, Q, '逐年稳步提高', null],
  ['text', null, '应保尽保、应退尽退', null, Q, '应保尽保、应退尽退', null],
  ['text', null, '应补尽补', '户', Q, '应补尽补', '户'],
  ['text', null, '保持零发生', null, Q, '保持零发生', null],
];

export const ACTUAL_CASES_13: readonly ActualInUnitCase[] = [
  // ── a completion figure with a change or a part ───────────────────────────────────────────────
  ['actual-clauses', '实际完成98.6%，较上年提高1.2个百分点', '%', 98.6, 'README: a 完成 figure before a plain one'],
  ['actual-clauses', '实际完成98.6%，比上年提高1.2个百分点', '%', 98.6],
  ['actual-clauses', '98.6%，同比提高1.2个百分点', '%', 98.6],
  ['actual-clauses', '完成1,286人次（其中线上420人次）', '人次', 1286, 'set 6: 其中 is a share'],
  ['actual-clauses', '完成1,286人次，其中线上420人次', '人次', 1286],
  ['actual-clauses', '1286人次（线上420人次、线下866人次）', '人次', 1286],
  ['actual-clauses', '全年累计发放补贴资金356.8万元，惠及2,140户', '万元', 356.8, 'README: the clause in the row’s unit'],
  ['actual-clauses', '全年累计发放补贴资金356.8万元，惠及2,140户', '户', 2140],
  ['actual-clauses', '发放356.8万元，惠及2140户', '元', 3568000],
  ['actual-clauses', '已完成，验收合格率100%', '%', 100],
  ['actual-clauses', '已全部完成，合格率100%', '%', 100],
  ['actual-clauses', '已完成，验收合格率100%', '个', null, 'README: 100% under 个 states no count'],
  ['actual-clauses', '建成10个（新建6个、改扩建4个）', '个', 10],
  ['actual-clauses', '10个（新建6个，改扩建4个）', '个', 10],
  // ── plan and actual in one cell ──────────────────────────────────────────────────────────────
  ['actual-plan', '按计划完成（计划12期，实际12期）', '期', 12, 'reading: the 实际 figure'],
  ['actual-plan', '计划12期，实际完成11期', '期', 11],
  ['actual-plan', '超额完成（目标100，实际126）', '个', 126],
  ['actual-plan', '超额完成（目标100个，实际126个）', '个', 126],
  ['actual-plan', '目标95%/实际97%', '%', 97],
  ['actual-plan', '目标≥90%，实际93%', '%', 93],
  ['actual-plan', '计划1200人次，实际1286人次', '人次', 1286],
  ['actual-plan', '实际126个（目标100个）', '个', 126],
  ['actual-plan', '实际1286人次/目标1200人次', '人次', 1286],
  ['actual-plan', '按计划完成（12期）', '期', 12, 'README: a figure in brackets after completion words'],
  // ── a verdict and its figure ─────────────────────────────────────────────────────────────────
  ['actual-verdicts', '未达标（92%）', '%', null, 'RE-LABELLED (was 92): README, a negated lead (未完成) keeps the 完成值 non-numeric'],
  ['actual-verdicts', '基本达标（88%）', '%', 88],
  ['actual-verdicts', '达标（96.5%）', '%', 96.5],
  ['actual-verdicts', '未达标', '%', null],
  ['actual-verdicts', '达到三级甲等标准', '%', null],
  ['actual-verdicts', 'A级（省级评定）', '级', null],
  ['actual-verdicts', '92分（百分制）', '分', 92],
  ['actual-verdicts', '4.6分（5分制）', '分', 4.6],
  ['actual-verdicts', '已完成，正在结算', '个', null],
  ['actual-verdicts', '未完成（85%）', '%', null, 'RE-LABELLED (was 85): read-actual-in-unit.test.ts keys 未完成（80%） so'],
  // ── another unit of the row's kind ──────────────────────────────────────────────────────────
  ['actual-units', '356.8万元', '元', 3568000, 'README: units of one kind convert'],
  ['actual-units', '3,568,000元', '万元', 356.8],
  ['actual-units', '2.3亿元', '万元', 23000],
  ['actual-units', '3,500万元', '亿元', 0.35],
  ['actual-units', '3500万', '万元', 3500],
  ['actual-units', '120亩', '公顷', 8],
  ['actual-units', '8公顷', '亩', 120],
  ['actual-units', '1.2万亩', '公顷', 800],
  ['actual-units', '60小时', '天', 2.5],
  ['actual-units', '1.5天', '小时', 36],
  ['actual-units', '1.2万㎡', '平方米', 12000],
  ['actual-units', '12,000平方米', '万㎡', 1.2],
  ['actual-units', '8.2万元/公里', '万元/公里', 8.2],
  ['actual-units', '82,000元/公里', '万元/公里', 8.2],
  ['actual-units', '每千人口3.4张', '张/千人口', 3.4],
  ['actual-units', '3.4张', '张/千人口', 3.4],
  // ── percentages of a percentage ─────────────────────────────────────────────────────────────
  ['actual-shares', '为目标值的103%', '%', null, 'reading: a share of the target is no rate of the row'],
  ['actual-shares', '完成目标的98%', '%', null],
  ['actual-shares', '达到目标值的98%', '%', null],
  ['actual-shares', '完成年度计划的104%', '%', null],
  ['actual-shares', '完成率98%（目标95%）', '%', 98],
  ['actual-shares', '96%（目标≥95%）', '%', 96],
  ['actual-shares', '合格率由95%提高到98.6%', '%', 98.6, 'README: 提升至 X is the level reached'],
  ['actual-shares', '较上年提高1.2个百分点', '%', null, 'set 10: a change'],
  ['actual-shares', '达到全省平均水平的105%', '%', null],
  ['actual-shares', '上年水平的93%', '%', null],
];
