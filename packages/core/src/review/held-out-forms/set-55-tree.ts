import type { Indicator } from '../../forms/forms-schema';
import { dt, patch, Q, r } from './form-case-types';

/**
 * Seed 004's department tree as set 55F fills it (部门（单位）整体绩效目标表, no weights, each row with its 指标值说明): the
 * 投入管理指标 rows every unit copies from the province's template, and the builders the set's units share.
 */
export const IN = '投入管理指标';
export const WORK = '工作目标管理';
export const BUDG = '预算和财务管理';
export const PERF = '绩效管理';
export const OUT = '产出指标';
export const TASK = '重点工作任务完成';
export const GOALR = '履职目标实现';
export const EFF = '效益指标';
export const BEN = '履职效益';
export const SATL = '满意度';

/** One row of seed 004's table: 一级, 二级, 三级, 指标值 (comparator, value, unit) and 指标值说明; the tree has no 分值. */
export const d = (
  level1: string, level2: string, name: string, comparator: Indicator['comparator'], target: string, unit: string | null,
  description: string | null = null,
): Indicator => r(level1, level2, name, comparator, target, unit, null, { description });

/** Rows 0–10: the management rows of the template, with the template's own 说明. */
export const MANAGEMENT: Indicator[] = [
  d(IN, WORK, '年度履职目标相关性', Q, '相关', null, '年度履职目标是否符合中央和市委市政府战略部署，是否与部门职责、工作规划和重点工作相关。'),
  d(IN, WORK, '工作任务科学性', Q, '科学', null, '工作任务是否有明确的绩效目标，是否能体现工作任务的产出和效果。'),
  d(IN, WORK, '绩效指标合理性', Q, '合理', null, '绩效指标是否清晰、细化、可评价、可衡量，是否与部门年度的任务数或计划数相对应。'),
  d(IN, BUDG, '预算编制完整性', Q, '完整', null, '部门所有收入是否全部纳入部门预算，支出预算是否统筹各类资金来源。'),
  d(IN, BUDG, '预算执行率', '>=', '90', '%', '预算执行率=（预算完成数/预算数）×100%。预算数指财政部门批复的本年度部门（调整）预算数。'),
  d(IN, BUDG, '结转结余率', '<=', '15', '%', '结转结余率=结转结余总额/预算数×100%。'),
  d(IN, BUDG, '“三公经费”控制率', '<=', '100', '%', '“三公经费”控制率=本年度“三公经费”实际支出数/“三公经费”预算数×100%。'),
  d(IN, BUDG, '资产管理规范性', Q, '规范', null, '资产配置、使用是否合规，处置是否规范，资产收益是否及时足额上缴。'),
  d(IN, BUDG, '管理制度健全性', Q, '健全', null, '是否已制定预算资金管理办法、内部控制制度、会计核算制度等管理制度，并有效执行。'),
  d(IN, PERF, '绩效目标编制完成率', '=', '100', '%', '绩效目标编制完成率=已完成绩效目标编制项目数量/应编制绩效目标项目总数×100%。'),
  d(IN, PERF, '绩效自评完成率', '=', '100', '%', '绩效自评完成率=已完成自评项目数量/部门项目总数×100%。'),
];

export interface Task { name: string; content: string; budget_wan: number | null }

/** A unit's form builder: its fixed fields, the management rows followed by its own rows, and ways to vary one part. */
export function unitForms(base: Record<string, unknown>, tasks: Task[], own: Indicator[]) {
  const rows = [...MANAGEMENT, ...own];
  const form = (fields: Record<string, unknown> = {}, indicators: Indicator[] = rows) =>
    dt({ fiscal_year: 2026, ...base, tasks, indicators, ...fields });
  const withTask = (i: number, change: Partial<Task>) => tasks.map((t, k) => (k === i ? { ...t, ...change } : t));
  const described = (i: number, description: string) => patch(rows, { [i]: { description } });
  const changed = (changes: Record<number, Partial<Indicator>>) => patch(rows, changes);
  return { rows, tasks, form, withTask, described, changed };
}
