import { hasFoldable } from './text-scan';

/**
 * Folds the full-width forms people type in Chinese office software (０-９, ＞＝, ％, ．,
 * ideographic space) into ASCII, and the rarer sign glyphs (≧ ≦) into ≥ ≤ and the minus sign
 * (−, U+2212, which formula editors and Word's autoformat type) into -, so every later rule sees one spelling.
 */
export function foldWidth(input: string): string {
  // Most cells have nothing to fold: return them as they are instead of rebuilding them char by char.
  return hasFoldable(input) ? foldEveryChar(input) : input;
}

/** foldWidth without its shortcut: every char looked at and the text rebuilt (tests hold the shortcut to it). */
export function foldEveryChar(input: string): string {
  let out = '';
  for (const ch of input) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e) {
      // Full-width ASCII block, except the Chinese brackets/comma people mean as text.
      if (ch === '（' || ch === '）' || ch === '，' || ch === '：' || ch === '；') out += ch;
      else out += String.fromCodePoint(code - 0xfee0);
    } else if (code === 0x3000) out += ' ';
    else if (ch === '≧') out += '≥';
    else if (ch === '≦') out += '≤';
    else if (ch === '﹪') out += '%';
    else if (ch === '\u2212') out += '-';
    else out += ch;
  }
  return out;
}

/** Trims ASCII and ideographic spaces (and NBSP) at both ends, keeping the inner text. */
export function trimText(input: string): string {
  return input.replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0\ufeff]+$/g, '');
}

/** Trimmed text, or null when nothing but blanks (and placeholder dashes) is left. */
export function cleanCell(input: string | null | undefined): string | null {
  if (input == null) return null;
  const t = trimText(input);
  return t === '' ? null : t;
}

// Characters that show nothing: zero-width space and joiners, word joiner, soft hyphen (a Word line-break hint), BOM.
const INVISIBLE = /[\u200b-\u200d\u2060\u00ad\ufeff]/g;
// What a clerk leaves around a value that is no part of it: quotes around the cell, a footnote mark (*, ※) and the
// sentence punctuation a pasted line ends with (。；，、 and their ASCII forms).
// A list bullet Word leaves before a pasted line (● ■ ◆ ▪ ► ▶ ★ ☆ •) opens no value either. A footnote mark Word sets as a
// superscript or circled number (≥95%¹, 12次①) closes none; after a Latin letter a superscript is a power (m², km³).
// A check mark a clerk ticks beside the figure (100%√, 12个✓) marks it done and is no part of it; alone it states no figure.
const STRAY_START = /^[\s"'“”‘’*※●■◆▪►▶★☆•√✓✔]+/;
const STRAY_END = /[\s"'“”‘’*※。.，,；;、！!√✓✔]+$/;
const FOOTNOTE_END = /(?<![A-Za-z\u00b2\u00b3\u00b9\u2070-\u2079])(?<![×xX*] ?10)[\u00b9\u00b2\u00b3\u2070\u2074-\u2079\u2460-\u2473]+$/;

/** Whether code opens or closes a value only as decoration, or shows nothing (see withoutStray). */
function isStrayCode(c: number): boolean {
  if (c < 0x80) return c === 34 || c === 39 || c === 42 || c === 46 || c === 44 || c === 59 || c === 33 || c <= 32;
  if (c < 0x3000) {
    if (c === 0xb9 || c === 0xb2 || c === 0xb3 || (c >= 0x2070 && c <= 0x2079) || (c >= 0x2460 && c <= 0x2473)) return true;
    if (c === 0x25cf || c === 0x25a0 || c === 0x25c6 || c === 0x25aa || c === 0x25ba || c === 0x25b6 || c === 0x2605 || c === 0x2606 || c === 0x2022) return true;
    if (c === 0x221a || c === 0x2713 || c === 0x2714) return true;
  }
  return c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019 || c === 0x203b || c === 0x3002 || c === 0xff0c
    || c === 0xff1b || c === 0x3001 || c === 0xff01 || c === 0x00ad || c === 0xfeff || (c >= 0x200b && c <= 0x200d) || c === 0x2060;
}

/**
 * The value without what surrounds it as decoration (`“≥95%”`, `≥90%*`, `※≥85%`, `≥95%。`, `12次；`) and without
 * invisible characters anywhere (`9\u00ad5%` is 95%). The ends are checked by char first: most values have none.
 */
export function withoutStray(s: string): string {
  const n = s.length;
  if (n === 0) return s;
  let out = s;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x00ad || c === 0xfeff || c === 0x2060 || (c >= 0x200b && c <= 0x200d)) {
      out = s.replace(INVISIBLE, '');
      break;
    }
  }
  if (out.length === 0 || (!isStrayCode(out.charCodeAt(0)) && !isStrayCode(out.charCodeAt(out.length - 1)))) return out;
  const bare = out.replace(STRAY_START, '').replace(STRAY_END, '').replace(FOOTNOTE_END, '').replace(STRAY_END, '');
  return bare === '' ? out : bare;
}

