import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from './policy';
import { policyOrderIssues } from './policy-order';

const grades = (excellent: number, good: number, pass: number) => ({ grades: { excellent, good, pass } });
const lights = (red: number, yellow: number, blue?: number) => ({ monitoring: { red, yellow, blue } });

describe('policyOrderIssues', () => {
  it.each([
    ['the default policy', DEFAULT_POLICY, []],
    ['良 above 优 marks 良', grades(92, 95, 60), [['grades', 'good', '等级分数线须满足 优 > 良 > 中：良（95）须低于优（92）']]],
    ['中 equal to 良 marks 中', grades(90, 80, 80), [['grades', 'pass', '等级分数线须满足 优 > 良 > 中：中（80）须低于良（80）']]],
    ['优 under both others marks 优', grades(70, 80, 75), [['grades', 'excellent', '等级分数线须满足 优 > 良 > 中：优（70）须高于良（80）和中（75）']]],
    ['a reversed order marks two', grades(60, 80, 90), [
      ['grades', 'pass', '等级分数线须满足 优 > 良 > 中：中（90）须低于优（60）和良（80）'],
      ['grades', 'good', '等级分数线须满足 优 > 良 > 中：良（80）须低于优（60）'],
    ]],
    ['红灯 90 above 黄灯 80 marks 黄灯', lights(90, 80, 120), [['monitoring', 'yellow', '亮灯阈值须满足 红灯 < 黄灯 < 蓝灯：黄灯（80%）须高于红灯（90%）']]],
    ['蓝灯 under 黄灯 marks 蓝灯', lights(60, 80, 70), [['monitoring', 'blue', '亮灯阈值须满足 红灯 < 黄灯 < 蓝灯：蓝灯（70%）须高于黄灯（80%）']]],
    ['no 蓝灯 checks 红灯 < 黄灯 only', lights(60, 80), []],
    ['a missing value is left to the required check', { grades: { excellent: 90, good: null, pass: 95 } }, [['grades', 'pass', '等级分数线须满足 优 > 良 > 中：中（95）须低于优（90）']]],
  ] as const)('%s', (_, policy, want) => {
    const issues = policyOrderIssues(policy);
    expect(issues.map((i) => [...i.path, i.message])).toEqual(want);
    for (const i of issues) expect(i.message.endsWith(`：${i.detail}`)).toBe(true);
  });
});
