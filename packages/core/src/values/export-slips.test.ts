import { describe, expect, it } from 'vitest';
import { readActualInUnit } from '../scoring/read-actual-in-unit';
import { deriveTarget } from './derive-target';
import { isSpreadsheetError, withoutDigitSlips } from './normalize-text';
import { parseValue } from './parse-value';

// Session 18 (held-out value cells set 10): values as they come out of OCR and other systems' exports. Each row says
// what the cell held and what it means.

describe('withoutDigitSlips', () => {
  it.each([
    // Scientific notation as a spreadsheet exports a number.
    ['9.5E+03', '9500'],
    ['≥1.2e+04元', '≥12000元'],
    ['9.8E-01', '0.98'],
    ['1E+05', '100000'],
    // OCR letters opening or closing a run of digits, and around a decimal point.
    ['l00%', '100%'],
    ['l,200人', '1,200人'],
    ['≤O.5%', '≤0.5%'],
    ['≥95.O%', '≥95.0%'],
    ['9l%', '91%'],
    ['≤ O. 3 %', '≤ 0.3 %'],
    ['≥ 9O . 5 %', '≥ 90.5 %'],
    // A thousands comma set off by blanks.
    ['1 , 200 人', '1,200 人'],
    // Left alone: names and units with letters, words, a letter run with no digit, notation a double cannot print.
    ['H2O', 'H2O'],
    ['≤5l', '≤5l'],
    ['≥10lx', '≥10lx'],
    ['ISO9001认证', 'ISO9001认证'],
    ['lOO', 'lOO'],
    ['Olympic', 'Olympic'],
    ['No. 1', 'No. 1'],
    ['A1E+03', 'A1E+03'],
    ['3E', '3E'],
    ['1E+99', '1E+99'],
    ['2E-10', '2E-10'],
    ['城区95% , 农村', '城区95% , 农村'],
  ])('%s → %s', (raw, want) => expect(withoutDigitSlips(raw)).toBe(want));
});

describe('isSpreadsheetError', () => {
  it.each([['#DIV/0!', true], ['#N/A', true], ['#VALUE!', true], ['#REF!', true], ['#NAME?', true], ['#1', false], ['DIV/0', false]])(
    '%s → %s', (raw, want) => expect(isSpreadsheetError(raw)).toBe(want),
  );
});

describe('deriveTarget: export and OCR cells', () => {
  it.each<[string, string | null, string | null, string, string | null]>([
    ['9.5E+03', '人次', '=', '9500', '人次'],
    ['≥l00%', null, '>=', '100', '%'],
    ['1 , 200 人', null, '=', '1200', '人'],
    // A baseline after the value, bracketed or in a clause that names it, is a remark.
    ['≥95%，上年92%', null, '>=', '95', '%'],
    ['≤3个工作日，现状为5个工作日', null, '<=', '3', '个工作日'],
    ['≥1200人次；2024年完成1050人次', null, '>=', '1200', '人次'],
    // A reference keeps no bracketed remark; a comparator word a PDF spaced out is still one.
    ['不高于省定标准（30元/人）', null, '<=', '省定标准', null],
    ['不 高 于省定标准', null, '<=', '省定标准', null],
    // Still text: an error value, two values, a second clause that is a condition (a deadline), not a baseline.
    ['#DIV/0!', '%', 'qualitative', '#DIV/0!', '%'],
    ['≥95%/≥90%', null, 'qualitative', '≥95%/≥90%', null],
    ['≥95%（城区）、≥90%（农村）', null, 'qualitative', '≥95%（城区）、≥90%（农村）', null],
    ['≥3次，2025年12月底前完成', null, 'qualitative', '≥3次，2025年12月底前完成', null],
    ['≥95%，较上年提高1个百分点', null, 'qualitative', '≥95%，较上年提高1个百分点', null],
    ['明 显 提 升', null, 'qualitative', '明 显 提 升', null],
  ])('%s under %s', (value, unit, comparator, target, wantUnit) => {
    const d = deriveTarget({ value, unit });
    expect([d.comparator, d.target, d.unit]).toEqual([comparator, target, wantUnit]);
  });

  it('keeps the words of a reference whose bracket names a unit', () => {
    expect(parseValue('≤上年同期（%）')).toMatchObject({ kind: 'reference', text: '上年同期（%）' });
  });
});

describe('readActualInUnit: export and OCR cells', () => {
  it.each<[string, string, number]>([
    ['9.5E+03', '人次', 9500],
    ['共计1,2OO人次', '人次', 1200],
    ['l00%', '%', 100],
    ['96%，上年92%', '%', 96],
    ['#DIV/0!', '%', NaN],
    ['#N/A', '人次', NaN],
    ['城区96%，农村91%', '%', NaN],
  ])('%s under %s', (raw, unit, want) => expect(readActualInUnit(raw, unit, '', '>=').value).toBe(want));
});
