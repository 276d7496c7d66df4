import { describe, expect, it } from 'vitest';
import type { FormsDocument } from '@jixiao/core';
import { importText } from '../import/import-file';
import { budgetSentenceOf } from './budget-captions';

// Layouts of corpus documents 572–577: indicators over two table rows, a disclosure page of definition
// lists, a score tree with 小计 rows, a portal's form fields over its tables, a report with the budget
// only in prose and a flat export whose budget and indicators both have 分值 | 得分.

type Row = Record<string, unknown>;
const form = (doc: FormsDocument, i = 0) => doc.forms[i] as unknown as Row;
const pick = (doc: FormsDocument, keys: string[], i = 0) => (doc.forms[i]?.indicators ?? []).map((r) => keys.map((k) => (r as unknown as Row)[k]));

describe('each indicator over two table rows (年度指标值 | 分值 over 实际完成值 | 得分)', () => {
  const html = `<p>2025年度项目支出绩效自评表</p><table>
<tr><td rowspan="2">一级指标</td><td rowspan="2">三级指标</td><td>年度指标值</td><td>分值</td><td rowspan="2">偏差原因</td></tr>
<tr><td>实际完成值</td><td>得分</td></tr>
<tr><td rowspan="4">产出指标</td><td rowspan="2">培训人次</td><td>≥300人次</td><td>20</td><td rowspan="2">汛期停训一期</td></tr>
<tr><td>280人次</td><td>18</td></tr>
<tr><td rowspan="2">合格率</td><td>≥90%</td><td>30</td><td rowspan="2"></td></tr>
<tr><td>95%</td><td>30</td></tr>
<tr><td colspan="2" rowspan="2">总分</td><td></td><td>50</td><td rowspan="2"></td></tr>
<tr><td></td><td>48</td></tr>
</table>`;
  it('reads target and weight from the first row, result and score from the second', () => {
    const doc = importText(html, 'a.html');
    expect(pick(doc, ['name', 'comparator', 'target', 'weight', 'actual', 'score', 'reason'])).toEqual([
      ['培训人次', '>=', '300', 20, '280人次', 18, '汛期停训一期'],
      ['合格率', '>=', '90', 30, '95%', 30, null],
    ]);
    expect(form(doc).total_score).toBe(48);
  });
  it('leaves a group caption over two sub-captions (指标值 over 年度指标值 | 实际完成值) a header over two rows', () => {
    const doc = importText(`<p>2025年度项目支出绩效自评表</p><table>
<tr><td rowspan="2">三级指标</td><td colspan="2">指标值</td><td rowspan="2">分值</td></tr>
<tr><td>年度指标值</td><td>实际完成值</td></tr>
<tr><td>培训人次</td><td>≥300人次</td><td>310人次</td><td>20</td></tr>
<tr><td>合格率</td><td>≥90%</td><td>95%</td><td>30</td></tr></table>`, 'b.html');
    expect(pick(doc, ['name', 'target', 'actual', 'weight'])).toEqual([['培训人次', '300', '310人次', 20], ['合格率', '90', '95%', 30]]);
  });
});

describe('a definition list per indicator on a disclosure page', () => {
  const html = `<table><tr><td>索引号：</td><td>001/2026-01</td></tr><tr><td>发布机构：</td><td>某县农业农村局</td></tr></table>
<h1>某县农业农村局2026年耕地保护补贴项目绩效目标</h1>
<dl><dt>项目名称</dt><dd>耕地保护补贴</dd><dt>实施单位</dt><dd>某县农技站</dd></dl>
<dl><dt>一级指标</dt><dd>产出指标</dd><dt>二级指标</dt><dd>数量指标</dd><dt>三级指标</dt><dd>补贴面积</dd><dt>指标值</dt><dd>≥12</dd><dt>计量单位</dt><dd>万亩</dd><dt>权重（%）</dt><dd>40</dd></dl>
<dl><dt>一级指标</dt><dd>满意度指标</dd><dt>二级指标</dt><dd>服务对象满意度指标</dd><dt>三级指标</dt><dd>农户满意度</dd><dt>指标值</dt><dd>≥90</dd><dt>计量单位</dt><dd>%</dd><dt>权重（%）</dt><dd>60</dd></dl>`;
  it('reads each term and description as a label：value line, each list a block', () => {
    const doc = importText(html, 'a.html');
    expect(form(doc).project_name).toBe('耕地保护补贴');
    expect(form(doc).fiscal_year).toBe(2026);
    expect(pick(doc, ['level1', 'name', 'comparator', 'target', 'unit', 'weight'])).toEqual([
      ['产出指标', '补贴面积', '>=', '12', '万亩', 40],
      ['满意度指标', '农户满意度', '>=', '90', '%', 60],
    ]);
  });
});

