import type { MonitoringIndicator, MonitoringReport, QualitativeChoice } from '@jixiao/core';
import type { ReadMonitoringReport } from '@jixiao/documents/monitoring-importer';
import type { Db } from '../db/open-database';
import type { MonitoringInput } from './monitoring';
import type { RowMatch } from './monitoring-import-match';

/** A row of the imported document as the preview lists it: what it says and which target row it fills. */
export interface PlannedRow {
  /** The document's line (or table row) it came from. */
  line: number | null;
  name: string;
  target: string;
  progress_value: string | null;
  forecast: string | null;
  /** The target's row it fills (0-based), or null when it matches none. */
  ordinal: number | null;
  target_name: string | null;
  /** How the row found its indicator: by the same name, a name held in the other's, or chosen by the clerk (hand). */
  by: 'name' | 'near' | 'hand' | null;
  why: string | null;
}

type Progress = Pick<MonitoringIndicator, 'progress_value' | 'expected_completion' | 'deviation_reason' | 'measures' | 'not_measured' | 'forecast'>;

const progressOf = (i: Progress): Progress => ({
  progress_value: i.progress_value, expected_completion: i.expected_completion, deviation_reason: i.deviation_reason,
  measures: i.measures, not_measured: i.not_measured ?? null, forecast: i.forecast ?? null,
});

const saysSomething = (p: Progress) => Object.values(p).some((v) => v != null && v !== '');

/**
 * The period's table as it will be stored: the target's rows in the target's order, each filled from the document row
 * matched to it, else kept as the stored table has it (a draft being filled), else blank. The document's budget
 * figures and explanations replace the stored ones it gives; what it leaves blank stays.
 */
export async function filledReport(db: Db, args: {
  formId: number; month: number; fiscalYear: number; orgName: string; doc: ReadMonitoringReport; matches: RowMatch[]; existing: MonitoringReport | null;
}): Promise<{ report: MonitoringReport; input: MonitoringInput }> {
  const { doc, existing } = args;
  const form = await db.selectFrom('forms').select(['project_name', 'project_code', 'budget_total_wan']).where('id', '=', args.formId).executeTakeFirstOrThrow();
  const rows = await db.selectFrom('indicators').select(['ordinal', 'level1', 'level2', 'name', 'comparator', 'target', 'unit']).where('form_id', '=', args.formId).orderBy('ordinal').execute();
  const fromDoc = new Map(args.matches.flatMap((m) => (m.ordinal == null ? [] : [[m.ordinal, doc.indicators[m.doc]!] as const])));
  const indicators: MonitoringIndicator[] = rows.map((r, n) => {
    const source = fromDoc.get(r.ordinal) ?? existing?.indicators[n] ?? null;
    const progress: Progress = source ? progressOf(source) : { progress_value: null, expected_completion: null, deviation_reason: null, measures: null, not_measured: null, forecast: null };
    return {
      row: n, level1: r.level1, level2: r.level2, name: r.name || `第 ${n + 1} 行`,
      comparator: r.comparator as MonitoringIndicator['comparator'], target: r.target ?? '', unit: r.unit, cumulative: null, ...progress,
    };
  });
  const report: MonitoringReport = {
    fiscal_year: args.fiscalYear,
    month: args.month,
    org: args.orgName,
    project_code: form.project_code,
    project_name: form.project_name ?? doc.project_name,
    budget_wan: doc.budget_wan ?? existing?.budget_wan ?? form.budget_total_wan,
    executed_wan: doc.executed_wan ?? existing?.executed_wan ?? null,
    execution_rate: doc.execution_rate ?? existing?.execution_rate ?? null,
    deviation_reason: doc.deviation_reason ?? existing?.deviation_reason ?? null,
    measures: doc.measures ?? existing?.measures ?? null,
    expected_completion: doc.expected_completion ?? existing?.expected_completion ?? null,
    start_month: existing?.start_month ?? null,
    end_month: existing?.end_month ?? null,
    indicators,
  };
  const input: MonitoringInput = {
    month: args.month,
    budget_wan: report.budget_wan,
    executed_wan: report.executed_wan,
    execution_rate: report.execution_rate ?? null,
    deviation_reason: report.deviation_reason,
    measures: report.measures,
    expected_completion: report.expected_completion,
    indicators: indicators.filter((i) => saysSomething(progressOf(i))).map((i) => ({
      row: i.row!,
      progress_value: i.progress_value,
      expected_completion: i.expected_completion as QualitativeChoice | null,
      deviation_reason: i.deviation_reason,
      measures: i.measures,
      not_measured: i.not_measured ?? null,
      forecast: i.forecast ?? null,
    })),
  };
  return { report, input };
}
