import type { Form } from '../forms/forms-schema';
import { formatHundredths } from '../scoring/round-score';
import { type FormContext, formPlace, push } from './review-context';

type Task = Extract<Form, { kind: 'department_target' }>['tasks'][number];

// A task row that only restates money counted in other rows: a part of the row above (其中：离退休费, named by its
// first word) or a subtotal or total of the rows around it (the whole name 小计 / 合计, perhaps with its unit in
// brackets; 合计划生育服务 is a task). Read on the task's name, which the table prints first.
const PART_OF_ROW_ABOVE = /^[\s（(【[]*其\s*中/;
const TOTAL_OF_ROWS = /^\s*(?:小\s*计|合\s*计|总\s*计|共\s*计)\s*[:：]?\s*(?:[（(][^）)]*[）)])?\s*$/;
const restatesOtherRows = (name: string): boolean => PART_OF_ROW_ABOVE.test(name) || TOTAL_OF_ROWS.test(name);

/**
 * 年度主要任务 are spent out of the department's budget, so their stated budgets together cannot exceed its total. They
 * may fall short (a form lists the main tasks only, and 基本支出 is often no task) and may include 基本支出 (机关运行), so
 * only an excess is reported. Money a list states twice proves nothing: rows named as parts (其中) or totals (小计, 合计)
 * are left out, and a heading's budget beside its parts (学前教育 + 义务教育 under 教育事业) — one budget equal to the sum
 * of the tasks right after it — makes the sum meaningless.
 */
export function checkTaskBudgets(ctx: FormContext, total: number | null, tasks: readonly Task[], projectTotal: number | null = null): void {
  const tolerance = ctx.policy.amountTolerance + 1e-9;
  if (checkTotalRows(ctx, tasks, [total, projectTotal], tolerance) || total == null) return;
  // Names are read only when the plain sum exceeds the total, which few forms reach.
  if (tasks.reduce((a, t) => a + (t.budget_wan ?? 0), 0) <= total + tolerance) return;
  const budgets = tasks.filter((t) => !restatesOtherRows(t.name)).map((t) => t.budget_wan);
  const known = budgets.filter((v): v is number => v != null);
  const sum = known.reduce((a, v) => a + v, 0);
  if (known.length === 0 || sum <= total + tolerance) return;
  if (listsPartsTwice(budgets, tolerance)) return;
  push(ctx, 'budget_arithmetic', null, 'tasks', `${formPlace(ctx)}年度主要任务已填预算合计 ${formatHundredths(sum)} 万元，超过部门预算总额 ${formatHundredths(total)} 万元；请核对各项任务预算或预算总额（注意元与万元）。`);
}

/** Whether some budget equals the sum of two or more budgets right after it. */
function listsPartsTwice(budgets: ReadonlyArray<number | null>, tolerance: number): boolean {
  for (let i = 0; i < budgets.length; i++) {
    const head = budgets[i];
    if (head == null || head <= 0) continue;
    let parts = 0;
    for (let j = i + 1; j < budgets.length && budgets[j] != null; j++) {
      parts += budgets[j]!;
      if (j > i + 1 && Math.abs(parts - head) <= tolerance) return true;
      if (parts > head + tolerance) break;
    }
  }
  return false;
}

/**
 * A 小计 / 合计 row must be the sum of the task rows it closes: those since the previous total row, or all above it (a 合计
 * after 小计 groups). A total that instead restates the department's 预算总额 or 项目支出 is the budget's own figure beside a
 * list of main tasks only, not a slip. Not judged where a row above has no budget or a heading stands over its parts.
 * Returns whether it reported.
 */
function checkTotalRows(ctx: FormContext, tasks: readonly Task[], budgetFigures: ReadonlyArray<number | null>, tolerance: number): boolean {
  if (tasks.length < 2 || !tasks.some((t) => t.name.includes('计') && TOTAL_OF_ROWS.test(t.name))) return false;
  const near = (a: number, b: number | null) => b != null && Math.abs(a - b) <= tolerance;
  const parts = tasks.filter((t) => !restatesOtherRows(t.name)).map((t) => t.budget_wan);
  if (parts.some((v) => v == null) || listsPartsTwice(parts, tolerance)) return false;
  let all = 0;
  let group = 0;
  let rows = 0;
  for (const t of tasks) {
    if (PART_OF_ROW_ABOVE.test(t.name)) continue;
    if (!TOTAL_OF_ROWS.test(t.name)) { all += t.budget_wan!; group += t.budget_wan!; rows++; continue; }
    const stated = t.budget_wan;
    if (stated != null && rows > 0 && !near(stated, group) && !near(stated, all) && !budgetFigures.some((b) => near(stated, b))) {
      push(ctx, 'budget_arithmetic', null, 'tasks', `${formPlace(ctx)}年度主要任务「${t.name.trim()}」行填 ${formatHundredths(stated)} 万元，与其上各项任务预算之和 ${formatHundredths(group)} 万元不符；请核对任务预算或${t.name.trim()}。`);
      return true;
    }
    group = 0;
  }
  return false;
}
