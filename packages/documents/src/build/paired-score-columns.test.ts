import { describe, expect, it } from 'vitest';
import type { FormsDocument } from '@jixiao/core';
import { importText } from '../import/import-file';
import type { GridCell, Item } from './flatten-source';
import { splitPairedScoreColumns } from './paired-score-columns';

const row = (texts: string[], tableIndex = 1): Item => {
  let start = 0;
  const cells: GridCell[] = texts.map((t) => {
    const span = /^<(\d+)>/.exec(t) ? Number(/^<(\d+)>/.exec(t)![1]) : 1;
    const cell = { text: t.replace(/^<\d+>/, ''), start, span, merged: false };
    start += span;
    return cell;
  });
  return { type: 'row', cells, line: null, tableIndex };
};
const texts = (items: Item[]) => items.map((i) => (i.type === 'row' ? i.cells.map((c) => `${c.start}:${c.text}${c.span > 1 ? `×${c.span}` : ''}`) : []));

describe('splitPairedScoreColumns', () => {
  it.each([
    ['分值/得分 over 10/9.5', [['名称', '分值/得分'], ['a', '10/9.5']], [['0:名称', '1:分值', '2:得分'], ['0:a', '1:10', '2:9.5']]],
    ['full-width slash and 分', [['名称', '权重／自评得分', '原因'], ['a', '15分／13.5分', '延误']], [['0:名称', '1:权重', '2:自评得分', '3:原因'], ['0:a', '1:15', '2:13.5', '3:延误']]],
    ['a placeholder is widened over both', [['名称', '分值/得分'], ['a', '—']], [['0:名称', '1:分值', '2:得分'], ['0:a', '1:—×2']]],
    ['a merged cell over the column is widened', [['名称', '分值/得分', '原因'], ['<3>总体目标']], [['0:名称', '1:分值', '2:得分', '3:原因'], ['0:总体目标×4']]],
    ['rows above the caption stay as they are', [['项目名称', '某项目'], ['名称', '分值/得分']], [['0:项目名称', '1:某项目'], ['0:名称', '1:分值', '2:得分']]],
    ['a date or ratio caption is no pair', [['名称', '完成值/目标值'], ['a', '3/4']], [['0:名称', '1:完成值/目标值'], ['0:a', '1:3/4']]],
  ])('%s', (_what, rows, want) => {
    expect(texts(splitPairedScoreColumns(rows.map((r) => row(r))))).toEqual(want);
  });

  it('follows each caption down to the next one, and ends with the table', () => {
    const items = [
      row(['预算', '执行率', '分值/得分']), row(['总额', '96%', '10/9.6']),
      row(['一级指标', '分值/得分', '偏差原因']), row(['产出', '10/9', '延误']),
      row(['名称', '分值'], 2), row(['b', '10/9'], 2),
    ];
    expect(texts(splitPairedScoreColumns(items))).toEqual([
      ['0:预算', '1:执行率', '2:分值', '3:得分'], ['0:总额', '1:96%', '2:10', '3:9.6'],
      ['0:一级指标', '1:分值', '2:得分', '3:偏差原因'], ['0:产出', '1:10', '2:9', '3:延误'],
      ['0:名称', '1:分值'], ['0:b', '1:10/9'],
    ]);
  });
});

describe('a self-evaluation with 分值/得分 in one column', () => {
  const form = (doc: FormsDocument) => doc.forms[0] as unknown as Record<string, unknown>;
  it('reads the weight and score of the budget block, every row and the total', () => {
    const text = [
      '2025年度项目支出绩效自评表',
      '项目名称\t村级调解经费\t\t\t\t\t',
      '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t执行率\t分值/得分',
      '\t年度资金总额\t50\t50\t48\t96%\t10/9.6',
      '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值/得分\t偏差原因',
      '产出指标\t数量指标\t调解案件数\t≥100件\t92件\t40/36.8\t纠纷减少',
      '满意度指标\t服务对象满意度指标\t群众满意度\t≥90%\t95%\t50/50\t',
      '总分\t\t\t\t\t100/96.4\t',
    ].join('\n');
    const doc = importText(text, 'a.txt');
    expect((form(doc).budget as Record<string, unknown>)).toMatchObject({ weight: 10, score: 9.6, execution_rate: 96 });
    expect(form(doc).total_score).toBe(96.4);
    expect(doc.forms[0]!.indicators.map((r) => [r.name, r.weight, r.score, r.reason])).toEqual([
      ['调解案件数', 40, 36.8, '纠纷减少'],
      ['群众满意度', 50, 50, null],
    ]);
  });
});
