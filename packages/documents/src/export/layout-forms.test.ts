import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { COMPARATORS, deriveTarget, emptyIndicator, formSchema, type Form, type Indicator } from '@jixiao/core';
import { coveredFromAbove, type FormLayout } from './form-layout';
import { inlineTargetText, natureText } from './indicator-table';
import { layoutForm, sheetNames } from './layout-forms';

const TRUTH = '/work/shared/fixtures/truth';
function truthForms(id: string): Form[] {
  const doc = JSON.parse(readFileSync(`${TRUTH}/${id}.json`, 'utf8')) as { forms: Array<Record<string, unknown>> };
  return doc.forms.map(({ levels_uncertain: _drop, ...form }) => formSchema.parse(form));
}

/** Every grid position of every row is owned by exactly one cell (own or merged from above). */
function coverage(layout: FormLayout): number[][] {
  const covered = coveredFromAbove(layout);
  return layout.rows.map((row, r) => {
    const count = new Array<number>(layout.columns.length).fill(0);
    for (const c of row.cells) for (let k = c.col; k < c.col + c.colSpan; k++) count[k] = (count[k] ?? 0) + 1;
    for (const col of covered[r]?.keys() ?? []) count[col] = (count[col] ?? 0) + 1;
    return count;
  });
}

const allTruth = ['000', '002', '003', '004'].flatMap((id) => truthForms(id).map((form, i) => ({ id: `${id}#${i} ${form.kind}`, form })));

describe('layoutForm', () => {
  it.each(allTruth)('$id fills the grid exactly once per position', ({ form }) => {
    const layout = layoutForm(form);
    for (const row of coverage(layout)) expect(row).toEqual(new Array(layout.columns.length).fill(1));
  });

  it.each(allTruth)('$id prints every indicator name once in document order', ({ form }) => {
    const layout = layoutForm(form);
    const header = layout.rows.findIndex((r) => r.header);
    const body = layout.rows.slice(header + 1, header + 1 + form.indicators.length);
    const nameColumn = layout.rows[header]!.cells.findIndex((c) => /三级指标|^指标$/.test(c.text));
    const nameCol = layout.rows[header]!.cells[nameColumn]!.col;
    expect(body.map((r) => r.cells.find((c) => c.col <= nameCol && nameCol < c.col + c.colSpan)?.text)).toEqual(form.indicators.map((i) => i.name));
  });

  const levelled = (names: Array<[string | null, string | null]>): Form => ({
    ...formSchema.parse({ kind: 'project_target' }),
    indicators: names.map(([level1, level2], i) => ({ ...emptyIndicator(`指标${i}`), level1, level2, comparator: '=', target: '1' })),
  });
  it.each([
    { name: 'runs merge', levels: [['产出指标', '数量指标'], ['产出指标', '数量指标'], ['产出指标', '质量指标'], ['效益指标', '质量指标']], spans1: [3, 1], spans2: [2, 1, 1] },
    { name: 'a level2 run stops at a level1 change', levels: [['产出指标', '质量指标'], ['效益指标', '质量指标']], spans1: [1, 1], spans2: [1, 1] },
    { name: 'blank levels never merge', levels: [[null, null], [null, null]], spans1: [], spans2: [] },
  ] as Array<{ name: string; levels: Array<[string | null, string | null]>; spans1: number[]; spans2: number[] }>)('level cells: $name', ({ levels, spans1, spans2 }) => {
    const layout = layoutForm(levelled(levels));
    const header = layout.rows.findIndex((r) => r.header);
    const body = layout.rows.slice(header + 1);
    const spansAt = (label: string) => {
      const col = layout.rows[header]!.cells.find((c) => c.text === label)?.col;
      return col == null ? [] : body.flatMap((r) => r.cells.filter((c) => c.col === col).map((c) => c.rowSpan));
    };
    expect(spansAt('一级指标')).toEqual(spans1);
    expect(spansAt('二级指标')).toEqual(spans2);
  });
});

it('a row without 二级 gives that column to its name, so the blank does not read as "same as above"', () => {
  const layout = layoutForm({
    ...formSchema.parse({ kind: 'department_self_evaluation' }),
    indicators: ([['财务管理', '财务制度'], [null, '配合度']] as Array<[string | null, string]>).map(([level2, name]) => ({ ...emptyIndicator(name), level1: '扣分项', level2 })),
  });
  const header = layout.rows.findIndex((r) => r.header);
  const level2Col = layout.rows[header]!.cells.find((c) => c.text === '二级指标')!.col;
  const [first, second] = layout.rows.slice(header + 1, header + 3);
  expect(first!.cells.find((c) => c.col === level2Col)).toMatchObject({ text: '财务管理', colSpan: 1 });
  expect(second!.cells.find((c) => c.col === level2Col)).toMatchObject({ text: '配合度', colSpan: 2 });
});

describe('sheetNames', () => {
  it.each([
    { stems: ['财税征收经费', '财税征收经费'], want: ['1-财税征收经费', '2-财税征收经费'] },
    { stems: ['a/b\\c[d]e:f*g?h'], want: ['1-a b c d e f g h'] },
    { stems: ['', '   '], want: ['1-表', '2-表'] },
    { stems: ['一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三'], want: ['1-一二三四五六七八九十一二三四五六七八九十一二三四五六七八九'] },
  ])('$stems', ({ stems, want }) => {
    const names = sheetNames(stems);
    expect(names).toEqual(want);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(31);
  });

  it('stays unique for many equal long names', () => {
    const names = sheetNames(new Array(300).fill('某某区某某局某某项目专项资金绩效目标申报表（第二批次）'));
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(300);
    for (const n of names) expect(n).toMatch(/^[^[\]:*?/\\]{1,31}$/);
  });
});

const indicatorArb = fc.record({
  comparator: fc.constantFrom(...COMPARATORS),
  target: fc.oneof(fc.integer({ min: 0, max: 100000 }).map(String), fc.constantFrom('95.5', '预算控制数', '有效提高', '优', '按时完成', '0.5')),
  unit: fc.constantFrom(null, '%', '人', '次', '万元', '个'),
});

describe('target cells re-derive to the same comparator, target and unit', () => {
  it('with a 指标性质 column (property)', () => {
    fc.assert(fc.property(indicatorArb, ({ comparator, target, unit }) => {
      const indicator: Indicator = { ...emptyIndicator('x'), comparator, target, unit };
      const back = deriveTarget({ nature: natureText(indicator), value: indicator.target, unit: indicator.unit });
      expect(back).toEqual({ comparator, target, unit });
    }));
  });

  it.each([
    { comparator: '>=' as const, target: '90', unit: '%', text: '≥90%' },
    { comparator: '<=' as const, target: '预算控制数', unit: null, text: '≤预算控制数' },
    { comparator: 'qualitative' as const, target: '有效提高', unit: null, text: '有效提高' },
    { comparator: null, target: '', unit: null, text: '' },
  ])('inline value $text', ({ comparator, target, unit, text }) => {
    expect(inlineTargetText({ ...emptyIndicator('x'), comparator, target, unit })).toBe(text);
  });
});
