import { parseAmount } from '@jixiao/core';
import type { GridCell } from './flatten-source';
import type { ColumnRole, HeaderMap } from './header-map';
import { isBlank, normalizeLabel } from './normalize-label';
import { SHEET_ERROR } from './sheet-values';

// The row closing an indicator table with the form's total score (合计 / 总分 / 自评得分 …).

const TOTAL_WORDS = /^(合计|总计|总分|合计得分|总得分|自评总分|综合得分|最终得分|最终总分|最终自评得分)$/;
const TOTAL_LEAD_WORDS = /^(自评得分|评价得分|得分合计|综合评分|自评分数)$/;

/** The total score of a 合计 row, or null when the row is not a total row. */
export function totalOf(cells: GridCell[], scoreBeforeWeight = false): string | null | undefined {
  // 自评总分：98.83分 | 自评等级：优 — a footer line of label：value pairs under the table, the total in its own pair.
  const paired = cells.map((c) => labelledTotal(c.text)).find((t) => t != null);
  if (paired != null) return paired;
  let idx = cells.findIndex((c) => TOTAL_WORDS.test(normalizeLabel(c.text)));
  if (idx < 0) {
    // 自评得分 | | | 100 | 97.83: a score caption opening the row (never a header: a number follows).
    const first = cells.findIndex((c) => !isBlank(c.text));
    if (first < 0 || !TOTAL_LEAD_WORDS.test(normalizeLabel(cells[first]!.text))) return undefined;
    if (!cells.slice(first + 1).some((c) => parseAmount(c.text) != null)) return undefined;
    idx = first;
  }
  // 部门预算总额 | 合计 | 12,500.00: 合计 is a caption under the money label, not a score total.
  if (cells.slice(0, idx).some((c) => /(预算|资金|金额|支出|收入|经费|拨款)/.test(c.text))) return undefined;
  // 总分 | 100 | #REF!: a spreadsheet's error shown where the total belongs leaves the total unknown, not the weight's.
  const filled = cells.slice(idx + 1).filter((c) => !isBlank(c.text));
  if (filled.length > 0 && SHEET_ERROR.test(filled.at(-1)!.text.trim())) return null;
  const amounts = cells.slice(idx + 1).filter((c) => parseAmount(c.text) != null).map((c) => c.text);
  // 合计 | 94.7 | 100 under 自评得分 | 分值: the total score comes before the total weight.
  if (scoreBeforeWeight && amounts.length >= 2) return amounts[amounts.length - 2]!;
  return amounts.at(-1) ?? null;
}

const LABELLED_TOTAL = /^(.{2,6}?)\s*[：:]\s*(\d+(?:\.\d+)?)\s*分?$/;

/** The score of a `总分：97.5分` cell, or null. */
export function labelledTotal(text: string): string | null {
  const m = LABELLED_TOTAL.exec(normalizeLabel(text));
  if (!m) return null;
  return TOTAL_WORDS.test(m[1]!) || TOTAL_LEAD_WORDS.test(m[1]!) ? m[2]! : null;
}

// 综合自评得分92.5分 / 自评总分为96分 / 综合得分：88.5分 — a report's sentence stating the form's total. A level's or a
// budget's own points (产出指标自评得分30分, 预算执行得分9.5分) are no total: the word before the caption tells.
const REPORTED_TOTAL = /(?<!指标|执行|预算|资金)(综合自评得分|自评综合得分|自评总得分|自评总分|综合得分|综合评分|自评得分|总得分|总分)(?:为|是|达到|达)?\s*[：:]?\s*(\d+(?:\.\d+)?)\s*分/g;

/** The total score a 自评报告's running text states (the last one in the sentence), or null. */
export function reportedTotal(text: string): string | null {
  const found = [...text.matchAll(REPORTED_TOTAL)];
  return found.at(-1)?.[2] ?? null;
}

/**
 * 合计 | 1,186.40 | 1,243.75 | 1,229.82 | 98.88% before any indicator header: the total line of a budget
 * statement in a report's text (预算数 … 执行率), never a score, which is no percentage.
 */
export function isMoneyStatementTotal(cells: GridCell[]): boolean {
  const figures = cells.filter((c) => parseAmount(c.text) != null).map((c) => c.text.trim());
  return figures.length >= 3 && figures.some((t) => /[%％]$/.test(t));
}

// 加分项 / 扣分项 (加分指标, 扣分项目（最高扣5分）…): the caption of a bonus or deduction item's row.
const ADD_ON_CAPTION = /^(加分|扣分|减分|附加分)(项|项目|指标)?([（(][^）)]*[）)])?$/;

/**
 * 加分项 | 工作创新 | 获省级表彰 | | 1 (or 扣分项 … | -0.5): a bonus or deduction item, led by its caption and
 * holding a score. A caption alone (扣分原因 | …) or a row with no figure is no such row.
 */
export function isAddOnRow(cells: GridCell[]): boolean {
  const filled = cells.filter((c) => !isBlank(c.text));
  if (filled.length < 2 || !ADD_ON_CAPTION.test(normalizeLabel(filled[0]!.text))) return false;
  return filled.slice(1).some((c) => parseAmount(c.text.replace(/^[+＋]/, '')) != null);
}

// A level 1 of the national frameworks, as a whole cell (its points after it allowed).
const LEVEL1_CELL = /^(产出|效益|效果|满意度|成本)(指标)?([（(]\s*\d+(?:\.\d+)?\s*分?\s*[）)])?$/;

/**
 * 满意度指标 | 服务对象满意度指标 | 农户满意度 | ≥90 | % | 10 under the header a 合计 row closed: an indicator
 * the clerk added below the template's 合计 (its own level 1 written, its name and value filled) is a row of the
 * same table, not text after it.
 */
export function isRowAddedBelowTotal(cells: GridCell[], header: HeaderMap): boolean {
  const at = (role: ColumnRole): string => {
    const col = header.roles.indexOf(role);
    const cell = col < 0 ? undefined : cells.find((c) => c.start <= col && col < c.start + c.span);
    return cell ? normalizeLabel(cell.text) : '';
  };
  if (!LEVEL1_CELL.test(at('level1')) || at('name') === '') return false;
  return ['value', 'weight', 'actual', 'score'].some((r) => at(r as ColumnRole) !== '');
}
