import { describe, expect, it } from 'vitest';
import { type AuditCase, B, O, caseTable, raises, row } from './audit-case-rows';

/**
 * Held-out whole forms set 50F (session 23): the row-level cause fixed after measuring, with guards, in wording the set
 * does not hold. Row cases are appended to four clean rows of a 2024 project target.
 */
const CASES: AuditCase[] = [
  // Helping, escorting or assisting the people a bad state holds is the service for them.
  { id: 'dir-f50-01', code: 'direction', expect: 'no_flag', row: row(B, '社会效益指标', '帮助滞留旅客改签返程', '>=', '300', '人次'), why: 'Helping the stranded.' },
  { id: 'dir-f50-02', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '护送走失人员返家', '>=', '40', '人'), why: 'Escorting the lost home.' },
  { id: 'dir-f50-03', code: 'direction', expect: 'no_flag', row: row(O, '数量指标', '协助滞留人员寻亲', '>=', '50', '人'), why: 'Assisting the stranded.' },
  { id: 'dir-f50-04', code: 'direction', expect: 'flag', row: row(B, '社会效益指标', '车站滞留旅客人数', '>=', '300', '人'), why: 'Guard: the stranded themselves raised.' },
  { id: 'dir-f50-05', code: 'direction', expect: 'flag', row: row(O, '质量指标', '受助人员走失率', '>=', '1', '%'), why: 'Guard: people lost while in care raised.' },
];

describe('review audit cases, whole forms set 50F', () => {
  it.each(caseTable(CASES))('%s', (_, c) => {
    expect(raises(c), c.why).toBe(c.expect === 'flag');
  });
});
