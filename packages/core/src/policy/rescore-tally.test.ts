import { describe, expect, it } from 'vitest';
import { tallyRescore, type StoredSheetFigures } from './rescore-tally';

const sheet = (id: number, before: [number | null, string | null], after: [number | null, string | null], deleted = false): StoredSheetFigures => ({
  id,
  deleted,
  before: { total: before[0], grade: before[1] },
  after: { total: after[0], grade: after[1] },
});

describe('tallyRescore', () => {
  it('counts live sheets, changed figures and grade moves, most common move first', () => {
    const t = tallyRescore([
      sheet(5, [98, '优'], [98, '良']),
      sheet(2, [95, '优'], [95, '良']),
      sheet(3, [28, '差'], [28, '中']),
      sheet(4, [80, '良'], [82, '良']),
      sheet(1, [70, '中'], [70, '中']),
    ]);
    expect(t).toEqual({
      sheets: 5,
      changed: 4,
      grade_changed: 3,
      grade_moves: [{ from: '优', to: '良', count: 2 }, { from: '差', to: '中', count: 1 }],
      grade_changed_ids: [2, 3, 5],
    });
  });

  it('leaves deleted sheets out of every count', () => {
    expect(tallyRescore([sheet(1, [98, '优'], [98, '良'], true)])).toEqual({ sheets: 0, changed: 0, grade_changed: 0, grade_moves: [], grade_changed_ids: [] });
  });

  it('counts a sheet that gains or loses its score, but not one whose total differs only in the last bits', () => {
    const t = tallyRescore([
      sheet(1, [null, null], [50, '差']),
      sheet(2, [0.1 + 0.2, '差'], [0.3, '差']),
      sheet(3, [null, null], [null, null]),
    ]);
    expect([t.sheets, t.changed, t.grade_changed]).toEqual([3, 1, 1]);
    expect(t.grade_moves).toEqual([{ from: null, to: '差', count: 1 }]);
  });
});
