import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FORM_KINDS, formSchema, type Form, type Indicator } from '@jixiao/core';
import { CSV_FIELDS, formsToCsv } from '../export/forms-csv';
import { importFile } from './import-file';
import { readFormsCsv } from './read-forms-csv';

const bytes = (text: string) => new TextEncoder().encode(text);
const text = fc.string({ unit: fc.constantFrom('产', '出', '率', '人', '次', ',', '"', '\n', ' ', 'a', '1', '%', '≥'), minLength: 1, maxLength: 12 })
  .map((s) => s.trim()).filter((s) => s !== '');
const optionalText = fc.option(text, { nil: null });
const indicator: fc.Arbitrary<Indicator> = fc.record({
  level1: optionalText, level2: optionalText, name: text, description: optionalText,
  weight: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }), unit: optionalText,
  comparator: fc.constantFrom('>=', '<=', '=', '>', '<', 'qualitative', null),
  target: fc.oneof(fc.constant(''), text), basis: optionalText, method: optionalText, actual: optionalText,
  score: fc.option(fc.double({ min: 0, max: 100, noNaN: true }).map((x) => Math.round(x * 100) / 100), { nil: null }), reason: optionalText,
});
const form: fc.Arbitrary<Form> = fc.record({
  kind: fc.constantFrom(...FORM_KINDS),
  fiscal_year: fc.option(fc.integer({ min: 2018, max: 2030 }), { nil: null }),
  org: optionalText,
  project_name: optionalText,
  indicators: fc.array(indicator, { maxLength: 6 }),
}).map(({ kind, project_name, ...rest }) => formSchema.parse({ kind, ...rest, ...(kind.startsWith('project') ? { project_name } : {}) }));

/** What the CSV carries of a form: its kind, the header columns and every indicator field. */
function carried(f: Form): Record<string, unknown> {
  const keep = CSV_FIELDS.map((c) => c.name);
  return Object.fromEntries(Object.entries(f).filter(([k]) => keep.includes(k) || k === 'indicators'));
}

describe('the indicators CSV read back', () => {
  it('gives back every column it holds, for any forms (quotes, commas and line breaks in cells)', async () => {
    await fc.assert(fc.asyncProperty(fc.array(form, { minLength: 1, maxLength: 4 }), async (forms) => {
      const back = await importFile(bytes(formsToCsv(forms)), 'indicators.csv');
      if (!back.ok) throw new Error(JSON.stringify(back.issues));
      expect(back.document.forms.map(carried)).toEqual(forms.map(carried));
      expect(back.document.warnings.map((w) => w.code)).toEqual(['open_data_csv']);
    }), { numRuns: 60 });
  });

  it.each([
    ['another CSV', '一级指标,二级指标,三级指标,指标值\n产出指标,数量指标,培训人次,≥300人次\n', 'none', ''],
    ['an unknown form kind', `${CSV_FIELDS.map((f) => f.name).join(',')}\n1,budget_plan,,2025${','.repeat(CSV_FIELDS.length - 4)}\n`, 'invalid', '表类型「budget_plan」'],
    ['text in a number column', formsToCsv([formSchema.parse({ kind: 'project_target', indicators: [{ name: '甲', weight: 10 }] })]).replace(/,10,/, ',十,'), 'invalid', '应为数字'],
  ])('%s', (_label, csv, kind, message) => {
    const r = readFormsCsv(bytes(csv), 'x.csv');
    expect(r.kind).toBe(kind);
    if (r.kind === 'invalid') expect(r.message).toContain(message);
  });
});
