import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';

// Layouts of corpus documents 632–637: batches of 项目支出绩效目标表, one converted to markdown with every printed
// line of a cell cut into a table row of its own (a name wrapped in its cell becomes a row under it).

const pipeTable = (rows: string[][]) => [
  `| ${rows[0]!.join(' | ')} |`,
  `|${rows[0]!.map(() => '---').join('|')}|`,
  ...rows.slice(1).map((r) => `| ${r.join(' | ')} |`),
].join('\n');

const indicators = [
  ['一级指标', '二级指标', '三级指标', '指标值', '权重'],
  ['产出指标', '数量指标', '职业健康检查人次', '≥2000人次', '40'],
  ['满意度指标', '服务对象满意度指标', '受检人员满意度', '≥90%', '60'],
];

const fields = (form: unknown) => form as Record<string, unknown>;
// The label rows given, then the indicator table, in one pipe table under a bold title.
const readForm = (labelRows: string[][]) =>
  fields(importText(`**2025年项目支出绩效目标表**\n\n${pipeTable([...labelRows, ...indicators])}`, 'a.md').forms[0]);

describe('a name wrapped onto a table row of its own', () => {
  it('joins the rest of a project name written under it, the label cell blank', () => {
    const form = readForm([
      ['项目名称', '基本公共卫生服务', '', '', ''],
      ['', '补助资金', '', '', ''],
      ['主管部门', '某某县卫生健康局', '实施单位', '某某县疾病预防控制中心', ''],
      ['年度目标', '为辖区常住居民提供基本公共卫生服务。', '', '', ''],
    ]);
    expect(form.project_name).toBe('基本公共卫生服务补助资金');
    expect(form.department).toBe('某某县卫生健康局');
    expect(form.goal).toBe('为辖区常住居民提供基本公共卫生服务。');
  });

  it('joins each unit name wrapped under its own column', () => {
    const form = readForm([
      ['项目名称', '职业病防治', '', '', ''],
      ['主管部门', '某某县卫生', '实施单位', '某某县疾病预防', ''],
      ['', '健康局', '', '控制中心', ''],
    ]);
    expect([form.department, form.org]).toEqual(['某某县卫生健康局', '某某县疾病预防控制中心']);
  });

  it('leaves a sentence under the name to the field it belongs to', () => {
    const form = readForm([
      ['项目名称', '职业病防治', '', '', ''],
      ['', '开展重点职业病监测，完成职业健康检查2000人次。', '', '', ''],
      ['主管部门', '某某县卫生健康局', '', '', ''],
    ]);
    expect(form.project_name).toBe('职业病防治');
    expect(form.goal).toBe('开展重点职业病监测，完成职业健康检查2000人次。');
  });

  it('leaves a caption or an amount under the name as a row of its own', () => {
    const form = readForm([
      ['项目名称', '职业病防治', '', '', ''],
      ['', '年度资金总额', '18.60', '', ''],
      ['', '其中：财政拨款', '18.60', '', ''],
    ]);
    expect([form.project_name, form.budget_total_wan, form.budget_fiscal_wan]).toEqual(['职业病防治', 18.6, 18.6]);
  });
});

describe('a batch holding the same project twice', () => {
  it('keeps two forms, each with the year its own title states', () => {
    const form = (year: number, amount: string) => [
      `项目支出绩效目标表（${year}年度）`,
      '项目名称：中小河流治理',
      `项目资金：年度资金总额${amount}万元，其中：财政拨款${amount}万元`,
      '一级指标\t二级指标\t三级指标\t指标值\t权重',
      '产出指标\t数量指标\t治理河道长度\t≥4.2公里\t100',
    ].join('\n');
    const forms = importText(`${form(2026, '1,200.00')}\n\n${form(2025, '460.00')}`, 'a.txt').forms.map(fields);
    expect(forms.map((f) => [f.project_name, f.fiscal_year, f.budget_total_wan])).toEqual([['中小河流治理', 2026, 1200], ['中小河流治理', 2025, 460]]);
  });
});
