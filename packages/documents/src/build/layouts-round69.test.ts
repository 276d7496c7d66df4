import { describe, expect, it } from 'vitest';
import { importText } from '../import/import-file';
import { normalizeLabel } from './normalize-label';
import { periodColumn } from './period-column';

// Layouts of corpus documents 662–667: 2016–2020 forms on the templates before the 2021 framework (财预〔2015〕88号
// 申报表 with 实施期 beside 年度, money split by level of government, and the year-end 自评表 of 2018–2020).

const tsv = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
const cells = (texts: string[]) => texts.map((text, start) => ({ text, start, span: 1, merged: false }));
type Row = Record<string, unknown>;

const target = (money: string[][], indicators: string[][], header = ['一级指标', '二级指标', '三级指标', '实施期指标值', '年度指标值']) => tsv([
  ['项目支出绩效目标申报表'],
  ['（2018年度）'],
  ['项目名称', '农村饮水安全巩固提升'],
  ['主管部门', '某某省水利厅', '实施单位', '某某省农村供水总站'],
  ...money,
  header,
  ...indicators,
]);

const periodMoney = [
  ['项目资金（万元）', '', '实施期资金总额', '年度资金总额'],
  ['', '资金总额', '12,600.00', '4,200.00'],
  ['', '其中：中央补助', '6,000.00', '2,000.00'],
  ['', '省级财政资金', '3,600.00', '1,200.00'],
  ['', '市县财政资金', '2,400.00', '800.00'],
  ['', '其他资金', '600.00', '200.00'],
];
const rows = [
  ['产出指标', '数量指标', '新建供水工程', '≥1200处', '≥420处'],
  ['', '', '指标2：', '', ''],
  ['', '质量指标', '工程验收合格率', '100%', '100%'],
  ['', '', '……', '', ''],
  ['满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', '≥90%'],
];

describe('a template’s placeholder lines left unfilled (指标2： / ……)', () => {
  it('are no indicators and no lost rows', () => {
    const doc = importText(target(periodMoney, rows), 'a.txt');
    expect(doc.forms[0]!.indicators.map((r) => [r.level2, r.name, r.target])).toEqual([
      ['数量指标', '新建供水工程', '420'],
      ['质量指标', '工程验收合格率', '100'],
      ['服务对象满意度指标', '受益群众满意度', '90'],
    ]);
    expect(doc.warnings.map((w) => w.code)).not.toContain('row_without_name');
  });

  it('keeps a placeholder name the filer gave a value, and a name that only starts like one', () => {
    const form = importText(target(periodMoney, [
      ['产出指标', '数量指标', '指标1', '≥30个', '≥10个'],
      ['', '', '指标1：新建水厂', '≥3座', '≥1座'],
    ]), 'a.txt').forms[0]!;
    expect(form.indicators.map((r) => [r.name, r.target])).toEqual([['指标1', '10'], ['指标1：新建水厂', '1']]);
  });
});

describe('the fiscal money split by level of government (中央补助 / 省级 / 市县)', () => {
  it('adds the levels up to the fiscal amount, in the year’s column', () => {
    const form = importText(target(periodMoney, rows), 'a.txt').forms[0] as unknown as Row;
    expect([form.budget_total_wan, form.budget_fiscal_wan, form.budget_other_wan]).toEqual([4200, 4000, 200]);
  });

  it('lets a 财政拨款 line over the levels stand as the fiscal amount', () => {
    const money = [...periodMoney.slice(0, 2), ['', '其中：财政拨款', '12,000.00', '3,900.00'], ...periodMoney.slice(2)];
    const form = importText(target(money, rows), 'a.txt').forms[0] as unknown as Row;
    expect(form.budget_fiscal_wan).toBe(3900);
  });
});

describe('periods named by years (2017—2019年 beside 2017年)', () => {
  it('reads a caption led by a span of years as the 实施期 one', () => {
    expect(normalizeLabel('2017—2019年目标')).toBe('实施期目标');
    expect(normalizeLabel('2017-2019年度资金总额')).toBe('实施期资金总额');
    // A span alone (项目期 | 2017—2019年) stays what it is.
    expect(normalizeLabel('2017—2019年')).toBe('2017—2019年');
  });

  it('takes the single year’s column as the year’s, and no span of years', () => {
    expect(periodColumn(cells(['项目资金（万元）', '2017—2019年资金总额', '2017年资金总额']))).toBe(2);
    expect(periodColumn(cells(['项目属性', '新增项目', '项目期', '2017—2019年']))).toBeNull();
    expect(periodColumn(cells(['项目期', '2017年1月-2019年12月']))).toBeNull();
  });

  it('reads the year’s amounts, goal and values of a form captioned by years', () => {
    const doc = importText(tsv([
      ['某某市2017年市级项目支出绩效目标申报表'],
      ['项目名称', '公共自行车系统运营补助'],
      ['项目资金（万元）', '', '2017—2019年资金总额', '2017年资金总额'],
      ['', '资金总额', '2,850.00', '980.00'],
      ['', '其中：财政拨款', '2,550.00', '880.00'],
      ['', '其他资金', '300.00', '100.00'],
      ['总体目标', '2017—2019年目标', '2017年目标'],
      ['', '三年建成站点600个。', '新建站点220个。'],
      ['一级指标', '二级指标', '三级指标', '2017—2019年指标值', '2017年指标值'],
      ['产出指标', '数量指标', '新建站点', '600个', '220个'],
    ]), 'a.txt');
    const form = doc.forms[0] as unknown as Row & { indicators: Array<{ target: string }> };
    expect([form.budget_total_wan, form.budget_fiscal_wan, form.budget_other_wan, form.goal]).toEqual([980, 880, 100, '新建站点220个。']);
    expect(form.indicators.map((r) => r.target)).toEqual(['220']);
    expect(doc.warnings.map((w) => w.code)).not.toContain('column_unknown');
  });
});

describe('the money by source across and the periods down (实施期资金总额 / 年度资金总额 rows)', () => {
  const turned = (periodRows: string[][]) => tsv([
    ['项目支出绩效目标申报表（2016年度）'],
    ['项目名称', '棚户区改造配套基础设施'],
    ['项目资金', '资金类别', '合计', '中央补助', '省级资金', '市县资金', '其他资金'],
    ...periodRows,
    ['一级指标', '二级指标', '三级指标', '指标值'],
    ['产出指标', '数量指标', '配套道路长度', '≥4.5公里'],
  ]);
  const money = (form: unknown) => ['budget_total_wan', 'budget_fiscal_wan', 'budget_other_wan'].map((k) => (form as Row)[k]);

  it('reads the year’s row under the columns, passing over the long-term one', () => {
    const form = importText(turned([['', '实施期资金总额', '6800', '3000', '1200', '1800', '800'], ['', '年度资金总额', '2600', '1100', '500', '700', '300']]), 'a.txt').forms[0];
    expect(money(form)).toEqual([2600, 2300, 300]);
  });

  it('reads the year’s row when it comes first', () => {
    const form = importText(turned([['', '年度资金总额', '2600', '1100', '500', '700', '300'], ['', '实施期资金总额', '6800', '3000', '1200', '1800', '800']]), 'a.txt').forms[0];
    expect(money(form)).toEqual([2600, 2300, 300]);
  });

  it('does not take a row of another money label for the year’s total', () => {
    const form = importText(turned([['', '上年结转资金', '400', '100', '100', '100', '100']]), 'a.txt').forms[0];
    expect((form as unknown as Row).budget_total_wan).toBeNull();
  });
});
