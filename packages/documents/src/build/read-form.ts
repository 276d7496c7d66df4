import type { FormKind } from '@jixiao/core';
import { alignRow } from './align-row';
import { matchLabel } from './field-labels';
import { snapToCaptions } from './caption-zones';
import type { GridCell, Item } from './flatten-source';
import { FormSink } from './form-sink';
import { isBudgetHeader } from './budget-captions';
import { HeaderFieldReader, totalOf } from './header-field-reader';
import { isAddOnRow, isMoneyStatementTotal, isRowAddedBelowTotal, labelledTotal, reportedTotal } from './total-row';
import { reasonUnder } from './reason-row';
import type { ColumnRole, HeaderMap } from './header-map';
import { groupedSubHeader, mergeUpperHeader, preferBudgetYear, readHeaderRow, widenLowerHeader, withValueStages } from './header-map';
import { splitSignColumns } from './sign-columns';
import { buildIndicator, deletedByAdjustment, isUnfilledTemplateRow, type LevelState } from './indicator-rows';
import { categoryLevel, weightedCategoryLevel, fillDittoCells, levelCell, proseIndicator, proseLevel } from './level-cells';
import { recentreLevels, type WrittenLevels } from './centred-levels';
import { settleLaggingLevels } from './lagging-levels';
import { cellValue, isBlank, isPageFurniture, normalizeLabel } from './normalize-label';
import { TextSectionReader } from './text-sections';
import { deletedByReview, warnHeader, warnRow } from './form-warnings';
import { collapseRepeatedMerges } from './repeated-merges';
import { subdividedHeader } from './subdivided-header';
import { completeRowAbove, joinCutRow } from './continued-rows';
import { levelReprinted } from './reprinted-level';
import { cutShortAtEnd } from './cut-short-table';
import { repeatsUpperHeader, sameRoles, type TableRead } from './repeated-header';
import { dropLongTermTables, isTermCaption, periodSubHeader, termOf } from './long-term-tables';
import { APPROVAL_FLOW_CAPTION, ATTACHMENTS, deductedTotal, isPostTableRow, isSubHeaderRow, isSubtotalRow, PAGE_END, scoreBeforeWeight } from './post-table-row';

/**
 * Reads one form's items (everything between its title and the next title): header
 * fields, text sections and the indicator table(s).
 */

