import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { dropBlankParagraphs } from '../text/blank-paragraph-cells';

// Layouts of corpus documents 751–754: government portal pages (TRS / kindeditor / ueditor) saved or copied from
// the browser, and a WeChat article whose table is drawn with styled <section> blocks.

const N = '\u00a0';
const repair = (lines: string[]) => dropBlankParagraphs({ lines, lineNos: lines.map((_l, i) => i) }).lines;

describe('a browser copy of cells holding an empty paragraph (<p>&nbsp;</p>)', () => {
  const header = '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\t偏差原因分析及改进措施';

  it('puts back a row cut after a cell’s text by its empty last paragraph', () => {
    expect(repair([header, '产出指标\t数量指标\t开放学校数', `${N}\t≥12所\t12所\t15\t15\t${N}`]))
      .toEqual([header, `产出指标\t数量指标\t开放学校数\t≥12所\t12所\t15\t15\t${N}`]);
  });

  it('puts back a row cut before a figure by the cell’s empty first paragraph', () => {
    expect(repair([header, `质量指标\t开课率\t≥95%\t${N}`, `97.5%\t10\t10\t${N}`]))
      .toEqual([header, `质量指标\t开课率\t≥95%\t97.5%\t10\t10\t${N}`]);
  });

  it('drops an empty paragraph between a cell’s two paragraphs', () => {
    expect(repair([header, '效益指标\t社会效益指标\t素质教育水平\t有效提升\t有效提升\t15\t14\t教师不足。', N, '下一步开展送教活动。', '可持续影响指标\t长效机制\t逐步完善\t基本建立\t10\t9\t无']))
      .toEqual([header, '效益指标\t社会效益指标\t素质教育水平\t有效提升\t有效提升\t15\t14\t教师不足。', '下一步开展送教活动。', '可持续影响指标\t长效机制\t逐步完善\t基本建立\t10\t9\t无']);
  });

  it('joins a row cut inside a name (words only) with the line holding its figures', () => {
    expect(repair([header, '效益指标\t社会效益指标\t农村学生素质教育', `水平\t有效提升\t有效提升\t15\t14\t${N}`]))
      .toEqual([header, `效益指标\t社会效益指标\t农村学生素质教育\n水平\t有效提升\t有效提升\t15\t14\t${N}`]);
  });

  it('leaves a row ending in an empty cell before a row that opens with a level or a name', () => {
    const lines = [header, `参与人次\t≥3600人次\t3850人次\t10\t10\t${N}`, `质量指标\t开课率\t≥95%\t96%\t10\t10\t${N}`, `合格率\t≥90%\t94%\t10\t10\t${N}`];
    expect(repair(lines)).toEqual(lines);
  });

  it('leaves label rows, a blank paragraph before the next attachment and text without no-break spaces', () => {
    const lines = ['项目名称\t少年宫运行补助', '主管部门\t某某县教育局\t实施单位\t某某县教育局', header, `产出指标\t数量指标\t学校数\t≥12所\t12所\t15\t15\t${N}`, N, '附件2', '项目名称\t送教下乡'];
    expect(repair(lines)).toEqual(lines);
    const plain = [header, '效益指标\t社会效益指标\t农村学生素质教育', '水平\t有效提升\t有效提升\t15\t14\t无'];
    expect(repair(plain)).toEqual(plain);
  });

  it('reads such a copy to the rows the page showed, its header broken under a vertical 绩效指标 caption', () => {
    const text = [
      '项目名称\t少年宫运行补助',
      '绩效', `指标\t${header}`,
      '产出指标\t数量指标\t开放学校数', `${N}\t≥12所\t12所\t15\t15\t${N}`,
      `参与人次\t≥3600人次\t3850人次\t10\t10\t${N}`,
      `质量指标\t开课率\t≥95%\t${N}`, `97.5%\t10\t10\t${N}`,
      '满意度指标\t服务对象满意度指标\t家长满意度\t≥90%\t92.6%\t10\t10\t无',
    ].join('\n');
    const form = importText(text, 'a.txt').forms[0]!;
    expect(form.indicators.map((r) => [r.level1, r.level2, r.name, r.target, r.actual, r.weight, r.score])).toEqual([
      ['产出指标', '数量指标', '开放学校数', '12', '12所', 15, 15],
      ['产出指标', '数量指标', '参与人次', '3600', '3850人次', 10, 10],
      ['产出指标', '质量指标', '开课率', '95', '97.5%', 10, 10],
      ['满意度指标', '服务对象满意度指标', '家长满意度', '90', '92.6%', 10, 10],
    ]);
  });
});

describe('an article’s lines under a table read one cell a line', () => {
  const article = (tail: string[]) => [
    '<div id="js_content"><section><p>项目名称</p><p>社区养老服务补助</p>',
    '<p>一级指标</p><p>二级指标</p><p>三级指标</p><p>指标值</p><p>权重（%）</p>',
    '<p>产出指标</p><p>数量指标</p><p>服务对象人数</p><p>≥1500人</p><p>20</p>',
    '<p>满意度指标</p><p>服务对象满意度指标</p><p>服务对象满意度</p><p>≥90%</p><p>15</p>',
    ...tail.map((t) => `<p>${t}</p>`),
    '</section></div>',
  ].join('\n');

  it('ends the table at the swipe hint and the credits', () => {
    const form = importText(article(['（表格可左右滑动查看）', '来源：某某区民政局', '编辑：李某某　审核：王某某', '阅读 1032']), 'a.html').forms[0]!;
    expect(form.indicators.map((r) => r.name)).toEqual(['服务对象人数', '服务对象满意度']);
  });

  it('keeps a cell that opens with 来源 but is no credit line', () => {
    const form = importText(article([]).replace('<p>服务对象人数</p>', '<p>来源于台账的服务对象人数</p>'), 'a.html').forms[0]!;
    expect(form.indicators.map((r) => r.name)).toEqual(['来源于台账的服务对象人数', '服务对象满意度']);
  });
});
