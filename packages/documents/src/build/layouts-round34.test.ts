import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';

// Layouts of corpus documents 455–460: small self-evaluations one after another under a name line
// each, and space-aligned text (an OCR'd scan) with two label rows and two headers as wide.

const table = (a: string, b: string, total: string) =>
  `<table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>${a}</td><td>≥1个</td><td>1个</td><td>50</td><td>50</td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>${b}</td><td>≥90%</td><td>88%</td><td>50</td><td>45</td></tr>
<tr><td colspan="5">${total}</td><td>100</td><td>95</td></tr></table>`;

describe('small self-evaluation tables one after another, each under a line naming the project', () => {
  it.each([
    ['closed by 合计, a bold name between', '合计', '<p><b>乡村书屋运行</b></p>', ['村道路灯维护', '乡村书屋运行']],
    ['closed by 总分, a plain name between', '总分', '<p>乡村书屋运行</p>', ['村道路灯维护', '乡村书屋运行']],
  ])('%s: one form each', (_what, total, between, names) => {
    const html = `<h3>2024年度项目支出绩效自评表</h3><p><b>村道路灯维护</b></p>${table('甲一', '甲二', total)}${between}${table('乙一', '乙二', total)}`;
    const forms = importText(html, 't.html').forms;
    expect(forms.map((f) => (f.kind === 'project_self_evaluation' ? f.project_name : f.kind))).toEqual(names);
    expect(forms.map((f) => f.indicators.map((i) => i.name))).toEqual([['甲一', '甲二'], ['乙一', '乙二']]);
  });

  it('a caption line over a table that has not reached its total starts no form (续表, a cut row)', () => {
    const open = table('甲一', '甲二', '合计').replace(/<tr><td colspan="5">.*?<\/tr>/, '');
    const html = `<h3>2024年度项目支出绩效自评表</h3><p>村道路灯维护</p>${open}<p>农村道路养护里程</p>${table('甲三', '甲四', '合计')}`;
    expect(importText(html, 't.html').forms).toHaveLength(1);
  });
});

describe('space-aligned text with a budget block above the indicators', () => {
  const text = [
    '                 项目支出绩效自评表（2024年度）',
    '项目名称：        测试项目',
    '项目资金(万元)    年初预算数    全年预算数    全年执行数    分值    执行率      得分',
    '年度资金总额      100.00        100.00        95.00         10      95.00%      9.5',
    '年度总体目标      完成甲项工作一百处，覆盖全部乡镇。',
    '实际完成情况      完成甲项工作一百零二处。',
    '一级指标    二级指标            三级指标                  年度指标值    实际完成值    分值    得分',
    '产出指标    数量指标            排查路灯覆盖数            ＝46所        46所          45      45',
    '            成本指标            单处路灯维护成本费用      ≦850元/平方米 812元/平方米  45      45',
    '总分                                                                    100     99.5',
  ].join('\n');
  const form = importText(text, 't.txt').forms[0]!;
  if (form.kind !== 'project_self_evaluation') throw new Error(form.kind);
  it('reads two label rows of the same width as two rows, not one wrapped row', () => {
    expect([form.goal, form.goal_outcome]).toEqual(['完成甲项工作一百处，覆盖全部乡镇。', '完成甲项工作一百零二处。']);
  });
  it('aligns the indicator rows under the indicator header (a value and a result one space apart)', () => {
    expect(form.indicators.map((i) => [i.name, i.comparator, i.target, i.unit, i.actual])).toEqual([
      ['排查路灯覆盖数', '=', '46', '所', '46所'],
      ['单处路灯维护成本费用', '<=', '850', '元/平方米', '812元/平方米'],
    ]);
  });
});