export function readForm(kind: FormKind, formIndex: number, items: Item[], contextYear: number | null = null): FormSink {
  const sink = new FormSink(kind, formIndex);
  const fields = new HeaderFieldReader(sink);
  const sections = new TextSectionReader(sink);
  let header: HeaderMap | null = null;
  let levels: LevelState = { level1: null, level2: null };
  // The 成本指标 caption row last read as a level 2 (see the caption rows below).
  let demotedCaption: GridCell[] | null = null;
  let previousRow: GridCell[] | null = null;
  // The indicator the previous table row made, to complete when its value follows on the next row.
  let lastBuilt: { index: number; cells: GridCell[]; levels: LevelState; line: number | null; warnings: number; values?: Array<string | null> } | null = null;
  let tableStart = 0;
  let headerLine: number | null = null;
  let headerWarned = false;
  let folded = 0;
  // The caption just above a table (长期绩效指标 / 年度绩效指标), if any.
  let caption: string | null = null;
  // 产出指标 ⏎ 数量指标: the level lines right above a table (a page that nests one table per level under
  // headings of each level), outermost first.
  let levelRun: Array<{ depth: 1 | 2; text: string }> = [];
  let tableIsLongTerm = false;
  const longTerm: Array<[number, number]> = [];
  let annualTables = 0;
  let lastHeader: Array<string | null> | null = null;
  let lastTerm: 'long' | 'annual' | null = null;
  // The levels each row of the current table wrote itself, for labels printed centred on their rows.
  let written: WrittenLevels[] = [];
  // Rows printed without their level-2 cell under a carried level 1 (by position), for levels printed lower.
  let spanning = new Set<number>();
  let lowerCentred = false;
  // Rows of the current table after which a page ended (a centred label rarely belongs across the break).
  let pageEnds = new Set<number>();
  let tableContinues = false;
  // The header the last table's rows were read under, and the levels they left: a header over two
  // rows printed again after a page break is known for the same once its second row is read.
  let readTable: TableRead | null = null;
  // The first row under a header repeated after a page break may be the rest of the row the page cut.
  let afterPageBreak = false;
  let rawAbove: GridCell[] | null = null;
  // The tables of the indicator header and of the row read before.
  let headerTable = -1, rowTable = -1;
  // The row a header over two rows had above it (its first row), to know it when a page repeats it.
  let upperHeader: GridCell[] | null = null;
  // The header a 合计 row closed, while 加分项 / 扣分项 rows after it may still add to the score.
  let closedByTotal: HeaderMap | null = null;
  let addOnsRead = false;
  const closeTable = () => {
    if (header && sink.form.indicators.length > tableStart) readTable = { roles: header.roles, term: lastTerm, levels: { ...levels } };
    if (header?.roles.includes('level1') && !tableContinues && recentreLevels(sink.form.indicators.slice(tableStart), written, lowerCentred, pageEnds)) {
      sink.warn('level_guessed', `第 ${headerLine ?? '?'} 行起的指标表中，一级/二级指标写在合并单元格的中间行，已按居中位置归到各自的指标行，请核对。`);
    } else if (header) settleLaggingLevels(sink, tableStart, written, spanning, header.roles.includes('level1'));
    written = [];
    spanning = new Set();
    lowerCentred = false;
    pageEnds = new Set();
    if (header && tableIsLongTerm) longTerm.push([tableStart, sink.form.indicators.length]);
    header = null;
  };

  for (const item of items) {
    if (item.type === 'title' || item.type === 'other-title') continue;
    if (item.type === 'text') {
      closedByTotal = null;
      previousRow = null;
      rawAbove = null;
      caption = item.text;
      const lineLevel = proseLevel(item.text);
      levelRun = lineLevel ? [...levelRun, lineLevel] : [];
      // A web page's links after its article (上一篇：…, 【打印本页】【关闭窗口】): the article, table included, has ended.
      if (header && PAGE_END.test(item.text)) { closeTable(); continue; }
      // 附件： over the page's list of attached files: the table above has ended (the files' names are no rows).
      if (header && ATTACHMENTS.test(item.text.trim())) { closeTable(); continue; }
      // 办理过程 / 流转意见 over the approval's steps: the form above has ended (its steps are no rows).
      if (header && APPROVAL_FLOW_CAPTION.test(normalizeLabel(item.text))) { closeTable(); continue; }
      // 总分：96.5 on a line of its own under a self-evaluation table (a text paste): the form's total.
      const lineTotal = kind.endsWith('self_evaluation') ? labelledTotal(item.text) : null;
      if (lineTotal != null) { if (header) closeTable(); sink.setTotal(lineTotal); continue; }
      // 综合自评得分92.5分 in the report's text after the tables: held for the form with no 总分 row (buildForms decides).
      const stated = kind.endsWith('self_evaluation') && sink.form.indicators.length > 0 ? reportedTotal(item.text) : null;
      if (stated != null) sink.reportedTotal = { raw: stated, after: sink.form.indicators.length };
      // Inside an indicator table a stray short line is a merged cell's caption that
      // conversion moved out of the table; it carries no field.
      if (header && item.text.length <= 16 && item.heading == null && matchLabel(item.text, kind)?.value == null) {
        // When it names a level the table has a column for, it is that merged level cell of the rows below.
        const lone = header.roles.includes('level1') && (lineLevel?.depth === 1 || header.roles.includes('level2')) ? lineLevel : null;
        if (lone) {
          levels = lone.depth === 1 ? { level1: lone.text, level2: null } : { ...levels, level2: lone.text };
          written.push({ at: sink.form.indicators.length - tableStart - 0.5, level1: lone.depth === 1 ? lone.text : null, level2: lone.depth === 2 ? lone.text : null });
        }
        continue;
      }
      if (header && item.heading != null) closeTable();
      if (isTermCaption(item.text)) continue;
      // Indicators written as running text: level lines, then 指标1：名称，指标值：≥300天。
      if (!header) {
        const level = proseLevel(item.text);
        if (level) {
          levels = level.depth === 1 ? { level1: level.text, level2: null } : { ...levels, level2: level.text };
          sections.close();
          continue;
        }
        const prose = proseIndicator(item.text);
        if (prose) {
          const roles: Array<ColumnRole | null> = ['name', 'value'];
          const cells: GridCell[] = [{ text: prose.name, start: 0, span: 1, merged: false }, { text: prose.value, start: 1, span: 1, merged: false }];
          const built = buildIndicator(alignRow(cells, roles), roles, levels, true);
          if (built) {
            sink.form.indicators.push(built.indicator);
            warnRow(sink, sink.form.indicators.length - 1, item.line, built.indicator.name, built.notes);
          }
          sections.close();
          continue;
        }
      }
      sections.readText(item.text, item.heading);
      continue;
    }
    // Outside an indicator table, a merged cell's text copied into every cell it covers is one cell.
    const cells: GridCell[] = header ? snapToCaptions(item.cells, header.texts) : collapseRepeatedMerges(item.cells, rawAbove);
    rawAbove = item.cells;
    const newTable = item.tableIndex !== rowTable;
    rowTable = item.tableIndex;
    if (cells.every((c) => isBlank(c.text))) continue;
    // A page's running header or footer printed by the system (第1页/共2页, 打印时间：…) is no row.
    if (cells.some((c) => isPageFurniture(c.text))) continue;
    if (!header && sections.takeRowValue(cells)) continue;
    sections.close();
    const captionAbove = caption;
    const levelsAbove = levelRun;
    levelRun = [];
    const filledCells = cells.filter((c) => !isBlank(c.text));
    caption = filledCells.length === 1 ? filledCells[0]!.text : null;
    // Under budget captions, 合计 | 560.00 | 600.00 … is the budget's total row, not the score; before any
    // header a 合计 line with a 执行率 percentage is a budget statement's in the report's text.
    const totalText = !header && (fields.expectsBudgetRow || isMoneyStatementTotal(cells)) ? undefined : totalOf(cells, header != null && scoreBeforeWeight(header.roles));
    const total = totalText != null && header ? deductedTotal(cells, header.roles) ?? totalText : totalText;
    // 合计 with no score after it outside a table is a column caption (部门预算总额 | 合计 | 财政拨款).
    if (total !== undefined && (total != null || header)) {
      // 最终得分 after the 加分项 / 扣分项 rows a 合计 was followed by: the form's total is the final one.
      if (total != null) sink.setTotal(total, header != null && addOnsRead);
      addOnsRead = false;
      closedByTotal = header;
      closeTable();
      previousRow = cells;
      continue;
    }
    // 合计 | 100 | 97.2 then 加分项 | 工作创新 | … | | 1: the bonus and deduction items under the scored rows are
    // rows of the same table (no 分值, a signed score), read under the header the 合计 closed.
    if (!header && closedByTotal && isAddOnRow(cells)) { header = closedByTotal; addOnsRead = true; tableStart = sink.form.indicators.length; }
    else if (!header && closedByTotal && isRowAddedBelowTotal(cells, closedByTotal)) { header = closedByTotal; tableStart = sink.form.indicators.length; }
    closedByTotal = null;
    // 投入小计 | 20 | 19.1 between a score tree's groups sums the group above: no indicator, the rows go on below it.
    if (header && isSubtotalRow(cells)) { previousRow = cells; continue; }
    const hm = isBudgetHeader(cells) ? null : readHeaderRow(cells);
    if (hm) {
      const noRowYet: boolean = header != null && sink.form.indicators.length === tableStart;
      // Only a row no table read can be a header's first row (not the last row of the page before).
      const aboveIsCaption = header == null || noRowYet;
      closeTable();
      fields.reset();
      tableStart = sink.form.indicators.length;
      // 年度指标值 | 实施期指标值 over 指标性质 | 指标值 | 度量单位 twice: one row of captions.
      const grouped = previousRow && readHeaderRow(previousRow) ? groupedSubHeader(previousRow, cells) : null;
      // 一级…三级 | 指标值 | 分值 … over 年度指标值 | 实际完成值 | 原因分析 | 改进措施 (a browser's copy, no row read yet).
      const subdivided: GridCell[] | null = !grouped && noRowYet && previousRow ? subdividedHeader(previousRow, cells) : null;
      const widened: GridCell[] | null = grouped ?? subdivided ?? (previousRow ? widenLowerHeader(cells, previousRow) : null);
      const wide: HeaderMap | null = widened ? readHeaderRow(widened) : null;
      header = wide ?? (previousRow ? mergeUpperHeader(hm, previousRow) : hm);
      if (aboveIsCaption) upperHeader = previousRow;
      // 2024年目标值 | 2025年目标值: the column of the form's own year is the target.
      header = preferBudgetYear(header, sink.year ?? contextYear);
      const term = termOf([captionAbove ?? '', filledCells[0]?.text ?? '']);
      // The same header again for the same period is the table going on after a page break
      // (Word repeats header rows): a level cell merged across the break carries on.
      const sameAgain = lastHeader != null && term === lastTerm && sameRoles(lastHeader, header.roles);
      // A header over two rows: its first row, read as a header of its own, read no row; the table
      // before that one is the one it repeats. (closeTable sets readTable: read as declared.)
      const before = readTable as TableRead | null;
      const againOverTwoRows = !sameAgain && noRowYet && before != null && term === before.term && sameRoles(before.roles, header.roles);
      const repeated = sameAgain || againOverTwoRows;
      tableIsLongTerm = term === 'long';
      if (term !== 'long') annualTables++;
      if (againOverTwoRows) levels = { ...before!.levels };
      if (!repeated) levels = { level1: null, level2: null };
      // 一、产出指标 as a heading right above the table (one table per level): its rows are that level's; a level 1
      // line over it (产出指标 ⏎ 数量指标, nested sections) is theirs too.
      const levelAbove = captionAbove != null ? proseLevel(captionAbove) : null;
      if (levelAbove) {
        const run = levelsAbove.at(-1)?.text === levelAbove.text ? levelsAbove : [levelAbove];
        for (const l of run) levels = l.depth === 1 ? { level1: l.text, level2: null } : { ...levels, level2: l.text };
      }
      tableContinues = repeated;
      afterPageBreak = repeated;
      lastHeader = header.roles;
      lastTerm = term;
      sink.indicatorTables++;
      headerLine = item.line;
      headerTable = item.tableIndex;
      headerWarned = false;
      previousRow = cells;
      continue;
    }
    if (header && isPostTableRow(cells, kind)) closeTable();
    // 项目资金 | 年初预算数 | 全年预算数 … under the indicators: the budget block follows the table.
    if (header && isBudgetHeader(cells)) closeTable();
    // A new table whose first row names a form's field (项目资金情况（单位：万元）: a 资金表 beside the 目标表) is no
    // continuation of the indicators, which open with indicator rows after a page break.
    if (header && newTable && item.tableIndex !== headerTable && sink.form.indicators.length > tableStart && matchLabel(filledCells[0]!.text, kind) != null) closeTable();
    if (header && repeatsUpperHeader(cells, upperHeader)) { previousRow = cells; continue; }
    const staged: HeaderMap | null = header ? withValueStages(header, cells) : null;
    if (staged) { header = staged; lastHeader = staged.roles; previousRow = cells; continue; }
    // The roles change, not the header seen: a header repeated on the next page still matches lastHeader.
    const signed: HeaderMap | null = header ? splitSignColumns(header, cells) : null;
    if (signed) header = signed;
    // (Levels centred between two rows are labels over rows on both sides, written where they fall.)
    const category = header && !item.centredLevels ? categoryLevel(cells) ?? weightedCategoryLevel(alignRow(cells, header.roles, header.looks), header.roles) : null;
    if (category) {
      // 成本指标 is a level 1 of today's templates and a level 2 under 产出指标 in older ones. A caption
      // row of it inside a 产出 block that has level-2 captions is read as a level 2, unless a level-2
      // caption follows right under it (then it opened a level 1 of its own).
      const costUnderOutput = category.depth === 1 && /^成本/.test(category.text) && levels.level2 != null && /^产出/.test(levels.level1 ?? '');
      if (costUnderOutput) { levels = { ...levels, level2: category.text }; demotedCaption = cells; }
      else if (category.depth === 2 && demotedCaption != null && previousRow === demotedCaption) levels = { level1: levels.level2, level2: category.text };
      else if (category.depth === 1) levels = { level1: category.text, level2: null };
      else levels = { ...levels, level2: category.text };
      previousRow = cells;
      continue;
    }
    if (caption != null && isTermCaption(caption)) { previousRow = cells; continue; }
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
      // 指标值 over 实施期 | 年度: the header's second row says which column is the year's.
      const periods: Array<ColumnRole | null> | null = previousRow && readHeaderRow(previousRow) ? periodSubHeader(cells, header.roles) : null;
      if (periods) { header = { ...header, roles: periods }; previousRow = cells; continue; }
      // 采集数据项 over 数据项1 | 数据项2: the header's second row only names columns we do not read.
      if (previousRow && readHeaderRow(previousRow) && isSubHeaderRow(cells, header.roles)) { previousRow = cells; continue; }
      // 指标值 printed on the row below its name (a wrapped or lower-set value cell): the row's
      // only text sits in cells the indicator above left empty, so it completes that row.
      // 偏差原因 | text on the row under an indicator (a row, not a column): that indicator's reason.
      const reasonBelow = lastBuilt && lastBuilt.index === sink.form.indicators.length - 1 ? reasonUnder(cells) : undefined;
      if (reasonBelow !== undefined) { if (reasonBelow != null) sink.form.indicators[lastBuilt!.index]!.reason = reasonBelow; previousRow = cells; continue; }
      const aboveCells: GridCell[] | null = lastBuilt && lastBuilt.index === sink.form.indicators.length - 1 ? lastBuilt.cells : null;
      const completed: GridCell[] | null = aboveCells ? completeRowAbove(aboveCells, cells, header.roles) ?? (afterPageBreak ? joinCutRow(aboveCells, cells, header.roles) : null) : null;
      const firstAfterBreak = afterPageBreak && !completed;
      afterPageBreak = false;
      if (completed) {
        const rebuilt = buildIndicator(alignRow(completed, header.roles), header.roles, { ...lastBuilt!.levels }, header.roles.includes('value') || header.roles.includes('value_actual'));
        if (rebuilt) {
          sink.form.indicators[lastBuilt!.index] = rebuilt.indicator;
          sink.warnings.splice(lastBuilt!.warnings, sink.warnings.length - lastBuilt!.warnings);
          warnRow(sink, lastBuilt!.index, lastBuilt!.line, rebuilt.indicator.name, { ...rebuilt.notes, codes: rebuilt.notes.codes.filter((c) => c !== 'level_folded') });
          lastBuilt = { ...lastBuilt!, cells: completed };
          previousRow = cells;
          continue;
        }
      }
      const levelsBefore = { ...levels };
      const aligned = fillDittoCells(alignRow(cells, header.roles, header.looks), header.roles, lastBuilt && lastBuilt.index >= tableStart ? lastBuilt.values ?? null : null);
      const own = (role: ColumnRole) => { const i = header!.roles.indexOf(role); return i < 0 ? null : levelCell(cellValue(aligned.values[i] ?? null)); };
      const position = sink.form.indicators.length - tableStart;
      if (deletedByAdjustment(aligned.values, header.roles)) {
        sink.warn('indicator_deleted', `第 ${item.line ?? '?'} 行的指标在调整后一栏写明删除，已不计入调整后的绩效目标。`);
        previousRow = cells;
        continue;
      }
      const built = buildIndicator(aligned, header.roles, levels, header.roles.includes('value') || header.roles.includes('value_actual'));
      const ownLevels = { level1: own('level1'), level2: own('level2') };
      if (built && firstAfterBreak && levelReprinted(aligned, header.roles, ownLevels, levelsBefore)) {
        built.indicator.level2 = levelsBefore.level2;
        levels.level2 = levelsBefore.level2;
      }
      if (item.lowerCentred) lowerCentred = true;
      if (item.pageStart && position > 0) pageEnds.add(position - 1);
      // A level-1 cell continuing a merge from above is in that merge's group, whatever its level 2 says.
      if (built) written.push({ at: position, ...ownLevels, inMerge: aligned.mergedFromAbove[header.roles.indexOf('level1')] === true });
      else if (ownLevels.level1 != null || ownLevels.level2 != null) written.push({ at: position - 0.5, ...ownLevels });
      if (built) {
        const rowIndex = sink.form.indicators.length;
        sink.form.indicators.push(built.indicator);
        lastBuilt = { index: rowIndex, cells, levels: levelsBefore, line: item.line, warnings: sink.warnings.length, values: aligned.values };
        if (built.notes.codes.includes('level_folded')) folded++;
        if (built.notes.codes.includes('level_carried_over_merge') && aligned.realigned) spanning.add(position);
        warnRow(sink, rowIndex, item.line, built.indicator.name, { ...built.notes, codes: built.notes.codes.filter((c) => c !== 'level_folded') });
      } else if (cells.filter((c) => !isBlank(c.text)).length > 0) {
        lastBuilt = null;
        // A template's 指标1： line left unfilled is no lost row: nothing to report.
        const nameText = aligned.values[header.roles.indexOf('name')] ?? '';
        // A row struck out whole leaves only the reviewer's word that it is deleted: no lost row.
        const deleted = deletedByReview(aligned.values, header);
        if (deleted) sink.warn('indicator_deleted', `第 ${item.line ?? '?'} 行的指标已整行删去（${deleted.slice(0, 30)}），不计入绩效目标。`);
        else if (!isUnfilledTemplateRow(nameText, aligned, header.roles)) sink.warn('row_without_name', `第 ${item.line ?? '?'} 行在指标表内，但找不到指标名称，已跳过：${cells.map((c) => c.text.trim()).filter(Boolean).join(' | ').slice(0, 60)}`);
      }
      previousRow = cells;
      continue;
    }
    fields.readRow(cells, item.line);
    previousRow = cells;
  }
  if (header && lastBuilt?.values && lastBuilt.line === items.at(-1)?.line && lastBuilt.index === sink.form.indicators.length - 1
    && cutShortAtEnd(lastBuilt.values, header.roles, sink.form.indicators.slice(tableStart, lastBuilt.index))) {
    sink.warn('form_truncated', `指标表在文档末尾中断（第 ${lastBuilt.line ?? '?'} 行只有前几栏），后面的指标行和合计行可能缺失，已导入现有内容，请对照原件补全。`, lastBuilt.index);
  }
  closeTable();
  sink.finish();
  dropLongTermTables(sink, longTerm, annualTables);
  if (folded > 0) sink.warn('level_folded', `${folded} 个指标的一级/二级指标写在指标名称里（如“产出-数量（发放次数）”），已拆分为一级、二级指标和名称，请核对。`);
  return sink;
}
