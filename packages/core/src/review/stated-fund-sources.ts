/**
 * 资金来源 stated in a project's 概况 (资金来源：上级补助50万元，镇本级30万元): townships and schools often write the split of a
 * budget there instead of in cells of their own. Read once per form, and only when the words 资金来源 appear.
 */

const LABEL = '资金来源';
// A clause that nests parts (其中), states a total of its own (合计, 总投资) or spans years (实施期, 累计, 每年) is no flat
// list of this year's sources: its sum proves nothing against 预算数.
const NOT_A_FLAT_LIST = /其中|合计|共计|总计|小计|总投资|实施期|累计|每年|年度|以上|以内|约|不足|剩余|差额|自行|解决|\d{4}\s*年/;
const PART = /^([^\d]{1,16}?)[:：为]?\s*(\d+(?:\.\d+)?)\s*万元$/;

export interface StatedSources { parts: Array<[string, number]>; sum: number }

/** The sources listed after 资金来源 in text, each with an amount in 万元, when they are a flat list of two or more; else null. */
export function statedFundSources(text: string | null): StatedSources | null {
  if (text == null) return null;
  const at = text.indexOf(LABEL);
  if (at < 0) return null;
  let from = at + LABEL.length;
  while (from < text.length && '：:为是'.includes(text[from]!)) from++;
  let to = from;
  while (to < text.length && !'。；;\n'.includes(text[to]!)) to++;
  const clause = text.slice(from, to).normalize('NFKC');
  if (NOT_A_FLAT_LIST.test(clause)) return null;
  const parts: Array<[string, number]> = [];
  let sum = 0;
  for (const segment of clause.split(/[，,、]/)) {
    const m = PART.exec(segment.trim());
    // A source without an amount (不足部分由镇本级解决) leaves the list open.
    if (!m) return null;
    const v = Number(m[2]);
    parts.push([m[1]!.trim(), v]);
    sum += v;
  }
  return parts.length >= 2 ? { parts, sum } : null;
}
