import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../import/import-file';
import { wrapEml } from '../import/testing/encode-text';
import { gridToXlsx, parseGridSource } from '../import/testing/grid-binaries';

// Layouts of corpus documents 521–526: a saved e-mail, label：amount lines in a labelled cell, a year label, and a
// workbook whose sheets are named for their projects.

const TABLE = [
  '<p>某某县2025年项目支出绩效目标表</p>',
  '<table><tr><td>项目名称</td><td colspan="2">乡镇文化站免费开放</td></tr>',
  '<tr><td>一级指标</td><td>三级指标</td><td>指标值</td></tr>',
  '<tr><td>产出指标</td><td>开展公益文化活动</td><td>≥48场</td></tr>',
  '<tr><td>满意度指标</td><td>群众满意度</td><td>≥90%</td></tr></table>',
].join('');
const PLAIN = '某某县2025年项目支出绩效目标表\n项目名称\t乡镇文化站免费开放\n一级指标\t三级指标\t指标值\n产出指标\t开展公益文化活动\t≥48场\n满意度指标\t群众满意度\t≥90%\n';
const HEAD = 'From: 办公室 <bgs@example.gov.cn>\nSubject: 转发：绩效目标表\n';

describe('a saved e-mail (.eml)', () => {
  it.each([
    ['plain and HTML alternatives (the form is read once, from the HTML)', `${HEAD}=== part: text/plain\n${PLAIN}=== part: text/html\n<html><body><blockquote>${TABLE}</blockquote></body></html>\n`, 'gbk'],
    ['a plain-text mail only', `${HEAD}=== part: text/plain\n${PLAIN}`, 'utf-8'],
  ] as const)('%s', async (_name, source, encoding) => {
    const result = await importFile(wrapEml(source, encoding), '转发：绩效目标表.eml');
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
    expect(result.document.forms.map((f) => [f.kind, 'project_name' in f ? f.project_name : null, f.indicators.map((i) => i.name)])).toEqual([
      ['project_target', '乡镇文化站免费开放', ['开展公益文化活动', '群众满意度']],
    ]);
  });
});

describe('label：amount lines in the cell of a label', () => {
  it.each([
    ['基本支出：1,280.40<br>项目支出：582.00', { basic_wan: 1280.4, project_wan: 582 }],
    ['项目支出：582.00<br>基本支出：1,280.40', { basic_wan: 1280.4, project_wan: 582 }],
  ])('%s fills each field', async (cell, structure) => {
    const html = `<p>某某局2025年部门整体绩效目标表</p><table><tr><td>部门名称</td><td>某某局</td></tr><tr><td>支出结构（万元）</td><td>${cell}</td></tr>`
      + '<tr><td>一级指标</td><td>三级指标</td><td>指标值</td></tr><tr><td>产出指标</td><td>办结案件数</td><td>≥120件</td></tr></table>';
    const result = await importFile(new TextEncoder().encode(html), '目标.html');
    if (!result.ok) throw new Error('unreadable');
    expect(result.document.forms[0]).toMatchObject({ kind: 'department_target', structure });
  });
});

describe('a label naming the form\'s year', () => {
  it.each([['自评年度：2024年', 2024], ['预算年度：2025', 2025], ['评价年度: 2023年度', 2023], ['所属年度：2024', 2024]])('%s', (line, year) => {
    const text = ['项目支出绩效自评表', '项目名称：乡村道路养护', line, '一级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分', '产出指标\t养护里程\t≥120公里\t126公里\t100\t100'].join('\n');
    expect(importText(text, 'a.txt').forms[0]?.fiscal_year).toBe(year);
  });
});

const SHEET = (name: string, extra = '') => [
  `=== sheet: ${name}`, extra,
  '2025年项目支出绩效目标表\t<\t<',
  '主管部门\t某某区水利局\t<',
  '一级指标\t三级指标\t指标值',
  '产出指标\t清淤河道长度\t≥12公里',
  '满意度指标\t沿线群众满意度\t≥90%',
].filter((l) => l !== '').join('\n');

describe('a workbook whose sheets are named for their projects', () => {
  it('names each form after its sheet, leaves default names alone and skips a hidden sheet', async () => {
    const source = ['=== sheet: 汇总', '序号\t项目名称\t年度资金总额', '1\t中小河流清淤整治\t120.00', '合计\t<\t120.00',
      SHEET('中小河流清淤整治'), SHEET('Sheet3'), SHEET('项目3'), SHEET('山塘水库除险加固', '=== sheet-state: hidden')].join('\n');
    const result = await importFile(await gridToXlsx(parseGridSource(source)), '项目.xlsx');
    if (!result.ok) throw new Error('unreadable');
    expect(result.document.forms.map((f) => ('project_name' in f ? f.project_name : undefined))).toEqual(['中小河流清淤整治', null, null]);
  });
});