// 95 percent, 95percent: the English word for the mark, typed in a mixed-language cell (a template translated in part,
// a clerk who writes both), is the mark. Only after a figure: a word that merely holds the letters stays a word.
const PERCENT_WORD = /(\d)\s*percent(?![A-Za-z])/gi;

/** The value with `percent` after a figure written as `%`; looked for only when the letters are there. */
export function withPercentWord(s: string): string {
  return s.length > 7 && (s.indexOf('ercent') > 0 || s.indexOf('ERCENT') > 0) ? s.replace(PERCENT_WORD, '$1%') : s;
}

// 95%%, 95％%: a percent mark typed twice is one.
const DOUBLED_PERCENT = /%{2,}/g;
// 99。5%: a Chinese input method types 。 for the decimal point; between two digits it can be nothing else.
const IDEOGRAPHIC_POINT = /(\d)。(?=\d)/g;
// ≥ 9 8 %: a PDF that spaces every glyph spaces the digits of one number; single digits only, so 1 200 (thousands)
// and 3 个 (a number and its unit) are left to the number reader.
const SPACED_DIGITS = /(^|[^\d.,])(\d(?: \d)+)(?![\d.,])/g;
// 95.%: a decimal point with no digit after it before a percent or per-mille mark is a slip; ≥ 98 .5%: a blank typed
// before (or after) a decimal point splits no number.
const POINT_BEFORE_MARK = /(\d)\.(?=[%‰‱])/g;
// An OCR O for 0 may stand on either side of the point (≤ O. 3 %, 9O . 5 %): joined first, read as 0 below.
const SPACED_POINT = /(\d|(?<![A-Za-z])[Oo]) ?\. ?(?=\d|[Oo](?![A-Za-z]))/g;
// 1 , 200 人: a thousands comma an export or OCR set off by blanks still parts the groups of one number.
const SPACED_COMMA = /(\d) +([,，]) *(?=\d{3}(?!\d))/g;
// 《≥95%》: a cell set off in title marks is its content, as in 【】 (a mark with its partner inside stays a title).
const OPENERS = '（(【[《';
const CLOSERS = '）)】]》';
// 9O%, 1O天, 1l0人: an OCR pass reads 0 as O or o and 1 as l or I. Inside a run of digits that is not part of a word
// (H2O, ISO9001, 5l, 10lx stay), O/o is 0 and an l/I with a digit or O after it is 1. The run may open with the letter
// (l00%, l,200人, O.5%) when a digit follows, and end with an l/I only before a percent mark, where no unit can stand
// (9l%). A thousands comma before a group of three and a decimal point keep the run going (1,OOO人, 95.O%).
const OCR_RUN = /(?<![A-Za-z])(?:\d|[OolI](?=[\dOo]|[.,]\d))(?:[\dOolI]|,(?=[\dOolI]{3}(?![\dOolI]))|\.(?=[\dOo]))*(?:[\dOo]|[lI](?=[%‰]))(?![A-Za-z])/g;
// 9.5E+03, 1.2e+04, 9.8E-01: a number as a spreadsheet exports it in scientific notation is that number in digits.
const SCIENTIFIC = /(?<![A-Za-z\d.])(\d+(?:\.\d+)?)[Ee]([+-]?\d{1,2})(?![\dA-Za-z])/g;
// 1.250,5 / 1 250,50 / 95,5% / 1200,00: a number stored as text by a spreadsheet in a locale that groups with dots or
// blanks and writes a decimal comma. A comma before exactly three digits stays a thousands separator (rules.md §1); a
// comma after dot groups is the decimal point, and so is one before one or two final digits (not in a list: 1,2,3) where
// no thousands grouping can be meant: after 0 or four digits and more (0,85, 1200,00) or before a percent mark (95,5%).
// 12,00 and 3,5 stay unread: a dropped digit of 1,200 or 3,500 is as likely (value-cells-7.ts).
const DOT_GROUPS_COMMA = /(?<![\d.,])(\d{1,3})((?:[. ]\d{3})+),(\d+)(?![\d,.])/g;
const DECIMAL_COMMA = /(?<![\d.,])(0|\d{4,}|\d+(?=,\d{1,2} ?[%‰]))[,](\d{1,2})(?![\d,.])/g;
// 1.250.000: two or more dot groups are thousands (a number has one decimal point); a lone dot stays the point.
const DOT_THOUSANDS = /(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.,])/g;
// 1'250, 12'500: the apostrophe groups of a Swiss locale.
const APOSTROPHE_GROUPS = /(?<![\d'])\d{1,3}(?:'\d{3})+(?![\d'])/g;
// (3.5), (1,200.00), ≤(5): an accounting format's negative, the whole cell a bracketed bare figure (a remark has words;
// a bracketed percentage, （96%）, is a wrapped cell: value-cells-5.ts).
const ACCOUNTING_NEGATIVE = /^([<>≤≥=⩾⩽]{0,2} ?)[(（] ?(\d[\d,.]*) ?[)）]$/;
// 零下18℃, 低于零下18℃: 零下 (below zero) before a figure is its minus sign.
const BELOW_ZERO = /零下\s*(?=\d)/g;
// 1.2×10⁴, 1.2×10^4: scientific notation typed by hand is the same number.
const TIMES_TEN = /(?<![\d.])(\d+(?:\.\d+)?) ?[×xX*] ?10(?:\^([+-]?\d{1,2})|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2}))(?![\d⁰¹²³⁴⁵⁶⁷⁸⁹])/g;
const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
// #DIV/0!, #N/A, #VALUE!: what a spreadsheet shows for a formula without a result.
const SPREADSHEET_ERROR = /^#(?:DIV\/0!|N\/A|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/i;

/**
 * The value without the slips of typing that change nothing of what it says (the caller has folded widths): a doubled
 * percent mark, 。 for a decimal point, digits spaced out one by one, and brackets around the whole cell (（≥95%）) or
 * one bracket left alone at an end (≥95%）). A bracket with its partner inside the value is kept: it holds a remark.
 */
export function withoutTypingSlips(s: string): string {
  let out = s;
  if (out.indexOf('%%') >= 0) out = out.replace(DOUBLED_PERCENT, '%');
  if (out.indexOf('。') >= 0) out = out.replace(IDEOGRAPHIC_POINT, '$1.');
  if (out.indexOf(' ') >= 0) out = out.replace(SPACED_DIGITS, (_m, before: string, digits: string) => before + digits.replace(/ /g, ''));
  out = withoutDigitSlips(out);
  const last = out.charCodeAt(out.length - 1);
  if (last === 0x29 || last === 0xff09) {
    const m = ACCOUNTING_NEGATIVE.exec(out);
    if (m) return `${m[1]}-${m[2]}`;
  }
  return withoutOuterBrackets(out);
}

/**
 * The figures of a value as OCR and spreadsheet exports garble them, read as written (the caller has folded widths):
 * a blank beside a decimal point or a thousands comma (95. 0%, 1 , 200), O / l for 0 / 1 in a run of digits (1,2OO,
 * l00%), and scientific notation (9.5E+03 is 9500). Each is looked for by a char test first: most cells have none.
 */
export function withoutDigitSlips(s: string): string {
  let out = s;
  if (out.indexOf('.') >= 0) out = out.replace(POINT_BEFORE_MARK, '$1').replace(SPACED_POINT, '$1.');
  if (out.indexOf(' ') >= 0 && (out.indexOf(',') >= 0 || out.indexOf('，') >= 0)) out = out.replace(SPACED_COMMA, '$1$2');
  if (hasOcrLetter(out)) out = out.replace(OCR_RUN, ocrDigits);
  if (out.indexOf('零下') >= 0) out = out.replace(BELOW_ZERO, '-');
  if (out.indexOf('E') >= 0 || out.indexOf('e') >= 0) out = out.replace(SCIENTIFIC, inPlainDigits);
  if (out.indexOf('千') > 0 && (out.indexOf('万') > 0 || out.indexOf('百') > 0)) out = out.replace(MIXED_MAGNITUDES, inOneFigure);
  if (out.indexOf('10^') > 0 || out.indexOf('×10') > 0) {
    out = out.replace(TIMES_TEN, (m, mantissa: string, caret: string | undefined, sup: string | undefined) =>
      inPlainDigits(m, mantissa, caret ?? [...sup!].map((c) => SUPERSCRIPT.indexOf(c)).join('')));
  }
  return withLocaleSeparators(out);
}

// 1万2千人次, 3千5百册, 1万2千5百: a figure spoken in two scale words, each with its digit; no one scale word after a figure
// can keep the magnitude (as 1.2万 does), so the figure is written whole.
const MIXED_MAGNITUDES = /(?<![\d.])(?:(\d+)万(\d)千(?:(\d)百)?|(\d+)千(\d)百)(?![\d十百千万亿])/g;

function inOneFigure(_m: string, wan?: string, wanThousands?: string, wanHundreds?: string, thousands?: string, hundreds?: string): string {
  if (wan !== undefined) return String(Number(wan) * 10000 + Number(wanThousands) * 1000 + Number(wanHundreds ?? 0) * 100);
  return String(Number(thousands) * 1000 + Number(hundreds) * 100);
}

/** Numbers grouped and pointed as other locales write them (1.250,5, 1 250,50, 1'250, 1.250.000) in plain digits. */
function withLocaleSeparators(s: string): string {
  let out = s;
  if (out.indexOf(',') >= 0) {
    out = out.replace(DOT_GROUPS_COMMA, (_m, head: string, groups: string, decimals: string) => `${head}${groups.replace(/[. ]/g, '')}.${decimals}`)
      .replace(DECIMAL_COMMA, '$1.$2');
  }
  if (out.indexOf('.') !== out.lastIndexOf('.')) out = out.replace(DOT_THOUSANDS, (m) => m.replace(/\./g, ''));
  if (out.indexOf("'") >= 0) out = out.replace(APOSTROPHE_GROUPS, (m) => m.replace(/'/g, ''));
  return out;
}

/** Whether a cell is a spreadsheet's error value (#DIV/0!, #N/A): no number, however many digits it shows. */
export function isSpreadsheetError(s: string): boolean {
  return s.charCodeAt(0) === 35 && SPREADSHEET_ERROR.test(s);
}

function inPlainDigits(written: string, mantissa: string, exponent: string): string {
  const n = Number(`${mantissa}e${exponent}`);
  // Beyond what a double prints in plain digits (1e21 and up, or below 1e-6) the cell stays as written.
  if (!Number.isFinite(n) || n >= 1e21 || (n !== 0 && n < 1e-6)) return written;
  return String(Math.round(n * 1e10) / 1e10);
}

/** Whether s has an O, o, l or I at all: the char scan that spares almost every cell the OCR_RUN pattern. */
function hasOcrLetter(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 79 || c === 111 || c === 108 || c === 73) return true;
  }
  return false;
}

function ocrDigits(run: string): string {
  // A run that opens with a letter must hold a digit of its own (lO, OO stay words).
  if (!/[OolI]/.test(run) || !/\d/.test(run)) return run;
  return run.replace(/[Oo]/g, '0').replace(/[lI]/g, '1');
}

function withoutOuterBrackets(s: string): string {
  const n = s.length;
  if (n < 2) return s;
  const open = OPENERS.indexOf(s.charAt(0));
  const close = CLOSERS.indexOf(s.charAt(n - 1));
  const inner = s.slice(1, n - 1);
  if (open >= 0 && close >= 0) return hasBracket(inner) ? s : inner.trim();
  if (open >= 0 && !hasBracket(s.slice(1))) return s.slice(1).trim();
  if (close >= 0 && !hasBracket(s.slice(0, n - 1))) return s.slice(0, n - 1).trim();
  return s;
}

function hasBracket(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (OPENERS.includes(s.charAt(i)) || CLOSERS.includes(s.charAt(i))) return true;
  return false;
}

// A line break inside a value cell is where a PDF or Word column wrapped it (≥\n95%, 1,\n200, 不低\n于90%, 9\n5%):
// layout, not a word boundary, so the two lines are one text. Text returned as written keeps its breaks.
const LINE_BREAK = /[^\S\r\n]*[\r\n]+\s*/g;

/** The text with its line breaks (and the blanks around them) removed: the lines of a wrapped cell joined. */
export function withoutLineBreaks(text: string): string {
  return text.indexOf('\n') < 0 && text.indexOf('\r') < 0 ? text : text.replace(LINE_BREAK, '');
}
