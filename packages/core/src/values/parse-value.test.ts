import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseValue, parseAmount, isPlausibleUnit, readRange } from './parse-value';
import { deriveTarget } from './derive-target';

describe('parseValue', () => {
  it.each([
    ['≥95%', { kind: 'number', sign: '>=', number: 95, unit: '%' }],
    ['≥0.2个百分点', { kind: 'number', sign: '>=', number: 0.2, unit: '个百分点' }],
    ['1.5百分点', { kind: 'number', sign: null, number: 1.5, unit: '百分点' }],
    ['=6 人', { kind: 'number', sign: '=', number: 6, unit: '人' }],
    ['74 人', { kind: 'number', sign: null, number: 74, unit: '人' }],
    ['≤48 小时', { kind: 'number', sign: '<=', number: 48, unit: '小时' }],
    // Measures in Latin letters and symbols are units too.
    ['≤50mg/L', { kind: 'number', sign: '<=', number: 50, unit: 'mg/L' }],
    ['≤35μg/m³', { kind: 'number', sign: '<=', number: 35, unit: 'μg/m³' }],
    ['≤70dB(A)', { kind: 'number', sign: '<=', number: 70, unit: 'dB' }],
    ['≤1NTU', { kind: 'number', sign: '<=', number: 1, unit: 'NTU' }],
    ['≤60km/h', { kind: 'number', sign: '<=', number: 60, unit: 'km/h' }],
    ['≥100Mbps', { kind: 'number', sign: '>=', number: 100, unit: 'Mbps' }],
    ['≥5 hello', { kind: 'reference', sign: '>=', text: '5 hello' }],
    // A rate per population base: the base is the unit.
    ['≤10/10万', { kind: 'number', sign: '<=', number: 10, unit: '/10万' }],
    ['≤5例/万人', { kind: 'number', sign: '<=', number: 5, unit: '例/万人' }],
    ['≤3/千', { kind: 'number', sign: '<=', number: 3, unit: '/千' }],
    ['≤16.5/10万活产', { kind: 'number', sign: '<=', number: 16.5, unit: '/10万活产' }],
    ['1,055.4', { kind: 'number', sign: null, number: 1055.4, unit: null }],
    ['≧1', { kind: 'number', sign: '>=', number: 1 }],
    ['＝100', { kind: 'number', sign: '=', number: 100 }],
    ['不低于90%', { kind: 'number', sign: '>=', number: 90, unit: '%' }],
    ['≥12', { kind: 'number', sign: '>=', number: 12 }],
    ['９５％', { kind: 'number', sign: null, number: 95, unit: '%' }],
    ['95%以上', { kind: 'number', sign: '>=', number: 95, unit: '%' }],
    ['控制在48小时以内', { kind: 'number', sign: '<=', number: 48, unit: '小时' }],
    ['大于等于3次', { kind: 'number', sign: '>=', number: 3, unit: '次' }],
    ['不超过 10 万元', { kind: 'number', sign: '<=', number: 10, unit: '万元' }],
    ['-5', { kind: 'number', sign: null, number: -5 }],
    ['15个工作日', { kind: 'number', number: 15, unit: '个工作日' }],
    ['10元/月', { kind: 'number', number: 10, unit: '元/月' }],
    ['≥5（个）', { kind: 'number', sign: '>=', number: 5, unit: '个' }],
    ['100（%）', { kind: 'number', sign: null, number: 100, unit: '%' }],
    ['≥320万头（只）', { kind: 'number', sign: '>=', number: 320, unit: '万头（只）' }],
    ['≥320 万头(只)', { kind: 'number', sign: '>=', number: 320, unit: '万头（只）' }],
    ['≤3天/次', { kind: 'number', sign: '<=', number: 3, unit: '天/次' }],
    ['≤预算控制数', { kind: 'reference', sign: '<=', text: '预算控制数', known: true }],
    ['≥较好', { kind: 'reference', sign: '>=', text: '较好', known: false }],
    ['100%完成', { kind: 'number', number: 100, unit: '%完成' }],
    ['98%合格', { kind: 'number', number: 98, unit: '%合格' }],
    ['3个工作日内', { kind: 'number', sign: '<=', number: 3, unit: '个工作日' }],
    ['24小时内', { kind: 'number', sign: '<=', number: 24, unit: '小时' }],
    ['收到资金后10个工作日内', { kind: 'text', text: '收到资金后10个工作日内' }],
    ['预算范围内', { kind: 'text', text: '预算范围内' }],
    ['≤预算范围内', { kind: 'reference', sign: '<=', text: '预算范围内' }],
    ['12月底前', { kind: 'text', text: '12月底前' }],
    ['5家左右', { kind: 'text', text: '5家左右' }],
    ['100完成', { kind: 'text', text: '100完成' }],
    ['有效提高', { kind: 'text', text: '有效提高' }],
    // Two bounds: text as written (forms.md has no range form).
    ['3-5次', { kind: 'text', sign: null, text: '3-5次' }],
    ['90%-95%', { kind: 'text', sign: null, text: '90%-95%' }],
    ['90％～95％', { kind: 'text', sign: null, text: '90％～95％' }],
    ['1.5至2万元', { kind: 'text', sign: null, text: '1.5至2万元' }],
    ['在80%到90%之间', { kind: 'text', sign: null, text: '在80%到90%之间' }],
    ['不少于3次且不多于5次', { kind: 'text', sign: null, text: '不少于3次且不多于5次' }],
    ['不低于90%，不高于95%', { kind: 'text', sign: null, text: '不低于90%，不高于95%' }],
    ['2025-06-30', { kind: 'text', text: '2025-06-30' }],
    ['≥-5%', { kind: 'number', sign: '>=', number: -5, unit: '%' }],
    ['> = 95%', { kind: 'number', sign: '>=', number: 95, unit: '%' }],
    ['≥5000卷', { kind: 'number', sign: '>=', number: 5000, unit: '卷' }],
    ['≥30万页', { kind: 'number', sign: '>=', number: 30, unit: '万页' }],
    ['新打机井12眼', { kind: 'text' }],
    ['12眼', { kind: 'number', number: 12, unit: '眼' }],
    ['＜ ＝ 3天', { kind: 'number', sign: '<=', number: 3, unit: '天' }],
    // A bracketed remark after a value is neither the number nor the unit.
    ['≥95%（含）', { kind: 'number', sign: '>=', number: 95, unit: '%', text: '95' }],
    ['≥95%(含)', { kind: 'number', sign: '>=', number: 95, unit: '%', text: '95' }],
    ['不少于30个（含本数）', { kind: 'number', sign: '>=', number: 30, unit: '个' }],
    ['4次（暂定）', { kind: 'number', sign: null, number: 4, unit: '次' }],
    ['95%（以上）', { kind: 'number', sign: '>=', number: 95, unit: '%' }],
    ['5家（左右）', { kind: 'text', text: '5家（左右）' }],
    ['  ', { kind: 'empty' }],
  ])('%s', (input, want) => {
    expect(parseValue(input)).toMatchObject(want);
  });

  it('never throws and numbers print back to themselves', () => {
    fc.assert(fc.property(fc.string(), (s) => { parseValue(s); }));
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
        const printed = String(Math.round(n * 1000) / 1000);
        const p = parseValue(printed);
        expect(p.kind).toBe('number');
        if (p.kind === 'number') expect(p.number).toBe(Number(printed));
      }),
    );
  });
});

