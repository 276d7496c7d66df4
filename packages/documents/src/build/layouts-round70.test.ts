import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { stripStruckText } from '../text/struck-text';
import { fitScore } from './align-row';
import { revisedValue } from './revised-value';

// Layouts of corpus documents 674–679: revised drafts (修改稿 / 审核稿 / 批复稿) with struck-out text beside the new
// values, values written as their change, reviewers' remarks inside cells and a 审核意见 / 修改说明 column.

describe('a value cell written as its change, or carrying a reviewer remark', () => {
  it.each([
    ['原25TB，调整为20TB', '20TB'],
    ['原定≥90%，现调整为≥95%', '≥95%'],
    ['由5,200户调整为4,100户', '4,100户'],
    ['由95%改为≥98%', '≥98%'],
    ['原定2025年10月底前，现调整为2025年9月底前', '2025年9月底前'],
    ['2025年9月底前（原定2025年10月底前）', '2025年9月底前'],
    ['≥42万册次【财政局：请说明测算依据】', '≥42万册次'],
    ['2025年4月底前【审核：按批复时间顺延】', '2025年4月底前'],
    ['2025年9月底前 注：以验收报告日期为准', '2025年9月底前'],
    ['78.5%\n注：部分工种考评延至次年', '78.5%'],
  ])('%s → %s', (cell, value) => {
    expect(revisedValue(cell)).toBe(value);
  });

  it.each([
    ['words on both sides: a target of its own', '由人工巡查改为智能监控'],
    ['a unit in black brackets', '2【次】'],
    ['a remark that names no old value', '≥95%（原则上不低于上年）'],
    ['a plain value', '≥95%'],
    ['a note alone', '注：以验收为准'],
  ])('keeps %s', (_what, cell) => {
    expect(revisedValue(cell)).toBe(cell);
  });

  it('fits the value column by the value it now holds, not by its length', () => {
    expect(fitScore('2025年9月底前 注：以验收报告日期为准', 'value')).toBeGreaterThanOrEqual(2.5);
    expect(fitScore('在全县范围内开展农村人居环境整治宣传活动并建立长效机制', 'value')).toBeLessThan(0.3);
  });
});

describe('struck text in a page or in markdown', () => {
  it.each([
    ['<s>', '<td>≥<s>85</s> 90%</td>'],
    ['<del>', '<td>≥<del>85</del> 90%</td>'],
    ['<strike>', '<td>≥<strike>85</strike> 90%</td>'],
    ['an inline line-through', '<td>≥<span style="color:red;text-decoration:line-through">85</span>90%</td>'],
    ['a class the style sheet strikes', '<td>≥<span class="old">85</span> 90%</td>'],
  ])('drops %s', (_what, cell) => {
    const html = `<style>.old { text-decoration: line-through; color: #c00 }</style><table><tr><td>一级指标</td><td>三级指标</td><td>指标值</td></tr><tr><td>满意度指标</td><td>群众满意度</td>${cell}</tr></table>`;
    const row = importText(`<p>项目名称：某某项目</p>${html}`, 'a.html').forms[0]!.indicators[0]!;
    expect([row.comparator, row.target, row.unit]).toEqual(['>=', '90', '%']);
  });

  it('empties a cell struck whole and keeps the table\'s columns', () => {
    expect(stripStruckText('<tr><td style="text-decoration: line-through">旧指标</td><td>≥5</td></tr>')).toBe('<tr><td style="text-decoration: line-through"></td><td>≥5</td></tr>');
  });

  it('keeps underlined, bold and superscript text, and line breaks inside struck text', () => {
    const html = '<p><span style="text-decoration:underline">下划线</span><strong>粗体</strong><sup>1</sup><s>旧\n文字</s></p>';
    expect(stripStruckText(html)).toBe('<p><span style="text-decoration:underline">下划线</span><strong>粗体</strong><sup>1</sup>\n</p>');
  });

  it.each([
    ['~~200~~ 180场', ' 180场'],
    ['≥~~1.2~~ 1.1万元', '≥ 1.1万元'],
    ['3~5次', '3~5次'],
    ['90%~~ 95%', '90%~~ 95%'],
    ['~~~', '~~~'],
  ])('markdown %s', (text, out) => {
    expect(stripStruckText(text)).toBe(out);
  });
});

describe('a review column and a row struck out whole', () => {
  const table = (note: string) => [
    '2025年度项目支出绩效目标表（审核稿）',
    '项目名称：某某项目',
    '一级指标\t二级指标\t三级指标\t指标值\t审核意见',
    '产出指标\t数量指标\t培训人次\t≥4000人次\t同意',
    `\t\t\t\t${note}`,
    '\t质量指标\t取证率\t≥80%\t',
  ].join('\n');

  it('reads no field from 审核意见 and reports the struck row as deleted, not as a lost row', () => {
    const doc = importText(table('与部门职责不符，删除'), 'a.txt');
    expect(doc.forms[0]!.indicators.map((r) => [r.name, r.description, r.reason])).toEqual([['培训人次', null, null], ['取证率', null, null]]);
    expect(doc.warnings.map((w) => w.code)).toEqual(['indicator_deleted']);
  });

  it('still reports a row whose remark does not say it is deleted', () => {
    const doc = importText(table('请补充指标名称'), 'a.txt');
    expect(doc.warnings.map((w) => w.code)).toEqual(['row_without_name']);
  });
});
