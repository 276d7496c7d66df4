import type { RefObject } from 'react';
import { Button, Card, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Form } from '@jixiao/core';
import { IndicatorGrid, type IndicatorGridHandle, type IndicatorGridProps } from './indicator-grid';
import type { weightCounter } from './weight-counter';

interface FormIndicatorsCardProps extends Pick<IndicatorGridProps, 'flags' | 'comments' | 'readOnly' | 'onRowChange' | 'onRowCommit' | 'onRowAction' | 'onReplace'> {
  form: Form;
  grid: RefObject<IndicatorGridHandle | null>;
  weights: ReturnType<typeof weightCounter> | null;
  /** The 添加指标 button: a finding about a missing row puts the focus on it. */
  addButton: RefObject<HTMLButtonElement | null>;
}

/** The indicator table with its weight count, its 添加指标 button and, while editing, the keys it takes. */
export function FormIndicatorsCard({ form, grid, weights, addButton, ...rows }: FormIndicatorsCardProps) {
  return (
    <Card
      size="small"
      title={`绩效指标（${form.indicators.length} 项）`}
      extra={
        <Space>
          {weights && (
            <span aria-live="polite" className={weights.ok ? 'weight-ok' : 'weight-bad'} title={weights.title}>
              {weights.text}
            </span>
          )}
          {!rows.readOnly && (
            <Button ref={addButton} size="small" icon={<PlusOutlined />} onClick={() => rows.onRowAction(form.indicators.length - 1, 'insert')}>
              添加指标
            </Button>
          )}
        </Space>
      }
    >
      {!rows.readOnly && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 6, fontSize: 12 }} className="no-print">
          Tab / Enter / 方向键在单元格间移动；Alt+↑ / ↓ 上移、下移本行，Ctrl+Enter 在下方插入一行，Ctrl+Delete 删除本行；可从 Excel 复制多行后在任一单元格粘贴（含表头时按列名匹配）。
        </Typography.Paragraph>
      )}
      <IndicatorGrid handle={grid} indicators={form.indicators} {...rows} />
    </Card>
  );
}
