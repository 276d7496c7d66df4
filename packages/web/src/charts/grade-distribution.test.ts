import { describe, expect, it } from 'vitest';
import { gradeDistribution, gradesByKindOf } from './grade-distribution';

describe('gradeDistribution', () => {
  it('draws a series per kind of sheet, in 优良中差 order, and says what each counts', () => {
    const d = gradeDistribution({ project_self_evaluation: { 优: 3, 差: 1 }, department_self_evaluation: { 中: 2 } });
    expect(d.series).toEqual([
      { kind: 'project_self_evaluation', name: '项目支出绩效自评表', values: [3, 0, 0, 1] },
      { kind: 'department_self_evaluation', name: '部门整体绩效自评表', values: [0, 0, 2, 0] },
    ]);
    expect(d.caption).toBe('按系统核算等级计：项目支出绩效自评表 4 张，部门整体绩效自评表 2 张');
  });

  it('leaves out a kind with no graded sheet, and says nothing when none is graded', () => {
    expect(gradeDistribution({ department_self_evaluation: { 良: 1 } }).series.map((s) => s.name)).toEqual(['部门整体绩效自评表']);
    expect(gradeDistribution({})).toEqual({ series: [], caption: '' });
  });

  it('neither draws nor counts a grade outside 优良中差 or a kind that is no self-evaluation', () => {
    const d = gradeDistribution({ project_self_evaluation: { 优: 1, 合格: 5 }, project_target: { 优: 9 } });
    expect([d.series, d.caption]).toEqual([[{ kind: 'project_self_evaluation', name: '项目支出绩效自评表', values: [1, 0, 0, 0] }], '按系统核算等级计：项目支出绩效自评表 1 张']);
  });
});

describe('gradesByKindOf', () => {
  it('counts the stored grade, else the default cut-offs on the system total; targets and empty sheets not at all', () => {
    expect(gradesByKindOf([
      { kind: 'department_self_evaluation', total_score: 28, grade: '中' },
      { kind: 'department_self_evaluation', total_score: 85, grade: null },
      { kind: 'project_self_evaluation', total_score: 95 },
      { kind: 'project_self_evaluation', total_score: null, grade: null },
      { kind: 'project_target', total_score: null },
    ])).toEqual({ department_self_evaluation: { 中: 1, 良: 1 }, project_self_evaluation: { 优: 1 } });
  });
});
