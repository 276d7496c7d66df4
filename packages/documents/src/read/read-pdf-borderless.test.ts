import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { findCjkFont } from '../export/find-cjk-font';
import { importFile } from '../import/import-file';

const font = findCjkFont();

const HEADER = ['一级指标', '二级指标', '三级指标', '指标值', '指标值确定依据'];
const ROWS = [
  ['产出指标', '数量指标', '开展业务培训次数', '≥4次', '年度工作计划'],
  ['', '质量指标', '培训合格率达到规定标准的比例', '≥95%', '行业标准'],
  ['', '时效指标', '资金拨付及时率', '100%', '财政部门要求'],
  ['效益指标', '社会效益指标', '群众办事便利程度有效提高', '有效提高', '历史数据'],
  ['满意度指标', '服务对象满意度指标', '参训人员满意度', '≥90%', '问卷调查'],
];

/**
 * A table without any ruling lines, as Word prints one whose borders were switched off: columns
 * only a cell padding apart, long names wrapped inside their column, merged level cells left blank.
 */
async function borderlessPdf(padding: number): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: 'A4', margin: 40 });
  const chunks: Uint8Array[] = [];
  const done = new Promise<void>((resolve) => doc.on('end', () => resolve()));
  doc.on('data', (c: Uint8Array) => chunks.push(c));
  doc.registerFont('cjk', font!.path, font!.family ?? undefined);
  doc.font('cjk').fontSize(14).text('2024年业务培训项目绩效目标表', 40, 40, { align: 'center', width: 515 });
  const widths = [65, 75, 135, 95, 120];
  const xs = widths.map((_, i) => 40 + widths.slice(0, i).reduce((a, b) => a + b, 0) + i * 5);
  let y = doc.y + 12;
  doc.fontSize(10);
  for (const row of [HEADER, ...ROWS]) {
    const height = Math.max(...row.map((t, i) => doc.heightOfString(t || ' ', { width: widths[i]! })));
    row.forEach((t, i) => {
      if (t) doc.text(t, xs[i]!, y, { width: widths[i]! });
    });
    y += height + padding;
  }
  doc.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}

describe('readPdf on a borderless table', () => {
  it.skipIf(!font).each([0, 2, 6, 10])('reads columns a cell padding apart and wrapped names (row gap %i pt)', async (padding) => {
    const result = await importFile(await borderlessPdf(padding), '无边框.pdf');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const rows = result.document.forms.flatMap((f) => f.indicators);
    expect(rows.map((r) => [r.level1, r.level2, r.name, r.comparator, r.target, r.unit, r.basis])).toEqual([
      ['产出指标', '数量指标', '开展业务培训次数', '>=', '4', '次', '年度工作计划'],
      ['产出指标', '质量指标', '培训合格率达到规定标准的比例', '>=', '95', '%', '行业标准'],
      ['产出指标', '时效指标', '资金拨付及时率', '=', '100', '%', '财政部门要求'],
      ['效益指标', '社会效益指标', '群众办事便利程度有效提高', 'qualitative', '有效提高', null, '历史数据'],
      ['满意度指标', '服务对象满意度指标', '参训人员满意度', '>=', '90', '%', '问卷调查'],
    ]);
  });
});
