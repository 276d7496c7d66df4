import { describe, expect, it } from 'vitest';
import { commitAllNotice, commitBody, commitNotice, commitSummary, tickedPart, type PreviewedFile } from './import-confirm';

const UNIT = '某某市耕地保护中心';
const file = (name: string, forms: PreviewedFile['forms'], errors = 0): PreviewedFile => ({
  name, forms, findings: [...Array.from({ length: errors }, () => ({ severity: 'error' })), { severity: 'warning' }], year: 2025, orgName: UNIT,
});

const agreeing = file('目标表.docx', [{ fiscal_year: 2025, org: UNIT }]);
const otherYear = file('2024年目标.xlsx', [{ fiscal_year: 2024, org: UNIT }, { fiscal_year: 2024, org: null }], 2);
const otherUnit = file('部门汇总.html', [{ fiscal_year: 2025, org: '某某市自然资源和规划局' }]);
const errorsOnly = file('有错.txt', [{ fiscal_year: 2025, org: UNIT }], 1);

describe('commitNotice: what a single 确认导入 says', () => {
  it.each([
    ['a file that agrees', agreeing, 0, /^将写入 1 张表（草稿状态）。$/],
    ['a year of its own', otherYear, 1, /^将写入 2 张表（草稿状态），其中有 2 个审核错误/],
    ['another unit', otherUnit, 1, /^将写入 1 张表/],
    ['no year it was read under', { ...file('无年度.txt', [{ fiscal_year: 2024 }]), year: undefined }, 0, /^将写入 1 张表/],
    // Last year's target read as this year's: its year and its old 完成时限 are both said before it is stored.
    ['last year\'s target kept its deadline', file('上年目标.docx', [{ fiscal_year: 2024, org: UNIT, kind: 'project_target', indicators: [{ name: '完工时间', target: '2024年10月底前' }] }]), 2, /^将写入 1 张表/],
    // Guard: the same target with this year's deadline says only its year.
    ['a deadline moved to the year', file('上年目标.docx', [{ fiscal_year: 2024, org: UNIT, kind: 'project_target', indicators: [{ name: '完工时间', target: '2025年10月底前' }] }]), 1, /^将写入 1 张表/],
  ] as const)('%s', (_name, f, warnings, summary) => {
    const notice = commitNotice(f);
    expect(notice.warnings).toHaveLength(warnings);
    expect(commitSummary(notice)).toMatch(summary);
  });
});

describe('commitAllNotice: 全部确认导入 says all the single confirms would', () => {
  it('lists every mismatch line and every error under its file, and the totals', () => {
    const notices = [agreeing, otherYear, otherUnit, errorsOnly].map(commitNotice);
    const all = commitAllNotice(notices);
    const lines = all.sections.flatMap((s) => s.lines);
    for (const n of notices) for (const w of n.warnings) expect(lines).toContain(w);
    expect(all.sections.map((s) => s.name)).toEqual(['2024年目标.xlsx', '部门汇总.html', '有错.txt']);
    expect(all.sections[0]!.lines).toEqual([expect.stringMatching(/文件写明的年度是 2024 年，与所选预算年度 2025 年不同/), '有 2 个审核错误，导入后需在编辑器中修正。']);
    expect(all.sections[1]!.lines).toEqual([expect.stringMatching(/「某某市自然资源和规划局」，与所选单位「某某市耕地保护中心」不同/)]);
    expect(all.title).toBe('确认导入全部 4 个文件？其中 2 个与所选单位或年度不一致');
    expect(all.summary).toBe('将写入 5 张表（草稿状态），其中有 3 个审核错误，导入后需在编辑器中修正。');
  });

  it('asks plainly when every file agrees', () => {
    const all = commitAllNotice([agreeing, agreeing].map(commitNotice));
    expect(all).toEqual({ title: '确认导入全部 2 个文件？', sections: [], summary: '将写入 2 张表（草稿状态）。' });
  });
});

describe('a file the unit has imported before', () => {
  const again: PreviewedFile = { ...agreeing, name: '市政环卫管护.xlsx', existing: [{ form: 0, id: 23, kind: 'project_target', status: 'published', project_name: '市政环卫管护' }] };
  it('names the stored form, its number and state, in the single confirm', () => {
    expect(commitNotice(again).duplicates).toEqual(['第 1 张表：本单位该年度已有项目「市政环卫管护」的项目支出绩效目标表（表 23，已公开）；确认后会另存一份草稿，如是重复导入请取消。']);
    expect(commitNotice(again).warnings).toEqual([]);
    expect(commitNotice(agreeing).duplicates).toEqual([]);
  });
  it('and in 全部确认导入, counted apart from the mismatches', () => {
    const all = commitAllNotice([again, otherUnit, agreeing].map(commitNotice));
    expect(all.title).toBe('确认导入全部 3 个文件？其中 1 个与所选单位或年度不一致，1 个含本单位已有的表');
    expect(all.sections.map((s) => s.name)).toEqual(['市政环卫管护.xlsx', '部门汇总.html']);
    expect(commitAllNotice([again].map(commitNotice)).title).toBe('确认导入全部 1 个文件？其中 1 个含本单位已有的表');
  });
});

describe('only the ticked forms of a multi-form file', () => {
  // Three forms: the second of another year with two errors, the third already stored.
  const three: PreviewedFile = {
    name: '汇总.txt',
    forms: [{ fiscal_year: 2025, org: UNIT }, { fiscal_year: 2024, org: UNIT }, { fiscal_year: 2025, org: UNIT }],
    findings: [{ severity: 'error', form: 1 }, { severity: 'error', form: 1 }, { severity: 'error', form: 2 }, { severity: 'warning', form: 0 }],
    year: 2025,
    orgName: UNIT,
    existing: [{ form: 2, id: 9, kind: 'project_target', status: 'draft', project_name: '丙' }],
  };
  it.each([
    { name: 'all ticked (the default)', ticked: undefined, summary: '将写入 3 张表（草稿状态），其中有 3 个审核错误，导入后需在编辑器中修正。', warnings: 1, duplicates: 1, body: {} },
    { name: 'every index ticked', ticked: [2, 1, 0], summary: '将写入 3 张表（草稿状态），其中有 3 个审核错误，导入后需在编辑器中修正。', warnings: 1, duplicates: 1, body: {} },
    { name: 'the other-year form left out', ticked: [0, 2], summary: '将写入 2 张表（草稿状态），其中有 1 个审核错误，导入后需在编辑器中修正。', warnings: 0, duplicates: 1, body: { forms: [0, 2] } },
    { name: 'only the first', ticked: [0], summary: '将写入 1 张表（草稿状态）。', warnings: 0, duplicates: 0, body: { forms: [0] } },
  ])('$name', ({ ticked, summary, warnings, duplicates, body }) => {
    const notice = commitNotice(tickedPart(three, ticked));
    expect(commitSummary(notice)).toBe(summary);
    expect(notice.warnings).toHaveLength(warnings);
    expect(notice.duplicates).toHaveLength(duplicates);
    // A duplicate keeps the form's number in the file, as the preview lists it.
    if (duplicates) expect(notice.duplicates[0]).toMatch(/^第 3 张表/);
    expect(commitBody(ticked, three.forms.length)).toEqual(body);
  });
});
