import { describe, expect, it } from 'vitest';
import { matchRows, matchTarget, withHandMatches } from './monitoring-import-match';

const targets = [
  { id: 1, project_name: '乡村道路养护补助', project_code: '3301-0001' },
  { id: 2, project_name: '全民阅读推广活动经费', project_code: null },
  { id: 3, project_name: '培训经费', project_code: null },
  { id: 4, project_name: '干部培训经费', project_code: null },
];

describe('matchTarget', () => {
  it('finds the target by 项目编码 first, then by name (blanks, width and brackets aside), then by a name held in another', () => {
    expect(matchTarget(targets, { name: '别的名字', code: '3301 0001' })).toMatchObject({ kind: 'one', by: 'code', target: { id: 1 } });
    expect(matchTarget(targets, { name: '全民阅读推广活动经费 ', code: null })).toMatchObject({ kind: 'one', by: 'name', target: { id: 2 } });
    expect(matchTarget(targets, { name: '2026年全民阅读推广活动经费', code: null })).toMatchObject({ kind: 'one', by: 'near', target: { id: 2 } });
  });
  it('guards: several near names are no match, a short name is never matched inside another, a stray code falls back to the name', () => {
    expect(matchTarget(targets, { name: '2026年干部培训经费（续）', code: null })).toMatchObject({ kind: 'many' });
    expect(matchTarget([{ id: 9, project_name: '农村公路养护', project_code: null }], { name: '养护', code: null })).toEqual({ kind: 'none' });
    expect(matchTarget(targets, { name: '培训经费', code: '9999' })).toMatchObject({ kind: 'one', by: 'name', target: { id: 3 } });
    expect(matchTarget(targets, { name: '', code: null })).toEqual({ kind: 'none' });
  });
});

describe('matchRows', () => {
  const rows = [
    { ordinal: 0, level2: '数量指标', name: '培训人次' },
    { ordinal: 1, level2: '质量指标', name: '培训合格率' },
    { ordinal: 2, level2: '数量指标', name: '覆盖乡镇数' },
    { ordinal: 3, level2: '时效指标', name: '覆盖乡镇数' },
  ];
  it('matches each row by name, the repeated name by its 二级指标, and a name held in the target\'s', () => {
    const m = matchRows([
      { name: '培训合格率', level2: null }, { name: '覆盖乡镇数', level2: '时效指标' }, { name: '培训人次（人次）', level2: null }, { name: '覆盖乡镇数', level2: null },
    ], rows);
    expect(m.map((r) => [r.ordinal, r.by])).toEqual([[1, 'name'], [3, 'name'], [0, 'near'], [2, 'name']]);
  });
  it('guards: a row of the same indicator twice fills it once and lists the second; an unknown row is listed with why', () => {
    const m = matchRows([{ name: '培训人次', level2: null }, { name: '培训人次', level2: null }, { name: '满意度', level2: null }], rows.slice(0, 2));
    expect(m.map((r) => r.ordinal)).toEqual([0, null, null]);
    expect(m[1]!.why).toContain('只导入第一行');
    expect(m[2]!.why).toBe('绩效目标表中没有同名指标');
  });
});

describe('withHandMatches: rows the clerk matched in the preview', () => {
  const targetRows = [
    { ordinal: 0, level2: '数量指标', name: '培训人次' },
    { ordinal: 1, level2: '质量指标', name: '培训合格率' },
    { ordinal: 2, level2: '满意度指标', name: '参训人员满意度' },
  ];
  const docRows = [{ name: '培训人次' }, { name: '学员满意率' }, { name: '结业考核通过率' }];
  const auto = matchRows(docRows.map((d) => ({ ...d, level2: null })), targetRows);

  it('fills an unmatched document row into an unfilled indicator, marked as matched by hand', () => {
    const m = withHandMatches(auto, [{ row: 1, ordinal: 2 }, { row: 2, ordinal: 1 }], docRows, targetRows);
    expect(m.ok && m.matches.map((r) => [r.ordinal, r.by])).toEqual([[0, 'name'], [2, 'hand'], [1, 'hand']]);
    // guard: no hand matches leave the automatic ones as they were.
    expect(withHandMatches(auto, [], docRows, targetRows)).toEqual({ ok: true, matches: auto });
  });
  it.each([
    ['an indicator another row fills', [{ row: 1, ordinal: 0 }], '已由文档第 1 行「培训人次」填写'],
    ['the same indicator for two rows', [{ row: 1, ordinal: 2 }, { row: 2, ordinal: 2 }], '已由文档第 2 行「学员满意率」填写'],
    ['an indicator not of this target', [{ row: 1, ordinal: 7 }], '不是该项目绩效目标表的指标'],
    ['a row matched by name already', [{ row: 0, ordinal: 2 }], '已对应「培训人次」'],
    ['a row the document does not have', [{ row: 5, ordinal: 2 }], '文档第 6 行不存在'],
  ])('refuses %s, saying which choice to change', (_l, hand, says) => {
    const m = withHandMatches(auto, hand, docRows, targetRows);
    expect(m.ok).toBe(false);
    if (!m.ok) expect(m.message).toContain(says);
  });
});
