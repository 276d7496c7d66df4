import { describe, expect, it } from 'vitest';
import { formSchema, type Form, type Indicator } from '../forms/forms-schema';
import type { FindingCode } from './finding';
import { reviewForms } from './review-forms';

/**
 * Session 11 precision audit over the real-layout corpus (packages/documents/test-corpus answer keys): each false alarm
 * found there, fixed by its general cause, with a guard that keeps the defect next to it flagged. Same shape as
 * review-audit-cases.test.ts: the case's indicator is appended last to clean rows and is the row checked.
 */
type Row = Partial<Indicator>;
interface CorpusCase {
  id: string;
  code: FindingCode;
  expect: 'flag' | 'no_flag';
  kind: Form['kind'];
  at: 'row' | 'form';
  selfeval?: boolean;
  form?: Record<string, unknown>;
  indicator: Row | null;
  source: string;
  why: string;
}

const BASE: Row[] = [
  { level1: '产出指标', level2: '数量指标', name: '组织培训班次', unit: '次', comparator: '>=', target: '2' },
  { level1: '产出指标', level2: '质量指标', name: '培训合格率', unit: '%', comparator: '>=', target: '95' },
  { level1: '效益指标', level2: '社会效益指标', name: '参训人员业务能力', unit: null, comparator: 'qualitative', target: '明显提升' },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '受训学员满意度', unit: '%', comparator: '>=', target: '90' },
];
const SELF_EVAL: Row[] = BASE.map((r, i) => ({ ...r, weight: 20, score: 20, actual: ['2次', '96%', '明显提升', '95%'][i]! }));

const budgetRow = (score: number): Row => ({ level1: '预算执行', level2: null, name: '预算执行率', unit: '%', comparator: '>=', target: '95', weight: 10, actual: '96.1%', score });

const CASES: CorpusCase[] = [
  { id: 'direction-c11-01', code: 'direction', expect: 'no_flag', kind: 'project_target', at: 'row', indicator: { level1: '产出指标', level2: '质量指标', name: '渗滤液达标排放率', comparator: '>=', target: '98', unit: '%' }, source: 'corpus 305 row 4', why: 'A share emitted within the standard (达标排放率) is compliance, good when high, though 排放 alone names a harm.' },
  { id: 'direction-c11-02', code: 'direction', expect: 'no_flag', kind: 'project_target', at: 'row', indicator: { level1: '产出指标', level2: '质量指标', name: '重点排污单位污染物排放合规率', comparator: '>=', target: '95', unit: '%' }, source: 'constructed (same cause as corpus 305)', why: 'Emissions within the permit (排放合规率) are compliance as well.' },
  { id: 'direction-c11-03', code: 'direction', expect: 'flag', kind: 'project_target', at: 'row', indicator: { level1: '效益指标', level2: '生态效益指标', name: '工业废水不达标排放率', comparator: '>=', target: '5', unit: '%' }, source: 'constructed guard', why: 'Guard: the share emitted outside the standard stays bad; a floor on it is the wrong way round.' },
  { id: 'direction-c11-04', code: 'direction', expect: 'no_flag', kind: 'project_target', at: 'row', indicator: { level1: '效益指标', level2: '生态效益指标', name: '污水处理厂进水BOD浓度', comparator: '>=', target: '100', unit: '毫克/升' }, source: 'corpus 343 row 7', why: 'Influent concentration is held to a floor (提质增效: ≥100 mg/L shows the sewers collect rather than dilute).' },
  { id: 'direction-c11-04b', code: 'direction', expect: 'no_flag', kind: 'project_target', at: 'row', indicator: { level1: '产出指标', level2: '质量指标', name: '污水处理厂进水COD浓度', comparator: '<=', target: '500', unit: null }, source: 'constructed (same cause as corpus 343)', why: 'A design or sewer-permit cap on influent is no wrong way round either: influent is held on both sides.' },
  { id: 'direction-c11-05', code: 'direction', expect: 'flag', kind: 'project_target', at: 'row', indicator: { level1: '效益指标', level2: '生态效益指标', name: '污水处理厂出水COD浓度', comparator: '>=', target: '50', unit: '毫克/升' }, source: 'constructed guard', why: 'Guard: effluent concentration stays bad when high.' },
  { id: 'self_evaluation-c11-06', code: 'self_evaluation', expect: 'no_flag', kind: 'department_self_evaluation', at: 'row', selfeval: true, indicator: budgetRow(9.6), source: 'corpus 294 row 1', why: 'The sheet scores its own 预算执行率 row by the budget-execution rule (min(96.1%, 1) × 10 = 9.61, written 9.6), not as a target met.' },
  { id: 'self_evaluation-c11-07', code: 'self_evaluation', expect: 'flag', kind: 'department_self_evaluation', at: 'row', selfeval: true, indicator: budgetRow(9), source: 'constructed guard', why: 'Guard: 9 is neither the target rule (10) nor the budget rule (9.61).' },
  { id: 'self_evaluation-c11-08', code: 'self_evaluation', expect: 'no_flag', kind: 'project_self_evaluation', at: 'row', selfeval: true, indicator: budgetRow(9.61), source: 'constructed (same cause as corpus 294, project sheet without a budget block)', why: 'A project sheet that lists its budget line as a row is read the same way.' },
  { id: 'goal_vs_indicators-c11-09', code: 'goal_vs_indicators', expect: 'no_flag', kind: 'project_target', at: 'form', form: { goal: '保障全镇11个行政村和2个社区日常保洁，垃圾日产日清。' }, indicator: { level1: '产出指标', level2: '数量指标', name: '保洁覆盖行政村（社区）数', comparator: '=', target: '13', unit: '个' }, source: 'corpus 219', why: 'Parts of one count joined by 和 (11个 and 2个) are carried by the row stating their sum (13个).' },
  { id: 'goal_vs_indicators-c11-10', code: 'goal_vs_indicators', expect: 'flag', kind: 'project_target', at: 'form', form: { goal: '保障全镇11个行政村和2个社区日常保洁，垃圾日产日清。' }, indicator: { level1: '产出指标', level2: '数量指标', name: '保洁覆盖行政村（社区）数', comparator: '=', target: '12', unit: '个' }, source: 'constructed guard', why: 'Guard: a row stating neither part nor their sum carries neither.' },
];

function build(c: CorpusCase): { forms: Form[]; row: number | null } {
  const rows: Row[] = [...(c.selfeval ? SELF_EVAL : BASE)];
  let row: number | null = null;
  if (c.indicator) {
    rows.push(c.indicator);
    row = rows.length - 1;
  }
  const own = formSchema.parse({ kind: c.kind, fiscal_year: 2024, ...(c.kind.startsWith('project') ? { project_name: '测试项目' } : {}), ...(c.form ?? {}), indicators: rows });
  return { forms: [own], row };
}

describe('review corpus audit (session 11)', () => {
  it.each(CASES.map((c) => [`${c.id} (${c.expect})`, c] as const))('%s', (_, c) => {
    const { forms, row } = build(c);
    const hits = reviewForms(forms, { frameworkFromYear: true, publishing: true })
      .filter((f) => f.code === c.code && (c.at === 'form' ? f.row === null : f.row === row));
    expect(hits.length > 0, `${c.why} — got: ${hits.map((f) => f.message).join(' | ')}`).toBe(c.expect === 'flag');
  });
});
