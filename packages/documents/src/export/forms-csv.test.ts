import { describe, expect, it } from 'vitest';
import { emptyIndicator, formSchema, type Form } from '@jixiao/core';
import { CSV_FIELDS, csvField, formsToCsv } from './forms-csv';
import { exportOpenData } from './export-open-data';

/** Minimal RFC 4180 parser, to check the writer against the standard rather than itself. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') { row.push(field); field = ''; }
    else if (ch === '\r' && text[i + 1] === '\n') { row.push(field); rows.push(row); row = []; field = ''; i++; }
    else field += ch;
  }
  return rows;
}

const form: Form = {
  ...formSchema.parse({ kind: 'project_target', project_name: '项目,"甲"', fiscal_year: 2024, budget_total_wan: 12.5 }),
  indicators: [
    { ...emptyIndicator('完成率'), level1: '产出指标', weight: 20, unit: '%', comparator: '>=', target: '95', description: '第一行\n第二行' },
    { ...emptyIndicator('满意度'), comparator: 'qualitative', target: '满意' },
  ],
};
const bare: Form = formSchema.parse({ kind: 'department_target', org: '某局' });

describe('csvField', () => {
  it.each([
    { value: null, want: '' },
    { value: 12.5, want: '12.5' },
    { value: 'plain', want: 'plain' },
    { value: 'a,b', want: '"a,b"' },
    { value: 'say "hi"', want: '"say ""hi"""' },
    { value: 'line\r\nbreak', want: '"line\r\nbreak"' },
  ])('$value', ({ value, want }) => expect(csvField(value)).toBe(want));
});

describe('formsToCsv', () => {
  const text = formsToCsv([form, bare]);
  const rows = parseCsv(text.slice(1));
  it('starts with a UTF-8 BOM and ends rows with CRLF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
  });
  it('has a header and one row per indicator, plus one for a form without indicators', () => {
    expect(rows[0]).toEqual(CSV_FIELDS.map((f) => f.name));
    expect(rows).toHaveLength(1 + 2 + 1);
    for (const r of rows) expect(r).toHaveLength(CSV_FIELDS.length);
  });
  it('repeats form fields and keeps quoted text exact', () => {
    const col = (name: string) => rows[0]!.indexOf(name);
    expect(rows[1]![col('project_name')]).toBe('项目,"甲"');
    expect(rows[2]![col('project_name')]).toBe('项目,"甲"');
    expect(rows[1]![col('description')]).toBe('第一行\n第二行');
    expect(rows[1]![col('comparator')]).toBe('>=');
    expect(rows[1]![col('budget_total_wan')]).toBe('12.5');
    expect(rows[3]![col('org')]).toBe('某局');
    expect(rows[3]![col('name')]).toBe('');
  });
});

describe('exportOpenData', () => {
  const { files } = exportOpenData([form, bare], { region: '沙坪坝区', fiscalYear: 2024 });
  const byPath = new Map(files.map((f) => [f.path, f]));
  const descriptor = JSON.parse(new TextDecoder().decode(byPath.get('datapackage.json')!.bytes));
  it('writes the JSON, the CSV and a datapackage.json naming both', () => {
    expect([...byPath.keys()].sort()).toEqual(['datapackage.json', 'forms.json', 'indicators.csv']);
    expect(descriptor.name).toMatch(/^[a-z0-9._-]+$/);
    expect(descriptor.title).toContain('沙坪坝区2024');
    expect(descriptor.resources.map((r: { path: string }) => r.path)).toEqual(['forms.json', 'indicators.csv']);
    for (const r of descriptor.resources) expect(r.bytes).toBe(byPath.get(r.path)!.bytes.length);
  });
  it('describes every CSV column with a Frictionless type', () => {
    const fields = descriptor.resources[1].schema.fields as Array<{ name: string; type: string }>;
    expect(fields.map((f) => f.name)).toEqual(CSV_FIELDS.map((f) => f.name));
    for (const f of fields) expect(['string', 'number', 'integer']).toContain(f.type);
  });
  it('publishes the forms unchanged as jixiao.forms/v1', () => {
    const doc = JSON.parse(new TextDecoder().decode(byPath.get('forms.json')!.bytes));
    expect(doc.format).toBe('jixiao.forms/v1');
    expect(doc.forms).toEqual([form, bare]);
  });
});
