import { Input, InputNumber, Select, type TableColumnsType } from 'antd';
import { QUALITATIVE_CHOICES, type Indicator, type IndicatorScore, type Policy, type QualitativeChoice, type SelfEvaluationScore } from '@jixiao/core';
import { formatTarget } from '../lib/labels';
import { SelfEvaluationScoreCell, SystemScoreCell } from './self-evaluation-score-cell';
import { shortOfWeight } from './self-evaluation-rows';
import { adoptedScore, ownScore } from './self-evaluation-own-scores';
import { bandText } from './self-evaluation-bands';

export interface SelfEvaluationColumnsInput {
  readOnly: boolean;
  policy: Policy;
  /** The rules' scores of the sheet, project or 部门整体 (only the rows and their notes are read). */
  result: Pick<SelfEvaluationScore, 'indicators' | 'issues'>;
  /** The band picked per qualitative row. */
  choices: Record<number, QualitativeChoice>;
  /** Per row: the unit's 自评分 differs from the system's. */
  differing: boolean[];
  /** Per row: the weight and the unit's score, which decide whether 偏差原因 is owed. */
  ownScores: Array<{ weight: number | null; score: number | null }>;
  /** Rows whose 分值 the approved target left to the unit: editable here; every other 分值 is the target's, read-only. */
  unitWeightRows?: readonly number[] | undefined;
  onIndicator: (row: number, patch: Partial<Indicator>) => void;
  /** A band picked: its default score becomes the prefill, until the unit types one inside the band. */
  onPick: (row: number, choice: QualitativeChoice) => void;
}

/**
 * The indicator table of the self-evaluation page: targets, the 完成值 (or band) typed, the unit's 自评分 beside the
 * system's 系统核算, and 偏差原因. Sized to fit the 1104 px box at 1366×768; # and 一级 stay in view while 偏差原因 has
 * the focus.
 */
export function selfEvaluationColumns({ readOnly, policy, result, choices, differing, ownScores, unitWeightRows = [], onIndicator, onPick }: SelfEvaluationColumnsInput): TableColumnsType<Indicator> {
  const scoreOf = (i: number): IndicatorScore | undefined => result.indicators.find((s) => s.row === i);
  return [
    { title: '#', width: 36, fixed: 'left', render: (_, __, i) => i + 1 },
    { title: '一级', dataIndex: 'level1', width: 72, fixed: 'left' },
    { title: '二级', dataIndex: 'level2', width: 84 },
    // No width: 三级指标 takes the spare room, and never less than NAME_MIN_WIDTH (see scroll.x); long names wrap.
    { title: '三级指标', dataIndex: 'name', render: (name: string) => <span style={{ wordBreak: 'break-word' }}>{name}</span> },
    {
      title: '分值',
      dataIndex: 'weight',
      width: unitWeightRows.length > 0 ? 76 : 52,
      render: (weight: number | null, _, i) =>
        unitWeightRows.includes(i) ? (
          <InputNumber
            aria-label={`第 ${i + 1} 行分值`}
            data-mrow={i}
            data-mfield="weight"
            size="small"
            min={0}
            max={100}
            precision={2}
            disabled={readOnly}
            status={weight == null && !readOnly ? 'warning' : undefined}
            placeholder="填写"
            value={weight}
            onChange={(v) => onIndicator(i, { weight: v ?? null })}
            style={{ width: '100%' }}
          />
        ) : weight,
    },
    { title: '年度指标值', width: 96, render: (_, ind) => formatTarget(ind.comparator, ind.target, ind.unit) || '—' },
    {
      title: '实际完成值',
      width: 136,
      render: (_, ind, i) =>
        ind.comparator === 'qualitative' ? (
          <Select<QualitativeChoice>
            aria-label={`第 ${i + 1} 行完成情况`}
            disabled={readOnly}
            placeholder="选择完成情况"
            value={choices[i]}
            style={{ width: '100%' }}
            popupMatchSelectWidth={false}
            onChange={(c) => onPick(i, c)}
            options={QUALITATIVE_CHOICES.map((c) => ({ value: c, label: `${c} ${ind.weight !== null ? bandText(c, ind.weight, policy.qualitativeBands) : ''}` }))}
          />
        ) : (
          <Input aria-label={`第 ${i + 1} 行实际完成值`} data-mrow={i} data-mfield="actual" readOnly={readOnly} variant={readOnly ? 'filled' : 'outlined'} value={ind.actual ?? ''} onChange={(e) => onIndicator(i, { actual: e.target.value || null })} />
        ),
    },
    {
      title: '自评分',
      width: 92,
      render: (_, ind, i) => (
        <SelfEvaluationScoreCell
          ind={ind}
          row={i}
          s={scoreOf(i)}
          own={ownScore(ind, scoreOf(i))}
          problem={ind.score != null ? result.issues.find((iss) => iss.row === i && iss.code === 'band')?.message ?? null : null}
          readOnly={readOnly}
          onOwn={(v) => onIndicator(i, { score: v })}
        />
      ),
    },
    {
      title: '系统核算',
      width: 104,
      render: (_, ind, i) => (
        <SystemScoreCell ind={ind} row={i} s={scoreOf(i)} differs={differing[i] ?? false} readOnly={readOnly} onAdopt={() => onIndicator(i, { score: adoptedScore(scoreOf(i)) })} />
      ),
    },
    {
      title: '偏差原因',
      width: 180,
      render: (_, ind, i) => {
        const short = shortOfWeight(ownScores[i]);
        // A reason runs to a sentence or two: the box grows to four lines so the clerk reads back all of it.
        return (
          <Input.TextArea
            autoSize={{ minRows: 1, maxRows: 4 }}
            aria-label={`第 ${i + 1} 行偏差原因`}
            data-mrow={i}
            data-mfield="reason"
            readOnly={readOnly}
            variant={readOnly ? 'filled' : 'outlined'}
            status={short && !ind.reason?.trim() ? 'error' : undefined}
            placeholder={short ? '未满分，必填' : ''}
            value={ind.reason ?? ''}
            onChange={(e) => onIndicator(i, { reason: e.target.value || null })}
          />
        );
      },
    },
  ];
}
