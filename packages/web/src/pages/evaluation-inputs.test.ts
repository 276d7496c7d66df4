import { describe, expect, it } from 'vitest';
import { evaluateTemplate, type EvaluationTemplate } from '@jixiao/core';
import { evaluableOrgs, evaluationLabel, givenInputs, isPending, readTypedInput, storedInputs, typedFromStored, wholeScorableGroups } from './evaluation-inputs';

const TEMPLATE: EvaluationTemplate = {
  id: 't', name: '测试模板', totalScore: 20,
  items: [
    {
      id: 'a', name: '预算执行', level: 1, maxScore: 10,
      children: [
        { id: 'a1', name: '预算执行率', level: 2, maxScore: 6, formula: '执行数 / 预算数 * 6' },
        { id: 'a2', name: '资金管理', level: 2, maxScore: 4 },
      ],
    },
    { id: 'b', name: '产出', level: 1, maxScore: 10, children: [{ id: 'b1', name: '数量', level: 2, maxScore: 10 }] },
    { id: 'd', name: '扣分项', level: 1, maxScore: null, deduction: true, limit: 3 },
  ],
} as EvaluationTemplate;

describe('typed formula inputs', () => {
  it.each([
    ['95%', 95],
    ['1,200万元', 1200],
    ['１２００', 1200],
    [' 3.5 ', 3.5],
    ['abc', null],
    ['', null],
  ])('reads 「%s」 as %s', (text, value) => {
    expect(readTypedInput(text)).toBe(value);
  });

  it('drops blank boxes, keeps what was typed, and names an input that is no number instead of sending 0', () => {
    expect(givenInputs({ 执行数: '', 预算数: '1,200万元' })).toEqual({ 预算数: '1,200万元' });
    expect(storedInputs({ 执行数: '960', 预算数: ' 1,200万元 ', 空: ' ' })).toEqual({ ok: true, inputs: { 执行数: '960', 预算数: '1,200万元' } });
    const bad = storedInputs({ 执行数: '约九百' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues[0]).toContain('「执行数」');
    expect(typedFromStored({ 执行数: 960, 预算数: null })).toEqual({ 执行数: '960' });
    expect(typedFromStored({ 执行数: '960', 预算数: '1,200万元', 空: '' })).toEqual({ 执行数: '960', 预算数: '1,200万元' });
  });
});

describe('what the evaluation page shows', () => {
  it('marks untouched rows as pending, not as problems; a typed input that is no number is a problem', () => {
    const fresh = evaluateTemplate(TEMPLATE, {});
    expect(fresh.items.filter((i) => isPending(i, {})).map((i) => i.id)).toEqual(['a1', 'a2', 'b1']);
    const typo = evaluateTemplate(TEMPLATE, { inputs: { 执行数: '约九百', 预算数: '1000' } });
    expect(isPending(typo.items.find((i) => i.id === 'a1')!, {})).toBe(false);
  });

  it('offers a whole score on a group only while nothing beneath it is scored, or once one was given', () => {
    const fresh = evaluateTemplate(TEMPLATE, {});
    expect([...wholeScorableGroups(TEMPLATE.items, fresh.items, {})]).toEqual(['a', 'b']);
    const rowScored = evaluateTemplate(TEMPLATE, { enteredScores: { b1: 8 } });
    expect([...wholeScorableGroups(TEMPLATE.items, rowScored.items, { b1: 8 })]).toEqual(['a']);
    const both = evaluateTemplate(TEMPLATE, { enteredScores: { b: 9, b1: 8 } });
    expect([...wholeScorableGroups(TEMPLATE.items, both.items, { b: 9, b1: 8 })]).toEqual(['a', 'b']);
    expect(both.items.find((i) => i.id === 'b')!.issues[0]).toContain('不一致');
    const nested = [{ id: 'n', name: '总体', level: 1, maxScore: 10, children: [{ ...TEMPLATE.items[1]!, level: 2 }] }] as EvaluationTemplate['items'];
    const nestedFresh = evaluateTemplate({ ...TEMPLATE, items: nested }, {});
    expect([...wholeScorableGroups(nested, nestedFresh.items, {})]).toEqual(['b']);
    expect([...wholeScorableGroups(nested, nestedFresh.items, { n: 5 })]).toEqual(['n', 'b']);
  });
});

describe('evaluableOrgs', () => {
  it('offers budget departments only, not the 区划, the 财政局 or schools under a department', () => {
    const orgs = [
      { code: 'R', kind: 'region', parent: null }, { code: 'CZ', kind: 'finance', parent: 'R' }, { code: 'JW', kind: 'department', parent: 'CZ' },
      { code: 'XX', kind: 'unit', parent: 'JW' }, { code: 'JD', kind: 'unit', parent: 'CZ' }, { code: 'WS', kind: 'department', parent: 'CZ' },
    ];
    expect(evaluableOrgs(orgs).map((o) => o.code)).toEqual(['JW', 'JD', 'WS']);
    expect(evaluableOrgs([{ code: 'A' }, { code: 'B', kind: null }]).map((o) => o.code)).toEqual(['A', 'B']);
  });
});

describe('evaluationLabel', () => {
  it.each([
    [{ org_name: '教委', fiscal_year: 2024, total_score: 26.92, grade: '差', unscored: 11 }, '教委 2024年 未完成（11 项未评分）'],
    [{ org_name: '教委', fiscal_year: 2024, total_score: 98.6, grade: '优', unscored: 0 }, '教委 2024年 98.6（优）'],
    [{ org_name: '教委', fiscal_year: 2024, total_score: null, grade: null }, '教委 2024年'],
  ])('%j → %s', (e, want) => expect(evaluationLabel(e)).toBe(want));
});
