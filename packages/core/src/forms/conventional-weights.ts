import type { Indicator, ProjectSelfEvaluation } from './forms-schema';
import { DEFAULT_POLICY, type Policy } from '../policy/policy';
import { frameworkForYear, level1Of, parseLevel1, parseLevel2, type Level1 } from '../review/indicator-framework';
import { isBonusRow, isDeductionRow, isTotalsRow } from '../scoring/sheet-rows';
import { unfundedBudget } from '../scoring/score-self-evaluation';
import { weightInName } from '../scoring/score-indicator';

/**
 * The rows of a self-evaluation whose 分值 the unit sets: those its approved target gave no weight (a table without a
 * 权重 column). A 合计 row, a 扣分项 or 加分项 and a nameless row take no share of the points, so none is the unit's.
 */
export function unitWeightRows(targetIndicators: readonly Indicator[]): number[] {
  const rows: number[] = [];
  targetIndicators.forEach((ind, i) => {
    // A name that states its points (宣讲场次（5分）) is weighted by the target as much as a 权重 cell: the scorer reads it.
    if (ind.weight == null && weightInName(ind.name) == null && sharesPoints(ind)) rows.push(i);
  });
  return rows;
}

function sharesPoints(ind: Indicator): boolean {
  return ind.name.trim() !== '' && !isTotalsRow(ind) && !isDeductionRow(ind) && !isBonusRow(ind);
}

/** A group of rows 按常规分配分值 fills, with the points it gives them together. */
export interface WeightGroup {
  /** 产出指标, 效益指标, …; 全部指标 when the points are split evenly over every row. */
  label: string;
  points: number;
  rows: number[];
}

export type ConventionalWeights =
  | { ok: true; weights: Array<{ row: number; weight: number }>; groups: WeightGroup[]; total: number; evenly: boolean }
  | { ok: false; reason: string };

type GroupKey = Exclude<Level1, 'cost'> | 'cost';

const GROUP_LABELS: Record<GroupKey, string> = { output: '产出指标', cost: '成本指标', benefit: '效益指标', satisfaction: '满意度指标' };

/**
 * 按常规分配分值: the 分值 of the unit's rows left empty, so the sheet's indicators total the policy's points for a
 * project self-evaluation (90, or 100 when the project had no money and budget execution scores nothing). Each 一级
 * takes its policy share (levelShares, scaled to the levels the sheet has) less what its rows already carry, split evenly
 * over its empty rows; when the policy has no shares, or an empty row's 一级 cannot be told, the points left are split
 * evenly over all empty rows. Every 分值 is rounded to 2 decimals, the cents handed out so the total is exact.
 */
export function conventionalWeights(form: Pick<ProjectSelfEvaluation, 'indicators' | 'fiscal_year' | 'budget'>, unitRows: readonly number[], policy: Policy = DEFAULT_POLICY): ConventionalWeights {
  const rows = form.indicators;
  const unit = new Set(unitRows);
  const want = indicatorPointsTotal(form, policy);
  const levels = carriedLevels(rows, frameworkForYear(form.fiscal_year, policy.framework), policy.levelShares?.cost == null);
  const empty: number[] = [];
  let taken = 0;
  rows.forEach((ind, i) => {
    if (!sharesPoints(ind)) return;
    if (unit.has(i) && ind.weight == null) empty.push(i);
    else taken += ind.weight ?? weightInName(ind.name) ?? 0;
  });
  if (empty.length === 0) return { ok: false, reason: '没有待填写的分值：由单位填写分值的指标都已填写。' };
  const left = toCents(want - taken);
  if (left <= 0) return { ok: false, reason: `已填写的分值合计 ${formatPoints(taken)}，已达到或超过应合计的 ${formatPoints(want)} 分，没有可分配的分值；请先核对已填写的分值。` };
  const shares = policy.levelShares;
  const byLevel = shares && empty.every((i) => levels[i] != null) ? levelGroups(rows, levels, empty, shares, want) : null;
  const groups = byLevel ?? [{ label: '全部指标', amount: left, rows: empty }];
  const cents = apportion(groups.map((g) => g.amount), left);
  const weights: Array<{ row: number; weight: number }> = [];
  const out: WeightGroup[] = groups.map((g, k) => {
    const split = apportion(g.rows.map(() => 1), cents[k]!);
    g.rows.forEach((row, j) => weights.push({ row, weight: split[j]! / 100 }));
    return { label: g.label, points: cents[k]! / 100, rows: g.rows };
  });
  weights.sort((a, b) => a.row - b.row);
  return { ok: true, weights, groups: out, total: want, evenly: byLevel == null };
}

