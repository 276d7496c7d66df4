import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';

// Layouts of corpus documents 758–761: markdown the converters of 2024–2026 write of published forms —
// MinerU (HTML tables, LaTeX signs, image lines), markitdown (a docx's lost rowspans, an xlsx read by pandas:
// `## Sheet1`, `Unnamed: N` captions, `NaN` cells) and docling (merged cells' text repeated, `<!-- image -->`).

const rows = (cells: string[][]) => cells.map((r) => `| ${r.join(' | ')} |`).join('\n');

describe('a sheet markitdown read with pandas', () => {
  const sheet = (rate: string) => `## Sheet1\n${rows([
    ['2026年项目支出绩效目标表', 'Unnamed: 1', 'Unnamed: 2', 'Unnamed: 3', 'Unnamed: 4', 'Unnamed: 5'],
    ['---', '---', '---', '---', '---', '---'],
    ['项目名称', '食品安全抽检监测专项', 'NaN', 'NaN', 'NaN', 'NaN'],
    ['一级指标', '二级指标', '三级指标', '指标值', '度量单位', '权重'],
    ['产出指标', '数量指标', '食品安全监督抽检批次', '≥1200', '批次', '20'],
    ['NaN', '质量指标', '抽检样品检验报告准确率', '100', '%', '20'],
    ['效益指标', '社会效益指标', rate, '1', '%', '15'],
    ['NaN', 'NaN', '食品抽检问题发现率', '0.5', '%', '15'],
  ])}`;

  it('reads NaN as an empty cell, so merged levels fill down', () => {
    const form = importText(sheet('问题食品控制处置率'), 'a.md').forms[0]!;
    expect(form.indicators.map((r) => [r.level1, r.level2, r.name])).toEqual([
      ['产出指标', '数量指标', '食品安全监督抽检批次'],
      ['产出指标', '质量指标', '抽检样品检验报告准确率'],
      ['效益指标', '社会效益指标', '问题食品控制处置率'],
      ['效益指标', '社会效益指标', '食品抽检问题发现率'],
    ]);
  });

  it('reads a handling rate’s 1 in a % column as the 100% its cell held; a low rate keeps its figure', () => {
    const form = importText(sheet('投诉举报处理率'), 'a.md').forms[0]!;
    expect(form.indicators.map((r) => [r.target, r.unit])).toEqual([['1200', '批次'], ['100', '%'], ['100', '%'], ['0.5', '%']]);
  });

  it('keeps a NaN that is part of a longer text', () => {
    const form = importText(`项目名称：NaN检测平台运维\n${rows([['三级指标', '指标值'], ['---', '---'], ['NaN值校验通过率', '≥99%']])}`, 'a.md').forms[0]!;
    expect(form.indicators.map((r) => r.name)).toEqual(['NaN值校验通过率']);
  });
});

describe('MinerU markdown of a PDF', () => {
  const doc = [
    '![](images/5b0d4c2e8f1a.jpg)',
    '项目名称：高标准农田建设项目',
    '<table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>',
    '<tr><td rowspan="3">产出指标</td><td>数量指标</td><td>新建高标准农田面积</td><td> $\\geq 1 . 2$ 万亩</td></tr>',
    '<tr><td>质量指标</td><td>工程验收合格率</td><td> $1 0 0 \\%$ </td></tr>',
    '<tr><td>成本指标</td><td>亩均建设成本</td><td> $\\leq 3 0 0 0$ 元/亩</td></tr></table>',
  ].join('\n');

  it('reads LaTeX signs and figures as the text the PDF printed', () => {
    const form = importText(doc, 'a.md').forms[0]!;
    expect(form.indicators.map((r) => [r.comparator, r.target, r.unit])).toEqual([['>=', '1.2', '万亩'], ['=', '100', '%'], ['<=', '3000', '元/亩']]);
  });
});

describe('markitdown markdown of a .docx', () => {
  it('leaves a picture beside a label’s value out of the value', () => {
    const text = `填报单位（盖章）：某某县职业技能培训中心 ![](data:image/png;base64...)\n${rows([
      ['项目名称', '乡村振兴人才培训项目'], ['---', '---'], ['三级指标', '指标值'], ['培训人次', '≥1200人次'],
    ])}`;
    const form = importText(text, 'a.md').forms[0] as unknown as Record<string, unknown>;
    expect([form.org, form.project_name]).toEqual(['某某县职业技能培训中心', '乡村振兴人才培训项目']);
  });
});
