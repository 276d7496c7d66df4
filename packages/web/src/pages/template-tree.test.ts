import { describe, expect, it } from 'vitest';
import { DEPT_2024_TEMPLATE, type EvaluationTemplate, type TemplateItem } from '@jixiao/core';
import {
  addItem, checkFormula, copyTemplate, countUnder, findItem, freshTemplateKey, groupTotals, moveItem, moveItemTo, moveTargets, parentOf,
  previewFormula, removeItem, saveBlockers, updateItem, wholeTotal,
} from './template-tree';

const tree = (): TemplateItem[] => [
  {
    id: 'a', name: '产出', level: 1, maxScore: 60, children: [
      { id: 'a.1', name: '数量', level: 2, maxScore: 30, children: [{ id: 'a.1.1', name: '培训人数', level: 3, maxScore: 30, formula: '实际人数 / 计划人数 * 30', inputs: ['实际人数', '计划人数'] }] },
      { id: 'a.2', name: '质量', level: 2, maxScore: 30 },
    ],
  },
  { id: 'b', name: '效益', level: 1, maxScore: 40 },
  { id: 'd', name: '扣分项', level: 1, maxScore: null, deduction: true, limit: 5, children: [{ id: 'd.1', name: '资料报送不及时', level: 2, maxScore: null, deduction: true, limit: 2 }] },
];
const template = (items = tree()): EvaluationTemplate => ({ id: 't', name: '测试模板', fiscalYear: 2025, source: null, totalScore: 100, items });

