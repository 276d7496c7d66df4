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

// 2027年度资金总额15000万元，其中中央5000万元、省级3000万元、市级4000万元、单位自筹3000万元 and 中期资金总额68000万元（中央…、
// 单位自筹…）: a total stated with its sources. Large multi-year programmes write one such list per period. The money may be
// stated by its act (2026年安排720万元，其中…) and described before its parts (260万元，全部为中央财政…补助资金，其中…).
const STATED_TOTAL = /(?:总额|总投资|总计|合计|资金|预算|安排|下达)\s*[:：为]?\s*(\d+(?:\.\d+)?)\s*万元\s*(?:[，,]\s*(?:全部|均)(?:为|是|来源于|系)[^，,。；;()]{0,30}?)?(?:[，,]\s*其中\s*[:：]?|[（(]\s*(?:其中\s*[:：]?)?)/g;
// Each part must name a source of money: a list of uses (其中设备购置…、安装调试…) is no split of sources.
const SOURCE_WORD = /中央|省|市|县|区|镇|乡|本级|上级|自筹|自有|单位|财政|补助|债|基金|配套|社会资本|贷款|融资|其他/;
// 自筹 (or the unit's own money) is the balance a project raises itself: a list that names it is the whole of the total,
// so it must add up; without it, a list after 其中 may name only some sources, and only a sum above the total is wrong.
const BALANCE_SOURCE = /自筹|自有|单位资金|其他资金/;
const LIST_END = '。；;\n';
// A clause after the parts that says more money comes from elsewhere (其余由…, 不足部分…) leaves the list open-ended.
const MORE_ELSEWHERE = /其余|剩余|不足|差额|另|其他|以外/;

export interface StatedSplit { total: number; parts: Array<[string, number]>; sum: number; closed: boolean }

/** Totals stated in text with their sources listed right after (其中 … or in brackets), each part in 万元. */
export function statedSplits(text: string | null): StatedSplit[] {
  if (text == null || !text.includes('万元') || !(text.includes('其中') || text.includes('（') || text.includes('('))) return [];
  const s = text.normalize('NFKC');
  const out: StatedSplit[] = [];
  STATED_TOTAL.lastIndex = 0;
  for (let m = STATED_TOTAL.exec(s); m; m = STATED_TOTAL.exec(s)) {
    const from = m.index + m[0].length;
    // A list opened by a bracket ends where it closes; a remark in brackets after a part (区级统筹60万元（用于…）) is skipped.
    let to = from;
    let depth = 0;
    while (to < s.length && !(depth === 0 && (LIST_END.includes(s[to]!) || s[to] === ')'))) {
      if (s[to] === '(') depth++;
      else if (s[to] === ')') depth--;
      to++;
    }
    const parts: Array<[string, number]> = [];
    let sum = 0;
    let ok = true;
    const pieces = s.slice(from, to).replace(/\([^()]*\)/g, '').split(/([，,、])/);
    for (let k = 0; k < pieces.length; k += 2) {
      const segment = pieces[k]!.trim();
      const p = PART.exec(segment);
      if (!p || !SOURCE_WORD.test(p[1]!)) {
        // After two parts, a clause with no amount (，按学期分两次拨付) moves on from the list, unless it names more money.
        const movesOn = parts.length >= 2 && (pieces[k - 1] === '，' || pieces[k - 1] === ',') && !/\d/.test(segment) && !MORE_ELSEWHERE.test(segment);
        ok = movesOn;
        break;
      }
      const v = Number(p[2]);
      parts.push([p[1]!.trim(), v]);
      sum += v;
    }
    if (ok && parts.length >= 2) out.push({ total: Number(m[1]), parts, sum, closed: parts.some(([label]) => BALANCE_SOURCE.test(label)) });
  }
  return out;
}
