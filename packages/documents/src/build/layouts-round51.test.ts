import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../import/import-file';
import { unfoldTreeTables } from '../text/tree-tables';
import type { Item } from './flatten-source';
import { untransposeBudgetRows } from './transposed-budget';

// Layouts of corpus documents 554–559: an indicator tree drawn as tables inside tables, a report's budget table
// with the stages down its first column, a unit only the name spells (剂次), and chat lines whose value is typed
// straight after the name.

type FormRecord = Record<string, unknown> & { indicators: Array<Record<string, unknown>> };
const tr = (cells: string[], tag = 'td') => `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join('')}</tr>`;
const leafTable = (rows: string[][]) => `<table>${tr(['三级指标', '指标值', '权重（%）'], 'th')}${rows.map((r) => tr(r)).join('')}</table>`;
const branchTable = (groups: Array<[string, string[][]]>) => `<table>${groups.map(([level, rows]) => `<tr><td>${level}</td><td>${leafTable(rows)}</td></tr>`).join('')}</table>`;

describe('an indicator tree drawn as tables inside tables', () => {
  const tree = (caption: string[]) => `<table>${tr(caption, 'th')}`
    + `<tr><td>产出指标</td><td colspan="2">${branchTable([['数量指标', [['巡检次数', '≥12次', '30']]], ['质量指标', [['合格率', '=100%', '30'], ['完好率', '≥95%', '20']]]])}</td></tr>`
    + `<tr><td>满意度指标</td><td colspan="2">${branchTable([['服务对象满意度指标', [['群众满意度', '≥90%', '20']]]])}</td></tr></table>`;

  it('becomes one flat table, the levels in front of each leaf row', () => {
    const flat = unfoldTreeTables(tree(['一级指标', '二级指标', '三级指标明细']));
    const rows = [...flat.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1]!.matchAll(/<t[dh]>(.*?)<\/t[dh]>/g)].map((c) => c[1]));
    expect(rows).toEqual([
      ['一级指标', '二级指标', '三级指标', '指标值', '权重（%）'],
      ['产出指标', '数量指标', '巡检次数', '≥12次', '30'],
      ['产出指标', '质量指标', '合格率', '=100%', '30'],
      ['产出指标', '质量指标', '完好率', '≥95%', '20'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '≥90%', '20'],
    ]);
  });

  it.each([
    { what: 'no caption row naming the levels', html: tree(['类别', '分项', '明细']) },
    { what: 'a layout table around one form', html: `<table><tr><td>绩效指标</td><td>${leafTable([['巡检次数', '≥12次', '30']])}</td></tr></table>` },
  ])('stays as written with $what', ({ html }) => expect(unfoldTreeTables(html)).toBe(html));

  it('imports as the form\'s indicator rows', async () => {
    const page = `<h3>2026年度项目支出绩效目标表</h3><table>${tr(['项目名称', '设施巡检'])}<tr><td>绩效指标</td><td>${tree(['一级指标', '二级指标', '三级指标明细'])}</td></tr></table>`;
    const result = await importFile(new TextEncoder().encode(page), 'tree.html');
    if (!result.ok) throw new Error('not read');
    const form = result.document.forms[0] as unknown as FormRecord;
    expect(form.indicators.map((r) => [r.level1, r.level2, r.name, r.target, r.weight])).toEqual([
      ['产出指标', '数量指标', '巡检次数', '12', 30], ['产出指标', '质量指标', '合格率', '100', 30],
      ['产出指标', '质量指标', '完好率', '95', 20], ['满意度指标', '服务对象满意度指标', '群众满意度', '90', 20],
    ]);
  });
});

const row = (cells: string[], tableIndex = 1): Item => ({ type: 'row', cells: cells.map((text, k) => ({ text, start: k, span: 1, merged: false })), line: null, tableIndex });
const rowsOf = (items: Item[]) => items.map((i) => (i.type === 'row' ? i.cells.map((c) => c.text) : i.type));

