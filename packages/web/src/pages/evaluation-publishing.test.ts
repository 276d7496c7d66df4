import { describe, expect, it } from 'vitest';
import { publishBlockReason, publishConfirm, publishSubjectText } from './evaluation-publishing';

const subject = { org_name: '区教育局', fiscal_year: 2025, total: 88.5, grade: '良', unscored: 0, dirty: false };

describe('公开 / 撤回公开 of a 部门评价 report', () => {
  it.each([
    ['names department, year, score and grade', subject, '区教育局 2025 年度部门评价（总分 88.5，等级 良）'],
    ['leaves out a missing grade', { ...subject, total: null, grade: null }, '区教育局 2025 年度部门评价（总分 —）'],
  ])('the subject %s', (_l, s, text) => {
    expect(publishSubjectText(s)).toBe(text);
  });

  it.each([
    ['a finished, saved evaluation', subject, null],
    ['rows left unscored', { ...subject, unscored: 2 }, '还有 2 项未打分，评价完成后才能公开'],
    ['unsaved edits', { ...subject, dirty: true }, '有未保存的修改，请先保存评价再公开'],
    ['a closed year', { ...subject, yearClosed: true }, '2025 年度已关闭，该年度的表只能查看和导出；如需修改，请联系系统管理员在「年度与政策」中重新开放该年度。'],
  ])('publishing is blocked by %s', (_l, s, reason) => {
    expect(publishBlockReason(s)).toBe(reason);
  });

  it.each([
    ['nothing: a withdrawal needs no finished scores', { ...subject, unscored: 3, dirty: true }, null],
    ['a closed year', { ...subject, yearClosed: true }, '2025 年度已关闭，该年度的表只能查看和导出；如需修改，请联系系统管理员在「年度与政策」中重新开放该年度。'],
  ])('withdrawing is blocked by %s', (_l, s, reason) => {
    expect(publishBlockReason(s, 'unpublish')).toBe(reason);
  });

  it.each([
    ['publish', '公开评价报告？', '公开'],
    ['unpublish', '撤回公开？', '撤回公开'],
  ] as const)('the %s confirmation names what it acts on', (action, title, okText) => {
    const c = publishConfirm(action, subject);
    expect(c).toMatchObject({ title, okText });
    expect(c.content).toContain('区教育局 2025 年度部门评价（总分 88.5，等级 良）');
  });

  it('the withdrawal of a result graded under an old policy says the grade it is re-graded to', () => {
    expect(publishConfirm('unpublish', { ...subject, policyGrade: '中' }).content).toContain('撤回后按现行政策参数重新评定等级：良 → 中。');
    // Guard: the same grade, or none given, says nothing of re-grading.
    expect(publishConfirm('unpublish', { ...subject, policyGrade: '良' }).content).not.toContain('重新评定');
    expect(publishConfirm('unpublish', subject).content).not.toContain('重新评定');
  });
});
