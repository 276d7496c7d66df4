import { describe, expect, it } from 'vitest';
import { valueInParts } from './value-parts';

/** [value, unit, name, comparator, cumulative, figure read (null: left to the other readers)]. */
const ROWS: Array<[string, string, string, '>=' | '<=', boolean, number | null]> = [
  ['已拨付120万元，待拨付80万元', '万元', '', '>=', true, 120],
  ['已拨付120万元，待拨付80万元', '%', '资金拨付率', '>=', false, 60],
  ['应参保1,200人，已参保900人', '%', '参保率', '>=', false, 75],
  ['已签合同金额260万元，已支付110万元', '万元', '资金支付金额', '>=', true, 110],
  ['已签合同金额260万元，已支付110万元', '万元', '合同签订金额', '>=', true, 260],
  ['已支付45万元，退回3万元', '万元', '', '>=', true, 42],
  ['完成112户（含上年结转12户）', '户', '', '>=', true, 100],
  ['支付进度款120万元、质保金15万元', '万元', '资金支付金额', '>=', true, 135],
  ['已支付3,250,000元，已签合同5,600,000元', '万元', '资金支付金额', '>=', true, 325],
  ['已发行8,000万元，已支出2,100万元', '万元', '专项债支出金额', '>=', true, 2100],
  ['开工10个，完工6个', '个', '完工项目数', '>=', true, 6],
  ['完成4个，3个招标中', '个', '', '>=', true, 4],
  ['进口32小时，出口1.2小时', '小时', '', '<=', false, 32],
  // Two verbs and no name to pick one, figures in another unit, a rate of two parts, done of planned: not read here.
  ['开工10个，完工6个', '个', '', '>=', true, null],
  ['累计发放补贴158.4万元，惠及3,200人', '人', '', '>=', true, 3200],
  ['检测120批次，合格119批次', '%', '合格率', '>=', false, null],
  ['已完成85/120户', '户', '', '>=', true, null],
  ['完成38次', '次', '', '>=', true, null],
];

describe('valueInParts', () => {
  it.each(ROWS)('%s under %s %s', (actual, unit, name, cmp, cumulative, want) => {
    const r = valueInParts(actual, unit, name, cmp, cumulative);
    if (want == null) expect(r).toBeNull();
    else {
      expect(r!.value).toBeCloseTo(want, 6);
      expect(r!.how).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
