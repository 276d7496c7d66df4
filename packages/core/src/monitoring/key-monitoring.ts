import { DEFAULT_POLICY, type Policy } from '../policy/policy';
import { formatNumber as f } from '../scoring/round-score';
import { budgetLight, indicatorLight, projectLight, type IndicatorLightInput, type Light, type LightResult } from './monitoring-lights';

export const FUNDING_DECISIONS = ['暂缓拨款', '停止拨款', '继续拨款'] as const;
export type FundingDecision = (typeof FUNDING_DECISIONS)[number];

export interface MonitoredProject {
  /** Caller's key (project code or database id), carried through. */
  id: string;
  name: string;
  budgetWan: number | null;
  executedWan: number | null;
  month: number;
  /** The share of the budget (%) planned to be spent by month m, when known (budgetLight's expectedShare). */
  expectedShare?: number | null;
  /** The report's fiscal year, for deadlines written with a year (multi-year projects). */
  fiscalYear?: number | null;
  indicators: ReadonlyArray<Omit<IndicatorLightInput, 'month'>>;
  /** The project's own months in the year, when not all twelve (started in 4月; a 跨年 project's part ending in 9月). */
  startMonth?: number | null;
  endMonth?: number | null;
}

export interface ProjectMonitoring {
  id: string;
  name: string;
  budget: LightResult;
  indicators: LightResult[];
  project: LightResult;
}

export interface KeyMonitoringEntry {
  id: string;
  name: string;
  light: Light;
  budgetProgress: number | null;
  /** Why the project is listed, in Chinese. */
  reasons: string[];
  /** Decisions finance may record for it. */
  options: readonly FundingDecision[];
}

/** All lights of one project: budget, each indicator, and the project's worst. */
export function monitorProject(p: MonitoredProject, policy: Policy = DEFAULT_POLICY): ProjectMonitoring {
  const own = { startMonth: p.startMonth ?? null, endMonth: p.endMonth ?? null };
  const budget = budgetLight({ executed: p.executedWan, budget: p.budgetWan, month: p.month, expectedShare: p.expectedShare ?? null, ...own }, policy);
  const indicators = p.indicators.map((i) => indicatorLight({ ...own, ...i, month: p.month, fiscalYear: i.fiscalYear ?? p.fiscalYear ?? null }, policy));
  const project = projectLight([budget.light, ...indicators.map((i) => i.light)]);
  return { id: p.id, name: p.name, budget, indicators, project };
}

/**
 * 重点监控 list (rules.md §4): every red project, and every project with a budget of at
 * least keyBudgetWan whose budget-execution progress (the budget light's number) is below
 * keyProgress. Finance records one of 暂缓/停止/继续拨款 for each.
 */
export function keyMonitoring(projects: readonly MonitoredProject[], policy: Policy = DEFAULT_POLICY): KeyMonitoringEntry[] {
  const out: KeyMonitoringEntry[] = [];
  for (const p of projects) {
    const r = monitorProject(p, policy);
    const reasons = keyReasons(p, r, policy);
    if (reasons.length > 0) {
      out.push({ id: p.id, name: p.name, light: r.project.light, budgetProgress: r.budget.progress, reasons, options: FUNDING_DECISIONS });
    }
  }
  return out;
}

/** Why a project with these lights (monitorProject's) is on the 重点监控 list; empty when it is not. */
export function keyReasons(p: MonitoredProject, r: ProjectMonitoring, policy: Policy = DEFAULT_POLICY): string[] {
  const m = policy.monitoring;
  const reasons: string[] = [];
  if (r.project.light === 'red') {
    // Finance decides on the rows that are red, so each is named (a row without a name by its place).
    const rows = r.indicators.flatMap((l, i) => (l.light === 'red' ? [p.indicators[i]!.name?.trim() || `第${i + 1}项指标`] : []));
    const which = [...(r.budget.light === 'red' ? ['预算执行'] : []), ...rows];
    // The red lights named are the reason; the project light's own explanation (最差者, counts) would repeat 项目亮红灯 in brackets.
    reasons.push(which.length > 0 ? `项目亮红灯：红灯为${which.map((w) => `「${w}」`).join('、')}` : `项目亮红灯（${r.project.explanation}）`);
  }
  if (p.budgetWan != null && p.budgetWan >= m.keyBudgetWan && r.budget.progress != null && r.budget.progress < m.keyProgress) {
    // The progress is read as the page prints it (执行进度 4%), so it carries its % here too.
    reasons.push(`预算${f(p.budgetWan)}万元（${f(m.keyBudgetWan)}万元及以上），预算执行进度${f(r.budget.progress)}%，低于${f(m.keyProgress)}%`);
  }
  return reasons;
}
