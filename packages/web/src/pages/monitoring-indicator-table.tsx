import { Input, Space, Table } from 'antd';
import { judgedByPick, type MonitoringIndicator, type MonitoringReport, type ProjectMonitoring } from '@jixiao/core';
import { LightDot } from '../components/light-dot';
import { formatTarget } from '../lib/labels';
import { LightExplanation, NoteField } from './monitoring-parts';
import { progressText } from './monitoring-checks';
import { FindingNotes } from './monitoring-finding-notes';
import { findingStatus, findingsAt, type MonitoringFinding } from './monitoring-findings';
import { ForecastFields } from './monitoring-forecast-fields';
import { NotMeasuredField } from './monitoring-not-measured';

interface Props {
  report: MonitoringReport;
  lights: ProjectMonitoring;
  findings: readonly MonitoringFinding[];
  locked: boolean;
  setIndicator: (row: number, patch: Partial<MonitoringIndicator>) => void;
}

/** A row's 偏差原因 or 纠偏措施: its box, and the findings on it beneath. */
function RowNote({ row, field, label, ind, locked, findings, setIndicator }: Omit<Props, 'report' | 'lights'> & { row: number; field: 'deviation_reason' | 'measures'; label: string; ind: MonitoringIndicator }) {
  const here = findingsAt(findings, row, field);
  return (
    <>
      <NoteField ariaLabel={`第 ${row + 1} 行${label}`} row={row} field={field === 'deviation_reason' ? 'reason' : 'measures'} locked={locked} status={findingStatus(here)} value={ind[field]} onChange={(v) => setIndicator(row, { [field]: v })} />
      <FindingNotes findings={here} />
    </>
  );
}

/** The indicator rows of a monitoring table: target, 1至当月完成, 全年预计 and 是否能完成, progress, light, reasons and measures. */
export function MonitoringIndicatorTable({ report, lights, findings, locked, setIndicator }: Props) {
  const box = locked ? ({ readOnly: true, variant: 'borderless' } as const) : {};
  const notes = { findings, locked, setIndicator };
  return (
    <Table<MonitoringIndicator>
      size="small"
      rowKey={(_, i) => String(i)}
      pagination={false}
      dataSource={report.indicators}
      columns={[
        { title: '二级', dataIndex: 'level2', width: 80 },
        {
          title: '三级指标 / 亮灯说明',
          render: (_, ind, i) => {
            const light = lights.indicators[i];
            return (
              <>
                <div>{ind.name}</div>
                {/* The light's reasoning in full under the row, not only in a hover: it says what to fill in or why the light is red. */}
                {light?.explanation && <LightExplanation light={light.light} text={light.explanation} />}
              </>
            );
          },
        },
        { title: '年度指标值', width: 110, render: (_, ind) => formatTarget(ind.comparator, ind.target, ind.unit) },
        {
          title: '1至当月完成 / 全年预计 / 能否完成',
          width: 200,
          render: (_, ind, i) => {
            // A qualitative row, or a = row whose target is words (有所提升), is judged by the 预计 pick.
            const qualitative = judgedByPick(ind.comparator, ind.target);
            const here = findingsAt(findings, i, 'progress_value', 'forecast', 'expected_completion', 'not_measured');
            return (
              <Space orientation="vertical" size={4} style={{ width: '100%' }}>
                <Input
                  aria-label={`第 ${i + 1} 行「${ind.name}」完成值`}
                  data-mrow={i}
                  data-mfield="progress"
                  {...box}
                  status={locked ? undefined : findingStatus(findingsAt(here, i, 'progress_value'))}
                  placeholder={qualitative ? '完成情况，如 按计划推进' : ind.not_measured ? '测量后填写' : (ind.unit ?? undefined)}
                  value={ind.progress_value ?? ''}
                  onChange={(e) => setIndicator(i, { progress_value: e.target.value || null })}
                />
                <ForecastFields ind={ind} row={i} locked={locked} findings={findings} onChange={(patch) => setIndicator(i, patch)} />
                {/* A measured row may have no value yet (年底测评): said, with its 预计, rather than left blank. */}
                {!qualitative && <NotMeasuredField ind={ind} row={i} locked={locked} onChange={(patch) => setIndicator(i, patch)} />}
                <FindingNotes findings={here} />
              </Space>
            );
          },
        },
        { title: '进度', width: 76, align: 'right', render: (_, ind, i) => progressText(ind.comparator, lights.indicators[i]?.light, lights.indicators[i]?.progress) },
        { title: '亮灯', width: 100, render: (_, __, i) => <LightDot light={lights.indicators[i]?.light ?? 'none'} explanation={lights.indicators[i]?.explanation} /> },
        // Read in full when locked: the reviewer reads the reasons before answering, not a cut first line.
        { title: '偏差原因', width: locked ? 200 : 160, render: (_, ind, i) => <RowNote row={i} field="deviation_reason" label="偏差原因" ind={ind} {...notes} /> },
        { title: '纠偏措施', width: locked ? 200 : 160, render: (_, ind, i) => <RowNote row={i} field="measures" label="纠偏措施" ind={ind} {...notes} /> },
      ]}
    />
  );
}
