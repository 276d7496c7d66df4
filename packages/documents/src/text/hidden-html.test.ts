import { describe, expect, it } from 'vitest';
import { markHiddenElements } from './hidden-html';
import { readTextLayout } from './read-text-layout';

describe('markHiddenElements', () => {
  it.each([
    { what: 'the hidden attribute', html: '<tr hidden><td>旧</td></tr>', want: '<tr style="display:none" hidden><td>旧</td></tr>' },
    { what: 'hidden="hidden"', html: '<td hidden="hidden">1</td>', want: '<td style="display:none" hidden="hidden">1</td>' },
    { what: 'a class the style block hides', html: '<style>.yc { display: none; }</style><td class="c yc">ID</td>', want: '<style>.yc { display: none; }</style><td style="display:none" class="c yc">ID</td>' },
    { what: 'a hidden class on a tag with its own style', html: '<style>td.yc{display:none!important}</style><td class="yc" style="color:red">ID</td>', want: '<style>td.yc{display:none!important}</style><td class="yc" style="display:none;color:red">ID</td>' },
    { what: 'a class hidden only in print', html: '<style>@media print { .noprint { display: none } }</style><td class="noprint">1</td>', want: '<style>@media print { .noprint { display: none } }</style><td class="noprint">1</td>' },
    { what: 'an input of type hidden and aria-hidden', html: '<input type="hidden" value="x"><span aria-hidden="true">★</span>', want: '<input type="hidden" value="x"><span aria-hidden="true">★</span>' },
    { what: 'a class shown on screen', html: '<style>.tc{text-align:center}</style><td class="tc">1</td>', want: '<style>.tc{text-align:center}</style><td class="tc">1</td>' },
  ])('$what', ({ html, want }) => {
    expect(markHiddenElements(html)).toBe(want);
  });
});

describe('hidden and footer rows in an HTML table', () => {
  const page = '<style>.yc{display:none}</style><table><thead><tr><th>一级指标</th><th class="yc">编码</th><th>三级指标</th><th>分值</th></tr></thead>'
    + '<tfoot><tr><td>合计</td><td class="yc"></td><td></td><td>20</td></tr></tfoot>'
    + '<tbody><tr><td rowspan="3">产出指标</td><td class="yc">Z1</td><td>抽检批次</td><td>10</td></tr>'
    + '<tr hidden><td class="yc">Z2</td><td>停用指标</td><td>5</td></tr>'
    + '<tr><td class="yc">Z3</td><td>办结率</td><td>10</td></tr></tbody></table>';

  it('reads what a browser shows, the footer last, a hidden row still taking its place under the span', () => {
    const table = readTextLayout(page).blocks.find((b) => b.kind === 'table');
    expect(table?.kind === 'table' ? table.rows.map((r) => r.cells.map((c) => (c.mergedFromAbove ? '^' : c.text))) : null).toEqual([
      ['一级指标', '三级指标', '分值'],
      ['产出指标', '抽检批次', '10'],
      ['^', '办结率', '10'],
      ['合计', '', '20'],
    ]);
  });
});
