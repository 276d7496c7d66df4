import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';

// Layout of corpus document 472 in other formats: 指标性质 as tick boxes rather than a sign or a word.

const rows = (natures: [string, string, string]) =>
  `<h3>2025年项目支出绩效目标表</h3><table>
<tr><td>项目名称</td><td colspan="6">测试项目</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标性质</td><td>指标值</td><td>计量单位</td><td>权重</td></tr>
<tr><td rowspan="2">产出指标</td><td rowspan="2">数量指标</td><td>甲</td><td>${natures[0]}</td><td>20</td><td>家</td><td>30</td></tr>
<tr><td>乙</td><td>${natures[1]}</td><td>12</td><td>万元</td><td>30</td></tr>
<tr><td>效益指标</td><td>社会效益指标</td><td>丙</td><td>${natures[2]}</td><td>明显提升</td><td></td><td>40</td></tr></table>`;

describe('指标性质 as tick boxes: the option ticked is the nature', () => {
  it.each([
    ['typed boxes on one line', ['☑正向　□反向　□定性', '□正向　☑反向　□定性', '□正向　□反向　☑定性']],
    ['typed boxes one a line', ['☑正向<br>□反向<br>□定性', '□正向<br>☑反向<br>□定性', '□正向<br>□反向<br>☑定性']],
    ['■ for the ticked box', ['■正向 □反向 □定性', '□正向 ■反向 □定性', '□正向 □反向 ■定性']],
    ['check boxes of a saved form page', [
      '<input type="checkbox" checked>正向 <input type="checkbox">反向 <input type="checkbox">定性',
      '<input type="checkbox">正向 <input type="checkbox" checked="checked">反向 <input type="checkbox">定性',
      '<input type="radio" name="n3">正向 <input type="radio" name="n3">反向 <input type="radio" name="n3" checked>定性',
    ]],
  ] as Array<[string, [string, string, string]]>)('%s', (_what, natures) => {
    const [form] = importText(rows(natures), 't.html').forms;
    expect(form?.indicators.map((i) => [i.name, i.comparator, i.target, i.unit])).toEqual([
      ['甲', '>=', '20', '家'],
      ['乙', '<=', '12', '万元'],
      ['丙', 'qualitative', '明显提升', null],
    ]);
  });
});
