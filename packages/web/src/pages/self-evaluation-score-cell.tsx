import { Button, InputNumber, Tag, Typography } from 'antd';
import { isDeductionRow, isTotalsRow, type Indicator, type IndicatorScore } from '@jixiao/core';
import { DerivationTip } from './self-evaluation-parts';
import { ScoreNumber } from './score-number';
import { roundScoreInput, scoreInputText } from '../lib/score-input';

/**
 * A row's 自评分: the unit's own score, typed (prefilled with the rules' score where the unit has given none). A score
 * the scorer does not take as it stands (outside the band picked, outside [0, 分值]) stays in the cell, marked, with
 * the scorer's reason beneath.
 */
export function SelfEvaluationScoreCell({ ind, row, s, own, problem, readOnly, onOwn }: {
  ind: Indicator;
  row: number;
  s: IndicatorScore | undefined;
  /** ownScore: the unit's score, else the prefill. */
  own: number | null;
  /** Why the score is not taken as it stands (the scorer's band note for the row), or null. */
  problem: string | null;
  readOnly: boolean;
  /** null: cleared, so the row takes the rules' score again as its prefill. */
  onOwn: (value: number | null) => void;
}) {
  if (isTotalsRow(ind)) return <span className="num-cell">{ind.score ?? '—'}</span>;
  // A row whose values let the rules score it needs no hand score; one they cannot score needs one once its 完成值 is in.
  const owed = s?.status === 'manual' && own == null && (ind.actual ?? '').trim() !== '';
  return (
    <>
      <InputNumber
        aria-label={`第 ${row + 1} 行自评分`}
        size="small"
        disabled={readOnly}
        status={problem || owed ? 'error' : undefined}
        placeholder={ind.weight != null ? `0–${Math.abs(ind.weight)}` : undefined}
        value={own}
        min={isDeductionRow(ind) ? undefined : 0}
        formatter={scoreInputText}
        step={0.5}
        onChange={(v) => onOwn(v == null ? null : roundScoreInput(v))}
        style={{ width: '100%' }}
      />
      {problem && <Typography.Text type="danger" style={{ display: 'block', fontSize: 12 }}>{problem}</Typography.Text>}
    </>
  );
}

/**
 * A row's 系统核算: the rules' score with its derivation on hover, marked where it differs from the 自评分, with the
 * one click that takes it over. A row the rules cannot score says why in words: 待填 before its 完成值, else 人工.
 */
export function SystemScoreCell({ ind, row, s, differs, readOnly, onAdopt }: {
  ind: Indicator;
  row: number;
  s: IndicatorScore | undefined;
  differs: boolean;
  readOnly: boolean;
  onAdopt: () => void;
}) {
  if (!s || isTotalsRow(ind)) return <span className="num-cell">—</span>;
  const blank = (ind.actual ?? '').trim() === '' && ind.comparator !== 'qualitative';
  return (
    <DerivationTip d={s.derivation}>
      {s.status === 'manual' && !isDeductionRow(ind)
        ? <Tag color={blank ? 'default' : 'orange'} style={{ marginRight: 0 }}>{blank ? '待填' : '人工'}</Tag>
        : (
          <ScoreNumber ind={ind} score={s.score} differs={differs} label={`第 ${row + 1} 行系统核算 ${s.score ?? '—'}，与自评分不一致`} />
        )}
      {differs && !readOnly && (
        <Button size="small" type="link" style={{ padding: 0, height: 'auto', display: 'block' }} onClick={onAdopt}>采用系统核算</Button>
      )}
    </DerivationTip>
  );
}
