import { describe, expect, it } from 'vitest';
import { barFigure, barOption } from './bar-option';

describe('barFigure', () => {
  it.each([
    [1055.4, '1,055.4'],
    [93.356, '93.36'],
    [0.30000000000000004, '0.3'],
    [12, '12'],
    // Guard: a whole count stays whole, with no decimals added.
    [0, '0'],
  ])('%s reads %s', (value, text) => {
    expect(barFigure(value)).toBe(text);
  });
});

describe('barOption', () => {
  const data = [{ name: '示范区教育局', value: 1234.567 }, { name: '示范区卫生健康委员会', value: 8 }];
  it('writes each bar\'s figure at its end, beside the bar of a horizontal chart and on top of an upright one', () => {
    const across = barOption(data, '万元', true).series[0]!.label;
    expect(across.show).toBe(true);
    expect(across.position).toBe('right');
    expect(across.formatter({ value: 1234.567 })).toBe('1,234.57');
    expect(barOption(data, '条').series[0]!.label.position).toBe('top');
  });

  it('says a bar\'s whole name and its figure with the unit on hover, as HTML-safe text', () => {
    const tip = barOption([{ name: '<b>局</b>', value: 2.5 }], '万元', true).tooltip.formatter([{ dataIndex: 0 }]);
    expect(tip).toBe('&#60;b&#62;局&#60;/b&#62;<br/>2.5 万元');
  });
});
