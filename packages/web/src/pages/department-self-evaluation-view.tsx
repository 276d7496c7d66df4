import { useMemo } from 'react';
import { Card, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { groupSubtotals, isSubtotalAt, type DepartmentSelfEvaluation, type Indicator } from '@jixiao/core';
import type { FormDetail } from '../api/types';
import { useFormPolicy } from '../api/use-policy';
import { ExportButtons } from '../components/export-buttons';
import { STATUS_COLORS, formatTarget, statusLabel } from '../lib/labels';
import { computedBeside } from './review-self-evaluation';
import { SubmittedTotalsCard, selfEvaluationColumns } from './review-self-evaluation-parts';
import { ScoringHints } from '../components/scoring-hints';
import { YearClosedTag } from '../components/year-closed-tag';
import { AttachmentsPanel } from '../components/attachments-panel';
import { SubtotalName } from '../components/subtotal-name';

/**
 * 部门整体支出绩效自评表 on the self-evaluation page: the sheet's own 自评分 and 总分 beside the server's 系统核算
 * (each row's score with its derivation, the total and grade under the region's policy), differences marked. The
 * sheet is filled in the form editor; this page shows how the rules read it.
 */
export function DepartmentSelfEvaluationView({ id, detail, form }: { id: string; detail: FormDetail; form: DepartmentSelfEvaluation }) {
  const policy = useFormPolicy(detail, form.org_code, form.fiscal_year);
  const score = detail.score ?? null;
  const issues = score?.issues ?? [];
  // A group's subtotal line is scored as nothing (系统核算 —): saying so keeps a clerk from reading it as a lost row.
  const subtotals = useMemo(() => groupSubtotals(form), [form]);
  return (
    <div className="page">
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }} wrap>
        <Space>
          <Typography.Title level={3} style={{ margin: 0 }}>{form.org ?? detail.org_name ?? '部门整体支出绩效自评'}</Typography.Title>
          <Tag>部门整体支出绩效自评表</Tag>
          <Tag color={STATUS_COLORS[detail.status]}>{statusLabel(detail.status)}</Tag>
          {detail.year_closed && <YearClosedTag year={detail.fiscal_year ?? form.fiscal_year} />}
        </Space>
        <Space>
          <ExportButtons formId={id} />
          {/* A closed year's sheet opens read-only in the editor: the link does not promise filling it in. */}
          <Link to={`/forms/${id}`}>{detail.year_closed ? '在编辑器中查看' : '在编辑器中填报'}</Link>
        </Space>
      </Space>
      <SubmittedTotalsCard form={form} policy={policy} score={score} />
      <Card size="small" title="指标得分：自评分与系统核算">
        <Table<Indicator>
          size="small"
          rowKey={(_, i) => String(i)}
          pagination={false}
          dataSource={form.indicators}
          scroll={{ x: 1000 }}
          columns={[
            { title: '#', width: 40, render: (_, __, i) => i + 1 },
            { title: '一级', dataIndex: 'level1', width: 80 },
            { title: '二级', dataIndex: 'level2', width: 100 },
            {
              title: '三级指标',
              dataIndex: 'name',
              render: (name: string, _, i) => isSubtotalAt(subtotals, i)
                ? <SubtotalName name={name} />
                : name,
            },
            { title: '分值', dataIndex: 'weight', width: 60, align: 'right' },
            { title: '指标值', width: 120, render: (_, ind) => formatTarget(ind.comparator, ind.target, ind.unit) || '—' },
            ...selfEvaluationColumns(computedBeside(form, score)),
          ]}
        />
        <ScoringHints hints={issues.map((iss) => iss.message)} />
      </Card>
      <div style={{ marginTop: 12 }}><AttachmentsPanel formId={id} title="佐证材料" noteExample="绩效自评报告" /></div>
    </div>
  );
}
