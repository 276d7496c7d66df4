import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorLight } from './monitoring-lights';
import { bandFromProgress, doneOfPlanned, saysBehind, saysOnPlan, saysUnfinished, shareOfYear } from './progress-words';

describe('progress in words', () => {
  it.each<[string, number | null]>([
    ['完成全年的45%', 45], ['完成全年目标的30%', 30], ['已完成年度目标任务的60%', 60], ['占全年计划的45%', 45],
    ['全年任务完成率45%', 45], ['年度目标完成进度为45.5%', 45.5], ['完成全年的 45 ％', 45],
    ['45%', null], ['完成率45%', null], ['全年完成', null], ['完成全年的45%以上，另有3次', null],
    ['已完成总量的60%', 60], ['完成投资计划的40%', 40], ['完成目标任务的50%', 50], ['完成建设任务的25%', 25], ['完成计划的30%', 30],
    ['合格率60%', null], ['完成60%的人', null],
  ])('shareOfYear(%s) = %s', (text, share) => expect(shareOfYear(text)).toBe(share));

  it.each<[string, boolean, boolean]>([
    ['按计划推进', true, false], ['按序时进度推进中', true, false], ['正常推进', true, false], ['有序推进。', true, false],
    ['尚未完成', false, true], ['未完工', false, true], ['正在推进', false, true], ['建设中', false, true], ['尚未开展', false, true],
    ['已完成', false, false], ['未达成', false, false], ['推进缓慢', false, false],
  ])('%s: on plan %s, unfinished %s', (text, onPlan, unfinished) => {
    expect([saysOnPlan(text), saysUnfinished(text)]).toEqual([onPlan, unfinished]);
  });

  it.each([['达成', '达成'], ['基本完成', '部分达成'], ['未达到', '未达成'], ['按计划推进', '达成'], ['进展顺利，群众满意', null]] as const)(
    'bandFromProgress(%s) = %s', (text, band) => expect(bandFromProgress(text)).toBe(band));

  it.each<[string, boolean, boolean]>([
    ['进展顺利', true, false], ['推进顺利。', true, false], ['进度正常', true, false], ['项目进展符合预期', true, false],
    ['滞后', false, true], ['进度滞后', false, true], ['进展缓慢', false, true], ['推进较慢', false, true], ['略有滞后', false, true],
    ['滞后于序时进度', false, true], ['工作进度延迟', false, true],
    ['已完成', false, false], ['正在推进', false, false], ['进度滞后3个月，原因是资金未到位', false, false],
  ])('%s: on plan %s, behind %s', (text, onPlan, behind) => {
    expect([saysOnPlan(text), saysBehind(text)]).toEqual([onPlan, behind]);
    if (behind) expect(bandFromProgress(text)).toBe('部分达成');
  });

  it.each<[string, number | null]>([
    ['完成3/5', 3], ['2个/共5个', 2], ['3项/计划5项', 3], ['已完成5个中的2个', 2], ['计划5项中已完成2项', 2], ['5个中完成2个', 2],
    ['10/10万', null], ['3万/5万', null], ['3人/5次', null], ['6/5', null], ['5个街道中的2个', null], ['2个/共0个', null],
  ])('doneOfPlanned(%s) = %s', (text, done) => expect(doneOfPlanned(text)).toBe(done));
});

describe('properties', () => {
  it('「完成全年的P%」 lights a row as P% of its target written as a number does', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 100000 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom('次', '%', '万元', '<=次'), (t, p, month, u) => {
      const comparator = u.startsWith('<=') ? '<=' : '>=';
      const unit = u.replace('<=', '');
      const inWords = indicatorLight({ comparator, target: String(t), actual: `完成全年的${p}%`, unit, month });
      const inNumbers = indicatorLight({ comparator, target: String(t), actual: (p / 100) * t, unit, month });
      return inWords.light === inNumbers.light && inWords.progress === inNumbers.progress;
    }), { numRuns: 500 });
  });

  it('a task due by month d still unfinished is red from month d on and never red before; done is green', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.constantFrom('尚未完成', '正在推进', '按计划推进', '推进中'), (d, month, words) => {
      const target = `${d}月底前完成`;
      const open = indicatorLight({ comparator: 'qualitative', target, actual: words, month });
      const done = indicatorLight({ comparator: 'qualitative', target, actual: '已完成', month });
      return done.light === 'green' && (month >= d ? open.light === 'red' : open.light !== 'red');
    }), { numRuns: 300 });
  });

  it('a sign left in the target lights the row as the comparator given apart does', () => {
    fc.assert(fc.property(fc.constantFrom(['≤', '<='], ['不超过', '<='], ['≥', '>='], ['不低于', '>=']), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 2000 }), fc.constantFrom('%', '万元', '次'), ([word, sign], t, a, unit) => {
      const written = indicatorLight({ comparator: null, target: `${word}${t}${unit}`, actual: `${a}${unit}`, month: 6 });
      const apart = indicatorLight({ comparator: sign as '<=' | '>=', target: String(t), actual: `${a}${unit}`, unit, month: 6 });
      return written.light === apart.light && written.progress === apart.progress;
    }), { numRuns: 500 });
  });
});
