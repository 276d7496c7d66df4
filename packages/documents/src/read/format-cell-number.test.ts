import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCellNumber, plainNumber } from './format-cell-number';

describe('formatCellNumber', () => {
  it.each([
    [0.1 + 0.2, undefined, '0.3'],
    [1055.4, 'General', '1055.4'],
    [-0.0000001, 'General', '-1e-7'],
    [0.95, '0%', '95%'],
    [0.955, '0.0%', '95.5%'],
    [1, '0.00%', '100.00%'],
    [300, '#,##0.00', '300.00'],
    [1234567.891, '#,##0', '1234568'],
    [12.5, '0.00_);[Red]\\(0.00\\)', '12.50'],
    [45657, 'yyyy-mm-dd', '2024-12-31'],
    // A Chinese or slashed date shows as the sheet shows it (as the Word original writes it).
    [45657, 'yyyy"年"m"月"d"日"', '2024年12月31日'],
    [45473, 'yyyy/m/d', '2024/6/30'],
    [45473, '[$-804]yyyy"年"mm"月"', '2024年06月'],
    [45657.5, 'yyyy-mm-dd h:mm', '2024-12-31 12:00'],
    // Literal text around the number is shown by Excel, so it is part of the cell: a unit, mostly.
    [42, '"第"0"名"', '第42名'],
    [1850, '#,##0.00"万元"', '1850.00万元'],
    [300, '0" 人"', '300人'],
    // General as WPS and Chinese-locale Excel name it, with a unit after it.
    [9.5, 'G/通用格式"分"', '9.5分'],
    [1200, 'General"人次"', '1200人次'],
    [95, 'G/通用格式', '95'],
    [0.95, '0%"（含）"', '95%（含）'],
    [1850, '[$¥-804]#,##0.00;[Red]"-"#,##0.00', '1850.00'],
    [5, '0\\元;"减"0"元"', '5元'],
    [-0.001, '0.00', '0.00'],
    [3, '@', '3'],
    // Excel's accounting styles (千位分隔样式) print zero as a dash, an accountant's 0; an empty zero section shows nothing.
    [0, '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ', '0'],
    [1280.5, '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ', '1280.50'],
    [-12.3, '_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ', '-12.30'],
    [0, '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)', '0'],
    [-1280, '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)', '-1280'],
    [0, '_ ¥* #,##0.00_ ;_ ¥* -#,##0.00_ ;_ ¥* "-"??_ ;_ @_ ', '0'],
    [0, '0.00;-0.00;;@', ''],
    [0, '0.00;-0.00;0.0', '0.0'],
    [-5, '0\\元;"减"0"元"', '减5元'],
    [-0.25, '0%;[Red]-0%', '-25%'],
    [150, '[>=100]0"分";0.0', '150分'],
  ])('%s with %s → %s', (value, code, expected) => {
    expect(formatCellNumber(value, code)).toBe(expected);
  });

  it('counts dates from 1904 in Mac workbooks', () => {
    expect(formatCellNumber(44195, 'yyyy-mm-dd', true)).toBe('2024-12-31');
  });

  it('plain numbers are the 15-significant-digit value', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (v) => {
        expect(Number(plainNumber(v))).toBe(Number(v.toPrecision(15)) || 0);
      }),
    );
  });

  it('sums of amounts in cents show no binary float noise', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e9 }), (a, b) => {
        expect(plainNumber(a / 100 + b / 100)).toBe(String((a + b) / 100));
      }),
    );
  });
});
