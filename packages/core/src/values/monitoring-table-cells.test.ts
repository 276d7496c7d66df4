import { describe, expect, it } from 'vitest';
import { deriveTarget } from './derive-target';

// Session 24 (held-out value cells set 18): 年度指标值 as 1–8月 monitoring tables and year-end sheets write them — the year
// named before the bound, a value field's name before a colon, units of energy and port trades. Each row says what the cell
// held and what it means; the guards beside each fix keep what must stay text.

type Row = [string, string, string, string | null];
const derives = (rows: Row[]) => it.each(rows)('%s', (value, comparator, target, unit) => {
  expect(deriveTarget({ value })).toEqual({ comparator, target, unit });
});

describe('deriveTarget after 本年度 / 年度', () => {
  derives([
    // The year the figure covers, as 全年 is.
    ['本年度不少于12次', '>=', '12', '次'],
    ['年度不少于6期', '>=', '6', '期'],
    ['本年≥4次', '>=', '4', '次'],
    // Guards: words after 年内 / 年度 before the figure keep the value text; a name after 年度 still makes it text.
    ['年内完成3批', 'qualitative', '年内完成3批', null],
    ['年度预算执行率≥95%', 'qualitative', '年度预算执行率≥95%', null],
    ['年度预算：580.00', 'qualitative', '年度预算：580.00', null],
    ['2025年度', 'qualitative', '2025年度', null],
  ]);
});

describe('deriveTarget after a value field named before a colon', () => {
  derives([
    // 目标 / 指标 name the value field, as 目标值 does; a rate's name may run to seven characters.
    ['年度目标：≥95%', '>=', '95', '%'],
    ['全年目标：24期', '=', '24', '期'],
    ['指标：≥3次', '>=', '3', '次'],
    ['家庭医生签约率：≥75%', '>=', '75', '%'],
    // Guards: a header line's name is no value field; a relative name (较上年) makes the figure a change.
    ['项目名称：12个', 'qualitative', '项目名称：12个', null],
    ['较上年目标：≥5%', 'qualitative', '较上年目标：≥5%', null],
  ]);
});

describe('deriveTarget on energy and port units', () => {
  derives([
    ['≤0.45吨标准煤/万元', '<=', '0.45', '吨标准煤/万元'],
    ['≤0.3吨标煤/万元', '<=', '0.3', '吨标煤/万元'],
    ['≥1.8万标准箱', '>=', '1.8', '万标准箱'],
    ['≥2万TEU', '>=', '2', '万TEU'],
    // Guard: 标准 alone is a reference word, not a unit.
    ['≥国家标准', '>=', '国家标准', null],
  ]);
});

// Session 25 (held-out value cells set 19): a base of so many named people after the slash, as the lead 每千名老年人 gives.
describe('deriveTarget with a named per-head base after the slash', () => {
  derives([
    ['≥35张/千名老年人', '>=', '35', '张/千名老年人'],
    ['不少于2名/万名职工', '>=', '2', '名/万名职工'],
    // guards: the base needs a magnitude before 名; an unknown word after a slash alone is no unit.
    ['35张/名老年人', 'qualitative', '35张/名老年人', null],
    ['≥35张/老年人', 'qualitative', '≥35张/老年人', null],
  ]);
});
