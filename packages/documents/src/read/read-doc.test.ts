import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DocRowProperties } from './doc-paragraphs';
import { docBlocks } from './read-doc';
import { readSource } from './read-source';

const here = dirname(fileURLToPath(import.meta.url));

type Mark = Parameters<typeof docBlocks>[0][number]['mark'];
/** Body characters: plain text, then a mark closing a cell, a row or a paragraph inside a cell. */
const text = (s: string) => [...s].map((ch) => ({ ch }));
const cellEnd = (s: string) => [...text(s), { ch: '\x07', mark: { kind: 'cell' } as Mark }];
const cellPara = (s: string) => [...text(s), { ch: '\r', mark: { kind: 'cell-paragraph' } as Mark }];
const rowEnd = (row?: DocRowProperties) => [{ ch: '\x07', mark: { kind: 'row', ...(row ? { row } : {}) } as Mark }];
const props = (edges: number[], vertical: DocRowProperties['vertical'] = []): DocRowProperties => ({ edges, vertical, mergedIntoPrevious: edges.slice(1).map(() => false) });

describe('Word 97–2003 body to blocks', () => {
  it('keeps cells and rows apart by their marks, with spans from the cell edges and vertical merges', () => {
    const body = [
      ...text('附件1\r'),
      ...cellEnd('一级指标'), ...cellEnd('二级指标'), ...cellEnd('指标值'), ...rowEnd(props([0, 1000, 2000, 3000], ['restart'])),
      // An empty cell is a cell: two cell marks in a row are not the row's end.
      ...cellEnd(''), ...cellPara('质量指标'), ...cellEnd('（抽检）'), ...cellEnd(''), ...rowEnd(props([0, 1000, 2000, 3000], ['continue'])),
      ...cellEnd('合计\t100'), ...rowEnd(props([0, 3000])),
      ...text('注：单位为万元。\r'),
    ];
    expect(docBlocks(body)).toEqual([
      { kind: 'text', text: '附件1', line: 1 },
      {
        kind: 'table',
        rows: [
          { cells: [{ text: '一级指标', rowSpan: 2 }, { text: '二级指标' }, { text: '指标值' }], line: 2 },
          { cells: [{ text: '', mergedFromAbove: true }, { text: '质量指标\n（抽检）' }, { text: '' }], line: 5 },
          { cells: [{ text: '合计\t100', colSpan: 3 }], line: 9 },
        ],
      },
      { kind: 'text', text: '注：单位为万元。', line: 10 },
    ]);
  });

  it('reads cells without row properties as a text layout does (no spans), and unwraps a one-cell frame table', () => {
    const body = [...cellEnd('项目名称'), ...cellEnd('某项目'), ...rowEnd(), ...text('\r'), ...cellPara('框内标题'), ...cellEnd('框内正文'), ...rowEnd(), ...text('\r')];
    expect(docBlocks(body)).toEqual([
      { kind: 'table', rows: [{ cells: [{ text: '项目名称' }, { text: '某项目' }], line: 1 }] },
      { kind: 'text', text: '框内标题', line: 4 },
      { kind: 'text', text: '框内正文', line: 4 },
    ]);
  });

  it('keeps two tables apart at the paragraph between them, even an empty one', () => {
    const body = [...cellEnd('a'), ...cellEnd('b'), ...rowEnd(), ...text('\r'), ...cellEnd('c'), ...cellEnd('d'), ...rowEnd()];
    expect(docBlocks(body).filter((b) => b.kind === 'table')).toHaveLength(2);
  });

  // word97-features.doc: word97-features.doc.grid.txt built as a .docx (grid-binaries.ts, ooxml-marks.ts) and saved by
  // LibreOffice as Word 97–2003 (`soffice --headless --convert-to "doc:MS Word 97"`), as the corpus .doc files are.
  it('reads a Word 97 file as the .docx it was saved from: page header above, footnote and footer out, nested table, revisions accepted', async () => {
    const result = await readSource(new Uint8Array(readFileSync(join(here, 'testing/word97-features.doc'))), '目标表.doc');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.source.format).toBe('doc');
    const blocks = result.source.blocks;
    expect(blocks[0]).toEqual({ kind: 'text', text: '某某县财政局页眉', line: 1 });
    expect(blocks[1]).toMatchObject({ kind: 'text', text: '项目支出绩效目标表' });
    const table = blocks.find((b) => b.kind === 'table' && b.rows.length > 2);
    expect(table?.kind === 'table' && table.rows.map((r) => r.cells.map((c) => (c.mergedFromAbove ? '^' : c.text)))).toEqual([
      ['项目名称：乡村道路养护', '', '', ''],
      ['一级指标', '二级指标', '三级指标', '指标值'],
      ['产出指标', '数量指标', '养护里程', '≥120公里'],
      ['^', '质量指标', '路况优良率\n（抽检）', '≥90%'],
      ['^', '时效指标', '完成时限', '年底前\n（含验收）'],
      ['说明', '甲\t乙\n丙\t丁'],
    ]);
    expect(table?.kind === 'table' && table.rows[5]!.cells[1]!.colSpan).toBe(3);
    const all = JSON.stringify(blocks);
    expect(all).not.toMatch(/资金来源见附件|页脚|100公里/);
    expect(blocks.at(-1)).toMatchObject({ kind: 'text', text: '注：本表金额单位为万元。' });
  });
});
