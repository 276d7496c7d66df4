import { foldWidth, trimText } from '@jixiao/core';
import type { GridCell, Item } from './flatten-source';
import { isOtherTableTitle } from './form-titles';
import { isBlank } from './normalize-label';
import { readHeaderRow } from './header-map';

/**
 * The other tables of a 部门预算/决算公开 volume (收支总表, 一般公共预算支出表, 基本支出表, "三公"经费表,
 * 项目支出表, 政府采购表 …) stand between and after the performance forms. Where their title is a row
 * of the grid (a merged title row stacked under a form in one sheet) or they follow a form with no
 * title at all, their first row must still end the form above, or it is read as one more indicator.
 */

/** A row whose one filled cell names another statement (项目支出预算表, 政府采购预算表): that table's title. */
export function otherTitleRow(filled: readonly GridCell[]): string | null {
  if (filled.length !== 1) return null;
  const text = trimText(filled[0]!.text);
  return isOtherTableTitle(text) ? text : null;
}

// Captions only a budget statement's header has: the code columns of the 功能分类/经济分类 tables, the
// 行次/栏次 of a 决算 statement, a year's 预算数 compared with another's, and the 增减 columns.
// A form's own money captions (合计 | 一般公共预算 | 政府性基金预算, 年初预算数 | 全年预算数) are none of these.
const STATEMENT_ONLY = /^((功能|经济|支出功能|支出经济|部门预算支出经济)分类)?(科目)?(编码|代码)$|^(功能|经济|支出功能|支出经济)分类科目(名称)?$|^科目名称$|^行次$|^栏次$|^单位编码$|^(19|20)\d{2}年(度)?(预算|决算|执行)数$|^(比上年)?增减(额|率|幅度|变动)?(（%）|\(%\))?$|^(年初|年末)结转(和|及)?结余$/;

// Every caption of a statement's header row: the strong ones above, or a word any statement prints.
const STATEMENT_CAPTION = /^(项目|科目|单位名称|合计|小计|总计|金额|(本年|年初|全年)?(预算|决算|执行)数?|基本支出|项目支出|人员经费|公用经费|一般公共预算|政府性基金预算|国有资本经营预算|财政拨款|事业收入|其他收入|本年(收入|支出|拨款)|项目名称|备注)$/;

/**
 * The header row of a budget statement (项目 | 2025年预算数 | 2026年预算数 | 增减额 | 增减率; 科目编码 | 科目名称 |
 * 合计 | 基本支出 | 项目支出): three or more captions, every one a statement's caption and at least one of the
 * kind no performance form prints. Its text, or null.
 */
export function statementHeaderRow(filled: readonly GridCell[]): string | null {
  if (filled.length < 3) return null;
  const words = filled.map((c) => foldWidth(trimText(c.text)).replace(/[\s\u3000]+/g, ''));
  if (words.some((w) => w === '' || w.length > 16)) return null;
  if (!words.some((w) => STATEMENT_ONLY.test(w))) return null;
  if (!words.every((w) => STATEMENT_ONLY.test(w) || STATEMENT_CAPTION.test(w))) return null;
  return words.join(' | ');
}

/** A row that opens another statement's table: its title, or its header row (`header`), else null. */
export function statementOpening(cells: readonly GridCell[]): { text: string; header: boolean } | null {
  const filled = cells.filter((c) => !isBlank(c.text));
  const title = otherTitleRow(filled);
  if (title) return { text: title, header: false };
  const header = statementHeaderRow(filled);
  return header ? { text: header, header: true } : null;
}

// The captions of a list of projects (项目支出表, 项目支出绩效目标汇总表): who, how much, what for — never an indicator's.
const LIST_CAPTION = /^(序号|项目名称|项目编码|项目代码|主管部门|实施单位|项目单位|单位名称|项目类别|项目类型|项目金额|预算金额|资金总额|年度预算|预算数|合计|年度绩效目标|绩效目标|年度目标|主要绩效指标|备注)(（万元）|\(万元\))?$/;

/**
 * A list of projects standing after the forms with no title (序号 | 项目名称 | 主管部门 | 预算金额 | 年度绩效目标 over
 * one line a project): its caption row, when two or more rows under it in the same table name different projects.
 * A form's captions over its one row of values (项目名称 | 主管部门 | 实施单位 ⏎ values) stay the form's.
 */
export function isProjectListHeader(items: readonly Item[], index: number): boolean {
  const item = items[index]!;
  if (item.type !== 'row' || readHeaderRow(item.cells)) return false;
  const filled = item.cells.filter((c) => !isBlank(c.text));
  const words = filled.map((c) => foldWidth(trimText(c.text)).replace(/[\s\u3000]+/g, ''));
  if (filled.length < 3 || !words.every((w) => LIST_CAPTION.test(w))) return false;
  const at = words.findIndex((w) => /^项目(名称|编码|代码)$/.test(w));
  if (at < 0) return false;
  const col = filled[at]!.start;
  const names = new Set<string>();
  for (let j = index + 1; j < items.length; j++) {
    const row = items[j]!;
    if (row.type !== 'row' || row.tableIndex !== item.tableIndex) break;
    const name = row.cells.find((c) => c.start === col && !isBlank(c.text))?.text.trim();
    if (name && !/^(合计|小计|总计)$/.test(name)) names.add(name);
  }
  return names.size >= 2;
}

/** The items with every untitled list of projects opened as another statement (see isProjectListHeader). */
export function markProjectLists(items: Item[]): Item[] {
  return items.map((item, i) =>
    item.type === 'row' && isProjectListHeader(items, i)
      ? { type: 'other-title', text: item.cells.map((c) => c.text.trim()).filter((t) => t !== '').join(' | '), line: item.line, headerTable: item.tableIndex }
      : item,
  );
}
