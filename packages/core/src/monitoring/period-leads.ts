import { hasDigit } from '../scoring/read-number-fast';
import { foldWidth } from '../values/normalize-text';

/** How a progress value names the months 1..m it covers, before or after its figure (rules.md §4 reads 1..m). */

// Progress values often restate the period first (1-6月完成6次, 截至6月底累计完成6次, 一至六月完成六次): the number
// follows it. Months are written in digits or in Chinese numerals.
// The day may be written too (截至6月30日, 1月1日—6月30日). A multi-year project's value since its start (自2023年以来,
// 项目启动以来) is what has been done so far, read like a 1..m value.
const PERIOD_LEAD = /^(?:(?:截至|截止到?|到|至)\s*(?:\d{4}\s*年\s*)?(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:份|底|末)?(?:\s*\d{1,2}\s*[日号])?(?:止|为止)?|(?:\d{4}\s*年\s*)?(?:1|一)\s*月?(?:\s*1\s*[日号])?\s*[-–—~～至到]\s*(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月(?:份|底|末)?(?:\s*\d{1,2}\s*[日号])?|(?:自|从)\s*\d{4}\s*年(?:\s*\d{1,2}\s*月份?)?\s*(?:项目)?(?:启动|实施|开工|开始)?(?:以来|至今|起)|(?:项目)?(?:启动|实施|开工)以来|(?:今年)?前\s*(?:\d{1,2}|十[一二]?|[一二三四五六七八九两])\s*个月(?:份)?)\s*[,，:：、]?\s*/;

/** The value after a period lead (截至9月底累计860人次 → 累计860人次), or the value itself. */
export function withoutPeriod(actual: string | number | null): string | number | null {
  if (typeof actual !== 'string') return actual;
  const folded = foldWidth(actual).trim();
  const m = PERIOD_LEAD.exec(folded);
  return m && m[0].length < folded.length ? folded.slice(m[0].length) : actual;
}

/** 1-6月, 截至6月底: the period restated with no value after it. */
export function isPeriodOnly(actual: string): boolean {
  const folded = foldWidth(actual).trim();
  const m = PERIOD_LEAD.exec(folded);
  return m != null && m[0].length === folded.length;
}

// 3月份完成1次，累计3次; 第三季度完成2个，累计5个: after a figure for part of the period, the running total is the value for
// months 1..m.
// In brackets too (当月2次（累计10次）), and after the period it covers (10月份开展1次，1-10月累计开展11次).
const RUNNING_TOTAL = /^((?:[^（(]|[（(][^（()）]*[）)])+?)(?:[，,；;]|[（(](?=[^（(]*[）)]$))\s*(?:截至目前|目前|年初至今|(?:1|一)\s*[-–—~～至到]\s*(?:\d{1,2}|十[一二]?|[一二三四五六七八九])\s*月份?|截至\s*\d{1,2}\s*月(?:底|末)?)?(?:累计|合计|共计)[\u4e00-\u9fff]{0,3}?\s*(\d[\d,.]*\s*[\u4e00-\u9fff%]{0,4})[）)]?$/;

/** The running total written after a part-period figure, or the value itself. */
export function runningTotal(actual: string | number | null): string | number | null {
  if (typeof actual !== 'string') return actual;
  const m = RUNNING_TOTAL.exec(foldWidth(actual).trim());
  return m && hasDigit(m[1]!) ? m[2]!.trim() : actual;
}
