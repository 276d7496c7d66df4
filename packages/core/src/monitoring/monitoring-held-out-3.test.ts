/**
 * Held-out round 3 (session 9): monitoring lights and 重点监控 on angles rounds 1–2 used least, written from
 * rules.md §1/§4, the spec README and forms.md before the monitoring code was read.
 *
 * First measured (before any fix, 2026-11-23 02:41 UTC): 79 cases, 62 passed, 17 failed:
 *  - range targets (「90%-95%」 qualitative, 「90-95」 after `=`, 「90%～95%」, 「3-5」天) → none (expected green / red);
 *  - 「不低于上年」 targets with 高于上年 / 与上年持平 / 低于上年, and ≤上年 with 较上年下降10% → none (expected green / red);
 *  - part-period values in a 1–9月 report: 「7-9月完成3次」「7-9月完成1次」「7-9月合格率96%」 → none, 「第三季度完成3次」
 *    → red (expected green 100 / red 33.33 / green 101.05 / green 100: measured against the quarter's share);
 *  - a floor below zero (≥ −5%) with −3% → red (expected green: A ÷ T turned better into worse);
 *  - rates that build up over the year (部门预算执行率 ≥90% with 45% by June, 重点工作任务完成率 =100% with 50%, and the
 *    same in a 部门整体 report) → red 50 (expected green 100, compared with the time share as the budget light is).
 *    The lead changed these expectations back after review: rules.md §4 says rates in % are non-cumulative (A ÷ T × 100),
 *    and a 执行率 row is such a rate; the budget block's own light is what follows the time share. So 16 of 17 were
 *    fixed in the code and these four are now expected as the spec reads (red 50 / red 50 / red 33.33 / red).
 * Passed as first measured: progress in other units than the target (万人/人, 万元/亿元/元, 万亩/亩, 公里), third-quarter and
 * year-end periods and budgets (cut below what was spent included), zero targets (投诉率 =0, 0起, 无, 未发生), blank / spaces
 * / null / — / 暂无数据 / 无 / 0 progress cells, the roll-up with qualitative rows, 重点监控 with combined triggers and
 * changed policy, 部门整体 forms with blank cells. Step 2 fixed 13 in the code; see the note above on the four rate rows.
 */
import { describe, expect, it } from 'vitest';
import { makePolicy } from '../policy/policy';
import { keyMonitoring, monitorProject, type MonitoredProject } from './key-monitoring';
import { budgetLight, type IndicatorLightInput, type Light } from './monitoring-lights';
import { monitoringReportSchema, reportLights } from './monitoring-report';
import { type Row, check, gte, eq, lte, qual } from './held-out-light-cases';


describe('progress in another unit than the target', () => {
  const rows: Row[] = [
    ['target 1.2 万人, 8000人 by June', gte('1.2', '8000人', '万人'), 'blue', 133.33],
    ['target 1.2 万人, 8000人 by September', gte('1.2', '8000人', '万人', 9), 'green', 88.89],
    ['target 500 万元, 0.03亿元 by September', gte('500', '0.03亿元', '万元', 9), 'green', 80],
    ['target 500 万元, 0.03亿元 by June', gte('500', '0.03亿元', '万元'), 'blue', 120],
    ['target 500 万元, 2,000,000元 by June', gte('500', '2,000,000元', '万元'), 'green', 80],
    ['target 1.5 亿元, 6000万元 by June', gte('1.5', '6000万元', '亿元'), 'green', 80],
    ['target 10 万人次, 5.2万人次 by June', gte('10', '5.2万人次', '万人次'), 'green', 104],
    ['target 12000 人, 1.2万人 at year end', gte('12000', '1.2万人', '人', 12), 'green', 100],
    ['target 1 万亩, 6000亩 by June (area planted accumulates)', gte('1', '6000亩', '万亩'), 'blue', 120],
    ['target 50 公里, 25公里 by June (road built accumulates)', gte('50', '25公里', '公里'), 'green', 100],
  ];
  it.each(rows)('%s', (...row) => check(row));
});

