import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';

// A whole volume (部门预算公开 in one file) opens some forms with a page heading that is no table title:
// after a form's indicator rows, such a heading with its year starts the next form afresh (segment-forms.ts).
const selfEval = `<p>项目支出绩效自评表（2025年度）</p>
<table><tr><td>项目名称</td><td colspan="6">乡镇文化站免费开放</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>年度指标值</td><td>实际完成值</td><td>分值</td><td>得分</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>开展活动场次</td><td>≥260场</td><td>262场</td><td>50</td><td>50</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>群众满意度</td><td>≥90%</td><td>93%</td><td>50</td><td>50</td></tr></table>`;

const targetTable = (name: string) => `<table><tr><td>项目名称</td><td colspan="4">${name}</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td><td>权重</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>培训农民人次</td><td>≥1200人次</td><td>50</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>参训农民满意度</td><td>≥90%</td><td>50</td></tr></table>`;

const kinds = (html: string) => importText(html, 'volume.html').forms.map((f) => [f.kind, 'project_name' in f ? f.project_name : null, f.fiscal_year]);

describe('page headings inside a volume', () => {
  it('a 公示 heading after a self-evaluation opens a target form of its own year', () => {
    expect(kinds(`${selfEval}<h1>某某县2026年高素质农民培育项目绩效目标公示</h1>${targetTable('高素质农民培育')}`)).toEqual([
      ['project_self_evaluation', '乡镇文化站免费开放', 2025],
      ['project_target', '高素质农民培育', 2026],
    ]);
  });

  it('a form generator’s 申报 heading opens a target form of its own year', () => {
    expect(kinds(`${selfEval}<p>2026年项目支出绩效目标申报</p>${targetTable('老年人助餐服务补贴')}`)).toEqual([
      ['project_self_evaluation', '乡镇文化站免费开放', 2025],
      ['project_target', '老年人助餐服务补贴', 2026],
    ]);
  });

  it('a 自评报告 after another form keeps its sections for its own 自评表', () => {
    const report = `<h1>某某县图书馆2025年度项目支出绩效自评报告</h1><p>一、项目基本情况</p><p>资金用于图书采购。</p>
<p>二、自评结论</p><p>经单位自评，本项目自评得分100分，评价等级为“优”。</p>
<p>附件：项目支出绩效自评表</p>${selfEval.replace('<p>项目支出绩效自评表（2025年度）</p>', '').replace('乡镇文化站免费开放', '图书采购')}`;
    const doc = importText(`${targetTable('高素质农民培育').replace('<table>', '<p>2026年项目支出绩效目标表</p><table>')}${report}`, 'volume.html');
    expect(doc.forms.map((f) => f.kind)).toEqual(['project_target', 'project_self_evaluation']);
    const evaluation = doc.forms[1]!;
    expect(evaluation.kind === 'project_self_evaluation' ? evaluation.conclusion : null).toBe('经单位自评，本项目自评得分100分，评价等级为“优”。');
  });

  it('a 自评报告 after another form keeps the total its closing text states, though another form follows', () => {
    const report = `<h1>某某县人社局2024年度部门整体支出绩效自评报告</h1><p>一、部门概况</p>
<table><tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>分值</td><td>年度指标值</td><td>实际完成值</td><td>得分</td></tr>
<tr><td>产出指标</td><td>数量指标</td><td>城镇新增就业人数</td><td>60</td><td>≥3200人</td><td>3415人</td><td>60</td></tr>
<tr><td>满意度指标</td><td>服务对象满意度指标</td><td>群众满意度</td><td>40</td><td>≥90%</td><td>88.4%</td><td>32.5</td></tr></table>
<p>三、自评结论</p><p>我局2024年度部门整体支出综合自评得分92.5分，等级为优。</p>`;
    const doc = importText(`${selfEval}${report}${selfEval.replace('乡镇文化站免费开放', '图书采购')}`, 'volume.html');
    expect(doc.forms.map((f) => [f.kind, 'total_score' in f ? f.total_score : null])).toEqual([
      ['project_self_evaluation', null],
      ['department_self_evaluation', 92.5],
      ['project_self_evaluation', null],
    ]);
  });

  // Guards: a heading before the form's indicator header is the form's own caption; one naming no year opens nothing.
  it('a notice line between a title and its indicator header belongs to that form', () => {
    expect(kinds(`<p>2025年项目支出绩效目标表</p><p>关于2025年高素质农民培育项目绩效目标的公示</p>${targetTable('高素质农民培育')}`)).toEqual([['project_target', '高素质农民培育', 2025]]);
  });

  it('a heading without a year after the rows does not take the next table from the form', () => {
    const doc = importText(`${selfEval}<p>项目绩效目标公示</p>${targetTable('高素质农民培育')}`, 'volume.html');
    // (Its kind then stays the title's, a known limit: the year is what tells a page heading from a line of text.)
    expect(doc.forms.map((f) => f.kind)).toEqual(['project_self_evaluation', 'project_self_evaluation']);
  });
});

describe('a 政府信息公开 catalogue box after a form', () => {
  const catalogue = '<table><tr><td>索引号：</td><td>11xxxx/2025-00318</td><td>发布机构：</td><td>某某县财政局</td></tr><tr><td>发文日期：</td><td>2025-03-06</td><td>主题分类：</td><td>财政、金融、审计</td></tr></table>';
  it('joins no row to the form before it', () => {
    const doc = importText(`${selfEval}${catalogue}<h1>关于2026年农民培育项目绩效目标的公示</h1>${targetTable('高素质农民培育')}`, 'volume.html');
    expect(doc.forms.map((f) => f.indicators.map((r) => r.name))).toEqual([['开展活动场次', '群众满意度'], ['培训农民人次', '参训农民满意度']]);
  });

  // Guard: a form's own label rows (项目名称 | … | 主管部门 | …) are no catalogue, though they pair labels and values too.
  it('keeps a form whose field table pairs labels and values', () => {
    const doc = importText(`<p>2026年项目支出绩效目标表</p><table><tr><td>项目名称：</td><td>农民培育</td><td>主管部门：</td><td>某某县农业农村局</td></tr></table>${targetTable('农民培育')}`, 'volume.html');
    expect(doc.forms.map((f) => [f.kind === 'project_target' ? f.department : null, f.indicators.length])).toEqual([['某某县农业农村局', 2]]);
  });
});
