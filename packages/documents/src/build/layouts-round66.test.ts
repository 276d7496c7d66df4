import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { splitGappedLabelCells } from './gapped-label-cells';

// Layouts of corpus documents 644–649: 重庆-style 部门预算绩效文本 where a typist put a label and its value
// on one line or in one cell, set apart by full-width spaces instead of cells.

const wordText = (rows: string[][]) => '\n' + rows.map((r) => r.map((c) => `\t${c}`).join('\n') + '\n').join('\n');

describe('labels and values on one line, set apart by gaps', () => {
  it('cuts a line of two label–value pairs into four cells', () => {
    expect(splitGappedLabelCells('业务主管部门　　某区司法局　　部门支出预算总量（万元）　　1,126.80　')).toEqual(['业务主管部门', '某区司法局', '部门支出预算总量（万元）', '1,126.80']);
    expect(splitGappedLabelCells('2025年预算　　86.5　　区级支出　　86.5')).toEqual(['2025年预算', '86.5', '区级支出', '86.5']);
  });

  it('keeps a value that holds a gap itself in one cell', () => {
    expect(splitGappedLabelCells('当年绩效目标　　完成管护面积12万亩　　修复及时率95%')).toEqual(['当年绩效目标', '完成管护面积12万亩\u3000\u3000修复及时率95%']);
  });

  it('leaves text that does not open with a bare label alone', () => {
    expect(splitGappedLabelCells('编制单位：某区司法局　　　　单位：万元')).toBeNull();
    expect(splitGappedLabelCells('某某区司法局　　2026年')).toBeNull();
    expect(splitGappedLabelCells('业务主管部门')).toBeNull();
    expect(splitGappedLabelCells('法律援助案件办理数　　850')).toBeNull();
  });

  it('reads a project whose header lines are gapped pairs', () => {
    const text = wordText([
      ['部门专项绩效目标申报表'],
      ['专项资金名称　　法律援助办案补贴　　业务主管部门　　某区司法局　'],
      ['2026年预算　　98.00　　区级支出　　90.00　'],
      ['补助街镇　　8'],
      ['当年绩效目标　　办理法律援助案件850件以上。　'],
      ['绩效指标', '指标', '指标权重', '计量单位', '指标性质', '指标值'],
      ['', '法律援助案件办理数', '60', '件', '≥', '850'],
      ['', '受援人满意率', '40', '%', '≥', '95'],
    ]);
    const form = importText(text, 'a.txt').forms[0]! as unknown as Record<string, unknown>;
    expect([form.project_name, form.department, form.fiscal_year, form.budget_total_wan, form.budget_district_wan, form.budget_subsidy_towns_wan, form.goal])
      .toEqual(['法律援助办案补贴', '某区司法局', 2026, 98, 90, 8, '办理法律援助案件850件以上。']);
  });

  it('leaves an indicator row whose name and value a gap sets apart as it was read', () => {
    const text = wordText([
      ['部门整体绩效目标表'],
      ['业务主管部门', '某区司法局', '部门支出预算总量（万元）', '1126.8'],
      ['绩效指标', '指标', '指标权重', '计量单位', '指标性质', '指标值'],
      ['', '普法宣传活动　　场次', '50', '场', '≥', '60'],
      ['', '群众满意度', '50', '%', '≥', '90'],
    ]);
    const form = importText(text, 'a.txt').forms[0]!;
    expect(form.indicators.map((r) => [r.weight, r.target])).toEqual([[50, '60'], [50, '90']]);
  });
});
