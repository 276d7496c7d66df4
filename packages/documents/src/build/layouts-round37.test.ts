import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../import/import-file';
import { reportedTotal } from './total-row';

// Layouts of corpus documents 473 and 477 in other formats: a 自评报告 whose score tables close with no
// 总分 row and state the total only in the text after them; a county's list of projects' results.

const table = (closing: string) => `<table>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>分值</td><td>年度指标值</td><td>实际完成值</td><td>得分</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>甲</td><td>60</td><td>≥20家</td><td>21家</td><td>60</td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>乙</td><td>40</td><td>明显提升</td><td>有所提升</td><td>35</td></tr>${closing}
</table>`;

const report = (title: string, after: string, closing = '') =>
  `<h2>${title}</h2><p>一、基本情况。全年预算执行率96%，预算执行得分9.6分。</p>${table(closing)}${after}`;

describe('a report stating the total only in its text after the tables', () => {
  it.each([
    ['综合自评得分 in the conclusion', '某某局2024年度部门整体支出绩效自评报告', '<p>三、自评结论</p><p>我局部门整体支出综合自评得分95分，等级为优。</p>', '', 95],
    ['自评总分为 in a project report', '某某项目2024年度绩效自评报告', '<p>综上，项目自评总分为95分。</p>', '', 95],
    ['a 总分 row wins over the text', '某某局2024年度部门整体支出绩效自评报告', '<p>综合自评得分90分。</p>', '<tr><td>总分</td><td></td><td></td><td>100</td><td></td><td></td><td>95</td></tr>', 95],
    ['a level\'s points are no total', '某某局2024年度部门整体支出绩效自评报告', '<p>其中产出指标自评得分60分。</p>', '', null],
    ['figures before the table are no total', '某某局2024年度部门整体支出绩效自评报告', '', '', null],
  ] as Array<[string, string, string, string, number | null]>)('%s', (_what, title, after, closing, total) => {
    const doc = importText(report(title, after, closing), 't.html');
    expect(doc.forms).toHaveLength(1);
    expect((doc.forms[0] as { total_score: number | null }).total_score).toBe(total);
    expect(doc.forms[0]?.indicators.map((i) => i.score)).toEqual([60, 35]);
  });

  it('text after an earlier form speaks of the next one: only the last form takes it', () => {
    const one = `<h3>项目支出绩效自评表</h3><table><tr><td>项目名称</td><td colspan="6">甲项目</td></tr></table>${table('')}<p>二、乙项目。自评得分88分。</p>`;
    const two = `<h3>项目支出绩效自评表</h3><table><tr><td>项目名称</td><td colspan="6">乙项目</td></tr></table>${table('')}<p>综合自评得分95分。</p>`;
    const doc = importText(`<h2>2024年度项目支出绩效自评报告</h2>${one}${two}`, 't.html');
    expect(doc.forms.map((f) => (f as { total_score: number | null }).total_score)).toEqual([null, 95]);
  });
});

describe('reportedTotal', () => {
  it.each([
    ['我局综合自评得分92.5分，等级为优。', '92.5'],
    ['自评总分为96分', '96'],
    ['综合得分：88.5分', '88.5'],
    ['预算执行得分9.5分', null],
    ['满意度指标自评得分18分', null],
    ['全年执行率97.36%', null],
  ])('%s', (text, want) => expect(reportedTotal(text)).toBe(want));
});

describe('a list of projects with their budgets and scores, one a line', () => {
  it('is no form, and the warning says what it is', async () => {
    const csv = ['某某县2024年度项目支出绩效自评结果汇总表,,,,,,', '编制单位：某某县财政局,,,,,金额单位：万元,', '序号,项目名称,主管部门,全年预算数,执行率,自评得分,自评等级',
      '1,甲项目,某某县教育局,120.00,98.00%,96.5,优', '2,乙项目,某某县水利局,80.00,91.00%,88,良', '3,丙项目,某某县林业局,40.00,85.00%,79,中'].join('\n');
    const result = await importFile(new TextEncoder().encode(csv), 't.csv');
    if (!result.ok) throw new Error('unreadable');
    const doc = result.document;
    expect(doc.forms).toEqual([]);
    expect(doc.warnings.find((w) => w.code === 'no_forms')?.message).toMatch(/汇总表/);
  });
});
