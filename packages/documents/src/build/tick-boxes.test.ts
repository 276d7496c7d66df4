import { describe, expect, it } from 'vitest';
import { readTickBoxes } from './tick-boxes';

describe('readTickBoxes', () => {
  it.each([
    ['☑正向　□反向　□定性', '正向'],
    ['□正向\n☑反向\n□定性', '反向'],
    ['□ 正向 □ 反向 ☑ 定性', '定性'],
    ['■正向 □反向', '正向'],
    ['√定量 □定性', '定量'],
    ['□预算调整　☑绩效目标调整', '绩效目标调整'],
    ['☑新增　☑延续　□其他', '新增、延续'],
    // Nothing ticked: the clerk chose nothing.
    ['□正向　□反向　□定性', ''],
  ])('%j is the option ticked: %j', (cell, chosen) => {
    expect(readTickBoxes(cell)).toBe(chosen);
  });

  it.each([
    // Not a choice among options: kept as written.
    '正向',
    '≥95%',
    '□ 完成培训300人次',
    '● 产出指标',
    '● 产出指标\n○ 数量指标',
    '☑正向',
    '☑正向　☑反向',
    '□ 新建改造农村供水工程25处；□ 河道综合治理长度18.5公里',
  ])('%j is left as written', (cell) => {
    expect(readTickBoxes(cell)).toBe(cell);
  });
});
