import { describe, expect, it } from 'vitest';
import { emptyIndicator, type Indicator } from '@jixiao/core';
import { fitLevel2, level2FitsUnder } from './level-cells';

describe('level2FitsUnder', () => {
  it.each([
    ['产出指标', '数量指标', true],
    ['满意度指标', '数量指标', false],
    ['效益指标', '社会效益指标', true],
    ['成本指标', '经济成本指标', true],
    // 成本 under 产出 is the 2020 framework's, still a place it may sit.
    ['产出指标', '成本指标', true],
    ['产出', '履职效能', true],
    ['效益', '履职效能', false],
    ['产出指标', '本地自定二级', null],
    ['满', '数量指标', null],
    ['产出指标', null, null],
  ] as const)('%s / %s', (level1, level2, want) => expect(level2FitsUnder(level1, level2)).toBe(want));
});

describe('fitLevel2', () => {
  const row = (level1: string | null, level2: string | null): Indicator => ({ ...emptyIndicator('培训人次'), level1, level2 });
  it.each([
    ['a new 一级 the 二级 cannot sit under clears it', row('产出指标', '数量指标'), '满意度指标', null],
    ['成本指标 moved up to 一级 clears the 2020 二级 成本指标 (2021 splits it by kind)', row('产出指标', '成本指标'), '成本指标', null],
    ['one that fits keeps it', row('效益指标', '社会效益指标'), '效益', '社会效益指标'],
    ['a 一级 half typed keeps it', row('产出指标', '数量指标'), '满', '数量指标'],
    ['the same 一级 spelt another way keeps it', row('产出', '数量指标'), '产出指标', '数量指标'],
    ['a 二级 of the unit\'s own keeps it', row('产出指标', '重点任务'), '效益指标', '重点任务'],
  ] as const)('%s', (_, before, level1, want) => {
    expect(fitLevel2(before, { ...before, level1 }).level2).toBe(want);
  });

  it('leaves a row whose 一级 did not change alone', () => {
    const before = row('满意度指标', '数量指标');
    const after = { ...before, name: '满意度' };
    expect(fitLevel2(before, after)).toBe(after);
  });
});
