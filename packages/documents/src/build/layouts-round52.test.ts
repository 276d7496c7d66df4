import { describe, expect, it } from 'vitest';
import type { FormsDocument } from '@jixiao/core';
import { importFile, importText } from '../import/import-file';
import { readDecimalCommaCells } from '../text/decimal-comma-cells';
import { dropRepeatedForms } from './repeated-forms';
import { withoutValueNotes } from './value-notes';

// Layouts of corpus documents 560–565: a German-locale CSV, a print view's last-year line under each value,
// an OCR text whose levels only the indentation shows, a workbook's 汇总 sheet repeating every project's form,
// and a portal nesting one table per level under <details> headings.

type Row = Record<string, unknown>;
const rows = (doc: FormsDocument, fields: string[]) => (doc.forms[0]?.indicators ?? []).map((r) => fields.map((f) => (r as Row)[f]));

describe('a CSV saved in a locale whose decimal mark is the comma', () => {
  it.each([
    ['dot-grouped amounts and decimal commas', [['1.280,00', '96,60%', '137,4万元', '≥9台', '8,5', '10']], [['1280.00', '96.60%', '137.4万元', '≥9台', '8.5', '10']]],
    ['text cells keep their punctuation', [['增长18.4%，完成9台', '8,5', '进口设备延误; 已督促']], [['增长18.4%，完成9台', '8.5', '进口设备延误; 已督促']]],
    ['a file writing 1,280.00 is left alone', [['1,280.00', '8,5']], [['1,280.00', '8,5']]],
    ['no decimal comma anywhere: nothing to read', [['1,280', '10']], [['1,280', '10']]],
  ])('%s', (_name, given, want) => {
    expect(readDecimalCommaCells(given)).toEqual(want);
  });

  it('reads a semicolon CSV of a self-evaluation with its figures', async () => {
    const csv = ['2025年度项目支出绩效自评表;;;;;', '项目名称;乡村卫生室设备补助;;;;', '一级指标;三级指标;年度指标值;实际完成值;分值;得分',
      '产出指标;配备设备台数;≥30台;30台;50;50', '满意度指标;群众满意度;≥90%;88,50%;50;47,5', '总分;;;;100;97,5'].join('\r\n');
    const result = await importFile(new TextEncoder().encode(`\uFEFF${csv}`), 'a.csv');
    if (!result.ok) throw new Error('unreadable');
    const doc = result.document;
    expect(rows(doc, ['actual', 'score'])).toEqual([['30台', 50], ['88.50%', 47.5]]);
    expect((doc.forms[0] as Row).total_score).toBe(97.5);
  });
});

describe('a note under the value in its cell', () => {
  it.each([
    ['≥320个\n上年完成值：275个', '≥320个'],
    ['明显提高\n上年：78%', '明显提高'],
    ['2026年6月30日前\n（新增指标）', '2026年6月30日前'],
    ['=8辆\n（上年完成值：—）', '=8辆'],
    ['≥5\n（个）', '≥5\n（个）'],
    ['1.设备\n2.验收', '1.设备\n2.验收'],
    ['上年完成值：12个', '上年完成值：12个'],
  ])('%j', (value, want) => {
    expect(withoutValueNotes(value)).toBe(want);
  });
});

describe('levels written as lines of their own', () => {
  it('reads an OCR text whose level columns were lost and only the indentation shows the tree', () => {
    const text = ['某某县林业局2026年度部门整体绩效目标表', '部门名称：某某县林业局', '',
      '绩效指标                         指标值        权重', '产出指标', '    数量指标',
      '        新增造林面积             ≥1200亩       40', '    质量指标', '        苗木成活率               ≥90%          30',
      '满意度指标', '    服务对象满意度指标', '        林农满意度               ≥90%          30'].join('\n');
    expect(rows(importText(text, 'a.txt'), ['level1', 'level2', 'name', 'target'])).toEqual([
      ['产出指标', '数量指标', '新增造林面积', '1200'],
      ['产出指标', '质量指标', '苗木成活率', '90'],
      ['满意度指标', '服务对象满意度指标', '林农满意度', '90'],
    ]);
  });

  it('gives a table under nested level headings both levels (a portal\'s <details> sections)', () => {
    const table = (name: string, value: string) => `<table><tr><th>三级指标</th><th>指标值</th><th>权重（%）</th></tr><tr><td>${name}</td><td>${value}</td><td>50</td></tr></table>`;
    const html = `<h3>2026年项目支出绩效目标表</h3><table><tr><td>项目名称</td><td>水源地保护</td></tr></table>`
      + `<details open><summary>产出指标</summary><details open><summary>数量指标</summary>${table('保护区数量', '≥26处')}</details></details>`
      + `<details open><summary>效益指标</summary><details open><summary>生态效益指标</summary>${table('排污口清理率', '=100%')}</details></details>`;
    expect(rows(importText(html, 'a.html'), ['level1', 'level2', 'name'])).toEqual([
      ['产出指标', '数量指标', '保护区数量'],
      ['效益指标', '生态效益指标', '排污口清理率'],
    ]);
  });

  it('goes on with a label\'s text wrapped onto the next line, and stops at the sentence\'s end', () => {
    const text = ['某某县林业局2026年度部门整体绩效目标表', '部门名称：某某县林业局',
      '年度履职目标：完成全县国土绿化和森林资源保护任务，推进林长制落实，加强森林', '防火和林业有害生物防治，保障林区安全。', '这一行不属于目标，',
      '一级指标\t三级指标\t指标值', '产出指标\t新增造林面积\t≥1200亩'].join('\n');
    expect((importText(text, 'a.txt').forms[0] as Row).goal).toBe('完成全县国土绿化和森林资源保护任务，推进林长制落实，加强森林防火和林业有害生物防治，保障林区安全。');
  });
});

describe('a form printed again whole in the same document', () => {
  const form = (name: string | null, target = '26') => ({
    kind: 'project_target', fiscal_year: 2026, org: null, org_code: null, department: null, project_code: null, project_name: name,
    budget_total_wan: null, budget_fiscal_wan: null, budget_other_wan: null, budget_district_wan: null, budget_subsidy_towns_wan: null,
    overview: null, basis: null, goal: null, spending_plan: null,
    indicators: [{ level1: '产出指标', level2: null, name: '数量', description: null, weight: null, unit: '处', comparator: '>=', target, basis: null, method: null, actual: null, score: null, reason: null }],
  });
  it.each([
    ['an exact copy goes', [form('甲'), form('乙'), form('甲')], ['甲', '乙']],
    ['a copy with one value changed stays', [form('甲'), form('甲', '27')], ['甲', '甲']],
    ['forms naming no project stay', [form(null), form(null)], [null, null]],
  ])('%s', (_name, forms, want) => {
    const doc = { format: 'jixiao.forms/v1', source: 'a.xlsx', forms, warnings: [{ form: forms.length - 1, row: 0, code: 'x', message: 'x' }] } as unknown as FormsDocument;
    const out = dropRepeatedForms(doc);
    expect(out.forms.map((f) => ('project_name' in f ? f.project_name : undefined))).toEqual(want);
    expect(out.warnings.every((w) => w.form == null || w.form < out.forms.length)).toBe(true);
  });
});
