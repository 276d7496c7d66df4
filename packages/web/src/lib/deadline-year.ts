// A point in time written as a deadline: 2022年12月31日前, 2022年底前, 2022年6月底完成, or the bare date (2022年12月31日) a
// 时限 row holds. A year with a baseline's word before it (较2022年, 不低于2022年水平) or a span (2021—2025年) is no deadline.
const DEADLINE = /(?<![\d\-—–~～至到])((?:19|20)\d{2})\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?\s*(?:年?底|年?末|上半年|下半年|第?[一二三四1-4]季度)?\s*(前|以前|之前|内|以内|止|为限|完成|完工|竣工|开工|启动|验收|交付|投用|投入使用|建成)?/g;
const BASELINE_BEFORE = /(?:较|比|同比|相比|对比|高于|低于|不低于|不高于|不少于|不多于|超过|优于|持平于?|基于|以)\s*$/;
const SPAN_AFTER = /^\s*[-—–~～至到]\s*(?:19|20)\d{2}/;
const WHOLE_DATE = /^\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?\s*(?:年?底|年?末)?\s*$/;

/** The earliest deadline year a target value names, or null (a baseline year, a span, or no date). */
export function deadlineYear(value: string): number | null {
  let best: number | null = null;
  DEADLINE.lastIndex = 0;
  for (let m = DEADLINE.exec(value); m; m = DEADLINE.exec(value)) {
    const year = Number(m[1]);
    const end = m.index + m[0].length;
    if (BASELINE_BEFORE.test(value.slice(0, m.index))) continue;
    if (SPAN_AFTER.test(value.slice(m.index + m[1]!.length))) continue;
    // A year with no deadline word is a deadline only as the whole value (a 时限 row's bare date).
    if (m[2] === undefined && !WHOLE_DATE.test(value)) continue;
    // 2022年完成数, 2022年水平: the year's own figure, a baseline.
    if (/^\s*(?:水平|基数|同期|数|值|量|额|实际|情况|的)/.test(value.slice(end))) continue;
    if (best === null || year < best) best = year;
  }
  return best;
}
