import type { Dispatch, ReactNode, SetStateAction } from 'react';
import { Card, Collapse, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { Indicator, QualitativeChoice } from '@jixiao/core';
import type { Finding } from '../api/types';
import { CommentBadge } from '../components/comment-badge';
import { ScoringHints } from '../components/scoring-hints';
import { SubtotalName } from '../components/subtotal-name';
import { FindingsPanel } from '../editor/findings-panel';
import { columnsWidth } from '../lib/columns-width';
import { enterToNextRow } from '../lib/enter-to-next-input';
import { selfEvaluationColumns, type SelfEvaluationColumnsInput } from './self-evaluation-columns';
import { focusSelfEvaluationFinding } from './self-evaluation-focus';
import { splitSelfEvaluationFindings } from './self-evaluation-findings';
import { flashRow } from '../lib/flash-row';
import { ownDiffers, ownScore } from './self-evaluation-own-scores';

// 三级指标 takes the spare room of the 1104 px box at 1366×768, never less than this.
const NAME_MIN_WIDTH = 160;

export interface SheetColumnsInput extends Pick<SelfEvaluationColumnsInput, 'readOnly' | 'policy' | 'result' | 'choices' | 'unitWeightRows'> {
  indicators: readonly Indicator[];
  /** A 部门整体 sheet's group subtotal lines: named as such, taking no 完成值 or score of their own. */
  isSubtotal?: (row: number) => boolean;
  /** Reviewers' comments per row of a returned sheet (returnedRowComments): each such row is marked. */
  comments: ReadonlyMap<number, readonly string[]>;
  setIndicator: (row: number, patch: Partial<Indicator>) => void;
  setChoices: Dispatch<SetStateAction<Record<number, QualitativeChoice>>>;
}

/**
 * The rows' own scores, where they differ from the rules', and the indicator table's columns, the same on the project
 * and the 部门整体 sheet: a band picked clears the row's own score, so the band's default score becomes the prefill.
 */
export function sheetColumns({ indicators, readOnly, policy, result, choices, unitWeightRows, isSubtotal = () => false, comments, setIndicator, setChoices }: SheetColumnsInput) {
  const scoreOf = (i: number) => result.indicators.find((s) => s.row === i);
  const ownScores = indicators.map((ind, i) => ({ weight: scoreOf(i)?.weight ?? ind.weight, score: isSubtotal(i) ? null : ownScore(ind, scoreOf(i)) }));
  const differing = indicators.map((ind, i) => !isSubtotal(i) && ownDiffers(ind, scoreOf(i)));
  const columns: TableColumnsType<Indicator> = selfEvaluationColumns({
    readOnly, policy, result, choices, differing, ownScores, unitWeightRows,
    onIndicator: setIndicator,
    onPick: (i, c) => {
      setChoices((prev) => ({ ...prev, [i]: c }));
      setIndicator(i, { score: null });
    },
  }).map((col) => {
    // A commented row's # carries its 批 mark: the column widens only when some row has one.
    if (col.title === '#') return { ...col, width: comments.size > 0 ? 60 : col.width, className: 'row-no', render: (_: unknown, __: Indicator, i: number) => <>{i + 1}<CommentBadge row={i} texts={comments.get(i)} /></> };
    if (col.title === '三级指标') return { ...col, render: (name: string, _: Indicator, i: number) => (isSubtotal(i) ? <SubtotalName name={name} /> : <span style={{ wordBreak: 'break-word' }}>{name}</span>) };
    return col;
  });
  return { ownScores, differing, columns };
}

/**
 * The indicator table of a self-evaluation sheet, its commented rows marked, with the rules' 计分提示 under it. Enter
 * moves to the same box one row down, as in the form editor and Excel.
 */
export function SelfEvaluationSheetTable({ title, extra, indicators, columns, comments, hints }: {
  title: string;
  extra?: ReactNode;
  indicators: Indicator[];
  columns: TableColumnsType<Indicator>;
  comments: ReadonlyMap<number, readonly string[]>;
  hints: readonly string[];
}) {
  return (
    <Card size="small" title={title} extra={extra} onKeyDown={enterToNextRow}>
      <Table<Indicator>
        size="small"
        className="self-evaluation-sheet"
        rowKey={(_, i) => String(i)}
        rowClassName={(_, i) => (comments.has(i) ? 'row-commented' : '')}
        pagination={false}
        dataSource={indicators}
        columns={columns}
        scroll={{ x: columnsWidth(columns, NAME_MIN_WIDTH) }}
      />
      <ScoringHints hints={hints} />
    </Card>
  );
}

/**
 * 自动审核 of a self-evaluation as it is being filled in; each finding takes the clerk to its input. Findings about the
 * approved target's own definition (its names, values, units, levels, weights: read-only here) are listed apart, folded,
 * so the list the clerk works through holds only what this page can change; clicking one shows its row.
 */
export function SelfEvaluationFindingsCard({ findings, unitWeightRows }: { findings: Finding[]; unitWeightRows?: readonly number[] }) {
  if (findings.length === 0) return null;
  const { own, target } = splitSelfEvaluationFindings(findings, unitWeightRows);
  const errors = own.filter((f) => f.severity === 'error').length;
  const targetErrors = target.filter((f) => f.severity === 'error').length;
  return (
    <Card
      size="small"
      style={{ marginTop: 12 }}
      title={
        <span>
          自动审核（按当前填写）
          {errors > 0 ? <Tag color="red">{errors} 个错误，修正后才能提交</Tag> : targetErrors === 0 ? <Tag color="green">无错误</Tag> : null}
          {targetErrors > 0 && <Tag color="orange">目标设置有 {targetErrors} 个错误（不影响提交，随表报审核人员）</Tag>}
        </span>
      }
    >
      {own.length > 0 || target.length === 0
        ? <FindingsPanel findings={own} onPick={focusSelfEvaluationFinding} />
        : <Typography.Text type="secondary">本页填写的内容未发现问题。</Typography.Text>}
      {target.length > 0 && (
        <Collapse
          size="small"
          className="target-findings"
          style={{ marginTop: 8 }}
          items={[{
            key: 'target',
            label: <span>目标设置问题（来自已批复的绩效目标，本页不能修改）<Tag style={{ marginLeft: 8 }} color={targetErrors > 0 ? 'red' : undefined}>{target.length} 条</Tag></span>,
            children: (
              <>
                <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
                  以下是指标名称、指标值、计量单位、层级或分值本身的问题，按已批复的目标原样带入，不影响提交，审核人员会看到；只需照实填写完成值和自评分，如需修改目标，请联系财政部门。
                </Typography.Paragraph>
                <FindingsPanel findings={target} onPick={(f) => { if (f.row !== null) flashRow(`.self-evaluation-sheet tr[data-row-key="${f.row}"]`); }} />
              </>
            ),
          }]}
        />
      )}
    </Card>
  );
}
