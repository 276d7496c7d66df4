import { describe, expect, it } from 'vitest';
import { deriveTarget } from './derive-target';

// Session 23 (held-out value cells set 17): tenths, levels below zero, check marks, remarks one after another, a degree's
// name as a label, counts per term or half-month, per-亩 leads. Each row says what the cell held and what it means.

type Row = [string, string, string, string | null];
const derives = (rows: Row[]) => it.each(rows)('%s', (value, comparator, target, unit) => {
  expect(deriveTarget({ value })).toEqual({ comparator, target, unit });
});

describe('deriveTarget on tenths (成)', () => {
  derives([
    // 成 after a numeral is the unit as written, as 倍 is.
    ['九成以上', '>=', '9', '成'],
    ['不低于8成', '>=', '8', '成'],
    ['七成以内', '<=', '7', '成'],
    // 成 inside a word is no tenth; 九成五 is no numeral and unit; 100%完成 keeps its outcome unit.
    ['建成5处', 'qualitative', '建成5处', null],
    ['九成五以上', 'qualitative', '九成五以上', null],
    ['一成不变', 'qualitative', '一成不变', null],
    ['100%完成', '=', '100', '%完成'],
    ['≥95%（成活率）', '>=', '95', '%'],
  ]);
});

describe('deriveTarget on 零下 and check marks', () => {
  derives([
    // 零下 before a figure is its minus.
    ['低于零下18℃', '<', '-18', '℃'],
    ['零下18℃以下', '<=', '-18', '℃'],
    // Not before a figure: words.
    ['零下温度', 'qualitative', '零下温度', null],
    // A check mark beside the figure is dropped; alone it is no value.
    ['100%√', '=', '100', '%'],
    ['✓12个', '=', '12', '个'],
    ['√', 'qualitative', '√', null],
  ]);
});

describe('deriveTarget on remarks one after another and a degree name as a label', () => {
  derives([
    ['≥90%（含）（暂定）', '>=', '90', '%'],
    ['12次（2026年度）（暂定）', '=', '12', '次'],
    // An estimate among the remarks keeps the value text.
    ['1200人次（约）（暂定）', 'qualitative', '1200人次（约）（暂定）', null],
    // A degree's name (温度, 浓度, 满意度) before a colon names the figure; 季度 names a period, no field of a value.
    ['温度：≤-18℃', '<=', '-18', '℃'],
    ['浓度：≤35μg/m³', '<=', '35', 'μg/m³'],
    ['满意度：≥90%', '>=', '90', '%'],
    ['季度：3', 'qualitative', '季度：3', null],
  ]);
});

describe('deriveTarget on counts per term or half-month and per 亩', () => {
  derives([
    ['每学期≥2次', '>=', '2', '次/学期'],
    ['每半月1期', '=', '1', '期/半月'],
    ['每亩≥50公斤', '>=', '50', '公斤/亩'],
    ['亩均≥800元', '>=', '800', '元/亩'],
    // A rate per period is no count; a verb between the lead and the figure keeps the cell text.
    ['每学期95%', 'qualitative', '每学期95%', null],
    ['亩均增收≥500元', 'qualitative', '亩均增收≥500元', null],
  ]);
});
