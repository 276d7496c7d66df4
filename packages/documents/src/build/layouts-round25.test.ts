import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { sameRoles } from './repeated-header';

// Layouts of corpus documents 379–391: a header over two rows printed again after a page break, a
// self-evaluation's budget caption sharing its 总额 row, a title whose unit sits on the line above.

const levelsOf = (text: string) => importText(text, 't.txt').forms[0]!.indicators.map((i) => [i.level1, i.level2, i.name]);

describe('a header over two rows printed again after a page break', () => {
  const upper = '绩效指标\t\t\t年度指标值\t实际完成值\t分值\t得分';
  const lower = '一级指标\t二级指标\t三级指标\t\t\t\t';
  it.each([
    ['the rows under it go on under the levels of the page before', [upper, lower, '产出指标\t数量指标\t甲\t≥1个\t1个\t10\t10', upper, lower, '\t\t乙\t≥2个\t2个\t10\t10', '效益指标\t社会效益指标\t丙\t≥90%\t95%\t20\t20'],
      [['产出指标', '数量指标', '甲'], ['产出指标', '数量指标', '乙'], ['效益指标', '社会效益指标', '丙']]],
    ['printed one column wider (an empty column at the end)', [upper, lower, '产出指标\t数量指标\t甲\t≥1个\t1个\t10\t10', `${upper}\t`, `${lower}\t`, '\t质量指标\t乙\t100%\t100%\t10\t10\t'],
      [['产出指标', '数量指标', '甲'], ['产出指标', '质量指标', '乙']]],
  ])('%s', (_what, lines, want) => {
    expect(levelsOf(['项目支出绩效自评表', ...lines].join('\n'))).toEqual(want);
  });

  it.each([
    [['level1', 'name', 'value', null, null], ['level1', 'name', 'value', null], true],
    [['level1', 'level2', 'name', 'value'], ['level1', 'level2', null, 'name', null, 'value'], true],
    [['level1', 'name', 'value'], ['level1', 'name', 'value', 'weight'], false],
    [[null, null, 'value'], ['level1', 'name', 'value'], false],
  ])('sameRoles(%j, %j) is %s', (a, b, want) => {
    expect(sameRoles(a, b)).toBe(want);
  });
});

describe('a self-evaluation budget caption printed on its 总额 row', () => {
  const indicators = '一级指标\t二级指标\t三级指标\t年度指标值\t实际完成值\t分值\t得分\n产出指标\t数量指标\t甲\t≥1个\t1个\t90\t90\n';
  it.each([
    ['left of the row label (a caption centred on the block’s rows)', '\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n项目资金（万元）\t年度资金总额\t2,600.00\t2,600.00\t2,496.00\t10\t96%\t9.6\n\t其中：财政拨款\t2,600.00\t2,600.00\t2,496.00\t—\t96%\t—\n'],
    ['merged down, left empty on the 总额 row', '项目资金（万元）\t\t年初预算数\t全年预算数\t全年执行数\t分值\t执行率\t得分\n\t年度资金总额\t2,600.00\t2,600.00\t2,496.00\t10\t96%\t9.6\n'],
  ])('%s', (_what, rows) => {
    const form = importText(`项目支出绩效自评表（2024年度）\n项目名称\t测试项目\n${rows}${indicators}`, 't.txt').forms[0]!;
    if (form.kind !== 'project_self_evaluation') throw new Error(form.kind);
    expect(form.budget).toMatchObject({ initial_wan: 2600, adjusted_wan: 2600, executed_wan: 2496, execution_rate: 96, weight: 10, score: 9.6 });
  });
});

describe('a title printed over two lines', () => {
  const table = '一级指标\t二级指标\t三级指标\t分值\t年度指标值\t实际完成值\t得分\n产出指标\t数量指标\t甲\t10\t≥1个\t1个\t10\n';
  it.each([
    ['the unit alone on the line above a title that starts with its year', '某某县卫生健康局\n2024年度部门整体支出绩效自评表\n', '某某县卫生健康局'],
    ['a heading that names no unit above it', '附件2\n2024年度部门整体支出绩效自评表\n', null],
    ['a title naming its unit keeps it', '某某县水利局\n某某县卫生健康局2024年度部门整体支出绩效自评表\n', '某某县卫生健康局'],
  ])('%s', (_what, head, org) => {
    expect(importText(head + table, 't.txt').forms[0]!.org).toBe(org);
  });
});

describe('a department target whose 年度主要任务 label sits on its first task row (centred on a borderless page)', () => {
  it.each([
    ['beside the first task', '\t任务名称\t主要内容\t预算金额（万元）\n年度主要任务\t食品安全监管\t开展抽检\t620.00\n\t特种设备监察\t开展检查\t380.00\n'],
    ['on the caption row (as ruled)', '年度主要任务\t任务名称\t主要内容\t预算金额（万元）\n\t食品安全监管\t开展抽检\t620.00\n\t特种设备监察\t开展检查\t380.00\n'],
  ])('reads every task: %s', (_what, rows) => {
    const text = `某某市市场监督管理局2025年部门整体绩效目标表\n部门名称\t某某市市场监督管理局\n${rows}一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t抽检批次\t≥3600批次\n`;
    const form = importText(text, 't.txt').forms[0]!;
    if (form.kind !== 'department_target') throw new Error(form.kind);
    expect(form.tasks).toEqual([
      { name: '食品安全监管', content: '开展抽检', budget_wan: 620 },
      { name: '特种设备监察', content: '开展检查', budget_wan: 380 },
    ]);
  });
});
