import { formatHundredths } from '../scoring/round-score';
import { PER_UNIT_NAME } from './goal-quantities';
import { type FormContext, formPlace, push, rowPlace } from './review-context';

/**
 * budget_arithmetic on a row: a 成本指标 stating a whole amount of money (项目年度总成本 ≤2900万元, 年度运维费用 ≤760万元)
 * above the money the target form has for the year (预算数 / 预算总额). The year's cost cannot exceed the year's money, so
 * the row or the budget is wrong. Per-unit costs (元/平方米, 万元/生, 人均…, 单件…) are never held to the whole, nor a
 * project's total over its 实施期 (总投资, 概算, 累计…), nor a form whose goal or overview spends money carried over from
 * earlier years (以前年度结转) beside the year's, which a cost may rightly count.
 *
 * A unit cost is held to the whole through the count it is paid for: 补助标准 ≤700元/亩 beside 改造面积 ≥8000亩 spends at
 * least 560万元 once the count is delivered at the standard, so a product above the money is the same contradiction. The
 * count is the 数量 row in the cost's own unit (亩, 万吨 for 元/吨) whose name shares the most words with the cost's; with no
 * shared word, or two rows sharing as much, the pairing is a guess and nothing is said.
 *
 * Whole amounts on several 成本 rows (工程建设费 ≤1380万元, 勘察设计及监理费 ≤150万元) are parts of the year's cost: their sum
 * above the money is reported on the form, unless one row is a total (总…, 合计) or the sum of the others, which would count
 * the money twice.
 */

// The amount in 万元 of one unit of a plain money unit; a unit with a per part (元/人, 万元/公里) is no whole amount.
const MONEY_SCALE: ReadonlyMap<string, number> = new Map([['万元', 1], ['元', 1e-4], ['千元', 1e-1], ['亿元', 1e4]]);
const WHOLE_PERIOD = /总投资|概算|实施期|建设期|全周期|合同期|累计|[两二三四五六七八九十\d]年/;
const CARRIED_OVER = /结转|结余/;

// 元/亩, 万元/座, 万元/辆·年: money per one unit of a count, for a year at most (a per-month or per-day rate is left alone).
const PER_UNIT_MONEY = /^(万元|元|千元|亿元)\/(?:每)?([\u4e00-\u9fa5]{1,2})(?:[·.]?年)?$/;
// Words every cost or count name may carry, which pair nothing: what kind of money, per what, how much.
const GENERIC = /补助|补贴|奖补|标准|成本|费用|资金|经费|平均|人均|户均|生均|亩均|单位|年度|年|每|数量|总量|面积|规模|项目|[总量数]|^单./g;

interface Count { value: number; core: string }

/** The 数量 rows' counts in each unit (a 万 unit scaled to its base), with their names stripped of generic words. */
function countsByUnit(form: { indicators: readonly { level2: string | null; name: string; comparator: string | null; target: string; unit: string | null }[] }): Map<string, Count[]> {
  const out = new Map<string, Count[]>();
  for (const ind of form.indicators) {
    if (ind.unit == null || !ind.level2?.includes('数量') || (ind.comparator !== '>=' && ind.comparator !== '>' && ind.comparator !== '=')) continue;
    if (WHOLE_PERIOD.test(ind.name)) continue;
    let unit = ind.unit.trim();
    let value = Number(ind.target.trim());
    if (unit.length > 1 && unit.startsWith('万')) { unit = unit.slice(1); value *= 1e4; }
    if (!Number.isFinite(value) || !(value > 0)) continue;
    const list = out.get(unit) ?? [];
    list.push({ value, core: ind.name.trim().replace(GENERIC, '') });
    out.set(unit, list);
  }
  return out;
}

/** The longest run of characters two names share. */
function sharedRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) for (let j = 0; j < b.length; j++) {
    let k = 0;
    while (i + k < a.length && j + k < b.length && a[i + k] === b[j + k]) k++;
    if (k > best) best = k;
  }
  return best;
}