describe('parseAmount', () => {
  it.each([
    ['1,055.4', 1055.4], [' 39.34', 39.34], ['100.00%', 100], ['', null], ['/', null], ['abc', null], ['１２', 12],
  ])('%s', (input, want) => expect(parseAmount(input)).toBe(want));
});

describe('isPlausibleUnit', () => {
  it.each([['%', true], ['个工作日', true], ['元/月', true], ['元/生·天', true], ['万羽', true], ['完成', false], ['%完成', false], ['生效', false]])('%s', (u, want) =>
    expect(isPlausibleUnit(u)).toBe(want));
});

describe('deriveTarget', () => {
  it.each([
    [{ nature: '≥', value: '100', unit: '%' }, { comparator: '>=', target: '100', unit: '%' }],
    [{ nature: '＝', value: '100', unit: '%' }, { comparator: '=', target: '100', unit: '%' }],
    [{ nature: '定性', value: '100', unit: '%' }, { comparator: 'qualitative', target: '100', unit: '%' }],
    [{ value: '=6 人' }, { comparator: '=', target: '6', unit: '人' }],
    [{ value: '74 人' }, { comparator: '=', target: '74', unit: '人' }],
    // The answer keys read a unit followed by an outcome word as part of the unit (forms.md's
    // example says qualitative; the keys are what the importer must produce).
    [{ value: '100%完成' }, { comparator: '=', target: '100', unit: '%完成' }],
    [{ value: '2025年12月底前' }, { comparator: 'qualitative', target: '2025年12月底前', unit: null }],
    [{ value: '≤预算控制数' }, { comparator: '<=', target: '预算控制数', unit: null }],
    [{ nature: '定性', value: '落地生效' }, { comparator: 'qualitative', target: '落地生效', unit: null }],
    [{ nature: '=', value: '优', unit: '定性' }, { comparator: '=', target: '优', unit: '定性' }],
    [{ value: '' }, { comparator: null, target: '', unit: null }],
    [{ value: '≥95%' }, { comparator: '>=', target: '95', unit: '%' }],
    [{ value: '≥0.2个百分点' }, { comparator: '>=', target: '0.2', unit: '个百分点' }],
    [{ value: '不少于3次且不多于5次' }, { comparator: 'qualitative', target: '不少于3次且不多于5次', unit: null }],
    [{ value: '3-5次' }, { comparator: 'qualitative', target: '3-5次', unit: null }],
    [{ nature: '正向', value: '90%-95%' }, { comparator: 'qualitative', target: '90%-95%', unit: null }],
    [{ nature: '≥', value: '90-95', unit: '%' }, { comparator: 'qualitative', target: '90-95', unit: '%' }],
    [{ value: '≥95%（含）' }, { comparator: '>=', target: '95', unit: '%' }],
    [{ nature: '≥', value: '30（含本数）', unit: '个' }, { comparator: '>=', target: '30', unit: '个' }],
    // An order of magnitude in the value that the unit column lacks stays with the number.
    [{ nature: '≥', value: '1.2万', unit: '人次' }, { comparator: '>=', target: '1.2', unit: '万人次' }],
    [{ nature: '≥', value: '3千', unit: '人' }, { comparator: '>=', target: '3', unit: '千人' }],
    [{ value: '1.2万人次', unit: '人次' }, { comparator: '=', target: '1.2', unit: '万人次' }],
    [{ nature: '≤', value: '5万元', unit: '元' }, { comparator: '<=', target: '5', unit: '万元' }],
    [{ nature: '≥', value: '2亿', unit: '元' }, { comparator: '>=', target: '2', unit: '亿元' }],
    [{ nature: '≥', value: '1.2万', unit: '万人次' }, { comparator: '>=', target: '1.2', unit: '万人次' }],
    [{ nature: '≥', value: '1.5', unit: '万元' }, { comparator: '>=', target: '1.5', unit: '万元' }],
    [{ nature: '≥', value: '95%', unit: '百分比' }, { comparator: '>=', target: '95', unit: '百分比' }],
    [{ nature: '≥', value: '6人', unit: '名' }, { comparator: '>=', target: '6', unit: '名' }],
  ])('%j', (cells, want) => expect(deriveTarget(cells)).toEqual(want));
});

describe('readRange', () => {
  it.each([
    ['3-5次', { low: 3, lowUnit: null, high: 5, highUnit: '次' }],
    ['90%-95%', { low: 90, lowUnit: '%', high: 95, highUnit: '%' }],
    ['85-90%', { low: 85, lowUnit: null, high: 90, highUnit: '%' }],
    ['在80%到90%之间', { low: 80, lowUnit: '%', high: 90, highUnit: '%' }],
    ['１.５至２万元', { low: 1.5, lowUnit: null, high: 2, highUnit: '万元' }],
    ['不少于3次且不多于5次', { low: 3, lowUnit: '次', high: 5, highUnit: '次' }],
    // Upper bound written first: the bound after 不少于 is still the lower one.
    ['不多于5次且不少于3次', { low: 3, lowUnit: '次', high: 5, highUnit: '次' }],
    ['≥95%', null],
    ['不少于3次且不少于5次', null],
    ['2025年6月30日前', null],
    ['有效提高', null],
  ])('%s', (input, want) => expect(readRange(input)).toEqual(want));
});
