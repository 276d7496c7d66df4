import { describe, expect, it } from 'vitest';
import { indicatorSchema, type Indicator } from '@jixiao/core';
import { hasGaps, provisionalNote, scoreGaps, submitGapNote } from './self-evaluation-gaps';

const ind = (name: string, actual: string | null, extra: Partial<Indicator> = {}): Indicator =>
  indicatorSchema.parse({ level1: '产出指标', level2: '数量指标', name, weight: 20, unit: '次', comparator: '>=', target: '3', actual, ...extra });

describe('scoreGaps / provisionalNote', () => {
  it('names the row the rules cannot score and the missing budget line, so 69.39（中） reads as provisional', () => {
    const rows = [ind('租金缴纳次数', '3次'), ind('优化办公环境', '优', { comparator: '=', target: '优', unit: '定性' }), ind('满意度', null)];
    const g = scoreGaps(rows, [{ score: 15 }, { score: null }, { score: null }], null);
    expect(g).toEqual({ noActual: [2], unscored: [1], budget: true });
    expect(provisionalNote(g, 69.39)).toBe('自评总分 69.39 为暂计：第 2 行系统无法按规则核算，请在「自评分」栏填写得分；第 3 行尚未填写实际完成值；预算执行得分待填写全年执行数。未计分的部分按 0 分计入，补齐后总分和等级随之更新。');
    expect(submitGapNote(g)).toBe('注意：第 2 行没有自评分，将按 0 分计入。');
  });

  it('says nothing on a sheet whose every part is scored (guard)', () => {
    const g = scoreGaps([ind('租金缴纳次数', '3次'), ind('优化办公环境', '优')], [{ score: 15 }, { score: 18 }], 8.75);
    expect(hasGaps(g)).toBe(false);
    expect(provisionalNote(g, 41.75)).toBeNull();
    expect(submitGapNote(g)).toBe('');
  });

  it('counts a score of 0 as a score, and leaves 合计 and 扣分项 rows out (guard)', () => {
    const rows = [ind('租金缴纳次数', '0次'), ind('合计', null, { level1: null, level2: null, weight: 90 }), ind('违规使用资金', null, { level1: '扣分项', level2: null })];
    const g = scoreGaps(rows, [{ score: 0 }, { score: null }, { score: null }], 10);
    expect(hasGaps(g)).toBe(false);
  });

  it('shortens a long list of rows', () => {
    const rows = Array.from({ length: 7 }, (_, i) => ind(`指标${i + 1}`, null));
    expect(provisionalNote(scoreGaps(rows, rows.map(() => ({ score: null })), 10), 0)).toContain('第 1、2、3、4、5 等 行尚未填写实际完成值');
  });
});