describe('template tree edits', () => {
  it('adds a child one level down at the end, and a 一级 item at the top; a 三级 item takes no children', () => {
    const before = tree();
    const added = addItem(before, 'a.2')!;
    expect(findItem(added.items, added.id)).toMatchObject({ id: 'a.2.1', level: 3, maxScore: 0 });
    expect(parentOf(added.items, added.id)).toBe('a.2');
    expect(findItem(before, 'a.2')!.children).toBeUndefined();
    const top = addItem(before, null, '满意度')!;
    expect(top.items.at(-1)).toMatchObject({ id: 'item.1', name: '满意度', level: 1 });
    expect(addItem(before, 'a.1.1')).toBeNull();
    // Under a 扣分项 the new row takes points off too; elsewhere it does not.
    // Bounded by its group, not by a 分值 of 0 that would let it take nothing off.
    expect(findItem(addItem(before, 'd')!.items, 'd.2')).toMatchObject({ deduction: true, level: 2, maxScore: null });
    expect(findItem(added.items, 'a.2.1')!.deduction).toBeUndefined();
  });

  it('gives a new item an id no other item has', () => {
    const items = tree();
    items[1]!.children = [{ id: 'b.1', name: '甲', level: 2, maxScore: 40 }];
    expect(addItem(items, 'b')!.id).toBe('b.2');
  });

  it('removes an item with its rows, and counts them for the question asked first', () => {
    const items = tree();
    expect(countUnder(findItem(items, 'a')!)).toBe(3);
    const after = removeItem(items, 'a.1');
    expect(findItem(after, 'a.1')).toBeNull();
    expect(findItem(after, 'a.1.1')).toBeNull();
    expect(findItem(after, 'a.2')).not.toBeNull();
    expect(findItem(items, 'a.1.1')).not.toBeNull();
  });

  it('moves an item with its rows under another parent, its levels following, and the totals recomputed', () => {
    const items = tree();
    // A 三级 row from one 二级 to another: 数量 is left with nothing under its 30, 质量 gets 30 over its 30.
    const across = moveItemTo(items, 'a.1.1', 'a.2');
    expect(across.ok).toBe(true);
    if (!across.ok) return;
    expect(findItem(across.items, 'a.2')!.children!.map((i) => [i.id, i.level])).toEqual([['a.1.1', 3]]);
    expect(findItem(across.items, 'a.1')!.children).toEqual([]);
    expect(findItem(across.items, 'a.1.1')).toMatchObject({ formula: '实际人数 / 计划人数 * 30', inputs: ['实际人数', '计划人数'] });
    expect(groupTotals(across.items).find((g) => g.id === 'a')).toMatchObject({ children: 60, matches: true });
    // A 二级 group promoted to 一级: its row becomes 二级, and 产出 no longer adds up to its 60 (flagged as today).
    const up = moveItemTo(items, 'a.1', null);
    expect(up.ok && up.items.map((i) => i.id)).toEqual(['a', 'b', 'd', 'a.1']);
    expect(up.ok && findItem(up.items, 'a.1.1')!.level).toBe(2);
    expect(up.ok && groupTotals(up.items).find((g) => g.id === 'a')).toMatchObject({ stated: 60, children: 30, matches: false });
    expect(up.ok && wholeTotal(template(up.items))).toMatchObject({ sum: 100, matches: true });
    // A 一级 item demoted under another 一级.
    const down = moveItemTo(items, 'b', 'a');
    expect(down.ok && findItem(down.items, 'b')).toMatchObject({ level: 2 });
    // Under a 扣分项 the moved row takes points off, as an added row does.
    const intoDeduction = moveItemTo(items, 'a.2', 'd');
    expect(intoDeduction.ok && findItem(intoDeduction.items, 'a.2')).toMatchObject({ level: 2, deduction: true });
    // The tree it was given is as it was.
    expect(findItem(items, 'a.1.1')!.level).toBe(3);
    expect(parentOf(items, 'a.1.1')).toBe('a.1');
  });

  it('refuses a move under itself, under its own rows, past 三级, or to where it is', () => {
    const items = tree();
    expect(moveItemTo(items, 'a', 'a')).toMatchObject({ ok: false, reason: expect.stringContaining('它自己或它的下级') });
    expect(moveItemTo(items, 'a', 'a.1')).toMatchObject({ ok: false, reason: expect.stringContaining('它自己或它的下级') });
    // 数量 has a 三级 row: under 质量 (二级) it would reach 四级.
    expect(moveItemTo(items, 'a.1', 'a.2')).toMatchObject({ ok: false, reason: expect.stringContaining('超过三级') });
    expect(moveItemTo(items, 'a', 'b')).toMatchObject({ ok: false, reason: expect.stringContaining('超过三级') });
    expect(moveItemTo(items, 'a.2', 'a')).toMatchObject({ ok: false, reason: expect.stringContaining('已在此处') });
    expect(moveItemTo(items, 'nope', null)).toMatchObject({ ok: false });
    expect(moveItemTo(items, 'a.2', 'nope')).toMatchObject({ ok: false });
    // guard: a leaf 二级 may go under another 二级 (it becomes 三级).
    expect(moveItemTo(items, 'a.2', 'a.1')).toMatchObject({ ok: true });
  });

  it('offers as targets only the places a move is allowed, the top first', () => {
    const items = tree();
    expect(moveTargets(items, 'a.1.1').map((t) => t.id)).toEqual([null, 'a', 'a.2', 'b', 'd', 'd.1']);
    expect(moveTargets(items, 'a.1.1').find((t) => t.id === 'a.2')!.label).toBe('产出 / 质量');
    // 数量 with its row: at the top, or under another 一级; never under itself, its row, or a 二级.
    expect(moveTargets(items, 'a.1').map((t) => t.id)).toEqual([null, 'b', 'd']);
    // A 一级 with two levels under it can go nowhere else.
    expect(moveTargets(items, 'a')).toEqual([]);
  });

  it('moves an item among its siblings only, and says when it cannot', () => {
    const items = tree();
    const down = moveItem(items, 'a.1', 1)!;
    expect(findItem(down, 'a')!.children!.map((i) => i.id)).toEqual(['a.2', 'a.1']);
    expect(moveItem(items, 'a.2', 1)).toBeNull();
    expect(moveItem(items, 'a', -1)).toBeNull();
    expect(moveItem(items, 'b', -1)!.map((i) => i.id)).toEqual(['b', 'a', 'd']);
    expect(items.map((i) => i.id)).toEqual(['a', 'b', 'd']);
  });

  it('edits one item and leaves the others', () => {
    const after = updateItem(tree(), 'a.1.1', { maxScore: 25, name: '培训人次' });
    expect(findItem(after, 'a.1.1')).toMatchObject({ maxScore: 25, name: '培训人次', level: 3 });
    expect(findItem(after, 'a.2')).toEqual(findItem(tree(), 'a.2'));
  });
});

