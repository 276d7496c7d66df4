import { InputNumber, Tag } from 'antd';
import type { Indicator, IndicatorScore, QualitativeChoice } from '@jixiao/core';
import { DerivationTip } from './self-evaluation-parts';
import { handScoreRange } from './self-evaluation-rows';

/**
 * A row's 得分: a number inside the band for a qualitative pick, a hand score for a row the rules cannot score,
 * else the computed score. Typed scores go back to the core scorer as manualScores, which clamps and flags them.
 */
export function SelfEvaluationScoreCell({ ind, row, s, choice, manual, readOnly, onManual }: {
  ind: Indicator;
  row: number;
  s: IndicatorScore | undefined;
  choice: QualitativeChoice | undefined;
  manual: number | undefined;
  readOnly: boolean;
  /** null: the typed score was cleared, so the row has none until one is entered. */
  onManual: (value: number | null) => void;
}) {
  if (!s) return <>—</>;
  const label = `第 ${row + 1} 行得分`;
  if (s.status === 'qualitative' && choice && ind.weight !== null) {
    return (
      <DerivationTip d={s.derivation}>
        <InputNumber aria-label={label} size="small" disabled={readOnly} value={manual ?? s.score} min={0} max={ind.weight} step={1} onChange={(v) => onManual(v ?? 0)} style={{ width: 80 }} />
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
          status={s.score === null ? 'error' : undefined}
          placeholder={`0–${range.max}`}
          value={manual ?? s.score}
          min={range.min}
          max={range.max}
          precision={2}
          step={0.5}
          onChange={(v) => onManual(v)}
          style={{ width: 80 }}
        />
        <Tag color="orange" style={{ marginLeft: 4 }}>人工</Tag>
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