/** The count a unit cost is paid for: the one best-named row in its unit sharing two characters or more, else null. */
function pairedCount(counts: readonly Count[] | undefined, costName: string): number | null {
  if (!counts) return null;
  const core = costName.replace(GENERIC, '');
  let best = 1;
  let value: number | null = null;
  let tied = false;
  for (const c of counts) {
    const run = sharedRun(core, c.core);
    if (run > best) { best = run; value = c.value; tied = false; } else if (run === best && value != null) tied = true;
  }
  return tied ? null : value;
}

const TOTAL_NAME = /总|合计|全部|共计/;

/** The sum of the 成本 rows' whole amounts when they are parts (two or more, none a total of the others), else null. */
function costPartsSum(parts: readonly number[], anyTotal: boolean): number | null {
  if (anyTotal || parts.length < 2) return null;
  const sum = parts.reduce((a, b) => a + b, 0);
  return parts.some((p) => Math.abs(sum - 2 * p) <= 0.01) ? null : sum;
}

export function checkCostAboveBudget(ctx: FormContext): void {
  const form = ctx.form;
  if (form.kind !== 'project_target' && form.kind !== 'department_target') return;
  const budget = form.budget_total_wan;
  if (budget == null || !(budget > 0)) return;
  let carried: boolean | undefined;
  let counts: Map<string, Count[]> | undefined;
  const label = form.kind === 'project_target' ? '预算数' : '部门预算总额';
  const wholes: number[] = [];
  let anyTotal = false;
  let reported = false;
  for (let i = 0; i < form.indicators.length; i++) {
    const ind = form.indicators[i]!;
    if (ind.unit == null || (ind.comparator !== '<=' && ind.comparator !== '<' && ind.comparator !== '=')) continue;
    if (!(ind.level1?.includes('成本') || ind.level2?.includes('成本'))) continue;
    const name = ind.name.trim();
    if (WHOLE_PERIOD.test(name)) continue;
    const unit = ind.unit.trim();
    const scale = MONEY_SCALE.get(unit);
    let amount: number;
    let times = '';
    if (scale !== undefined) {
      if (PER_UNIT_NAME.test(name)) continue;
      amount = Number(ind.target.trim()) * scale;
      if (Number.isFinite(amount)) { wholes.push(amount); anyTotal ||= TOTAL_NAME.test(name); }
    } else {
      const per = PER_UNIT_MONEY.exec(unit);
      if (!per) continue;
      counts ??= countsByUnit(form);
      const count = pairedCount(counts.get(per[2]!), name);
      if (count == null) continue;
      amount = Number(ind.target.trim()) * MONEY_SCALE.get(per[1]!)! * count;
      times = `按 ${ind.target.trim()}${unit} × ${formatHundredths(count)}${per[2]} 计，`;
    }
    if (!Number.isFinite(amount) || amount <= budget + 0.01) continue;
    carried ??= CARRIED_OVER.test(`${form.goal ?? ''}${form.kind === 'project_target' ? form.overview ?? '' : ''}`);
    if (carried) return;
    const what = times ? `的成本指标${times}需资金` : '的成本指标值';
    push(ctx, 'budget_arithmetic', i, 'target', `${rowPlace(ctx, i, ind)}${what} ${formatHundredths(amount)} 万元，超过本表${label} ${formatHundredths(budget)} 万元；年度成本不应超过年度资金，请核对指标值、计量单位、数量指标或${label}。`);
    reported = true;
  }
  const sum = reported ? null : costPartsSum(wholes, anyTotal);
  if (sum == null || sum <= budget + 0.01) return;
  carried ??= CARRIED_OVER.test(`${form.goal ?? ''}${form.kind === 'project_target' ? form.overview ?? '' : ''}`);
  if (carried) return;
  push(ctx, 'budget_arithmetic', null, 'indicators', `${formPlace(ctx)}各成本指标金额合计 ${formatHundredths(sum)} 万元，超过本表${label} ${formatHundredths(budget)} 万元；年度成本不应超过年度资金，请核对成本指标或${label}。`);
}
