import { describe, expect, it } from 'vitest';
import type { GridCell } from './flatten-source';
import { detectFormTitle } from './form-titles';
import { groupedSubHeader, headerRole, mergeUpperHeader, readHeaderRow, widenLowerHeader, withValueStages } from './header-map';

const row = (...texts: string[]): GridCell[] => texts.map((text, start) => ({ text, start, span: 1, merged: false }));

describe('headerRole', () => {
  it.each([
    ['三级指标', 'name'], ['指标名称', 'name'], ['指标', 'name'], ['一级指标', 'level1'], ['二级指标', 'level2'],
    ['指标权重', 'weight'], ['权重（%）', 'weight'], ['分值', 'weight'], ['指标分值', 'weight'],
    ['计量单位', 'unit'], ['度量单位', 'unit'], ['单位', 'unit'], ['指标性质', 'nature'], ['指标值方向', 'nature'], ['方向', 'nature'],
    ['指标值', 'value'], ['年度指标值', 'value'], ['目标值', 'value'], ['预期目标值', 'value'], ['全年目标值', 'value'], ['计划完成值', 'value'],
    ['完成值', 'actual'], ['实际完成值', 'actual'], ['全年实际值', 'actual'],
    ['得分', 'score'], ['自评得分', 'score'], ['自评分', 'score'], ['偏差原因', 'reason'], ['未完成原因分析', 'reason'], ['原因', 'reason'],
    ['绩效指标描述', 'description'], ['指标解释', 'description'], ['指标值说明', 'description'],
    ['指标值确定依据', 'basis'], ['取值依据', 'basis'], ['指标取值依据', 'basis'], ['评分说明', 'method'], ['备注', 'note'], ['绩效指标（90分）', 'section'],
    ['2024年 指标值', 'value'], ['资金用途', null], ['项目名称', null], ['', null],
    // An earlier year's figures are neither this form's target nor its result.
    ['上年完成值', null], ['上年指标值', null], ['历史值', null], ['去年实际完成值', null],
    // Score sheets printing the points taken off, and the standard points as 标准分.
    ['扣分', 'deduction'], ['自评扣分', 'deduction'], ['标准分', 'weight'], ['扣分原因', 'reason'],
    // The target and the result named together over one column of `≥95%/98%` cells.
    ['年度指标值/实际完成值', 'value_actual'], ['指标值／完成值', 'value_actual'], ['实际完成值/年度指标值', null],
    ['年度指标值\n实际完成值', 'value_actual'], ['指标值\n完成值', 'value_actual'],
    // A 调整表's reason for the change is no deviation reason.
    ['调整原因', null], ['审核意见', null],
  ])('%s → %s', (text, want) => expect(headerRole(text)).toBe(want));
});

