import { describe, expect, it } from 'vitest';
import { mapSymbolFontHtml } from './symbol-font-html';

describe('mapSymbolFontHtml', () => {
  it.each([
    // Word's web page: the Symbol byte in an mso-char-type:symbol span.
    [`<td><span style='font-family:Symbol;mso-char-type:symbol;mso-symbol-font-family:Symbol'><span style='mso-char-type:symbol;mso-symbol-font-family:Symbol'>³</span></span>95%</td>`, `<td><span style='font-family:Symbol;mso-char-type:symbol;mso-symbol-font-family:Symbol'><span style='mso-char-type:symbol;mso-symbol-font-family:Symbol'>≥</span></span>95%</td>`],
    ['<span style="font-family:Symbol">&#163;</span>7', '<span style="font-family:Symbol">≤</span>7'],
    ['<span style="font-family:Symbol">&sup3;</span>12', '<span style="font-family:Symbol">≥</span>12'],
    ['<font face="Symbol">&#xB1;</font>5%', '<font face="Symbol">±</font>5%'],
    // Not in the Symbol font: left alone.
    ['<span style="font-family:宋体">³ £</span>', '<span style="font-family:宋体">³ £</span>'],
    ['<p>≥90%</p>', '<p>≥90%</p>'],
    ['<span style="font-family:Symbol">≥ 9</span>', '<span style="font-family:Symbol">≥ 9</span>'],
  ])('%s', (html, expected) => {
    expect(mapSymbolFontHtml(html)).toBe(expected);
  });
});
