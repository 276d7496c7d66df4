import { describe, expect, it } from 'vitest';
import type { Finding } from '../api/types';
import { rowFlags } from './use-row-flags';

const f = (row: number | null, severity: Finding['severity'], field: string | null, message: string): Finding =>
  ({ code: 'x', severity, form: 0, row, field, message });

describe('rowFlags', () => {
  it.each<[string, Finding[], Array<[number, string, string, string]>]>([
    ['no findings', [], []],
    ['form-level and info findings mark no row', [f(null, 'error', null, '表'), f(2, 'info', 'name', '提示')], []],
    ['one warning', [f(0, 'warning', 'unit', '缺单位')], [[0, 'warning', 'unit', '缺单位']]],
    ['an error beside a warning makes the row an error; fields once each, messages in order', [
      f(3, 'warning', 'target', '甲'), f(3, 'error', 'target', '乙'), f(3, 'warning', null, '丙'),
    ], [[3, 'error', 'target|', '甲\n乙\n丙']]],
    ['rows apart', [f(1, 'warning', 'weight', 'A'), f(4, 'error', 'name', 'B')], [[1, 'warning', 'weight', 'A'], [4, 'error', 'name', 'B']]],
  ])('%s', (_, findings, expected) => {
    const flags = rowFlags(findings, new Map());
    expect([...flags].map(([row, x]) => [row, x.severity, x.fields, x.title])).toEqual(expected);
  });

  it('keeps the previous object of an unchanged row and replaces a changed one', () => {
    const first = rowFlags([f(0, 'warning', 'unit', 'A'), f(1, 'warning', 'unit', 'B')], new Map());
    const second = rowFlags([f(0, 'warning', 'unit', 'A'), f(1, 'error', 'unit', 'B')], first);
    expect(second.get(0)).toBe(first.get(0));
    expect(second.get(1)).not.toBe(first.get(1));
    expect(second.get(1)?.severity).toBe('error');
  });
});
