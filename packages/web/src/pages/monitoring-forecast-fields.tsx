import { Input, Select, Space } from 'antd';
import { CAN_COMPLETE_LABELS, judgedByPick, type MonitoringIndicator } from '@jixiao/core';
import type { MonitoringFinding } from './monitoring-findings';
import { findingStatus, findingsAt } from './monitoring-findings';

const PICKS = ['达成', '部分达成', '未达成'] as const;

/**
 * 全年预计完成值 and 是否能完成 of one row, as the 运行监控表 asks them on every row (rules.md §4): a row with a figure to
 * reach is asked 能 / 不确定 / 不能 beside its forecast, which the review checks against each other; a row judged by its
 * pick (定性) is asked 达成 / 部分达成 / 未达成, which lights it. Both are stored on the same three-way scale.
 */
export function ForecastFields({ ind, row, locked, findings, onChange }: {
  ind: MonitoringIndicator; row: number; locked: boolean; findings: readonly MonitoringFinding[]; onChange: (patch: Partial<MonitoringIndicator>) => void;
}) {
  const byPick = judgedByPick(ind.comparator, ind.target);
  const options = PICKS.map((v) => ({ value: v, label: byPick ? v : CAN_COMPLETE_LABELS[v] }));
  const box = locked ? ({ readOnly: true, variant: 'borderless' } as const) : {};
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        aria-label={`第 ${row + 1} 行全年预计完成值`}
        size="small"
        {...box}
        status={locked ? undefined : findingStatus(findingsAt(findings, row, 'forecast'))}
        placeholder={`全年预计${ind.unit && !byPick ? `（${ind.unit}）` : ''}`}
        value={ind.forecast ?? ''}
        onChange={(e) => onChange({ forecast: e.target.value || null })}
      />
      <Select
        aria-label={byPick ? `第 ${row + 1} 行预计完成情况` : `第 ${row + 1} 行是否能完成`}
        size="small"
        placeholder={byPick ? '预计完成情况' : '能否完成'}
        allowClear
        disabled={locked}
        status={locked ? undefined : findingStatus(findingsAt(findings, row, 'expected_completion'))}
        value={ind.expected_completion ?? undefined}
        style={{ width: byPick ? 110 : 86, flex: 'none' }}
        onChange={(v) => onChange({ expected_completion: v ?? null })}
        options={options}
      />
    </Space.Compact>
  );
}
