import { countsUp } from '../monitoring/cumulative-units';
import { LIGHT_LABELS, type Light } from '../monitoring/light-types';
import { CAN_COMPLETE_LABELS, reportLights, type MonitoringIndicator, type MonitoringReport } from '../monitoring/monitoring-report';
import type { ProjectMonitoring } from '../monitoring/key-monitoring';
import { DEFAULT_POLICY, type Policy } from '../policy/policy';
import { explainsNothing } from '../scoring/band-words';
import { formatNumber as f } from '../scoring/round-score';
import { foldWidth } from '../values/normalize-text';
import { parseValue } from '../values/parse-value';
import { severityOf, type Finding, type FindingCode } from './finding';
import { givesNoCause } from './gives-no-cause';

/**
 * The review of a 绩效运行监控表 (rules.md §4, read with §2's codes): the table against itself, as finance reads it before
 * deciding 暂缓/停止拨款.
 * - budget_arithmetic: 1至当月执行数 above the year's budget; a 执行率 written that 执行数 ÷ 预算 does not give (within the
 *   rounding of the digits written).
 * - self_evaluation (the unit's own judgement of its table): a red or yellow light (budget or row) without a 偏差原因, or with
 *   one but no 纠偏措施 (「无」「/」 count as none); 是否能完成 answered 能 (达成) while the row's own 全年预计 misses its
 *   target, or 不能 (未达成) while it meets it; and 不确定/不能 on a count that builds up over the year when 1至当月 has
 *   already reached the year's target.
 * Pass the report's lights when they are at hand (reportLights), so they are not computed again.
 */
export function reviewMonitoringReport(
  report: MonitoringReport, policy: Policy = DEFAULT_POLICY, formIndex = 0, lights: ProjectMonitoring = reportLights(report, policy),
): Finding[] {
  const out: Finding[] = [];
  const push = (code: FindingCode, row: number | null, field: string, message: string) =>
    out.push({ code, severity: severityOf(code), form: formIndex, row, field, message });
  budgetFigures(report, policy, push);
  const budgetGap = explanationGap(lights.budget.light, report.deviation_reason, report.measures);
  if (budgetGap) push('self_evaluation', null, budgetGap.field, `预算执行亮${LIGHT_LABELS[lights.budget.light]}（${lights.budget.explanation.split('；')[0]}），${budgetGap.what}。`);
  report.indicators.forEach((row, i) => {
    const where = `第${i + 1}行「${row.name}」`;
    const light = lights.indicators[i]?.light ?? 'none';
    const gap = explanationGap(light, row.deviation_reason, row.measures);
    if (gap) push('self_evaluation', i, gap.field, `${where}亮${LIGHT_LABELS[light]}，${gap.what}。`);
    const claim = completionClaimIssue(row, report.month);
    if (claim) push('self_evaluation', i, 'expected_completion', `${where}${claim}`);
  });
  return out;
}

type Push = (code: FindingCode, row: number | null, field: string, message: string) => void;

function budgetFigures(report: MonitoringReport, policy: Policy, push: Push): void {
  const { budget_wan: budget, executed_wan: executed } = report;
  if (budget == null || !(budget > 0) || executed == null) return;
  if (executed > budget + policy.amountTolerance) {
    push('budget_arithmetic', null, 'executed_wan', `1至${report.month}月执行数${f(executed)}万元超过年度预算${f(budget)}万元；请核对金额单位（元/万元）和数字，或先调整预算。`);
  }
  const rate = report.execution_rate;
  if (rate == null) return;
  const computed = (executed / budget) * 100;
  // A rate is written to some decimals (54, 37.1, 60.56): it is right when the computed one rounds to it.
  const slack = 0.5 * 10 ** -decimals(rate) + 0.01;
  if (Math.abs(rate - computed) > slack) {
    push('budget_arithmetic', null, 'execution_rate', `预算执行率填${f(rate)}%，而执行数÷预算数 = ${f(executed)}÷${f(budget)} = ${f(Math.round(computed * 100) / 100)}%；请核对执行率或金额。`);
  }
}