describe('range targets (90%-95%)', () => {
  const rows: Row[] = [
    ['a rate inside a range written as the target', qual('90%-95%', '92%'), 'green'],
    ['a range after `=`', eq('90-95', '93', '%'), 'green'],
    ['far below a range with a wave dash', qual('90%～95%', '50%'), 'red'],
    ['3-5 天 with 4天', eq('3-5', '4天', '天'), 'green'],
  ];
  it.each(rows)('%s', (...row) => check(row));
});

describe('「不低于上年」 targets', () => {
  const rows: Row[] = [
    ['不低于上年, 高于上年', qual('不低于上年', '高于上年'), 'green', null],
    ['≥ 上年, 与上年持平', gte('上年', '与上年持平', null), 'green', null],
    ['≥ 上年水平, 低于上年', gte('上年水平', '低于上年', null), 'red', null],
    ['≥ 上年, a bare number cannot be compared', gte('上年', '95%', null), 'none', null],
    ['≤ 上年 (a cost), 较上年下降10%', lte('上年', '较上年下降10%', null), 'green', null],
  ];
  it.each(rows)('%s', (...row) => check(row));
});

describe('cumulative (1-9月) vs period (7-9月) progress', () => {
  const rows: Row[] = [
    ['7-9月完成3次 is the quarter on plan', gte('12', '7-9月完成3次', '次', 9), 'green', 100],
    ['1-9月累计9次，其中7-9月3次: the cumulative figure counts', gte('12', '1-9月累计完成9次，其中7-9月3次', '次', 9), 'green', 100],
    ['7-9月完成1次 is a third of the quarter', gte('12', '7-9月完成1次', '次', 9), 'red', 33.33],
    ['a rate for 7-9月 is not prorated', gte('95', '7-9月合格率96%', '%', 9), 'green', 101.05],
    ['第三季度完成3次', gte('12', '第三季度完成3次', '次', 9), 'green', 100],
    ['截至9月底累计完成9次', gte('12', '截至9月底累计完成9次', '次', 9), 'green', 100],
    ['截至6月底完成3次', gte('12', '截至6月底完成3次', '次', 6), 'red', 50],
  ];
  it.each(rows)('%s', (...row) => check(row));
});

