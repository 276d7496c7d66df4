import { describe, expect, it } from 'vitest';
import type { GridCell } from './flatten-source';
import { reasonUnder } from './reason-row';

const row = (...texts: string[]): GridCell[] => texts.map((text, start) => ({ text, start, span: 1, merged: false }));

describe('reasonUnder', () => {
  it.each([
    { cells: row('', '', '偏差原因', '设备到货延迟。', '', ''), want: '设备到货延迟。' },
    { cells: row('', '', '偏差原因', '', '', ''), want: null },
    { cells: row('', '', '未完成原因：招标流标，重新采购。', '', ''), want: '招标流标，重新采购。' },
    { cells: row('', '', '偏差原因分析及改进措施：', ''), want: null },
    { cells: row('产出指标', '数量指标', '偏差原因', '≥5个', '5个'), want: undefined },
    { cells: row('', '', '培训人次', '≥300人次'), want: undefined },
    { cells: row('', '', '', '', ''), want: undefined },
  ])('reads $cells.2.text', ({ cells, want }) => {
    expect(reasonUnder(cells)).toBe(want);
  });
});
