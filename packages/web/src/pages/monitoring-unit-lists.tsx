import { useState } from 'react';
import { Card, Segmented } from 'antd';
import { MonitoringQueueList, useQueueCounts } from './monitoring-queue-list';
import { UNIT_LISTS, defaultUnitList, listLabel, type ListStatus } from './monitoring-queue';

/**
 * A unit's own monitoring tables (单位填报): those returned, with the 退回意见 and 「去修改」 to open one, its saved
 * drafts with 「继续填报」, and those still waiting for 验收 (read-only: a table changes only once it is back with the unit).
 */
export function UnitMonitoringLists({ year, onOpen, onYear }: { year: number; onOpen: (row: { form_id: number; month: number }) => void; onYear: (year: number) => void }) {
  const [chosen, setList] = useState<ListStatus | null>(null);
  const counts = useQueueCounts(year);
  // Until the clerk picks a tab: what came back first, else the drafts to resume.
  const list = chosen ?? defaultUnitList(counts.data);
  return (
    <Card
      size="small"
      title={
        <Segmented
          aria-label="本单位监控表清单"
          value={list}
          onChange={(v) => setList(v as ListStatus)}
          options={UNIT_LISTS.map((t) => ({ value: t.key, label: listLabel(t.key, counts.data?.[t.key], 'unit') }))}
        />
      }
    >
      <MonitoringQueueList key={list} year={year} status={list} audience="unit" onOpen={onOpen} onYear={onYear} />
    </Card>
  );
}