/**
 * The points a project self-evaluation's indicators share: the policy's total for the kind (90), or 100 when the project
 * had no money and budget execution scores nothing (as the weights check holds it, review/check-form.ts).
 */
export function indicatorPointsTotal(form: Pick<ProjectSelfEvaluation, 'budget'>, policy: Policy = DEFAULT_POLICY): number {
  return policy.weightTotals.project_self_evaluation + (unfundedBudget(form.budget) ? policy.budgetExecutionWeight : 0);
}

/** The sheet's indicators with the filled 分值 written in: what the page applies once the clerk confirms. */
export function withConventionalWeights(indicators: readonly Indicator[], weights: ReadonlyArray<{ row: number; weight: number }>): Indicator[] {
  const byRow = new Map(weights.map((w) => [w.row, w.weight]));
  return indicators.map((ind, i) => (byRow.has(i) ? { ...ind, weight: byRow.get(i)! } : ind));
}

/**
 * Each row's 一级 group: its own 一级, else the one above it (a merged cell is written once), else the one its 二级 sits
 * under in the year's framework. With `costWithOutput`, 成本 rows go with 产出.
 */
function carriedLevels(rows: readonly Indicator[], framework: '2020' | '2021', costWithOutput: boolean): Array<GroupKey | null> {
  let current: Level1 | null = null;
  return rows.map((ind) => {
    const own = parseLevel1(ind.level1);
    if (own) current = own;
    else if (ind.level1 != null && ind.level1.trim() !== '') current = null;
    const l2 = parseLevel2(ind.level2);
    const l1 = own ?? current ?? (l2 ? level1Of(l2, framework) : null);
    return l1 === 'cost' && costWithOutput ? 'output' : l1;
  });
}

/** The empty rows grouped by 一级, each group given its share of `want` less what its filled rows already carry. */
function levelGroups(rows: readonly Indicator[], levels: ReadonlyArray<GroupKey | null>, empty: readonly number[], shares: NonNullable<Policy['levelShares']>, want: number) {
  const present = new Set<GroupKey>();
  const carried = new Map<GroupKey, number>();
  rows.forEach((ind, i) => {
    const g = levels[i];
    if (g == null || !sharesPoints(ind)) return;
    present.add(g);
    carried.set(g, (carried.get(g) ?? 0) + (ind.weight ?? 0));
  });
  const base = (g: GroupKey): number => (g === 'cost' ? shares.cost ?? 0 : shares[g]);
  const sum = [...present].reduce((s, g) => s + base(g), 0);
  if (sum <= 0) return null;
  const order: GroupKey[] = ['output', 'cost', 'benefit', 'satisfaction'];
  return order
    .map((g) => {
      const members = empty.filter((i) => levels[i] === g);
      return { label: GROUP_LABELS[g], amount: Math.max(0, (want * base(g)) / sum - (carried.get(g) ?? 0)), rows: members };
    })
    .filter((g) => g.rows.length > 0);
}

/**
 * `total` cents shared in proportion to `amounts` (evenly when they are all 0), each part a whole number of cents:
 * the largest remainders take the cents rounding left over, ties to the earlier part.
 */
function apportion(amounts: readonly number[], total: number): number[] {
  const sum = amounts.reduce((s, a) => s + a, 0);
  const raw = amounts.map((a) => (sum > 0 ? (total * a) / sum : total / amounts.length));
  const floors = raw.map((r) => Math.floor(r + 1e-9));
  let rest = total - floors.reduce((s, f) => s + f, 0);
  const order = raw.map((r, i) => ({ i, frac: r - floors[i]! })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) floors[order[k]!.i]! += 1;
  return floors;
}

function toCents(points: number): number {
  return Math.round(points * 100);
}

function formatPoints(points: number): string {
  return String(Math.round(points * 100) / 100);
}
