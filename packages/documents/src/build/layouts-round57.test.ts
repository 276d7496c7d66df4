import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';

// Layouts of corpus documents 590–595: a sheet copied with Excel's row and column headings shown, and
// several projects in one table, each opened by a row spanning the table that names it.

const sheet = (lines: string[]) => lines.map((l) => l.replace(/ {2,}/g, '\t')).join('\n');

describe('a sheet copied with its row numbers and column letters', () => {
  it.each([
    ['headings from A', '  A  B  C  D', ['1', '2', '3', '4', '5']],
    ['a gap where a row is hidden', '  A  B  C  D', ['1', '2', '4', '5', '6']],
    ['a print area from C', '  C  D  E  F', ['7', '8', '9', '10', '11']],
  ])('%s', (_what, letters, numbers) => {
    const body = ['项目名称  乡镇污水站运维', '一级指标  二级指标  三级指标  指标值', '产出指标  数量指标  运维站点  ≥14座', '    出水达标率  ≥95%'];
    const text = sheet([letters, ...body.map((line, i) => `${numbers[i]}  ${line}`)]);
    const form = importText(text, 'a.txt').forms[0]!;
    expect((form as unknown as Record<string, unknown>).project_name).toBe('乡镇污水站运维');
    expect(form.indicators.map((r) => [r.level1, r.name, r.target])).toEqual([['产出指标', '运维站点', '14'], ['产出指标', '出水达标率', '95']]);
  });

  it('keeps a first column of numbers under captions that are no letters', () => {
    const text = sheet(['序号  三级指标  指标值  分值', '1  运维站点  ≥14座  20', '2  出水达标率  ≥95%  20', '3  群众满意度  ≥88%  10']);
    const form = importText(`项目名称：乡镇污水站运维\n${text}`, 'a.txt').forms[0]!;
    expect(form.indicators.map((r) => r.name)).toEqual(['运维站点', '出水达标率', '群众满意度']);
  });
});

describe('several projects in one table, each under a row naming it', () => {
  const table = (first: string, second: string) => [
    '<h3>某某县农业农村局2026年度项目支出绩效目标表</h3>',
    '<table><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th></tr>',
    `<tr><td colspan="4">${first}</td></tr>`,
    '<tr><td colspan="2">年度目标</td><td colspan="2">管护农田4.2万亩。</td></tr>',
    '<tr><td>产出指标</td><td>数量指标</td><td>管护面积</td><td>≥4.2万亩</td></tr>',
    `<tr><td colspan="4">${second}</td></tr>`,
    '<tr><td>产出指标</td><td>数量指标</td><td>防治面积</td><td>≥12万亩次</td></tr>',
    '</table>',
  ].join('\n');

  it.each([
    ['numbered 项目一：', '项目一：农田管护（项目资金168万元，其中财政资金150万元、其他资金18万元）', '项目二：病虫害统防统治'],
    ['numbered 一、', '一、农田管护（项目资金168万元，其中财政资金150万元、其他资金18万元）', '二、病虫害统防统治'],
  ])('%s', (_what, first, second) => {
    const forms = importText(table(first, second), 'a.html').forms as unknown as Array<Record<string, unknown>>;
    expect(forms.map((f) => [f.project_name, f.org, f.budget_total_wan, f.budget_fiscal_wan, f.budget_other_wan])).toEqual([
      ['农田管护', '某某县农业农村局', 168, 150, 18],
      ['病虫害统防统治', '某某县农业农村局', null, null, null],
    ]);
    expect(forms[0]!.goal).toBe('管护农田4.2万亩。');
    expect((forms[1]!.indicators as Array<{ name: string }>).map((r) => r.name)).toEqual(['防治面积']);
  });

  it('reads level caption rows as levels, not as projects', () => {
    const text = table('一、产出指标', '二、效益指标');
    const forms = importText(text, 'a.html').forms;
    expect(forms).toHaveLength(1);
  });
});
