import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formSchema, type Form, type Indicator, type ProjectSelfEvaluation } from '../forms/forms-schema';
import { parseValue } from '../values/parse-value';
import { scoreSelfEvaluation } from '../scoring/score-self-evaluation';
import { targetNumber } from './check-indicators';
import { reviewForms } from './review-forms';
import { form, tags } from './review-test-helpers';
import { hasBlank, isBlank, trimmed } from '../values/text-scan';

// Blanks of every kind JavaScript's trim and \s know, mixed with ordinary text.
const BLANKS = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u0085'];
const piece = fc.oneof(fc.constantFrom(...BLANKS), fc.constantFrom('满意度', '率', 'a', '9', '%', '.', '-', '+', ','), fc.string({ maxLength: 3 }));
const blanky = fc.array(piece, { maxLength: 6 }).map((a) => a.join(''));

describe('text-scan helpers agree with trim and \\s', () => {
  it('trimmed, isBlank, hasBlank', () => {
    fc.assert(fc.property(blanky, (s) => {
      expect(trimmed(s)).toBe(s.trim());
      expect(isBlank(s)).toBe(!(s && s.trim()));
      expect(hasBlank(s)).toBe(/[\s\u3000]/.test(s));
    }), { numRuns: 1000 });
    expect(isBlank(null)).toBe(true);
    expect(isBlank(undefined)).toBe(true);
  });
});

describe('targetNumber', () => {
  // The reading before the bare-decimal fast path was added.
  const NUMBER = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;
  function reference(target: string): number | null {
    const t = target.trim();
    if (NUMBER.test(t)) return Number(t.replace(/,/g, ''));
    if (!/\d/.test(t)) return null;
    const p = parseValue(t);
    return p.kind === 'number' ? p.number : null;
  }
  const numeric = fc.array(fc.constantFrom('0', '1', '9', '.', '-', '+', ',', ' ', '%', '≥', '人', '05'), { maxLength: 8 }).map((a) => a.join(''));
  it.each(['95', '-3', '+4.5', '40.73', '1,055.4', ' 12 ', '5.', '.5', '1.2.3', '95%', '≥12次', '', '007'])('%j', (t) => {
    expect(targetNumber({ target: t } as Indicator)).toBe(reference(t));
  });
  it('matches the regex reading on arbitrary numeric-looking text', () => {
    fc.assert(fc.property(fc.oneof(numeric, blanky), (t) => {
      expect(targetNumber({ target: t } as Indicator)).toBe(reference(t));
    }), { numRuns: 1000 });
  });
});

describe('reviewForms with the caller\'s self-evaluation scores', () => {
  const row = fc.record({
    level1: fc.constantFrom('产出指标', '效益指标', '满意度指标', null),
    level2: fc.constantFrom('数量指标', '质量指标', '社会效益指标', null),
    name: fc.constantFrom('培训人次', '验收合格率', '群众满意度', '事故发生率', ''),
    weight: fc.option(fc.integer({ min: -5, max: 40 }), { nil: null }),
    unit: fc.constantFrom('%', '次', null),
    comparator: fc.constantFrom('>=', '<=', '=', 'qualitative', null),
    target: fc.constantFrom('95', '100', '0', '按时完成', ''),
    actual: fc.constantFrom('95', '≥100', '80%', '按时完成', '部分完成', null),
    score: fc.option(fc.integer({ min: -2, max: 40 }), { nil: null }),
    reason: fc.constantFrom('客观原因', null, ' '),
  });
  const sheet = fc.record({
    indicators: fc.array(row, { maxLength: 8 }),
    total_score: fc.option(fc.integer({ min: 0, max: 100 }), { nil: null }),
    budget: fc.option(fc.record({ adjusted_wan: fc.constantFrom(100, null), executed_wan: fc.constantFrom(60, 100, null), weight: fc.constantFrom(10, 8), score: fc.constantFrom(6, 10, null), reason: fc.constantFrom(null, '进度') }), { nil: null }),
  }).map((f) => formSchema.parse({ kind: 'project_self_evaluation', project_name: '项目', ...f }) as ProjectSelfEvaluation);
  const other: Form = formSchema.parse({ kind: 'project_target', indicators: [{ name: '培训人次', comparator: '>=', target: '2', unit: '次', weight: 90 }] });

  it('finds exactly what it finds when it scores the sheets itself', () => {
    fc.assert(fc.property(fc.array(sheet, { minLength: 1, maxLength: 4 }), (sheets) => {
      const forms: Form[] = [...sheets, other];
      const own = reviewForms(forms);
      const scores = forms.map((f) => (f.kind === 'project_self_evaluation' ? scoreSelfEvaluation(f) : null));
      expect(reviewForms(forms, { selfEvaluationScores: scores })).toEqual(own);
      // Missing entries are scored as usual.
      expect(reviewForms(forms, { selfEvaluationScores: scores.slice(0, 1) })).toEqual(own);
      expect(reviewForms(forms, { selfEvaluationScores: [] })).toEqual(own);
    }), { numRuns: 100 });
  });
});

