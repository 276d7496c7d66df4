import { describe, expect, it } from 'vitest';
import type { Role } from '../api/types';
import { afterStart, canStartSelfEvaluation, startConfirmation } from './start-self-evaluation';

describe('canStartSelfEvaluation', () => {
  it.each<[Role | undefined, string, string, boolean]>([
    ['unit_editor', 'project_target', 'approved', true],
    ['unit_editor', 'project_target', 'published', true],
    ['finance_reviewer', 'project_target', 'published', true],
    ['unit_editor', 'project_target', 'draft', false],
    ['unit_editor', 'project_target', 'submitted', false],
    ['unit_editor', 'project_target', 'returned', false],
    ['department_reviewer', 'project_target', 'approved', false],
    ['evaluator', 'project_target', 'published', false],
    ['admin', 'project_target', 'published', false],
    [undefined, 'project_target', 'published', false],
    ['unit_editor', 'department_target', 'approved', false],
    ['unit_editor', 'project_self_evaluation', 'accepted', false],
  ])('%s on a %s (%s) → %s', (role, kind, status, shown) => {
    expect(canStartSelfEvaluation(role, kind, status)).toBe(shown);
  });
});

describe('afterStart', () => {
  it.each([
    [{ id: 12, existing: false }, '/self-evaluation/12', '已按目标表生成年终自评表，请填写实际完成值和预算执行数'],
    [{ id: 7, existing: true }, '/self-evaluation/7', '本项目的自评表已存在，已为您打开'],
  ])('%o', (started, path, message) => {
    expect(afterStart(started)).toEqual({ path, message });
  });
});

describe('startConfirmation', () => {
  it.each<[Role | undefined, string | null, number | null, string, string[], string[]]>([
    ['unit_editor', '会计职称考试考务经费', 2024, '开始「会计职称考试考务经费」的年终自评？', ['「会计职称考试考务经费」2024 年度的项目支出绩效自评表（草稿）', '已有自评表，则直接打开'], ['通常由填报单位']],
    ['finance_reviewer', '会计职称考试考务经费', 2024, '开始「会计职称考试考务经费」的年终自评？', ['自评表通常由填报单位填写实际完成值'], []],
    ['unit_editor', null, null, '开始本项目的年终自评？', ['生成本项目的项目支出绩效自评表'], ['null', 'undefined']],
    ['unit_editor', '明年项目', 2027, '2027 年度尚未开始，仍要开始「明年项目」的年终自评？', ['2027 年度尚未开始', '现在可以自评的是 2025 年度及以前年度', '「明年项目」2027 年度的项目支出绩效自评表'], []],
  ])('%s, %s, %s', (role, projectName, fiscalYear, title, says, never) => {
    const text = startConfirmation({ role, projectName, fiscalYear }, new Date('2026-11-24T04:00:00Z'));
    expect(text.title).toBe(title);
    expect(text.futureYear).toBe(fiscalYear === 2027);
    for (const s of says) expect(text.content).toContain(s);
    for (const s of never) expect(text.content).not.toContain(s);
  });
});
