import { formatHundredths } from '../scoring/round-score';
import { PER_UNIT_NAME } from './goal-quantities';
import { type FormContext, push, rowPlace } from './review-context';

/**
 * budget_arithmetic on a row: a 成本指标 stating a whole amount of money (项目年度总成本 ≤2900万元, 年度运维费用 ≤760万元)
 * above the money the target form has for the year (预算数 / 预算总额). The year's cost cannot exceed the year's money, so
 * the row or the budget is wrong. Per-unit costs (元/平方米, 万元/生, 人均…, 单件…) are never held to the whole, nor a
 * project's total over its 实施期 (总投资, 概算, 累计…), nor a form whose goal or overview spends money carried over from
 * earlier years (以前年度结转) beside the year's, which a cost may rightly count.
 */

// The amount in 万元 of one unit of a plain money unit; a unit with a per part (元/人, 万元/公里) is no whole amount.
const MONEY_SCALE: ReadonlyMap<string, number> = new Map([['万元', 1], ['元', 1e-4], ['千元', 1e-1], ['亿元', 1e4]]);
const WHOLE_PERIOD = /总投资|概算|实施期|建设期|全周期|合同期|累计|[两二三四五六七八九十\d]年/;
const CARRIED_OVER = /结转|结余/;

export function checkCostAboveBudget(ctx: FormContext): void {
  const form = ctx.form;
  if (form.kind !== 'project_target' && form.kind !== 'department_target') return;
  const budget = form.budget_total_wan;
  if (budget == null || !(budget > 0)) return;
  let carried: boolean | undefined;
  for (let i = 0; i < form.indicators.length; i++) {
    const ind = form.indicators[i]!;
    if (ind.unit == null || (ind.comparator !== '<=' && ind.comparator !== '<' && ind.comparator !== '=')) continue;
    const scale = MONEY_SCALE.get(ind.unit.trim());
    if (scale === undefined || !(ind.level1?.includes('成本') || ind.level2?.includes('成本'))) continue;
    const name = ind.name.trim();
    if (PER_UNIT_NAME.test(name) || WHOLE_PERIOD.test(name)) continue;
    const amount = Number(ind.target.trim()) * scale;
    if (!Number.isFinite(amount) || amount <= budget + 0.01) continue;
    carried ??= CARRIED_OVER.test(`${form.goal ?? ''}${form.kind === 'project_target' ? form.overview ?? '' : ''}`);
    if (carried) return;
    const label = form.kind === 'project_target' ? '预算数' : '部门预算总额';
    push(ctx, 'budget_arithmetic', i, 'target', `${rowPlace(ctx, i, ind)}的成本指标值 ${formatHundredths(amount)} 万元超过本表${label} ${formatHundredths(budget)} 万元；年度成本不应超过年度资金，请核对指标值、计量单位或${label}。`);
  }
}
