import { describe, expect, it } from 'vitest';
import { readActualInUnit } from './read-actual-in-unit';

// Session 24 (held-out value cells set 18, sheets set 19): 1–8月 progress and year-end 完成值 — 约 inside a word, a count
// done of a whole, one month's figure beside the running total, a gap to 序时进度, units of energy and port trades.

const read = (actual: string, unit: string | null): number | null => {
  const v = readActualInUnit(actual, unit, '', '>=').value;
  return Number.isNaN(v) ? null : v;
};
type Case = [string, string | null, number | null];
const reads = (cases: Case[]) => it.each(cases)('%s under %s', (actual, unit, expected) => {
  expect(read(actual, unit)).toBe(expected);
});

describe('readActualInUnit with a 约 that estimates nothing', () => {
  reads([
    ['节约电量18.6万千瓦时', '万千瓦时', 18.6],
    ['签约率76.2%（重点人群85.1%）', '%', 76.2],
    ['预约挂号率62%', '%', 62],
    // Guards: 约 before the figure, and 签约 then 约, are estimates.
    ['约96%', '%', null],
    ['签约约1200户', '户', null],
    ['节约约5%', '%', null],
  ]);
});

describe('readActualInUnit on a count done of a whole', () => {
  reads([
    ['已拨付2批/共4批', '批', 2],
    ['3批/共5批', '批', 3],
    ['3个/总计5个', '个', 3],
    ['完成5个中的2个', '个', 2],
    // Guards: a plan after the slash was already set aside; a rate per base keeps its slash; 12/12个 is 12 done.
    ['3200人次/计划3500人次', '人次', 3200],
    ['12/12个', '个', 12],
    ['2批/共4批', '%', null],
  ]);
});

describe('readActualInUnit with one period\'s figure beside the running total', () => {
  reads([
    ['当月完成2次，累计完成7次', '次', 7],
    ['本月新增18户，累计126户', '户', 126],
    ['每月完成1期，全年共12期', '期', 12],
    // Guard: one period's figure alone is still the figure read.
    ['当月完成2次', '次', 2],
  ]);
});

describe('readActualInUnit on a gap to 序时进度', () => {
  reads([
    ['超序时进度3个百分点', '%', null],
    ['低于时间进度2个百分点', '%', null],
    // Guards: progress itself, and a level beside the pace's verdict, are read.
    ['形象进度完成65%', '%', 65],
    ['已完成65%，滞后于序时进度', '%', 65],
    ['超过序时进度，完成68%', '%', 68],
  ]);
});

describe('readActualInUnit in energy and port units', () => {
  reads([
    ['0.42吨标准煤/万元', '吨标准煤/万元', 0.42],
    ['19,200标准箱', '万标准箱', 1.92],
    ['1.9万标准箱', '万标准箱', 1.9],
  ]);
});

// Session 25 (held-out value cells set 19): year-end 完成值 that state periods — one quarter's figure beside the year's total,
// a count in 万 under a per-day row. Guards beside each fix: what a lone period's figure or a plain count still reads.
describe('readActualInUnit: one quarter or half-year beside the year, the year wins', () => {
  reads([
    ['四季度完成420批次，全年累计1,980批次', '批次', 1980],
    ['第三季度开展5场，全年共开展18场', '场', 18],
    ['Q4完成120户，全年完成460户', '户', 460],
    ['上半年完成46%，全年完成98%', '%', 98],
    ['月均抽检150批次，全年累计1,900批次', '批次', 1900],
    ['日均接待320人次，全年累计116,800人次', '人次', 116800],
    // guards: a period's figure alone is still the figure; a span of months is a running total, not one period's.
    ['四季度完成420批次', '批次', 420],
    ['上半年完成52%', '%', 52],
    ['月均抽检150批次', '批次/月', 150],
    ['1-12月完成420批次', '批次', 420],
    ['全年完成460户，其中四季度120户', '户', 460],
  ]);
});

describe('readActualInUnit: a count without the row\'s base under a per-period row', () => {
  reads([
    ['日均投递1.6万件', '件/日', 16000],
    ['1.6万件', '件/日', 16000],
    ['2.3万人次', '人次/日', 23000],
    // guards: a count already per the base and a rate per the same base read as before.
    ['日均1.6万件', '件/日', 16000],
    ['1380件', '件/日', 1380],
    ['2.6万立方米/日', '万立方米/日', 2.6],
    ['1050斤/亩', '公斤/亩', 525],
  ]);
});
