import { Alert, Descriptions, Select, Space, Table, Tag, Typography } from 'antd';
import type { MonitoringReport, ProjectMonitoring } from '@jixiao/core';
import { LightDot } from '../components/light-dot';
import { SEVERITY_COLORS, SEVERITY_LABELS, formatWan, statusLabel } from '../lib/labels';

/** A document row as the server's preview lists it (POST /api/monitoring/imports). */
export interface ImportedRow {
  line: number | null;
  name: string;
  target: string;
  progress_value: string | null;
  forecast: string | null;
  ordinal: number | null;
  target_name: string | null;
  by: 'name' | 'near' | 'hand' | null;
  why: string | null;
}

/** One monitoring table of the document, as it would be filled. */
export interface ImportedTable {
  index: number;
  project_name: string;
  project_code: string | null;
  document_org: string | null;
  month: number | null;
  fiscal_year: number;
  year_source: 'chosen' | 'stated' | 'today';
  target: { id: number; project_name: string | null; project_code: string | null; by: 'code' | 'name' | 'near' | 'chosen' } | null;
  existing: { id: number; status: string; version: number } | null;
  /** What filling the stored table changes, one line per field; [] for nothing; null when the import creates the table. */
  changes: string[] | null;
  refusal: { code: string; message: string } | null;
  report: MonitoringReport | null;
  lights: ProjectMonitoring | null;
  findings: { severity: 'error' | 'warning' | 'info'; message: string }[];
  key_reasons: string[];
  rows: ImportedRow[];
  unfilled: { row: number; name: string }[];
  warnings: string[];
}

const FOUND_BY: Record<string, string> = { code: '按项目编码', name: '按项目名称', near: '按相近的项目名称，请核对', chosen: '按所选项目' };
const YEAR_FROM: Record<string, string> = { chosen: '所选年度', stated: '文件注明', today: '今年（文件未注明）' };

/** A document row the clerk matched by hand (its index in rows) and the target's indicator row it fills. */
export interface HandMatch {
  row: number;
  ordinal: number;
}

/**
 * The hand matches a previewed table holds: the server's answer is the one record of them, so the preview shown, the
 * re-preview asked for and the commit sent all read the same rows.
 */
export function handMatchesOf(table: ImportedTable): HandMatch[] {
  return table.rows.flatMap((r, row) => (r.by === 'hand' && r.ordinal != null ? [{ row, ordinal: r.ordinal }] : []));
}

/** The hand matches with one row's choice changed: an indicator, or null for 不导入. */
export function withHandChoice(matches: readonly HandMatch[], row: number, ordinal: number | null): HandMatch[] {
  const rest = matches.filter((m) => m.row !== row);
  return ordinal == null ? rest : [...rest, { row, ordinal }].sort((a, b) => a.row - b.row);
}

const NOT_IMPORTED = -1;

/**
 * 选择对应指标 / 不导入 for a row the server matched to nothing (or the clerk matched by hand): the target's indicators
 * no row fills, and those other rows were matched to by hand, shown as taken.
 */
function HandMatchSelect({ table, row, busy, onHand }: { table: ImportedTable; row: number; busy: boolean; onHand: (row: number, ordinal: number | null) => void }) {
  const hand = handMatchesOf(table);
  const takenBy = new Map(hand.map((m) => [m.ordinal, m.row]));
  const offered = [...table.unfilled, ...hand.map((m) => ({ row: m.ordinal, name: table.rows[m.row]!.target_name ?? `第 ${m.ordinal + 1} 个指标` }))].sort((a, b) => a.row - b.row);
  return (
    <Select
      aria-label={`文档第 ${row + 1} 行对应的指标`}
      size="small"
      disabled={busy}
      style={{ width: '100%', minWidth: 180 }}
      placeholder="选择对应指标（不选则不导入）"
      value={hand.find((m) => m.row === row)?.ordinal ?? NOT_IMPORTED}
      onChange={(v: number) => onHand(row, v === NOT_IMPORTED ? null : v)}
      options={[
        { value: NOT_IMPORTED, label: '不导入' },
        ...offered.map((u) => {
          const other = takenBy.get(u.row);
          return { value: u.row, label: other != null && other !== row ? `${u.name}（已由第 ${other + 1} 行选择）` : u.name, disabled: other != null && other !== row };
        }),
      ]}
    />
  );
}

/** 与已有监控表相比: what the file changes in the stored table, or that it changes nothing. */
function ChangesNote({ changes }: { changes: string[] | null }) {
  if (changes == null) return null;
  if (changes.length === 0) return <Alert type="info" showIcon style={{ marginBottom: 12 }} title="与已有监控表相比无变化" description="文档内容与已保存的监控表一致，导入不会改变任何数据。" />;
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 12 }}
      title={`与已有监控表相比将改变 ${changes.length} 处`}
      description={<ul style={{ margin: 0, paddingLeft: 20, maxHeight: 160, overflow: 'auto' }}>{changes.map((c) => <li key={c}>{c}</li>)}</ul>}
    />
  );
}

/**
 * What importing one table would fill: the project and period, rows matched and not, the lights, the review and what
 * changes in a stored table. A row matched to nothing can be given one of the target's unfilled indicators by hand
 * (onHand): the page previews the table again with it, so the lights and findings shown are those 确认导入 writes.
 */
