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
    ['a forms document cut short', JSON.stringify(doc).slice(0, 60), 'invalid', '看起来是 jixiao.forms/v1 文件，但不是有效的 JSON：第 1 行第'],
    ['JSON of something else', '{"name": "x", "rows": []}', 'invalid', '是 JSON 文件，但不是 jixiao.forms/v1 表单'],
    ['a JSON array', '[1, 2]', 'invalid', '是 JSON 文件，但不是 jixiao.forms/v1 表单'],
    ['a text table saved as .json', '一级指标\t二级指标\t三级指标\n产出指标\t数量指标\t培训人次', 'invalid', 'in.json 不是有效的 JSON：第 1 行第 1 列'],
    ['text that opens with a brace saved as .json', '{注：本表由单位填报} 项目支出绩效目标表', 'invalid', '第 1 行第 2 列'],
    ['a comma missing three lines down', '{\n  "format": "jixiao.forms/v1",\n  "source": "a.docx"\n  "forms": []\n}', 'invalid', '第 4 行第 3 列，「"a.docx" ⟨此处⟩"forms": []」：这里缺少逗号或右花括号 }'],
    ['a Chinese comma typed by an input method', '{"format": "x"，"forms": []}', 'invalid', '第 1 行第 15 列，「format": "x"⟨此处⟩，"forms": []」：这里用了中文标点「，」，JSON 要用英文的「,」'],
    ['an empty .json file', '', 'invalid', '文件是空的'],
  ])('%s', (_label, text, kind, message) => {
    const r = readFormsJson(bytes(text), 'in.json');
    expect(r.kind).toBe(kind);
    if (r.kind === 'invalid') expect(r.message).toContain(message);
    if (r.kind === 'ok') expect(r.document.forms).toEqual([form]);
  });
});

describe('readFormsJson on a file not named .json', () => {
  it.each([
    ['JSON of something else', '{"name": "x", "rows": []}', 'none'],
    ['a text table', '一级指标\t二级指标\t三级指标\n产出指标\t数量指标\t培训人次', 'none'],
    ['text that opens with a brace', '{注：本表由单位填报} 项目支出绩效目标表', 'none'],
    ['a forms document', JSON.stringify(doc), 'ok'],
  ])('%s is %s', (_label, text, kind) => {
    expect(readFormsJson(bytes(text), 'in.txt').kind).toBe(kind);
  });

  it('says where a forms document cut short breaks, by its format line', () => {
    const r = readFormsJson(bytes(JSON.stringify(doc, null, 2).slice(0, 120)), 'export.txt');
    expect(r.kind).toBe('invalid');
    if (r.kind === 'invalid') expect(r.message).toMatch(/看起来是 jixiao\.forms\/v1 文件，但不是有效的 JSON：第 \d+ 行第 \d+ 列/);
  });
});

describe('importFile with a forms JSON', () => {
  it('gives back the forms as exported', async () => {
    const r = await importFile(bytes(JSON.stringify(doc)), 'export.json');
    expect(r).toEqual({ ok: true, document: doc });
  });

  it('says where a .json file stops being JSON (a UTF-16 file from Notepad too)', async () => {
    const text = '{\n  "format": "jixiao.forms/v1",\n  "forms": [\n    {"kind": "project_target",}\n  ]\n}';
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...text].map((c) => c.charCodeAt(0))).buffer)]);
    for (const input of [bytes(text), utf16]) {
      const r = await importFile(input, '导出.JSON');
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues[0]).toMatchObject({ code: 'invalid_forms_json' });
        expect(r.issues[0]!.message).toContain('第 4 行第 31 列');
        expect(r.issues[0]!.message).toContain('右花括号 } 前多了一个逗号');
      }
    }
  });

  it('refuses another JSON format with the reason', async () => {
    const r = await importFile(bytes(JSON.stringify({ format: 'jixiao.findings/v1', findings: [] })), 'findings.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ code: 'invalid_forms_json' });
  });
});