describe('a budget table with the stages down its first column', () => {
  it.each([
    {
      name: 'turns into the budget block, the total\'s column its 年度资金总额 row',
      items: [row(['项目', '合计', '财政拨款', '其他资金']), row(['年初预算数', '50', '40', '10']), row(['全年预算数', '60', '50', '10']), row(['全年执行数', '57', '48', '9']), row(['得分', '9.5', '—', '—'])],
      want: [['项目资金', '年初预算数', '全年预算数', '全年执行数', '得分'], ['年度资金总额', '50', '60', '57', '9.5'], ['财政拨款', '40', '50', '48', '—'], ['其他资金', '10', '10', '9', '—']],
    },
    {
      name: 'stays when the caption row names the stages (the usual block)',
      items: [row(['项目资金', '年初预算数', '全年预算数', '全年执行数']), row(['年度资金总额', '50', '60', '57'])],
      want: [['项目资金', '年初预算数', '全年预算数', '全年执行数'], ['年度资金总额', '50', '60', '57']],
    },
    {
      name: 'stays with only one amount among the stages',
      items: [row(['项目', '合计', '财政拨款']), row(['全年执行数', '57', '48']), row(['分值', '10', '']), row(['得分', '9.5', ''])],
      want: [['项目', '合计', '财政拨款'], ['全年执行数', '57', '48'], ['分值', '10', ''], ['得分', '9.5', '']],
    },
  ])('$name', ({ items, want }) => expect(rowsOf(untransposeBudgetRows(items))).toEqual(want));

  it('in a 自评报告 before its appendix gives the 自评表 its budget', () => {
    const doc = importText([
      '某某县图书馆2025年度阅读推广项目绩效自评报告',
      '一、资金情况',
      '项目\t合计\t财政拨款\t其他资金',
      '年初预算数\t40.00\t40.00\t0.00',
      '全年预算数\t45.00\t42.00\t3.00',
      '全年执行数\t43.20\t41.00\t2.20',
      '预算执行率\t96.00%\t97.62%\t73.33%',
      '分值\t10\t—\t—',
      '得分\t9.60\t—\t—',
      '二、存在的问题',
      '宣传渠道单一。',
      '附件：项目支出绩效自评表',
      '项目名称\t阅读推广',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
      '产出指标\t数量指标\t推广活动场次\t≥40场\t42场\t45\t45',
      '满意度指标\t服务对象满意度指标\t读者满意度\t≥90%\t92%\t45\t45',
    ].join('\n'), 'report.txt');
    const form = doc.forms[0] as unknown as FormRecord;
    expect(form.budget).toEqual({ initial_wan: 40, adjusted_wan: 45, executed_wan: 43.2, execution_rate: 96, weight: 10, score: 9.6, reason: null });
    expect(form.problems).toBe('宣传渠道单一。');
    expect(form.indicators.map((r) => r.name)).toEqual(['推广活动场次', '读者满意度']);
  });
});

describe('values and labels a chat or a sheet writes', () => {
  it.each([
    { value: '≥12000剂次', name: '疫苗接种剂次', want: ['>=', '12000', '剂次'] },
    { value: '≥300人次', name: '培训人次', want: ['>=', '300', '人次'] },
    // 剂次 is a unit of the core's list since (a dose count), whatever the name; a word that is no unit stays a reference.
    { value: '≥5剂次', name: '完成免疫接种', want: ['>=', '5', '剂次'] },
    { value: '≥5疫苗', name: '完成免疫接种', want: ['>=', '5疫苗', null] },
  ])('$name $value', ({ value, name, want }) => {
    const doc = importText(['2025年项目支出绩效目标表', '项目名称\t甲项目', '一级指标\t二级指标\t三级指标\t指标值', `产出指标\t数量指标\t${name}\t${value}`, '满意度指标\t服务对象满意度指标\t满意度\t≥90%'].join('\n'), 'units.txt');
    const row0 = (doc.forms[0] as unknown as FormRecord).indicators[0]!;
    expect([row0.comparator, row0.target, row0.unit]).toEqual(want);
  });

  it('reads numbered chat lines of levels joined by dashes, the value typed after the name, under label lines', () => {
    const doc = importText([
      '项目名称：乡村学校少年宫运转补助', '预算年度：2025年', '年度资金：24.00万元（财政资金24.00万元）', '绩效指标：',
      '1.产出指标——数量指标——开展活动场次≥80场', '2.产出指标——时效指标——补助发放时间2025年6月底前', '3.满意度指标——服务对象满意度指标——学生满意度≥90%',
    ].join('\n'), 'chat.txt');
    const form = doc.forms[0] as unknown as FormRecord;
    expect([form.kind, form.project_name, form.fiscal_year, form.budget_total_wan, form.budget_fiscal_wan]).toEqual(['project_target', '乡村学校少年宫运转补助', 2025, 24, 24]);
    expect(form.indicators.map((r) => [r.level2, r.name, r.comparator, r.target, r.unit])).toEqual([
      ['数量指标', '开展活动场次', '>=', '80', '场'], ['时效指标', '补助发放时间', 'qualitative', '2025年6月底前', null], ['服务对象满意度指标', '学生满意度', '>=', '90', '%'],
    ]);
  });
});
