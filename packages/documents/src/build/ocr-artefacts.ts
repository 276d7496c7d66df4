// Text recognised from a scan (OCR) confuses a few glyphs that look alike. The confusions below never
// make a real word of a budget form, so reading them back is safe for every document.

// A run of digits with letters read for digits in it (l,280.00 / 8O.00 / 2O25 / ≥9O%): O and o for 0,
// l and I for 1. The run must hold a real digit, must not touch a Latin letter (ISO9001, CO2, PM2.5),
// and must not start and end with a letter (O2O is a word) unless it is grouped like an amount (l,86O.5O).
const DIGIT_RUN = /(?<![A-Za-z0-9,.])[0-9OolI][0-9OolI,.]*(?![A-Za-z0-9,.])/g;
const LETTER_DIGITS: Record<string, string> = { O: '0', o: '0', l: '1', I: '1' };
const GROUPED_AMOUNT = /^[0-9OolI]{1,3}(?:,[0-9OolI]{3})+(?:\.[0-9OolI]+)?$|^[0-9OolI]+\.[0-9OolI]+$/;
// l and I after a number's last digit may be its unit (5l is five litres) or a roman numeral: they are
// digits only when the text is that number alone (a weight, an amount) or a percent sign follows (9l%).
const UNIT_LIKE_TAIL = /([lI]+)$/;
const BARE_TEXT = /^[\s\u3000]*$/;

// 指 misread as 措 (the same right-hand part), read back only where 指标 is the word: a caption or a
// level (一级措标, 满意度措标, 措标值), never where 措 ends a word of its own (举措标准, 筹措标准).
const MISREAD_ZHI = /(?<![举筹])措([ \u3000]?)标(?!准)/g;
const ZHI_BEFORE = /(?:级|绩效|产出|效益|效果|满意度|成本|数量|质量|时效|影响|管理|核心|个性|共性|约束性|考核|评价|[、，,（(：:]|^)[ \u3000]*$/;
const ZHI_AFTER = /^(?:[ \u3000]*(?:值|名称|内容|性质|解释|类型|类别|方向|说明|权重|分值|体系|库|设置|设定|依据|来源|完成|得分)|[ \u3000]*[（(：:、，,]|[ \u3000]*$)/;

/** Text with the scan's look-alike glyphs read back (digits in numbers, 指标 in captions). */
export function readBackOcr(text: string): string {
  let s = text;
  if (s.includes('措')) {
    s = s.replace(MISREAD_ZHI, (word: string, gap: string, at: number, whole: string) =>
      ZHI_BEFORE.test(whole.slice(Math.max(0, at - 4), at)) || ZHI_AFTER.test(whole.slice(at + word.length)) ? `指${gap}标` : word);
  }
  if (/[OolI]/.test(s) && /\d/.test(s)) {
    s = s.replace(DIGIT_RUN, (run: string, at: number, whole: string) => {
      if (!/\d/.test(run) || !/[OolI]/.test(run)) return run;
      if (/^[OolI]/.test(run) && /[OolI]$/.test(run) && !GROUPED_AMOUNT.test(run)) return run;
      // The letters after the last digit stay letters unless the text is the number alone or a percent follows.
      const tail = UNIT_LIKE_TAIL.exec(run)?.[1] ?? '';
      const after = whole.slice(at + run.length);
      const alone = BARE_TEXT.test(whole.slice(0, at)) && BARE_TEXT.test(after);
      const read = tail && !alone && !/^[\s\u3000]*[%％‰]/.test(after) ? run.slice(0, run.length - tail.length) : run;
      return read.replace(/[OolI]/g, (ch) => LETTER_DIGITS[ch]!) + run.slice(read.length);
    });
  }
  return s;
}
