import { describe, expect, it } from 'vitest';
import { readActualInUnit } from '../scoring/read-actual-in-unit';
import { withoutDigitSlips } from './normalize-text';
import { parseValue } from './parse-value';

// Session 20 (held-out value cells set 14): values typed into Excel cells and exported back. Each row says what the cell
// held and what it means.

describe('withoutDigitSlips with other locales', () => {
  it.each([
    // Dot or blank groups with a decimal comma; two dot groups; apostrophe groups.
    ['1.250,5', '1250.5'],
    ['1 250,50', '1250.50'],
    ['≤1.250.000,00元', '≤1250000.00元'],
    ['1.250.000', '1250000'],
    ["12'500", '12500'],
    // A decimal comma where no thousands grouping can be meant: after 0, after four digits, before a percent mark.
    ['0,85', '0.85'],
    ['1200,00', '1200.00'],
    ['95,5%', '95.5%'],
    // Hand-typed scientific notation.
    ['1.2×10^4', '12000'],
    ['1.2×10⁴元', '12000元'],
    // Left alone: a thousands comma, a lone dot, a list, and 12,00 / 3,5 (a dropped digit of 1,200 is as likely).
    ['1,250', '1,250'],
    ['1.250', '1.250'],
    ['1,2,3', '1,2,3'],
    ['12,00次', '12,00次'],
    ['3,5小时', '3,5小时'],
    ['1.2.3', '1.2.3'],
  ])('%s → %s', (raw, want) => expect(withoutDigitSlips(raw)).toBe(want));
});

describe('parseValue on exported cells', () => {
  it.each([
    ['(3.5)', null, -3.5, null],
    ['≤(5)', '<=', -5, null],
    ['（96%）', null, 96, '%'], // a bracketed percentage is a wrapped cell (value-cells-5.ts), no negative
    ['人次：1200', null, 1200, '人次'],
    ['金额（万元）：50', null, 50, '万元'],
    ['目标值：≥95%', '>=', 95, '%'],
    ['95%或以上', '>=', 95, '%'],
    ['3次或3次以上', '>=', 3, '次'],
    ['3天或以内', '<=', 3, '天'],
    ['RMB 500,000', null, 500000, '元'],
    ['50万元人民币', null, 50, '万元'],
  ])('%s', (raw, sign, number, unit) => {
    const p = parseValue(raw);
    expect(p.kind).toBe('number');
    if (p.kind !== 'number') return;
    expect([p.sign, p.number, p.unit]).toEqual([sign, number, unit]);
  });

  // A form's header line (年度预算：580.00, 资金总额：50) is no value cell: the importer keeps those lines apart by this.
  it.each(['较上年：+5%', '3次或4次', '≥95%或达到省定标准', '12,00次', '年度预算：580.00', '资金总额：50', '项目编码：12345'])('%s stays no number', (raw) => {
    expect(parseValue(raw).kind).not.toBe('number');
  });
});

describe('readActualInUnit on exported cells', () => {
  it.each([
    ['1.250,5', '万元', 1250.5],
    ['(1,200.00)', '元', -1200],
    ['￥50万', '万元', 50],
    ['人次：1286', '人次', 1286],
    ['1.2×10⁴', '元', 12000],
    // A comma between digits that is no thousands separator: no clause ends there, and no one number is stated.
    ['3,5天', '天', NaN],
    ['50,00万元', '万元', NaN],
    ['1,286,000元', '元', 1286000],
  ])('%s under %s → %s', (raw, unit, want) => expect(readActualInUnit(raw, unit, '', '>=').value).toBe(want));
});
