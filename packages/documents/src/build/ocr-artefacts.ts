// Text recognised from a scan (OCR) confuses a few glyphs that look alike. The confusions below never
// make a real word of a budget form, so reading them back is safe for every document.

// A run of digits with letters read for digits in it (l,280.00 / 8O.00 / 2O25 / ≥9O%): O and o for 0,
// l and I for 1. The run must hold a real digit, must not touch a Latin letter (ISO9001, CO2, PM2.5),
// and must not start and end with a letter (O2O is a word).
const DIGIT_RUN = /(?<![A-Za-z0-9,.])[0-9OolI][0-9OolI,.]*(?![A-Za-z0-9,.])/g;
const LETTER_DIGITS: Record<string, string> = { O: '0', o: '0', l: '1', I: '1' };

// 指 misread as 措 (the same right-hand part): 措标 is no word, 指标 is on every form.
const MISREAD_WORDS: Array<[RegExp, string]> = [[/措标/g, '指标']];

/** Text with the scan's look-alike glyphs read back (digits in numbers, 指标 in captions). */
export function readBackOcr(text: string): string {
  let s = text;
  for (const [re, word] of MISREAD_WORDS) if (re.test(s)) s = s.replace(re, word);
  if (/[OolI]/.test(s) && /\d/.test(s)) {
    s = s.replace(DIGIT_RUN, (run) => {
      if (!/\d/.test(run) || !/[OolI]/.test(run)) return run;
      if (/^[OolI]/.test(run) && /[OolI]$/.test(run)) return run;
      return run.replace(/[OolI]/g, (ch) => LETTER_DIGITS[ch]!);
    });
  }
  return s;
}