describe('小计 rows in a score tree', () => {
  it.each([
    ['投入小计', 2],
    ['（一）决策小计', 2],
    ['小计', 2],
  ])('%s closes its group and is no indicator', (label, count) => {
    const tsv = [
      '某局2024年度部门整体支出绩效自评表',
      '一级指标\t三级指标\t分值\t得分',
      '投入\t预算执行率\t10\t9',
      `${label}\t${label}\t10\t9`,
      '产出\t任务完成率\t90\t88',
      '合计\t合计\t100\t97',
    ].join('\n');
    const doc = importText(tsv, 'a.tsv');
    expect(pick(doc, ['level1', 'name', 'weight', 'score']).length).toBe(count);
    expect(form(doc).total_score).toBe(97);
  });
});

describe('a budget sentence giving the row its points as full marks and what it got', () => {
  it.each([
    ['年初预算数120万元，全年预算数135万元，全年执行数128.6万元，预算执行率95.26%，该项满分10分，得9.53分。', { weight: '10', score: '9.53' }],
    ['年初预算数120万元，全年预算数135万元，全年执行数128.6万元，预算执行得分9.5分。', { score: '9.5' }],
  ])('%s', (text, want) => {
    const got = budgetSentenceOf(text)!;
    expect({ weight: got.weight, score: got.score }).toEqual({ weight: undefined, ...want });
  });
});

describe('form fields one a line above a portal page\'s tables', () => {
  it('takes one line for a name field and ends a text at a heading line under its last sentence', () => {
    const text = [
      '2025年度项目支出绩效自评表', '项目名称', '乡村道路养护', '实施单位', '某县公路站', '自评年度', '2025', '预算执行情况',
      '实际完成情况', '全年养护道路120公里。', '绩效指标完成情况',
      '三级指标\t年度指标值\t实际完成值\t分值\t得分', '养护里程\t≥100公里\t120公里\t50\t50', '路况优良率\t≥80%\t85%\t50\t50',
    ].join('\n');
    const doc = importText(text, 'a.txt');
    expect([form(doc).org, form(doc).goal_outcome]).toEqual(['某县公路站', '全年养护道路120公里。']);
  });
});

describe('a flat export with 分值 | 得分 under the budget and again under the indicators', () => {
  it('gives the budget the captions beside its amounts and the indicators their own', () => {
    const tsv = [
      '某市2025年度项目支出绩效自评结果明细表',
      '项目信息\t\t预算执行情况（万元）\t\t\t\t\t\t绩效指标\t\t\t\t\t',
      '项目名称\t实施单位\t年初预算数\t全年预算数\t全年执行数\t执行率\t分值\t得分\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
      '道路养护\t某县公路站\t100\t100\t98\t98%\t10\t9.8\t养护里程\t≥100公里\t120公里\t45\t45',
      '道路养护\t某县公路站\t100\t100\t98\t98%\t10\t9.8\t路况优良率\t≥80%\t79%\t45\t40',
    ].join('\n');
    const doc = importText(tsv, 'a.tsv');
    expect((form(doc).budget as Row).score).toBe(9.8);
    expect(pick(doc, ['name', 'weight', 'score'])).toEqual([['养护里程', 45, 45], ['路况优良率', 45, 40]]);
  });
});
