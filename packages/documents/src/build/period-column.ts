import type { GridCell } from './flatten-source';

const LONG_TERM_CAPTION = /(中长期|长期|中期|实施期|整体期|项目期|执行期|全周期)/;
const ANNUAL_CAPTION = /(年度|当年|本年)/;

/**
 * A row of column captions naming periods (中期资金总额 | 年度资金总额, 实施期 | 年度): the
 * column of the year, whose amounts the form keeps; null when the row names no periods.
 */
export function periodColumn(filled: GridCell[]): number | null {
  const short = filled.filter((c) => c.text.length <= 24);
  const longTerm = short.some((c) => LONG_TERM_CAPTION.test(c.text));
  const annual = short.filter((c) => ANNUAL_CAPTION.test(c.text) && !LONG_TERM_CAPTION.test(c.text));
  return longTerm && annual.length === 1 ? annual[0]!.start : null;
}
