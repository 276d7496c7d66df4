import { describe, expect, it } from 'vitest';
import { filedUnder } from './filed-under';

describe('filedUnder', () => {
  it.each([
    // An import filed under the chosen unit and year, the document naming another: both are shown.
    [{ org_name: '示范区街道办事处', fiscal_year: 2027 }, { org: '重庆市沙坪坝区财政局', fiscal_year: 2024 }, '示范区街道办事处 · 2027年', '表内填写：重庆市沙坪坝区财政局 · 2024年'],
    [{ org_name: '示范区街道办事处', fiscal_year: 2027 }, { org: '示范区街道办事处', fiscal_year: 2024 }, '示范区街道办事处 · 2027年', '表内填写：2024年'],
    [{ org_name: '示范区街道办事处', fiscal_year: 2027 }, { org: ' 示范区街道办事处 ', fiscal_year: 2027 }, '示范区街道办事处 · 2027年', null],
    // A blank document field is not a disagreement.
    [{ org_name: '示范区街道办事处', fiscal_year: 2027 }, { org: null, fiscal_year: null }, '示范区街道办事处 · 2027年', null],
    // Without the record (an older server), the document's own values.
    [undefined, { org: '某单位', fiscal_year: 2025 }, '某单位 · 2025年', null],
    [undefined, { org: null, fiscal_year: null }, '未填单位 · 未填年度', null],
  ])('%o + %o → %s', (record, document, label, note) => {
    expect(filedUnder(record, document)).toEqual({ label, documentNote: note });
  });
});
