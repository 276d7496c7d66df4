import { Input, Select, Space, Tag } from 'antd';
import { NOT_MEASURED_REASONS, type MonitoringIndicator } from '@jixiao/core';
import { notMeasuredText } from './monitoring-checks';

/**
 * A measured row that has no value yet (a satisfaction survey held at year end): the unit states why and what it
 * expects (预计), so the row is not lit red nor listed as unfilled; whoever reads the table sees it marked.
 */
export function NotMeasuredField({ ind, row, locked, onChange }: { ind: MonitoringIndicator; row: number; locked: boolean; onChange: (patch: Partial<MonitoringIndicator>) => void }) {
  const text = notMeasuredText(ind);
  if (locked) return text ? <Tag color="blue" style={{ marginTop: 4, whiteSpace: 'normal' }}>{text}</Tag> : null;
  return (
    <Space.Compact style={{ width: '100%', marginTop: 4 }}>
      <Select
        aria-label={`第 ${row + 1} 行尚未测量的原因`}
        size="small"
        placeholder="尚未测量？"
        allowClear
        value={ind.not_measured ?? undefined}
        style={{ width: ind.not_measured ? 96 : '100%' }}
        // Cleared, the row is a measured one again: its 预计 goes with the reason.
        onChange={(v) => onChange(v ? { not_measured: v } : { not_measured: null, forecast: null })}
        options={NOT_MEASURED_REASONS.map((r) => ({ value: r, label: r }))}
      />
      {ind.not_measured && (
        <Input
          aria-label={`第 ${row + 1} 行预计全年完成值`}
          size="small"
          placeholder={`预计${ind.unit ? `（${ind.unit}）` : ''}`}
          value={ind.forecast ?? ''}
          onChange={(e) => onChange({ forecast: e.target.value || null })}
        />
      )}
    </Space.Compact>
  );
}
