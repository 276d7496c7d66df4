import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FORM_KINDS, formSchema, type Form } from '../forms/forms-schema';
import { findingSchema, severityOf } from './finding';
import { reviewForms } from './review-forms';

// Words the checks look for, mixed with arbitrary text so both the rules' paths and odd input are exercised.
const WORDS = ['产出指标', '数量指标', '质量', '时效指标', '成本指标', '效益指标', '效果', '社会效益', '满意度指标', '服务对象满意度', '经济成本指标',
  '投入管理指标', '扣分项', '满意度', '及时率', '发生率', '合格率', '人数', '次数', '增长率', '完成率', '事故', '投诉', '运行率', '培训',
  '遗属', '负责人：', '黄浩', '13912345678', '11010519491231002X', '023-65368888', '2次', '3台', '〔2020〕41号', '定性', '%', '人', '个工作日', '%完成', 'constructor', '__proto__', 'valueOf', 'toString'];
const text = fc.oneof(fc.constantFrom(...WORDS), fc.string({ maxLength: 12 }), fc.array(fc.constantFrom(...WORDS), { maxLength: 4 }).map((a) => a.join('')));
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
const num = fc.oneof(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.integer({ min: -5, max: 150 }));
const targetText = fc.oneof(text, num.map(String), fc.constantFrom('100', '0', '95', '预算控制数', '较好', '1,055.4', ''));

const indicator = fc.record({
  level1: maybe(text), level2: maybe(text), name: text, description: maybe(text), weight: maybe(num),
  unit: maybe(fc.oneof(fc.constantFrom('%', '人', '次', '定性', '个工作日', '场次', '万元'), fc.string({ maxLength: 5 }))),
  comparator: maybe(fc.constantFrom('>=', '<=', '=', '>', '<', 'qualitative')), target: targetText, basis: maybe(text),
  method: maybe(text), actual: maybe(targetText), score: maybe(num), reason: maybe(text),
});

const formArb: fc.Arbitrary<Form> = fc.record({
  kind: fc.constantFrom(...FORM_KINDS),
  fiscal_year: maybe(fc.integer({ min: 2015, max: 2030 })),
  org: maybe(text),
  goal: maybe(fc.oneof(text, fc.constant('组织2次培训，采购3台电脑'))),
  indicators: fc.array(indicator, { maxLength: 8 }),
  total_score: maybe(num),
  budget_total_wan: maybe(num),
  budget_district_wan: maybe(num),
  budget_subsidy_towns_wan: maybe(num),
  spending_plan: maybe(fc.record({ mar: maybe(num), jun: maybe(num), oct: maybe(num), dec: maybe(num) })),
  budget: maybe(fc.record({ adjusted_wan: maybe(num), executed_wan: maybe(num), execution_rate: maybe(num), weight: maybe(num), score: maybe(num), reason: maybe(text) })),
}).map((raw) => {
  // Keep only the fields the kind has, then let the schema fill the rest.
  const { kind, total_score, budget_total_wan, budget_district_wan, budget_subsidy_towns_wan, spending_plan, budget, ...common } = raw;
  const extra: Record<string, unknown> =
    kind === 'project_target' ? { budget_total_wan, budget_district_wan, budget_subsidy_towns_wan, spending_plan }
      : kind === 'department_target' ? { budget_total_wan }
        : kind === 'project_self_evaluation' ? { total_score, budget }
          : { total_score };
  return formSchema.parse({ kind, ...common, ...extra });
});

describe('review properties', () => {
  it('never throws, and every finding is well-formed and points at an existing form and row', () => {
    fc.assert(
      fc.property(fc.array(formArb, { maxLength: 4 }), fc.boolean(), (forms, fromYear) => {
        const findings = reviewForms(forms, { frameworkFromYear: fromYear });
        for (const f of findings) {
          expect(findingSchema.safeParse(f).success).toBe(true);
          expect(f.severity).toBe(severityOf(f.code));
          expect(f.form).toBeLessThan(forms.length);
          if (f.row != null) expect(f.row).toBeLessThan(forms[f.form]!.indicators.length);
          expect(f.message.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic and does not modify the forms', () => {
    fc.assert(
      fc.property(fc.array(formArb, { maxLength: 3 }), (forms) => {
        const before = JSON.stringify(forms);
        const a = reviewForms(forms);
        const b = reviewForms(forms);
        expect(JSON.stringify(forms)).toBe(before);
        expect(b).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });
});
