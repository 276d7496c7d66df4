import { describe, expect, it } from 'vitest';
import { libraryLevel2 } from './library-level2';

describe('libraryLevel2', () => {
  it.each([
    ['satisfaction without 二级', '满意度指标', null, '服务对象满意度指标'],
    ['satisfaction spelled short, empty 二级', '满意度', '', '服务对象满意度指标'],
    ['numbered 一级', '三、满意度指标', null, '服务对象满意度指标'],
    ['entry 二级 kept', '满意度指标', '社会公众满意度指标', '社会公众满意度指标'],
    ['output 二级 kept', '产出指标', '数量指标', '数量指标'],
    ['cost: frameworks disagree, left empty', '成本指标', null, null],
    ['benefit: a choice, left empty', '效益指标', null, null],
    ['output: a choice, left empty', '产出指标', null, null],
    ['no 一级', null, null, null],
    ['unknown 一级', '其他', null, null],
  ] as const)('%s', (_, l1, l2, want) => expect(libraryLevel2(l1, l2)).toBe(want));
});
