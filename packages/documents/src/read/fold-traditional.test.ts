import { describe, expect, it } from 'vitest';
import { foldTraditional, isMostlyTraditional } from './fold-traditional';

describe('foldTraditional', () => {
  it.each([
    ['a 繁體 mirror page', '項目名稱\t農村公路日常養護\n一級指標\t二級指標\t三級指標\t指標值', '项目名称\t农村公路日常养护\n一级指标\t二级指标\t三级指标\t指标值'],
    ['comparator words and levels', '產出指標\t數量指標\t培訓人數\t不低於300人次\n滿意度指標\t服務對象滿意度', '产出指标\t数量指标\t培训人数\t不低于300人次\n满意度指标\t服务对象满意度'],
    ['a simplified page quoting a traditional name', '项目名称\t某某臺灣會館修缮\n一级指标\t二级指标\t三级指标\t指标值', '项目名称\t某某臺灣會館修缮\n一级指标\t二级指标\t三级指标\t指标值'],
    ['显著 keeps its 著', '績效指標\t產出數量\t效果顯著\t項目資金總額', '绩效指标\t产出数量\t效果显著\t项目资金总额'],
  ])('%s', (_label, input, want) => {
    expect(foldTraditional(input)).toBe(want);
  });

  it.each([
    ['simplified text', '项目支出绩效目标表 一级指标 二级指标', false],
    ['a few traditional characters', '項目 绩效目标表 一级指标 二级指标 三级指标', false],
    ['traditional text', '項目支出績效目標表 一級指標 二級指標 三級指標 計量單位', true],
  ])('%s: mostly traditional is %s', (_label, input, want) => {
    expect(isMostlyTraditional(input)).toBe(want);
  });
});
