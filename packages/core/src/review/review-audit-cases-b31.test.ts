import { describe, expect, it } from 'vitest';
import { formSchema, type Indicator } from '../forms/forms-schema';
import type { FindingCode } from './finding';
import { reviewForms } from './review-forms';

/**
 * Held-out set 31 (session 11): one case per general cause fixed after measuring the set, each with a guard beside it. The
 * case's row is appended to four clean rows of a 2024 project target and is the row checked (as review-audit-cases.test.ts
 * does; that file is past the size a file should keep, so the round's cases sit here).
 */
interface Case { id: string; code: FindingCode; expect: 'flag' | 'no_flag'; row: Partial<Indicator>; why: string }

const O = '产出指标';
const B = '效益指标';
const S = '满意度指标';
const BASE: Array<Partial<Indicator>> = [
  { level1: O, level2: '数量指标', name: '组织培训班次', unit: '次', comparator: '>=', target: '2' },
  { level1: O, level2: '质量指标', name: '培训合格率', unit: '%', comparator: '>=', target: '95' },
  { level1: B, level2: '社会效益指标', name: '参训人员业务能力', unit: null, comparator: 'qualitative', target: '明显提升' },
  { level1: S, level2: '服务对象满意度指标', name: '受训学员满意度', unit: '%', comparator: '>=', target: '90' },
];
const row = (level1: string, level2: string, name: string, comparator: Indicator['comparator'], target: string, unit: string | null): Partial<Indicator> =>
  ({ level1, level2, name, comparator, target, unit });

const CASES: Case[] = [
  // A ratio written X:Y is measurable whatever the name calls it (比例 names ratios too).
  { id: 'qvq-b31-01', code: 'qualitative_vs_quantitative', expect: 'no_flag', row: row(O, '质量指标', '政府投资带动社会投资比例', 'qualitative', '1:3', null), why: 'A ratio 1:3 is a number.' },
  { id: 'qvq-b31-02', code: 'qualitative_vs_quantitative', expect: 'flag', row: row(O, '质量指标', '政府投资带动社会投资比例', 'qualitative', '明显提高', null), why: 'Guard: a direction is still vague.' },
  // A ministry's or department's own code is a named standard.
  { id: 'qvq-b31-03', code: 'qualitative_vs_quantitative', expect: 'no_flag', row: row(O, '质量指标', '评估报告质量', 'qualitative', '符合住建部评估规范', null), why: 'The issuer names the standard.' },
  { id: 'qvq-b31-04', code: 'qualitative_vs_quantitative', expect: 'flag', row: row(O, '质量指标', '评估报告质量', 'qualitative', '全部符合规范', null), why: 'Guard: 全部 is no issuer.' },
  // Money an oversight act covers is an output, money it costs is spent.
  { id: 'lvn-b31-05', code: 'level_vs_name', expect: 'no_flag', row: row(O, '数量指标', '专项审计资金总额', '>=', '3', '亿元'), why: 'The money audited is what the audit covered.' },
  { id: 'lvn-b31-06', code: 'level_vs_name', expect: 'flag', row: row(O, '数量指标', '绩效评价经费', '>=', '20', '万元'), why: 'Guard: the evaluation’s own money is spent.' },
  // A count joined to the money it carries takes the count's unit.
  { id: 'uvn-b31-07', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '慰问困难群众人数及资金', '>=', '500', '人'), why: 'The joined count names the unit.' },
  { id: 'uvn-b31-08', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '发放慰问资金', '>=', '500', '人'), why: 'Guard: money alone is not counted in 人.' },
  // Money spent against its plan is a share, never a number of things.
  { id: 'uvn-b31-09', code: 'unit_vs_name', expect: 'flag', row: row(O, '时效指标', '专项资金支付进度', '>=', '60', '个'), why: 'A money progress in 个.' },
  { id: 'uvn-b31-10', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '时效指标', '年度考核进度', '>=', '3', '次'), why: 'Guard: rounds of a review are counted.' },
  // Projects an oversight act takes on, or entered in a pipeline, are counted: a few percent is a count in %.
  { id: 'uvn-b31-11', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '政府投资审计项目', '>=', '20', '%'), why: 'Audit projects counted in %.' },
  { id: 'uvn-b31-12', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '重大项目入库', '>=', '5', '%'), why: 'Projects entered counted in %.' },
  { id: 'uvn-b31-13', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '审计项目完成率', '>=', '95', '%'), why: 'Guard: the rate of them is a share.' },
  // A structure built is counted, never money per unit.
  { id: 'uvn-b31-14', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '新建村级综合服务站', '>=', '15', '万元/个'), why: 'Stations built in money per station.' },
  { id: 'uvn-b31-15', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '成本指标', '村级综合服务站建设补助', '=', '15', '万元/个'), why: 'Guard: the subsidy per station is money.' },
  // A unit's own running money is kept down; allocations paid out are floors.
  { id: 'dir-b31-16', code: 'direction', expect: 'flag', row: row(O, '成本指标', '日常公用经费', '>=', '80', '万元'), why: 'Running money with a floor.' },
  { id: 'dir-b31-17', code: 'direction', expect: 'no_flag', row: row(O, '成本指标', '日常公用经费', '<=', '80', '万元'), why: 'Guard: a ceiling on it.' },
  { id: 'dir-b31-18', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '生均公用经费', '>=', '800', '元/生·年'), why: 'Guard: a per-pupil allocation is a floor.' },
  // A satisfaction floor the name states, valued again below the minimum.
  { id: 'sat-b31-19', code: 'satisfaction', expect: 'flag', row: row(S, '服务对象满意度指标', '服务对象满意度达到85%以上', '>=', '85', '%'), why: 'The floor is below 90%.' },
  { id: 'sat-b31-20', code: 'satisfaction', expect: 'no_flag', row: row(S, '服务对象满意度指标', '服务对象满意度达到92%以上', '>=', '92', '%'), why: 'Guard: at or above the minimum.' },
];

describe('review audit cases, held-out set 31', () => {
  it.each(CASES.map((c) => [`${c.id} (${c.expect})`, c] as const))('%s', (_, c) => {
    const form = formSchema.parse({ kind: 'project_target', fiscal_year: 2024, project_name: '测试项目', indicators: [...BASE, c.row] });
    const hits = reviewForms([form], { frameworkFromYear: true, publishing: true }).filter((f) => f.code === c.code && f.row === BASE.length);
    expect(hits.length > 0, `${c.why} — got: ${hits.map((f) => f.message).join(' | ')}`).toBe(c.expect === 'flag');
  });
});