export function ImportedTablePreview({ table, busy = false, onHand }: { table: ImportedTable; busy?: boolean; onHand?: (row: number, ordinal: number | null) => void }) {
  const byHand = table.rows.filter((r) => r.by === 'hand').length;
  const matched = table.rows.filter((r) => r.ordinal !== null).length - byHand;
  const unmatched = table.rows.length - matched - byHand;
  const unfilled = table.unfilled;
  const canMatch = onHand != null && table.target != null && table.refusal == null && (table.unfilled.length > 0 || byHand > 0);
  const lightOf = (ordinal: number | null) => (ordinal === null ? null : table.lights?.indicators[ordinal] ?? null);
  return (
    <div>
      {table.refusal && <Alert type="error" showIcon title="此表不能导入" description={table.refusal.message} style={{ marginBottom: 12 }} />}
      {table.warnings.map((w) => <Alert key={w} type="warning" showIcon title={w} style={{ marginBottom: 8 }} />)}
      <ChangesNote changes={table.changes} />
      <Descriptions size="small" bordered column={2} style={{ marginBottom: 12 }}>
        <Descriptions.Item label="文档中的项目">{table.project_name || '（未写项目名称）'}{table.project_code ? `（${table.project_code}）` : ''}</Descriptions.Item>
        <Descriptions.Item label="对应的绩效目标表">
          {table.target ? <Space size={4}><span>{table.target.project_name}</span><Tag color={table.target.by === 'near' ? 'orange' : 'blue'}>{FOUND_BY[table.target.by]}</Tag></Space> : <Tag color="red">未找到</Tag>}
        </Descriptions.Item>
        <Descriptions.Item label="监控期间">{table.month ? `${table.fiscal_year} 年 1—${table.month} 月` : '文件未写明'}<Typography.Text type="secondary">（年度：{YEAR_FROM[table.year_source]}）</Typography.Text></Descriptions.Item>
        <Descriptions.Item label="导入方式">{table.existing ? `填入已有的监控表（${statusLabel(table.existing.status)} · 第 ${table.existing.version} 版）` : '新建本期监控表'}</Descriptions.Item>
        {table.report && (
          <>
            <Descriptions.Item label="年度预算">{formatWan(table.report.budget_wan)}</Descriptions.Item>
            <Descriptions.Item label="1至当月执行数">{formatWan(table.report.executed_wan)}{table.report.execution_rate != null ? `（执行率 ${table.report.execution_rate}%）` : ''}</Descriptions.Item>
          </>
        )}
        {table.lights && (
          <>
            <Descriptions.Item label="预算亮灯"><LightDot light={table.lights.budget.light} explanation={table.lights.budget.explanation} /></Descriptions.Item>
            <Descriptions.Item label="项目亮灯"><LightDot light={table.lights.project.light} explanation={table.lights.project.explanation} /></Descriptions.Item>
          </>
        )}
      </Descriptions>
      <Typography.Paragraph>
        文档共 {table.rows.length} 行指标：<Tag color="green">对应 {matched} 行</Tag>
        {byHand > 0 && <Tag color="blue">手工对应 {byHand} 行</Tag>}
        {unmatched > 0 && <Tag color="red">未对应 {unmatched} 行（不会导入{canMatch ? '，可在下表中选择对应指标' : '，请核对后手工填写'}）</Tag>}
        {unfilled.length > 0 && <Typography.Text type="secondary">目标表中 {unfilled.length} 个指标文档未填：{unfilled.map((u) => u.name).join('、')}</Typography.Text>}
      </Typography.Paragraph>
      <Table<ImportedRow>
        size="small"
        pagination={false}
        rowKey={(r) => `${r.line}-${r.name}`}
        dataSource={table.rows}
        aria-label="文档中的指标行"
        columns={[
          { title: '文档中的指标', dataIndex: 'name' },
          { title: '指标值', dataIndex: 'target', width: 110 },
          { title: '1至当月完成值', dataIndex: 'progress_value', width: 120, render: (v: string | null) => v ?? '—' },
          { title: '全年预计', dataIndex: 'forecast', width: 100, render: (v: string | null) => v ?? '—' },
          {
            title: '对应目标表指标',
            render: (_: unknown, r, i) => (r.ordinal === null || r.by === 'hand'
              ? (
                <Space orientation="vertical" size={2} style={{ width: '100%' }}>
                  {canMatch ? <HandMatchSelect table={table} row={i} busy={busy} onHand={onHand} /> : <Tag color="red">未对应</Tag>}
                  {r.by === 'hand' ? <Tag color="blue">手工对应</Tag> : <Typography.Text type="secondary">{r.why}</Typography.Text>}
                </Space>
              )
              : <Space size={4}><span>{r.target_name}</span>{r.by === 'near' && <Tag color="orange">名称相近</Tag>}</Space>),
          },
          { title: '亮灯', width: 90, render: (_: unknown, r) => { const l = lightOf(r.ordinal); return l ? <LightDot light={l.light} explanation={l.explanation} /> : '—'; } },
        ]}
      />
      {table.key_reasons.length > 0 && <Alert type="error" showIcon style={{ marginTop: 12 }} title="导入后本项目将列入重点监控" description={table.key_reasons.join('；')} />}
      {table.findings.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 12 }}
          title={`审核发现 ${table.findings.length} 处（导入后可在监控表中修改；有错误时不能提交）`}
          description={<ul style={{ margin: 0, paddingLeft: 20 }}>{table.findings.map((f, k) => <li key={k}><Tag color={SEVERITY_COLORS[f.severity]}>{SEVERITY_LABELS[f.severity]}</Tag>{f.message}</li>)}</ul>}
        />
      )}
    </div>
  );
}
