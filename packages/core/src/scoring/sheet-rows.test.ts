import { describe, expect, it } from 'vitest';
import { saysBonus, saysDeduction } from './sheet-rows';

describe('level cells that name a bonus or a deduction item', () => {
  it.each([
    ['加分项', true, false], [' 加分指标', true, false], ['加分因素（最多2分）', true, false], ['扣分项', false, true],
    ['增加分红', false, false], ['履职效能', false, false], ['', false, false], [null, false, false],
  ] as const)('%s', (cell, bonus, deduction) => expect([saysBonus(cell), saysDeduction(cell)]).toEqual([bonus, deduction]));
});
