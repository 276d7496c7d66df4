import { describe, expect, it } from 'vitest';
import { saysNone } from '../scoring/band-words';
import { readActual } from '../scoring/read-number-fast';
import { readActualInUnit } from '../scoring/read-actual-in-unit';
import { deriveTarget } from './derive-target';
import { withoutStray } from './normalize-text';
import { isPlausibleUnit, parseValue, parseValueWithNumerals } from './parse-value';

// Session 19 (held-out value cells set 11): cells a county clerk types by hand in Word. Each row says what the cell
// held and what it means.

describe('withoutStray: what Word leaves around a value', () => {
  it.each([
    // A footnote mark set as a superscript or circled number closes no value.
    ['≥95%¹', '≥95%'],
    ['≥12次①', '≥12次'],
    ['≥1050人²', '≥1050人'],
    ['98.6%¹。', '98.6%'],
    // A list bullet opens none.
    ['● ≥95%', '≥95%'],
    ['■≥98%', '≥98%'],
    // After a Latin letter a superscript is a power of the unit.
    ['≥2000m²', '≥2000m²'],
    ['≥5km²', '≥5km²'],
    ['≥2万m³', '≥2万m³'],
  ])('%s → %s', (cell, want) => {
    expect(withoutStray(cell)).toBe(want);
  });
});

describe('deriveTarget on Word cells', () => {
  it.each([
    // An en dash right after a sign, or opening the value, is Word's autoformatted minus; between figures a range.
    ['≥–5%', null, '>=', '-5', '%'],
    ['3–5个工作日', null, 'qualitative', '3–5个工作日', null],
    // 按 a period is per that period, as 每; a period after a slash is part of the unit.
    ['按季度1次', null, '=', '1', '次/季度'],
    ['最多1次/半年', null, '<=', '1', '次/半年'],
    ['1次/旬', null, '=', '1', '次/旬'],
    ['≤37.3℃', null, '<=', '37.3', '℃'],
    ['百分百', null, '=', '100', '%'],
    // Words holding a measured figure after a sign are a sentence, not a reference; dates and plain references stay.
    ['高于全省平均2个百分点', null, 'qualitative', '高于全省平均2个百分点', null],
    ['至少开展3次', null, 'qualitative', '至少开展3次', null],
    ['≥95%或上年水平', null, 'qualitative', '≥95%或上年水平', null],
    ['≥上年水平，且≥95%', null, 'qualitative', '≥上年水平，且≥95%', null],
    ['≥2025年水平', null, '>=', '2025年水平', null],
    ['≤2026年11月30日', null, '<=', '2026年11月30日', null],
    ['不高于省定标准（30元/人）', null, '<=', '省定标准', null],
    ['≥上年水平', '%', '>=', '上年水平', '%'],
  ] as Array<[string, string | null, string, string, string | null]>)('%s', (value, unit, comparator, target, wantUnit) => {
    expect(deriveTarget({ nature: null, value, unit })).toMatchObject({ comparator, target, unit: wantUnit });
  });

  it('reads 3季度 alone as no count: a period is a unit only after a slash', () => {
    expect(isPlausibleUnit('季度')).toBe(false);
    expect(isPlausibleUnit('次/季度')).toBe(true);
    expect(parseValueWithNumerals('3季度完成').kind).toBe('text');
  });

  it('keeps a Latin word after a figure as a reference (5 hello is no 5 h)', () => {
    expect(parseValue('≥5 hello')).toMatchObject({ kind: 'reference', text: '5 hello' });
  });
});

describe('完成值 typed in Word', () => {
  it.each([
    // How early or late is no figure of the row.
    ['提前10天完成', '天', '>=', NaN],
    ['延期15天完成', '天', '<=', NaN],
    ['滞后约15天', '天', '<=', NaN],
    // …but a figure in brackets after what was done early is the level reached.
    ['已提前达标（3天）', '天', '<=', 3],
    // A change to a level names the level reached.
    ['提升至98%', '%', '>=', 98],
    ['下降到3.5%', '%', '<=', 3.5],
    ['较上年提升3%', '%', '>=', NaN],
    // A figure per period is a rate; the year's total outranks it.
    ['每月1期，全年共12期', '期', '>=', 12],
    ['每月1期', '期', '>=', 1],
    ['98.6%¹', '%', '>=', 98.6],
    ['–3.2%', '%', '>=', -3.2],
  ] as Array<[string, string, '>=' | '<=', number]>)('%s under %s', (cell, unit, cmp, want) => {
    const got = readActualInUnit(cell, unit, '指标', cmp).value;
    if (Number.isNaN(want)) expect(got).toBeNaN();
    else expect(got).toBe(want);
  });

  it.each([
    ['提升至98%', 98],
    ['降至4.2%', 4.2],
    ['提前10天', null],
    ['较上年提升3%', null],
  ] as Array<[string, number | null]>)('readActual %s', (cell, want) => {
    const v = readActual(cell);
    expect(v.kind === 'number' ? v.number : null).toBe(want);
  });

  it.each([['全年未发生（0起）', true], ['未发生(0)', true], ['未发生（3起）', false], ['（0起）', false]] as Array<[string, boolean]>)(
    'saysNone %s', (cell, want) => {
      expect(saysNone(cell)).toBe(want);
    });
});
