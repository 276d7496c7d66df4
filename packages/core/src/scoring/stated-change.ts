import { foldWidth } from '../values/normalize-text';

/**
 * A relative target and its 完成值 written the same way (rules.md §3 has no proportional rule for them, so they stay
 * qualitative): 「较上年增长8%」 done 「同比增长6.2%」, 「较上年提高1.5个百分点」 done 「较上年提高0.8个百分点」, and an
 * absence (「零发生」) done 「未发生」 or 「发生1起」. True when the 完成值 plainly meets the target, false when it plainly
 * falls short, null when the two cannot be set side by side (another measure, words, a ceiling on the change).
 */
export function meetsStatedChange(target: string, actual: string | null): boolean | null {
  if (actual == null) return null;
  const t = foldWidth(target).replace(/\s+/g, '');
  const a = foldWidth(actual).replace(/\s+/g, '');
  if (ABSENCE.test(t)) return ABSENCE.test(a) || ZERO_DONE.test(a) ? true : OCCURRED.test(a) ? false : null;
  const want = readChange(t);
  if (want == null) return null;
  const done = readChange(a);
  if (done == null || done.unit !== want.unit) return null;
  // A move the other way (下降3% against 增长8%) falls short whatever its size.
  return done.way === want.way && done.amount >= want.amount;
}

// 较上年增长8%, 同比下降不低于0.5个百分点, 较上年缩短30天: a baseline, a way, a floor word at most, an amount and its unit.
const CHANGE = /^(?:较上年度?|比上年度?|较去年|比去年|同比|环比|较\d{4}年度?|比\d{4}年度?)?(增长|增加|提高|提升|上升|延长|下降|降低|减少|压减|缩短)了?(?:不低于|不少于|至少)?(\d+(?:\.\d+)?)(%|％|个百分点|百分点|‰|个?工作日|天|日|小时|分钟)?(?:以上)?$/;
const RISE = /^(?:增长|增加|提高|提升|上升|延长)$/;
// An absence promised (零发生, 未发生, 杜绝, 0起) and one reported (未发生, 无, 0起), or an occurrence counted (发生1起).
const ABSENCE = /^(?:零发生|未发生|不发生|杜绝|无发生|零事故|零伤亡)$/;
const ZERO_DONE = /^(?:无|0(?:起|次|例|件|宗|人))$/;
const OCCURRED = /^(?:发生|出现)(?:[1-9]\d*|[一两二三四五六七八九十]+)(?:起|次|例|件|宗|人)/;

function readChange(text: string): { way: 1 | -1; amount: number; unit: string } | null {
  const m = CHANGE.exec(text);
  if (m == null) return null;
  const unit = m[3] ?? '';
  return { way: RISE.test(m[1]!) ? 1 : -1, amount: Number(m[2]), unit: unit === '％' ? '%' : unit === '百分点' ? '个百分点' : unit.replace(/^个(?=工作日)/, '') };
}

/** The message for a relative or absence target missed at full marks (a person weighs how far short, as for a late date). */
export function shortOfStatedChange(row: number, name: string, target: string, actual: string | null, score: string): string {
  return `第${row + 1}行定性指标「${name}」完成值「${actual ?? ''}」未达到目标「${target}」，却得满分${score}；请按完成程度扣分（部分达成或未达成），或更正完成值。`;
}
