import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deductionFloors, describeDeductionFloor } from './deduction-floor';
import { evaluateTemplate, type EvaluateTemplateInput } from './evaluate-template';
import { flattenTemplate, type TemplateItem } from './evaluation-template';
import { byId, leaf, tpl } from './held-out-template-cases';
import { DEPT_2024_TEMPLATE } from './templates/dept-2024';

// rules.md §3: 扣分项 are negative and floored at the item's limit. A row's own 扣分上限 bounds it, else its own 分值,
// else the 扣分项 group above it, else the template's 满分 (扣完为止); the total never goes below 0.

const group = (id: string, more: Partial<TemplateItem>, children: TemplateItem[]): TemplateItem => leaf(id, null, { deduction: true, ...more, children });
const row = (id: string, max: number | null, more: Partial<TemplateItem> = {}) => leaf(id, max, { deduction: true, ...more }, 2);

describe('where a deduction is floored', () => {
  type Row = [label: string, items: TemplateItem[], input: EvaluateTemplateInput, scores: Record<string, number>, total: number, floorSaid: string | null];
  const earned = { enteredScores: { a: 90 } };
  it.each<Row>([
    ['no limit and no 分值: 扣完为止 at the 满分', [leaf('d', null, { deduction: true })], { ...earned, deductions: { d: 7 } }, { d: -7 }, 83, null],
    ['no limit and no 分值, beyond the 满分', [leaf('d', null, { deduction: true })], { ...earned, deductions: { d: 130 } }, { d: -100 }, 0, '扣完为止，至多扣满分100分'],
    ['a 扣分上限', [leaf('d', null, { deduction: true, limit: 5 })], { ...earned, deductions: { d: 8 } }, { d: -5 }, 85, '扣分上限5分'],
    ['a 扣分上限 not reached', [leaf('d', null, { deduction: true, limit: 5 })], { ...earned, deductions: { d: 4 } }, { d: -4 }, 86, null],
    ['its 分值 is its limit when no 扣分上限 is given', [leaf('d', 3, { deduction: true })], { ...earned, deductions: { d: 5 } }, { d: -3 }, 87, '以本项分值3分为限'],
    ['a 扣分上限 wins over its 分值', [leaf('d', 3, { deduction: true, limit: 6 })], { ...earned, deductions: { d: 5 } }, { d: -5 }, 85, null],
    ['a formula beyond the limit', [leaf('d', null, { deduction: true, limit: 4, formula: '问题数 × 1' })], { ...earned, inputs: { 问题数: 9 } }, { d: -4 }, 86, '扣分上限4分'],
    [
      'several rows under a limited group: each within the group, the group at its limit',
      [group('d', { limit: 5 }, [row('d1', null), row('d2', null), row('d3', 2)])],
      { ...earned, deductions: { d1: 3, d2: 9, d3: 4 } },
      { d1: -3, d2: -5, d3: -2, d: -5 }, 85, '以上级「项d」的5分为限',
    ],
    [
      'several rows under a group with no bound: the group is floored at the 满分',
      [group('d', {}, [row('d1', null), row('d2', null)])],
      { ...earned, deductions: { d1: 80, d2: 70 } },
      { d1: -80, d2: -70, d: -100 }, 0, '扣完为止，至多扣满分100分',
    ],
    [
      'a group whose 分值 bounds its rows',
      [group('d', { maxScore: 4 }, [row('d1', null), row('d2', 1)])],
      { ...earned, deductions: { d1: 3, d2: 3 } },
      { d1: -3, d2: -1, d: -4 }, 86, '以本项分值1分为限',
    ],
    ['a stated 0 takes nothing off (guard: written as such)', [leaf('d', 0, { deduction: true })], { ...earned, deductions: { d: 2 } }, { d: 0 }, 90, '以本项分值0分为限'],
    ['nothing found takes nothing off (guard)', [group('d', {}, [row('d1', null)])], earned, { d1: 0, d: 0 }, 90, null],
  ])('%s', (_label, deductions, input, scores, total, floorSaid) => {
    const r = evaluateTemplate(tpl([leaf('a', 100), ...deductions]), input);
    for (const [id, score] of Object.entries(scores)) expect(byId(r, id).score, id).toBe(score);
    expect(r.total).toBe(total);
    const said = r.items.filter((i) => i.source === 'deduction' || i.id.startsWith('d')).map((i) => i.derivation.arithmetic).join(' | ');
    if (floorSaid) expect(said).toContain(floorSaid);
    else expect(said).not.toMatch(/为限|扣分上限|扣完为止/);
  });

  it('a row floored by its group says so on the row, in Chinese', () => {
    const r = evaluateTemplate(tpl([leaf('a', 100), group('d', { limit: 5, name: '扣分项' }, [row('d1', null)])]), { deductions: { d1: 9 } });
    expect(byId(r, 'd1').score).toBe(-5);
    expect(byId(r, 'd1').issues.join('')).toContain('上级「扣分项」可扣的5分');
  });

  it('the total never goes below 0, and says so when the deductions took it there', () => {
    const r = evaluateTemplate(tpl([leaf('a', 100), leaf('d', null, { deduction: true, limit: 50 })]), { enteredScores: { a: 20 }, deductions: { d: 30 } });
    expect(r.total).toBe(0);
    expect(r.totalNote).toBe('各项得分与扣分合计-10分，总分不低于0分，按0分计。');
    // guard: a total at or above 0 carries no note
    expect(evaluateTemplate(tpl([leaf('a', 100), leaf('d', null, { deduction: true })]), { enteredScores: { a: 20 }, deductions: { d: 20 } }).totalNote).toBeUndefined();
  });

  it('the floors the editor shows are the ones the evaluator applies (2024 template: 扣完为止 everywhere)', () => {
    const floors = deductionFloors(DEPT_2024_TEMPLATE.items, 100);
    const deductionIds = flattenTemplate(DEPT_2024_TEMPLATE.items).filter(({ item }) => item.id.startsWith('deduct')).map(({ item }) => item.id);
    expect([...floors.keys()].sort()).toEqual(deductionIds.sort());
    for (const floor of floors.values()) expect(describeDeductionFloor(floor)).toBe('扣完为止，至多扣满分100分');
    const limited = deductionFloors([leaf('a', 90), group('d', { limit: 10, name: '扣分项' }, [row('d1', null), row('d2', 2), row('d3', null, { limit: 4 })])], 100);
    expect(Object.fromEntries([...limited].map(([id, fl]) => [id, describeDeductionFloor(fl)]))).toEqual({
      d: '扣分上限10分', d1: '以上级「扣分项」的10分为限', d2: '以本项分值2分为限', d3: '扣分上限4分',
    });
    // guard: scored rows have no floor
    expect(limited.has('a')).toBe(false);
  });
});

