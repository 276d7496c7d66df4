import { describe, expect, it } from 'vitest';
import { emptyForm, emptyIndicator, type Form, type ProjectTarget } from '@jixiao/core';
import { mergeForms } from './merge-forms';

function target(): ProjectTarget {
  const f = emptyForm('project_target') as ProjectTarget;
  f.project_name = '道路养护';
  f.overview = '原概况';
  f.indicators = [
    { ...emptyIndicator('养护里程'), unit: '公里', comparator: '>=', target: '20', weight: 30 },
    { ...emptyIndicator('群众满意度'), unit: '%', comparator: '>=', target: '90', weight: 10 },
  ];
  return f;
}
const edit = (f: Form, fn: (x: ProjectTarget) => void): Form => {
  const copy = structuredClone(f) as ProjectTarget;
  fn(copy);
  return copy;
};

describe('mergeForms', () => {
  const base = target();
  it('keeps both sides when they changed different fields and rows', () => {
    const mine = edit(base, (x) => { x.indicators[1]!.target = '92'; });
    const theirs = edit(base, (x) => { x.overview = '新概况'; x.indicators[0]!.target = '25'; });
    const { form, conflicts } = mergeForms(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect((form as ProjectTarget).overview).toBe('新概况');
    expect(form.indicators.map((r) => r.target)).toEqual(['25', '92']);
  });

  it('keeps this page\'s value where both changed the same cell, and names it', () => {
    const mine = edit(base, (x) => { x.indicators[0]!.target = '22'; });
    const theirs = edit(base, (x) => { x.indicators[0]!.target = '25'; x.project_name = '道路养护工程'; });
    const { form, conflicts } = mergeForms(base, mine, theirs);
    expect(form.indicators[0]!.target).toBe('22');
    expect((form as ProjectTarget).project_name).toBe('道路养护工程');
    expect(conflicts).toEqual([{ row: 0, field: 'target', label: '指标值', before: '25', after: '22' }]);
  });

  it.each([
    ['only the other side added a row', (x: ProjectTarget) => { x.overview = '我改概况'; }, (x: ProjectTarget) => { x.indicators.push(emptyIndicator('新增')); }, 3, 0],
    ['only this page removed a row', (x: ProjectTarget) => { x.indicators.pop(); }, (x: ProjectTarget) => { x.overview = '他改概况'; }, 1, 0],
    ['both added rows', (x: ProjectTarget) => { x.indicators.push(emptyIndicator('甲')); }, (x: ProjectTarget) => { x.indicators.push(emptyIndicator('乙')); }, 3, 1],
  ])('%s', (_, mineEdit, theirEdit, rows, conflictCount) => {
    const { form, conflicts } = mergeForms(base, edit(base, mineEdit), edit(base, theirEdit));
    expect(form.indicators).toHaveLength(rows);
    expect(conflicts).toHaveLength(conflictCount);
  });
});
