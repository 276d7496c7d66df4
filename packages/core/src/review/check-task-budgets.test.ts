import { describe, expect, it } from 'vitest';
import { reviewForm } from './review-forms';
import { form, tags } from './review-test-helpers';

const ROWS = [
  ['产出指标', '数量指标', '完成率'], ['产出指标', '质量指标', '验收合格率'], ['效益指标', '社会效益指标', '政策知晓率'], ['满意度指标', '服务对象满意度指标', '群众满意度'],
].map(([level1, level2, name]) => ({ level1, level2, name, comparator: '>=' as const, target: '95', unit: '%' }));

describe('budget_arithmetic: task rows that restate other rows (held-out set 43)', () => {
  const arithmetic = (tasks: Array<[string, number | null]>, total = 1500) =>
    tags(reviewForm(form('department_target', ROWS, { budget_total_wan: total, tasks: tasks.map(([name, budget_wan]) => ({ name, content: null, budget_wan })) }), 0, {}))
      .filter((t) => t.startsWith('budget_arithmetic'));
  it.each([
    ['a 其中 row under 基本支出 is a part of a part', [['机关运转', 1100], ['其中：离退休费', 800], ['活动阵地', 150], ['老干部大学', 180], ['走访慰问', 70]], []],
    ['其中 written without a colon, in brackets', [['机关运转', 1100], ['（其中）离退休费', 800], ['活动阵地', 400]], []],
    ['a 小计 row after the tasks', [['活动阵地', 800], ['老干部大学', 500], ['走访慰问', 200], ['小计', 1500]], []],
    ['a spaced 合 计 row closing a list with 基本支出', [['机关运转', 1100], ['活动阵地', 150], ['老干部大学', 180], ['走访慰问', 70], ['合  计', 1500]], []],
    ['a 合计（万元） row', [['活动阵地', 900], ['老干部大学', 500], ['合计（万元）', 1400]], []],
    ['tasks above the total beside a 其中 row', [['机关运转', 1100], ['其中：离退休费', 800], ['老干部大学', 1200], ['走访慰问', 70]], ['budget_arithmetic@-']],
    ['tasks above the total beside their 小计', [['活动阵地', 900], ['老干部大学', 700], ['小计', 1600]], ['budget_arithmetic@-']],
    ['a task whose name only contains 合计 is a task', [['机关运转', 1100], ['合计划生育服务', 500]], ['budget_arithmetic@-']],
  ] as const)('%s', (_, tasks, want) => expect(arithmetic(tasks.map(([n, b]) => [n, b]))).toEqual(want));
});

describe('budget_arithmetic: a 小计 / 合计 row that is not the sum of its rows (held-out set 47)', () => {
  const arithmetic = (tasks: Array<[string, number | null]>, total = 460, project_wan: number | null = 180) =>
    tags(reviewForm(form('department_target', ROWS, {
      budget_total_wan: total, structure: { basic_wan: total - (project_wan ?? 0), project_wan },
      tasks: tasks.map(([name, budget_wan]) => ({ name, content: null, budget_wan })),
    }), 0, {})).filter((t) => t.startsWith('budget_arithmetic'));
  it.each([
    ['a 小计 that makes its rows', [['创作', 80], ['演出', 60], ['培训', 40], ['小计', 180]], []],
    ['a 小计 above its rows’ sum', [['创作', 80], ['演出', 60], ['培训', 40], ['小计', 250]], ['budget_arithmetic@-']],
    ['小计 groups and a 合计 over all rows', [['研究', 25], ['宣传', 20], ['小计', 45], ['会员', 10], ['合计', 55]], []],
    ['a 合计 that misses its rows', [['研究', 25], ['宣传', 20], ['会员', 10], ['合计', 65]], ['budget_arithmetic@-']],
    ['a 合计 restating 项目支出 beside main tasks only', [['研究', 25], ['宣传', 20], ['合计', 180]], []],
    ['a 合计 restating the department total', [['研究', 25], ['宣传', 20], ['合计', 460]], []],
    ['a 合计 above a task without a budget is not judged', [['研究', 25], ['宣传', null], ['合计', 65]], []],
    ['a 合计 row opening the table is not judged', [['合计', 65], ['研究', 25], ['宣传', 20]], []],
  ] as const)('%s', (_, tasks, want) => expect(arithmetic(tasks.map(([n, b]) => [n, b]))).toEqual(want));
});
