import { parseAmount, trimText } from '@jixiao/core';
import type { GridCell } from './flatten-source';
import { normalizeLabel, YEAR_SPAN } from './normalize-label';
import type { FieldKey } from './field-labels';
import { matchLabel } from './field-labels';
import type { FormSink } from './form-sink';

// 2017—2019年资金总额 beside 2017年资金总额: a span of years names the implementation period as 实施期 does,
// one year the budget year's column.
const LONG_TERM_CAPTION = new RegExp(`(中长期|长期|中期|实施期|整体期|项目期|执行期|全周期|${YEAR_SPAN.source})`);
const ANNUAL_CAPTION = /(年度|当年|本年|^(?:19|20)\d{2}\s*年度?(?=[^\d\s至到—–~～-]))/;

/**
 * A row of column captions naming periods or stages (中期资金总额 | 年度资金总额, 实施期 | 年度): the
 * column of the year, whose amounts the form keeps; null when the row names no periods.
 */
export function periodColumn(filled: GridCell[]): number | null {
  const short = filled.filter((c) => c.text.length <= 24);
  const longTerm = short.some((c) => LONG_TERM_CAPTION.test(c.text));
  const annual = short.filter((c) => ANNUAL_CAPTION.test(c.text) && !LONG_TERM_CAPTION.test(c.text));
  if (longTerm && annual.length === 1) return annual[0]!.start;
  // 申报数 | 批复数 (a 批复表), 调整前 | 调整后 (a 调整表): the approved or adjusted amounts are the form's.
  const approved = short.filter((c) => APPROVED_CAPTION.test(c.text));
  return approved.length === 1 && short.some((c) => DECLARED_CAPTION.test(c.text)) ? approved[0]!.start : null;
}

/** 申报 / 调整前 (the declared figures) or 批复 / 调整后 (the approved ones) as a caption, else null. */
export function stageOf(text: string): 'declared' | 'approved' | null {
  const t = text.replace(/[\s\u3000]+/g, '');
  if (t.length > 8) return null;
  return DECLARED_CAPTION.test(t) ? 'declared' : APPROVED_CAPTION.test(t) ? 'approved' : null;
}

const DECLARED_CAPTION = /^(申报|调整前|原|申请)(预算|资金|金额)?(数|额|金额)?$/;
const APPROVED_CAPTION = /^(批复|调整后|审定|核定|审核)(预算|资金|金额)?(数|额|金额)?$/;

const MONEY = /(资金|预算|金额)/;

/**
 * 项目资金 | 中期资金总额： | 18,600.00 | 年度资金总额： | 6,200.00 — a row of a long-term and an annual
 * money pair: the annual pair's label column, where the rows below (其中：财政拨款 | 18,000.00 | 其中：财政拨款 |
 * 6,000.00) hold the year's amounts; null when the row is no such pair.
 */
export function annualPairColumn(filled: GridCell[]): number | null {
  const short = filled.filter((c) => c.text.length <= 24 && MONEY.test(c.text));
  const long = short.find((c) => LONG_TERM_CAPTION.test(c.text));
  const annual = short.filter((c) => ANNUAL_CAPTION.test(c.text) && !LONG_TERM_CAPTION.test(c.text));
  return long && annual.length === 1 && annual[0]!.start > long.start ? annual[0]!.start : null;
}

/** A row whose label is printed again at the annual pair's column: the row from there on (the year's pair), else null. */
export function annualPair(filled: GridCell[], col: number): GridCell[] | null {
  const at = filled.findIndex((c) => c.start === col);
  return at > 0 && normalizeLabel(filled[0]!.text) === normalizeLabel(filled[at]!.text) ? filled.slice(at) : null;
}

/**
 * 项目资金 | 资金类别 | 合计 | 中央补助 | … over rows 实施期资金总额 | 6,800 | … and 年度资金总额 | 2,600 | …
 * (the money by source across, the periods down): the long-term row ('long') is not the form's; the
 * year's total row ('annual') fills the columns, the one under 合计 (no label of its own) being its
 * total. Null for any other row.
 */
export function readPeriodMoneyRow(filled: GridCell[], cols: ReadonlyMap<number, FieldKey>, sink: FormSink): 'long' | 'annual' | null {
  if (filled.length < 3) return null;
  const label = trimText(filled[0]!.text);
  const figures = filled.slice(1);
  if (!figures.every((c) => parseAmount(c.text) != null) || !figures.some((c) => cols.has(c.start))) return null;
  if (label.length > 24 || !MONEY.test(label)) return null;
  if (LONG_TERM_CAPTION.test(label) && !ANNUAL_CAPTION.test(label.replace(LONG_TERM_CAPTION, ''))) return 'long';
  if (matchLabel(label, sink.kind)?.key !== 'budget_total_wan') return null;
  for (const c of figures) sink.set(cols.get(c.start) ?? 'budget_total_wan', c.text);
  return 'annual';
}
