import { describe, expect, it } from 'vitest';
import { formSchema, type Indicator } from '../forms/forms-schema';
import { type AuditCase, B, O, caseTable, raises, row } from './audit-case-rows';
import { reviewForms } from './review-forms';

/**
 * Held-out set 59 (session 24, year-end 项目支出绩效自评表 rows): one case per general cause fixed after measuring, each with a
 * guard beside it, in wording the set does not hold. Self-evaluation cases sit in a 项目自评 form beside four scored base rows
 * (weights 20/20/20/10, full marks); target cases are appended to the four clean rows of a 2024 project target.
 */
interface SelfCase { id: string; expect: 'flag' | 'no_flag'; row: Partial<Indicator>; actual: string; reason: string | null; score: number; why: string }

const BASE: Array<Partial<Indicator>> = [
  { level1: O, level2: '数量指标', name: '组织培训班次', unit: '次', comparator: '>=', target: '2', actual: '2次', weight: 20, score: 20 },
  { level1: O, level2: '质量指标', name: '培训合格率', unit: '%', comparator: '>=', target: '95', actual: '96%', weight: 20, score: 20 },
  { level1: '效益指标', level2: '社会效益指标', name: '参训人员业务能力', unit: null, comparator: 'qualitative', target: '明显提升', actual: '明显提升', weight: 20, score: 20 },
  { level1: '满意度指标', level2: '服务对象满意度指标', name: '受训学员满意度', unit: '%', comparator: '>=', target: '90', actual: '93%', weight: 10, score: 10 },
];

function selfEvaluationRaised(c: SelfCase): boolean {
  const form = formSchema.parse({ kind: 'project_self_evaluation', fiscal_year: 2024, project_name: '测试项目', indicators: [...BASE, { ...c.row, actual: c.actual, reason: c.reason, weight: 20, score: c.score }] });
  return reviewForms([form], { frameworkFromYear: true, publishing: true }).some((f) => f.row === BASE.length && f.code === 'self_evaluation');
}

const SELF: SelfCase[] = [
  // A cause in name only (自身原因, 外部因素), a bare 其它, or a pointer to another paper (见附件说明) explains no shortfall.
  { id: 'sev-b59-01', expect: 'flag', row: row(O, '数量指标', '举办农民丰收节展销活动', '>=', '10', '场'), actual: '8场', reason: '自身原因', score: 16, why: 'A cause in name only.' },
  { id: 'sev-b59-02', expect: 'flag', row: row(O, '数量指标', '举办农民丰收节展销活动', '>=', '10', '场'), actual: '8场', reason: '见附件说明', score: 16, why: 'A pointer to another paper.' },
  { id: 'sev-b59-03', expect: 'flag', row: row(O, '数量指标', '举办农民丰收节展销活动', '>=', '10', '场'), actual: '8场', reason: '其它', score: 16, why: 'A bare 其它.' },
  { id: 'sev-b59-04', expect: 'no_flag', row: row(O, '数量指标', '举办农民丰收节展销活动', '>=', '10', '场'), actual: '8场', reason: '展馆消防改造停用两个月', score: 16, why: 'Guard: a real cause.' },
  { id: 'sev-b59-05', expect: 'no_flag', row: row(O, '数量指标', '举办农民丰收节展销活动', '>=', '10', '场'), actual: '8场', reason: '外部因素：主会场所在镇遭遇洪涝，两场活动取消', score: 16, why: 'Guard: a cause named, then given.' },
  { id: 'sev-b59-06', expect: 'no_flag', row: row(O, '数量指标', '举办农民丰收节展销活动', '>=', '10', '场'), actual: '10场', reason: '其它', score: 20, why: 'Guard: a met target owes no reason.' },
  // Units that each name what they count, of two different things (人 against 户, 册 against 页, 人 against 天), state another measure.
  { id: 'sev-b59-07', expect: 'flag', row: row(O, '数量指标', '农村危房改造', '>=', '500', '户'), actual: '1800人', reason: null, score: 20, why: 'People against households.' },
  { id: 'sev-b59-08', expect: 'flag', row: row(O, '数量指标', '古籍数字化扫描', '>=', '5000', '页'), actual: '5200册', reason: null, score: 20, why: 'Volumes against pages.' },
  { id: 'sev-b59-09', expect: 'flag', row: row(O, '数量指标', '家政从业人员岗前实训', '>=', '20', '天'), actual: '650人', reason: null, score: 20, why: 'People against days.' },
  { id: 'sev-b59-10', expect: 'no_flag', row: row(O, '数量指标', '家政从业人员岗前培训', '>=', '600', '人'), actual: '680人次', reason: null, score: 20, why: 'Guard: 人次 and 人 both count people.' },
  { id: 'sev-b59-11', expect: 'no_flag', row: row(O, '数量指标', '采购应急照明设备', '>=', '12', '个'), actual: '12台', reason: null, score: 20, why: 'Guard: generic classifiers are taken as written.' },
  { id: 'sev-b59-12', expect: 'no_flag', row: row(O, '时效指标', '供水管网抢修时间', '<=', '24', '小时'), actual: '1天', reason: null, score: 20, why: 'Guard: units of one measure convert.' },
  // Recorded limit (SELF_LIMITS in review-unseen-wording.test.ts): a generic classifier then a noun (30个项目 against 家) is read
  // as a count in 个 with a remark after it; the noun naming another thing is not weighed.
  { id: 'sev-b59-lim-01', expect: 'no_flag', row: row(O, '数量指标', '扶持规上工业企业技术改造', '>=', '30', '家'), actual: '30个项目', reason: null, score: 20, why: 'Limit: 个 then a noun is read as 个.' },
];

const CASES: AuditCase[] = [
  // A span of time named as such (…时长, …时数) is in 小时 or 天, never a share; a share of it says so (…时长占比).
  { id: 'uvn-b59-01', code: 'unit_vs_name', expect: 'flag', row: row(O, '数量指标', '青年志愿者服务时长', '>=', '85', '%'), why: 'A duration in %.' },
  { id: 'uvn-b59-02', code: 'unit_vs_name', expect: 'flag', row: row(B, '社会效益指标', '非遗展演网络直播时长', '>=', '80', '%'), why: 'A duration in % under 效益.' },
  { id: 'uvn-b59-03', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '数量指标', '青年志愿者服务时长', '>=', '2', '万小时'), why: 'Guard: in hours.' },
  { id: 'uvn-b59-04', code: 'unit_vs_name', expect: 'no_flag', row: row(O, '质量指标', '线上课程学习时长占比', '>=', '30', '%'), why: 'Guard: a share of the time.' },
];

describe('audit cases b59: year-end 自评表 rows (偏差原因, 完成值 units) and durations', () => {
  it.each(SELF.map((c) => [`${c.id} (${c.expect})`, c] as const))('%s', (_, c) => {
    expect(selfEvaluationRaised(c), c.why).toBe(c.expect === 'flag');
  });
  it.each(caseTable(CASES))('%s', (_, c) => {
    expect(raises(c), c.why).toBe(c.expect === 'flag');
  });
});
