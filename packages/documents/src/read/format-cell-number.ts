/**
 * The text a spreadsheet shows for a numeric cell, close to what Excel displays, so that the
 * builder sees "95%" and "300.00" like in the Word original, never binary float noise such as
 * 0.30000000000000004. Thousands separators are left out on purpose: they carry no meaning and
 * only make the numbers harder to parse downstream.
 */
export function formatCellNumber(value: number, formatCode: string | undefined, date1904 = false): string {
  if (!Number.isFinite(value)) return String(value);
  const code = stripLiterals(formatCode ?? 'General').split(';')[0] ?? '';
  if (isDateFormat(code)) return formatSerialDate(date1904 ? value + 1462 : value, /[hs]/i.test(code));
  const percent = code.includes('%');
  const shown = percent ? value * 100 : value;
  const decimals = decimalsOf(code);
  const text = decimals === undefined ? plainNumber(shown) : fixed(shown, decimals);
  return percent ? `${text}%` : text;
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

function formatSerialDate(serial: number, withTime: boolean): string {
  // Excel's 1900 system counts the nonexistent 1900-02-29, hence the 1899-12-30 epoch.
  const ms = Math.round((serial - 25569) * 86400 * 1000);
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) return plainNumber(serial);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return withTime && serial % 1 !== 0 ? `${date} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` : date;
}
