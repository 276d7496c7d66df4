import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { tabsFromCollapsedRuns } from '../text/collapsed-tab-runs';
import { blankPageNumberLines } from '../text/page-number-lines';

// Layouts of corpus documents 790–793: the seeds' own text styles damaged on the way to a finance bureau —
// TABs turned into short runs of spaces, a page's running header and footer inside a table one cell a line,
// and a copy cut short inside its indicator table.

const warningCodes = (text: string) => (importText(text, 'a.txt').warnings ?? []).map((w) => w.code);

describe('TABs a web form or chat client turned into runs of two to four spaces', () => {
  const rows = [
    '一级指标  二级指标    三级指标   指标值  指标值确定依据',
    '产出指标   数量指标  资助参保人数    ≥4200 人  上年参保数据',
    '   质量指标  资助到位率  =100%    工作计划',
    '  时效指标    拨付及时率   =100%  工作计划',
    '满意度指标  服务对象满意度指标    参保群众满意度  ≥90%   满意度调查',
  ];

  it('are TABs again: a leading run an empty first cell, a longer run two cells apart, a single space kept', () => {
    const out = tabsFromCollapsedRuns([...rows, '  30      60     85  '].join('\n')).split('\n');
    expect(out[1]).toBe('产出指标\t数量指标\t资助参保人数\t≥4200 人\t上年参保数据');
    expect(out[2]).toBe('\t质量指标\t资助到位率\t=100%\t工作计划');
    expect(out[5]).toBe('\t30\t\t60\t\t85');
  });

  it('puts every row under its captions, a merged level cell left blank, a qualitative row too', () => {
    const text = [
      '<b>项目名称</b>  城乡居民参保补助   ',
      '<b>一级指标</b>   <b>二级指标</b>   <b>三级指标</b>  <b>绩效指标描述</b>    <b>指标值</b>   <b>指标值确定依据</b>    ',
      '效果指标   社会效益指标   城乡居民基本医保参保率  参保人数占应参保人数的比例   ≥95%    上年参保率  ',
      '  可持续性影响   参保扩面长效机制    建立参保动态监测和扩面机制    长效机制基本建立  工作计划    ',
      '满意度指标    服务对象满意度指标    参保群众满意度  参保群众对经办服务的满意度    ≥90%    满意度调查    ',
    ].join('\n');
    const form = importText(text, 'a.md').forms[0]!;
    expect(form.indicators.map((r) => [r.level1, r.level2, r.name, r.target, r.basis])).toEqual([
      ['效果指标', '社会效益指标', '城乡居民基本医保参保率', '95', '上年参保率'],
      ['效果指标', '可持续性影响', '参保扩面长效机制', '长效机制基本建立', '工作计划'],
      ['满意度指标', '服务对象满意度指标', '参保群众满意度', '90', '满意度调查'],
    ]);
  });

  it('leaves a padded space-aligned table, one fixed separator and a text with TABs as they are', () => {
    const padded = ['一级指标      二级指标      三级指标            指标值', '产出指标      数量指标      资助参保人数        ≥4200人', '              质量指标      资助到位率          =100%', '                            拨付及时率          =100%'].join('\n');
    expect(tabsFromCollapsedRuns(padded)).toBe(padded);
    const uniform = rows.map((l) => l.trim().replace(/ {2,}/g, '  ')).join('\n');
    expect(tabsFromCollapsedRuns(uniform)).toBe(uniform);
    const tabbed = `${rows.join('\n')}\n备注\t无`;
    expect(tabsFromCollapsedRuns(tabbed)).toBe(tabbed);
  });
});

describe("a page's running header and footer inside a table one cell a line", () => {
  const row = (...cells: string[]) => cells.map((c) => `\t${c}\n`).join('') + '\n';
  const head = row('一级指标', '二级指标', '三级指标', '指标值', '权重');

  it('are blanked, and a row the page broke comes whole', () => {
    const src = head + row('产出指标', '数量指标', '巡查里程', '≥85公里', '10')
      + '某某区城市管理局\n第 13 页 共 15 页\n\n'
      + row('', '质量指标', '亮灯率', '≥98%', '10')
      + '\t\n\t时效指标\n\t修复时限\n某某区城市管理局\n第 14 页 共 15 页\n\t≤24小时\n\t10\n\n';
    const lines = blankPageNumberLines(src).split('\n');
    expect(lines).toHaveLength(src.split('\n').length);
    expect(lines.filter((l) => /某某区|页/.test(l))).toEqual([]);
    const form = importText(`项目名称：道路照明维护\n${src}`, 'a.txt').forms[0]!;
    expect(form.indicators.map((r) => [r.name, r.target, r.weight])).toEqual([['巡查里程', '85', 10], ['亮灯率', '98', 10], ['修复时限', '24', 10]]);
  });

  it('leaves a line beside a page number once that names no unit, and a unit line outside a cell table', () => {
    const src = head + row('产出指标', '数量指标', '巡查里程', '≥85公里', '10') + '续表\n第 1 页 共 2 页\n\n' + row('', '质量指标', '亮灯率', '≥98%', '10');
    expect(blankPageNumberLines(src).split('\n')).toContain('续表');
    const prose = '某某区城市管理局\n第 1 页 共 2 页\n正文一段。\n';
    expect(blankPageNumberLines(prose).split('\n')[0]).toBe('某某区城市管理局');
  });
});

describe('a copy cut short inside its indicator table', () => {
  const lines = [
    '项目名称：道路照明维护',
    '一级指标\t二级指标\t三级指标\t指标值\t完成值\t权重\t得分',
    '产出指标\t数量指标\t巡查里程\t≥85公里\t86公里\t20\t20',
    '\t\t修复数量\t≥3000盏次\t3260盏次\t20\t20',
    '\t质量指标\t亮灯率\t≥98%\t98.3%\t20\t20',
  ];

  it('warns when the last row stops before the completion, weight and score cells the rows above fill', () => {
    expect(warningCodes([...lines, '满意度指标\t服务对象满意度\t居民满意度\t≥90%'].join('\n'))).toContain('form_truncated');
  });

  it('does not warn for a whole last row, nor for a short row followed by more of the form', () => {
    expect(warningCodes([...lines, '满意度指标\t服务对象满意度\t居民满意度\t≥90%\t92%\t20\t20'].join('\n'))).not.toContain('form_truncated');
    expect(warningCodes([...lines, '满意度指标\t服务对象满意度\t居民满意度\t≥90%', '填报人：张某某'].join('\n'))).not.toContain('form_truncated');
  });
});
