import { describe, expect, it } from 'vitest';
import { convertedMarkdownToText, latexSpanText } from './converter-markdown';

describe('inline formulas a converter wrote for signs and figures', () => {
  it.each([
    ['\\geq 9 0 \\%', '≥90%'],
    ['\\leq 3 0 0 0', '≤3000'],
    ['1 0 0 \\%', '100%'],
    ['2 , 4 6 0 . 0 0', '2,460.00'],
    ['\\geq', '≥'],
    ['\\ge 1 . 2', '≥1.2'],
    ['\\mathrm{\\leq} 4 8', '≤48'],
    ['1 2 \\mathrm{km}^{2}', '12km²'],
    ['3 \\sim 5', '3~5'],
    ['2 5 ^ { \\circ } \\mathrm{C}', '25°C'],
  ])('$%s$ prints %s', (inner, printed) => {
    expect(latexSpanText(inner)).toBe(printed);
  });

  it.each([
    ['words with no command', '5 and '],
    ['a command it does not know', '\\alpha + \\beta'],
    ['a bare letter', 'x'],
  ])('leaves %s alone', (_what, inner) => {
    expect(latexSpanText(inner)).toBeNull();
  });

  it('writes a cell and a sentence as the page printed them', () => {
    expect(convertedMarkdownToText('<td> $\\geq 5 0$ 公斤</td><td> $\\geq$ 3200户</td>')).toBe('<td> ≥50公斤</td><td> ≥3200户</td>');
    expect(convertedMarkdownToText('共涉及资金 $2 , 4 6 0 . 0 0$ 万元，占 $1 0 0 \\%$ 。')).toBe('共涉及资金2,460.00万元，占100%。');
  });

  it('keeps dollars that are money and display math', () => {
    const text = 'It cost $5 and $10 in 2024; $$x^2$$ stays; price $12$3 too.';
    expect(convertedMarkdownToText(text)).toBe(text);
  });
});

describe('pictures a converter left in the markdown', () => {
  it('drops an image line and an image beside a label’s value', () => {
    const text = '![](images/5b0d4c2e.jpg)\n填报单位（盖章）：某某县职业技能培训中心 ![](data:image/png;base64...)';
    expect(convertedMarkdownToText(text)).toBe('\n填报单位（盖章）：某某县职业技能培训中心 ');
  });

  it('keeps a link that is no picture', () => {
    const text = '详见[附件1](files/a.pdf)。';
    expect(convertedMarkdownToText(text)).toBe(text);
  });
});
