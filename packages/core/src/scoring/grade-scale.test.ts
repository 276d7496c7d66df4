import { describe, expect, it } from 'vitest';
import { emptyIndicator, type Indicator } from '../forms/forms-schema';
import { meetsGrade } from './grade-scale';
import { scoreIndicator } from './score-indicator';

// Session 27 (held-out scoring set 23): a grade target stored as text and a 完成值 naming a grade on its scale (水质 classes,
// 景区 A levels, 验收 verdicts) are set side by side: met is 达成, short with full marks is out of band (部分达成's default, as a
// late date is); anything the two cannot be compared on stays with the sheet's band.

describe('meetsGrade', () => {
  it.each([
    // Met or beaten on the scale.
    ['Ⅲ类及以上', 'Ⅱ类', true], ['达到或优于Ⅲ类', 'Ⅰ类', true], ['Ⅲ类', 'III类', true], ['地表水Ⅲ类', '水质稳定在Ⅱ类', true],
    ['AAAA级', '4A', true], ['4A级及以上', '5A级景区', true], ['合格', '优良', true], ['良好及以上', '优秀', true], ['优良', '良好', true],
    // Short of it.
    ['Ⅲ类及以上', '劣Ⅴ类', false], ['Ⅱ类及以上', 'Ⅲ类', false], ['AAAA级', 'AAA级', false], ['良好及以上', '合格', false],
    ['合格', '不合格', false], ['优秀', '良好', false],
  ] as Array<[string, string, boolean]>)('%s against %s → %s', (target, actual, met) => {
    expect(meetsGrade(target, actual)).toBe(met);
  });

  it.each([
    // Guards: no grade target (a rate, a sentence, an action on the grade, a strict 优于, a grade with a lower bound word).
    ['合格率≥95%', '合格'], ['消除劣Ⅴ类', '劣Ⅴ类'], ['优于Ⅲ类', 'Ⅲ类'], ['Ⅲ类及以下', 'Ⅳ类'], ['优良（Ⅱ类及以上）', 'Ⅱ类'],
    ['完成水质监测', 'Ⅱ类'], ['A级', 'B级'],
    // Guards: a 完成值 with no one grade of the target's scale, or one it negates, hedges or forecasts.
    ['Ⅲ类及以上', '优良（Ⅰ-Ⅲ类）比例95.8%'], ['Ⅲ类及以上', '由Ⅳ类提升至Ⅱ类'], ['Ⅲ类及以上', '未达到Ⅲ类'], ['Ⅲ类及以上', '基本达到Ⅲ类'],
    ['Ⅲ类及以上', '预计年底达到Ⅱ类'], ['Ⅲ类及以上', '达标率100%'], ['合格', '合格率98%'], ['AAAA级', 'AA+'], ['合格', '基本合格'],
    ['AAAA级', '已完成创建'],
  ] as Array<[string, string]>)('%s against %s → null', (target, actual) => {
    expect(meetsGrade(target, actual)).toBeNull();
  });
});

const row = (target: string, actual: string, score: number | null): Indicator =>
  ({ ...emptyIndicator(), name: '出境断面水质类别', comparator: 'qualitative', weight: 10, target, actual, score });

describe('scoreIndicator on a grade row', () => {
  it.each([
    // Short with full marks: 部分达成's default and the score flagged; short with points off: the sheet's call stands.
    [row('Ⅲ类及以上', '劣Ⅴ类', 10), 7, ['band']],
    [row('Ⅲ类及以上', 'Ⅳ类', 6), 6, []],
    [row('Ⅲ类及以上', 'Ⅳ类', 3), 3, []],
    // Met: 达成, the sheet's score inside it kept, outside it the default with a flag (as any 达成 row).
    [row('Ⅲ类及以上', 'Ⅱ类', 10), 10, []],
    [row('Ⅲ类及以上', 'Ⅱ类', 8.5), 8.5, []],
    [row('Ⅲ类及以上', 'Ⅱ类', 5), 10, ['band']],
    // Guard: no grade to compare — the sheet's own band decides, as before.
    [row('Ⅲ类及以上', '水质监测已完成', 10), 10, []],
  ] as Array<[Indicator, number | null, string[]]>)('%#', (ind, score, issues) => {
    const r = scoreIndicator(ind);
    expect(r.score).toBe(score);
    expect(r.issues.map((i) => i.code)).toEqual(issues);
  });
});
