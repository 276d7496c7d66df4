import type { Indicator } from '../forms/forms-schema';
import type { Policy } from '../policy/policy';
import { formatNumber as f } from './round-score';
import { QualitativeDerivation } from './deferred-derivation';
import { NO_ISSUES, type IndicatorScore } from './score-types';

/**
 * A 定性 row of weight 0 (a 加分 / 扣分 line kept on a project sheet): every band of [0, 0] scores 0, so the band need not be known;
 * a score written beside it (a bonus of 2, a deduction of −2) lies outside [0, w] and is reported, as a hand score there is.
 */
export function weightless(ind: Indicator, row: number, doc: number | null, manual: boolean, policy: Policy): IndicatorScore {
  return {
    row, name: ind.name, weight: 0, score: 0, status: 'qualitative',
    derivation: new QualitativeDerivation(ind.target, ind.actual, 0, 'weightless', 0, null, false, manual, policy),
    issues: doc == null ? NO_ISSUES : [{ row, code: 'band', message: `第${row + 1}行定性指标「${ind.name}」权重为0，得分${f(doc)}超出 [0, 0]，已按 0 计；权重为0的行不计加减分，请核实。` }],
  };
}
