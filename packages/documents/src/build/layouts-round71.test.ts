import { describe, expect, it } from 'vitest';
import { importFile, importText } from '../import/import-file';
import { unfoldBudgetMatrix } from './budget-matrix';
import type { Item } from './flatten-source';

// Layouts of corpus documents 680–685: 2025–2026 部门（单位）整体绩效目标表 as provincial budget systems print
// them (the money as a cross table, tasks over several rows, 年度履职目标 as numbered paragraphs a row each).

const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
const indicators = [
  ['一级指标', '二级指标', '三级指标', '指标值', '指标值说明'],
  ['产出指标', '重点工作任务完成', '食品安全监督抽检批次', '≥2400批次', ''],
  ['满意度指标', '服务对象满意度', '投诉举报处理群众满意度', '≥90%', '抽样调查'],
];
const dept = (...blocks: string[][][]) => tsv([
  ['2026年部门（单位）整体绩效目标表'],
  ['部门（单位）名称', '某某县市场监督管理局', '', '', ''],
  ...blocks.flat(),
  ...indicators,
]);
const money = (text: string) => {
  const form = importText(text, 'a.txt').forms[0]! as unknown as Record<string, unknown>;
  return [form.budget_total_wan, form.fund_sources, form.structure];
};

describe('the department’s money as a cross table (sources × 基本/项目支出)', () => {
  const sources = { government_wan: 2838.4, special_account_wan: 0, unit_wan: 130 };
  const uses = { basic_wan: 1712.6, project_wan: 1255.8 };

  it('reads sources across the top and uses down the side from the 合计 row and column', () => {
    expect(money(dept([
      ['部门支出预算总量', '项目', '合计', '财政拨款', '财政专户管理资金', '单位资金'],
      ['', '合计', '2,968.40', '2,838.40', '0.00', '130.00'],
      ['', '基本支出', '1,712.60', '1,712.60', '0.00', '0.00'],
      ['', '项目支出', '1,255.80', '1,125.80', '0.00', '130.00'],
    ]))).toEqual([2968.4, sources, uses]);
  });

  it('reads the table turned (sources down the side), adding up what has no 合计', () => {
    expect(money(dept([
      ['部门支出预算总量（万元）', '资金来源', '基本支出', '项目支出'],
      ['', '政府预算资金', '1,712.60', '1,125.80'],
      ['', '财政专户管理资金', '0.00', '0.00'],
      ['', '单位资金', '0.00', '130.00'],
    ]))).toEqual([2968.4, sources, uses]);
  });

  it('leaves captions over one row of figures, and a project’s money by source and period, as they were', () => {
    expect(money(dept([
      ['部门支出预算总量', '资金总额', '财政拨款', '单位资金', '基本支出', '项目支出'],
      ['', '2,968.40', '2,838.40', '130.00', '1,712.60', '1,255.80'],
    ]))).toEqual([2968.4, { government_wan: 2838.4, special_account_wan: null, unit_wan: 130 }, uses]);
    const row = (texts: string[], line: number): Item => ({ type: 'row', cells: texts.map((text, start) => ({ text, start, span: 1, merged: false })), line, tableIndex: 0 });
    const items = [row(['项目资金', '合计', '财政拨款', '其他资金'], 1), row(['年度资金总额', '120', '100', '20'], 2), row(['实施期资金总额', '360', '300', '60'], 3)];
    expect(unfoldBudgetMatrix(items)).toEqual(items);
  });
});

