import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';

// A money block's label merged down over its captions and figures, printed centred on its rows: on a
// borderless page it lands beside the figures (the captions' row shows no label), not over them.
const INDICATORS = '一级指标\t二级指标\t三级指标\t指标值\n产出指标\t数量指标\t甲\t≥1个\n';

describe('a money block label printed beside its figures', () => {
  it.each([
    ['部门预算总额 beside the figures', '\t资金总额\t财政拨款\t财政专户管理资金\t单位资金\n部门预算总额\t2,318.60\t2,268.60\t0.00\t50.00\n', 0],
    ['部门预算总额 on the captions row (as ruled)', '部门预算总额\t资金总额\t财政拨款\t财政专户管理资金\t单位资金\n\t2,318.60\t2,268.60\t0.00\t50.00\n', 0],
    // A dash states nothing, as it does under the captions of a ruled table.
    ['部门支出预算总量 beside the figures, a dash', '\t资金总额\t政府预算资金\t财政专户管理资金\t单位资金\n部门支出预算总量\t2,318.60\t2,268.60\t—\t50.00\n', null],
  ])('department: %s', (_what, rows, special) => {
    const form = importText(`某某县医疗保障局2025年部门整体绩效目标表\n部门名称\t某某县医疗保障局\n${rows}${INDICATORS}`, 't.txt').forms[0]!;
    if (form.kind !== 'department_target') throw new Error(form.kind);
    expect([form.budget_total_wan, form.fund_sources]).toEqual([2318.6, { government_wan: 2268.6, special_account_wan: special, unit_wan: 50 }]);
  });

  it.each([
    ['项目资金 beside the figures', '\t年度资金总额\t其中：财政拨款\t其他资金\n项目资金（万元）\t386.50\t356.50\t30.00\n'],
    ['项目资金 on the captions row (as ruled)', '项目资金（万元）\t年度资金总额\t其中：财政拨款\t其他资金\n\t386.50\t356.50\t30.00\n'],
  ])('project: %s', (_what, rows) => {
    const form = importText(`2025年度项目支出绩效目标表\n项目名称\t农村供水工程维修养护\n${rows}${INDICATORS}`, 't.txt').forms[0]!;
    if (form.kind !== 'project_target') throw new Error(form.kind);
    expect([form.budget_total_wan, form.budget_fiscal_wan, form.budget_other_wan]).toEqual([386.5, 356.5, 30]);
  });
});
