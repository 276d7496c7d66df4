import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';

const header = '项目支出绩效自评表（2023年度）\n项目名称\t测试项目\n预算执行情况（10分）\t年度预算数（万元）\t年初预算\t调整后预算数\t预算执行数\t预算执行率\t权重\t得分\t原因\n';
const indicators = '绩效指标（90分）\t一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t完成值\t权重\t得分\t未完成原因分析\n\t产出指标\t数量指标\t采购数量\t=\t1\t台\t1\t90\t90\t\n';

describe('self-evaluation budget row', () => {
  it.each([
    ['aligned under its captions', '\t总额\t0.00\t3.36\t3.36\t100.00%\t10\t10\t无\n'],
    ['with the merged section cell dropped', '总额\t0.00\t3.36\t3.36\t100.00%\t10\t10\t无\n'],
  ])('reads the 总额 row %s', (_name, row) => {
    const doc = importText(header + row + indicators, 't.txt');
    const form = doc.forms[0]!;
    expect(form.kind).toBe('project_self_evaluation');
    if (form.kind !== 'project_self_evaluation') return;
    expect(form.budget).toMatchObject({ initial_wan: 0, adjusted_wan: 3.36, executed_wan: 3.36, execution_rate: 100, weight: 10, score: 10 });
  });
});

describe('self-evaluation budget grid with its caption cell merged down', () => {
  it.each([
    ['the caption cell left out of the figures row (one cell a line)', '资金情况（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n360.00\t380.00\t371.26\t10\t97.70%\t9.77\n'],
    ['the caption cell kept empty', '资金情况（万元）\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n\t360.00\t380.00\t371.26\t10\t97.70%\t9.77\n'],
  ])('reads %s', (_name, rows) => {
    const doc = importText('项目支出绩效自评表（2024年度）\n项目名称\t测试项目\n' + rows + indicators, 't.txt');
    const form = doc.forms[0]!;
    if (form.kind !== 'project_self_evaluation') throw new Error(form.kind);
    expect(form.budget).toMatchObject({ initial_wan: 360, adjusted_wan: 380, executed_wan: 371.26, execution_rate: 97.7, weight: 10, score: 9.77 });
  });
});

describe('self-evaluation budget copied one cell a line, the caption cell merged down', () => {
  it('reads the figures under the captions though no row label comes before them', () => {
    const text = ['项目支出绩效自评表（2024年度）', '项目名称', '测试项目', '项目负责人', '赵某', '联系电话', '0755-83216688',
      '资金情况', '（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', '520.00', '520.00', '508.56', '10', '97.80%', '9.78',
      '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '产出指标', '数量指标', '新增站点', '≥40个', '42个', '90', '90'].join('\n');
    const form = importText(text, 'c.txt').forms[0]!;
    if (form.kind !== 'project_self_evaluation') throw new Error(form.kind);
    expect(form.budget).toMatchObject({ initial_wan: 520, adjusted_wan: 520, executed_wan: 508.56, execution_rate: 97.8, weight: 10, score: 9.78 });
    expect(form.indicators.map((i) => [i.name, i.target, i.actual, i.score])).toEqual([['新增站点', '40', '42个', 90]]);
  });
});

describe('self-evaluation budget written as one row of captions and values', () => {
  it.each([
    ['caption：value cells', '项目资金\t全年预算数：312.00\t全年执行数：305.76\t分值：10\t执行率：98.00%\t得分：9.8\n'],
    ['each caption followed by its value', '项目资金\t全年预算数\t312.00\t全年执行数\t305.76\t分值\t10\t执行率\t98.00%\t得分\t9.8\n'],
  ])('reads %s', (_name, row) => {
    const doc = importText('项目支出绩效自评表（2024年度）\n项目名称\t测试项目\n' + row + indicators, 't.txt');
    const form = doc.forms[0]!;
    if (form.kind !== 'project_self_evaluation') throw new Error(form.kind);
    expect(form.budget).toMatchObject({ initial_wan: null, adjusted_wan: 312, executed_wan: 305.76, execution_rate: 98, weight: 10, score: 9.8 });
  });
});

describe('self-evaluation budget written as a sentence', () => {
  const sentence = '项目年初预算数120万元，全年预算数150万元，全年执行数138.6万元，执行率92.4%，得分9.24分。';
  it.each([
    ['a paragraph under a heading', `一、预算执行情况\n${sentence}\n`, null],
    ['one cell beside its caption', `预算执行情况\t${sentence.replace('，得分', '，该项分值10分，得分')}\n`, 10],
    ['as caption：value pairs set apart by ；', `${sentence.replace(/数(?=\d)|率(?=\d)|分(?=\d)/g, (w) => `${w}：`).replace(/，/g, '；')}\n`, null],
    ['with shortened captions after a bullet', '▲ 预算执行：年初预算120万元，全年预算150万元，全年执行138.6万元，预算执行率92.4%，得分9.24分。\n', null],
    ['in full-width digits', `${sentence.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d))).replace(/\./g, '．')}\n`, null],
  ])('reads %s', (_name, text, weight) => {
    const doc = importText('项目支出绩效自评表（2024年度）\n项目名称：测试项目\n' + text + indicators, 't.txt');
    const form = doc.forms[0]!;
    if (form.kind !== 'project_self_evaluation') throw new Error(form.kind);
    expect(form.budget).toMatchObject({ initial_wan: 120, adjusted_wan: 150, executed_wan: 138.6, execution_rate: 92.4, weight, score: 9.24 });
  });

  it.each([
    ['one sum in passing', '本年度项目预算数120万元，主要用于设备采购。\n'],
    ['a goal cell that tells the money', `年度总体目标\t全年预算数150万元，全年执行数138.6万元，执行率92.4%，完成设备采购。\n`],
  ])('leaves %s alone', (_name, text) => {
    const doc = importText('项目支出绩效自评表（2024年度）\n项目名称：测试项目\n' + text + indicators, 't.txt');
    const form = doc.forms[0]!;
    if (form.kind !== 'project_self_evaluation') throw new Error(form.kind);
    expect(form.budget).toBeNull();
  });
});
