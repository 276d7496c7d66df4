// Text recognised from a scan (OCR) confuses a few glyphs that look alike. The confusions below never
// make a real word of a budget form, so reading them back is safe for every document.

// A run of digits with letters read for digits in it (l,280.00 / 8O.00 / 2O25 / ≥9O%): O and o for 0,
// l and I for 1. The run must hold a real digit, must not touch a Latin letter (ISO9001, CO2, PM2.5),
// and must not start and end with a letter (O2O is a word) unless it is grouped like an amount (l,86O.5O).
// The ideographic zero 〇 and the stroke 丨 stand for 0 and 1 the same way inside a run with a real digit
// (2〇24, 1,26〇.〇〇, 丨5); 二〇二五 has no digit and stays.
const DIGIT_RUN = /(?<![A-Za-z0-9,.])[0-9OolI〇丨][0-9OolI〇丨,.]*(?![A-Za-z0-9,.])/g;
const LETTER_DIGITS: Record<string, string> = { O: '0', o: '0', l: '1', I: '1', '〇': '0', '丨': '1' };
const GROUPED_AMOUNT = /^[0-9OolI〇丨]{1,3}(?:,[0-9OolI〇丨]{3})+(?:\.[0-9OolI〇丨]+)?$|^[0-9OolI〇丨]+\.[0-9OolI〇丨]+$/;
// A cell that is one number with look-alike letters and stray spaces (`l 0`, `丨 5`): the number without them.
const SPACED_LOOKALIKE_NUMBER = /^[\s\u3000]*[0-9OolI〇丨][0-9OolI〇丨,.\s\u3000]*[\s\u3000]*$/;
// l and I after a number's last digit may be its unit (5l is five litres) or a roman numeral: they are
// digits only when the text is that number alone (a weight, an amount) or a percent sign follows (9l%).
const UNIT_LIKE_TAIL = /([lI]+)$/;
const BARE_TEXT = /^[\s\u3000]*$/;

// 指 misread as 措 (the same right-hand part), read back only where 指标 is the word: a caption or a
// level (一级措标, 满意度措标, 措标值), never where 措 ends a word of its own (举措标准, 筹措标准).
const MISREAD_ZHI = /(?<![举筹])措([ \u3000]?)标(?!准)/g;
const ZHI_BEFORE = /(?:级|绩效|产出|效益|效果|满意度|成本|数量|质量|时效|影响|管理|核心|个性|共性|约束性|考核|评价|[、，,（(：:]|^)[ \u3000]*$/;
const ZHI_AFTER = /^(?:[ \u3000]*(?:值|名称|内容|性质|解释|类型|类别|方向|说明|权重|分值|体系|库|设置|设定|依据|来源|完成|得分)|[ \u3000]*[（(：:、，,]|[ \u3000]*$)/;

// 率 read as 卒 (the same lower half) where 率 ends a rate's name or stands before its figure (合格卒, 完好卒95%);
// 脑卒中 and 士卒 / 兵卒 keep theirs.
const MISREAD_LV = /(?<=[\u4e00-\u9fff][ \u3000]?)(?<![士兵走狱小][ \u3000]?)卒(?!中)(?=[\s\u3000]*(?:$|[\d≥≤>=<＞＜％%（(，,。；;、：:\n]))/g;
// 度 read as 庋 (a shelf: in a budget form only in 庋藏, an archive's holdings): 满意庋, 进庋.
const MISREAD_DU = /(?<=[\u4e00-\u9fff][ \u3000]?)庋(?!藏)/g;
// 元 read as 兀 after 万 / 千 / 亿 (万兀), or as a unit cell alone or before a per-sign (兀, 兀/人).
const MISREAD_YUAN = /(?<=[万千亿])兀|^([\s\u3000]*)兀(?=[\s\u3000]*(?:$|[/／]))/g;

/** Text with the scan's look-alike glyphs read back (digits in numbers, 率/度/元 in words, 指标 in captions). */
export function readBackOcr(text: string): string {
  let s = text;
  if (s.includes('卒')) s = s.replace(MISREAD_LV, '率');
  if (s.includes('庋')) s = s.replace(MISREAD_DU, '度');
  if (s.includes('兀')) s = s.replace(MISREAD_YUAN, (_m, lead?: string) => `${lead ?? ''}元`);
  if (SPACED_LOOKALIKE_NUMBER.test(s) && /\d/.test(s) && /[OolI〇丨]/.test(s)) s = s.replace(/[\s\u3000]+/g, '');
  if (s.includes('措')) {
    s = s.replace(MISREAD_ZHI, (word: string, gap: string, at: number, whole: string) =>
      ZHI_BEFORE.test(whole.slice(Math.max(0, at - 4), at)) || ZHI_AFTER.test(whole.slice(at + word.length)) ? `指${gap}标` : word);
  }
  if (/[OolI〇丨]/.test(s) && /\d/.test(s)) {
    s = s.replace(DIGIT_RUN, (run: string, at: number, whole: string) => {
      if (!/\d/.test(run) || !/[OolI〇丨]/.test(run)) return run;
      if (/^[OolI]/.test(run) && /[OolI]$/.test(run) && !GROUPED_AMOUNT.test(run)) return run;
      // The letters after the last digit stay letters unless the text is the number alone or a percent follows.
      const tail = UNIT_LIKE_TAIL.exec(run)?.[1] ?? '';
      const after = whole.slice(at + run.length);
      const alone = BARE_TEXT.test(whole.slice(0, at)) && BARE_TEXT.test(after);
      const read = tail && !alone && !/^[\s\u3000]*[%％‰]/.test(after) ? run.slice(0, run.length - tail.length) : run;
      return read.replace(/[OolI〇丨]/g, (ch) => LETTER_DIGITS[ch]!) + run.slice(read.length);
    });
  }
  return s;
}

// A rate's name: 合格率, 满意度, 覆盖率（%）.
const RATE_NAME = /[率度](?:[（(][^）)]*[）)])?$/;
const READ_AS_96 = /^(\d{1,3}(?:\.\d+)?)96$/;

/**
 * A scan reads the percent sign as `96` (≥95% as ≥9596): a rate's target with no unit whose figure is over
 * 100 but ends in 96 after a figure of at most 100 is that figure in percent. A rate's name is the context
 * that makes it unambiguous (a rate over 100 with no unit is no reading a reviewer would take).
 */
export function percentReadAs96(target: string, comparator: string | null, unit: string | null, name: string): { target: string; unit: string } | null {
  if (unit != null || comparator == null || comparator === 'qualitative' || !RATE_NAME.test(name.trim())) return null;
  const m = READ_AS_96.exec(target.trim());
  if (!m || Number(target) <= 100 || Number(m[1]) > 100) return null;
  return { target: m[1]!, unit: '%' };
}
