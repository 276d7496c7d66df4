import { Alert, Card, Col, Descriptions, Row, Statistic, Tag, Typography } from 'antd';
import { HALF_CENT, type Form, type Indicator, type Policy, type SheetScore } from '@jixiao/core';
import { formatWan } from '../lib/labels';
import { executionRateOf } from './self-evaluation-budget';
import { submittedTotals, type ComputedBeside } from './review-self-evaluation';
import { DerivationTip } from './self-evaluation-parts';
import { ScoreNumber } from './score-number';
import { DIFFERS_STYLE } from '../lib/listed-totals';
import { rowScoreText } from './row-score';
import { shownActual, type Bands } from './self-evaluation-bands';

const dash = (v: number | null | undefined) => (v == null ? '—' : String(v));

/**
 * 完成值, the unit's 自评分, the system's 系统核算 score (why on hover; marked where the two differ) and 偏差原因 of a
 * submitted self-evaluation, read-only, after the target columns. `beside` is computedBeside of the form view's score.
 */
export function selfEvaluationColumns(beside: Array<ComputedBeside | null> = [], bands?: Bands) {
  return [
    // A qualitative row's band is picked, not typed: its 自评分 says which, so the reviewer sees what the unit claimed.
    { title: '完成值', width: 96, render: (_: unknown, ind: Indicator) => (bands ? shownActual(ind, bands) : ind.actual) ?? '—' },
    { title: '自评分', width: 70, align: 'right' as const, render: (_: unknown, ind: Indicator) => <ScoreNumber ind={ind} score={ind.score} /> },
    {
      title: '系统核算',
      width: 96,
      align: 'right' as const,
      render: (_: unknown, ind: Indicator, i: number) => {
        const c = beside[i];
        if (!c) return <span className="num-cell">—</span>;
        return (
          <DerivationTip d={c.derivation}>
            <ScoreNumber ind={ind} score={c.computed} differs={c.differs} label={`第 ${i + 1} 行系统核算 ${rowScoreText(ind, c.computed)}，与自评分 ${rowScoreText(ind, ind.score)} 不一致`} />
            {c.status === 'manual' && c.computed !== null && <Tag color="orange" style={{ marginLeft: 4, marginRight: 0 }}>人工</Tag>}
          </DerivationTip>
        );
      },
    },
    // The reasons are what the reviewer weighs a shortfall by: the widest column, wrapped; a long one shows three lines
    // and opens in place (展开), so one essay does not make every row tall.
    { title: '偏差原因', width: 250, render: (_: unknown, ind: Indicator) => <ReasonText text={ind.reason} /> },
  ];
}

function ReasonText({ text }: { text: string | null | undefined }) {
  if (!text?.trim()) return null;
  return (
    <Typography.Paragraph
      style={{ margin: 0, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
      ellipsis={{ rows: 3, expandable: 'collapsible', symbol: (expanded: boolean) => (expanded ? '收起' : '展开') }}
    >
      {text}
    </Typography.Paragraph>
  );
}

// The four totals share the row under the budget card (1280 px), or sit beside it on a wide screen.
const TOTAL_SPAN = { xs: 6, xxl: 3 } as const;

const gradeColor = (grade: string | null) => (grade === null ? undefined : grade === '差' ? '#cf1322' : '#389e0d');

/**
 * 预算执行, 总分 and 等级 as the unit submitted them, for the reviewer of a self-evaluation, beside the system's
 * 系统核算总分 and its 等级 (`score`, the form view's); where the two totals differ, both are marked and said.
 */
export function SubmittedTotalsCard({ form, policy, score }: { form: Form; policy: Policy; score?: SheetScore | null | undefined }) {
  const totals = submittedTotals(form, policy);
  const b = form.kind === 'project_self_evaluation' ? form.budget : null;
  const rate = b ? executionRateOf(b) : null;
  // An empty sheet has nothing to score: no system total either. A sheet with rows has one even where the unit left
  // its 总分 blank: the list, the export and 验收 go by it, so the reviewer sees it here too.
  const system = score && totals.scored ? score : null;
  const blankTotal = totals.scored && totals.total === null;
  const differs = system?.mismatch ?? false;
  const budgetSystem = system?.budget ?? null;
  const budgetDiffers = budgetSystem !== null && budgetSystem.score !== null
    && (totals.budget?.score == null || Math.abs(budgetSystem.score - totals.budget.score) > HALF_CENT);
  return (
    <>
    <Row gutter={[12, 12]} style={{ marginBottom: 12 }}>
      {/* Beside four totals the budget's six cells get half the width: under 1600 px they take the row, else its
          figures (46.68 万元, 93.36%) break digit by digit. */}
      <Col {...(system ? { xs: 24, xxl: 12 } : { span: 16 })}>
        {totals.budget && (
          <Card size="small" title="预算执行情况（万元）">
            <Descriptions size="small" column={3} bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
              <Descriptions.Item label="年初预算数">{formatWan(b?.initial_wan)}</Descriptions.Item>
              <Descriptions.Item label="全年预算数">{formatWan(b?.adjusted_wan)}</Descriptions.Item>
              <Descriptions.Item label="全年执行数">{formatWan(b?.executed_wan)}</Descriptions.Item>
              <Descriptions.Item label="执行率">{rate == null ? '—' : `${rate}%`}</Descriptions.Item>
              <Descriptions.Item label="得分" span={2}>
                {dash(totals.budget.score)} / {totals.budget.weight}
                {budgetSystem && (
                  <>
                    {'　系统核算 '}
                    <DerivationTip d={budgetSystem.derivation}>
                      <span style={budgetDiffers ? DIFFERS_STYLE : undefined}>{dash(budgetSystem.score)}</span>
                    </DerivationTip>
                  </>
                )}
              </Descriptions.Item>
              <Descriptions.Item label="偏差原因" span={3}>{b?.reason ?? '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
        )}
      </Col>
      <Col {...(system ? TOTAL_SPAN : { span: 4 })}>
        <Card size="small"><Statistic title="自评总分" value={totals.total ?? (blankTotal ? '未填' : '—')} precision={totals.total === null ? undefined : 2} styles={differs ? { content: { color: '#cf1322' } } : undefined} /></Card>
      </Col>
      <Col {...(system ? TOTAL_SPAN : { span: 4 })}>
        <Card size="small">
          <Statistic title="等级" value={totals.grade ?? (blankTotal ? '未填' : '—')} styles={{ content: { color: gradeColor(totals.grade) } }} />
        </Card>
      </Col>
      {system && (
        <>
          <Col {...TOTAL_SPAN}>
            <Card size="small" style={differs ? { borderColor: '#ff4d4f', background: '#fff1f0' } : undefined}>
              <Statistic title="系统核算总分" value={system.total} precision={2} />
            </Card>
          </Col>
          <Col {...TOTAL_SPAN}>
            <Card size="small"><Statistic title="核算等级" value={system.grade} styles={{ content: { color: gradeColor(system.grade) } }} /></Card>
          </Col>
        </>
      )}
    </Row>
    {system && differs && (
      <Alert
        type="warning"
        showIcon
        style={{ marginBottom: 12 }}
        title={`填报的自评总分（${system.reportedTotal ?? '未填'}）与系统按规则核算的总分（${system.total.toFixed(2)}，${system.grade}）不一致；不一致的得分已标红（指标行见「系统核算」列），悬停可见计算过程。`}
      />
    )}
    </>
  );
}
