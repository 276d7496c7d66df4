import { Input, Typography } from 'antd';
import type { MonitoringIndicator, MonitoringReport, ProjectTarget } from '@jixiao/core';

/** Progress against the period's plan, in percent as the policy's thresholds are. */
export function formatProgress(progress: number | null | undefined): string {
  return progress === null || progress === undefined ? '—' : `${progress}%`;
}

/** A light's explanation as readable text: red and yellow in their colours, the rest quiet. */
export function LightExplanation({ light, text }: { light: string; text: string }) {
  const type = light === 'red' ? 'danger' : light === 'yellow' ? 'warning' : 'secondary';
  return <Typography.Text type={type} style={{ display: 'block', fontSize: 12, lineHeight: 1.5 }}>{text}</Typography.Text>;
}

/**
 * A reason or measure: a box while the table can be edited; once locked (submitted, accepted, or read by a reviewer)
 * the whole text, wrapped, since whoever reads it decides on it. Empty text reads as null, as the server stores it.
 */
export function NoteField({ ariaLabel, value, onChange, locked, row, field, status }: { ariaLabel: string; value: string | null; onChange: (v: string | null) => void; locked: boolean; row?: number; field?: string; status?: 'error' | 'warning' | undefined }) {
  if (locked) return <Input.TextArea aria-label={ariaLabel} readOnly variant="borderless" autoSize value={value ?? ''} placeholder="—" style={{ padding: 0, resize: 'none' }} />;
  return <Input aria-label={ariaLabel} data-mrow={row} data-mfield={field} status={status} title={value ?? undefined} value={value ?? ''} onChange={(e) => onChange(e.target.value || null)} />;
}

/** A new monitoring table for an approved target form: its indicators, nothing entered yet. */
export function reportFromTarget(form: ProjectTarget, month: number, year: number): MonitoringReport {
  return {
    fiscal_year: form.fiscal_year ?? year,
    month,
    org: form.org,
    project_code: form.project_code,
    project_name: form.project_name ?? '未命名项目',
    budget_wan: form.budget_total_wan,
    executed_wan: null,
    execution_rate: null,
    deviation_reason: null,
    measures: null,
    expected_completion: null,
    indicators: form.indicators.map(
      (ind, row): MonitoringIndicator => ({
        row, level1: ind.level1, level2: ind.level2, name: ind.name || `指标 ${row + 1}`, comparator: ind.comparator, target: ind.target,
        unit: ind.unit, cumulative: null, progress_value: null, expected_completion: null, deviation_reason: null, measures: null,
      }),
    ),
  };
}

/** The body the server takes: what was entered, by indicator row. */
export function monitoringBody(report: MonitoringReport) {
  return {
    month: report.month,
    budget_wan: report.budget_wan,
    executed_wan: report.executed_wan,
    execution_rate: report.execution_rate ?? null,
    deviation_reason: report.deviation_reason,
    measures: report.measures,
    expected_completion: report.expected_completion,
    start_month: report.start_month ?? null,
    end_month: report.end_month ?? null,
    indicators: report.indicators.map((ind, i) => ({
      row: ind.row ?? i,
      progress_value: ind.progress_value,
      expected_completion: ind.expected_completion,
      deviation_reason: ind.deviation_reason,
      measures: ind.measures,
      not_measured: ind.not_measured ?? null,
      forecast: ind.forecast ?? null,
    })),
  };
}
