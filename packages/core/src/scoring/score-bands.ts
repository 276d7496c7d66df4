import type { Indicator } from '../forms/forms-schema';
import type { Policy } from '../policy/policy';
import { formatNumber as f, HALF_CENT, roundScore } from './round-score';
import type { QualitativeChoice, ScoreIssue } from './score-types';

/** rules.md §3's qualitative bands and the document-score check, shared by the qualitative, rank and quantitative scorers. */

const EPS = 1e-9;

/** The band a score lies in, or null when outside [0, w]. */
export function bandOf(score: number, w: number, policy: Policy): QualitativeChoice | null {
  const b = policy.qualitativeBands;
  if (score < -EPS || score > w + EPS) return null;
  if (score >= b.achievedMin * w - EPS) return '达成';
  if (score >= b.partialMin * w - EPS) return '部分达成';
  return '未达成';
}

/** The default score of a band pick. */
export function bandDefault(choice: QualitativeChoice, w: number, policy: Policy): number {
  const b = policy.qualitativeBands;
  const k = choice === '达成' ? b.achievedDefault : choice === '部分达成' ? b.partialDefault : b.notAchievedDefault;
  return roundScore(k * w);
}

/** score_mismatch when the document's score differs from the computed one; null when they agree. */
export function documentMismatch(ind: Indicator, row: number, computed: number): ScoreIssue | null {
  if (ind.score != null && Math.abs(ind.score - computed) > HALF_CENT) {
    return { row, code: 'score_mismatch', message: `第${row + 1}行「${ind.name}」填报得分${f(ind.score)}与规则计算的${f(computed)}不一致；请核实完成值或得分。` };
  }
  return null;
}