describe('readHeaderRow', () => {
  it.each([
    // 批复表 / 调整表: the approved or adjusted column is the value, the declared one is not read.
    { cells: row('一级指标', '二级指标', '三级指标', '申报指标值', '批复指标值', '备注'), roles: ['level1', 'level2', 'name', 'value_declared', 'value', 'note'] },
    { cells: row('一级指标', '二级指标', '三级指标', '调整前指标值', '调整后指标值', '调整原因'), roles: ['level1', 'level2', 'name', 'value_declared', 'value', null] },
    { cells: row('一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '标准分', '扣分', '扣分原因'), roles: ['level1', 'level2', 'name', 'value', 'actual', 'weight', 'deduction', 'reason'] },
    { cells: row('绩效指标', '指标', '指标权重', '计量单位', '指标性质', '指标值'), roles: ['section', 'name', 'weight', 'unit', 'nature', 'value'] },
    { cells: row('指标值', '三级指标', '考核部门'), roles: ['value', 'name', null] },
    { cells: row('项目名称', 'X', '主管部门', 'Y'), roles: null },
    // A score column beside each level: the one after the name is the indicator's weight.
    { cells: row('一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '年度指标值', '实际完成值', '得分'), roles: ['level1', null, 'level2', null, 'name', 'weight', 'value', 'actual', 'score'] },
    { cells: row('一级指标', '权重', '二级指标', '权重', '三级指标', '年度指标值', '分值'), roles: ['level1', null, 'level2', null, 'name', 'value', 'weight'] },
    { cells: row('一级指标', '二级指标', '分值', '三级指标', '指标值'), roles: ['level1', 'level2', 'weight', 'name', 'value'] },
    // 中期 and 年度 values side by side in a target form: the year's column is the value.
    { cells: row('一级指标', '二级指标', '三级指标', '中期指标值', '年度指标值'), roles: ['level1', 'level2', 'name', null, 'value'] },
    { cells: row('三级指标', '实施期目标值', '年度目标值', '权重'), roles: ['name', null, 'value', 'weight'] },
    { cells: row('2024年预算', '5', '区级支出', '5'), roles: null },
    {
      cells: row('一级指标', '权重', '二级指标', '分值', '三级指标', '计量单位', '目标值(标准)', '分值', '采集数据项', '', '指标值'),
      roles: ['level1', null, 'level2', null, 'name', 'unit', 'value', 'weight', null, null, 'actual'],
    },
    {
      cells: row('二级指标', '三级指标', '指标值', '二级指标', '三级指标', '指标值'),
      roles: [null, null, null, 'level2', 'name', 'value'],
    },
    // A medium-term plan's targets year by year: the earliest year is the budget year.
    { cells: row('一级指标', '二级指标', '三级指标', '2025年指标值', '2026年指标值', '2027年指标值'), roles: ['level1', 'level2', 'name', 'value', null, null] },
    // 年度目标 over a column beside the indicator names holds the targets; over the goal texts it is no header.
    { cells: row('一级指标', '二级指标', '三级指标', '分值', '年度目标', '实际完成情况', '得分'), roles: ['level1', 'level2', 'name', 'weight', 'value', 'actual', 'score'] },
    { cells: row('三级指标', '预期目标', '完成情况', '得分'), roles: ['name', 'value', 'actual', 'score'] },
    { cells: row('年度总体目标', '年度目标', '实际完成情况'), roles: null },
    { cells: row('三级指标', '年度指标值', '年度目标', '权重'), roles: ['name', 'value', null, 'weight'] },
  ])('$cells.0.text …', ({ cells, roles }) => {
    const hm = readHeaderRow(cells);
    expect(hm?.roles ?? null).toEqual(roles);
  });

  it('fills a lower header from the captions above it, right-aligned when the upper row is shorter', () => {
    const lower = readHeaderRow(row('一级指标', '二级指标', '三级指标', '指标分值', '', '', '', ''))!;
    const merged = mergeUpperHeader(lower, row('绩效指标', '指标解释', '评分说明', '自评得分', '备注'));
    expect(merged.roles).toEqual(['level1', 'level2', 'name', 'weight', 'description', 'method', 'score', 'note']);
  });
});

describe('detectFormTitle', () => {
  it.each([
    ['部门整体绩效目标表', false, 'department_target'],
    ['## 部门（单位）整体绩效目标表', false, 'department_target'],
    ['部门专项绩效目标申报表', false, 'project_target'],
    ['1、财税征收经费绩效目标表', false, 'project_target'],
    ['项目支出绩效目标表（2024年）', false, 'project_target'],
    ['部门预算项目支出绩效自评表（2024年度）', false, 'project_self_evaluation'],
    ['部门整体支出绩效自评表', false, 'department_self_evaluation'],
    ['部门整体支出绩效评价指标体系表', false, 'department_self_evaluation'],
    ['部门整体绩效目标', true, 'department_target'],
    ['部门整体绩效目标', false, null],
    ['一、总体绩效目标', true, null],
    ['收入支出决算总表', false, null],
    ['本表反映项目支出绩效目标表的填报情况。', false, null],
  ])('%s (heading %s) → %s', (text, heading, want) => expect(detectFormTitle(text.replace(/^#+ /, ''), heading)).toBe(want));
});

describe('widenLowerHeader', () => {
  const roles = (cells: GridCell[] | null) => (cells ? readHeaderRow(cells)?.roles ?? null : null);
  it.each([
    // A browser copy gives 绩效指标's colspan once: the captions after it move right.
    [row('绩效指标', '年度指标值', '实际完成值', '分值', '得分'), row('一级指标', '二级指标', '三级指标'),
      ['level1', 'level2', 'name', 'value', 'actual', 'weight', 'score']],
    // An Excel copy leaves the merged caption's other cells empty; the lower row stops early.
    [row('绩效指标', '', '', '指标值', '计量单位'), row('一级指标', '二级指标', '三级指标'),
      ['level1', 'level2', 'name', 'value', 'unit']],
    // A full lower row needs nothing.
    [row('绩效指标', '', '', '指标值'), row('一级指标', '二级指标', '三级指标', ''), null],
    // The lower row holds more than the levels and names: not such a pair.
    [row('绩效指标', '指标值'), row('一级指标', '三级指标', '计量单位'), null],
  ])('%#', (upper, lower, want) => {
    expect(roles(widenLowerHeader(lower, upper))).toEqual(want);
  });
});


describe('withValueStages', () => {
  const upper = row('一级指标', '二级指标', '三级指标', '指标值', '', '审核意见');
  it.each([
    { name: '申报值 | 批复值', lower: row('', '', '', '申报值', '批复值', '财政审核意见'), roles: ['level1', 'level2', 'name', 'value_declared', 'value', null] },
    { name: '调整前 | 调整后', lower: row('', '', '', '调整前', '调整后', ''), roles: ['level1', 'level2', 'name', 'value_declared', 'value', null] },
    { name: '批复值 | 申报值', lower: row('', '', '', '批复值', '申报值', ''), roles: ['level1', 'level2', 'name', 'value', 'value_declared', null] },
    // Not a pair of stages, or an indicator row: the header stays as it is.
    { name: '年度 | 中期', lower: row('', '', '', '年度', '中期', ''), roles: null },
    { name: 'an indicator row', lower: row('产出指标', '数量指标', '申报数', '申报值', '批复值', ''), roles: null },
  ])('$name', ({ lower, roles }) => {
    const header = readHeaderRow(upper)!;
    expect(withValueStages(header, lower)?.roles ?? null).toEqual(roles);
  });
});

describe('groupedSubHeader', () => {
  const roles = (upper: GridCell[], lower: GridCell[]) => {
    const cells = groupedSubHeader(upper, lower);
    return cells ? readHeaderRow(cells)?.roles ?? 'no header' : null;
  };
  it.each([
    // A browser's copy: each group caption once, the lower row from the left.
    ['年度 | 实施期, colspans collapsed', row('一级指标', '二级指标', '三级指标', '年度指标值', '实施期指标值'), row('指标性质', '指标值', '度量单位', '指标性质', '指标值', '度量单位'),
      ['level1', 'level2', 'name', 'nature', 'value', 'unit', null, null, null]],
    // Excel pads the groups and starts the lower row under them; a caption after the groups stays last.
    ['实施期 first, padded, 指标值说明 after', row('一级指标', '二级指标', '三级指标', '实施期指标值', '', '年度指标值', '', '指标值说明'), row('', '', '', '指标值', '度量单位', '指标值', '度量单位', ''),
      ['level1', 'level2', 'name', null, null, 'value', 'unit', 'description']],
    ['申报 | 批复', row('三级指标', '申报值', '批复值'), row('指标值', '计量单位', '指标值', '计量单位'),
      ['name', 'value_declared', null, 'value', 'unit']],
    ['one group is no pair', row('一级指标', '三级指标', '指标值', '权重'), row('指标性质', '目标值', '计量单位'), null],
    ['groups repeating different captions', row('三级指标', '年度指标值', '实施期指标值'), row('指标值', '度量单位', '指标性质', '指标值'), null],
  ])('%s', (_label, upper, lower, want) => expect(roles(upper, lower)).toEqual(want));
});

describe('groupedSubHeader over years', () => {
  it('keeps the budget year of 2025年 | 2026年 over 指标值 | 计量单位', () => {
    const cells = groupedSubHeader(row('二级指标', '三级指标', '2025年', '2026年'), row('指标值', '计量单位', '指标值', '计量单位'));
    expect(cells && readHeaderRow(cells)?.roles).toEqual(['level2', 'name', 'value', 'unit', null, null]);
  });
});
