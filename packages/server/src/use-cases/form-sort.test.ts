import { describe, expect, it } from 'vitest';
import { formOrder, FORM_SORT_KEYS, type FormSort } from './form-sort';

describe('formOrder', () => {
  const cases: { input: FormSort; allowed?: readonly (typeof FORM_SORT_KEYS)[number][]; terms?: number; order?: string; error?: RegExp }[] = [
    { input: {}, terms: 1, order: 'asc' },
    { input: { order: 'desc' }, terms: 1, order: 'desc' },
    { input: { sort: 'project_name' }, terms: 2, order: 'asc' },
    { input: { sort: 'budget_total_wan', order: 'desc' }, terms: 2, order: 'desc' },
    { input: { sort: 'project_name; drop table forms' }, error: /排序字段「project_name; drop table forms」无效，可选：id（编号）/ },
    { input: { sort: 'created_by' }, error: /排序字段「created_by」无效/ },
    { input: { sort: 'id', order: 'DESC' }, error: /排序方向「DESC」无效，应为 asc（升序）或 desc（降序）/ },
    { input: { sort: 'status' }, allowed: ['id', 'project_name'], error: /可选：id（编号）、project_name（项目名称）$/ },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.input)} → ${c.error ? 'rejected' : `${c.terms} terms ${c.order}`}`, () => {
      const result = formOrder(c.input, c.allowed);
      if (c.error) {
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code).toBe('validation_failed');
          expect(result.error.message).toMatch(c.error);
        }
        return;
      }
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.value).toHaveLength(c.terms!);
        expect(result.value.every((t) => t.order === c.order)).toBe(true);
      }
    });
  }
});
