import { describe, expect, it } from 'vitest';
import { q } from './held-out/sheet-builders';
import { actualInWords } from './read-number-fast';
import { readActualInUnit } from './read-actual-in-unit';
import { scoreIndicator } from './score-indicator';

// Session 22 (held-out value cells set 16, sheets set 17): 完成值 and targets out of OCR, copy-paste and other provinces.

describe('readActualInUnit after a verdict on the target', () => {
  it.each([
    // The target is the verdict's object: the bracket holds the level reached.
    ['已达到目标（96%）', '%', 96],
    ['完成预期目标（100%）', '%', 100],
    ['实现年度目标(98.5%)', '%', 98.5],
    // A negated verdict stays no number; a bracket stating the plan says nothing of what was done.
    ['未达到目标（80%）', '%', null],
    ['已完成（目标12个）', '个', null],
    // 未超过 / 未低于 before the figure leave the figure (≥12 as an actual means 12).
    ['未超过5%', '%', 5],
    ['未低于95%', '%', 95],
  ] as Array<[string, string, number | null]>)('%s under %s', (actual, unit, expected) => {
    const v = readActualInUnit(actual, unit, '', '>=').value;
    expect(Number.isNaN(v) ? null : v).toBe(expected);
  });
});

describe('actualInWords with a bare magnitude before 余 / 多', () => {
  it.each([
    ['百余人', '人', 100],
    ['千余册', '册', 1000],
    ['万多人次', '人次', 10000],
    ['共计百余场', '场', 100],
    // An estimate or an unknown count of the magnitude stays no number.
    ['近百人', '人', null],
    ['数百人', '人', null],
    ['约百余人', '人', null],
  ] as Array<[string, string, number | null]>)('%s under %s', (actual, unit, expected) => {
    expect(actualInWords(actual, unit)).toBe(expected);
  });
});

describe('scoreIndicator on a fraction target', () => {
  it.each([
    ['>=' as const, '2/3'],
    [null, '≥2/3'],
    [null, '3/4'],
  ])('%s %s is scored by hand', (comparator, target) => {
    const r = scoreIndicator(q('项目覆盖比例', comparator, target, null, 10, '5/6', 8));
    expect(r.status).toBe('manual');
    expect(r.score).toBe(8);
  });
});
