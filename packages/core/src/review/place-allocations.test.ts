import { describe, expect, it } from 'vitest';
import type { Indicator } from '../forms/forms-schema';
import { reviewForm } from './review-forms';
import { form, tags } from './review-test-helpers';

/** A regional goal whose total rows carry, with shares per place after it (held-out set 46). */
const ROWS: Array<Partial<Indicator>> = [
  { level1: '产出指标', level2: '数量指标', name: '新改建农村公路', comparator: '>=', target: '420', unit: '公里', weight: 30 },
  { level1: '产出指标', level2: '数量指标', name: '新增生态公益林管护面积', comparator: '>=', target: '12', unit: '万亩', weight: 30 },
  { level1: '效益指标', level2: '社会效益指标', name: '通硬化路建制村比例', comparator: '=', target: '100', unit: '%', weight: 20 },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', comparator: '>=', target: '90', unit: '%', weight: 10 },
];
const GOAL = '年度目标：新改建农村公路420公里，新增生态公益林管护面积12万亩。';
const goalFindings = (tail: string) =>
  tags(reviewForm(form('project_target', ROWS, { goal: `${GOAL}${tail}` }), 0, {})).filter((t) => t.startsWith('goal_vs_indicators'));

describe('goal_vs_indicators: a regional total allocated to places', () => {
  it.each([
    ['shares per 区县 that make the row', '分区县：青山县150公里、白河县120公里、石门县90公里、东林区60公里。', []],
    ['shares in 万 per 区县, each place its own piece', '各区县：青山县新增管护面积5万亩；白河县4万亩；石门县3万亩。', []],
    ['shares short of the row', '各区县：青山县新增管护面积5万亩；白河县4万亩；石门县2万亩。', ['goal_vs_indicators@-']],
    ['one place only is no split', '其中：青山县新增管护面积5万亩。', ['goal_vs_indicators@-']],
    ['quantities not headed by a place', '培训120公里沿线护路员，整治300公里。', ['goal_vs_indicators@-']],
    ['全市 names the whole, not a place', '全市150公里；全县270公里。', ['goal_vs_indicators@-']],
  ] as const)('%s', (_, tail, want) => expect(goalFindings(tail)).toEqual(want));
});
