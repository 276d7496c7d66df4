import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { extractText, getDocumentProxy } from 'unpdf';
import { formSchema, formsDocumentSchema, type Form } from '@jixiao/core';
import { exportForms, fileStem } from './export-forms';
import { findCjkFont } from './find-cjk-font';

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

  it.each([
    { title: '区财政局/2024:目标?', want: '区财政局_2024_目标_' },
    { title: '   ', want: '绩效表' },
  ])('file stem of $title', ({ title, want }) => expect(fileStem(title)).toBe(want));
});
