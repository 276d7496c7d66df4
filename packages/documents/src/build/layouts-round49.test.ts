import { describe, expect, it } from 'vitest';
import { importFile } from '../import/import-file';
import { gridToXlsx, parseGridSource } from '../import/testing/grid-binaries';
import { unfoldWideRecords } from '../text/wide-record-rows';

// Layouts of corpus documents 545–550: a web grid's frozen left table beside its scrolling right table, a tree
// grid whose level rows carry an expand toggle, last year's actuals beside this year's targets, a sheet's error
// values where the total belongs, and an online collection form's export (one row per submission).

async function formsOf(bytes: Uint8Array, name: string) {
  const result = await importFile(bytes, name);
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.document.forms as unknown as Array<Record<string, unknown> & { indicators: Array<Record<string, unknown>> }>;
}

const encode = (text: string) => new TextEncoder().encode(text);
const tr = (cells: string[], tag = 'td') => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;

describe('a frozen left table and a scrolling right table', () => {
  const left = [['一级指标', '二级指标', '三级指标'], ['产出指标', '数量指标', '巡查河道里程'], ['产出指标', '质量指标', '问题整改率'], ['满意度指标', '服务对象满意度指标', '沿岸居民满意度']];
  const right = [['年度指标值', '实际完成值', '分值', '得分'], ['≥300公里', '312公里', '40', '40'], ['≥95%', '97%', '30', '30'], ['≥85%', '88%', '30', '30']];
  const page = (rightRows: string[][]) => [
    '<h3>2025年度项目支出绩效自评表</h3><table border="1"><tr><td>项目名称</td><td>河道日常巡查</td></tr></table>',
    `<div class="wrap"><div class="fixed"><table>${left.map((r, i) => tr(r, i === 0 ? 'th' : 'td')).join('')}</table></div>`,
    `<div class="scroll"><table>${rightRows.map((r, i) => tr(r, i === 0 ? 'th' : 'td')).join('')}</table></div></div>`,
  ].join('\n');

  it.each([
    { title: 'rows joined by index', rows: right, want: [['巡查河道里程', '300', '312公里', 40], ['问题整改率', '95', '97%', 30], ['沿岸居民满意度', '85', '88%', 30]] },
  ])('$title', async ({ rows, want }) => {
    const [form] = await formsOf(encode(page(rows)), 'grid.html');
    expect(form!.indicators.map((i) => [i.name, i.target, i.actual, i.score])).toEqual(want);
    expect(form!.indicators[0]!.level1).toBe('产出指标');
  });
});

describe('a tree grid: level rows behind an expand toggle', () => {
  const rows = [
    ['指标名称', '分值', '年度指标值', '实际完成值', '自评得分'],
    ['▾产出指标', '60', '', '', '60'],
    ['▸ 数量指标', '60', '', '', '60'],
    ['开展普法讲座场次', '60', '≥24场', '26场', '60'],
    ['⊟ 满意度指标', '40', '', '', '38'],
    ['▼服务对象满意度指标', '40', '', '', '38'],
    ['群众满意度', '40', '≥90%', '86%', '38'],
  ];
  const html = `<h2>部门整体支出绩效自评表</h2><p>部门名称：某某县司法局</p><table>${rows.map((r) => tr(r)).join('')}</table>`;

  it('reads the toggled rows as levels, not indicators', async () => {
    const [form] = await formsOf(encode(html), 'tree.html');
    expect(form!.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
      ['产出指标', '数量指标', '开展普法讲座场次'],
      ['满意度指标', '服务对象满意度指标', '群众满意度'],
    ]);
  });
});

describe('a year-captioned figures column', () => {
  const md = (title: string, cols: [string, string]) => [
    `# ${title}`,
    '',
    '| 项目名称 | 社区图书室运营 |',
    '|---|---|',
    '',
    `| 一级指标 | 二级指标 | 三级指标 | ${cols[0]} | ${cols[1]} | 权重 |`,
    '|---|---|---|---|---|---|',
    '| 产出指标 | 数量指标 | 图书借阅人次 | 1.2万人次 | ≥1.5万人次 | 60 |',
    '| 满意度指标 | 服务对象满意度指标 | 读者满意度 | 91% | ≥92% | 40 |',
  ].join('\n');

  it.each([
    // An earlier year's actuals beside the form's year's targets fill nothing.
    { title: '2026年项目支出绩效目标表', cols: ['2025年实际完成值', '2026年目标值'] as [string, string], want: [['1.5', null], ['92', null]] },
  ])('$cols', async ({ title, cols, want }) => {
    const [form] = await formsOf(encode(md(title, cols)), 'years.md');
    expect(form!.indicators.map((i) => [i.target, i.actual])).toEqual(want);
  });
});

describe('a spreadsheet error where the total belongs', () => {
  const grid = [
    '2025年度项目支出绩效自评表\t<\t<\t<\t<\t<',
    '项目名称\t公共法律服务站运行\t<\t<\t<\t<',
    '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
    '产出指标\t数量指标\t法律咨询接待人次\t≥800人次\t856人次\t50\t=F4→50',
    '满意度指标\t服务对象满意度指标\t来访群众满意度\t≥90%\t93%\t50\t=#REF!→#REF!',
    '总分\t<\t<\t<\t<\t=SUM(F4:F5)→100\t=SUM(G4:G5)→#REF!',
  ].join('\n');

  it('leaves the total and the row score unknown', async () => {
    const [form] = await formsOf(await gridToXlsx(parseGridSource(grid)), 'errors.xlsx');
    expect(form!.total_score).toBeNull();
    expect(form!.indicators.map((i) => i.score)).toEqual([50, null]);
  });
});

describe('unfoldWideRecords', () => {
  const table = (rows: string[][]) => [{ kind: 'table' as const, rows: rows.map((r) => ({ cells: r.map((text) => ({ text })) })) }];
  const texts = (blocks: ReturnType<typeof unfoldWideRecords>) => blocks.map((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : b.text));

  it.each([
    {
      title: 'numbered groups become one row each, the export\'s own columns left out',
      rows: [
        ['序号', '提交时间', '1.项目名称', '2.绩效指标1-三级指标', '2.绩效指标1-指标值', '2.绩效指标2-三级指标', '2.绩效指标2-指标值'],
        ['1', '2025/10/1', '村级公益设施维护', '维护设施数', '≥30', '维护完成率', '100%'],
        ['2', '2025/10/2', '农村道路养护', '养护里程', '≥12公里', '', ''],
      ],
      want: [[['项目名称', '三级指标', '指标值'], ['村级公益设施维护', '维护设施数', '≥30'], ['村级公益设施维护', '维护完成率', '100%'], ['农村道路养护', '养护里程', '≥12公里']]],
    },
    {
      title: 'one numbered group is a question, not a repeated block',
      rows: [['1.项目名称', '2.指标1-三级指标', '2.指标1-指标值'], ['某项目', '名称', '1']],
      want: [[['1.项目名称', '2.指标1-三级指标', '2.指标1-指标值'], ['某项目', '名称', '1']]],
    },
  ])('$title', ({ rows, want }) => expect(texts(unfoldWideRecords(table(rows)))).toEqual(want));
});
