import { describe, expect, it } from 'vitest';
import { deriveTarget } from './derive-target';

// Session 22 (held-out value cells set 16): cells out of OCR, copy-paste and other provinces' clerks. Each row says what
// the cell held and what it means.

describe('deriveTarget on negated bounds with 未', () => {
  it.each([
    // 未 negates the comparison as 不 does.
    ['未超过5%', '<=', '5', '%'],
    ['未低于95%', '>=', '95', '%'],
    ['未高于3‰', '<=', '3', '‰'],
    ['未少于12次', '>=', '12', '次'],
    ['未超过预算', '<=', '预算', null],
    // 未 before anything else is no comparator.
    ['未完成', 'qualitative', '未完成', null],
    ['未达到95%', 'qualitative', '未达到95%', null],
  ] as Array<[string, string, string, string | null]>)('%s', (value, comparator, target, unit) => {
    expect(deriveTarget({ value })).toEqual({ comparator, target, unit });
  });
});

describe('deriveTarget on a field name before the figure', () => {
  it.each([
    // 比例 and 比率 name a share, not a comparison with a base (比上年 still does).
    ['比例：≥95%', '>=', '95', '%'],
    ['比率：不低于90%', '>=', '90', '%'],
    ['比上年：≥5%', 'qualitative', '比上年：≥5%', null],
    // A rate's name or 标准 before the figure is the field's name.
    ['覆盖率：100%', '=', '100', '%'],
    ['合格率:≥98%', '>=', '98', '%'],
    ['增长率：5%', 'qualitative', '增长率：5%', null],
    ['标准：500元/人', '=', '500', '元/人'],
    // A currency sign after the name parts it from the amount, with or without a colon.
    ['金额¥35万元', '=', '35', '万元'],
    ['金额：￥35万元', '=', '35', '万元'],
    ['金额￥350000', '=', '350000', '元'],
    // A name that is no value field keeps the cell words.
    ['项目名称¥35万元', 'qualitative', '项目名称¥35万元', null],
  ] as Array<[string, string, string, string | null]>)('%s', (value, comparator, target, unit) => {
    expect(deriveTarget({ value })).toEqual({ comparator, target, unit });
  });
});
