import { describe, expect, it } from 'vitest';
import { bulkDeleteQuestion, bulkOutcomeText, eachForm, type BulkItem } from './bulk-delete';

const items: BulkItem[] = Array.from({ length: 10 }, (_, i) => ({ id: i + 1, version: 2, label: `项目${i + 1}` }));

describe('eachForm', () => {
  it.each([
    { name: 'all go', refuse: [] as number[], done: 10, failed: [] as string[] },
    { name: 'two refused, the rest still go', refuse: [3, 7], done: 8, failed: ['项目3：表单已提交，不能删除', '项目7：表单已提交，不能删除'] },
    { name: 'all refused', refuse: items.map((i) => Number(i.id)), done: 0, failed: items.map((i) => `${i.label}：表单已提交，不能删除`) },
  ])('$name', async ({ refuse, done, failed }) => {
    const seen: Array<string | number> = [];
    const outcome = await eachForm(items, async (item) => {
      seen.push(item.id);
      if (refuse.includes(Number(item.id))) throw new Error('表单已提交，不能删除');
    }, (e) => (e as Error).message);
    // Each form is tried once, in order.
    expect(seen).toEqual(items.map((i) => i.id));
    expect(outcome.done).toHaveLength(done);
    expect(bulkOutcomeText(outcome, '删除').failures).toEqual(failed);
    expect(bulkOutcomeText(outcome, '删除').ok).toBe(failed.length === 0);
  });
});

describe('bulkDeleteQuestion and bulkOutcomeText', () => {
  it.each([
    { n: 1, title: '删除选中的 1 张表？', lines: 1, more: 0 },
    { n: 8, title: '删除选中的 8 张表？', lines: 8, more: 0 },
    { n: 10, title: '删除选中的 10 张表？', lines: 8, more: 2 },
  ])('$n forms', ({ n, title, lines, more }) => {
    const q = bulkDeleteQuestion(items.slice(0, n));
    expect(q.title).toBe(title);
    expect(q.lines).toHaveLength(lines);
    expect(q.more).toBe(more);
  });

  it.each([
    [{ done: items.slice(0, 16), failed: [] }, '删除', '已删除 10 张表'],
    [{ done: items.slice(0, 3), failed: [{ ...items[4]!, reason: 'x' }] }, '删除', '已删除 3 张表，1 张未能删除'],
    [{ done: items.slice(0, 2), failed: [] }, '恢复', '已恢复 2 张表'],
  ] as const)('%#', (outcome, verb, text) => {
    expect(bulkOutcomeText(outcome, verb).text).toBe(text);
  });
});
