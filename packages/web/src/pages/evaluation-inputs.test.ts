import { describe, expect, it } from 'vitest';
import { evaluateTemplate, type EvaluationTemplate } from '@jixiao/core';
import { defaultEvaluationYear, evaluableOrgs, evaluationLabel, givenInputs, inputProblem, isPending, needsDeductionTag, readTypedInput, storedInputs, templateYearNote, typedFromStored, wholeScorableGroups } from './evaluation-inputs';

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
    [{ org_name: '教委', fiscal_year: 2024, total_score: 98.6, grade: '优', unscored: 0, year_closed: true }, '教委 2024年（已关闭） 98.6（优）'],
  ])('%j → %s', (e, want) => expect(evaluationLabel(e)).toBe(want));
  it('names the template only where two evaluations of a department and year would read alike', () => {
    const a = { org_name: '民政局', fiscal_year: 2025, total_score: null, grade: null, template_name: '部门整体评价（简表）' };
    const b = { ...a, template_name: '部门整体支出绩效自评表' };
    expect(evaluationLabel(a, [a, b])).toBe('民政局 2025年「部门整体评价（简表）」');
    expect(evaluationLabel(a, [a, { ...b, fiscal_year: 2024 }])).toBe('民政局 2025年');
  });
});

describe('yes/no inputs on the page', () => {
  it.each<[string, string, number | null, RegExp | null]>([
    ['无闲置资产', '否', 0, null],
    ['不符合中小企业预留要求', '是', 1, null],
    ['有无违规行为', '无', 0, null],
    ['无闲置资产', '可能', null, /^「可能」无法识别；请填写 是 或 否/],
    ['执行数', '否', null, /^「否」不是数值/],
    ['执行数', '1,200万元', 1200, null],
  ])('%s = %s', (name, text, value, problem) => {
    expect(readTypedInput(text, name)).toBe(value);
    const p = inputProblem(name, text);
    if (problem) expect(p).toMatch(problem);
    else expect(p).toBeNull();
  });

  it('stores 是/否 as typed and names a wrong answer once', () => {
    expect(storedInputs({ 无闲置资产: '否', 不符合中小企业预留要求: ' 是 ' })).toEqual({ ok: true, inputs: { 无闲置资产: '否', 不符合中小企业预留要求: '是' } });
    const bad = storedInputs({ 无闲置资产: '可能' });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.issues).toEqual(['输入项「无闲置资产」的值「可能」无法识别；请填写 是 或 否（也可填 1 或 0）。']);
  });
});

describe('evaluation year', () => {
  const now = new Date('2026-03-01T00:00:00Z');
  it.each<[string, { fiscalYear: number | null } | null, Array<{ fiscalYear: number | null }>, number]>([
    ['the template\'s own year', { fiscalYear: 2024 }, [{ fiscalYear: 2024 }, { fiscalYear: 2025 }], 2024],
    ['a template without a year: the latest year a template is for', { fiscalYear: null }, [{ fiscalYear: 2023 }, { fiscalYear: null }, { fiscalYear: 2024 }], 2024],
    ['no template year anywhere: last year', null, [{ fiscalYear: null }], 2025],
  ])('%s', (_l, template, all, year) => {
    expect(defaultEvaluationYear(template, all, now)).toBe(year);
  });

  it('says which template year applies, and warns when the chosen year differs', () => {
    expect(templateYearNote({ fiscalYear: 2024 }, 2024)).toEqual({ text: '适用2024年度模板', differs: false });
    expect(templateYearNote({ fiscalYear: 2024 }, 2025)).toEqual({ text: '模板为2024年度，与评价年度2025年不同；请核对', differs: true });
    expect(templateYearNote({ fiscalYear: null }, 2025)).toBeNull();
  });
});

describe('needsDeductionTag', () => {
  it.each([
    ['a deduction row named for itself', '扣分项', false],
    ['a row named 「…扣分」', '违规使用资金扣分', false],
    ['a row named 「扣减…」', '扣减分值', false],
    // Guard: the rows the tag is for, named for what is checked, keep it.
    ['a row named for what is checked', '财务管理制度', true],
    ['a row whose name says 分 only', '被评价部门配合度评分', true],
  ])('%s', (_l, name, tagged) => {
    expect(needsDeductionTag(name)).toBe(tagged);
  });
});
