import { describe, expect, it } from 'vitest';
import { divTablesToHtml } from './div-tables';
import { readTextLayout } from './read-text-layout';

describe('divTablesToHtml', () => {
  it.each([
    {
      what: 'ARIA roles',
      html: '<div role="table"><div role="row"><span role="columnheader">三级指标</span><span role="columnheader">指标值</span></div></div>',
      want: '<table role="table"><tr role="row"><th role="columnheader">三级指标</th><th role="columnheader">指标值</th></tr></table>',
    },
    {
      what: 'CSS classes from a style block',
      html: '<style>.t{display:table}.r{display: table-row}.c,.h{display:table-cell}</style><div class="t"><div class="r"><div class="c">a</div></div></div>',
      want: '<style>.t{display:table}.r{display: table-row}.c,.h{display:table-cell}</style><table class="t"><tr class="r"><td class="c">a</td></tr></table>',
    },
    {
      what: 'a display:table holding no row (centring a block)',
      html: '<div style="display:table;margin:auto"><div style="display:table-cell">正文</div></div>',
      want: '<div style="display:table;margin:auto"><div style="display:table-cell">正文</div></div>',
    },
    { what: 'a page without such markup', html: '<p>公示</p>', want: '<p>公示</p>' },
  ])('$what', ({ html, want }) => {
    expect(divTablesToHtml(html)).toBe(want);
  });

  it('an ARIA grid reads as table rows of cells', () => {
    const doc = readTextLayout('<p>标题</p><div role="table"><div role="row"><span role="cell">三级指标</span><span role="cell">指标值</span><span role="cell">权重</span></div>'
      + '<div role="row"><span role="cell">改造管网</span><span role="cell">≥38公里</span><span role="cell">15</span></div></div>');
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table && table.kind === 'table' ? table.rows.map((r) => r.cells.map((c) => c.text)) : null).toEqual([['三级指标', '指标值', '权重'], ['改造管网', '≥38公里', '15']]);
  });
});
