import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indicatorLight } from './monitoring-lights';
import { bandFromProgress, bareFraction, doneOfPlanned, forecastCompletion, readDeadline, saysBehind, saysDone, saysOnPlan, saysTargetWorkDone, saysUnfinished, saysWholeDone, shareOfYear } from './progress-words';

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

describe('stages, stalls, forecasts and fractions', () => {
  it.each<[string, boolean]>([
    ['招标中', true], ['正在招标', true], ['施工中', true], ['审批阶段中', true], ['持续推进', true], ['继续实施', true],
    ['已签合同未付款', true], ['已开工，尚未完工', true], ['已招标未开工', true], ['未拨付', true], ['尚未验收', true],
    ['已完成招标', false], ['已付款', false], ['招标完成', false], ['持续推进，完成80%', false], ['中标', false],
  ])('saysUnfinished(%s) = %s', (text, unfinished) => expect(saysUnfinished(text)).toBe(unfinished));

  it.each<[string, boolean]>([
    ['已完工', true], ['已竣工验收', true], ['已建成并投入使用', true], ['均已拨付', true], ['已付款', true],
    ['完工', false], ['未完工', false], ['已签合同未付款', false], ['预计10月完工', false],
  ])('saysDone(%s) = %s', (text, done) => {
    expect(saysDone(text)).toBe(done);
    if (done) expect(bandFromProgress(text)).toBe('达成');
  });

  it.each<[string, boolean]>([
    ['因汛期停工', true], ['受疫情影响暂停施工', true], ['停工待料', true], ['目前停滞', true], ['项目搁置', false],
    ['未停工', false], ['无停工', false], ['停工后已复工', false], ['因汛期停工，现已复工', false],
  ])('saysBehind(%s) = %s (a stall is behind plan)', (text, behind) => expect(saysBehind(text)).toBe(behind));

  it.each<[string, { year: number | null; month: number } | null]>([
    ['预计10月完工', { year: null, month: 10 }], ['计划于9月底前完成', { year: null, month: 9 }], ['预计年底竣工', { year: null, month: 12 }],
    ['预计2027年3月建成', { year: 2027, month: 3 }], ['预计十一月完成', { year: null, month: 11 }],
    ['10月完工', null], ['预计完成90%', null], ['预计10月开工', null], ['预计13月完工', null],
  ])('forecastCompletion(%s)', (text, forecast) => expect(forecastCompletion(text)).toEqual(forecast));

  it.each<[string, number | null]>([
    ['完成3/4', 75], ['已完成1/2', 50], ['3/4', 75], ['完成4/4', 100], ['2个/共5个', null], ['完成3/5项', null], ['5/4', null], ['3/0', null],
  ])('bareFraction(%s) = %s', (text, share) => expect(bareFraction(text)).toBe(share));

  it.each<[string, number | null]>([
    ['完成全年任务的一半', 50], ['已完成年度计划的三分之一', (1 / 3) * 100], ['完成全年任务的四分之三', 75],
    // Round 11: a share alone in words (一半, 两成, 近九成) is the share of the task, as round 8 reads a bare 过半.
    ['一半', 50], ['完成全年任务的四分之五', null],
  ])('shareOfYear(%s) = %s', (text, share) => expect(shareOfYear(text)).toBe(share));

  it.each<[string, number | null]>([
    ['6月底前完成招标', 6], ['8月底前完成资金拨付', 8], ['年底前完成验收', 12], ['2026年9月30日前完成项目建设', 9], ['12月底前完成', 12],
    ['完成招标', null], ['6月完成招标', null], ['前期完成招标', null],
  ])('readDeadline(%s) is due in month %s', (text, month) => expect(readDeadline(text)?.month ?? null).toBe(month));
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

  it('a forecast due by month d is green on or before d and red after it, before the deadline; red once d has come', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), (d, f, month) => {
      const r = indicatorLight({ comparator: 'qualitative', target: `${d}月底前完工`, actual: `预计${f}月完工`, month });
      return r.light === (month >= d || f > d ? 'red' : 'green');
    }), { numRuns: 300 });
  });

  it('a bare fraction d/n lights a count as its share of the target does', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 10000 }), fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 20 }), fc.integer({ min: 1, max: 12 }), (t, n, d0, month) => {
      const d = Math.min(d0, n);
      const asFraction = indicatorLight({ comparator: '>=', target: String(t), actual: `完成${d}/${n}`, unit: '个', month });
      const asShare = indicatorLight({ comparator: '>=', target: String(t), actual: `完成全年任务的${(d / n) * 100}%`, unit: '个', month });
      return asFraction.light === asShare.light && asFraction.progress === asShare.progress;
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

describe('round 7: tenths, words with a share, lags, parts done and the target\'s own work', () => {
  it.each<[string, number | null]>([
    ['约完成计划的三成', 30], ['完成近七成', 70], ['已完成约三成五', 35], ['完成十成', 100], ['三成', 30], ['七成以上的人', null],
    ['正常推进（约60%）', 60], ['进度滞后（完成40%）', 40], ['招标中（约10%）', 10], ['合格（约60%）', null], ['85%（抽检）', null],
    ['已全部完成', 100], ['已超额完成', 100], ['超额完成任务', 100], ['提前完成', null], ['已完成', null],
  ])('shareOfYear(%s) = %s', (text, share) => expect(shareOfYear(text)).toBe(share));

  it.each<[string, boolean]>([['已全部完成', true], ['已超额完成全年任务', true], ['已超额完成', true], ['已完成', false], ['提前完成', false], ['部分完成', false]])(
    'saysWholeDone(%s) = %s', (text, done) => expect(saysWholeDone(text)).toBe(done));

  it.each<[string, boolean]>([
    ['进度滞后约15天', true], ['较计划滞后半个月', true], ['滞后2周左右', true], ['进度滞后（约15天）', true], ['进度滞后3个月，原因是资金未到位', false],
  ])('saysBehind(%s) = %s', (text, behind) => expect(saysBehind(text)).toBe(behind));

  it.each<[string, boolean]>([
    ['已完成初验', true], ['已完成初验，待终验', true], ['第一批已拨付', true], ['首批资金已到位', true], ['已起草，待审定', true],
    ['政府采购流程中', true], ['竣工验收阶段中', true], ['已部分拨付', true], ['部分达成', false], ['已完成政府采购，已签订合同', false],
    ['有待提高', false], ['持续推进，完成80%', false],
  ])('saysUnfinished(%s) = %s', (text, unfinished) => expect(saysUnfinished(text)).toBe(unfinished));

  it.each<[string, string, boolean]>([
    ['6月底前完成招标采购', '已完成政府采购，已签订合同', true], ['3月底前印发实施方案', '已印发', true],
    ['6月底前完成初验', '已完成初验', true], ['12月底前完成竣工验收', '已完成初验', false], ['12月底前完工', '已完成招标', false],
    ['9月底前完成资金拨付', '第一批已拨付', false], ['3月底前印发实施方案', '已起草，待审定', false], ['6月底前完成招标采购', '已签订合同', false],
  ])('saysTargetWorkDone(%s, %s) = %s', (target, actual, done) => expect(saysTargetWorkDone(target, actual)).toBe(done));
});
