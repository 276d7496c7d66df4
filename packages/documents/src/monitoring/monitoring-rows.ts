import { cleanCell, deriveTarget, type MonitoringIndicator } from '@jixiao/core';
import { cellAt, type GridCell } from './grid-cells';
import { completionOf, fieldLabelOf, indicatorColumnOf, isMonitoringHeader, notMeasuredOf, type IndicatorColumn } from './monitoring-columns';

/** A column of the indicator header: what it holds, where it sits, what it is called. */
export interface HeaderColumn {
  column: IndicatorColumn;
  col: number;
  label: string;
}

// A sub-header row under a two-row header (1-6月执行情况 over 完成值 | 完成率): short words, no figures.
const SUB_LABEL = /^[\u4e00-\u9fa5（）()/、]{1,10}$/;

/**
 * The columns of the header at rows[at], and how many rows the header takes: a row of spanned cells over a row of
 * sub-labels reads each column as the two labels together (全年预计 + 完成值).
 */
export function headerColumns(rows: readonly GridCell[][], at: number): { columns: HeaderColumn[]; height: number } {
  const top = rows[at]!;
  const sub = rows[at + 1];
  const spanned = top.some((c) => c.span > 1);
  const subCells = sub?.filter((c) => c.text !== '' && !c.merged) ?? [];
  const isSub = spanned && sub != null && subCells.length > 0 && subCells.every((c) => SUB_LABEL.test(c.text))
    && sub.some((c) => c.merged || c.text === '') && !isMonitoringHeader(sub.map((c) => c.text));
  const columns: HeaderColumn[] = [];
  for (const cell of top) {
    const parts = isSub ? sub.filter((s) => !s.merged && s.text !== '' && s.col >= cell.col && s.col < cell.col + cell.span) : [];
    if (parts.length === 0) {
      if (cell.text !== '') columns.push({ column: indicatorColumnOf(cell.text), col: cell.col, label: cell.text });
      continue;
    }
    for (const part of parts) {
      const label = `${cell.text}${part.text}`;
      columns.push({ column: indicatorColumnOf(label), col: part.col, label });
    }
  }
  return { columns, height: isSub ? 2 : 1 };
}

// Lines that close a table: who filled it in, notes, signatures.
const FOOTER = /^(填表|填报人|制表|审核人|负责人|单位负责人|联系人|联系电话|说明|注[:：释]|备注[:：])/;
const TOTAL = /^(合计|小计|总计)$/;

export interface IndicatorRowsRead {
  indicators: MonitoringIndicator[];
  /** The source line (or row number) of each indicator, for the preview's rows. */
  lines: number[];
  /** Index of the first row after the indicator rows. */
  end: number;
}

// A dash or slash in a cell (—, -, /) says nothing was written, as a blank does.
const PLACEHOLDER = /^[—–\-－―/／\\]+$/;
const nonEmpty = (s: string | undefined | null): string | null => {
  const t = cleanCell(s);
  return t == null || PLACEHOLDER.test(t) ? null : t;
};

/**
 * The indicator rows below a header, until a footer, a new label block (another project's 项目名称) or a new header.
 * Level cells merged down or left blank carry the level above; a text layout's row short of cells lost its leading
 * (merged) level cells, so its cells are placed from the right.
 */
export function readIndicatorRows(rows: readonly GridCell[][], lines: readonly number[], start: number, columns: readonly HeaderColumn[]): IndicatorRowsRead {
  const width = Math.max(...columns.map((c) => c.col)) + 1;
  const at = (column: IndicatorColumn) => columns.find((c) => c.column === column) ?? null;
  const indicators: MonitoringIndicator[] = [];
  const out: number[] = [];
  let level1: string | null = null;
  let level2: string | null = null;
  let r = start;
  for (; r < rows.length; r++) {
    let cells = rows[r]!;
    const texts = cells.filter((c) => c.text !== '' && !c.merged).map((c) => c.text);
    if (texts.length === 0) continue;
    if (FOOTER.test(texts[0]!) || isMonitoringHeader(cells.map((c) => c.text))) break;
    if (fieldLabelOf(texts[0]!) === 'project_name' || fieldLabelOf(texts[0]!.split(/[:：]/)[0]!) === 'project_name') break;
    const spanless = cells.every((c) => c.span === 1);
    if (spanless && cells.length < width && cells.length >= 2) {
      const shift = width - cells.length;
      cells = [...Array.from({ length: shift }, (_, i) => ({ col: i, span: 1, text: '', merged: true })), ...cells.map((c) => ({ ...c, col: c.col + shift }))];
    }
    // A note across the table (项目亮灯：…, 说明 in one wide cell) covers the name, target and progress columns at once:
    // an indicator row gives each its own cell.
    const nameCell = at('name') ? cellAt(cells, at('name')!.col) : null;
    if (nameCell && !nameCell.merged && [at('target'), at('progress') ?? at('forecast')].every((h) => h != null && cellAt(cells, h.col) === nameCell)) continue;
    const text = (column: IndicatorColumn) => {
      const h = at(column);
      const cell = h ? cellAt(cells, h.col) : null;
      return cell && !cell.merged ? nonEmpty(cell.text) : null;
    };
    const l1 = text('level1');
    if (l1) {
      level1 = l1;
      level2 = null;
    }
    level2 = text('level2') ?? level2;
    const name = text('name');
    if (!name || TOTAL.test(name.replace(/\s+/g, ''))) continue;
    const derived = deriveTarget({ value: text('target'), unit: text('unit') });
    const progress = text('progress');
    const notMeasured = notMeasuredOf(progress);
    let forecast = text('forecast');
    let choice = completionOf(text('completion'));
    // 全年预计完成情况 answered 是 / 否 is the row's 是否能完成, not a figure.
    if (forecast && completionOf(forecast)) {
      choice ??= completionOf(forecast);
      forecast = null;
    }
    indicators.push({
      row: null,
      level1: at('level1') ? level1 : null,
      level2: at('level2') ? level2 : null,
      name,
      comparator: derived.comparator,
      target: derived.target,
      unit: derived.unit,
      cumulative: null,
      progress_value: notMeasured ? null : progress,
      expected_completion: choice,
      not_measured: notMeasured,
      forecast,
      deviation_reason: text('reason'),
      measures: text('measures'),
    });
    out.push(lines[r]!);
  }
  return { indicators, lines: out, end: r };
}
