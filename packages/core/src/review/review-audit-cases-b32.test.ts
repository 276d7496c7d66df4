import { describe, expect, it } from 'vitest';
import { formSchema, type Indicator } from '../forms/forms-schema';
import type { FindingCode } from './finding';
import { goalQuantities } from './goal-quantities';
import { reviewForms } from './review-forms';
import { measurableText, writtenNumber } from './value-wording';

/**
 * Held-out sets 32 and 31F (session 11): one case per general cause fixed after measuring, each with a guard beside it. Row
 * cases are appended to four clean rows of a 2024 project target and are the row checked; goal cases are whole forms.
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
  // A target typed bare after a rate word (…率100%) still leaves a rate: in 个 it is the wrong unit.
  { id: 'uvn-b32-01', code: 'unit_vs_name', expect: 'flag', row: row(B, '生态效益指标', '污水集中收集率95%', '=', '95', '个'), why: 'A rate with its target in the name, in 个.' },
  { id: 'uvn-b32-02', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '生态效益指标', '污水集中收集率95%', '>=', '95', '%'), why: 'Guard: the same rate in %.' },
  { id: 'dir-b32-03', code: 'direction', expect: 'flag', row: row(O, '质量指标', '设备故障率2%', '>=', '2', '%'), why: 'The bare bound keeps the bad rate bad.' },
  // An age or a span of years is in 岁 or 年, never a share.
  { id: 'uvn-b32-04', code: 'unit_vs_name', expect: 'flag', row: row(B, '社会效益指标', '居民平均预期寿命', '>=', '80', '%'), why: 'A lifespan in %.' },
  { id: 'uvn-b32-05', code: 'unit_vs_name', expect: 'flag', row: row(B, '社会效益指标', '劳动年龄人口平均受教育年限', '>=', '11', '%'), why: 'Years of schooling in %.' },
  { id: 'uvn-b32-06', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '可持续影响指标', '设施设计使用年限', '>=', '20', '年'), why: 'Guard: a span of years in 年.' },
  { id: 'uvn-b32-07', code: 'unit_vs_name', expect: 'no_flag', row: row(B, '社会效益指标', '居民平均预期寿命', '>=', '80', '岁'), why: 'Guard: a lifespan in 岁.' },
];

describe('review audit cases, held-out set 32', () => {
  it.each(CASES.map((c) => [`${c.id} (${c.expect})`, c] as const))('%s', (_, c) => {
    const form = formSchema.parse({ kind: 'project_target', fiscal_year: 2024, project_name: '测试项目', indicators: [...BASE, c.row] });
    const hits = reviewForms([form], { frameworkFromYear: true, publishing: true }).filter((f) => f.code === c.code && f.row === BASE.length);
    expect(hits.length > 0, `${c.why} ${hits.map((f) => f.message).join(' | ')}`).toBe(c.expect === 'flag');
  });
});

/** A goal beside rows of 新建高标准农田 / 高效节水灌溉 (亩), and whether goal_vs_indicators reports it (held-out set 31F). */
const FIELD_ROWS = (total: string, part: string): Array<Partial<Indicator>> => [
  row(O, '数量指标', '新建高标准农田', '>=', total, '亩'), row(O, '数量指标', '新建高效节水灌溉面积', '>=', part, '亩'),
  { level1: S, level2: '服务对象满意度指标', name: '农户满意度', unit: '%', comparator: '>=', target: '90' },
];
describe('goal_vs_indicators: a total followed by 其中 splits only into the parts it lists', () => {
  it.each([
    ['建设高标准农田3万亩，其中高效节水灌溉5000亩。', '25000', '5000', true],
    ['改造农田3万亩，其中新建2.5万亩、提升5000亩。', '25000', '5000', false],
    ['新建农田3万亩（其中新建2.5万亩、提升5000亩）。', '25000', '5000', false],
    ['建设高标准农田3万亩，高效节水灌溉5000亩。', '30000', '5000', false],
  ] as const)('%s', (goal, total, part, flag) => {
    const form = formSchema.parse({ kind: 'project_target', fiscal_year: 2025, project_name: '高标准农田', goal, indicators: FIELD_ROWS(total, part) });
    const hits = reviewForms([form], { publishing: true }).filter((f) => f.code === 'goal_vs_indicators');
    expect(hits.length > 0, hits.map((f) => f.message).join(' | ')).toBe(flag);
  });
});

describe('Chinese numerals with 点 decimals, read as the value reader reads them', () => {
  it.each([
    ['新建渠道十二点五公里', 12.5, '公里'],
    ['受益人口四点八万人', 4.8, '万人'],
    ['覆盖率达到百分之九十五点五', 95.5, '%'],
    ['培训三百人次', 300, '人次'],
  ] as const)('goal %s', (text, value, unit) => {
    expect(goalQuantities(text).map((q) => [q.value, q.unit])).toEqual([[value, unit]]);
  });
  it.each([
    ['九十五点五', 95.5, null],
    ['零点五%', 0.5, '%'],
    ['三千人', 3000, '人'],
  ] as const)('value %s', (text, number, unit) => {
    expect(writtenNumber(text)).toEqual({ number, unit });
  });
});

describe('a quality value names its standard by an issuer, not by the characters 部 or 厅', () => {
  it.each([
    ['符合财政部评价规范', true], ['达到住建厅验收标准', true], ['符合国家标准', true],
    ['大部分符合规范', false], ['部分达到标准', false], ['基本达到餐厅卫生标准', false], ['符合干部管理规范', false],
  ])('%s → %s', (target, want) => expect(measurableText(target, 'quality')).toBe(want));
});
