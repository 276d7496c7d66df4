import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { readSource } from '../read/read-source';
import { converterDumpsToHtml } from './converter-dumps';
import { parsePythonRow } from './python-literal-rows';

// Tables a script printed from a Word or Excel file (corpus documents 744–747): python-docx row lists,
// openpyxl row tuples, pandas to_string and to_markdown.

const project = (form: unknown) => form as Record<string, unknown> & { indicators: Array<Record<string, unknown>> };

describe('Python literals', () => {
  it('reads strings with escapes, None, numbers and datetimes', () => {
    expect(parsePythonRow(String.raw`('a\xa0', "it's", None, 95.0, 0.962, datetime.datetime(2025, 11, 20, 0, 0), '1.x\n2.y')`)).toEqual([
      ['a\u00a0', "it's", null, 95, 0.962, '2025-11-20', '1.x\n2.y'],
    ]);
  });

  it('is no literal when the brackets hold prose', () => {
    expect(parsePythonRow('(一)产出指标')).toBeNull();
    expect(parsePythonRow('[1] 财政部关于印发《项目支出绩效评价管理办法》的通知')).toBeNull();
  });
});

describe('python-docx rows (paragraphs first, a merged cell repeated in every column it spans)', () => {
  const name = '村级公益设施管护';
  const text = [
    '2026年项目支出绩效目标表',
    '填报人：张某　　联系电话：0000',
    '',
    String.raw`['项目名称', '${name}', '${name}', '${name}', '${name}']`,
    String.raw`['主管部门', '某某镇人民政府', '某某镇人民政府', '实施单位', '某某镇农业服务中心']`,
    String.raw`['项目资金（万元）', '年度资金总额', '年度资金总额', '68.00', '68.00']`,
    String.raw`['年度绩效目标', '1.管护设施120处；\n2.完好率90%以上。', '1.管护设施120处；\n2.完好率90%以上。', '1.管护设施120处；\n2.完好率90%以上。', '1.管护设施120处；\n2.完好率90%以上。']`,
    String.raw`['一级指标', '二级指标', '三级指标', '指标值', '计量单位']`,
    String.raw`['产出指标', '数量指标', '管护设施数量\xa0', '≥120', '处']`,
    String.raw`['产出指标', '质量指标', '设施完好率', '≥90', '%']`,
  ].join('\n');

  it('reads the table with its spans, line breaks and escaped spaces', () => {
    const form = project(importText(text, 'a.txt').forms[0]);
    expect([form.project_name, form.department, form.org, form.budget_total_wan, form.goal]).toEqual([name, '某某镇人民政府', '某某镇农业服务中心', 68, '1.管护设施120处；\n2.完好率90%以上。']);
    expect(form.indicators.map((r) => [r.level1, r.level2, r.name, r.target, r.unit])).toEqual([
      ['产出指标', '数量指标', '管护设施数量', '120', '处'],
      ['产出指标', '质量指标', '设施完好率', '90', '%'],
    ]);
  });

  it('spans three or more equal cells, keeps two equal cells two', () => {
    const html = converterDumpsToHtml([String.raw`['a', '项目', '项目', '项目']`, String.raw`['b', '有效保护', '有效保护', 'x']`, String.raw`['c', '指标', 'y', 'z']`].join('\n'));
    expect(html).toContain('<td colspan="3">项目</td>');
    expect(html).toContain('<td>有效保护</td><td>有效保护</td>');
  });

  it('leaves two bracketed lines of prose alone', () => {
    const prose = "['一', '二']\n['三', '四']\n正文";
    expect(converterDumpsToHtml(prose)).toBe(prose);
  });
});

