import { describe, expect, it } from 'vitest';
import { formSchema, type Indicator } from '../forms/forms-schema';
import type { FindingCode } from './finding';
import { O, S } from './audit-case-rows';
import { reviewForms } from './review-forms';

/**
 * Held-out set 61 (session 24, seed 002's kind: a 县 部门预算绩效文本 of 2019–2021 on the framework before 2021): one case per
 * general cause fixed after measuring, each with a guard beside it, in wording the set does not hold. Rows are appended to four
 * clean rows of a fiscal-year 2020 project target as that text prints them (效果指标 for 效益, 成本 under 产出).
 */
interface Case61 { id: string; code: FindingCode; expect: 'flag' | 'no_flag'; row: Partial<Indicator>; why: string }

const EFF = '效果指标';
const BASE_2020: Array<Partial<Indicator>> = [
  { level1: O, level2: '数量指标', name: '保障在职人数', unit: '人', comparator: '=', target: '6' },
  { level1: O, level2: '质量指标', name: '工资及社保缴费计算准确率', unit: '%', comparator: '=', target: '100' },
  { level1: EFF, level2: '社会效益指标', name: '机关正常运转', unit: null, comparator: 'qualitative', target: '有效保障' },
  { level1: S, level2: '服务对象满意度指标', name: '服务对象满意度', unit: '%', comparator: '>=', target: '95' },
];

const r = (level1: string, level2: string, name: string, comparator: Indicator['comparator'], target: string, unit: string | null): Partial<Indicator> =>
  ({ level1, level2, name, comparator, target, unit });

function raised(c: Case61): boolean {
  const form = formSchema.parse({ kind: 'project_target', fiscal_year: 2020, project_name: '测试项目', indicators: [...BASE_2020, c.row] });
  return reviewForms([form], { frameworkFromYear: true, publishing: true }).some((f) => f.row === BASE_2020.length && f.code === c.code);
}

