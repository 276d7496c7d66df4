import { describe, expect, it } from 'vitest';
import { emptyIndicator, type Indicator } from '../forms/forms-schema';
import { gradeShortfall, TITLE_MISSED } from './grade-scale';
import { scoreIndicator } from './score-indicator';

// Session 27 (held-out scoring set 23): a grade target stored as text and a 完成值 naming a grade on its scale (水质 classes,
// 景区 A levels, 验收 verdicts) are set side by side: met is 达成, short with full marks is out of band (部分达成's default, as a
// late date is); anything the two cannot be compared on stays with the sheet's band.

// Session 27 (held-out scoring set 25): how far short is counted in steps on the scale, as for a rank stored as a number, and a
// title (通过复审) is a yes / no scale whose miss is whole.
describe('gradeShortfall', () => {
  it.each([
    // Met or beaten on the scale: 0 steps short.
    ['Ⅲ类及以上', 'Ⅱ类', 0], ['达到或优于Ⅲ类', 'Ⅰ类', 0], ['Ⅲ类', 'III类', 0], ['地表水Ⅲ类', '水质稳定在Ⅱ类', 0],
    ['AAAA级', '4A', 0], ['4A级及以上', '5A级景区', 0], ['合格', '优良', 0], ['良好及以上', '优秀', 0], ['优良', '良好', 0],
    ['AA级及以上', 'AAA级', 0],
    // Short of it, by so many steps (劣Ⅴ is a step below Ⅴ).
    ['Ⅲ类及以上', '劣Ⅴ类', 3], ['Ⅱ类及以上', 'Ⅲ类', 1], ['AAAA级', 'AAA级', 1], ['良好及以上', '合格', 1], ['合格', '不合格', 2],
    ['优秀', '良好', 1], ['优秀', '合格', 2], ['5A级', 'AAA', 2], ['AA级及以上', 'A级', 1], ['Ⅱ类及以上', 'Ⅳ类', 2],
    // A title whose own act the 完成值 negates is missed whole.
    ['通过复审', '未通过复审', TITLE_MISSED], ['成功创建国家卫生县城', '未能创建成功', TITLE_MISSED], ['获得全国文明城市称号', '没有获得', TITLE_MISSED],
  ] as Array<[string, string, number]>)('%s against %s → %s', (target, actual, steps) => {
    expect(gradeShortfall(target, actual)).toBe(steps);
  });

  it.each([
    // Guards for titles: a title kept (the sheet's band decides), another act negated, a count target, no title word.
    ['通过复审', '通过复审'], ['通过复审', '未发现问题'], ['创建3个示范村', '未创建'], ['完成年度工作', '未完成'], ['保持称号', '正在复审'],
  ] as Array<[string, string]>)('title guard: %s against %s → null', (target, actual) => {
    expect(gradeShortfall(target, actual)).toBeNull();
  });

  it.each([
    // Guards: no grade target (a rate, a sentence, an action on the grade, a strict 优于, a grade with a lower bound word).
    ['合格率≥95%', '合格'], ['消除劣Ⅴ类', '劣Ⅴ类'], ['优于Ⅲ类', 'Ⅲ类'], ['Ⅲ类及以下', 'Ⅳ类'], ['优良（Ⅱ类及以上）', 'Ⅱ类'],
    ['完成水质监测', 'Ⅱ类'], ['A级', 'B级'],
    // Guards: a 完成值 with no one grade of the target's scale, or one it negates, hedges or forecasts.
    ['Ⅲ类及以上', '优良（Ⅰ-Ⅲ类）比例95.8%'], ['Ⅲ类及以上', '由Ⅳ类提升至Ⅱ类'], ['Ⅲ类及以上', '未达到Ⅲ类'], ['Ⅲ类及以上', '基本达到Ⅲ类'],
    ['Ⅲ类及以上', '预计年底达到Ⅱ类'], ['Ⅲ类及以上', '达标率100%'], ['合格', '合格率98%'], ['AAAA级', 'AA+'], ['合格', '基本合格'],
    ['AAAA级', '已完成创建'],
    // The session's code review: a share, a count or an application beside the grade is no grade the row reached.
    ['Ⅲ类及以上', 'Ⅱ类水质断面占比80%'], ['AAAA级', '已提交5A级景区创建申请，待评定'], ['AAAA级', '正在创建AAAAA级景区'],
    ['Ⅲ类及以上', '达标断面占Ⅲ类以上60%'],
  ] as Array<[string, string]>)('%s against %s → null', (target, actual) => {
    expect(gradeShortfall(target, actual)).toBeNull();
  });
});

const row = (target: string, actual: string, score: number | null): Indicator =>
  ({ ...emptyIndicator(), name: '出境断面水质类别', comparator: 'qualitative', weight: 10, target, actual, score });

describe('scoreIndicator on a grade row', () => {
  it.each([
    // Short: one step is 部分达成, more 未达成; the sheet's score stands inside that band, outside it the default with band
    // (set 25: 劣Ⅴ类 three steps short at full marks was 部分达成's 7, and Ⅳ类 at 3 was kept).
    [row('Ⅲ类及以上', '劣Ⅴ类', 10), 3, ['band']],
    [row('Ⅲ类及以上', '劣Ⅴ类', 2), 2, []],
    [row('Ⅲ类及以上', 'Ⅳ类', 6), 6, []],
    [row('Ⅲ类及以上', 'Ⅳ类', 3), 7, ['band']],
    [row('Ⅲ类及以上', 'Ⅳ类', null), 7, []],
    [{ ...row('优秀', '合格', 7), name: '工程竣工验收等级' }, 3, ['band']],
    [{ ...row('通过复审', '未通过复审', 10), name: '国家卫生县城称号' }, 3, ['band']],
    [{ ...row('通过复审', '未通过复审', 1), name: '国家卫生县城称号' }, 1, []],
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
