import { describe, expect, it } from 'vitest';
import { rectificationAnswerBlocker, type RectificationStatus } from './rectification-status';

describe('rectificationAnswerBlocker', () => {
  it.each<[RectificationStatus | null, string | null, string | null]>([
    [null, '', '请选择整改情况（已整改、整改中或不适用）'],
    ['done', null, null],
    ['done', '已调整指标', null],
    ['in_progress', '  ', '选择「整改中」时请说明整改措施和预计完成时间'],
    ['in_progress', '6月前完成', null],
    ['not_applicable', null, '选择「不适用」时请说明理由'],
    ['not_applicable', '项目已终止', null],
  ])('%s with note %j', (status, note, want) => {
    expect(rectificationAnswerBlocker(status, note)).toBe(want);
  });
});
