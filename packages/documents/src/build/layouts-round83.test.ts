import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../import/import-file';

// Layouts of corpus documents 736–739: spreadsheets finance offices compile — a unit's sheet holding its
// 部门整体 form and then its projects, a target form and its self-evaluation side by side with no spacer
// column, a unit list on a 汇总 sheet, and a query's long-format result with NULL cells.

type Loose = Record<string, unknown> & { indicators: Array<Record<string, unknown>> };
const formsOf = (text: string, name: string) => importText(text, name).forms as unknown as Loose[];
const csvForms = async (text: string) => {
  const result = await importFile(new TextEncoder().encode(text), 'a.csv');
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.document.forms as unknown as Loose[];
};

const tr = (...cells: string[]) => `<tr>${cells.map((c) => (c.startsWith('@') ? `<td colspan="${c.slice(1, 2)}">${c.slice(2)}</td>` : `<td>${c}</td>`)).join('')}</tr>`;

const deptForm = [
  tr('@4' + '2026年部门整体绩效目标表'),
  tr('部门（单位）名称', '@3某某县民政局'),
  tr('年度履职目标', '@3保障困难群众基本生活。'),
  tr('一级指标', '二级指标', '三级指标', '指标值'),
  tr('产出指标', '数量指标', '城乡低保保障人数', '≥6800人'),
];
const projectForm = (name: string, units: string[] = []) => [
  tr('@4' + '2026年项目支出绩效目标表'),
  tr('项目名称', name, '项目资金（万元）', '650.00'),
  ...units,
  tr('一级指标', '二级指标', '三级指标', '指标值'),
  tr('产出指标', '数量指标', '特困供养人数', '≥920人'),
];

describe("a unit's sheet: its 部门整体 form, then its projects' forms naming no unit", () => {
  it('gives each project the unit of the 部门整体 form above it in the same table', () => {
    const html = `<table>${[...deptForm, ...projectForm('困难群众救助补助'), ...projectForm('居家养老服务')].join('')}</table>`;
    const forms = formsOf(html, 'a.html');
    expect(forms.map((f) => [f.kind, f.org])).toEqual([
      ['department_target', '某某县民政局'],
      ['project_target', '某某县民政局'],
      ['project_target', '某某县民政局'],
    ]);
  });

  it('leaves a project that names its own 主管部门 or 实施单位 as it reads', () => {
    const html = `<table>${[...deptForm, ...projectForm('困难群众救助补助', [tr('主管部门', '某某县财政局', '实施单位', '')])].join('')}</table>`;
    const forms = formsOf(html, 'a.html');
    expect(forms.map((f) => [f.org, f.department])).toEqual([['某某县民政局', null], [null, '某某县财政局']]);
  });

  it('gives nothing to a project form in another table (another sheet)', () => {
    const html = `<table>${deptForm.join('')}</table><p>附件2</p><table>${projectForm('困难群众救助补助').join('')}</table>`;
    const forms = formsOf(html, 'a.html');
    expect(forms.map((f) => f.org)).toEqual(['某某县民政局', null]);
  });
});

describe('a list of units on a 汇总 sheet', () => {
  it('is no form', () => {
    const html = `<h3>2026年县直部门整体及项目绩效目标汇总表</h3><table>${[
      tr('序号', '单位名称', '部门预算总额（万元）', '项目个数'),
      tr('1', '某某县民政局', '1,286.40', '2'),
      tr('2', '某某县水利局', '2,354.00', '1'),
    ].join('')}</table>`;
    expect(formsOf(html, 'a.html')).toEqual([]);
  });

  it('still reads a form whose label row names its unit over indicator rows', () => {
    const html = `<table>${[...deptForm.slice(0, 1), tr('单位名称', '某某县民政局', '编制日期', '2026年1月'), ...deptForm.slice(2)].join('')}</table>`;
    const forms = formsOf(html, 'a.html');
    expect(forms.map((f) => [f.org, f.indicators.length])).toEqual([['某某县民政局', 1]]);
  });
});

describe('a target form and its self-evaluation side by side, no spacer column', () => {
  const row = (left: string[], right: string[]) => `<tr>${[...left, ...right].map((c) => (c.startsWith('@') ? `<td colspan="${c.slice(1, 2)}">${c.slice(2)}</td>` : `<td>${c}</td>`)).join('')}</tr>`;
  const sheet = (leftTitle: string, rightTitle: string) => `<table>${[
    row(['@4' + leftTitle], ['@5' + rightTitle]),
    row(['项目名称', '@3公厕提升改造'], ['项目名称', '@4公厕提升改造']),
    row(['一级指标', '二级指标', '三级指标', '指标值'], ['年度总体目标', '@4新建公厕18座。']),
    row(['产出指标', '数量指标', '新建公厕数量', '≥18座'], ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值']),
    row(['满意度指标', '满意度指标', '市民满意度', '≥90%'], ['产出指标', '数量指标', '新建公厕数量', '≥18座', '18座']),
  ].join('')}</table>`;

  it('splits them at the column edge no cell crosses, the left first', () => {
    const forms = formsOf(sheet('2025年项目支出绩效目标表', '2025年项目支出绩效自评表'), 'a.html');
    expect(forms.map((f) => [f.kind, f.project_name, f.indicators.map((r) => [r.name, r.target, r.actual])])).toEqual([
      ['project_target', '公厕提升改造', [['新建公厕数量', '18', null], ['市民满意度', '90', null]]],
      ['project_self_evaluation', '公厕提升改造', [['新建公厕数量', '18', '18座']]],
    ]);
  });

  it('keeps one wide table whose right part opens with no title of its own', () => {
    const forms = formsOf(sheet('2025年项目支出绩效目标表', '附：对照说明'), 'a.html');
    expect(forms).toHaveLength(1);
  });
});

describe("a query's long-format result", () => {
  const csv = [
    '预算年度,单位名称,项目名称,年度预算（万元）,一级指标,二级指标,三级指标,指标性质,指标值,计量单位,权重,指标值说明',
    '2026,某某县农业农村局,农田管护,186.50,产出指标,数量指标,管护面积,≥,8.6,万亩,25.00,NULL',
    '2026,某某县农业农村局,人居环境整治,420.00,效益指标,生态效益指标,村庄环境面貌,定性,明显改善,NULL,20.00,(null)',
    '2026,某某县农业农村局,动物防疫物资储备,35.00,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL',
  ].join('\n');

  it('reads NULL cells as empty and gives no form for a project without indicators', async () => {
    const forms = await csvForms(csv);
    expect(forms.map((f) => [f.project_name, f.org, f.budget_total_wan])).toEqual([
      ['农田管护', '某某县农业农村局', 186.5],
      ['人居环境整治', '某某县农业农村局', 420],
    ]);
    expect(forms.flatMap((f) => f.indicators.map((r) => [r.name, r.unit, r.description]))).toEqual([
      ['管护面积', '万亩', null],
      ['村庄环境面貌', null, null],
    ]);
  });

  it('keeps NULL inside a longer text and an export note under the table', async () => {
    const text = `${csv.split('\n').slice(0, 2).join('\n').replace('管护面积', 'NULL值清理')}\n导出时间：2026-01-05,,,,,,,,,,,`;
    const forms = await csvForms(text);
    expect(forms.map((f) => f.indicators.map((r) => r.name))).toEqual([['NULL值清理']]);
  });
});
