import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';

// Layouts of corpus documents 584–589: text people paste and forward — an approval app's `【label】value`
// fields, a budget one caption a line, tasks as list items with their money in brackets, amounts spaced
// apart after a label, and an OCR tool's markdown (full-width bars, a rule seen inside a cell).

const approval = (lines: string[]) => [
  '项目支出绩效自评表',
  ...lines,
  '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分',
  '产出指标\t数量指标\t更新书屋数\t≥30个\t31个\t90\t90',
  '总分\t\t\t\t\t100\t99.5',
].join('\n');

describe('an approval app’s fields and a budget one caption a line', () => {
  it.each([
    ['bracketed labels', ['【项目名称】乡村书屋更新', '【主管部门】某某县文化和旅游局', '【年初预算数（万元）】40', '【全年预算数（万元）】50', '【全年执行数（万元）】48', '【预算执行率】96%', '【分值】10', '【得分】9.5']],
    ['label lines', ['项目名称：乡村书屋更新', '主管部门：某某县文化和旅游局', '年初预算数：40', '全年预算数：50', '全年执行数：48', '执行率：96%', '分值：10', '得分：9.5']],
  ])('%s', (_what, lines) => {
    const form = importText(approval(lines), 'a.txt').forms[0] as unknown as Record<string, unknown>;
    expect(form.project_name).toBe('乡村书屋更新');
    expect(form.department).toBe('某某县文化和旅游局');
    expect(form.budget).toEqual({ initial_wan: 40, adjusted_wan: 50, executed_wan: 48, execution_rate: 96, weight: 10, score: 9.5, reason: null });
  });

  it('leaves a lone bracketed word as written', () => {
    const doc = importText(['【通知】', '项目名称：乡村书屋更新', '一级指标\t二级指标\t三级指标\t指标值', '产出指标\t数量指标\t更新书屋数\t≥30个'].join('\n'), 'a.txt');
    expect(doc.forms[0]!.indicators.map((r) => r.name)).toEqual(['更新书屋数']);
  });
});

describe('a department’s tasks as list items, amounts after a label', () => {
  const page = (tasks: string[]) => [
    '# 某某县水利局2026年部门整体绩效目标表',
    '## 三、年度主要任务',
    ...tasks,
    '## 四、绩效指标',
    '| 一级指标 | 二级指标 | 三级指标 | 指标值 | 权重 |',
    '|---|---|---|---|---|',
    '| 产出指标 | 数量指标 | 维修泵站 | ≥6座 | 100 |',
  ].join('\n');

  it.each([
    ['- 泵站维修：维修排涝泵站6座（预算120.00万元）', { name: '泵站维修', content: '维修排涝泵站6座', budget_wan: 120 }],
    ['- 河道清淤：清淤12公里（安排资金85万元）', { name: '河道清淤', content: '清淤12公里', budget_wan: 85 }],
    ['* 水质监测：每月监测一次(30.50万元)', { name: '水质监测', content: '每月监测一次', budget_wan: 30.5 }],
  ])('%s', (line, task) => {
    const form = importText(page([line]), 'a.md').forms[0] as unknown as { tasks: unknown[] };
    expect(form.tasks).toEqual([task]);
  });

  it('reads the amounts a label line names after its own, spaced apart', () => {
    const doc = importText([
      '2026年度项目支出绩效目标表',
      '项目名称：农村供水维修',
      '年度资金总额：265.00万元      其中：财政资金245.00万元      其他资金20.00万元',
      '一级指标\t二级指标\t三级指标\t指标值',
      '产出指标\t数量指标\t维修工程\t≥46处',
    ].join('\n'), 'a.txt');
    const form = doc.forms[0] as unknown as Record<string, unknown>;
    expect([form.budget_total_wan, form.budget_fiscal_wan, form.budget_other_wan]).toEqual([265, 245, 20]);
  });
});

describe('an OCR tool’s markdown table', () => {
  const rows = (stray: string) => [
    '**项目支出绩效目标表**',
    '| 项目名称 | 城区公厕改造 | | |',
    '|---|---|---|---|',
    '| 一级指标 | 二级指标 | 三级指标 | 指标值 |',
    '｜产出指标｜数量指标｜改造公厕座数｜≥30座｜',
    stray,
    '| | 时效指标 | 完工时间 | 2025年10月底前 |',
  ].join('\n');

  it.each([
    ['a rule read inside a name', '| | 质量指标 | 改造工程验收 | 合格率 | =100% |', ['改造公厕座数', '改造工程验收合格率', '完工时间']],
    ['a row of the table’s width', '| | 质量指标 | 改造工程验收合格率 | =100% |', ['改造公厕座数', '改造工程验收合格率', '完工时间']],
  ])('%s', (_what, line, names) => {
    const doc = importText(rows(line), 'a.md');
    expect(doc.forms[0]!.indicators.map((r) => r.name)).toEqual(names);
    expect(doc.forms[0]!.indicators[1]).toMatchObject({ level2: '质量指标', comparator: '=', target: '100', unit: '%' });
  });
});