describe('duplicate names', () => {
  // Small forms compare names pairwise, large ones use a map: both must report the same rows.
  it.each([5, 64, 65, 200])('%i rows', (n) => {
    const rows = Array.from({ length: n }, (_, i) => ({ name: `指标${i}`, comparator: '>=', target: '1', unit: '次', weight: 1 }));
    rows.push({ ...rows[1]!, name: ' 指标1\u3000' }, { ...rows[n - 1]!, name: `指标${n - 1}` });
    const form = formSchema.parse({ kind: 'project_target', indicators: rows });
    const found = reviewForms([form]).filter((f) => f.code === 'names');
    expect(found.map((f) => f.row)).toEqual([n, n + 1]);
    expect(found[0]!.message).toContain('与第2行重名');
    expect(found[1]!.message).toContain(`与第${n}行重名`);
  });
});

describe('a project target totalling 100 beside a sibling at the policy total', () => {
  const target = (weights: number[]): Form => formSchema.parse({
    kind: 'project_target',
    fiscal_year: 2024,
    project_name: '宣传项目',
    indicators: weights.map((weight, i) => ({
      level1: ['产出指标', '产出指标', '效益指标', '满意度指标'][i % 4],
      level2: ['数量指标', '质量指标', '社会效益指标', '服务对象满意度指标'][i % 4],
      name: `指标${i}`, comparator: '>=', target: '90', unit: '%', weight,
    })),
  });
  const hundred = target([40, 40, 10, 10]);
  const ninety = target([30, 30, 20, 10]);
  const weights = (findings: Array<{ code: string; form: number }>) => findings.filter((f) => f.code === 'weights' && f.form === 0).length;
  it.each([
    ['alone', [hundred], {}, 0],
    ['with the sibling in the same call', [hundred, ninety], {}, 1],
    ['alone, told that a stored sibling is at the policy total', [hundred], { projectTargetAtPolicyTotal: true }, 1],
    ['at the policy total itself', [ninety], { projectTargetAtPolicyTotal: true }, 0],
  ] as const)('%s', (_, forms, options, want) => {
    expect(weights(reviewForms([...forms], options))).toBe(want);
  });
});

describe('reviewForms: one form at a time', () => {
  it('reads only the form\'s own rows when a longer form was reviewed before it (framework from the layout)', () => {
    // A long form on the 2021 layout (成本 as a 一级 on its last row), then a short one on the 2020 layout.
    const long = form('project_target', [
      ...Array.from({ length: 6 }, (_, k) => ({ level1: '产出指标', level2: '数量指标', name: `培训人数${k}`, comparator: '>=' as const, target: '10', unit: '人' })),
      { level1: '成本指标', level2: '经济成本指标', name: '人均成本', comparator: '<=' as const, target: '100', unit: '元' },
    ], { fiscal_year: 2024 });
    const short = form('project_target', [
      { level1: '产出指标', level2: '数量指标', name: '培训人数', comparator: '>=', target: '10', unit: '人' },
      { level1: '产出指标', level2: '成本指标', name: '人均成本', comparator: '<=', target: '100', unit: '元' },
    ], { fiscal_year: 2024 });
    const options = { frameworkFromYear: true };
    const alone = reviewForms([short], options);
    expect(tags(alone)).not.toContain('levels@1');
    const second = reviewForms([long, short], options).filter((f) => f.form === 1);
    expect(second.map((f) => `${f.code}@${f.row}/${f.field}`)).toEqual(alone.map((f) => `${f.code}@${f.row}/${f.field}`));
  });
});
