import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { formSchema, formsDocumentSchema, makePolicy, type Form } from '@jixiao/core';
import { exportForms, fileStem } from './export-forms';
import { findCjkFont } from './find-cjk-font';
import { exportedText } from '../import/testing/exported-text';

function truthForms(id: string): Form[] {
  const doc = JSON.parse(readFileSync(`/work/shared/fixtures/truth/${id}.json`, 'utf8')) as { forms: Array<Record<string, unknown>> };
  return doc.forms.map(({ levels_uncertain: _drop, ...form }) => formSchema.parse(form));
}
const SEEDS = ['000', '002', '003', '004'];
const font = findCjkFont();

describe('exportForms', () => {
  it.each(SEEDS)('%s: JSON export re-reads identically', async (id) => {
    const forms = truthForms(id);
    const result = await exportForms(forms, 'json', { source: `${id}.txt` });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const back = formsDocumentSchema.parse(JSON.parse(new TextDecoder().decode(result.bytes)));
    expect(back.forms).toEqual(forms);
    expect(back.source).toBe(`${id}.txt`);
    expect(result.contentType).toMatch(/^application\/json/);
  });

  it('drops keys the schema does not know instead of failing', async () => {
    const raw = JSON.parse(readFileSync('/work/shared/fixtures/truth/004.json', 'utf8')) as { forms: Form[] };
    expect(await exportForms(raw.forms, 'csv')).toMatchObject({ ok: true });
  });

  it.each([
    { name: 'unknown format', forms: [] as unknown[], format: 'odt', code: 'format_unknown' },
    { name: 'an empty workbook', forms: [] as unknown[], format: 'xlsx', code: 'no_forms' },
    { name: 'invalid form', forms: [{ kind: 'project_target', budget_total_wan: '一百' }], format: 'xlsx', code: 'form_invalid' },
  ])('refuses $name with a Chinese message', async ({ forms, format, code }) => {
    const result = await exportForms(forms as Form[], format as 'xlsx');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues[0]?.code).toBe(code);
    expect(result.issues[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('writes one A4 sheet per form with merges, borders and a repeated header row', async () => {
    const forms = truthForms('002');
    const progress: number[] = [];
    const result = await exportForms(forms, 'xlsx', { onProgress: (done) => progress.push(done) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(progress).toEqual(forms.map((_, i) => i + 1));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result.bytes.buffer as ArrayBuffer);
    expect(workbook.worksheets).toHaveLength(forms.length);
    const sheet = workbook.worksheets[1]!;
    expect(sheet.name).toBe('2-财税征收经费');
    expect(sheet.getCell('A1').value).toBe('项目支出绩效目标表（2020年度）');
    expect(sheet.pageSetup.paperSize).toBe(9);
    expect(sheet.pageSetup.printTitlesRow).toMatch(/^\d+:\d+$/);
    const headerRow = Number(sheet.pageSetup.printTitlesRow!.split(':')[0]);
    expect(sheet.getRow(headerRow).getCell(1).value).toBe('一级指标');
    // 产出指标 spans its four rows in 002's first project.
    expect(sheet.getCell(headerRow + 1, 1).value).toBe('产出指标');
    expect(sheet.getCell(headerRow + 4, 1).isMerged).toBe(true);
    expect(sheet.getCell(headerRow + 1, 3).border?.top?.style).toBe('thin');
    expect(sheet.getCell(headerRow + 1, 3).font?.name).toBe('宋体');
  });

  it('writes docx tables with vertical merges, spans and header rows that repeat', async () => {
    const result = await exportForms(truthForms('003'), 'docx');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const xml = strFromU8(unzipSync(result.bytes)['word/document.xml']!);
    expect(xml).toContain('部门整体支出绩效自评表');
    expect(xml).toMatch(/<w:vMerge w:val="restart"\/>/);
    expect(xml).toMatch(/<w:vMerge(?: w:val="continue")?\/>/);
    expect(xml).toMatch(/<w:gridSpan w:val="\d+"\/>/);
    expect(xml).toContain('<w:tblHeader');
    expect(xml).toContain('w:eastAsia="宋体"');
    expect((xml.match(/<w:sectPr/g) ?? []).length).toBe(3);
  });

  it.skipIf(!font)('writes a PDF whose text layer holds the cell texts once each', async () => {
    const forms = truthForms('004');
    const result = await exportForms(forms, 'pdf');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const pdf = await getDocumentProxy(result.bytes);
    const { text } = await extractText(pdf, { mergePages: true });
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain('部门（单位）整体绩效目标表');
    for (const indicator of forms[0]!.indicators) expect(flat).toContain(indicator.name.replace(/\s+/g, ''));
    expect(flat.split('年度履职目标相关性').length - 1).toBe(1);
  });
  it.skipIf(!font)('breaks long PDFs over pages, repeating the header and splitting tall rows', async () => {
    const overview = Array.from({ length: 400 }, (_, i) => `第${i}段说明文字`).join('');
    const form = formSchema.parse({
      kind: 'project_target', project_name: '长表测试', fiscal_year: 2024, overview,
      indicators: Array.from({ length: 120 }, (_, i) => ({ level1: i < 60 ? '产出指标' : '效益指标', level2: `二级${Math.floor(i / 7)}`, name: `指标名称${i}号`, comparator: '>=', target: String(i), unit: '%' })),
    });
    const result = await exportForms([form], 'pdf');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const pdf = await getDocumentProxy(result.bytes);
    expect(pdf.numPages).toBeGreaterThan(4);
    const { text } = await extractText(pdf, { mergePages: true });
    const flat = text.replace(/\s+/g, '');
    expect(flat).toContain(overview);
    for (let i = 0; i < 120; i++) expect(flat.split(`指标名称${i}号`).length - 1).toBe(1);
    // The column header row is drawn on every page the indicator table reaches.
    expect(flat.split('三级指标').length - 1).toBeGreaterThan(2);
  }, 60_000);
  if (!font) it.skip('PDF: 未找到中文字体（安装 fonts-noto-cjk 或设置 JIXIAO_CJK_FONT），跳过', () => {});


  // 003's first project sheet reports 合计 98.5 with a budget score of 8.5; executed = adjusted gives 10, so the system's
  // total is 100.00 (优); the unit's 8.50 (before the 10 of its first indicator) stays. Its second sheet's 100 agrees.
  const [mismatched, agreeing] = truthForms('003').filter((f) => f.kind === 'project_self_evaluation');
  const note = '系统核算总分100.00（优），与填报总分98.50不一致，以核算为准';
  it.each([
    ...(['xlsx', 'docx', 'pdf'] as const).map((format) => ({ format, form: mismatched!, policy: undefined, has: ['100%108.50', '合计98.50', '系统核算总分100.00等级：优', note], lacks: [] as string[] })),
    ...(['xlsx', 'docx', 'pdf'] as const).map((format) => ({ format, form: agreeing!, policy: undefined, has: ['系统核算总分100.00等级：优'], lacks: ['不一致'] })),
    // The region's cut-offs decide the grade, as on the self-evaluation page.
    { format: 'xlsx' as const, form: mismatched!, policy: makePolicy({ grades: { excellent: 100.5, good: 95, pass: 60 } }), has: ['系统核算总分100.00等级：良', '系统核算总分100.00（良），与填报总分98.50不一致'], lacks: ['等级：优', '（优）'] },
  ])('$format self-evaluation prints the unit\'s scores and the system\'s total and grade', async ({ format, form, policy, has, lacks }) => {
    if (format === 'pdf' && !font) return;
    const result = await exportForms([form], format, { policy });
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const text = await exportedText(result.bytes, format);
    for (const part of has) expect(text).toContain(part);
    for (const part of lacks) expect(text).not.toContain(part);
  });

  it('writes figures in xlsx as numbers with a number format, text values as text', async () => {
    const target = formSchema.parse({
      kind: 'project_target', fiscal_year: 2025, org: '某区教育委员会', project_name: '课后服务', budget_total_wan: 39.34, budget_fiscal_wan: 12.3456,
      indicators: [
        { level1: '产出指标', level2: '数量指标', name: '服务学生人数', comparator: '>=', target: '1200', unit: '人', weight: 20 },
        { level1: '产出指标', level2: '质量指标', name: '服务覆盖率', comparator: null, target: '≥95%', unit: null, weight: 20.5 },
        { level1: '产出指标', level2: '时效指标', name: '完成时间', comparator: 'qualitative', target: '按时完成', unit: null, weight: 10 },
        { level1: '效益指标', level2: '社会效益指标', name: '编号', comparator: '=', target: '007', unit: null, weight: 10 },
      ],
    });
    const result = await exportForms([target, mismatched!], 'xlsx');
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(result.bytes.buffer as ArrayBuffer);
    /** The cell right of the first cell whose text is `label` (a label/value pair), or under the column `label` in `row`. */
    const valueBeside = (sheet: ExcelJS.Worksheet, label: string) => {
      let found: ExcelJS.Cell | undefined;
      sheet.eachRow((row) => row.eachCell((c) => {
        if (!found && c.text === label) {
          let next = Number(c.col) + 1;
          while (row.getCell(next).isMerged && row.getCell(next).master === c) next++;
          found = row.getCell(next);
        }
      }));
      return found!;
    };
    const byText = (sheet: ExcelJS.Worksheet, text: string) => {
      let found: ExcelJS.Cell | undefined;
      sheet.eachRow((row) => row.eachCell((c) => { if (!found && c.text === text) found = c; }));
      return found;
    };
    const [targetSheet, selfSheet] = workbook.worksheets;
    for (const [sheet, label, value, numFmt] of [
      [targetSheet!, '预算数（万元）', 39.34, '0.00'],
      [targetSheet!, '其中：财政资金', 12.3456, '0.0000'],
      [selfSheet!, '合计', 98.5, '0.00'],
      [selfSheet!, '系统核算总分', 100, '0.00'],
    ] as const) {
      const c = valueBeside(sheet, label);
      expect([label, c.type, c.value, c.numFmt]).toEqual([label, ExcelJS.ValueType.Number, value, numFmt]);
    }
    // Indicator figures: a target of 1200 people and a weight are shown as written (General); text targets stay text.
    const figure = (c: ExcelJS.Cell | undefined) => [c?.type, c?.value, c?.numFmt ?? 'General'];
    expect(figure(byText(targetSheet!, '1200'))).toEqual([ExcelJS.ValueType.Number, 1200, 'General']);
    expect(figure(byText(targetSheet!, '20.5'))).toEqual([ExcelJS.ValueType.Number, 20.5, 'General']);
    for (const text of ['≥95%', '按时完成', '007']) expect(byText(targetSheet!, text)?.type, text).toBe(ExcelJS.ValueType.String);
    // The self-evaluation's budget line: money, the execution rate as a percentage, the unit's scores.
    const budgetRow = byText(selfSheet!, '总额')!.row;
    const budget = selfSheet!.getRow(Number(budgetRow));
    expect([2, 3, 4, 5, 6, 7].map((col) => [budget.getCell(col).value, budget.getCell(col).numFmt ?? 'General']))
      .toEqual([[50, '0.00'], [40.73, '0.00'], [40.73, '0.00'], [1, '0%'], [10, 'General'], [8.5, '0.00']]);
    // Indicator scores are numbers under 得分, so a SUM over them gives the sheet's indicator total.
    const headerRow = selfSheet!.getRow(Number(selfSheet!.pageSetup.printTitlesRow!.split(':')[0]));
    let header: ExcelJS.Cell | undefined;
    headerRow.eachCell((c) => { if (c.text === '得分') header = c; });
    const scores: number[] = [];
    for (let r = Number(header!.row) + 1; selfSheet!.getCell(r, 1).text !== '合计'; r++) {
      const c = selfSheet!.getCell(r, header!.col);
      expect(c.type, `row ${r}`).toBe(ExcelJS.ValueType.Number);
      scores.push(c.value as number);
    }
    expect(scores.reduce((a, b) => a + b, 0) + 8.5).toBeCloseTo(98.5, 6);
  });

  it.each([
    { title: '区财政局/2024:目标?', want: '区财政局_2024_目标_' },
    { title: '   ', want: '绩效表' },
  ])('file stem of $title', ({ title, want }) => expect(fileStem(title)).toBe(want));
});
