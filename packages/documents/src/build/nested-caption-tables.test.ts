import { describe, expect, it } from 'vitest';
import type { SourceDocument, SourceRow } from '../model/source-document';
import { buildForms } from './build-forms';

// A self-evaluation typed into a layout table whose budget block and goal/outcome pair are small tables
// nested in the cell beside their label (Word or LibreOffice Writer: a nested table reads as tab-separated lines).
const row = (...texts: string[]): SourceRow => ({ cells: texts.map((text) => ({ text })) });
const indicators = ['一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分', '产出指标\t数量指标\t体检人次\t≥2.4万人次\t2.52万人次\t20\t20'].join('\n');

function formOf(budget: string): Record<string, unknown> {
  const source: SourceDocument = {
    blocks: [
      { kind: 'text', text: '2024年度项目支出绩效自评表' },
      {
        kind: 'table',
        rows: [
          row('项目名称', '健康体检补助'),
          row('项目资金（万元）', budget),
          row('年度总体目标', '预期目标\t实际完成情况\n完成体检2.4万人次。\t完成体检2.52万人次。'),
          row('绩效指标', indicators),
        ],
      },
    ],
    notes: [],
  } as unknown as SourceDocument;
  return buildForms(source, 'n.docx').forms[0] as unknown as Record<string, unknown>;
}

describe('caption tables nested in a cell', () => {
  it.each([
    // The captions' blank corner kept, or lost where the cell's text was trimmed.
    ['\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t360\t380\t372.4\t10\t98.00%\t9.8'],
    ['年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n年度资金总额\t360\t380\t372.4\t10\t98.00%\t9.8\n其中：财政拨款\t360\t380\t372.4'],
  ])('reads the budget block and the goal pair: %j', (budget) => {
    const form = formOf(budget);
    expect(form['budget']).toEqual({ initial_wan: 360, adjusted_wan: 380, executed_wan: 372.4, execution_rate: 98, weight: 10, score: 9.8, reason: null });
    expect([form['goal'], form['goal_outcome']]).toEqual(['完成体检2.4万人次。', '完成体检2.52万人次。']);
    expect((form['indicators'] as Array<{ name: string }>).map((i) => i.name)).toEqual(['体检人次']);
  });
});

// A target's money typed as a small table of captions over figures in the cell beside 项目资金 (a site's
// editor nesting a table in the cell): the captions name the figures below them.
function targetOf(label: string, money: string): Record<string, unknown> {
  const source: SourceDocument = {
    blocks: [
      { kind: 'text', text: '2025年度项目支出绩效目标表' },
      {
        kind: 'table',
        rows: [
          row('项目名称', '老旧小区改造'),
          row(label, money),
          row('年度目标', '完成老旧小区改造42个。'),
          row('一级指标', '二级指标', '三级指标', '指标值', '权重'),
          row('产出指标', '数量指标', '改造小区个数', '≥42个', '100'),
        ],
      },
    ],
    notes: [],
  } as unknown as SourceDocument;
  return buildForms(source, 'n.html').forms[0] as unknown as Record<string, unknown>;
}

describe('money captions over figures nested beside 项目资金', () => {
  it.each([
    ['项目资金（万元）', '年度资金总额\t财政拨款\t其他资金\n6,850.00\t6,350.00\t500.00', [6850, 6350, 500]],
    ['项目资金\n（万元）', '年度资金总额\t其中：财政拨款\t其他资金\n6850\t6350\t500', [6850, 6350, 500]],
    ['项目资金', '资金总额\t财政资金\n120.5\t120.5', [120.5, 120.5, null]],
  ])('%j | %j', (label, money, want) => {
    const form = targetOf(label, money);
    expect([form['budget_total_wan'], form['budget_fiscal_wan'], form['budget_other_wan']]).toEqual(want);
    expect((form['indicators'] as Array<{ name: string }>).map((i) => i.name)).toEqual(['改造小区个数']);
  });
});
