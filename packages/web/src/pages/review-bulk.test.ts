import { describe, expect, it } from 'vitest';
import { decideEach, bulkApproveBlocked, bulkButtonText, bulkReturnBlocked, bulkSummary } from './review-bulk';

describe('bulkApproveBlocked', () => {
  it.each([
    [{ errors: 0 }, null],
    [{}, null],
    [{ errors: 2 }, /有 2 个审核错误，不能批量通过/],
    [{ errors: 0, year_closed: true, fiscal_year: 2024 }, /^2024 年度已关闭，该年度的表只能查看和导出/],
  ] as const)('%j', (form, want) => {
    const got = bulkApproveBlocked(form);
    if (want === null) expect(got).toBeNull();
    else expect(got).toMatch(want);
  });
});

describe('decideEach', () => {
  it('approves one after the other with each listed version and reports each failure on its own', async () => {
    const calls: string[] = [];
    const outcomes = await decideEach(
      [{ id: 1, version: 3, label: '甲' }, { id: 2, version: 5, label: '乙' }, { id: 3, version: 1, label: '丙' }],
      async (id, version) => {
        calls.push(`${id}@${version}`);
        if (id === 2) throw new Error('表单已被他人修改');
      },
      (error) => (error as Error).message,
    );
    expect(calls).toEqual(['1@3', '2@5', '3@1']);
    expect(outcomes).toEqual([
      { id: 1, label: '甲', error: null },
      { id: 2, label: '乙', error: '表单已被他人修改' },
      { id: 3, label: '丙', error: null },
    ]);
    expect(bulkSummary(outcomes)).toBe('已审核通过 2 张表，1 张未通过（见下方原因）');
    expect(bulkSummary(outcomes.filter((o) => o.error === null))).toBe('已审核通过 2 张表');
  });
});

describe('bulk approval progress', () => {
  it('reports each form done, failed ones too, and the button says how far the batch is', async () => {
    const seen: string[] = [];
    await decideEach(
      [{ id: 1, version: 1, label: '甲' }, { id: 2, version: 1, label: '乙' }, { id: 3, version: 1, label: '丙' }],
      async (id) => {
        if (id === 2) throw new Error('状态已变');
      },
      (error) => (error as Error).message,
      (done, total) => seen.push(`${done}/${total}`),
    );
    expect(seen).toEqual(['1/3', '2/3', '3/3']);
    expect(bulkButtonText(3, { done: 2, total: 3 })).toBe('正在通过 2/3');
  });

  it('guard: idle, the button names the selection as before', () => {
    expect(bulkButtonText(0, null)).toBe('批量通过');
    expect(bulkButtonText(4, null)).toBe('批量通过（4）');
  });
});

describe('批量退回', () => {
  it('words the result and the progress as a return', () => {
    const outcomes = [{ id: 1, label: '甲', error: null }, { id: 2, label: '乙', error: '状态已变' }];
    expect(bulkSummary(outcomes, 'return')).toBe('已退回 1 张表，1 张未退回（见下方原因）');
    expect(bulkButtonText(0, null, 'return')).toBe('批量退回');
    expect(bulkButtonText(5, { done: 2, total: 5 }, 'return')).toBe('正在退回 2/5');
  });

  it('offers forms with review errors for a return (they are what is returned), not a closed year\'s', () => {
    expect(bulkReturnBlocked({ year_closed: false, fiscal_year: 2026 })).toBeNull();
    expect(bulkReturnBlocked({ year_closed: true, fiscal_year: 2024 })).toMatch(/^2024 年度已关闭/);
  });
});
