import type { MonitoringReport } from '@jixiao/core';
import type { SourceDocument } from '../model/source-document';
import { gridCells, type GridCell } from './grid-cells';
import { isMonitoringHeader, periodMonthIn, yearIn } from './monitoring-columns';
import { readMonitoringFields } from './monitoring-fields';
import { headerColumns, readIndicatorRows } from './monitoring-rows';

/** A report as a document states it: its year and period may be unwritten (null) and are then asked for. */
export type ReadMonitoringReport = Omit<MonitoringReport, 'fiscal_year' | 'month'> & { fiscal_year: number | null; month: number | null };

export interface MonitoringTableRead {
  report: ReadMonitoringReport;
  /** 主管部门, when the table names one beside its 实施单位 (report.org). */
  supervisor: string | null;
  /** The source line (or table row) of each indicator of report.indicators. */
  lines: number[];
  /** Where the period was read (表头, 执行数, 标题), and any disagreement, in Chinese. */
  period_source: string | null;
  warnings: string[];
}

/** A row holding one text across the table (a title row inside the table): a caption, not a field. */
function titleRow(cells: readonly GridCell[]): string | null {
  const texts = cells.filter((c) => c.text !== '' && !c.merged);
  return texts.length === 1 && cells.length <= 2 ? texts[0]!.text : null;
}

interface Period {
  month: number | null;
  source: string | null;
  warnings: string[];
}

/** The period from, in turn, the indicator header's 1-m月 column, the 1-m月执行数 label, then the title and captions. */
function periodOf(sources: ReadonlyArray<[string, string | null]>): Period {
  const stated = sources.flatMap(([where, text]) => {
    const month = text ? periodMonthIn(text) : null;
    return month ? [{ where, month }] : [];
  });
  const first = stated[0];
  if (!first) return { month: null, source: null, warnings: ['文档未写明监控期间（如“1-6月”），请在导入时确认。'] };
  const other = stated.find((s) => s.month !== first.month);
  const warnings = other ? [`${first.where}写的是1-${first.month}月，${other.where}写的是1-${other.month}月；按${first.where}读作1-${first.month}月，请核对。`] : [];
  return { month: first.month, source: first.where, warnings };
}

/**
 * Every 绩效运行监控表 of a document (rules.md §4, 双监控) in core's report shape: the project and its unit, the year's
 * budget and what was spent in 1–m月, and per indicator row its 年度指标值, 1–m月完成值, 全年预计完成值, 是否能完成,
 * 偏差原因 and 纠偏措施. A table is one when its indicator header names the indicator, its target and what is done so
 * far (or expected by year end), so a 绩效目标表 is never read as one. Rows are not linked to a target form here
 * (row: null): the server matches them.
 */
export function readMonitoringTables(source: SourceDocument): MonitoringTableRead[] {
  const out: MonitoringTableRead[] = [];
  let captions: string[] = [];
  const yearTexts: string[] = [];
  // A table without an indicator header just before one that opens with it: the project and budget block of a sheet
  // Word holds as two tables (this system's own docx export does, to repeat the indicator header on every page).
  let labelBlock: GridCell[][] = [];
  for (const block of source.blocks) {
    if (block.kind === 'text') {
      captions.push(block.text);
      yearTexts.push(block.text);
      continue;
    }
    const rows = block.rows.map(gridCells);
    const lines = block.rows.map((r, i) => r.line ?? i + 1);
    const before = labelBlock;
    labelBlock = rows;
    let segment = 0;
    for (let h = 0; h < rows.length; h++) {
      if (!isMonitoringHeader(rows[h]!.map((c) => c.text))) continue;
      labelBlock = [];
      const above = [...(segment === 0 && h === 0 ? before : []), ...rows.slice(segment, h)];
      const titles = above.map(titleRow).filter((t): t is string => t != null);
      const fieldRows = above.filter((r) => titleRow(r) == null);
      const { columns, height } = headerColumns(rows, h);
      const read = readIndicatorRows(rows, lines, h + height, columns);
      const fields = readMonitoringFields(fieldRows, [...captions, ...titles]);
      const progressLabel = columns.find((c) => c.column === 'progress')?.label ?? null;
      const forecastLabel = columns.find((c) => c.column === 'forecast')?.label ?? null;
      const period = periodOf([
        ['表头', progressLabel], ['表头', forecastLabel], ['执行数栏', fields.executed_label],
        ...[...titles].reverse().map((t): [string, string] => ['标题', t]),
        ...[...captions].reverse().map((t): [string, string] => ['标题', t]),
      ]);
      const yearSources = [...titles.reverse(), ...[...captions].reverse(), ...[...yearTexts].reverse()];
      const year = yearSources.map(yearIn).find((y) => y != null) ?? null;
      const warnings = [...period.warnings];
      if (!fields.project_name) warnings.push('监控表未写项目名称，请在导入时选择对应的项目。');
      if (read.indicators.length === 0) warnings.push('监控表中没有读到指标行。');
      out.push({
        report: {
          fiscal_year: year,
          month: period.month,
          org: fields.org ?? fields.supervisor,
          project_code: fields.project_code,
          project_name: fields.project_name ?? '',
          budget_wan: fields.budget_wan,
          executed_wan: fields.executed_wan,
          execution_rate: fields.execution_rate,
          deviation_reason: fields.deviation_reason,
          measures: fields.measures,
          expected_completion: fields.expected_completion,
          indicators: read.indicators,
        },
        supervisor: fields.supervisor,
        lines: read.lines,
        period_source: period.source,
        warnings,
      });
      segment = read.end;
      h = read.end - 1;
      captions = [];
    }
    captions = [];
  }
  return out;
}
