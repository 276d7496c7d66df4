import { useState } from 'react';
import { Card, Segmented } from 'antd';
import { MonitoringQueueList, useQueueCounts } from './monitoring-queue-list';
import { UNIT_LISTS, listLabel, type QueueStatus } from './monitoring-queue';

/**
 * A unit's own monitoring tables once submitted (单位填报): those returned, with the 退回意见 and 「去修改」 to open
 * one, and those still waiting for 验收. Read-only: a table changes only once it is back with the unit.
 */
export function UnitMonitoringLists({ year, onOpen, onYear }: { year: number; onOpen: (row: { form_id: number; month: number }) => void; onYear: (year: number) => void }) {
  const [list, setList] = useState<QueueStatus>('returned');
  const counts = useQueueCounts(year);
  return (
    <Card
      size="small"
      title={
        <Segmented
          aria-label="本单位监控表清单"
          value={list}
          onChange={(v) => setList(v as QueueStatus)}
          options={UNIT_LISTS.map((t) => ({ value: t.key, label: listLabel(t.key, counts.data?.[t.key as QueueStatus], 'unit') }))}
        />
      }
    >
      <MonitoringQueueList key={list} year={year} status={list} audience="unit" onOpen={onOpen} onYear={onYear} />
    </Card>
  );
}
