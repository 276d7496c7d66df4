import { describe, expect, it } from 'vitest';
import { importFile } from '../import/import-file';
import { gridToDocx, gridToXlsx, parseGridSource } from '../import/testing/grid-binaries';
import { yearOf } from './normalize-label';

// Layouts of corpus documents 539–544: a scan's text layer with digits set apart and a seal's words over the
// table, a workbook whose second sheet is Excel's copy of the first (`名称 (2)`), 小计 rows among the
// 年度主要任务, and a system's tree export numbering every node 1 / 1.1 / 1.1.1.

async function formsOf(bytes: Uint8Array, name: string) {
  const result = await importFile(bytes, name);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.document.forms as unknown as Array<Record<string, unknown> & { indicators: Array<Record<string, unknown>> }>;
}

const encode = (text: string) => new TextEncoder().encode(text);

describe('yearOf', () => {
  it.each([
    { text: '（ ２ ０ ２ ５ 年度）', want: 2025 },
    { text: '（2 0 2 6年）', want: 2026 },
    { text: '2025年度', want: 2025 },
    // Spaced digits that make no year stay none.
    { text: '（ １ ２ 个月）', want: null },
  ])('$text', ({ text, want }) => expect(yearOf(text)).toBe(want));
});

describe('a scan text layer: seal words over the table, digits set apart', () => {
  const pad = (cells: string[], cols: number[]) =>
    cells.reduce((line, c, i) => `${line.padEnd(Math.max(cols[i]!, line.length + (line ? 3 : 0)))}${c}`, '');
  const cols = [0, 12, 26, 44, 60, 76, 84];
  const text = [
    '              项目支出绩效自评表',
    '               （ ２ ０ ２ ５ 年度）',
    pad(['项目名称', '乡村学校饮水设备维护'], [0, 12]),
    pad(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'], cols),
    pad(['产出指标', '数量指标', '维护设备台数', '≥ １ ２ ０ 台', '１ ２ ６ 台', '５ ０', '５ ０'], cols),
    pad(['已审核', '（盖章）'], [62, 72]),
    pad(['满意度指标', '满意度指标', '师生满意度', '≥ ９ ０ %', '９ ３ %', '５ ０', '５ ０'], cols),
  ].join('\n');

  it('reads the year, makes no row of the seal and joins the spaced digits', async () => {
    const [form] = await formsOf(encode(text), '自评表.txt');
    expect(form!.fiscal_year).toBe(2025);
    expect(form!.indicators.map((r) => [r.name, r.target, r.actual, r.weight, r.score])).toEqual([
      ['维护设备台数', '120', '126台', 50, 50],
      ['师生满意度', '90', '93%', 50, 50],
    ]);
  });
});

describe('a workbook whose second sheet is Excel’s copy of the first', () => {
  const sheet = (title: string, value: string) => [
    [title, '<', '<', '<'],
    ['主管部门', '某某县林业局', '<', '<'],
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '护林员巡护天数', value],
  ].map((r) => r.join('\t')).join('\n');

  it.each([
    { copy: '森林防火巡护 (2)', want: '森林防火巡护' },
    // Brackets that are part of a name are kept.
    { copy: '森林防火巡护（二期）', want: '森林防火巡护（二期）' },
  ])('$copy', async ({ copy, want }) => {
    const src = `=== sheet: 森林防火巡护\n${sheet('2026年项目支出绩效目标表', '≥300天')}\n\n=== sheet: ${copy}\n${sheet('2027年项目支出绩效目标表', '≥310天')}`;
    const forms = await formsOf(await gridToXlsx(parseGridSource(src)), '巡护.xlsx');
    expect(forms.map((f) => f.project_name)).toEqual(['森林防火巡护', want]);
  });
});

describe('年度主要任务 with 小计 rows between groups of tasks', () => {
  it('skips each subtotal and keeps reading the tasks below it', async () => {
    const src = [
      '2026年度部门整体绩效目标申报表',
      ['部门名称', '某某县文化馆', '<', '<'],
      ['年度主要任务', '任务名称', '主要内容', '预算金额'],
      ['^', '群众文化活动', '举办广场文艺演出', '40.00'],
      ['^', '小计', '', '40.00'],
      ['^', '非遗保护', '开展非遗项目记录', '25.00'],
      ['^', '小计', '', '25.00'],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '演出场次', '≥30场'],
    ].map((r) => (Array.isArray(r) ? r.join('\t') : r)).join('\n');
    const [form] = await formsOf(await gridToDocx(parseGridSource(src)), '整体目标.docx');
    expect(form!.tasks).toEqual([
      { name: '群众文化活动', content: '举办广场文艺演出', budget_wan: 40 },
      { name: '非遗保护', content: '开展非遗项目记录', budget_wan: 25 },
    ]);
  });
});

describe('a tree export numbering every node in a code column', () => {
  const tsv = [
    '2025年度部门整体支出绩效自评表',
    '指标编码\t指标名称\t分值\t年度指标值\t实际完成值\t自评得分',
    '1\t产出指标\t60\t\t\t',
    '1.1\t数量指标\t60\t\t\t',
    '1.1.1\t图书借阅人次\t60\t≥5万人次\t5.4万人次\t60',
    '2\t满意度指标\t40\t\t\t',
    '2.1\t服务对象满意度指标\t40\t\t\t',
    '2.1.1\t读者满意度\t40\t≥90%\t94%\t40',
  ].join('\n');

  it('reads the inner nodes as the levels of the leaves', async () => {
    const [form] = await formsOf(encode(tsv), '自评.tsv');
    expect(form!.indicators.map((r) => [r.level1, r.level2, r.name, r.weight, r.score])).toEqual([
      ['产出指标', '数量指标', '图书借阅人次', 60, 60],
      ['满意度指标', '服务对象满意度指标', '读者满意度', 40, 40],
    ]);
  });
});
