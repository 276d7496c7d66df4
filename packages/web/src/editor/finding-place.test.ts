import { describe, expect, it } from 'vitest';
import { findingPlace, isTableFinding } from './finding-place';

describe('findingPlace', () => {
  it.each([
    [{ row: 2, field: 'weight' }, '第 3 行 · 权重'],
    [{ row: 0, field: null }, '第 1 行'],
    // A weight total or a missing 效益指标 is about the indicator table, not the header.
    [{ row: null, field: 'weight' }, '全表 · 权重'],
    [{ row: null, field: 'indicators' }, '全表 · 指标'],
    [{ row: null, field: null }, '全表'],
    [{ row: null, field: 'project_name' }, '表头 · 项目名称'],
    [{ row: null, field: 'budget_total_wan' }, '表头 · 预算数（万元）'],
    [{ row: null, field: 'budget.reason' }, '预算执行偏差原因'],
    // basis names two fields: a row's 指标值确定依据 (basis_missing) and, without a row, the header's 立项依据 (private_data).
    [{ row: 1, field: 'basis' }, '第 2 行 · 指标值确定依据'],
    [{ row: null, field: 'basis' }, '表头 · 立项依据'],
  ])('%o → %s', (finding, place) => {
    expect(findingPlace(finding)).toBe(place);
    expect(isTableFinding(finding)).toBe(place.startsWith('全表'));
  });
});