describe('deduction properties', () => {
  const points = fc.oneof(fc.double({ min: -500, max: 500, noNaN: true }), fc.constantFrom(0, 1e308, Number.NaN, Infinity));
  const bound = fc.option(fc.integer({ min: 0, max: 30 }), { nil: null });
  // One to three scored rows and a 扣分项 group of one to three rows, each with or without a 扣分上限 and a 分值.
  const shape = fc.record({
    maxima: fc.array(fc.integer({ min: 0, max: 60 }), { minLength: 1, maxLength: 3 }),
    scores: fc.array(fc.double({ min: -20, max: 80, noNaN: true }), { minLength: 3, maxLength: 3 }),
    groupLimit: bound,
    groupMax: bound,
    rows: fc.array(fc.record({ limit: bound, max: bound, points }), { minLength: 1, maxLength: 3 }),
  });

  it('a total is within [0, Σ maxima], each row within its floor, the group within its own', () => {
    fc.assert(fc.property(shape, (s) => {
      const scored = s.maxima.map((m, i) => leaf(`a${i}`, m));
      const rows = s.rows.map((r, i) => row(`d${i}`, r.max, { limit: r.limit }));
      const t = tpl([...scored, group('d', { limit: s.groupLimit, maxScore: s.groupMax }, rows)], s.maxima.reduce((a, b) => a + b, 0));
      const r = evaluateTemplate(t, {
        enteredScores: Object.fromEntries(scored.map((a, i) => [a.id, s.scores[i]!])),
        deductions: Object.fromEntries(rows.map((d, i) => [d.id, s.rows[i]!.points])),
      });
      const floors = deductionFloors(t.items, t.totalScore);
      if (!(r.total >= 0 && r.total <= t.totalScore)) return false;
      return r.items.every((i) => {
        const fl = floors.get(i.id);
        return !fl || (i.score !== null && i.score <= 0 && i.score >= -fl.points);
      });
    }), { numRuns: 400 });
  });
});
