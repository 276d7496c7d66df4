/**
 * A value cell that prints a note under the value on lines of its own: last year's figure for comparison
 * (`≥320个⏎上年完成值：275个`, a print view's <small> line) or a bracketed remark (`⏎（新增指标）`). An
 * earlier year's figure is neither the target nor the result (as a 上年完成值 column is not), and a
 * remark is no part of the value: the value is what stands above them.
 */
export function withoutValueNotes(value: string | null): string | null {
  if (value == null || !value.includes('\n')) return value;
  const lines = value.split('\n').map((l) => l.trim()).filter((l) => l !== '');
  if (lines.length < 2) return value;
  const kept = lines.filter((l, i) => i === 0 || !(EARLIER_YEAR_NOTE.test(l) || REMARK_LINE.test(l)));
  // Only notes are dropped, and only when a value stays above them.
  return kept.length === lines.length || EARLIER_YEAR_NOTE.test(kept[0]!) ? value : kept.join('\n');
}

// 上年完成值：… / 上年实际：… / 去年：… / 2025年完成值：… / 历史值：… (in brackets or not).
const EARLIER_YEAR_NOTE = /^[（(【[]?\s*(?:上年度?|上一年度?|去年|前一年|历史|基期|20\d{2}年度?)(?:实际)?(?:完成|实现|达到|指标)?(?:值|数|情况|水平)?\s*[：:]/;
// （新增指标） / （以验收单为准）: a remark in brackets alone on its line; a short one (（个）, （以上）) may be the
// unit or the sign, which the value reading takes.
const REMARK_LINE = /^[（(][^（）()]{4,30}[)）]$/;