const QTY = '数量指标';
const QUAL = '质量指标';
const SOC = '社会效益指标';
const ECON = '经济效益指标';
const CASES: Case61[] = [
  // Bad things in new words: tenders that fail (流标, 废标), losses (亏损; 扭亏/减亏 are the remedy), flood breaches (漫堤, 决口,
  // 溃堤; 封堵决口 is the work against them) and money left unspent as a share (结转/结余资金比例).
  { id: 'dir-b61-01', code: 'direction', expect: 'flag', row: r(O, QUAL, '政府采购项目废标率', '>=', '5', '%'), why: 'A floor on failed tenders.' },
  { id: 'dir-b61-02', code: 'direction', expect: 'no_flag', row: r(O, QUAL, '政府采购项目废标率', '<=', '5', '%'), why: 'Guard: a ceiling.' },
  { id: 'dir-b61-03', code: 'direction', expect: 'flag', row: r(EFF, ECON, '国有粮库经营亏损', '>=', '30', '万元'), why: 'A floor on a loss.' },
  { id: 'dir-b61-04', code: 'direction', expect: 'no_flag', row: r(EFF, ECON, '国有粮库经营亏损', '<=', '30', '万元'), why: 'Guard: a ceiling.' },
  { id: 'dir-b61-05', code: 'direction', expect: 'flag', row: r(EFF, SOC, '主汛期堤防溃堤险情', '>=', '1', '处'), why: 'A floor on dykes breached.' },
  { id: 'dir-b61-06', code: 'direction', expect: 'no_flag', row: r(O, QTY, '抢险封堵决口', '>=', '2', '处'), why: 'Guard: the work against the breach.' },
  { id: 'dir-b61-07', code: 'direction', expect: 'flag', row: r(EFF, ECON, '项目结转资金比例', '>=', '10', '%'), why: 'A floor on money carried over.' },
  { id: 'dir-b61-08', code: 'direction', expect: 'no_flag', row: r(EFF, ECON, '项目结转资金比例', '<=', '10', '%'), why: 'Guard: a ceiling.' },
  // A name ending on the breach itself (…残留超标, …车辆超载) is the breach counted; an enforcement verb leading acts on it.
  { id: 'dir-b61-09', code: 'direction', expect: 'flag', row: r(O, QUAL, '饲料产品重金属超标', '>=', '3', '批次'), why: 'A floor on batches over the limit.' },
  { id: 'dir-b61-10', code: 'direction', expect: 'no_flag', row: r(O, QTY, '查处运输车辆超载', '>=', '30', '辆次'), why: 'Guard: the enforcement against it.' },
  // Gains in new words: awards won and a tillage depth reached are better large.
  { id: 'dir-b61-11', code: 'direction', expect: 'flag', row: r(EFF, SOC, '选送作品获省级奖励', '<=', '3', '项'), why: 'A ceiling on awards won.' },
  { id: 'dir-b61-12', code: 'direction', expect: 'no_flag', row: r(EFF, SOC, '选送作品获省级奖励', '>=', '3', '项'), why: 'Guard: a floor.' },
  { id: 'dir-b61-13', code: 'direction', expect: 'flag', row: r(O, QUAL, '机械深翻作业深度', '<=', '30', '厘米'), why: 'A ceiling on the depth to reach.' },
  { id: 'dir-b61-14', code: 'direction', expect: 'no_flag', row: r(O, QUAL, '机械深翻作业深度', '>=', '30', '厘米'), why: 'Guard: a floor.' },
  // Counted things in new words: drafts a unit writes, village service co-ops, shows and services taken to the countryside.
  { id: 'uvn-b61-01', code: 'unit_vs_name', expect: 'flag', row: r(O, QTY, '县级党史送审稿', '>=', '90', '%'), why: 'A draft counted, in %.' },
  { id: 'uvn-b61-02', code: 'unit_vs_name', expect: 'no_flag', row: r(O, QTY, '县级党史送审稿', '>=', '1', '部'), why: 'Guard: in 部.' },
  { id: 'uvn-b61-03', code: 'unit_vs_name', expect: 'flag', row: r(O, QTY, '改造提升基层供销社', '>=', '20', '万元'), why: 'Co-ops upgraded, in money.' },
  { id: 'uvn-b61-04', code: 'unit_vs_name', expect: 'no_flag', row: r(O, QTY, '改造提升基层供销社', '>=', '12', '个'), why: 'Guard: counted.' },
  { id: 'uvn-b61-05', code: 'unit_vs_name', expect: 'flag', row: r(O, QTY, '送科技下乡', '>=', '40', '%'), why: 'A service taken to people, in % under 数量.' },
  { id: 'uvn-b61-06', code: 'unit_vs_name', expect: 'no_flag', row: r(O, QTY, '送科技下乡', '>=', '40', '场'), why: 'Guard: in 场.' },
  // Afforestation and dredging tasks are works: a few percent is an amount written in %, the share done runs near 100%.
  { id: 'uvn-b61-07', code: 'unit_vs_name', expect: 'flag', row: r(O, QTY, '补植补造任务', '>=', '2.5', '%'), why: 'A works task at a few percent.' },
  { id: 'uvn-b61-08', code: 'unit_vs_name', expect: 'no_flag', row: r(O, QTY, '补植补造任务', '>=', '95', '%'), why: 'Guard: the share of the task done.' },
  // Recorded limits (LIMITS in review-unseen-wording.test.ts): financing named after the firms it is for is counted in firms or
  // money, and a withdrawal in the people who make it or its money; a name's measure is one kind, so 人 is not read as wrong.
  { id: 'uvn-b61-lim-01', code: 'unit_vs_name', expect: 'no_flag', row: r(EFF, ECON, '帮助小微企业融资', '>=', '800', '人'), why: 'Limit: firms or money, one measure read.' },
  { id: 'uvn-b61-lim-02', code: 'unit_vs_name', expect: 'no_flag', row: r(O, QTY, '住房公积金提取', '>=', '2', '人'), why: 'Limit: people (人次) or money.' },
];

describe('audit cases b61: seed 002\'s kind, a 县 部门预算绩效文本 on the 2020 framework', () => {
  it.each(CASES.map((c) => [`${c.id} (${c.expect})`, c] as const))('%s', (_, c) => {
    expect(raised(c), c.why).toBe(c.expect === 'flag');
  });
});