describe('a task over several rows (年度主要任务)', () => {
  const tasks = (rows: string[][]) => (importText(dept([['年度主要任务', '任务名称', '主要内容', '预算金额', '其中：财政拨款', '其他资金'], ...rows]), 'a.txt').forms[0]! as unknown as { tasks: unknown[] }).tasks;

  it('goes on in a row with text under 主要内容 alone, a line of its own', () => {
    expect(tasks([
      ['', '公共文化服务', '开展文化惠民演出，', '620.00', '560.00', '60.00'],
      ['', '', '支持图书馆免费开放', '', '', ''],
      ['', '文物保护利用', '实施文物修缮工程', '548.30', '548.30', '0.00'],
      ['', '合计', '', '1,168.30', '1,108.30', '60.00'],
    ])).toEqual([
      { name: '公共文化服务', content: '开展文化惠民演出，\n支持图书馆免费开放', budget_wan: 620 },
      { name: '文物保护利用', content: '实施文物修缮工程', budget_wan: 548.3 },
    ]);
  });

  it('does not take a row with money of its own, nor one under a name, into the task above', () => {
    expect(tasks([
      ['', '公共文化服务', '开展文化惠民演出', '620.00', '560.00', '60.00'],
      ['', '', '支持图书馆免费开放', '80.00', '80.00', '0.00'],
      ['', '文物保护利用', '实施文物修缮工程', '548.30', '548.30', '0.00'],
    ])).toEqual([{ name: '公共文化服务', content: '开展文化惠民演出', budget_wan: 620 }]);
  });
});

describe('年度履职目标 as numbered paragraphs a row each under one label', () => {
  const html = (rows: string) => `<html><body><table>
<tr><td>部门（单位）名称</td><td>某某市自然资源和规划局</td></tr>${rows}
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
<tr><td>产出指标</td><td>重点工作任务完成</td><td>不动产登记业务办理量</td><td>≥18000件</td></tr>
</table></body></html>`;
  const goalOf = async (page: string) => {
    const result = await importFile(new TextEncoder().encode(page), '2026年部门（单位）整体绩效目标表.html');
    return result.ok ? result.document.forms[0]!.goal : null;
  };

  it('joins the rows the label’s rowspan covers, a paragraph each', async () => {
    expect(await goalOf(html(`<tr><td rowspan="3">年度履职目标</td><td>一是守牢耕地保护红线；</td></tr>
<tr><td>提升不动产登记服务效能；</td></tr><tr><td>加强地质灾害防治。</td></tr>`))).toBe('一是守牢耕地保护红线；\n提升不动产登记服务效能；\n加强地质灾害防治。');
  });

  it('joins a numbered row under a blank label cell, and leaves an unnumbered one out', () => {
    const goal = (second: string) => (importText(dept([['年度履职目标', '1.守牢耕地保护红线；'], ['', second]]), 'a.txt').forms[0]! as unknown as { goal: string }).goal;
    expect(goal('2.提升不动产登记服务效能。')).toBe('1.守牢耕地保护红线；\n2.提升不动产登记服务效能。');
    expect(goal('填报说明：本表由部门填报。')).toBe('1.守牢耕地保护红线；');
  });
});

describe('a 合计 caption merged down beside a row of group captions (按资金来源 | 按支出结构)', () => {
  it('keeps its column for the figures under both caption rows', async () => {
    const page = `<html><body><table>
<tr><td>部门（单位）名称</td><td colspan="6">某某市自然资源和规划局</td></tr>
<tr><td rowspan="3">部门支出预算总量（万元）</td><td rowspan="2">合计</td><td colspan="3">按资金来源</td><td colspan="2">按支出结构</td></tr>
<tr><td>政府预算资金</td><td>财政专户管理资金</td><td>单位资金</td><td>基本支出</td><td>项目支出</td></tr>
<tr><td>4,132.60</td><td>3,962.60</td><td>0.00</td><td>170.00</td><td>2,204.40</td><td>1,928.20</td></tr>
<tr><td>一级指标</td><td>二级指标</td><td>三级指标</td><td>指标值</td></tr>
<tr><td>产出指标</td><td>重点工作任务完成</td><td>不动产登记业务办理量</td><td>≥18000件</td></tr>
</table></body></html>`;
    const result = await importFile(new TextEncoder().encode(page), '2026年部门（单位）整体绩效目标表.html');
    const form = (result.ok ? result.document.forms[0] : null) as unknown as Record<string, unknown>;
    expect([form.budget_total_wan, form.fund_sources, form.structure]).toEqual([4132.6, { government_wan: 3962.6, special_account_wan: 0, unit_wan: 170 }, { basic_wan: 2204.4, project_wan: 1928.2 }]);
  });
});
