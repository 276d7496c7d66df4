/**
 * Revised drafts (修改稿 / 审核稿 / 批复稿) as units and finance bureaus pass them back and forth write a value
 * cell as its change (`原90%，调整为95%`, `由80%改为85%`, `95%（原90%）`) and leave a reviewer's remark in it
 * (`≥50公斤【县财政局：请核实测算口径】`, `78.5%⏎注：部分工种考评延至次年`). The value the draft now holds is the
 * changed-to one; the old value and the remarks are no part of it.
 */
export function revisedValue(text: string): string;
export function revisedValue(text: string | null): string | null;
export function revisedValue(text: string | null): string | null {
  if (text == null || !MARKS.test(text)) return text;
  let out = text.replace(REVIEW_REMARK, '').trim();
  const note = TRAILING_NOTE.exec(out);
  if (note) out = note[1]!;
  const change = CHANGE.exec(out);
  if (change && /\d/.test(change[1]!) && /\d/.test(change[2]!)) out = change[2]!;
  out = out.replace(OLD_VALUE_REMARK, '').trim();
  return out === '' ? text : out;
}

// A cheap test first: most value cells hold none of these.
const MARKS = /[【注原由]/;
// 【县财政局：请核实】 / 【审核意见…】: a bracket of black lenticular marks holding who said what, or a review word.
// A short bracket with none (`2【次】`) is the value's unit, read as such elsewhere.
const REVIEW_REMARK = /[\s\u3000]*【[^【】]*(?:[：:]|审核|复核|审定|意见|建议|批注|修改|请)[^【】]*】/g;
// `2025年9月底前 注：以验收报告日期为准`, `78.5%⏎注：…`, `（注：…）`: a note after the value, on its line or the next.
const TRAILING_NOTE = /^([\s\S]*?[^\s\u3000（(])[\s\u3000]*[（(]?\s*(?:注|备注)\s*\d?\s*[：:][\s\S]*$/;
// 原15个，调整为12个 / 原定≥90%，现调整为≥95% / 由5,200户调整为4,100户 / 由95%改为≥98%: both sides figures, so the
// cell states one value replacing another (由人工巡查改为智能监控 is a target of its own, words on both sides).
const CHANGE = /^(?:原(?:定|为|值|申报值?|计划)?|由)\s*[：:]?\s*(\S[\s\S]*?)\s*[，,；;]?\s*(?:现|拟|已)?(?:调整|修改|变更|更改|修订|改|调)(?:为|成|至)\s*[：:]?\s*(\S[\s\S]*?)\s*[。；;]?$/;
// 95%（原90%）, 2025年9月底前（原定2025年10月底前）, 321.7万元（调整前285.3万元）: the old figure in brackets.
const OLD_VALUE_REMARK = /[\s\u3000]*[（(]\s*(?:原(?:定|为|值|申报值?|计划)?|调整前|申报值?)\s*[：:]?\s*[≥≤<>=＞＜≧≦]?\s*\d[^（）()]*[）)]$/;