describe('template totals', () => {
  it('sets each group beside its rows, leaving 扣分项 out, and the whole beside 满分', () => {
    const items = updateItem(tree(), 'a.1.1', { maxScore: 25 });
    const totals = groupTotals(items);
    expect(totals.map((g) => [g.id, g.stated, g.children, g.matches])).toEqual([['a', 60, 55, false], ['a.1', 30, 25, false]]);
    expect(wholeTotal(template(items))).toEqual({ sum: 95, stated: 100, matches: false });
    expect(wholeTotal(template())).toEqual({ sum: 100, stated: 100, matches: true });
    // Guard: a group with no 分值 of its own is no mismatch.
    expect(groupTotals(updateItem(tree(), 'a', { maxScore: null })).find((g) => g.id === 'a')!.matches).toBe(true);
  });

  it('keeps a template whose groups do not add up until the clerk says why', () => {
    const off = template(updateItem(tree(), 'a.1.1', { maxScore: 25 }));
    const blockers = saveBlockers(off);
    expect(blockers.some((m) => m.includes('「产出」标注分值60分，但下级指标分值合计55分'))).toBe(true);
    expect(saveBlockers({ ...off, totalsNote: '按省厅文件原样' })).toEqual([]);
    expect(saveBlockers(template())).toEqual([]);
  });
});

describe('template formulas in the editor', () => {
  it('names an input the item does not list, a syntax error and a refused construct, in Chinese', () => {
    const item = findItem(tree(), 'a.1.1')!;
    expect(checkFormula(item)).toEqual({ ok: true, inputs: ['实际人数', '计划人数'] });
    const typo = checkFormula({ ...item, formula: '实际人数 / 计划数 * 30' });
    expect(typo.ok).toBe(false);
    expect(!typo.ok && typo.issues[0]).toContain('用到「计划数」，但它不在本指标的输入项中');
    const broken = checkFormula({ ...item, formula: '实际人数 / (计划人数 * 30' });
    expect(!broken.ok && broken.issues[0]).toMatch(/公式语法错误/);
    const refused = checkFormula({ ...item, formula: 'process.exit(1)' });
    expect(!refused.ok && refused.issues[0]).toMatch(/不允许|只能调用/);
    // Guard: an item that lists no inputs (an older template) lets its formula name them.
    expect(checkFormula({ ...item, inputs: undefined, formula: '甲 + 乙' })).toEqual({ ok: true, inputs: ['甲', '乙'] });
    expect(saveBlockers(template(updateItem(tree(), 'a.1.1', { formula: '实际人数 / 计划数 * 30' })))[0]).toContain('计划数');
  });

  it('previews a score bounded by 分值, and points off bounded by the 扣分上限', () => {
    const item = findItem(tree(), 'a.1.1')!;
    expect(previewFormula(item, { 实际人数: 45, 计划人数: 50 })).toEqual({ ok: true, value: 27, raw: 27 });
    expect(previewFormula(item, { 实际人数: 60, 计划人数: 50 })).toMatchObject({ ok: true, value: 30 });
    const missing = previewFormula(item, { 实际人数: 45 });
    expect(!missing.ok && missing.issues[0]).toContain('计划人数');
    const late = { ...findItem(tree(), 'd.1')!, formula: '次数 * 1', inputs: ['次数'] };
    expect(previewFormula(late, { 次数: 5 })).toMatchObject({ ok: true, value: 2 });
    // A row bounded by its group only: the cap the editor passes (the group's 5), not unbounded.
    const bare = { ...late, limit: null };
    expect(previewFormula(bare, { 次数: 9 }, 5)).toMatchObject({ ok: true, value: 5, raw: 9 });
  });
});

describe('copying a template', () => {
  it('gives the copy its own key, name and year, lists each formula\'s inputs, and leaves the source as it was', () => {
    const copy = copyTemplate(DEPT_2024_TEMPLATE, { key: 'custom-2025-x', name: '本省2025模板', fiscalYear: 2025 });
    expect(copy).toMatchObject({ id: 'custom-2025-x', name: '本省2025模板', fiscalYear: 2025 });
    expect(findItem(copy.items, 'performance-1')!.inputs).toEqual(['年终完成履职效果目标数量', '年初目标设置总数']);
    expect(findItem(DEPT_2024_TEMPLATE.items, 'performance-1')!.inputs).toBeUndefined();
    // The built-in's groups do not add up as printed: the copy says so until a 说明 is written.
    expect(saveBlockers(copy).some((m) => m.includes('分值合计不一致'))).toBe(true);
    expect(saveBlockers({ ...copy, totalsNote: '按印发文件原样' })).toEqual([]);
  });

  it('makes a key no stored template has', () => {
    expect(freshTemplateKey(2025, [], 'k1')).toBe('custom-2025-k1');
    expect(freshTemplateKey(2025, ['custom-2025-k1'], 'k1')).toBe('custom-2025-k1-2');
    expect(freshTemplateKey(null, [], 'k1')).toBe('custom-tpl-k1');
  });
});
