import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';

// Layouts of corpus documents 443–448: a total as a label：value pair in a footer line, a flat export
// repeating the budget block and the total on every indicator row, an outcome caption dated 全年.

const indicators = '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t数量指标\t甲\t≥1个\t1个\t50\t50\n效益指标\t社会效益指标\t乙\t≥90%\t88%\t50\t45\n';

describe('a total written as a label：value pair under the table', () => {
  it.each([
    ['beside another pair (two cells)', '自评总分：95分\t自评等级：优', 95],
    ['with no 分, beside a date', '总分：96.5\t填报日期：2025年1月10日', 96.5],
    ['a lead caption (自评得分)', '自评得分：94.5分\t填报人：某某', 94.5],
  ])('%s', (_what, line, want) => {
    const form = importText(`项目支出绩效自评表（2024年度）\n项目名称\t测试项目\n${indicators}${line}\n`, 't.txt').forms[0]!;
    if (form.kind !== 'project_self_evaluation') throw new Error(form.kind);
    expect(form.indicators.map((i) => i.name)).toEqual(['甲', '乙']);
    expect(form.total_score).toBe(want);
  });

  it('a pair of another label with a number is no total (填报日期 stays out)', () => {
    const form = importText(`项目支出绩效自评表（2024年度）\n项目名称\t测试项目\n${indicators}合计\t\t\t\t\t100\t95\n联系电话：12345\n`, 't.txt').forms[0]!;
    if (form.kind !== 'project_self_evaluation') throw new Error(form.kind);
    expect(form.total_score).toBe(95);
  });
});

describe('a flat self-evaluation export repeating the budget block and the total on every row', () => {
  const header = '项目名称\t实施单位\t年初预算数\t全年预算数\t全年执行数\t预算执行分值\t执行率\t预算执行得分\t一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t自评总分';
  const a = '甲项目\t甲单位\t100.00\t120.00\t108.00\t10\t90.00%\t9\t';
  const b = '乙项目\t乙单位\t50.00\t50.00\t50.00\t10\t100.00%\t10\t';
  const lines = [header, `${a}产出指标\t数量指标\t指标一\t≥1个\t1个\t45\t45\t99`, `${a}效益指标\t社会效益指标\t指标二\t≥90%\t95%\t45\t45\t99`,
    `${b}产出指标\t质量指标\t指标三\t100%\t100%\t90\t88\t98`];
  it('gives one form per project with its budget, its rows and its total', () => {
    const forms = importText(lines.join('\n'), 't.tsv').forms;
    expect(forms.map((f) => [f.kind, f.indicators.map((i) => [i.name, i.weight, i.score])])).toEqual([
      ['project_self_evaluation', [['指标一', 45, 45], ['指标二', 45, 45]]],
      ['project_self_evaluation', [['指标三', 90, 88]]],
    ]);
    const budgets = forms.map((f) => (f.kind === 'project_self_evaluation' ? [f.project_name, f.org, f.budget, f.total_score] : null));
    expect(budgets).toEqual([
      ['甲项目', '甲单位', { initial_wan: 100, adjusted_wan: 120, executed_wan: 108, execution_rate: 90, weight: 10, score: 9, reason: null }, 99],
      ['乙项目', '乙单位', { initial_wan: 50, adjusted_wan: 50, executed_wan: 50, execution_rate: 100, weight: 10, score: 10, reason: null }, 98],
    ]);
  });
});

describe('a goal caption beside an outcome caption dated by a period word', () => {
  it.each([['全年实际完成情况'], ['本年完成情况'], ['实际完成情况']])('年度总体目标 | %s over their texts', (outcome) => {
    const text = `部门整体支出绩效自评表（2024年度）\n部门名称\t某单位\n年度总体目标\t${outcome}\n完成甲乙两项任务。\t两项任务均已完成。\n${indicators}`;
    const form = importText(text, 't.txt').forms[0]!;
    if (form.kind !== 'department_self_evaluation') throw new Error(form.kind);
    expect(form.goal).toBe('完成甲乙两项任务。');
  });
});
