import { DEFAULT_POLICY, type Policy } from '../policy/policy';
import { formatNumber as f, roundScore } from '../scoring/round-score';
import type { Light, LightResult } from './light-types';
import { monthsRun, ownMonths, ownMonthsText } from './own-months';

export function monthOk(month: number): boolean {
  return Number.isInteger(month) && month >= 1 && month <= 12;
}

/** A progress in percent of plan against the policy's lines; blue (ahead of plan) only where the caller allows it. */
export function byProgress(progress: number, policy: Policy, withBlue: boolean): Light {
  const m = policy.monitoring;
  if (progress < m.red) return 'red';
  if (progress < m.yellow) return 'yellow';
  if (withBlue && progress >= m.blue) return 'blue';
  return 'green';
}

/** Budget execution: progress = (executed / budget) ÷ (m / 12) × 100. */
export interface BudgetLightInput {
  executed: number | null;
  budget: number | null;
  month: number;
  /**
   * The share of the budget (%) planned to be spent by the end of month m (the form's 资金支出计划, or a region's
   * 序时进度 table), when the caller has one; else the time share m/12 of rules.md §4.
   */
  expectedShare?: number | null;
  /** A project's own months in the year (started in 4月; a 跨年 project's part ending in 9月): the time share is of them. */
  startMonth?: number | null;
  endMonth?: number | null;
}

export function budgetLight(input: BudgetLightInput, policy: Policy = DEFAULT_POLICY): LightResult {
  const { executed, budget, month } = input;
  if (!monthOk(month)) return { light: 'none', progress: null, explanation: `监控月份${month}无效；应为 1–12。` };
  if (budget == null || !Number.isFinite(budget) || !(budget > 0)) return { light: 'none', progress: null, explanation: '预算数缺失或为0，无法计算预算执行进度；请填写预算数。' };
  if (executed == null || !Number.isFinite(executed)) return { light: 'none', progress: null, explanation: '执行数缺失，无法计算预算执行进度；请填写1至当月执行数。' };
  const share = input.expectedShare;
  // A planned share of 0 (nothing due yet) or beyond 100 cannot divide progress: the time share stands in.
  const planned = share != null && Number.isFinite(share) && share > 0 && share <= 100;
  const own = planned ? null : ownMonths(input.startMonth, input.endMonth);
  const run = own ? monthsRun(month, own) : null;
  if (own && run!.run === 0) return { light: 'none', progress: null, explanation: `${ownMonthsText(own)}，截至${month}月尚未开始，不计算预算执行进度。` };
  const due = planned ? share / 100 : run ? run.run / run.length : month / 12;
  const dueText = planned ? `${f(share)}%（计划支出进度）` : run ? `(${run.run}/${run.length}，${ownMonthsText(own!)})` : `(${month}/12)`;
  const ignored = share != null && !planned ? `计划支出进度${String(share)}%无效，按时间进度${run ? `${run.run}/${run.length}` : `${month}/12`}计；` : '';
  // Rounded before the thresholds so that an exact edge (60.00) is not lost to binary fractions.
  const progress = roundScore((Math.max(0, executed) / budget) / due * 100);
  if (!Number.isFinite(progress)) return { light: 'none', progress: null, explanation: '预算数过小，无法计算预算执行进度；请核对预算数与执行数的单位（万元）。' };
  const light = byProgress(progress, policy, false);
  const m = policy.monitoring;
  return {
    light, progress,
    explanation: `${ignored}预算执行进度 = (${f(executed)}/${f(budget)}) ÷ ${dueText} × 100 = ${f(progress)}；`
      + (light === 'red' ? `低于${m.red}，亮红灯，执行明显滞后，请说明原因并提出纠偏措施。`
        : light === 'yellow' ? `低于${m.yellow}，亮黄灯，执行偏慢，请加快支出进度。`
          : `达到${m.yellow}以上，亮绿灯，执行正常。`),
  };
}
