/**
 * The text a spreadsheet shows for a numeric cell, close to what Excel displays, so that the
 * builder sees "95%" and "300.00" like in the Word original, never binary float noise such as
 * 0.30000000000000004. Thousands separators are left out on purpose: they carry no meaning and
 * only make the numbers harder to parse downstream.
 */
export function formatCellNumber(value: number, formatCode: string | undefined, date1904 = false): string {
  if (!Number.isFinite(value)) return String(value);
  const chosen = sectionFor(value, formatCode ?? 'General');
  if ('shown' in chosen) return chosen.shown;
  const { section, negative } = chosen;
  const code = stripLiterals(section);
  if (isDateFormat(code)) {
    const serial = date1904 ? value + 1462 : value;
    // A Chinese or slashed date (yyyy"年"m"月"d"日", yyyy/m/d) is shown as written; others as ISO dates.
    const shown = /["/\\]/.test(section) && !/mmm/i.test(code) ? formatDateAs(serial, section) : null;
    return shown ?? formatSerialDate(serial, /[hs]/i.test(code));
  }
  const percent = code.includes('%');
  // A negative section prints the sign itself (`-#,##0.00`, `\(#,##0\)`): the number keeps the value's.
  const shown = (percent ? value * 100 : value) * (negative ? -1 : 1);
  const decimals = decimalsOf(code);
  const text = decimals === undefined ? plainNumber(shown) : fixed(shown, decimals);
  // Text the format prints around the number (#,##0.00"万元", 0"人") is what the sheet shows: a unit.
  const { before, after } = literalsAround(section);
  // Its minus or brackets read as a minus sign; other words (`"减"0"元"`) show as the sheet shows them.
  if (negative && /[-(（]/.test(section.replace(/\[[^\]]*\]/g, ''))) {
    return `${before.replace(/[()（）-]/g, '')}-${text}${percent ? '%' : ''}${after.replace(/[()（）]/g, '')}`;
  }
  return `${before}${text}${percent ? '%' : ''}${after}`;
}

/**
 * The section Excel formats the value with (positive;negative;zero;text), or what a zero section
 * without digits shows. The accounting styles (千位分隔样式 `_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ `)
 * print zero as a dash: that is how accountants write 0, so the cell reads `0`; a zero section left
 * empty (`0.00;-0.00;;@`) shows nothing, and the cell is blank as the sheet shows it.
 */
function sectionFor(value: number, code: string): { section: string; negative: boolean } | { shown: string } {
  const parts = splitSections(code);
  const first = { section: parts[0]!, negative: false };
  // Conditional sections ([>=100]…) choose by their own tests: keep the first section as before.
  if (parts.some((p) => /\[[<>=]/.test(p))) return first;
  if (value < 0 && parts.length >= 2 && parts[1]!.trim()) return { section: parts[1]!, negative: true };
  if (value !== 0 || parts.length < 3) return first;
  const zero = parts[2]!;
  if (/[0#]/.test(stripLiterals(zero)) || /general|通用格式/i.test(zero)) return { section: zero, negative: false };
  const literal = [...zero.matchAll(/"([^"]*)"|\\(.)/g)].map((m) => m[1] ?? m[2] ?? '').join('').trim();
  return { shown: /^[-‐‑–—－]+$/.test(literal) ? '0' : literal };
}

/** Splits a format into its `;` sections: `;` inside a quoted literal or escaped does not split. */
function splitSections(code: string): string[] {
  const out: string[] = [];
  let rest = code;
  for (;;) {
    const head = firstSection(rest);
    out.push(head);
    if (head.length >= rest.length) return out;
    rest = rest.slice(head.length + 1);
  }
}

/** The format's first section (positive numbers): `;` inside a quoted literal does not split it. */
function firstSection(code: string): string {
  const m = /^(?:"[^"]*"|\\.|[^;"\\])*/.exec(code);
  return m ? m[0] : code;
}

/** Literal text (`"万元"`, `\元`) written before the first and after the last digit placeholder. */
function literalsAround(section: string): { before: string; after: string } {
  // General (G/通用格式 in a Chinese-locale workbook) stands where the digits go: `G/通用格式"分"` shows `9.5分`.
  const tokens = [...section.replace(/G\/通用格式|General/gi, '0').matchAll(/"([^"]*)"|\\(.)|\[[^\]]*\]|([\s\S])/g)];
  const digit = (t: RegExpMatchArray) => t[3] !== undefined && /[0#?]/.test(t[3]);
  const first = tokens.findIndex(digit);
  if (first < 0) return { before: '', after: '' };
  let last = first;
  tokens.forEach((t, i) => { if (digit(t)) last = i; });
  const literal = (t: RegExpMatchArray) => (t[1] ?? t[2] ?? '').trim();
  return { before: tokens.slice(0, first).map(literal).join(''), after: tokens.slice(last + 1).map(literal).join('') };
}

/** Format ids Excel builds in (no <numFmt> entry in styles.xml). */
export const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 11: '0.00E+00',
  12: '# ?/?', 13: '# ??/??', 14: 'yyyy-mm-dd', 15: 'd-mmm-yy', 16: 'd-mmm', 17: 'mmm-yy', 18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'yyyy-mm-dd h:mm', 37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)', 39: '#,##0.00;(#,##0.00)', 40: '#,##0.00;[Red](#,##0.00)', 45: 'mm:ss',
  46: '[h]:mm:ss', 47: 'mmss.0', 48: '##0.0E+0', 49: '@',
  // Chinese-locale date formats Excel writes by id.
  27: 'yyyy"年"m"月"', 28: 'm"月"d"日"', 29: 'm"月"d"日"', 30: 'm-d-yy', 31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"', 33: 'h"时"mm"分"ss"秒"', 34: '上午/下午h"时"mm"分"', 35: '上午/下午h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"', 50: 'yyyy"年"m"月"', 51: 'm"月"d"日"', 52: 'yyyy"年"m"月"', 53: 'm"月"d"日"',
  54: 'm"月"d"日"', 55: '上午/下午h"时"mm"分"', 56: '上午/下午h"时"mm"分"ss"秒"', 57: 'yyyy"年"m"月"', 58: 'm"月"d"日"',
};

function stripLiterals(code: string): string {
  return code.replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
}

function isDateFormat(code: string): boolean {
  return /[ymdhs]/i.test(code.replace(/General/gi, '')) && !/^[#0.,%E+\-?/ ]*$/.test(code);
}

function decimalsOf(code: string): number | undefined {
  if (/general/i.test(code) || code.trim() === '' || code.trim() === '@') return undefined;
  const m = /\.([0#?]+)/.exec(code);
  if (m) return m[1]!.replace(/[#?]/g, '').length || undefined;
  return /[0#]/.test(code) ? 0 : undefined;
}

function fixed(v: number, decimals: number): string {
  const s = v.toFixed(Math.min(decimals, 20));
  return /^-0(\.0*)?$/.test(s) ? s.slice(1) : s;
}

/** Shortest text that round-trips at 15 significant digits (Excel's own precision). */
export function plainNumber(v: number): string {
  const r = Number(v.toPrecision(15));
  return Object.is(r, -0) ? '0' : String(r);
}

/** A date in the format's own pattern (years, months, days and literals; times left out), or null. */
function formatDateAs(serial: number, section: string): string | null {
  const d = new Date(Math.round((serial - 25569) * 86400 * 1000));
  if (Number.isNaN(d.getTime())) return null;
  let out = '';
  for (const t of section.matchAll(/"([^"]*)"|\\(.)|\[[^\]]*\]|(y+|m+|d+|h+|s+)|([\s\S])/gi)) {
    if (t[1] !== undefined || t[2] !== undefined) out += t[1] ?? t[2];
    else if (t[3] !== undefined) {
      const part = t[3].toLowerCase();
      // Times are rare in a form's date cell: leave the pattern out rather than guess minutes.
      if (part[0] === 'h' || part[0] === 's') return null;
      const n = part[0] === 'y' ? d.getUTCFullYear() : part[0] === 'm' ? d.getUTCMonth() + 1 : d.getUTCDate();
      out += part[0] === 'y' && part.length <= 2 ? String(n % 100).padStart(2, '0') : part.length >= 2 ? String(n).padStart(2, '0') : String(n);
    } else if (t[4] !== undefined && !/[_*;@]/.test(t[4])) out += t[4];
  }
  return out.trim() || null;
}

function formatSerialDate(serial: number, withTime: boolean): string {
  // Excel's 1900 system counts the nonexistent 1900-02-29, hence the 1899-12-30 epoch.
  const ms = Math.round((serial - 25569) * 86400 * 1000);
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return plainNumber(serial);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return withTime && serial % 1 !== 0 ? `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : date;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/;

/**
 * A Strict Open XML date cell (`t="d"`): Excel's 「Strict Open XML 电子表格」 save writes the date as ISO 8601
 * text, not a serial. Shown through the cell's date format as the serial would be; without one, as an ISO date.
 * Text that is no ISO date comes back as written.
 */
export function formatIsoDateCell(text: string, formatCode: string | undefined): string {
  const m = ISO_DATE.exec(text.trim());
  if (!m) return text.trim();
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
  // Date.UTC rolls 2025-13-45 over into another date: a value that does not come back as written is no date.
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== `${m[1]}-${m[2]}-${m[3]}`) return text.trim();
  const serial = ms / 86400000 + 25569;
  const code = formatCode ? stripLiterals(firstSection(formatCode)) : '';
  return isDateFormat(code) ? formatCellNumber(serial, formatCode) : formatSerialDate(serial, true);
}
