import { describe, expect, it } from 'vitest';
import { changeValue, saysPlannedLater, withoutDoneDate } from './change-words';
import { periodOfProgress } from './progress-words';

describe('changeValue: a change as the figure done, signed against the row', () => {
  it.each<[string, string, string, number | null]>([
    ['已提高1.5个百分点', '个百分点', '', 1.5],
    ['下降0.5个百分点', '个百分点', '', -0.5],
    ['已下降0.8个百分点', '个百分点', '贫困发生率下降幅度', 0.8],
    ['由85%提高到86.5%', '个百分点', '', 1.5],
    ['持平', '个百分点', '', 0],
    ['较年初减少3户', '户', '新增户数', -3],
    ['较年初减少3户', '户', '危房减少户数', 3],
    ['净减少12人', '人', '新增就业人数', -12],
    // Under a level, a change states no level.
    ['较年初减少3户', '户', '', null],
    ['较上年增长10%', '%', '满意度', null],
    ['较年初下降1.2个百分点', '%', '参保率', null],
    ['提高5人', '户', '新增户数', null],
  ])('%s in %s (%s) → %s', (actual, unit, name, want) => expect(changeValue(actual, unit, name)).toBe(want));
});

describe('withoutDoneDate and saysPlannedLater', () => {
  it.each<[string, number, string | null]>([
    ['已于6月全部完成', 9, '已全部完成'],
    ['6月已全部完成（30户）', 10, '已全部完成（30户）'],
    ['已在八月通过验收', 9, '已通过验收'],
    ['已于11月完成', 9, null],
    ['6月新增12户', 9, null],
    ['已完成', 9, null],
  ])('%s in month %d → %s', (actual, month, want) => expect(withoutDoneDate(actual, month)).toBe(want));

  it.each<[string, boolean]>([
    ['计划11月开展', true], ['拟于11月组织', true], ['满意度调查计划11月开展', true], ['尚未开展调查（计划11月开展）', false],
    ['预计11月完工', false], ['已开展3次', false],
  ])('%s planned later: %s', (actual, want) => expect(saysPlannedLater(actual)).toBe(want));
});

describe('periodOfProgress: one month, this month, this quarter', () => {
  it.each<[string, number | undefined, [number, number] | null]>([
    ['9月培训60人次', 9, [9, 9]], ['10月份新增10户', 10, [10, 10]], ['6月当月开展2次', 6, [6, 6]],
    ['本月完成3次', 6, [6, 6]], ['本季度培训300人次', 9, [7, 9]], ['本季度完成2次', 10, [10, 10]],
    ['9月底累计完成9次', 9, null], ['6月30日前完成', 9, null], ['本月完成3次', undefined, null],
  ])('%s (month %s) → %s', (actual, month, want) => {
    const p = periodOfProgress(actual, month);
    expect(p ? [p.firstMonth, p.lastMonth] : null).toEqual(want);
  });
});
