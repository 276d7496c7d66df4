import { describe, expect, it } from 'vitest';
import { derivationInputsText } from './derivation-inputs';

describe('derivationInputsText', () => {
  it.each([
    [{ comparator: '>=', target: 12, actual: '6', weight: 10 }, '指标性质=≥，指标值=12，实际完成值=6，分值=10'],
    [{ comparator: 'qualitative', target: '较满意', actual: null, weight: 10 }, '指标性质=定性，指标值=较满意，实际完成值=空，分值=10'],
    [{ executed_wan: 40.73, adjusted_wan: 40.73, weight: 10 }, '全年执行数（万元）=40.73，全年预算数（万元）=40.73，分值=10'],
    [{ reported_total: 98.5, rows_total: 90, weight: 10 }, '文件填报总分=98.5，各项得分合计=90，分值=10'],
    // Template inputs are named by the template in Chinese and pass through; stray spaces in a name are dropped.
    [{ '预算执行数': 95, '\u3000调整预算数': 100 }, '预算执行数=95，调整预算数=100'],
    [{ target_text: '0.32亿元', actual_text: '' }, '指标值原文=0.32亿元，实际完成值原文=空'],
    [{}, ''],
  ])('%j → %s', (inputs, text) => {
    expect(derivationInputsText(inputs)).toBe(text);
  });
});
