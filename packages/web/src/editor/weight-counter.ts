import { isBonusRow, isDeductionRow, isTotalsRow, unfundedBudget, type FormKind, type Indicator, type Policy, type SelfEvaluationBudget } from '@jixiao/core';

export interface WeightCounter {
  ok: boolean;
  text: string;
  /** Why the total is right or wrong, in the words a clerk reads on hover. */
  title: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;
const near = (a: number, b: number) => Math.abs(a - b) < 0.005;

/**
 * The 权重合计 beside the indicator grid. It agrees with the live review, which decides whether the weights total
 * right (a 100-point project target stands unless the unit's other targets use the policy's 90): red exactly when
 * the review reports the form's weights, so the clerk never reads a red total over 「自动审核未发现问题」. Rows the
 * review leaves out of the total (合计, 扣分项, 加分项) are left out here too.
 */
export function weightCounter(p: {
  indicators: readonly Indicator[];
  kind: FormKind;
  policy: Pick<Policy, 'weightTotals' | 'budgetExecutionWeight'>;
  findings: ReadonlyArray<{ code: string; row: number | null; message: string }>;
  /** A self-evaluation's budget block: a project with no money whose budget line weighs 0 scores its rows on the whole. */
  budget?: SelfEvaluationBudget | null;
}): WeightCounter | null {
  const counted = p.indicators.filter((ind) => !isTotalsRow(ind) && !isDeductionRow(ind) && !isBonusRow(ind));
  if (!counted.some((ind) => ind.weight != null)) return null;
  const total = round2(counted.reduce((sum, ind) => sum + (ind.weight ?? 0), 0));
  const budget = p.policy.budgetExecutionWeight;
  const unfunded = p.kind === 'project_self_evaluation' && unfundedBudget(p.budget ?? null);
  const want = p.policy.weightTotals[p.kind] + (unfunded ? budget : 0);
  const hundred = p.kind === 'project_target' ? want + budget : null;
  const flagged = p.findings.find((f) => f.code === 'weights' && f.row === null);
  if (flagged) return { ok: false, text: `权重合计 ${total} / ${want}`, title: flagged.message };
  if (hundred != null && near(total, hundred) && !near(total, want)) {
    return { ok: true, text: `权重合计 ${total} / ${hundred}（百分制）`, title: `按百分制填报：各指标合计 ${hundred}，与政策口径（指标 ${want} 分、预算执行率另占 ${budget} 分）相同，自动审核认可。` };
  }
  if (unfunded) return { ok: near(total, want), text: `权重合计 ${total} / ${want}`, title: `本项目无预算资金，预算执行不计分，各指标权重应合计 ${want}。` };
  const why = p.kind === 'project_target' ? `（预算执行率另占 ${budget} 分${hundred != null ? `；也可按百分制合计 ${hundred}` : ''}）` : '';
  return { ok: near(total, want), text: `权重合计 ${total} / ${want}`, title: `各指标权重应合计 ${want}${why}。` };
}