describe('openpyxl rows (tuples of None, numbers and datetimes, pasted from the REPL)', () => {
  const lines = [
    '>>> for row in ws.iter_rows(values_only=True):',
    '... \tprint(row)',
    '... ',
    "('项目支出绩效自评表', None, None, None, None, None)",
    "('项目名称', '农村公路养护', None, None, None, None)",
    "('一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '得分')",
    "('产出指标', '时效指标', '养护完成时间', '2025年11月底前', datetime.datetime(2025, 11, 20, 0, 0), 10)",
    "(None, '质量指标', '路面优良率', '≥85%', 0.873, 9.5)",
  ];

  it('reads the rows as a table, not as CSV, and a date cell as its date', async () => {
    const read = await readSource(new TextEncoder().encode(lines.join('\r\n')), 'dump.txt');
    expect(read.ok).toBe(true);
    const html = converterDumpsToHtml(lines.join('\n'));
    expect(html).not.toMatch(/>>>|print\(row\)/);
    expect(html).toContain('<td>2025-11-20</td>');
    const form = project(importText(lines.join('\n'), 'a.txt').forms[0]);
    expect(form.indicators.map((r) => [r.name, r.actual, r.score])).toEqual([
      ['养护完成时间', '2025-11-20', 10],
      ['路面优良率', '87.3%', 9.5],
    ]);
  });
});

describe('pandas frames', () => {
  const frame = [
    '            0        1       2      3',
    '0  2026年绩效目标表      NaN     NaN    NaN',
    '1       三级指标      指标值    计量单位     权重',
    '2     道路保洁面积     ≥120     万平方米     40',
    '3      群众满意度     ≥90%     NaN  60.0',
  ];

  it('cuts to_string rows at the right edges of the column labels, NaN empty, the index dropped', () => {
    const html = converterDumpsToHtml(frame.join('\n'));
    expect(html).toContain('<tr><td>道路保洁面积</td><td>≥120</td><td>万平方米</td><td>40</td></tr>');
    expect(html).toContain('<tr><td>群众满意度</td><td>≥90%</td><td></td><td>60</td></tr>');
    expect(html).not.toContain('<td>0</td>');
  });

  it('cuts by display width when the frame was printed with east_asian_width on', () => {
    const wide = ['          0      1', '0  道路保洁  ≥120', '1    清运量   ≥30', '2    满意度   NaN'];
    expect(converterDumpsToHtml(wide.join('\n'))).toContain('<tr><td>清运量</td><td>≥30</td></tr>');
  });

  it('leaves a space-aligned table with no index column alone', () => {
    const text = ['三级指标      指标值    权重', '道路保洁面积  ≥120     40', '群众满意度    ≥90%     60', '清运及时率    100%     10'].join('\n');
    expect(converterDumpsToHtml(text)).toBe(text);
  });

  it('reads to_markdown: Unnamed labels empty, nan empty, a cell of several lines one cell', () => {
    const md = [
      '|    | 2025年度部门整体支出绩效自评表 | Unnamed: 1 | Unnamed: 2 | Unnamed: 3 |',
      '|---:|:---------|:---------|:---------|:---------|',
      '|  0 | 一级指标 | 三级指标 | 分值 | 偏差原因 |',
      '|  1 | 产出指标 | 演出场次 | 10 | nan |',
      '|    | （50分） |          |      |     |',
      '|  2 | nan | 图书流通人次 | 10 | 1.闭馆两月； |',
      '|    |     |              |    | 2.已延长开放。 |',
    ].join('\n');
    const html = converterDumpsToHtml(md);
    expect(html).toContain('<tr><td>2025年度部门整体支出绩效自评表</td><td></td><td></td><td></td></tr>');
    expect(html).toContain('<tr><td>产出指标<br>（50分）</td><td>演出场次</td><td>10</td><td></td></tr>');
    expect(html).toContain('<td>1.闭馆两月；<br>2.已延长开放。</td>');
  });

  it('leaves a markdown table whose first column is no index alone', () => {
    const md = ['|  | 指标 | 指标值 |', '|---:|:---|:---|', '| 一 | 演出场次 | ≥120场 |', '| 二 | 流通人次 | ≥18万 |', '| 三 | 满意度 | ≥90% |'].join('\n');
    expect(converterDumpsToHtml(md)).toBe(md);
  });
});
