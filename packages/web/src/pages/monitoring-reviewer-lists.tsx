import { useState } from 'react';
import { Card, Segmented } from 'antd';
import { KeyMonitoringList, useKeyList } from './monitoring-key-list';
import { MonitoringQueueList, useQueueCounts } from './monitoring-queue-list';
import { REVIEWER_LISTS, listLabel, type ReviewerList } from './monitoring-queue';

/**
 * The reviewer's lists under 运行监控 (finance, 主管部门): 待验收 first, so a yellow or green table off the 重点监控 list
 * is found without opening each project, then 已退回, 已验收 and 重点监控, each with its count.
 */
export function ReviewerMonitoringLists({ year, canDecide, onOpen, onYear }: { year: number; canDecide: boolean; onOpen: (row: { form_id: number; month: number }) => void; onYear: (year: number) => void }) {
  const [list, setList] = useState<ReviewerList>('submitted');
  const counts = useQueueCounts(year);
  const keyRows = useKeyList(year);
  const countOf = (key: ReviewerList) => (key === 'key' ? keyRows.data?.length : counts.data?.[key]);
  return (
    <Card
      size="small"
      title={
        <Segmented
          aria-label="监控表清单"
          value={list}
          onChange={(v) => setList(v as ReviewerList)}
          options={REVIEWER_LISTS.map((t) => ({ value: t.key, label: listLabel(t.key, countOf(t.key)) }))}
        />
      }
    >
      {list === 'key' ? (
        <KeyMonitoringList year={year} canDecide={canDecide} onOpen={onOpen} />
      ) : (
        // Keyed by stage: another stage starts on its first page with its own period and order.
        <MonitoringQueueList key={list} year={year} status={list} onOpen={onOpen} onYear={onYear} />
      )}
    </Card>
  );
}