function decimals(n: number): number {
  const text = String(n);
  const dot = text.indexOf('.');
  return dot < 0 || /e/i.test(text) ? 0 : Math.min(text.length - dot - 1, 6);
}

const OWES_EXPLANATION: ReadonlySet<Light> = new Set(['red', 'yellow']);

/** What a red or yellow light's explanation lacks: the 偏差原因 (and so the measures too), or only the 纠偏措施. */
function explanationGap(light: Light, reason: string | null, measures: string | null): { field: string; what: string } | null {
  if (!OWES_EXPLANATION.has(light)) return null;
  const noReason = givesNoCause(reason);
  const noMeasures = explainsNothing(measures?.trim() ?? null);
  if (noReason) return { field: 'deviation_reason', what: `${reason?.trim() ? `偏差原因「${reason.trim()}」未说明原因` : '未填写偏差原因'}${noMeasures ? '和纠偏措施' : ''}；请说明偏离的原因和纠偏措施` };
  if (noMeasures) return { field: 'measures', what: `${measures?.trim() ? `纠偏措施「${measures.trim()}」不是措施` : '未填写纠偏措施'}；请写明纠偏措施和时间安排` };
  return null;
}

/** A figure written in the row's unit (or bare); null when it is words or in another unit. */
function figureInRowUnit(value: string | null | undefined, unit: string | null): number | null {
  if (value == null || value.trim() === '') return null;
  const parsed = parseValue(value);
  if (parsed.kind !== 'number') return null;
  const own = unit == null ? '' : foldWidth(unit).replace(/\s+/g, '');
  return parsed.unit == null || foldWidth(parsed.unit).replace(/\s+/g, '') === own ? parsed.number : null;
}

const floorOf = (c: MonitoringIndicator['comparator']): boolean => c === '>=' || c === '>' || c === '=';

/** Whether a value meets the row's target by its comparator (`=` as a floor, as scoring reads it). */
function meets(value: number, target: number, comparator: MonitoringIndicator['comparator']): boolean {
  return comparator === '>' ? value > target : comparator === '<=' ? value <= target : comparator === '<' ? value < target : value >= target;
}

/** 是否能完成 against the row's own figures: the 全年预计 it states, or a running total already past the year's target. */
function completionClaimIssue(row: MonitoringIndicator, month: number): string | null {
  const choice = row.expected_completion;
  if (!choice || row.comparator == null || row.comparator === 'qualitative') return null;
  const target = figureInRowUnit(row.target, row.unit);
  if (target == null) return null;
  // Only a row with a figure to reach gets here, and its column asks 能 / 不确定 / 不能: the message says what was picked.
  const picked = `是否能完成「${CAN_COMPLETE_LABELS[choice]}」`;
  const unit = row.unit?.trim() ?? '';
  const forecast = figureInRowUnit(row.forecast, row.unit);
  if (forecast != null && choice !== '部分达成' && meets(forecast, target, row.comparator) !== (choice === '达成')) {
    return choice === '达成'
      ? `全年预计完成${f(forecast)}${unit}，达不到指标值${f(target)}${unit}，却填${picked}；请核对预计值，或如实填写不能完成并说明原因与纠偏措施。`
      : `全年预计完成${f(forecast)}${unit}，已达到指标值${f(target)}${unit}，却填${picked}；请核对全年预计完成值或是否能完成。`;
  }
  // A running count cannot fall back: once 1至当月 reaches the year's floor, the year's target is met whatever comes.
  if (choice !== '达成' && month < 12 && floorOf(row.comparator) && countsUp({ name: row.name, unit: row.unit, cumulative: row.cumulative ?? undefined })) {
    const done = figureInRowUnit(row.progress_value, row.unit);
    if (done != null && target > 0 && meets(done, target, row.comparator)) {
      return `1至${month}月累计已完成${f(done)}${unit}，已达到全年指标值${f(target)}${unit}，却填${picked}；请核对完成值或是否能完成。`;
    }
  }
  return null;
}
