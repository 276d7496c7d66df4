import type { FormKind } from '@jixiao/core';
import { alignRow } from './align-row';
import { matchLabel } from './field-labels';
import type { GridCell, Item } from './flatten-source';
import { FormSink } from './form-sink';
import { HeaderFieldReader, isBudgetHeader, totalOf } from './header-fields';
import type { HeaderMap } from './header-map';
import { mergeUpperHeader, readHeaderRow } from './header-map';
import { buildIndicator, categoryLevel, type LevelState } from './indicator-rows';
import { isBlank } from './normalize-label';
import { TextSectionReader } from './text-sections';
import { warnHeader, warnRow } from './form-warnings';

const POST_TABLE_KEYS = new Set(['conclusion', 'problems', 'improvements', 'goal_outcome']);

/**
 * Reads one form's items (everything between its title and the next title): header
 * fields, text sections and the indicator table(s).
 */
export function readForm(kind: FormKind, formIndex: number, items: Item[]): FormSink {
  const sink = new FormSink(kind, formIndex);
  const fields = new HeaderFieldReader(sink);
  const sections = new TextSectionReader(sink);
  let header: HeaderMap | null = null;
  let levels: LevelState = { level1: null, level2: null };
  let previousRow: GridCell[] | null = null;
  let tableStart = 0;
  let headerLine: number | null = null;
  let headerWarned = false;
  let folded = 0;
  const closeTable = () => {
    if (header?.roles.includes('level1')) backfillLevel1(sink, tableStart);
    header = null;
  };

  for (const item of items) {
    if (item.type === 'title' || item.type === 'other-title') continue;
    if (item.type === 'text') {
      previousRow = null;
      // Inside an indicator table a stray short line is a merged cell's caption that
      // conversion moved out of the table; it carries no field.
      if (header && item.text.length <= 16 && item.heading == null) continue;
      if (header && item.heading != null) closeTable();
      sections.readText(item.text, item.heading);
      continue;
    }
    const cells = item.cells;
    if (cells.every((c) => isBlank(c.text))) continue;
    sections.close();
    const total = totalOf(cells);
    // 合计 with no score after it outside a table is a column caption (部门预算总额 | 合计 | 财政拨款).
    if (total !== undefined && (total != null || header)) {
      if (total != null) sink.setTotal(total);
      closeTable();
      previousRow = cells;
      continue;
    }
    const hm = isBudgetHeader(cells) ? null : readHeaderRow(cells);
    if (hm) {
      closeTable();
      fields.reset();
      tableStart = sink.form.indicators.length;
      header = previousRow ? mergeUpperHeader(hm, previousRow) : hm;
      levels = { level1: null, level2: null };
      sink.indicatorTables++;
      headerLine = item.line;
      headerWarned = false;
      previousRow = cells;
      continue;
    }
    if (header && isPostTableRow(cells, kind)) closeTable();
    const category = header ? categoryLevel(cells) : null;
    if (category) {
      if (category.depth === 1) levels = { level1: category.text, level2: null };
      else levels = { ...levels, level2: category.text };
      previousRow = cells;
      continue;
    }
    if (header) {
      if (!headerWarned) {
        // 绩效指标 over the names when no column says 指标名称/三级指标: it is the name column.
        if (!header.roles.includes('name') && header.roles.includes('section')) {
          const roles = header.roles.slice();
          roles[roles.indexOf('section')] = 'name';
          header = { ...header, roles };
          sink.warn('column_guessed', `第 ${headerLine ?? '?'} 行表头没有“指标名称/三级指标”栏，已把“绩效指标”列当作指标名称，请核对。`);
        }
        warnHeader(sink, header, headerLine);
        headerWarned = true;
      }
      const aligned = alignRow(cells, header.roles);
      const built = buildIndicator(aligned, header.roles, levels, header.roles.includes('value'));
      if (built) {
        const rowIndex = sink.form.indicators.length;
        sink.form.indicators.push(built.indicator);
        if (built.notes.codes.includes('level_folded')) folded++;
        warnRow(sink, rowIndex, item.line, built.indicator.name, { ...built.notes, codes: built.notes.codes.filter((c) => c !== 'level_folded') });
      } else if (cells.filter((c) => !isBlank(c.text)).length > 0) {
        sink.warn('row_without_name', `第 ${item.line ?? '?'} 行在指标表内，但找不到指标名称，已跳过：${cells.map((c) => c.text.trim()).filter(Boolean).join(' | ').slice(0, 60)}`);
      }
      previousRow = cells;
      continue;
    }
    fields.readRow(cells, item.line);
    previousRow = cells;
  }
  closeTable();
  if (folded > 0) sink.warn('level_folded', `${folded} 个指标的一级/二级指标写在指标名称里（如“产出-数量（发放次数）”），已拆分为一级、二级指标和名称，请核对。`);
  return sink;
}

/**
 * Converters print a vertically merged cell's text in the middle of its rows, so the first
 * rows of a table can come without a level 1 that only shows further down: give them the
 * first level 1 that appears, and say so.
 */
function backfillLevel1(sink: FormSink, start: number): void {
  const rows = sink.form.indicators.slice(start);
  const first = rows.findIndex((r) => r.level1 != null);
  if (first <= 0) return;
  const level1 = rows[first]!.level1;
  for (let i = 0; i < first; i++) {
    rows[i]!.level1 = level1;
    sink.warn('level_guessed', `指标“${rows[i]!.name.slice(0, 30)}”没有一级指标，按下方合并单元格的内容补为“${level1}”，请核对。`, start + i);
  }
}

function isPostTableRow(cells: GridCell[], kind: FormKind): boolean {
  const first = cells.find((c) => !isBlank(c.text));
  if (!first) return false;
  if (/负责人|填报人|联系电话|审核人/.test(first.text)) return true;
  const m = matchLabel(first.text, kind);
  return m != null && POST_TABLE_KEYS.has(m.key);
}
