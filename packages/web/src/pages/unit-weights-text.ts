import { indicatorPointsTotal, isTotalsRow, type ConventionalWeights, type Indicator, type Policy, type ProjectSelfEvaluation } from '@jixiao/core';

const points = (n: number): string => String(Math.round(n * 100) / 100);

function rowList(rows: readonly number[]): string {
  return rows.map((r) => r + 1).join('、');
}

/**
 * What the notice over a sheet with unit-set 分值 says: which rows are the unit's, and how far the 分值 are from the
 * total; `settled` once every such row has one and the indicators total the policy's points.
 */
export function unitWeightsNotice(indicators: readonly Indicator[], rows: readonly number[], policy: Policy, budget: ProjectSelfEvaluation['budget']): { settled: boolean; title: string; description: string } {
  const want = indicatorPointsTotal({ budget }, policy);
  const empty = rows.filter((i) => indicators[i] != null && indicators[i]!.weight == null);
  const total = indicators.reduce((s, ind) => s + (isTotalsRow(ind) ? 0 : ind.weight ?? 0), 0);
  const settled = empty.length === 0 && Math.abs(total - want) <= 0.005;
  const state = empty.length > 0 ? `还有第 ${rowList(empty)} 行未填写分值` : `当前合计 ${points(total)} 分`;
  const shares = policy.levelShares;
  const how = shares
    ? `按政策比例（产出 ${points(shares.output)}${shares.cost != null ? ` / 成本 ${points(shares.cost)}` : ''} / 效益 ${points(shares.benefit)} / 满意度 ${points(shares.satisfaction)}）分到各一级指标，同一一级指标下平均分配`
    : '平均分配到各项指标';
  return {
    settled,
    title: `已批复的绩效目标未设第 ${rowList(rows)} 行指标的分值，由本单位填写：指标分值合计应为 ${points(want)} 分，${state}。`,
    description: `可逐行填写，或点击「按常规分配分值」${how}，预览确认后填入；保存后生效，未保存时离开本页即撤销。其余指标的分值来自已批复的绩效目标，不能修改。`,
  };
}

/** The lines of the 按常规分配分值 preview: each group's points and the 分值 each of its rows takes. */
export function weightPlanText(plan: Extract<ConventionalWeights, { ok: true }>, indicators: readonly Indicator[]): string[] {
  const byRow = new Map(plan.weights.map((w) => [w.row, w.weight]));
  const lines = plan.evenly ? ['政策未设一级指标比例，或有指标的一级指标无法识别：待分配的分值平均分到各项指标。'] : [];
  for (const g of plan.groups) {
    const weights = g.rows.map((r) => byRow.get(r)!);
    const same = weights.every((w) => w === weights[0]);
    const each = same
      ? `第 ${rowList(g.rows)} 行${g.rows.length > 1 ? '各' : ''} ${points(weights[0]!)} 分`
      : g.rows.map((r) => `第 ${r + 1} 行 ${points(byRow.get(r)!)} 分`).join('、');
    lines.push(`${g.label} ${points(g.points)} 分：${each}（${g.rows.map((r) => indicators[r]?.name ?? '').filter(Boolean).join('、')}）`);
  }
  lines.push(`填入后指标分值合计 ${points(plan.total)} 分。填入后仍可逐行修改，保存后生效。`);
  return lines;
}