describe('third quarter (9月) and year end (12月)', () => {
  const rows: Row[] = [
    ['5.4 of 12 by September is the yellow edge', gte('12', '5.4', '次', 9), 'yellow', 60],
    ['5.39 of 12 by September', gte('12', '5.39', '次', 9), 'red', 59.89],
    ['14 of 12 for the full year', gte('12', '14', '次', 12), 'green', 116.67],
    ['15 of 12 for the full year', gte('12', '15', '次', 12), 'blue', 125],
    ['9.59 of 12 for the full year', gte('12', '9.59', '次', 12), 'yellow', 79.92],
    ['a rate at year end', gte('95', '94%', '%', 12), 'green', 98.95],
    ['1200 of 1000 万元 for the full year', gte('1000', '1200万元', '万元', 12), 'blue', 120],
  ];
  it.each(rows)('%s', (...row) => check(row));

  it.each<[string, number, number, number, Light, number]>([
    ['45 of 100 by September', 45, 100, 9, 'yellow', 60],
    ['44.99 of 100 by September', 44.99, 100, 9, 'red', 59.99],
    ['all of it by December', 100, 100, 12, 'green', 100],
    ['79.99 of 100 by December', 79.99, 100, 12, 'yellow', 79.99],
    ['budget cut to 100 after 105 was spent, December', 105, 100, 12, 'green', 105],
    ['budget cut to 100 after 120 was spent, September', 120, 100, 9, 'green', 160],
  ])('budget: %s', (_l, executed, budget, month, light, progress) => {
    const r = budgetLight({ executed, budget, month });
    expect([r.light, r.progress]).toEqual([light, progress]);
    expect(r.explanation).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('zero and negative targets', () => {
  const rows: Row[] = [
    ['投诉率 =0, none', eq('0', '0', '%'), 'green'],
    ['投诉率 =0, some', eq('0', '0.5%', '%'), 'red'],
    ['安全事故 =0起, 0起', eq('0', '0起', '起'), 'green'],
    ['安全事故 =0起, 1起', eq('0', '1起', '起'), 'red'],
    ['安全事故 ≤0起, 无', lte('0', '无', '起'), 'green'],
    ['安全事故 =0起, 未发生', eq('0', '未发生', '起'), 'green'],
    ['安全事故 =0起 is not prorated in June', eq('0', '0', '起'), 'green'],
    ['a floor below zero (≥-5%), -3% is above it', gte('-5', '-3%', '%'), 'green'],
    ['a floor below zero (≥-5%), -8% is below it', gte('-5', '-8%', '%'), 'red'],
    ['≤0%, - is no value', lte('0', '-', '%'), 'none', null],
  ];
  it.each(rows)('%s', (...row) => check(row));
});

describe('a progress cell left blank, -, or 无', () => {
  const rows: Row[] = [
    ['blank', gte('12', ''), 'none', null],
    ['spaces only', gte('12', ' \u3000 '), 'none', null],
    ['null', gte('12', null), 'none', null],
    ['— alone', gte('12', '—'), 'none', null],
    ['暂无数据', gte('12', '暂无数据'), 'none', null],
    ['无 on a count: nothing done', gte('12', '无'), 'red', 0],
    ['0 on a count', gte('12', '0'), 'red', 0],
    ['blank under a ceiling', lte('5', '', '%'), 'none', null],
    ['blank qualitative without a pick', qual('有效提升', ''), 'none', null],
    ['无 qualitative without a pick', qual('有效提升', '无'), 'none', null],
  ];
  it.each(rows)('%s', (...row) => check(row));
});

describe('部门整体 indicators: rates in % are not prorated (rules.md §4), even those that build up over the year', () => {
  const rows: Row[] = [
    ['部门预算执行率 ≥90%, 45% by June: A ÷ T, behind', gte('90', '45%', '%', 6, '部门预算执行率'), 'red', 50],
    ['重点工作完成率 =100%, 50% by June: A ÷ T, behind', { ...eq('100', '50%', '%'), name: '重点工作任务完成率' }, 'red', 50],
    ['群众满意度 ≥90%, 92% by June is not prorated', gte('90', '92%', '%', 6, '群众满意度'), 'green', 102.22],
    ['部门预算执行率 ≥90%, 30% by September is behind', gte('90', '30%', '%', 9, '部门预算执行率'), 'red', 33.33],
  ];
  it.each(rows)('%s', (...row) => check(row));
});

const project = (id: string, budgetWan: number | null, executedWan: number | null, month: number, indicators: MonitoredProject['indicators'] = []): MonitoredProject =>
  ({ id, name: `项目${id}`, budgetWan, executedWan, month, indicators });
const ind = (i: IndicatorLightInput): Omit<IndicatorLightInput, 'month'> => {
  const { month: _m, ...rest } = i;
  return rest;
};

describe('the roll-up with qualitative rows', () => {
  const rows: Array<[string, MonitoredProject, Light]> = [
    ['a qualitative row 未达成 is the only red', project('a', 100, 50, 6, [ind(gte('12', '6')), ind(qual('有效提升', null, 6, '未达成'))]), 'red'],
    ['a qualitative row nobody judged does not count', project('b', 100, 50, 6, [ind(gte('12', '6')), ind(qual('有效提升', null))]), 'green'],
    ['部分达成 beside a blue count', project('c', 100, 50, 6, [ind(gte('12', '9')), ind(qual('有效提升', '', 6, '部分达成'))]), 'yellow'],
    ['nothing judgeable at all', project('d', null, null, 6, [ind(gte('12', '')), ind(qual('有效提升', null))]), 'none'],
    ['no budget, a qualitative 达成', project('e', null, null, 6, [ind(qual('有效提升', null, 6, '达成'))]), 'green'],
    ['a qualitative row whose words say 未完成 by September, due 6月底', project('f', 100, 75, 9, [ind(qual('6月底前完成', '未完成'))]), 'red'],
  ];
  it.each(rows)('%s', (_l, p, light) => {
    expect(monitorProject(p).project.light).toBe(light);
  });
});

describe('重点监控: combined triggers', () => {
  it('a large slow project with a red indicator is listed once, with both reasons', () => {
    const list = keyMonitoring([project('a', 300, 30, 6, [ind(gte('12', '1'))])]);
    expect(list.map((e) => e.id)).toEqual(['a']);
    const why = list[0]!.reasons.join('；');
    expect(why).toMatch(/200/);
    expect(why).toMatch(/红灯|红/);
    expect(list[0]!.budgetProgress).toBe(20);
  });

  it('a large project on budget but with a qualitative 未达成 is listed for its red light', () => {
    const list = keyMonitoring([project('a', 250, 140, 6, [ind(qual('有效提升', null, 6, '未达成'))])]);
    expect(list.map((e) => e.id)).toEqual(['a']);
    expect(list[0]!.light).toBe('red');
  });

  it('a large project on budget with blue indicators is not listed', () => {
    expect(keyMonitoring([project('a', 250, 140, 6, [ind(gte('12', '9'))])])).toEqual([]);
  });

  it('exactly 200 万元 at 59.99 in September is listed and names 200 and 60', () => {
    const list = keyMonitoring([project('a', 200, 89.985, 9)]);
    expect(list.length).toBe(1);
    expect(list[0]!.reasons.join('')).toMatch(/200/);
    expect(list[0]!.reasons.join('')).toMatch(/60/);
  });

  it('with keyProgress above the red edge, a yellow large project is listed for its budget only', () => {
    const policy = makePolicy({ monitoring: { keyProgress: 80 } });
    const list = keyMonitoring([project('a', 300, 105, 6)], policy);
    expect(list.length).toBe(1);
    expect(list[0]!.light).toBe('yellow');
    expect(list[0]!.reasons.join('')).toMatch(/80/);
    expect(list[0]!.reasons.join('')).not.toMatch(/红灯/);
  });

  it('at year end, half of 300 万元 spent is listed', () => {
    const list = keyMonitoring([project('a', 300, 150, 12)]);
    expect(list.map((e) => e.id)).toEqual(['a']);
    expect(list[0]!.budgetProgress).toBe(50);
  });

  it('several projects: each listed once, the others left out', () => {
    const list = keyMonitoring([
      project('a', 300, 30, 6, [ind(gte('12', '1'))]),
      project('b', 100, 50, 6),
      project('c', 50, 5, 6),
      project('d', 1000, 600, 9, [ind(qual('有效提升', '', 9, '部分达成'))]),
    ]);
    expect(list.map((e) => e.id).sort()).toEqual(['a', 'c']);
    for (const e of list) expect(e.options).toEqual(expect.arrayContaining(['暂缓拨款', '停止拨款']));
  });
});

describe('部门整体 monitoring forms', () => {
  const dept = (over: Record<string, unknown>) => monitoringReportSchema.parse({
    fiscal_year: 2024, month: 6, org: '某区教育委员会', project_code: null, project_name: '某区教育委员会部门整体支出', ...over,
  });

  it('a department-wide form behind on its budget is red and goes on the list', () => {
    const report = dept({ budget_wan: 5000, executed_wan: 1000 });
    const r = reportLights(report);
    expect([r.budget.light, r.budget.progress, r.project.light]).toEqual(['red', 40, 'red']);
    const list = keyMonitoring([{ id: r.id, name: r.name, budgetWan: 5000, executedWan: 1000, month: 6, indicators: [] }]);
    expect(list.map((e) => e.name)).toEqual(['某区教育委员会部门整体支出']);
  });

  it('a department form with blank, - and 无 progress cells takes the budget light', () => {
    const report = dept({
      budget_wan: 5000, executed_wan: 2500,
      indicators: [
        { name: '培训人次', comparator: '>=', target: '1000', unit: '人次', progress_value: '' },
        { name: '校园安全事故', comparator: '=', target: '0', unit: '起', progress_value: '无' },
        { name: '家长满意度', comparator: '>=', target: '90', unit: '%', progress_value: '-' },
      ],
    });
    const r = reportLights(report);
    expect(r.indicators.map((i) => i.light)).toEqual(['none', 'green', 'none']);
    expect(r.project.light).toBe('green');
  });

  it('a department form: its budget block follows the time share, its 部门预算执行率 row in % does not (rules.md §4)', () => {
    const report = dept({
      budget_wan: 5000, executed_wan: 2250,
      indicators: [{ name: '部门预算执行率', comparator: '>=', target: '90', unit: '%', progress_value: '45%' }],
    });
    const r = reportLights(report);
    expect(r.budget.light).toBe('green');
    expect(r.indicators[0]!.light).toBe('red');
  });
});
