import { InputNumber, Tooltip, Typography } from 'antd';
import type { EvaluatedItem, TemplateItem } from '@jixiao/core';

type Scores = Record<string, number>;
type SetScores = (fn: (p: Scores) => Scores) => void;

function setOrClear(set: SetScores, id: string, v: number | null) {
  set((p) => {
    const next = { ...p };
    if (v === null) delete next[id];
    else next[id] = v;
    return next;
  });
}

/** How the score was reached, for the tooltip: the core's rule and arithmetic. */
function Derivation({ it }: { it: EvaluatedItem }) {
  return (
    <div>
      <div>{it.derivation.rule}</div>
      <div>{it.derivation.arithmetic}</div>
    </div>
  );
}

interface Props {
  it: EvaluatedItem;
  def: TemplateItem | undefined;
  entered: Scores;
  deductions: Scores;
  setEntered: SetScores;
  setDeductions: SetScores;
  /** The group may take one score for the whole group. */
  wholeGroup: boolean;
  readOnly: boolean;
}

/**
 * The 得分 cell of one template row. No min/max clamping in the box: an out-of-range score or a deduction
 * over its limit reaches the evaluator, which caps it and says so beside the row, instead of the box
 * silently changing what was typed on blur.
 */
export function EvaluationScoreCell({ it, def, entered, deductions, setEntered, setDeductions, wholeGroup, readOnly }: Props) {
  const leaf = !def?.children?.length;
  if (leaf && it.source !== 'formula') {
    const isDeduction = it.source === 'deduction';
    const limit = def?.limit ?? def?.maxScore ?? null;
    const map = isDeduction ? deductions : entered;
    return (
      <Tooltip title={<Derivation it={it} />}>
        <InputNumber
          size="small"
          aria-label={`${it.name}${isDeduction ? '扣分' : '得分'}`}
          placeholder={isDeduction ? (limit != null ? `扣分≤${limit}` : '扣分') : '得分'}
          min={isDeduction ? undefined : 0}
          readOnly={readOnly}
          value={map[it.id] ?? null}
          onChange={(v) => setOrClear(isDeduction ? setDeductions : setEntered, it.id, v)}
          style={{ width: 90 }}
        />
        {isDeduction && it.score !== null && it.score !== 0 && <Typography.Text type="danger" style={{ marginLeft: 4, fontSize: 12 }}>{it.score}</Typography.Text>}
      </Tooltip>
    );
  }
  const shown = (
    <Tooltip title={<Derivation it={it} />}>
      <span tabIndex={0} style={{ fontWeight: it.level === 1 ? 600 : 400, borderBottom: '1px dashed #999' }}>
        {it.score ?? '—'}
      </span>
    </Tooltip>
  );
  if (!wholeGroup) return shown;
  // A group scored as a whole: its own box beside the sum of its rows.
  return (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6 }}>
      <Tooltip title={`整项打分：下级指标均未评分时，可直接录入「${it.name}」的得分（满分 ${it.maxScore ?? '—'}）`}>
        <InputNumber
          size="small"
          aria-label={`${it.name}整项得分`}
          placeholder="整项"
          min={0}
          readOnly={readOnly}
          value={entered[it.id] ?? null}
          onChange={(v) => setOrClear(setEntered, it.id, v)}
          style={{ width: 70 }}
        />
      </Tooltip>
      {shown}
    </span>
  );
}
