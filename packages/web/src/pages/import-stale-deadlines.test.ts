import { describe, expect, it } from 'vitest';
import { deadlineYear } from '../lib/deadline-year';
import { staleDeadlineLine } from './import-stale-deadlines';

describe('deadlineYear', () => {
  it.each([
    ['2022年12月31日前', 2022], ['2022年底前', 2022], ['2025年6月底前', 2025], ['2022年12月31日', 2022], ['2023年12月', 2023],
    ['2024年6月底完成', 2024], ['2021年9月开工', 2021], ['于2022年10月前完成验收', 2022], ['2024年第三季度完成', 2024],
  ] as const)('%s → %s', (value, want) => expect(deadlineYear(value)).toBe(want));

  // Guards: a baseline year, a span, a year's own figure and words without a year are no deadline.
  it.each([
    '较2022年增长10%', '不低于2023年水平', '以2022年为基期', '2021—2025年累计完成', '2021-2025年', '2022年完成数的105%', '比2023年提高5个百分点',
    '逐步建立', '12月31日前', '年底前完成', '按时完成', '≥90', '',
  ])('%s → null', (value) => expect(deadlineYear(value)).toBeNull());
});

describe('staleDeadlineLine', () => {
  const row = (name: string, target: string) => ({ name, target });
  const target = (...indicators: Array<{ name: string; target: string }>) => ({ kind: 'project_target', indicators });

  it('names last year\'s deadlines kept in a target stored under a later year', () => {
    const forms = [target(row('改造学校数量', '300'), row('年度任务完成时限', '2022年12月31日前'))];
    expect(staleDeadlineLine(forms, 2027)).toBe('第 2 行「年度任务完成时限」的「2022年12月31日前」的完成时限早于 2027 年，按 2027 年度存放后请在编辑器中改为本年度的时限。');
  });

  it('places rows by form when the file holds several, and cuts a long list', () => {
    const forms = [target(row('开工时间', '2025年6月底前')), target(row('a', '2024年底前'), row('b', '2024年底前'), row('c', '2024年底前'))];
    expect(staleDeadlineLine(forms, 2026)).toBe('第 1 张表第 1 行「开工时间」的「2025年6月底前」、第 2 张表第 1 行「a」的「2024年底前」、第 2 张表第 2 行「b」的「2024年底前」等 4 行的完成时限早于 2026 年，按 2026 年度存放后请在编辑器中改为本年度的时限。');
  });

  it.each([
    ['the year\'s own deadline', [target(row('完成时限', '2027年12月31日前'))], 2027],
    ['a later deadline', [target(row('完工时间', '2028年6月底前'))], 2027],
    ['a baseline year', [target(row('财政收入增长', '较2022年增长5%'))], 2027],
    ['a self-evaluation', [{ kind: 'project_self_evaluation', indicators: [row('完成时限', '2022年12月31日前')] }], 2027],
  ] as const)('no note: %s', (_, forms, year) => expect(staleDeadlineLine(forms, year)).toBeNull());
});
