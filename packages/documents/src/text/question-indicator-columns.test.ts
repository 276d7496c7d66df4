import { describe, expect, it } from 'vitest';
import type { SourceRow } from '../model/source-document';
import { unfoldIndicatorQuestions } from './question-indicator-columns';

const header = (first: string): SourceRow[] => [
  { line: 1, cells: [first, '2. 产出指标-数量指标：培训人数（指标值：≥100人）实际完成值：', '3. 效益指标-社会效益指标：满意度（指标值：≥90%）实际完成值：'].map((text) => ({ text })) },
  { line: 2, cells: ['某单位', '120人', '95%'].map((text) => ({ text })) },
];

describe('an ordinary question’s caption beside indicator questions', () => {
  it('loses its number and the colon asking for the answer', () => {
    const table = unfoldIndicatorQuestions(header('1. 单位名称 ： '), () => false);
    expect(table?.kind === 'table' && table.rows[0]!.cells[0]!.text).toBe('单位名称');
  });

  it('is read in well under a second when it holds a run of 100,000 spaces', () => {
    const started = Date.now();
    const table = unfoldIndicatorQuestions(header(`1. 单位名称${' '.repeat(100_000)}x`), () => false);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(table?.kind === 'table' && table.rows).toHaveLength(3);
  });
});
