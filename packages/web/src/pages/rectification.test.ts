import { describe, expect, it } from 'vitest';
import type { Rectification, RectificationItem } from '@jixiao/core';
import { approveOpenProblemsNote, itemsBySource, rectificationIntro, openProblemsWarning, rectificationSummary } from './rectification';

const item = (key: string, source: number, kind: RectificationItem['kind'], status: RectificationItem['status'] = null): RectificationItem =>
  ({ key, source, kind, text: key, detail: null, status, note: null, updated_by: null, updated_at: null });

describe('itemsBySource and openProblemsWarning', () => {
  // A self-evaluation and an evaluation may share an id number: the kind tells them apart.
  const r: Rectification = {
    form_id: 9,
    editable: true,
    sources: [
      { kind: 'self_evaluation', id: 4, fiscal_year: 2025, title: '自评', summary: null, improvements: null },
      { kind: 'evaluation', id: 4, fiscal_year: 2025, title: '评价', summary: null, improvements: null },
    ],
    items: [item('se:4:p:0', 4, 'problem', 'done'), item('ev:4:a', 4, 'deduction'), item('se:4:r:1', 4, 'shortfall')],
    open: 2,
  };
  it('groups items under their own source', () => {
    expect(itemsBySource(r).map((g) => [g.source.title, g.items.map((i) => i.key)])).toEqual([
      ['自评', ['se:4:p:0', 'se:4:r:1']],
      ['评价', ['ev:4:a']],
    ]);
  });
  it('warns only while something is unanswered', () => {
    expect(openProblemsWarning(r)).toContain('还有 2 条上年问题');
    expect(openProblemsWarning({ ...r, open: 0 })).toBeNull();
    expect(openProblemsWarning(null)).toBeNull();
  });
  // Each answer saves on its own button: one typed but not saved would be left behind by the submit.
  it.each<[string, number, number, string | null]>([
    ['unanswered, nothing typed', 2, 0, '还有 2 条上年问题未说明整改情况（见「上年问题整改」），审核人会看到；可以先说明再提交。'],
    ['unanswered, one typed', 2, 1, '还有 2 条上年问题未说明整改情况（见「上年问题整改」），审核人会看到；有 1 条整改说明已填写但未保存，提交时不会带上，请先点该条下的「保存」。'],
    ['all answered, one changed', 0, 1, '有 1 条整改说明已填写但未保存，提交时不会带上，请先点该条下的「保存」（见「上年问题整改」）。'],
    ['all answered and saved', 0, 0, null],
  ])('%s', (_why, open, unsaved, expected) => {
    expect(openProblemsWarning({ ...r, open }, unsaved)).toBe(expected);
  });
});

describe('rectificationIntro', () => {
  const self = { kind: 'self_evaluation' as const, id: 1, fiscal_year: 2025, title: '', summary: null, improvements: null };
  const evaluation = { kind: 'evaluation' as const, id: 2, fiscal_year: 2024, title: '', summary: null, improvements: null };
  it.each<[string, Parameters<typeof rectificationIntro>[0], string]>([
    ['a project sheet, to the unit', { sources: [self], editable: true }, '以下是 2025 年度绩效自评发现的问题。请逐条说明'],
    ['both sources, to the reviewer', { sources: [self, evaluation], editable: false }, '以下是 2024、2025 年度绩效自评和已公开的部门整体评价发现的问题。下面是填报单位'],
  ])('%s', (_why, r, start) => {
    expect(rectificationIntro(r).startsWith(start)).toBe(true);
  });
});

describe('rectificationSummary', () => {
  const items = [item('a', 1, 'problem', 'done'), item('b', 1, 'problem'), item('c', 1, 'shortfall', 'in_progress')];
  // The reviewer reads the indicators first: the panel stays one line for them, unfolded only for a unit with answers to give.
  it.each<[string, boolean, number, string, boolean]>([
    ['unit with unanswered problems', true, 1, '上年问题 3 项：1 条待答复', true],
    ['unit, all answered', true, 0, '上年问题 3 项，已全部答复', false],
    ['reviewer, some unanswered', false, 1, '上年问题 3 项：1 条待答复', false],
    ['reviewer, all answered', false, 0, '上年问题 3 项，已全部答复', false],
  ])('%s', (_why, editable, open, text, unfolded) => {
    expect(rectificationSummary({ items, open, editable })).toEqual({ text, unfolded });
  });
});

describe('approveOpenProblemsNote', () => {
  it.each<[number | undefined, string | null]>([
    [undefined, null],
    [0, null],
    [2, '单位还有 2 条上年问题未说明整改情况（见「上年问题整改」）；如需单位说明，请改为退回，或在审核意见中写明。'],
  ])('%s open', (open, note) => {
    expect(approveOpenProblemsNote(open)).toBe(note);
  });
});
