import { Select, Tag } from 'antd';
import { NOT_MEASURED_REASONS, type MonitoringIndicator } from '@jixiao/core';
import { notMeasuredText } from './monitoring-checks';

/**
 * A measured row that has no value yet (a satisfaction survey held at year end): the unit states why, and its 全年预计
 * (the box every row has) says what it expects, so the row is not lit red nor listed as unfilled; whoever reads the
 * table sees it marked.
 */
export function NotMeasuredField({ ind, row, locked, onChange }: { ind: MonitoringIndicator; row: number; locked: boolean; onChange: (patch: Partial<MonitoringIndicator>) => void }) {
  const text = notMeasuredText(ind);
  if (locked) return text ? <Tag color="blue" style={{ marginTop: 4, whiteSpace: 'normal' }}>{text}</Tag> : null;
  return (
    <Select
      aria-label={`第 ${row + 1} 行尚未测量的原因`}
      size="small"
      placeholder="尚未测量？"
      allowClear
      value={ind.not_measured ?? undefined}
      style={{ width: '100%' }}
      onChange={(v) => onChange({ not_measured: v ?? null })}
      options={NOT_MEASURED_REASONS.map((r) => ({ value: r, label: r }))}
    />
  );
}
