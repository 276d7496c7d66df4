import { InputNumber, Tag, Typography } from 'antd';
import type { Indicator, IndicatorScore, QualitativeChoice } from '@jixiao/core';
import { DerivationTip } from './self-evaluation-parts';
import { handScoreRange } from './self-evaluation-rows';

/**
 * A row's 得分: a number inside the band for a qualitative pick, a hand score for a row the rules cannot score,
 * else the computed score. Typed scores go back to the core scorer as manualScores; a score it does not accept as typed
 * (outside the band picked, outside [0, 分值]) stays in the cell, marked, with the scorer's reason beneath.
 */
export function SelfEvaluationScoreCell({ ind, row, s, choice, manual, problem, readOnly, onManual }: {
  ind: Indicator;
  row: number;
  s: IndicatorScore | undefined;
  choice: QualitativeChoice | undefined;
  manual: number | undefined;
  /** Why the typed score is not taken as it stands (typedScoreProblem), or null. */
  problem: string | null;
  readOnly: boolean;
  /** null: the typed score was cleared, so the row has none until one is entered. */
  onManual: (value: number | null) => void;
}) {
  if (!s) return <>—</>;
  const label = `第 ${row + 1} 行得分`;
  if (s.status === 'qualitative' && choice && ind.weight !== null) {
    return (
      <DerivationTip d={s.derivation}>
        <InputNumber aria-label={label} size="small" disabled={readOnly} status={problem ? 'error' : undefined} value={manual ?? s.score} min={0} step={1} onChange={(v) => onManual(v ?? 0)} style={{ width: 80 }} />
        {problem && <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>{problem}</Typography.Text>}
      </DerivationTip>
    );
  }
  const range = handScoreRange(ind, s);
  if (range && !readOnly) {
    return (
      <DerivationTip d={s.derivation}>
        <InputNumber
          aria-label={label}
          size="small"
          status={s.score === null || problem ? 'error' : undefined}
          placeholder={`0–${range.max}`}
          value={manual ?? s.score}
          min={range.min}
          precision={2}
          step={0.5}
          onChange={(v) => onManual(v)}
          style={{ width: 80 }}
        />
        <Tag color="orange" style={{ marginLeft: 4 }}>人工</Tag>
        {problem && <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>{problem}</Typography.Text>}
      </DerivationTip>
    );
  }
  return (
    <DerivationTip d={s.derivation}>
      <span>{s.score ?? '—'}</span>
      {s.status === 'manual' && <Tag color="orange" style={{ marginLeft: 4 }}>人工</Tag>}
    </DerivationTip>
  );
}
