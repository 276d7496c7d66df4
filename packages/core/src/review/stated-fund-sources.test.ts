import { describe, expect, it } from 'vitest';
import { reviewForm } from './review-forms';
import { form, tags } from './review-test-helpers';
import { statedSplits } from './stated-fund-sources';

const ROWS = [
  ['产出指标', '数量指标', '完成率'], ['产出指标', '质量指标', '验收合格率'], ['效益指标', '社会效益指标', '政策知晓率'], ['满意度指标', '服务对象满意度指标', '群众满意度'],
].map(([level1, level2, name]) => ({ level1, level2, name, comparator: '>=' as const, target: '95', unit: '%' }));

describe('statedSplits: a total in 概况 with its sources listed after it (held-out set 44)', () => {
  it.each([
    ['2027年度资金总额15000万元，其中中央5000万元、省级3000万元、市级4000万元、单位自筹3000万元。', [[15000, 15000, true]]],
    ['中期资金总额68000万元（中央20000万元、省级12000万元、市级16000万元、单位自筹18000万元）。', [[68000, 66000, true]]],
    ['中期资金总额90000万元，其中省级补助15000万元、市级财政75000万元；', [[90000, 90000, false]]],
    // Uses, not sources: no split of the money's origin.
    ['资金18000万元，其中设备购置16000万元、安装调试1500万元。', []],
    ['总投资5000万元，其中中央补助2000万元。', []],
  ] as const)('%s', (text, want) => {
    expect(statedSplits(text).map((s) => [s.total, s.sum, s.closed])).toEqual(want);
  });
});

describe('budget_arithmetic: sources stated with their total in 概况', () => {
  const arithmetic = (overview: string) =>
    tags(reviewForm(form('project_target', ROWS, { budget_total_wan: 15000, budget_fiscal_wan: 12000, budget_other_wan: 3000, overview }), 0, {}))
      .filter((t) => t.startsWith('budget_arithmetic'));
  it.each([
    ['a closed list that adds up', '年度资金总额15000万元，其中中央5000万元、省级3000万元、市级4000万元、单位自筹3000万元。', []],
    ['a closed list short of its total', '年度资金总额15000万元，其中中央5000万元、省级3000万元、市级4000万元、单位自筹2000万元。', ['budget_arithmetic@-']],
    ['an open list short of its total: other sources may be left out', '年度资金总额15000万元，其中中央5000万元、省级3000万元。', []],
    ['an open list above its total', '年度资金总额15000万元，其中中央9000万元、省级8000万元。', ['budget_arithmetic@-']],
  ] as const)('%s', (_, overview, want) => expect(arithmetic(overview)).toEqual(want));
});
