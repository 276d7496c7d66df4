import { describe, expect, it } from 'vitest';
import { commentAnchor, commentPlace, commentsByRow, latestRound, returnedRowComments } from './comment-anchor';

const rows = (...names: string[]) => names.map((name) => ({ name }));
const BEFORE = rows('培训人次', '培训合格率', '课程按期完成率', '服务对象满意度');
// A 效益 row inserted above the commented one, as the clerk was asked to.
const AFTER = rows('培训人次', '培训合格率', '课程按期完成率', '业务能力提升', '服务对象满意度');

describe('commentAnchor', () => {
  it.each([
    { name: 'named, unchanged rows', c: { indicator: 3, indicator_name: '服务对象满意度' }, ind: BEFORE, want: { row: 3, name: '服务对象满意度', lost: false } },
    { name: 'named, a row inserted above', c: { indicator: 3, indicator_name: '服务对象满意度' }, ind: AFTER, want: { row: 4, name: '服务对象满意度', lost: false } },
    { name: 'named, moved to the top', c: { indicator: 3, indicator_name: '服务对象满意度' }, ind: rows('服务对象满意度', '培训人次'), want: { row: 0, name: '服务对象满意度', lost: false } },
    { name: 'a repeated name: the nearest to the old number', c: { indicator: 2, indicator_name: '甲' }, ind: rows('甲', '乙', '丙', '甲'), want: { row: 3, name: '甲', lost: false } },
    { name: 'renamed: falls back to the number, marked lost', c: { indicator: 3, indicator_name: '服务对象满意度' }, ind: rows('a', 'b', 'c', '学员满意度'), want: { row: 3, name: '服务对象满意度', lost: true } },
    { name: 'no stored name (an older comment): the number', c: { indicator: 3, indicator_name: null }, ind: AFTER, want: { row: 3, name: null, lost: false } },
    { name: 'a number past the end', c: { indicator: 7 }, ind: BEFORE, want: { row: null, name: null, lost: false } },
    { name: 'a whole-form comment', c: { indicator: null }, ind: BEFORE, want: { row: null, name: null, lost: false } },
  ])('$name', ({ c, ind, want }) => {
    expect(commentAnchor(c, ind)).toEqual(want);
  });
});

describe('commentPlace', () => {
  it.each([
    [{ indicator: 3, indicator_name: '服务对象满意度' }, AFTER, '第 5 行「服务对象满意度」'],
    [{ indicator: 3, indicator_name: '服务对象满意度' }, rows('a'), '原第 4 行「服务对象满意度」（该指标已改名或删除）'],
    [{ indicator: 3 }, BEFORE, '第 4 行'],
    [{ indicator: 9 }, BEFORE, '原第 10 行'],
    [{ indicator: null }, BEFORE, '整表'],
  ])('%o', (c, ind, want) => {
    expect(commentPlace(c, ind)).toBe(want);
  });
});

describe('commentsByRow', () => {
  it('marks the rows the comments follow, joining several on one row and skipping lost ones', () => {
    const comments = [
      { indicator: 3, indicator_name: '服务对象满意度', body: '请补充调查方式' },
      { indicator: 3, indicator_name: '服务对象满意度', body: '目标偏低' },
      { indicator: 0, indicator_name: '已删除的指标', body: '删去' },
      { indicator: null, body: '整表意见' },
    ];
    expect([...commentsByRow(comments, AFTER, (c) => c.body)]).toEqual([[4, ['请补充调查方式', '目标偏低']]]);
  });

  it('leaves the unit\'s own answers (修改说明) out: they are not reviewers\' comments on the row', () => {
    const comments = [
      { id: 1, indicator: 1, indicator_name: '培训合格率', body: '口径不清' },
      { id: 2, indicator: 1, indicator_name: '培训合格率', body: '已改为考核合格率', reply: 'changed', reply_to: 1 },
    ];
    expect([...commentsByRow(comments, BEFORE, (c) => c.body)]).toEqual([[1, ['口径不清']]]);
  });
});

describe('returnedRowComments', () => {
  const comments = [
    { indicator: 0, indicator_name: '培训人次', review_id: 3, body: '上一轮' },
    { indicator: 2, indicator_name: '课程按期完成率', review_id: 9, body: '本轮' },
  ];
  it('marks the latest round while the form is returned', () => {
    expect([...returnedRowComments(comments, 'returned', BEFORE, (c) => c.body)]).toEqual([[2, ['本轮']]]);
  });
  it.each(['draft', 'submitted', 'published', undefined])('marks nothing in status %s (the comments are settled or not yet sent)', (status) => {
    expect(returnedRowComments(comments, status, BEFORE, (c) => c.body).size).toBe(0);
  });
});

describe('latestRound', () => {
  it.each([
    { name: 'two 退回 rounds: the last one and open comments', ids: [3, 3, 9, null, 9], want: [2, 3, 4] },
    { name: 'one round', ids: [5, 5], want: [0, 1] },
    { name: 'only open comments', ids: [null, null], want: [0, 1] },
    { name: 'none', ids: [], want: [] },
  ])('$name', ({ ids, want }) => {
    const comments = ids.map((review_id, i) => ({ indicator: i, review_id }));
    expect(latestRound(comments).map((c) => c.indicator)).toEqual(want);
  });
});
