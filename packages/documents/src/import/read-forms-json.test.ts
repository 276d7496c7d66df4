import { describe, expect, it } from 'vitest';
import { emptyForm, FORMS_FORMAT } from '@jixiao/core';
import { importFile } from './import-file';
import { readFormsJson } from './read-forms-json';

const form = { ...emptyForm('project_target'), project_name: '测试项目', fiscal_year: 2025 };
const doc = { format: FORMS_FORMAT, source: 'a.docx', forms: [form], warnings: [] };
const bytes = (text: string) => new TextEncoder().encode(text);

describe('readFormsJson', () => {
  it.each([
    ['a forms document', JSON.stringify(doc), 'ok', null],
    ['with a byte-order mark and leading blanks', `\ufeff \n${JSON.stringify(doc)}`, 'ok', null],
    ['with keys the schema does not know (an answer key\'s scorer hints)', JSON.stringify({ ...doc, forms: [{ ...form, levels_uncertain: true }], extra: 1 }), 'ok', null],
    ['another format', JSON.stringify({ format: 'jixiao.findings/v1', findings: [] }), 'invalid', '的格式是「jixiao.findings/v1」'],
    ['forms without a format', '{"forms": 3}', 'invalid', '没有 format 字段'],
    ['a broken forms document', JSON.stringify({ ...doc, forms: [{ kind: 'nope' }] }), 'invalid', '不是有效的 jixiao.forms/v1 文件（forms.0'],
    ['a forms document cut short', JSON.stringify(doc).slice(0, 60), 'invalid', '不是完整有效的 JSON'],
    ['JSON of something else', '{"name": "x", "rows": []}', 'none', null],
    ['a JSON array', '[1, 2]', 'none', null],
    ['a text table', '一级指标\t二级指标\t三级指标\n产出指标\t数量指标\t培训人次', 'none', null],
    ['text that opens with a brace', '{注：本表由单位填报} 项目支出绩效目标表', 'none', null],
  ])('%s', (_label, text, kind, message) => {
    const r = readFormsJson(bytes(text), 'in.json');
    expect(r.kind).toBe(kind);
    if (r.kind === 'invalid') expect(r.message).toContain(message);
    if (r.kind === 'ok') expect(r.document.forms).toEqual([form]);
  });
});

describe('importFile with a forms JSON', () => {
  it('gives back the forms as exported', async () => {
    const r = await importFile(bytes(JSON.stringify(doc)), 'export.json');
    expect(r).toEqual({ ok: true, document: doc });
  });

  it('refuses another JSON format with the reason', async () => {
    const r = await importFile(bytes(JSON.stringify({ format: 'jixiao.findings/v1', findings: [] })), 'findings.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'invalid_forms_json' });
  });
});
