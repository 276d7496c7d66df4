import { Card, Col, Descriptions, Row, Statistic } from 'antd';
import type { Form, Indicator, Policy } from '@jixiao/core';
import { formatWan } from '../lib/labels';
import { executionRateOf } from './self-evaluation-budget';
import { submittedTotals } from './review-self-evaluation';

const dash = (v: number | null | undefined) => (v == null ? '—' : String(v));

/** 完成值, 得分 and 偏差原因 of a submitted self-evaluation, read-only, after the target columns. */
export function selfEvaluationColumns() {
  return [
    { title: '完成值', width: 110, render: (_: unknown, ind: Indicator) => ind.actual ?? '—' },
    { title: '得分', width: 70, align: 'right' as const, render: (_: unknown, ind: Indicator) => <span className="num-cell">{dash(ind.score)}</span> },
    // The reasons are what the reviewer weighs a shortfall by: shown in full, wrapped, never cut to one line.
    { title: '偏差原因', width: 180, render: (_: unknown, ind: Indicator) => <span style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>{ind.reason ?? ''}</span> },
  ];
}

/** 预算执行, 总分 and 等级 as the unit submitted them, for the reviewer of a self-evaluation. */
export function SubmittedTotalsCard({ form, policy }: { form: Form; policy: Policy }) {
  const totals = submittedTotals(form, policy);
  const b = form.kind === 'project_self_evaluation' ? form.budget : null;
  const rate = b ? executionRateOf(b) : null;
  return (
    <Row gutter={12} style={{ marginBottom: 12 }}>
      <Col span={16}>
        {totals.budget && (
          <Card size="small" title="预算执行情况（万元）">
            <Descriptions size="small" column={3} bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
              <Descriptions.Item label="年初预算数">{formatWan(b?.initial_wan)}</Descriptions.Item>
              <Descriptions.Item label="全年预算数">{formatWan(b?.adjusted_wan)}</Descriptions.Item>
              <Descriptions.Item label="全年执行数">{formatWan(b?.executed_wan)}</Descriptions.Item>
              <Descriptions.Item label="执行率">{rate == null ? '—' : `${rate}%`}</Descriptions.Item>
              <Descriptions.Item label="得分" span={2}>{dash(totals.budget.score)} / {totals.budget.weight}</Descriptions.Item>
              <Descriptions.Item label="偏差原因" span={3}>{b?.reason ?? '—'}</Descriptions.Item>
            </Descriptions>
          </Card>
        )}
      </Col>
      <Col span={4}>
        <Card size="small"><Statistic title="自评总分" value={totals.total ?? '—'} precision={totals.total === null ? undefined : 2} /></Card>
      </Col>
      <Col span={4}>
        <Card size="small">
          <Statistic title="等级" value={totals.grade ?? '—'} styles={{ content: { color: totals.grade === null ? undefined : totals.grade === '差' ? '#cf1322' : '#389e0d' } }} />
        </Card>
      </Col>
    </Row>
  );
}
